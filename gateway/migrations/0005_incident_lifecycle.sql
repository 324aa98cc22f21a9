-- Incident lifecycle: open -> acknowledged -> resolved. A resolved incident takes no new tips (a tip about
-- the same place and time opens a new incident) and is no longer notified again. `updated_at` stays the
-- time the last tip joined, which is what the quiet period of auto-resolution counts from.
ALTER TABLE incidents ADD COLUMN resolved_at BIGINT;
-- The dispatcher who resolved it (an API token's actor name), or `tipline:quiet` for auto-resolution.
ALTER TABLE incidents ADD COLUMN resolved_by TEXT;
CREATE INDEX incidents_by_resolution ON incidents (resolved_at, updated_at);

-- Which incident a delivery is about, so repeats and resolved notices can find what a receiver was told.
-- NULL for alerts routed without an incident.
ALTER TABLE deliveries ADD COLUMN incident_id TEXT;
-- What the delivery is: 'alert' (a tip's alert or its update), 'repeat' (the incident again, unchanged,
-- because nobody acknowledged it) or 'resolved' (the incident was resolved).
ALTER TABLE deliveries ADD COLUMN notice TEXT NOT NULL DEFAULT 'alert';
-- For a repeat: which one (1, 2, ...) for this incident and receiver; 0 otherwise.
ALTER TABLE deliveries ADD COLUMN repeat_number BIGINT NOT NULL DEFAULT 0;
-- The route's repeat_interval and send_resolved when the alert was routed (0 and 0: neither).
ALTER TABLE deliveries ADD COLUMN repeat_interval_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE deliveries ADD COLUMN send_resolved BIGINT NOT NULL DEFAULT 0;
CREATE INDEX deliveries_by_incident ON deliveries (incident_id, receiver);
