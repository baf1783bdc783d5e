-- Placements and aftercare (issue 5, docs/api.md "Placements and aftercare"). As in V3 and V5 the
-- CHECK constraints mirror what the API refuses, so no writer can store it; rules that need more than
-- one row (the schedule, retries, who may log) live in nl.werkhub.aftercare.

-- When a vacancy first became OPEN: the dashboard's "days from opening to placement". Existing
-- vacancies that have been open get their creation time, the best figure there is.
alter table vacancy add column opened_at timestamptz;
update vacancy set opened_at = created_at where status <> 'DRAFT';

create table placement (
    id                uuid          primary key,
    version           bigint        not null default 0,
    match_id          uuid          not null unique references match (id) on delete cascade,
    vacancy_id        uuid          not null references vacancy (id) on delete restrict,
    -- cascade only as a safety net: erasure deletes the matches, and the placements with them
    candidate_id      uuid          not null references candidate (id) on delete cascade,
    municipality_code varchar(50)   not null references municipality (code),
    status            varchar(12)   not null check (status in ('ACTIVE', 'COMPLETED', 'ENDED_EARLY')),
    start_date        date          not null,
    end_date          date,
    hours_per_week    integer       not null check (hours_per_week between 1 and 60),
    -- Keycloak username of the jobcoach (the same key as candidate.jobcoach); null only on placements
    -- carried over from issue 4's PLACED matches, which had no contract
    jobcoach          varchar(200),
    at_risk           boolean       not null default false,
    last_outcome      varchar(10)   check (last_outcome in ('GOOD', 'CONCERN', 'AT_RISK')),
    ended_on          date,
    end_reason        varchar(20)   check (end_reason in ('EMPLOYEE_RESIGNED', 'DISMISSED', 'HEALTH',
                                           'EMPLOYER_STOPPED', 'OTHER')),
    end_note          varchar(2000) check (length(btrim(end_note)) between 1 and 2000),
    placed_by         varchar(200)  not null,
    placed_by_name    varchar(200)  not null,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    constraint ck_placement_end_after_start check (end_date is null or end_date > start_date),
    constraint ck_placement_ended check ((ended_on is not null) = (status <> 'ACTIVE')),
    constraint ck_placement_ended_after_start check (ended_on is null or ended_on >= start_date),
    constraint ck_placement_end_reason check (
        case status
            when 'ENDED_EARLY' then end_reason is not null
            else end_reason is null
        end),
    constraint ck_placement_other_needs_note check (end_reason is distinct from 'OTHER' or end_note is not null),
    constraint ck_placement_at_risk check (at_risk = (last_outcome is not distinct from 'AT_RISK'))
);

-- One ACTIVE placement per candidate: the service checks first (409 candidate-already-placed), this
-- index decides when two placements race. It takes over from issue 4's one-PLACED-match index
-- (dropped with match.start_date in V8), so a candidate whose placement ended can be placed again.
create unique index uk_placement_one_active on placement (candidate_id) where status = 'ACTIVE';

create index ix_placement_candidate on placement (candidate_id);
create index ix_placement_vacancy on placement (vacancy_id);
create index ix_placement_municipality on placement (municipality_code, start_date);
create index ix_placement_jobcoach on placement (jobcoach, status);
create index ix_placement_start_date on placement (start_date, id);
create index ix_placement_attention on placement (at_risk desc, start_date desc, id) where status = 'ACTIVE';

-- Voorzieningen: what the municipality adds to a placement. Replaced as a whole on every change.
create table placement_arrangement (
    id           uuid          primary key,
    placement_id uuid          not null references placement (id) on delete cascade,
    position     smallint      not null check (position between 0 and 9),
    kind         varchar(25)   not null check (kind in ('JOBCOACH', 'OV_TOPUP', 'TRAINING',
                                                       'WORKPLACE_ADAPTATION', 'OTHER')),
    amount       numeric(7, 2) check (amount between 0.01 and 10000),
    description  varchar(500)  check (length(btrim(description)) between 1 and 500),
    constraint uk_placement_arrangement_position unique (placement_id, position),
    constraint ck_arrangement_amount check ((amount is not null) = (kind = 'OV_TOPUP')),
    constraint ck_arrangement_description check (kind not in ('TRAINING', 'OTHER') or description is not null)
);

create unique index uk_placement_arrangement_once on placement_arrangement (placement_id, kind)
    where kind in ('JOBCOACH', 'OV_TOPUP');

create table follow_up_call (
    id             uuid          primary key,
    version        bigint        not null default 0,
    placement_id   uuid          not null references placement (id) on delete cascade,
    kind           varchar(20)   not null check (kind in ('FIRST_DAY', 'FIRST_WEEK', 'FIRST_MONTH',
                                                         'BEFORE_CONTRACT_END', 'AD_HOC')),
    -- 1 for a scheduled or ad-hoc call; a NOT_REACHED call's retry has the next number
    attempt        smallint      not null check (attempt between 1 and 20),
    retry_of       uuid          references follow_up_call (id) on delete cascade,
    due_date       date          not null,
    -- Keycloak username of the jobcoach who makes the call
    assignee       varchar(200)  not null,
    status         varchar(12)   not null check (status in ('PLANNED', 'DONE', 'NOT_REACHED', 'CANCELLED')),
    -- the last attempt was not reached: someone has to act
    flagged        boolean       not null default false,
    outcome        varchar(10)   check (outcome in ('GOOD', 'CONCERN', 'AT_RISK')),
    contact_with   varchar(10)   check (contact_with in ('CANDIDATE', 'EMPLOYER', 'BOTH')),
    notes          varchar(4000) check (length(btrim(notes)) between 1 and 4000),
    agreed_actions varchar(2000) check (length(btrim(agreed_actions)) between 1 and 2000),
    logged_at      timestamptz,
    logged_by      varchar(200),
    logged_by_name varchar(200),
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null,
    constraint ck_call_retry check ((retry_of is null) = (attempt = 1)),
    -- an outcome and with whom belong to a call that was made, and every such call has them
    constraint ck_call_done check ((status = 'DONE') = (outcome is not null and contact_with is not null)),
    constraint ck_call_logged check ((status in ('DONE', 'NOT_REACHED'))
                                     = (logged_at is not null and logged_by is not null and logged_by_name is not null)),
    constraint ck_call_flagged check (not flagged or status = 'NOT_REACHED')
);

-- "Vandaag" for a jobcoach: PLANNED calls of one assignee by due date.
create index ix_call_assignee_due on follow_up_call (assignee, status, due_date);
create index ix_call_placement on follow_up_call (placement_id, due_date);
create index ix_call_status_due on follow_up_call (status, due_date);
create index ix_call_retry_of on follow_up_call (retry_of);

-- A jobcoach's secret calendar URL. Only the SHA-256 of the token is kept: the database (or a backup)
-- alone does not give anyone the feed.
create table calendar_feed (
    jobcoach    varchar(200)  primary key,
    token_hash  bytea         not null unique check (length(token_hash) = 32),
    created_at  timestamptz   not null
);
