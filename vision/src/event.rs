//! Detection events as the rest of tipline sees them, whether they come from our own tracker or from an
//! NVR, and their conversion to [`correlate::Detection`] and to the CLI's JSON line.

use chrono::{DateTime, Utc};
pub use correlate::ReviewSeverity;
use correlate::{BoundingBox, Detection, GeoPoint};
use serde::{Deserialize, Serialize};
use uuid::Uuid;


/// Where an object is in its life on one camera.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// First time the object is confidently seen.
    Start,
    /// Something worth recording changed (a better snapshot, moving/stationary).
    Update,
    /// The object is gone; the event carries its whole time span.
    End,
}

/// Who produced an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventSource {
    /// tipline's own detector and tracker.
    Tracker,
    /// A Frigate NVR over MQTT.
    Frigate,
}

/// One event about one tracked object on one camera.
#[derive(Debug, Clone, PartialEq)]
pub struct VisionEvent {
    pub kind: EventKind,
    pub source: EventSource,
    /// Stable for the life of the object: all events of one object share it.
    pub id: Uuid,
    /// Registry camera id.
    pub camera_id: String,
    /// The tracker's or the NVR's id for the object, unique per camera.
    pub track_id: String,
    pub label: String,
    /// Smoothed score (median of recent scores), 0..=1.
    pub score: f32,
    /// Best single score seen so far.
    pub top_score: f32,
    /// Latest box, in source pixels.
    pub bbox: BoundingBox,
    /// Coarse colour name of the object, when it could be judged.
    pub colour: Option<String>,
    pub stationary: bool,
    pub start: DateTime<Utc>,
    /// Last time the object was seen.
    pub end: DateTime<Utc>,
    /// The best view so far (on start and end events from the tracker).
    pub snapshot: Option<Snapshot>,
    /// The NVR's review severity, once a review item names this event; `None` for our own tracker.
    pub severity: Option<ReviewSeverity>,
}

/// The two JPEGs of one event, with the box and score they show; made by [`crate::snapshot`] (with the
/// `cameras` feature).
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub crop_jpeg: Vec<u8>,
    pub frame_jpeg: Vec<u8>,
    pub bbox: BoundingBox,
    pub score: f32,
}

impl VisionEvent {
    /// The domain record the correlation join uses; the camera's location comes from the registry.
    pub fn to_detection(&self, camera_location: GeoPoint) -> Detection {
        Detection {
            id: self.id,
            camera_id: self.camera_id.clone(),
            camera_location,
            label: self.label.clone(),
            score: self.score,
            bbox: self.bbox,
            colour: self.colour.clone(),
            start: self.start,
            end: self.end,
            severity: self.severity,
        }
    }

    /// The CLI's one-line JSON form: `camera`, `event`, `track_id`, `label`, `score`, `box` `[x, y, w, h]`
    /// in source pixels, `colour`, `start`, `end` (RFC 3339), plus `stationary` and `source`.
    pub fn to_json(&self) -> serde_json::Value {
        // Rounded in f64: an f32 printed as f64 shows noise digits (173.6999969...).
        let r = |v: f32, scale: f64| (f64::from(v) * scale).round() / scale;
        serde_json::json!({
            "camera": self.camera_id,
            "event": self.kind,
            "track_id": self.track_id,
            "label": self.label,
            "score": r(self.score, 1000.0),
            "box": [r(self.bbox.x, 10.0), r(self.bbox.y, 10.0), r(self.bbox.w, 10.0), r(self.bbox.h, 10.0)],
            "colour": self.colour,
            "stationary": self.stationary,
            "source": self.source,
            "severity": self.severity,
            "start": self.start.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "end": self.end.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        })
    }
}
