-- Matching (issue 6), speed at national size: where a candidate can travel, in the same index as
-- their talents.
--
-- Vacancy suggestions must not score every eligible profile in the country (docs/matching.md,
-- "Performance"). The distance factor gives 0 of its 15 points to a candidate whose maximum travel
-- distance does not reach the vacancy, and most of a national pool is such a candidate for any one
-- vacancy; with 15 points missing they rarely make the list. To leave them unread the index has to
-- know it: match_keys holds the talent codes plus a few grid-cell tokens that together cover the
-- candidate's reach (every point within max_travel_distance_km), so one GIN scan answers "holds
-- these talents and can reach this point" (matching/candidate-suggestions.sql). The cells only
-- narrow: whatever passes is bounded and scored by werkhub_match_score as before, so the cells
-- decide what is read, never a score.
--
-- The cells: a square grid per level L (0.05 x 0.08 degrees at L = 0, about 5.5 x 5.5 km here,
-- doubling with each level). A candidate's reach box (the latitude and longitude extent of the
-- circle, a little wider for rounding) is covered at the smallest level whose cells are at least as
-- large as its half-width, so at most 3 x 3 cells: "gL:i:j". A vacancy at a point lies in one
-- cell per level (werkhub_point_cells); if it is within a candidate's reach, it is in the box and so
-- in one of the candidate's cells at that level. A profile without coordinates carries "mun:" and its
-- municipality instead: the distance factor gives it 12 points in the employer's municipality and 3
-- elsewhere, so it counts as in reach only there. Every profile carries "geo:all" (what a vacancy
-- without coordinates asks for: then every distance is the municipality's). Talent codes never
-- contain ':'.

-- plpgsql rather than one SQL statement: the intake computes this for every profile it writes, and
-- a SQL function with a subquery is planned and run as a query on each call (about ten times slower).
create function werkhub_reach_cells(lat double precision, lon double precision, km integer, municipality text)
returns text[]
language plpgsql immutable parallel safe
as $$
declare
    rad  double precision;
    dlat double precision;
    dlon double precision;
    lvl  integer;
    clat double precision;
    clon double precision;
    cells text[] := array['geo:all'];
begin
    if lat is null or lon is null or km is null then
        return array['geo:all', 'mun:' || municipality];
    end if;
    rad := km / 6371.0088::float8;
    dlat := degrees(rad) * 1.001 + 1e-6;
    -- the longitude extent of a circle of angular radius rad, taken at its poleward edge (where a
    -- degree of longitude is shortest)
    dlon := degrees(asin(least(1.0::float8, sin(rad) / cos(radians(least(89.0::float8, abs(lat) + dlat)))))) * 1.001 + 1e-6;
    lvl := least(12, greatest(0, ceil(ln(dlat / 0.05::float8) / ln(2.0::float8)),
                                 ceil(ln(dlon / 0.08::float8) / ln(2.0::float8))))::integer;
    clat := 0.05::float8 * power(2.0::float8, lvl);
    clon := 0.08::float8 * power(2.0::float8, lvl);
    for i in floor((lat - dlat) / clat)::integer .. floor((lat + dlat) / clat)::integer loop
        for j in floor((lon - dlon) / clon)::integer .. floor((lon + dlon) / clon)::integer loop
            cells := cells || ('g' || lvl || ':' || i || ':' || j);
        end loop;
    end loop;
    return cells;
end
$$;

-- The cell of a point at every level, plus the token of the profiles without coordinates in the
-- given municipality (the employer's: their distance points are 12, elsewhere 3); for a vacancy
-- without coordinates "geo:all", which every profile has.
create function werkhub_point_cells(lat double precision, lon double precision, municipality text)
returns text[]
language sql immutable parallel safe
as $$
select case
    when lat is null or lon is null then array['geo:all']
    else array['mun:' || municipality] || (
        select array_agg('g' || l || ':' || floor(lat / (0.05::float8 * power(2.0::float8, l)))::integer
                         || ':' || floor(lon / (0.08::float8 * power(2.0::float8, l)))::integer order by l)
        from generate_series(0, 12) l)
    end
$$;

alter table candidate_match_profile
    add column match_keys text[] not null
        generated always as (talent_codes || werkhub_reach_cells(latitude, longitude, max_travel_distance_km,
                                                                    municipality_code)) stored;

-- match_keys answers everything the talent index did (&&, @> on talent codes), so the talent index
-- goes: the intake maintains one GIN index on this table, not two.
create index ix_candidate_match_profile_keys on candidate_match_profile using gin (match_keys);
drop index ix_candidate_match_profile_talents;
