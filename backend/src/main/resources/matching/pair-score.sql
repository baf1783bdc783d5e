-- The score of one vacancy/candidate pair: nl.werkhub.matching.MatchScoring#scorePair (the score
-- snapshot of a new match). No row when either id is unknown.
--
-- Parameters (JDBC, in this order):
--   1  date  today in Europe/Amsterdam (the reference date when the vacancy has no future start date)
--   2  uuid  vacancy id
--   3  uuid  candidate id
--
-- Columns: those of werkhub_match_score (V4 migration) and what the breakdown shows besides them;
-- MatchScoreRows reads them by name, the same names in every query that scores.
with p as (select cast(? as date) as today, cast(? as uuid) as vacancy_id, cast(? as uuid) as candidate_id)
select s.*,
       v.requirement_codes, v.requirement_labels, v.requirement_min_levels, v.requirement_must_haves,
       v.driving_licence_required, v.dutch_level as dutch_level_required,
       c.driving_licence as has_driving_licence, c.dutch_level as candidate_dutch_level,
       c.max_travel_distance_km
from p
join vacancy_match_input v on v.id = p.vacancy_id
join candidate c on c.id = p.candidate_id
cross join lateral werkhub_match_score(
    v.requirement_codes, v.requirement_min_levels, v.requirement_must_haves,
    v.hours_per_week_min, v.hours_per_week_max, v.start_date, v.latitude, v.longitude,
    v.employer_municipality_code, v.sector, fold_for_search(v.title), v.driving_licence_required, v.dutch_level,
    c.talent_codes, c.talent_levels, c.hours_per_week_min, c.hours_per_week_max, c.available_from,
    c.latitude, c.longitude, c.municipality_code, c.max_travel_distance_km,
    c.preferred_sectors, c.preferred_occupations, c.driving_licence, c.dutch_level,
    p.today) s
