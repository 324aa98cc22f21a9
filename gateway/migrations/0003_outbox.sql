-- The alert outbox: every notification to a receiver is a row, written before anything is sent, so a crash
-- loses nothing and a retry repeats nothing a receiver has not already had the chance to dedupe.

-- Every routed alert and what routing knew about it (for inhibition of later alerts and for review).
CREATE TABLE alerts (
    -- The tip or incident the alert is about.
    subject_id TEXT PRIMARY KEY,
    -- correlate::routing::AlertFacts as JSON.
    facts TEXT NOT NULL,
    priority_rank BIGINT NOT NULL,
    -- The alert that muted this one, if any; muted alerts get no deliveries.
    inhibited_by TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX alerts_by_time ON alerts (created_at);

CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    subject_id TEXT NOT NULL,
    receiver TEXT NOT NULL,
    -- email | webhook
    kind TEXT NOT NULL,
    group_key TEXT NOT NULL,
    -- What is sent, already cut to the receiver's fields (JSON).
    payload TEXT NOT NULL,
    -- The webhook-id / Message-ID: the same on every attempt, so receivers can dedupe.
    message_id TEXT NOT NULL,
    -- queued | sending | delivered | dead | disabled-endpoint
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    last_error TEXT,
    lease_owner TEXT,
    lease_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    delivered_at BIGINT,
    UNIQUE (subject_id, receiver)
);
CREATE INDEX deliveries_by_readiness ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_group ON deliveries (receiver, group_key);

-- Per-receiver health: the circuit breaker and the 410 switch.
CREATE TABLE receiver_health (
    receiver TEXT PRIMARY KEY,
    -- Failures in a row; reset by a success.
    consecutive_failures BIGINT NOT NULL,
    -- While in the future, the breaker is open and the receiver's deliveries wait.
    open_until BIGINT NOT NULL,
    -- 1 after the endpoint answered 410 Gone: nothing more is sent until an operator replays.
    disabled BIGINT NOT NULL,
    last_error TEXT,
    updated_at BIGINT NOT NULL
);
