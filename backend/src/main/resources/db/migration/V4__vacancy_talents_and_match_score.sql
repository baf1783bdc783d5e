-- Matching (issue 4), part 1: the talents a vacancy asks for, and the score of a vacancy/candidate
-- pair as one SQL function, so that ranking happens where the rows are. How the score is built and
-- why: docs/matching.md; the contract: docs/api.md ("Matching").

create table vacancy_talent (
    vacancy_id  uuid        not null references vacancy (id) on delete cascade,
    talent_code varchar(60) not null references talent (code),
    requirement varchar(12) not null check (requirement in ('MUST_HAVE', 'NICE_TO_HAVE')),
    min_level   integer     not null check (min_level between 1 and 5),
    constraint pk_vacancy_talent primary key (vacancy_id, talent_code)
);

-- The talent FK is checked on every delete/retire of a talent; which vacancies use a talent.
create index ix_vacancy_talent_code on vacancy_talent (talent_code);

-- Denormalised copies of vacancy_talent (kept in step by VacancyService in the same transaction),
-- sorted by code: all codes, and the must-haves among them. Suggestions narrow candidates with
-- candidate.talent_codes && must_have_codes; the candidate direction narrows vacancies with
-- vacancy.talent_codes && candidate.talent_codes.
alter table vacancy
    add column talent_codes    text[] not null default '{}'
        check (cardinality(talent_codes) <= 30 and werkhub_distinct_elements(talent_codes)),
    add column must_have_codes text[] not null default '{}'
        check (must_have_codes <@ talent_codes and werkhub_distinct_elements(must_have_codes));

create index ix_vacancy_talent_codes on vacancy using gin (talent_codes);

-- The candidate's level of each code in talent_codes, in the same order (the intake writes both from
-- one map, see Candidate.replaceTalents). With it the score reads a level as
-- talent_levels[array_position(talent_codes, code)] without touching candidate_talent, which keeps
-- scoring thousands of profiles a matter of one table.
alter table candidate add column talent_levels smallint[] not null default '{}';

update candidate c
set talent_levels = coalesce((
        select array_agg(ct.level::smallint order by u.ord)
        from unnest(c.talent_codes) with ordinality as u(code, ord)
        join candidate_talent ct on ct.candidate_id = c.id and ct.talent_code = u.code), '{}')
where cardinality(c.talent_codes) > 0;

alter table candidate
    add constraint ck_candidate_talent_levels
        check (cardinality(talent_levels) = cardinality(talent_codes)
               and talent_levels <@ '{1,2,3,4,5}'::smallint[]);

-- Suggestions for a vacancy only ever look at active profiles with consent that share a talent with
-- it: a partial index holds exactly those, so the narrowing reads neither paused, placed nor
-- withdrawn profiles nor those without consent.
create index ix_candidate_suggestable_talents on candidate using gin (talent_codes)
    where status = 'ACTIVE' and consent;

-- A vacancy as the score sees it: its own columns, the employer's municipality (the distance proxy)
-- and its talents as three arrays in one order (must-haves first, then by code, as the API lists
-- them) plus their Dutch labels; and what a suggested vacancy shows besides. One place for the three
-- users of werkhub_match_score: the score of one pair (the match snapshot) and both suggestion
-- directions.
create view vacancy_match_input as
select v.id,
       v.status,
       v.title,
       e.name                                               as employer_name,
       v.postcode,
       v.contract_type,
       v.sector,
       v.latitude,
       v.longitude,
       v.hours_per_week_min,
       v.hours_per_week_max,
       v.start_date,
       v.dutch_level,
       v.driving_licence_required,
       v.talent_codes,
       v.must_have_codes,
       e.municipality_code                                  as employer_municipality_code,
       coalesce(t.codes, '{}')                              as requirement_codes,
       coalesce(t.min_levels, '{}')                         as requirement_min_levels,
       coalesce(t.must_haves, '{}')                         as requirement_must_haves,
       coalesce(t.labels, '{}')                             as requirement_labels
from vacancy v
join employer e on e.id = v.employer_id
left join lateral (
    select array_agg(vt.talent_code::text order by vt.requirement = 'NICE_TO_HAVE', vt.talent_code) as codes,
           array_agg(vt.min_level::smallint order by vt.requirement = 'NICE_TO_HAVE', vt.talent_code) as min_levels,
           array_agg(vt.requirement = 'MUST_HAVE' order by vt.requirement = 'NICE_TO_HAVE', vt.talent_code) as must_haves,
           array_agg(tl.label_nl::text order by vt.requirement = 'NICE_TO_HAVE', vt.talent_code) as labels
    from vacancy_talent vt
    join talent tl on tl.code = vt.talent_code
    where vt.vacancy_id = v.id) t on true;

