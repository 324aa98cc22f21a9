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
}
