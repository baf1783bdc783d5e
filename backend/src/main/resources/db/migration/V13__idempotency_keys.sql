-- Idempotency-Key on the POSTs that create (issue 7): the first successful answer to a request with a
-- key, so that a client that retries (a timeout, a lost connection) gets that answer again instead of a
-- second employer, vacancy, match or intake. A key is the caller's own: the primary key is the caller
-- (token subject) and the key, so two callers that happen to pick the same key never meet.
-- (V13: V10 and V12 were taken by issue 6, and a version below the highest applied one would be
-- refused by Flyway on every database that has V12 already.)
create table idempotency_key (
    caller        varchar(255)  not null,
    key           varchar(255)  not null,
    -- SHA-256 of the method, the route and the request body as the backend read it: the same key with
    -- another request is refused (422), not answered with the first request's answer
    request_hash  bytea         not null check (octet_length(request_hash) = 32),
    status        smallint      not null check (status between 200 and 299),
    body          text          not null,
    location      varchar(2000),
    etag          varchar(100),
    -- the job seekers the stored answer names (a match names the candidate, a bulk intake lists ids and
    -- client numbers): an erasure deletes the answers that name the person, as it deletes everything else
    candidate_ids uuid[],
    created_at    timestamptz   not null,
    expires_at    timestamptz   not null,
    constraint pk_idempotency_key primary key (caller, key),
    constraint ck_idempotency_key_expiry check (expires_at > created_at)
);

-- the purge deletes by expiry
create index ix_idempotency_key_expires_at on idempotency_key (expires_at);
-- an erasure finds the answers that name the candidate
create index ix_idempotency_key_candidates on idempotency_key using gin (candidate_ids);
