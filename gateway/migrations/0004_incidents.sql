-- Incidents: tips that describe the same thing, grouped by correlate::grouping. The dispatcher queue is
-- this table: every incident is here whatever routing and inhibition decided for other receivers.
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    -- correlate::grouping::Signature as JSON: what a new tip is compared with.
    signature TEXT NOT NULL,
    category TEXT NOT NULL,
    priority_rank BIGINT NOT NULL,
    tip_count BIGINT NOT NULL,
    -- End of the incident's time span: only incidents a new tip could still join are read back.
    span_end BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- The dispatcher who took it (an API token's actor name) and when.
    acknowledged_by TEXT,
    acknowledged_at BIGINT
);
CREATE INDEX incidents_by_span_end ON incidents (span_end);
CREATE INDEX incidents_by_queue ON incidents (priority_rank, updated_at);

CREATE TABLE incident_tips (
    tip_id TEXT PRIMARY KEY REFERENCES tips (id),
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    -- Why the tip joined, as a JSON list of sentences; empty for the tip that opened the incident.
    reasons TEXT NOT NULL,
    added_at BIGINT NOT NULL
);
CREATE INDEX incident_tips_by_incident ON incident_tips (incident_id, added_at);

-- Updated first in every grouping and routing transaction, which serialises them on both databases (a row
-- lock on PostgreSQL, the write lock on SQLite, taken before anything is read so SQLite never has to upgrade
-- a reader): two tips about one event cannot open two incidents, and inhibition sees every earlier alert.
CREATE TABLE routing_lock (
    id BIGINT PRIMARY KEY,
    taken BIGINT NOT NULL
);
INSERT INTO routing_lock (id, taken) VALUES (1, 0);

-- A tip whose alert was folded into a delivery of the same group that had not been sent yet: its row is
-- kept (state 'merged') and names the delivery that carries it, so each tip's routing stays visible.
ALTER TABLE deliveries ADD COLUMN merged_into TEXT;

-- Tips whose correlation is still open to late camera events (an NVR reports an event when it ends; a
-- camera reconnects and catches up). A detection overlapping `search_start..search_end` within reach of
-- one of `points` re-runs the tip's correlate and route stages, until `watch_until`.
CREATE TABLE correlation_watch (
    tip_id TEXT PRIMARY KEY REFERENCES tips (id),
    search_start BIGINT NOT NULL,
    search_end BIGINT NOT NULL,
    -- JSON list of [lat, lon, reach_m].
    points TEXT NOT NULL,
    watch_until BIGINT NOT NULL
);
CREATE INDEX correlation_watch_by_until ON correlation_watch (watch_until);

-- The in-memory detection index follows the table by what was written since it last looked.
CREATE INDEX detections_by_received ON detections (received_at);
