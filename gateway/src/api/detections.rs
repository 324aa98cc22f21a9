//! `POST /api/v1/detections`: detection events pushed by other systems (role `ingest`), validated strictly.
//! There is deliberately no endpoint to browse detections: camera data is reached only through a tip.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use chrono::{DateTime, Utc};
use correlate::{BoundingBox, Detection, GeoPoint, ReviewSeverity};
use serde::Deserialize;
use serde_json::json;

use super::{ApiError, ApiJson, AppState, Authenticated};
use crate::auth::Role;
use crate::detections::{self, Reported};

/// Most events accepted in one request.
pub const MAX_BATCH: usize = 500;
/// Request body bound for a full batch (events are a few hundred bytes each).
pub const MAX_BATCH_BYTES: usize = 512 * 1024;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Batch {
    pub events: Vec<Event>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The sender's id for this event; resending it updates the stored event.
    pub id: String,
    pub camera_id: String,
    pub camera_location: GeoPoint,
    pub label: String,
    pub score: f32,
    /// `[x, y, w, h]` in source pixels.
    #[serde(rename = "box")]
    pub bbox: [f32; 4],
    #[serde(default)]
    pub colour: Option<String>,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The sender's own judgement, if it has one (an NVR's review severity): `alert` or `detection`.
    #[serde(default)]
    pub severity: Option<ReviewSeverity>,
}

fn is_token(s: &str, max: usize) -> bool {
    !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(&b))
}

impl Event {
    /// Checks one event; the error names the event index and field.
    fn validate(&self, i: usize, now: DateTime<Utc>) -> Result<(), ApiError> {
        let bad = |field: &str, why: &str| Err(ApiError::invalid(format!("events[{i}].{field}: {why}")));
        if !is_token(&self.id, 128) {
            return bad("id", "1-128 characters of letters, digits, - _ . :");
        }
        if !is_token(&self.camera_id, 64) {
            return bad("camera_id", "1-64 characters of letters, digits, - _ . :");
        }
        if self.label.is_empty() || self.label.len() > 32 || !self.label.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return bad("label", "an object class in lower case, e.g. person, car, truck");
        }
        if !(0.0..=1.0).contains(&self.score) {
            return bad("score", "must be within 0..=1");
        }
        let [x, y, w, h] = self.bbox;
        if ![x, y, w, h].iter().all(|v| v.is_finite() && *v >= 0.0) || w == 0.0 || h == 0.0 {
            return bad("box", "[x, y, w, h] must be finite, non-negative, with positive width and height");
        }
        if let Some(c) = &self.colour {
            if c.is_empty() || c.len() > 32 || !c.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
                return bad("colour", "a colour name in lower case");
            }
        }
        if self.end < self.start {
            return bad("end", "is before start");
        }
        if self.start > now + chrono::Duration::minutes(5) {
            return bad("start", "is in the future");
        }
        Ok(())
    }
}

pub async fn ingest(
    State(state): State<AppState>,
    auth: Authenticated,
    body: Result<ApiJson<Batch>, ApiError>,
) -> Result<impl IntoResponse, ApiError> {
    // The role is checked before the body is looked at: a wrong token learns nothing about the format.
    let who = auth.require(&[Role::Ingest, Role::Admin])?;
    let ApiJson(batch) = body?;
    if batch.events.is_empty() || batch.events.len() > MAX_BATCH {
        return Err(ApiError::invalid(format!("events: 1..={MAX_BATCH} events per request")));
    }
    let now = Utc::now();
    for (i, e) in batch.events.iter().enumerate() {
        e.validate(i, now)?;
    }
    let source = format!("http:{}", who.name);
    let reported: Vec<Reported> = batch
        .events
        .into_iter()
        .map(|e| Reported {
            source: source.clone(),
            external_id: e.id,
            detection: Detection {
                id: uuid::Uuid::new_v4(),
                camera_id: e.camera_id,
                camera_location: e.camera_location,
                label: e.label,
                score: e.score,
                bbox: BoundingBox { x: e.bbox[0], y: e.bbox[1], w: e.bbox[2], h: e.bbox[3] },
                colour: e.colour,
                start: e.start,
                end: e.end,
                severity: e.severity,
            },
        })
        .collect();
    let stored = detections::upsert(&state.db, &reported, now).await?;
    metrics::counter!("tipline_detections_ingested_total", "source" => "http").increment(reported.len() as u64);
    Ok((StatusCode::ACCEPTED, Json(json!({ "accepted": reported.len(), "stored": stored }))))
}
