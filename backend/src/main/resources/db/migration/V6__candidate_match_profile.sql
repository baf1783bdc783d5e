-- Matching (issue 4), speed: the suggestable profiles in a narrow table of their own.
--
-- Vacancy suggestions narrow by talent and then compute a bound or a score for every eligible
-- profile (matching/candidate-suggestions.sql). Read from candidate, that meant one heap page per
-- eligible row of a wide table (names, contact details, free texts and their tsvector): about 6,700
-- pages for the typical vacancy at 100,000 profiles, most of the query's time (BENCHMARKS.md). This
-- table holds only what werkhub_match_score and the narrowing read, and only for the profiles a
-- suggestion may show (ACTIVE with consent), so the same rows sit on a fraction of the pages; the
-- suggestion joins candidate only for the rows it returns. The score function is unchanged: only
-- where its candidate inputs are read from.
--
-- A copy, kept in step by a trigger on candidate rather than by the services: every writer (intake,
-- bulk intake, edits, status changes, placement, erasure, retention) changes candidate, and none of
-- them can forget this table. Deleting a candidate deletes its row through the foreign key.
create table candidate_match_profile (
    candidate_id           uuid             primary key references candidate (id) on delete cascade,
    municipality_code      varchar(50)      not null,
    talent_codes           text[]           not null,
    talent_levels          smallint[]       not null,
    hours_per_week_min     integer          not null,
    hours_per_week_max     integer          not null,
    available_from         date,
    latitude               double precision,
    longitude              double precision,
    max_travel_distance_km integer          not null,
    preferred_sectors      text[]           not null,
    preferred_occupations  text[]           not null,
    driving_licence        boolean          not null,
    dutch_level            varchar(2)
);

create index ix_candidate_match_profile_talents on candidate_match_profile using gin (talent_codes);

-- The partial index of V4 held the same rows (ACTIVE with consent) by the same column for the same
-- query; the table above replaces it, and a writer should not pay for two of them.
drop index ix_candidate_suggestable_talents;

create function werkhub_sync_candidate_match_profile() returns trigger
language plpgsql
as $$
begin
    if new.status = 'ACTIVE' and new.consent then
        insert into candidate_match_profile (
            candidate_id, municipality_code, talent_codes, talent_levels, hours_per_week_min,
            hours_per_week_max, available_from, latitude, longitude, max_travel_distance_km,
            preferred_sectors, preferred_occupations, driving_licence, dutch_level)
        values (
            new.id, new.municipality_code, new.talent_codes, new.talent_levels, new.hours_per_week_min,
            new.hours_per_week_max, new.available_from, new.latitude, new.longitude, new.max_travel_distance_km,
            new.preferred_sectors, new.preferred_occupations, new.driving_licence, new.dutch_level)
        on conflict (candidate_id) do update set
            municipality_code      = excluded.municipality_code,
            talent_codes           = excluded.talent_codes,
            talent_levels          = excluded.talent_levels,
            hours_per_week_min     = excluded.hours_per_week_min,
            hours_per_week_max     = excluded.hours_per_week_max,
            available_from         = excluded.available_from,
            latitude               = excluded.latitude,
            longitude              = excluded.longitude,
            max_travel_distance_km = excluded.max_travel_distance_km,
            preferred_sectors      = excluded.preferred_sectors,
            preferred_occupations  = excluded.preferred_occupations,
            driving_licence        = excluded.driving_licence,
            dutch_level            = excluded.dutch_level;
    elsif tg_op = 'UPDATE' then
        delete from candidate_match_profile where candidate_id = new.id;
    end if;
    return null;
end
$$;

create trigger tr_candidate_match_profile
    after insert or update on candidate
    for each row execute function werkhub_sync_candidate_match_profile();

insert into candidate_match_profile (
    candidate_id, municipality_code, talent_codes, talent_levels, hours_per_week_min,
    hours_per_week_max, available_from, latitude, longitude, max_travel_distance_km,
    preferred_sectors, preferred_occupations, driving_licence, dutch_level)
select id, municipality_code, talent_codes, talent_levels, hours_per_week_min,
       hours_per_week_max, available_from, latitude, longitude, max_travel_distance_km,
       preferred_sectors, preferred_occupations, driving_licence, dutch_level
from candidate
where status = 'ACTIVE' and consent;
