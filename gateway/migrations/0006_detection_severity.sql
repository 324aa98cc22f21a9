-- An NVR's own judgement of a detection event (Frigate review severity: `alert` or `detection`); NULL when
-- the reporter has none (our own tracker). Shown to dispatchers with the match, never used to pick events.
ALTER TABLE detections ADD COLUMN severity TEXT;
