-- One schema for SQLite and PostgreSQL: only types and syntax both accept. Times are Unix milliseconds
-- (BIGINT), ids are UUID text, structured values are JSON text.

CREATE TABLE tips (
    id TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    body TEXT,
    location TEXT,
    occurred_at BIGINT,
    -- Keyed hash of the source (address or caller number), for abuse limits. Never the source itself.
    source_hash TEXT,
    passphrase_hash TEXT,
    -- pending | complete | failed
    status TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    completed_at BIGINT
);
CREATE INDEX tips_by_received ON tips (received_at, id);
CREATE INDEX tips_by_status ON tips (status, received_at);

CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    tip_id TEXT NOT NULL REFERENCES tips (id),
    stage TEXT NOT NULL,
    -- queued | running | done | dead
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    run_at BIGINT NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (tip_id, stage)
);
CREATE INDEX jobs_by_readiness ON jobs (state, run_at);

CREATE TABLE stage_outputs (
    tip_id TEXT NOT NULL REFERENCES tips (id),
    stage TEXT NOT NULL,
    output TEXT NOT NULL,
    produced_at BIGINT NOT NULL,
    PRIMARY KEY (tip_id, stage)
);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    -- SHA-256 of the token: tokens are 256-bit random, so a fast hash is enough and lookups stay indexed.
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    reason TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);

-- The chain's head. Appending updates this row first, which serialises appends on both databases
-- (a row lock on PostgreSQL, the write lock on SQLite) and lets `audit verify` notice a deleted tail.
CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
