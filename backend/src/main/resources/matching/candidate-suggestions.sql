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
-- How it stays fast with a national pool (docs/matching.md, "Performance"): nobody is scored who
-- provably cannot make the list, and most are not even read. Candidates come from
-- candidate_match_profile (V6), whose GIN index on match_keys (V12) holds the talent codes and
-- grid cells covering where the candidate can travel, so one index scan finds "holds these talents
-- and can reach the vacancy". The eligible pool is split into groups that the index can deliver
-- separately, each with an upper bound on its talent points (all talents of the vacancy: 50;
-- every must-have but not every talent: one nice-to-have short; not every must-have: one
-- must-have short) and on its distance points (cannot reach the vacancy: 0, or 3 for a profile
-- without coordinates outside the employer's municipality):
--   a  every talent, in reach: read always
--   s  every must-have, not every talent, in reach: read when its bound can beat a's list
--   r  the rest, a and s out of reach and those lacking a must-have: each part read only when its
--      bound can beat the list of a and s
-- Every row read gets its own bound first: its score with the most the occupation could add instead
-- of the text match (the one costly part left), and in a with full talent points instead of the
-- lookup (a holds every talent, so only levels below the minimum could lower them); it is scored
-- only if that can still beat the last row of the list so far on (score, talent points).
-- Within a and s, which can be large (a vacancy with common talents), the rows with the k highest
-- bounds are scored first to find a cutoff for the rest of the group. The answer is the same as
-- scoring every eligible profile, which the tests check.
-- Columns: the candidate id first, then what the suggestion shows and the breakdown needs, and the
-- match (id, status) when the pair is already in the pipeline.
with p as (select cast(? as date) as today, cast(? as uuid) as vacancy_id, cast(? as text) as municipality,
                  cast(? as integer) as max_rows),
v as materialized (
    select vi.*,
           fold_for_search(vi.title) as title_folded,
           case when cardinality(vi.must_have_codes) > 0 then vi.must_have_codes else vi.talent_codes end as narrow_codes,
           werkhub_point_cells(vi.latitude, vi.longitude, vi.employer_municipality_code) as cells,
           vi.latitude is not null as located,
           -- Σ maximum of the score (the talents apply only when the vacancy lists some)
           case when cardinality(vi.talent_codes) > 0 then 50 else 0 end + 45 + r.max_points as points_max,
           -- talent points at most: every talent (or none asked), one nice-to-have short, one must-have short
           case when cardinality(vi.talent_codes) > 0 then 50.0 else 0.0 end as full_talents,
           case when cardinality(vi.talent_codes) > 0 then 50.0 * (w.total - 1) / w.total end as part_talents,
           case when cardinality(vi.must_have_codes) > 1 then 50.0 * (w.total - 3) / w.total end as weak_talents,
           r.max_points,
           p.today, p.municipality, p.max_rows
    from p
    join vacancy_match_input vi on vi.id = p.vacancy_id
    cross join lateral (select sum(case when must then 3 else 1 end) as total
                        from unnest(vi.requirement_must_haves) as m(must)) w
    cross join lateral (select case when vi.driving_licence_required or vi.dutch_level is not null then 10 else 0 end
                               as max_points) r),
-- A group's bound with the given talent points and distance points at most (15 in reach; out of
-- reach 0, or 3 for a profile without coordinates outside the employer's municipality), everything
-- else full.
g as materialized (
    select floor(100 * (v.full_talents + 45 + v.max_points) / v.points_max + 0.5 + 1e-9) as a_bound,
           floor(100 * (v.part_talents + 45 + v.max_points) / v.points_max + 0.5 + 1e-9) as s_bound,
           floor(100 * (v.full_talents + 33 + v.max_points) / v.points_max + 0.5 + 1e-9) as af_bound,
           floor(100 * (v.part_talents + 33 + v.max_points) / v.points_max + 0.5 + 1e-9) as sf_bound,
           floor(100 * (v.weak_talents + 45 + v.max_points) / v.points_max + 0.5 + 1e-9) as w_bound,
           floor(100 * (v.weak_talents + 33 + v.max_points) / v.points_max + 0.5 + 1e-9) as wf_bound
    from v),
-- Group a, each row with its bound: werkhub_match_score without the vacancy's talents (full talent
-- points instead) and without the candidate's occupations (at most 1 point more than "none stated"),
-- so no talent lookup and no text folding.
a_bounded as materialized (
    select c.*, v.full_talents as talents_cap,
           floor(100 * (v.full_talents + b.hours_points + b.availability_points + b.distance_points
                        + b.preferences_points + 1 + b.requirements_points) / v.points_max + 0.5 + 1e-9) as bound
    from v
    join candidate_match_profile c on c.match_keys @> v.talent_codes and c.match_keys && v.cells
    cross join lateral werkhub_match_score(
        '{}', '{}', '{}',
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, '{}', c.driving_licence, c.dutch_level,
        v.today) b
    where v.municipality is null or c.municipality_code = v.municipality),
-- The k rows of a with the highest bounds, scored: their k-th score is a cutoff no row of a with a
-- lower bound can beat.
a_seed as (
    select s.score
    from v
    cross join (select * from a_bounded order by bound desc, candidate_id limit (select max_rows from p)) c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s),
a_cut as (select case when count(*) < (select max_rows from p) then null else min(score) end as score from a_seed),
a_top as materialized (
    select c.candidate_id as id, c.municipality_code, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.driving_licence, c.dutch_level, c.max_travel_distance_km, s.*
    from v
    cross join a_bounded c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s
    where c.bound >= coalesce((select score from a_cut), -1)
    order by s.score desc, s.talents_points desc, c.candidate_id
    limit (select max_rows from p)),
