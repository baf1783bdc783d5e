-- Open vacancies suggested for a candidate, best first: GET /api/candidates/{id}/suggestions
-- (nl.werkhub.matching.SuggestionService). No rows when the candidate does not exist or has not
-- given consent (what a consultant may not see).
--
-- Parameters (JDBC, in this order):
--   1  date     today in Europe/Amsterdam (the reference date when a vacancy has no future start date)
--   2  uuid     candidate id
--   3  integer  limit: how many suggestions at most
--
-- Considered (docs/api.md): OPEN vacancies that share a talent with the candidate or list none.
-- Order: score desc, talent points desc, vacancy id asc. Scores come from werkhub_match_score (V4).
-- Columns: the vacancy id first, then what the suggestion shows and the breakdown needs, and the
-- match (id, status) when the pair is already in the pipeline.
with p as (select cast(? as date) as today, cast(? as uuid) as candidate_id, cast(? as integer) as max_rows),
c as materialized (
    select c.* from p join candidate c on c.id = p.candidate_id where c.consent)
select v.id, v.title, v.employer_name, v.sector, v.postcode, v.start_date, v.hours_per_week_min,
       v.hours_per_week_max, v.contract_type,
       s.*,
       v.requirement_codes, v.requirement_labels, v.requirement_min_levels, v.requirement_must_haves,
       v.driving_licence_required, v.dutch_level as dutch_level_required,
       c.driving_licence as has_driving_licence, c.dutch_level as candidate_dutch_level,
       c.max_travel_distance_km,
       mt.id as match_id, mt.status as match_status
from p
cross join c
join vacancy_match_input v on v.status = 'OPEN'
                          and (v.talent_codes && c.talent_codes or cardinality(v.talent_codes) = 0)
cross join lateral werkhub_match_score(
    v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
    v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
    v.employer_municipality_code, v.sector, fold_for_search(v.title), v.driving_licence_required, v.dutch_level,
    c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
    c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
    c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
    p.today) s
left join match mt on mt.vacancy_id = v.id and mt.candidate_id = c.id
order by s.score desc, s.talents_points desc, v.id
limit (select max_rows from p)
