//! Camera detection events: an object class seen by a camera over a time span.
//!
//! Deliberately no identity, face or biometric attribute: only a class, a score, a box and a colour.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::geo::GeoPoint;

/// A box in source-image pixels: top-left corner, width and height.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundingBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// How an NVR judged the review item that groups an event (Frigate's `frigate/reviews`): an `alert` is
/// an object the NVR owner marked as alert-worthy (required zones, alert labels), a `detection` is the
/// rest. Ordered: an alert outranks a detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewSeverity {
    Detection,
    Alert,
}

impl ReviewSeverity {
    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Detection => "detection",
            Self::Alert => "alert",
        }
    }

    /// The inverse of [`as_str`](Self::as_str).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "detection" => Some(Self::Detection),
            "alert" => Some(Self::Alert),
            _ => None,
        }
    }
}

/// One tracked object on one camera, from its first to its last sighting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    pub id: Uuid,
    pub camera_id: String,
    /// Where the camera is (not the object): the join works at camera granularity.
    pub camera_location: GeoPoint,
    /// Object class, e.g. `person`, `car`, `truck`.
    pub label: String,
    /// 0..=1.
    pub score: f32,
    pub bbox: BoundingBox,
    pub colour: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The NVR owner's own judgement of the event, when an NVR reported it; `None` for our own tracker.
    #[serde(default)]
    pub severity: Option<ReviewSeverity>,
}
