-- Camera detection events (object classes only; never faces or identities). Reached only through a tip.
CREATE TABLE detections (
    id TEXT PRIMARY KEY,
    -- Who reported it: `tipline` (own detector), `frigate`, or `http:<token name>`.
    source TEXT NOT NULL,
    -- The reporter's own event id, so updates and retransmissions land on the same row.
    external_id TEXT NOT NULL,
    camera_id TEXT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    label TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    box_x DOUBLE PRECISION NOT NULL,
    box_y DOUBLE PRECISION NOT NULL,
    box_w DOUBLE PRECISION NOT NULL,
    box_h DOUBLE PRECISION NOT NULL,
    colour TEXT,
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX detections_by_time ON detections (start_at, end_at);
CREATE INDEX detections_by_camera ON detections (camera_id, start_at);
