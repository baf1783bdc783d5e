-- Talent profiles of job seekers (issue 3) and the audit log of who read or changed them.
-- The CHECK constraints mirror the validation rules of docs/api.md ("Candidate profiles"), so that
-- no writer, not even a bug, can store what the API would refuse. Rules that need the clock (age of
-- the birth date) or other rows (talent codes that exist and are not retired) stay in the service.

-- True when an array has no duplicate and no NULL element. A function because a CHECK constraint
-- may not contain a subquery; immutable because it only looks at its argument.
create function werkhub_distinct_elements(items text[]) returns boolean
    language sql immutable strict parallel safe
    as $$ select array_position(items, null) is null
                 and (select count(distinct x) = count(*) from unnest(items) as x) $$;

-- True when every element's trimmed length is within [low, high] (an empty array is fine).
create function werkhub_element_lengths_between(items text[], low integer, high integer) returns boolean
    language sql immutable strict parallel safe
    as $$ select coalesce(bool_and(length(btrim(x)) between low and high), true) from unnest(items) as x $$;

create table candidate (
    id                     uuid          primary key,
    version                bigint        not null default 0,
    municipality_code      varchar(50)   not null references municipality (code),
    client_number          varchar(40)   not null check (client_number ~ '^[A-Za-z0-9-]{1,40}$'),
    first_name             varchar(100)  not null check (length(btrim(first_name)) between 1 and 100),
    last_name              varchar(100)  not null check (length(btrim(last_name)) between 1 and 100),
    email                  varchar(254),
    phone                  varchar(30),
    gender                 varchar(12)   check (gender in ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')),
    birth_date             date          check (birth_date > date '1900-01-01'),
    postcode               varchar(7)    not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' and substr(postcode, 6, 2) not in ('SA', 'SD', 'SS')),
    latitude               double precision check (latitude between 50.5 and 53.7),
    longitude              double precision check (longitude between 3.2 and 7.3),
    target_groups          text[]        not null default '{}'
                               check (target_groups <@ array['BANENAFSPRAAK', 'PRAKTIJKROUTE', 'BBL', 'ONDERNEMER']
                                      and werkhub_distinct_elements(target_groups)),
    -- Denormalised copy of the codes in candidate_talent (kept in step by the service, which writes
    -- both in one transaction), so that a talent filter can narrow with && / @> on a GIN index.
    talent_codes           text[]        not null default '{}'
                               check (cardinality(talent_codes) <= 50 and werkhub_distinct_elements(talent_codes)),
    interests              varchar(2000),
    motivation             varchar(2000),
    preferred_sectors      text[]        not null default '{}'
                               check (preferred_sectors <@ array['AGRICULTURE', 'CONSTRUCTION', 'MANUFACTURING',
                                          'ENGINEERING', 'LOGISTICS', 'RETAIL', 'WHOLESALE', 'HOSPITALITY', 'HEALTHCARE',
                                          'CLEANING', 'GREEN_SPACES', 'BUSINESS_SERVICES', 'ICT', 'EDUCATION', 'GOVERNMENT', 'OTHER']
                                      and werkhub_distinct_elements(preferred_sectors)),
    preferred_occupations  text[]        not null default '{}'
                               check (cardinality(preferred_occupations) <= 10
                                      and array_position(preferred_occupations, null) is null
                                      and werkhub_element_lengths_between(preferred_occupations, 1, 100)),
    hours_per_week_min     integer       not null check (hours_per_week_min between 1 and 60),
    hours_per_week_max     integer       not null check (hours_per_week_max between 1 and 60),
    available_from         date,
    max_travel_distance_km integer       not null check (max_travel_distance_km between 1 and 250),
    driving_licence        boolean       not null,
    dutch_level            varchar(2)    check (dutch_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    consent                boolean       not null,
    status                 varchar(10)   not null check (status in ('ACTIVE', 'PAUSED', 'PLACED', 'WITHDRAWN')),
    jobcoach               varchar(200)  check (jobcoach ~ '^\S{1,200}$'),
    -- Full-text search (q) over interests and motivation, Dutch stemming and stop words.
    search_text            tsvector      generated always as (
                               to_tsvector('dutch'::regconfig, coalesce(interests, '') || ' ' || coalesce(motivation, ''))) stored,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(200)  not null,
    constraint uk_candidate_client_number unique (municipality_code, client_number),
    constraint ck_candidate_hours check (hours_per_week_min <= hours_per_week_max),
    constraint ck_candidate_coordinates check ((latitude is null) = (longitude is null))
);

-- The municipality's sync list: where municipality_code = ? and updated_at >= ? order by updated_at, id
-- (the unique constraint above already serves lookups by client number).
create index ix_candidate_municipality_updated on candidate (municipality_code, updated_at, id);
-- Consultant search: status (default ACTIVE) and consent narrow first; the default sort is updated_at.
create index ix_candidate_status_consent on candidate (status, consent);
create index ix_candidate_updated_at on candidate (updated_at, id);
create index ix_candidate_last_name on candidate (lower(last_name), id);
create index ix_candidate_available_from on candidate (available_from, id);
create index ix_candidate_jobcoach on candidate (jobcoach) where jobcoach is not null;
create index ix_candidate_talent_codes on candidate using gin (talent_codes);
create index ix_candidate_target_groups on candidate using gin (target_groups);
create index ix_candidate_search_text on candidate using gin (search_text);

create table candidate_talent (
    candidate_id uuid        not null references candidate (id) on delete cascade,
    talent_code  varchar(60) not null references talent (code),
    level        integer     not null check (level between 1 and 5),
    constraint pk_candidate_talent primary key (candidate_id, talent_code)
);

-- "Who has talent X at level >= n" without touching the candidate table first.
create index ix_candidate_talent_code_level on candidate_talent (talent_code, level);

-- Who read or changed which candidate, when, through which route. Deliberately without personal
-- data: no names, client numbers, contact details or request paths with values in them (route is
-- the template, e.g. 'GET /api/candidates/{id}'). candidate_id has no foreign key: the event must
-- outlive the erasure of the profile it is about.
create table audit_event (
    id                uuid         primary key,
    occurred_at       timestamptz  not null,
    actor             varchar(200) not null,
    actor_role        varchar(20)  not null check (actor_role in ('consultant', 'jobcoach', 'municipality', 'admin', 'system')),
    action            varchar(12)  not null check (action in ('READ', 'SEARCH_HIT', 'CREATED', 'UPDATED', 'ERASED')),
    candidate_id      uuid         not null,
    municipality_code varchar(50)  not null references municipality (code),
    route             varchar(200) not null check (route ~ '^[A-Z]+ [A-Za-z0-9/{}._-]+$')
);

create index ix_audit_event_occurred_at on audit_event (occurred_at, id);
create index ix_audit_event_candidate on audit_event (candidate_id, occurred_at);
create index ix_audit_event_municipality on audit_event (municipality_code, occurred_at);