-- The score of one vacancy/candidate pair and every number of its breakdown (docs/api.md, "Score").
--
-- One function for every caller, so a suggestion and the snapshot of a match can never disagree.
-- LANGUAGE sql, not strict, immutable, a single SELECT and RETURNS TABLE: PostgreSQL inlines it into
-- the calling query (a LATERAL join per candidate), so there is no function call per row. It is
-- immutable because "today" is a parameter: the caller passes the date of its injected clock
-- (Europe/Amsterdam), which keeps the result deterministic and tests in control of time.
--
-- Arithmetic is double precision: numeric, and even one conversion from double to numeric per row,
-- costs several times more, and suggestions score thousands of rows. Points are returned unrounded;
-- the caller rounds them to one decimal for display, half up after cutting them to 15 significant
-- digits (what PostgreSQL's own double-to-numeric cast does), so that binary noise such as
-- 41.649999999999999 shows as 41.7. The score is rounded half up here, from the unrounded points,
-- with 1e-9 of tolerance for the same noise. For each talent of the vacancy (in the order given)
-- talent_levels holds the candidate's level, or null when the candidate lacks it.
create function werkhub_match_score(
    -- the vacancy (see vacancy_match_input)
    v_talent_codes           text[],
    v_min_levels             smallint[],
    v_must_haves             boolean[],
    v_hours_min              integer,
    v_hours_max              integer,
    v_start_date             date,
    v_latitude               double precision,
    v_longitude              double precision,
    v_municipality_code      text,
    v_sector                 text,
    v_title_folded           text,     -- fold_for_search(title), folded once by the caller
    v_driving_licence        boolean,
    v_dutch_level            text,
    -- the candidate
    c_talent_codes           text[],
    c_talent_levels          smallint[],
    c_hours_min              integer,
    c_hours_max              integer,
    c_available_from         date,
    c_latitude               double precision,
    c_longitude              double precision,
    c_municipality_code      text,
    c_max_travel_km          integer,
    c_preferred_sectors      text[],
    c_preferred_occupations  text[],
    c_driving_licence        boolean,
    c_dutch_level            text,
    -- today in Europe/Amsterdam
    today                    date)
returns table (
    score                   integer,
    talents_applicable      boolean,
    talents_points          double precision,
    talents_max             integer,
    talent_levels           smallint[],
    hours_points            double precision,
    overlap_hours           integer,
    shortfall_hours         integer,
    availability_points     double precision,
    reference_date          date,
    days_late               integer,
    distance_points         double precision,
    distance_method         text,
    distance_km             integer,
    preferences_points      double precision,
    sector_preferred        boolean,
    occupation_preferred    boolean,
    requirements_applicable boolean,
    requirements_points     double precision,
    requirements_max        integer)
language sql immutable parallel safe
as $$
select floor(100 * (f.talents_points + f.hours_points + f.availability_points + f.distance_points
                     + f.preferences_points + f.requirements_points)
                 / (f.talents_max + 15 + 10 + 15 + 5 + f.requirements_max) + 0.5 + 1e-9)::integer,
       f.talents_max > 0, f.talents_points, f.talents_max, f.talent_levels,
       f.hours_points, greatest(f.overlap, 0), greatest(-f.overlap, 0),
       f.availability_points, f.reference_date, f.days_late,
       f.distance_points,
       case when f.km is not null then 'GREAT_CIRCLE'
            when f.same_municipality then 'SAME_MUNICIPALITY'
            else 'OTHER_MUNICIPALITY' end,
       floor(f.km + 0.5)::integer,
       f.preferences_points, f.sector_preferred, f.occupation_preferred,
       f.requirements_max > 0, f.requirements_points, f.requirements_max
from (
    select t.points as talents_points,
           t.max_points as talents_max,
           t.levels as talent_levels,
           -- hours: overlap (touching ranges count), otherwise 15 less 1/8 for each hour of shortfall
           case when b.overlap >= 0 then 15.0::float8
                else 15 * greatest(0.0::float8, 1 + b.overlap / 8.0::float8) end as hours_points,
           b.overlap,
           -- availability: 10 less 1/90 for each day later than the reference date
           10 * greatest(0.0::float8, 1 - b.days_late / 90.0::float8) as availability_points,
           b.reference_date,
           b.days_late,
           -- distance: great circle when both sides have coordinates, otherwise the municipality as proxy
           case when b.km is null then case when b.same_municipality then 12.0::float8 else 3.0::float8 end
                when b.km <= c_max_travel_km then 15 * (1 - 0.5 * b.km / c_max_travel_km)
                else 0.0::float8 end as distance_points,
           b.km,
           b.same_municipality,
           -- preferences: sector 3 (none stated 1.5), occupation 2 (none stated 1)
           (case when cardinality(c_preferred_sectors) = 0 then 1.5::float8
                 when b.sector_preferred then 3.0::float8 else 0.0::float8 end)
           + (case when cardinality(c_preferred_occupations) = 0 then 1.0::float8
                   when b.occupation_preferred then 2.0::float8 else 0.0::float8 end) as preferences_points,
           b.sector_preferred,
           b.occupation_preferred,
           -- requirements: 10 split over what the vacancy requires; Dutch one step below counts half,
           -- an unknown level nothing
           case when b.parts = 0 then 0.0::float8
                else 10 * ((case when v_driving_licence and c_driving_licence then 1.0::float8 else 0.0::float8 end)
                           + (case when b.required_dutch is null or b.dutch is null then 0.0::float8
                                   when b.dutch >= b.required_dutch then 1.0::float8
                                   when b.dutch = b.required_dutch - 1 then 0.5::float8
                                   else 0.0::float8 end)) / b.parts end as requirements_points,
           case when b.parts > 0 then 10 else 0 end as requirements_max
    from
        -- talents: weight 3 per must-have, 1 per nice-to-have; credit 1 at or above the minimum
        -- level, 1/2 below it, 0 when absent
        (select case when count(*) > 0 then 50 * sum(x.weight * x.credit) / sum(x.weight) else 0.0::float8 end as points,
                case when count(*) > 0 then 50 else 0 end as max_points,
                coalesce(array_agg(x.level order by x.ord), '{}') as levels
         from (select y.ord,
                      case when y.must then 3.0::float8 else 1.0::float8 end as weight,
                      case when y.level is null then 0.0::float8 when y.level >= y.min_level then 1.0::float8
                           else 0.5::float8 end as credit,
                      y.level
               from (select u.ord, u.must, u.min_level,
                            c_talent_levels[array_position(c_talent_codes, u.code)] as level
                     from unnest(v_talent_codes, v_min_levels, v_must_haves) with ordinality as u(code, min_level, must, ord)) y
              ) x) t,
        -- Everything the points above read more than once, computed once: PostgreSQL pulls simple
        -- subqueries up into the caller and would copy an expression into every place that uses it
        -- (the distance four times); "offset 0" keeps this one a subquery.
        (select least(v_hours_max, c_hours_max) - greatest(v_hours_min, c_hours_min) as overlap,
                rd.reference_date,
                case when c_available_from is null or c_available_from <= rd.reference_date then 0
                     else c_available_from - rd.reference_date end as days_late,
                case when v_latitude is not null and v_longitude is not null
                          and c_latitude is not null and c_longitude is not null
                     then 2 * 6371.0088 * asin(least(1.0, sqrt(
                              power(sin(radians(c_latitude - v_latitude) / 2), 2)
                              + cos(radians(v_latitude)) * cos(radians(c_latitude))
                                * power(sin(radians(c_longitude - v_longitude) / 2), 2))))
                end as km,
                coalesce(c_municipality_code = v_municipality_code, false) as same_municipality,
                coalesce(v_sector = any (c_preferred_sectors), false) as sector_preferred,
                -- an occupation matches when it and the title contain one another, folded for case and accents
                cardinality(c_preferred_occupations) > 0
                    and exists (select 1
                                from unnest(c_preferred_occupations) as occ(name)
                                cross join lateral (select fold_for_search(occ.name) as folded) f
                                where strpos(v_title_folded, f.folded) > 0
                                   or strpos(f.folded, v_title_folded) > 0) as occupation_preferred,
                (case when v_driving_licence then 1 else 0 end)
                    + (case when v_dutch_level is null then 0 else 1 end) as parts,
                array_position(array['A1', 'A2', 'B1', 'B2', 'C1', 'C2'], v_dutch_level) as required_dutch,
                array_position(array['A1', 'A2', 'B1', 'B2', 'C1', 'C2'], c_dutch_level) as dutch
         from (select greatest(coalesce(v_start_date, today), today) as reference_date) rd
         offset 0) b
) f
$$;
