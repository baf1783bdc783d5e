-- The match pipeline (issue 4): a vacancy and a candidate as a pair that moves from SUGGESTED to
-- PLACED, REJECTED or WITHDRAWN, with every move kept as an event. As in V3, the CHECK constraints
-- mirror the API rules of docs/api.md ("Matches") so that no writer, not even a bug, can store what
-- the API refuses. The transition table itself lives in one place, nl.werkhub.matching.MatchStatus;
-- the database only guards what a single row can show.
--
-- "match" is a non-reserved keyword in PostgreSQL, so it works unquoted as a table name.

create table match (
    id                uuid          primary key,
    version           bigint        not null default 0,
    -- restrict: a vacancy with matches has a history and is closed, not deleted (409 vacancy-has-matches)
    vacancy_id        uuid          not null constraint fk_match_vacancy references vacancy (id) on delete restrict,
    -- cascade only as a safety net: erasure deletes the matches itself (CandidateErasing observer)
    candidate_id      uuid          not null constraint fk_match_candidate references candidate (id) on delete cascade,
    -- the candidate's municipality, copied so a municipality's list can be filtered without a join
    municipality_code varchar(50)   not null references municipality (code),
    status            varchar(10)   not null check (status in ('SUGGESTED', 'PROPOSED', 'INTRODUCED', 'TRIAL',
                                                         'PLACED', 'REJECTED', 'WITHDRAWN')),
    -- snapshot of the score when the match was made; later changes of either side do not rewrite it
    score             integer       not null check (score between 0 and 100),
    breakdown         jsonb         not null check (jsonb_typeof(breakdown) = 'object'),
    rejection_reason  varchar(20)   check (rejection_reason in ('CANDIDATE_DECLINED', 'EMPLOYER_DECLINED',
                                          'SKILLS_MISMATCH', 'HOURS_OR_TRAVEL', 'NO_SHOW', 'VACANCY_FILLED', 'OTHER')),
    start_date        date,
    owner_id          varchar(200)  not null,
    owner_name        varchar(200)  not null,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    constraint uk_match_vacancy_candidate unique (vacancy_id, candidate_id),
    -- a reason is required to reject and allowed to withdraw; no other state carries one
    constraint ck_match_rejection_reason check (
        case status
            when 'REJECTED' then rejection_reason is not null
            when 'WITHDRAWN' then true
            else rejection_reason is null
        end),
    -- a placement has a start date, and only a placement
    constraint ck_match_start_date check ((start_date is not null) = (status = 'PLACED'))
);

-- At most one PLACED match per candidate. The service checks first (for a clear 409); this index
-- is the guarantee when two placements race.
create unique index uk_match_one_placement on match (candidate_id) where status = 'PLACED';

-- GET /api/matches filters (vacancyId is served by uk_match_vacancy_candidate) and sorts.
create index ix_match_candidate on match (candidate_id);
create index ix_match_municipality on match (municipality_code, updated_at);
create index ix_match_status on match (status);
create index ix_match_owner on match (owner_id, updated_at);
create index ix_match_updated_at on match (updated_at, id);
create index ix_match_created_at on match (created_at, id);
create index ix_match_score on match (score, id);

-- Every move of a match, including its creation (from_status null). Kept with the match and deleted
-- with it (erasure of the candidate).
create table match_event (
    id          uuid          primary key,
    -- order of the events of one match; occurred_at alone can tie (one clock tick, a fixed test clock)
    seq         bigint        generated always as identity,
    match_id    uuid          not null references match (id) on delete cascade,
    from_status varchar(10)   check (from_status in ('SUGGESTED', 'PROPOSED', 'INTRODUCED', 'TRIAL')),
    to_status   varchar(10)   not null check (to_status in ('SUGGESTED', 'PROPOSED', 'INTRODUCED', 'TRIAL',
                                                    'PLACED', 'REJECTED', 'WITHDRAWN')),
    note        varchar(2000) check (length(btrim(note)) between 1 and 2000),
    reason      varchar(20)   check (reason in ('CANDIDATE_DECLINED', 'EMPLOYER_DECLINED', 'SKILLS_MISMATCH',
                                     'HOURS_OR_TRAVEL', 'NO_SHOW', 'VACANCY_FILLED', 'OTHER')),
    occurred_at timestamptz   not null,
    -- Keycloak subject and username of who made the move
    actor       varchar(200)  not null,
    actor_name  varchar(200)  not null,
    -- a match starts as SUGGESTED, and nothing moves back to it
    constraint ck_match_event_first check ((from_status is null) = (to_status = 'SUGGESTED')),
    constraint ck_match_event_reason check (
        case to_status
            when 'REJECTED' then reason is not null
            when 'WITHDRAWN' then true
            else reason is null
        end),
    constraint ck_match_event_other_needs_note check (reason is distinct from 'OTHER' or note is not null)
);

create index ix_match_event_match on match_event (match_id, seq);
