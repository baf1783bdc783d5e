-- Municipalities of the labour-market region Rijnmond (situation since the 2023 merger of
-- Brielle, Hellevoetsluis and Westvoorne into Voorne aan Zee). The code is the slug used in the
-- Keycloak 'municipality' claim.
create table municipality (
    code varchar(50)  primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name varchar(200) not null unique
);

insert into municipality (code, name) values
    ('albrandswaard',      'Albrandswaard'),
    ('barendrecht',        'Barendrecht'),
    ('capelle',            'Capelle aan den IJssel'),
    ('goeree-overflakkee', 'Goeree-Overflakkee'),
    ('hoeksche-waard',     'Hoeksche Waard'),
    ('krimpen',            'Krimpen aan den IJssel'),
    ('lansingerland',      'Lansingerland'),
    ('maassluis',          'Maassluis'),
    ('nissewaard',         'Nissewaard'),
    ('ridderkerk',         'Ridderkerk'),
    ('rotterdam',          'Rotterdam'),
    ('schiedam',           'Schiedam'),
    ('vlaardingen',        'Vlaardingen'),
    ('voorne-aan-zee',     'Voorne aan Zee');

create table employer (
    id                uuid         primary key,
    version           bigint       not null default 0,
    name              varchar(200) not null check (length(btrim(name)) between 1 and 200),
    kvk_number        varchar(8)   not null check (kvk_number ~ '^[0-9]{8}$'),
    sector            varchar(30)  not null check (sector in ('AGRICULTURE', 'CONSTRUCTION', 'MANUFACTURING',
                          'ENGINEERING', 'LOGISTICS', 'RETAIL', 'WHOLESALE', 'HOSPITALITY', 'HEALTHCARE',
                          'CLEANING', 'GREEN_SPACES', 'BUSINESS_SERVICES', 'ICT', 'EDUCATION', 'GOVERNMENT', 'OTHER')),
    size_class        varchar(10)  not null check (size_class in ('MICRO', 'SMALL', 'MEDIUM')),
    contact_person    varchar(200),
    phone             varchar(30),
    email             varchar(254),
    postcode          varchar(7)   not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' and substr(postcode, 6, 2) not in ('SA', 'SD', 'SS')),
    municipality_code varchar(50)  not null references municipality (code),
    status            varchar(10)  not null check (status in ('ACTIVE', 'ARCHIVED')),
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    constraint uk_employer_kvk_number unique (kvk_number)
);

create index ix_employer_name on employer (name, id);
create index ix_employer_municipality on employer (municipality_code);
create index ix_employer_sector on employer (sector);
create index ix_employer_status on employer (status);
create index ix_employer_created_at on employer (created_at, id);
create index ix_employer_updated_at on employer (updated_at, id);

create table vacancy (
    id                       uuid         primary key,
    version                  bigint       not null default 0,
    employer_id              uuid         not null references employer (id) on delete restrict,
    title                    varchar(200) not null check (length(btrim(title)) between 1 and 200),
    description              text         not null check (length(btrim(description)) between 1 and 10000),
    sector                   varchar(30)  not null check (sector in ('AGRICULTURE', 'CONSTRUCTION', 'MANUFACTURING',
                                 'ENGINEERING', 'LOGISTICS', 'RETAIL', 'WHOLESALE', 'HOSPITALITY', 'HEALTHCARE',
                                 'CLEANING', 'GREEN_SPACES', 'BUSINESS_SERVICES', 'ICT', 'EDUCATION', 'GOVERNMENT', 'OTHER')),
    postcode                 varchar(7)   not null check (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$' and substr(postcode, 6, 2) not in ('SA', 'SD', 'SS')),
    latitude                 double precision check (latitude between 50.5 and 53.7),
    longitude                double precision check (longitude between 3.2 and 7.3),
    hours_per_week_min       integer      not null check (hours_per_week_min between 1 and 60),
    hours_per_week_max       integer      not null check (hours_per_week_max between 1 and 60),
    contract_type            varchar(20)  not null check (contract_type in ('TEMPORARY', 'PERMANENT', 'BBL', 'TRIAL_PLACEMENT')),
    start_date               date,
    positions                integer      not null check (positions between 1 and 100),
    dutch_level              varchar(2)   check (dutch_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    driving_licence_required boolean      not null,
    status                   varchar(10)  not null check (status in ('DRAFT', 'OPEN', 'ON_HOLD', 'FILLED', 'CLOSED')),
    owner_id                 varchar(200) not null,
    owner_name               varchar(200) not null,
    created_at               timestamptz  not null,
    created_by               varchar(200) not null,
    updated_at               timestamptz  not null,
    updated_by               varchar(200) not null,
    constraint ck_vacancy_hours check (hours_per_week_min <= hours_per_week_max),
    constraint ck_vacancy_coordinates check ((latitude is null) = (longitude is null))
);

create index ix_vacancy_employer on vacancy (employer_id);
create index ix_vacancy_status on vacancy (status);
create index ix_vacancy_sector on vacancy (sector);
create index ix_vacancy_created_at on vacancy (created_at, id);
create index ix_vacancy_updated_at on vacancy (updated_at, id);
create index ix_vacancy_start_date on vacancy (start_date, id);
create index ix_vacancy_title on vacancy (title, id);

-- Substring search (q) uses lower(...) like '%...%'. Trigram indexes make that fast, but pg_trgm is
-- a contrib extension that a minimal PostgreSQL build may lack: install it when possible and
-- fall back to sequential scans (correct, just slower) when not.
do $$
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm not available (%); substring search runs without trigram indexes', sqlerrm;
    end;
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        execute 'create index ix_employer_name_trgm on employer using gin (lower(name) gin_trgm_ops)';
        execute 'create index ix_employer_kvk_trgm on employer using gin (kvk_number gin_trgm_ops)';
        execute 'create index ix_vacancy_title_trgm on vacancy using gin (lower(title) gin_trgm_ops)';
        execute 'create index ix_vacancy_description_trgm on vacancy using gin (lower(description) gin_trgm_ops)';
    end if;
end
$$;