-- The last row of the list so far, or none while the list is not full: a row with bound b and at
-- most t talent points can only enter if b > its score, or b = its score and t reaches its talent
-- points (1e-9: the same binary noise as in the score).
a_last as (
    select score, talents_points from a_top
    where (select count(*) from a_top) >= (select max_rows from p)
    order by score, talents_points, id desc limit 1),
-- Group s, each row with its bound: its score without the occupation match (at most 1 point more
-- than "none stated"); its exact talent points also decide ties with the last row.
s_bounded as materialized (
    select c.*, b.talents_points as talents_cap,
           floor(100 * (b.talents_points + b.hours_points + b.availability_points + b.distance_points
                        + b.preferences_points + 1 + b.requirements_points) / v.points_max + 0.5 + 1e-9) as bound
    from v
    cross join g
    join candidate_match_profile c on c.match_keys @> v.must_have_codes and c.match_keys && v.narrow_codes
                                  and c.match_keys && v.cells and not (c.match_keys @> v.talent_codes)
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, '{}', c.driving_licence, c.dutch_level,
        v.today) b
    where (v.municipality is null or c.municipality_code = v.municipality)
      and (not exists (select 1 from a_last) or g.s_bound > (select score from a_last)
           or (g.s_bound = (select score from a_last) and v.part_talents >= (select talents_points from a_last) - 1e-9))),
-- As in a: the k rows of s with the highest bounds, scored, give with a's list a cutoff for the rest.
s_seed as (
    select c.candidate_id as id, s.score, s.talents_points
    from v
    cross join (select * from s_bounded order by bound desc, candidate_id limit (select max_rows from p)) c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s),
s_cut as (
    select score, talents_points
    from (select score, talents_points, id from a_top union all select score, talents_points, id from s_seed
          order by score desc, talents_points desc, id limit (select max_rows from p)) x
    where (select count(*) from a_top) + (select count(*) from s_seed) >= (select max_rows from p)
    order by score, talents_points, id desc limit 1),
s_top as materialized (
    select * from a_top
    union all
    select c.candidate_id as id, c.municipality_code, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.driving_licence, c.dutch_level, c.max_travel_distance_km, s.*
    from v
    cross join s_bounded c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s
    where not exists (select 1 from s_cut) or c.bound > (select score from s_cut)
          or (c.bound = (select score from s_cut) and c.talents_cap >= (select talents_points from s_cut) - 1e-9)
    order by score desc, talents_points desc, id
    limit (select max_rows from p)),
s_last as (
    select score, talents_points from s_top
    where (select count(*) from s_top) >= (select max_rows from p)
    order by score, talents_points, id desc limit 1),
-- The rest, one part per index condition, each read only when its group bound can beat s_last:
-- a and s out of reach (distance 0), and those lacking a must-have, in reach or not.
r_candidates as (
    select c.*, v.full_talents as talents_cap, g.af_bound as group_bound
    from v cross join g
    join candidate_match_profile c on c.match_keys @> v.talent_codes and not (c.match_keys && v.cells)
    where v.located
    union all
    select c.*, v.part_talents, g.sf_bound
    from v cross join g
    join candidate_match_profile c on c.match_keys @> v.must_have_codes and c.match_keys && v.narrow_codes
                                  and not (c.match_keys @> v.talent_codes) and not (c.match_keys && v.cells)
    where v.located
    union all
    select c.*, v.weak_talents, g.w_bound
    from v cross join g
    join candidate_match_profile c on c.match_keys && v.must_have_codes and c.match_keys && v.cells
                                  and not (c.match_keys @> v.must_have_codes)
    union all
    select c.*, v.weak_talents, g.wf_bound
    from v cross join g
    join candidate_match_profile c on c.match_keys && v.must_have_codes and not (c.match_keys @> v.must_have_codes)
                                  and not (c.match_keys && v.cells)
    where v.located),
-- The rest, each row with its bound as in s, once its group may beat the list of a and s.
r_bounded as (
    select c.candidate_id, c.municipality_code, c.talent_codes, c.talent_levels, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.latitude, c.longitude, c.max_travel_distance_km,
           c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level, c.match_keys,
           b.talents_points as talents_cap,
           floor(100 * (b.talents_points + b.hours_points + b.availability_points + b.distance_points
                        + b.preferences_points + 1 + b.requirements_points) / v.points_max + 0.5 + 1e-9) as bound
    from v
    cross join r_candidates c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, '{}', c.driving_licence, c.dutch_level,
        v.today) b
    where (v.municipality is null or c.municipality_code = v.municipality)
      and (not exists (select 1 from s_last) or c.group_bound > (select score from s_last)
           or (c.group_bound = (select score from s_last) and c.talents_cap >= (select talents_points from s_last) - 1e-9))
    offset 0),
ranked as (
    select * from s_top
    union all
    select c.candidate_id as id, c.municipality_code, c.hours_per_week_min,
           c.hours_per_week_max, c.available_from, c.driving_licence, c.dutch_level, c.max_travel_distance_km, s.*
    from v
    cross join r_bounded c
    cross join lateral werkhub_match_score(
        v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
        v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
        v.employer_municipality_code, v.sector, v.title_folded, v.driving_licence_required, v.dutch_level,
        c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
        c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
        c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
        v.today) s
    where not exists (select 1 from s_last) or c.bound > (select score from s_last)
          or (c.bound = (select score from s_last) and c.talents_cap >= (select talents_points from s_last) - 1e-9)
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
