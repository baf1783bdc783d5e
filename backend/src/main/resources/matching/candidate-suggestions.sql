-- Candidates suggested for a vacancy, best first: GET /api/vacancies/{id}/suggestions
-- (nl.werkhub.matching.SuggestionService). The benchmark runs this file as it is.
--
-- Parameters (JDBC, in this order):
--   1  date     today in Europe/Amsterdam (the reference date when the vacancy has no future start date)
--   2  uuid     vacancy id
--   3  text     municipality code to restrict the candidates to, or null for every municipality
--   4  integer  limit: how many suggestions at most
--
-- Eligible (docs/api.md): ACTIVE, consent, and at least one must-have of the vacancy; without
-- must-haves at least one of its talents; without talents every such profile. Order: score desc,
-- talent points desc, candidate id asc. Scores come from werkhub_match_score (V4 migration).
--
-- How it stays fast at 100,000 profiles: candidates are narrowed and scored from
-- candidate_match_profile (V6 migration), which holds only the suggestable profiles (ACTIVE with
-- consent) and only the columns the score reads, with a GIN index on its talent codes; candidate
-- itself is read only for the returned rows (names, postcode). Candidates that hold every
-- must-have ("strong") are scored first, and usually fill the list: a candidate that lacks a
-- must-have ("weak") can score at most weak_bound (no credit for that must-have, full marks for
-- everything else). The weak ones are only scored when the strong ones do not fill the list or a
-- weak one could still beat the last of them (see cutoff below), so the result is the same as scoring every eligible profile, which the tests check.
-- Columns: the candidate id first, then what the suggestion shows and the breakdown needs, and the
-- match (id, status) when the pair is already in the pipeline.
with p as (select cast(? as date) as today, cast(? as uuid) as vacancy_id, cast(? as text) as municipality,
                  cast(? as integer) as max_rows),
v as materialized (
    select vi.*,
           fold_for_search(vi.title) as title_folded,
           case when cardinality(vi.must_have_codes) > 0 then vi.must_have_codes else vi.talent_codes end as narrow_codes,
           -- talent points of a weak candidate at best: no credit for one must-have, full for the rest
           case when cardinality(vi.must_have_codes) > 1 then 50.0 * (w.total - 3) / w.total end as weak_talents,
           case when cardinality(vi.must_have_codes) > 1
                then floor(100 * (50.0 * (w.total - 3) / w.total + 45 + r.max_points) / (95 + r.max_points) + 0.5 + 1e-9)
           end as weak_bound,
           p.today, p.municipality, p.max_rows
    from p
    join vacancy_match_input vi on vi.id = p.vacancy_id
    cross join lateral (select sum(case when must then 3 else 1 end) as total
                        from unnest(vi.requirement_must_haves) as m(must)) w
    cross join lateral (select case when vi.driving_licence_required or vi.dutch_level is not null then 10 else 0 end
                               as max_points) r),
-- One branch per kind of vacancy, each with a condition the index can answer; the branches that do
-- not apply stop at the one-row v.
strong_candidates as (
    select c.* from v join candidate_match_profile c on c.talent_codes @> v.must_have_codes
    where cardinality(v.must_have_codes) > 1
      and (v.municipality is null or c.municipality_code = v.municipality)
    union all
    select c.* from v join candidate_match_profile c on c.talent_codes && v.narrow_codes
    where cardinality(v.must_have_codes) <= 1
      and (v.municipality is null or c.municipality_code = v.municipality)
    union all
    select c.* from v join candidate_match_profile c on cardinality(v.narrow_codes) = 0
    where v.municipality is null or c.municipality_code = v.municipality),
strong as materialized (
    select c.candidate_id as id, c.municipality_code, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.driving_licence, c.dutch_level, c.max_travel_distance_km, s.*
    from v
    cross join strong_candidates c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s
    order by s.score desc, s.talents_points desc, c.candidate_id
    limit (select max_rows from p)),
-- The last strong row: a weak candidate enters the list only if it can beat it on (score, talent
-- points). A weak one's talent points are at most weak_talents, so when weak_bound only equals the
-- last strong score, the weak ones are needed only if weak_talents can reach that row's talent
-- points too (1e-9: the same binary noise as in the score).
cutoff as (select score, talents_points from strong order by score, talents_points, id desc limit 1),
-- The weak ones, when they are needed at all (see the top), and of those only the ones whose own
-- bound can reach the last strong score: werkhub_match_score without the vacancy's talents (at most
-- weak_talents instead) and without the candidate's occupations (at most 1 point more than "none
-- stated"). That bound costs no talent lookup and no text folding; only what passes it is scored.
weak_candidates as (
    select c.*
    from v
    join candidate_match_profile c on c.talent_codes && v.must_have_codes and not (c.talent_codes @> v.must_have_codes)
    cross join lateral werkhub_match_score(
        '{}', '{}', '{}',
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, '{}', c.driving_licence, c.dutch_level,
        v.today) b
    cross join lateral (select floor(100 * (v.weak_talents + b.hours_points + b.availability_points + b.distance_points
                                            + b.preferences_points + 1 + b.requirements_points) / (95 + b.requirements_max)
                                     + 0.5 + 1e-9) as row_bound) rb
    where cardinality(v.must_have_codes) > 1
      and ((select count(*) from strong) < v.max_rows
           or v.weak_bound > (select score from cutoff)
           or (v.weak_bound = (select score from cutoff)
               and v.weak_talents >= (select talents_points from cutoff) - 1e-9))
      and (v.municipality is null or c.municipality_code = v.municipality)
      and ((select count(*) from strong) < v.max_rows
           or rb.row_bound > (select score from cutoff)
           or (rb.row_bound = (select score from cutoff)
               and v.weak_talents >= (select talents_points from cutoff) - 1e-9))
    offset 0),
weak as (
    select c.candidate_id as id, c.municipality_code, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.driving_licence, c.dutch_level, c.max_travel_distance_km, s.*
    from v
    cross join weak_candidates c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s
    order by s.score desc, s.talents_points desc, c.candidate_id
    limit (select max_rows from p)),
ranked as (
    select * from strong
    union all
    select * from weak
    order by score desc, talents_points desc, id
    limit (select max_rows from p))
select r.*,
       cd.first_name, cd.last_name, cd.postcode,
       m.name as municipality_name,
       mt.id as match_id, mt.status as match_status,
       v.requirement_codes, v.requirement_labels, v.requirement_min_levels, v.requirement_must_haves,
       v.driving_licence_required, v.dutch_level as dutch_level_required,
       r.driving_licence as has_driving_licence, r.dutch_level as candidate_dutch_level
from ranked r
cross join v
join candidate cd on cd.id = r.id
join municipality m on m.code = r.municipality_code
left join match mt on mt.vacancy_id = v.id and mt.candidate_id = r.id
order by r.score desc, r.talents_points desc, r.id
