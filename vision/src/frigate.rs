//! Frigate NVR adapter: Frigate's MQTT `<prefix>/events` (and `<prefix>/reviews`) into [`VisionEvent`]s.
//!
//! Split in three: [`parse`] is a pure function from topic and payload to a validated message (fuzzable,
//! no state); [`FrigateMapper`] is the pure state machine that maps Frigate camera names to registry ids
//! and dedupes by event id; [`run`] is the thin rumqttc loop around them.
//!
//! Privacy: Frigate's `sub_label` can carry a face-recognition or licence-plate result, so it is never
//! read; only the object class, score, box and stationary flag cross into tipline.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::AtomicU64;

use chrono::{DateTime, Utc};
use correlate::BoundingBox;
use serde_json::Value;
use uuid::Uuid;

use crate::config::VisionConfig;
use crate::event::{EventKind, EventSource, ReviewSeverity, VisionEvent};
use crate::VisionError;

/// One object event from Frigate, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct FrigateEvent {
    pub kind: EventKind,
    pub id: String,
    pub camera: String,
    pub label: String,
    pub score: f32,
    pub top_score: f32,
    pub bbox: BoundingBox,
    pub stationary: bool,
    pub start: DateTime<Utc>,
    /// Set on `end` events.
    pub end: Option<DateTime<Utc>>,
    pub zones: Vec<String>,
}

/// A Frigate review item (a group of events judged an alert or a detection).
#[derive(Debug, Clone, PartialEq)]
pub struct FrigateReview {
    pub kind: EventKind,
    pub id: String,
    pub camera: String,
    pub severity: ReviewSeverity,
    /// Event ids grouped in this review.
    pub detections: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FrigateMessage {
    Event(FrigateEvent),
    Review(FrigateReview),
}

/// Parses a message from `<prefix>/events` or `<prefix>/reviews`. Strict: anything missing, of the wrong
/// type or out of range is an error that names the field.
pub fn parse(prefix: &str, topic: &str, payload: &[u8]) -> Result<FrigateMessage, VisionError> {
    let err = |message: String| VisionError::Payload { topic: topic.to_string(), message };
    let sub =
        topic.strip_prefix(prefix).and_then(|t| t.strip_prefix('/')).ok_or_else(|| err("unexpected topic".into()))?;
    let root: Value = serde_json::from_slice(payload).map_err(|e| err(format!("not JSON: {e}")))?;
    let kind = match root.get("type").and_then(Value::as_str) {
        Some("new") => EventKind::Start,
        Some("update") => EventKind::Update,
        Some("end") => EventKind::End,
        Some(other) => return Err(err(format!("type `{other}` is not new, update or end"))),
        None => return Err(err("missing string `type`".into())),
    };
    let after = root.get("after").filter(|v| v.is_object()).ok_or_else(|| err("missing object `after`".into()))?;
    let text = |key: &str| -> Result<String, VisionError> {
        match after.get(key).and_then(Value::as_str) {
            Some(s) if !s.is_empty() && s.len() <= 256 => Ok(s.to_string()),
            _ => Err(err(format!("after.{key} must be a non-empty string"))),
        }
    };
    let time = |key: &str, v: &Value| -> Result<DateTime<Utc>, VisionError> {
        v.as_f64()
            .filter(|t| t.is_finite() && *t > 0.0 && *t < 1e11)
            .and_then(|t| DateTime::from_timestamp_micros((t * 1e6) as i64))
            .ok_or_else(|| err(format!("after.{key} must be a Unix time")))
    };
    match sub {
        "events" => {
            let score_of = |key: &str| -> Result<f32, VisionError> {
                after
                    .get(key)
                    .and_then(Value::as_f64)
                    .filter(|s| (0.0..=1.0).contains(s))
                    .map(|s| s as f32)
                    .ok_or_else(|| err(format!("after.{key} must be a number in 0..1")))
            };
            let score = score_of("score")?;
            let top_score =
                if after.get("top_score").is_some_and(|v| !v.is_null()) { score_of("top_score")? } else { score };
            let b: Vec<f64> = after
                .get("box")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_f64).filter(|v| v.is_finite() && *v >= 0.0).collect())
                .unwrap_or_default();
            let [x1, y1, x2, y2] = b[..] else {
                return Err(err("after.box must be [x1, y1, x2, y2] of non-negative numbers".into()));
            };
            if x2 < x1 || y2 < y1 {
                return Err(err("after.box corners are reversed".into()));
            }
            let start = time("start_time", after.get("start_time").unwrap_or(&Value::Null))?;
            let end = match after.get("end_time") {
                None | Some(Value::Null) => None,
                Some(v) => Some(time("end_time", v)?),
            };
            if kind == EventKind::End && end.is_none() {
                return Err(err("an end event needs after.end_time".into()));
            }
            let zones = after
                .get("current_zones")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect())
                .unwrap_or_default();
            Ok(FrigateMessage::Event(FrigateEvent {
                kind,
                id: text("id")?,
                camera: text("camera")?,
                label: text("label")?,
                score,
                top_score,
                bbox: BoundingBox { x: x1 as f32, y: y1 as f32, w: (x2 - x1) as f32, h: (y2 - y1) as f32 },
                stationary: after.get("stationary").and_then(Value::as_bool).unwrap_or(false),
                start,
                end,
                zones,
            }))
        }
        "reviews" => {
            let detections = after
                .get("data")
                .and_then(|d| d.get("detections"))
                .and_then(Value::as_array)
                .ok_or_else(|| err("after.data.detections must be a list".into()))?
                .iter()
                .map(|v| v.as_str().map(String::from).ok_or_else(|| err("detection ids must be strings".into())))
                .collect::<Result<Vec<_>, _>>()?;
            let severity = match text("severity")?.as_str() {
                "alert" => ReviewSeverity::Alert,
                "detection" => ReviewSeverity::Detection,
                other => return Err(err(format!("severity `{other}` is not alert or detection"))),
            };
            Ok(FrigateMessage::Review(FrigateReview {
                kind,
                id: text("id")?,
                camera: text("camera")?,
                severity,
                detections,
            }))
        }
        _ => Err(err("unexpected topic".into())),
    }
}

/// Remembered ended events, so late duplicates are recognised; older ones are forgotten.
const REMEMBER_ENDED: usize = 10_000;

struct Seen {
    uuid: Uuid,
    ended: bool,
    /// The last event emitted, so a review arriving later can re-send it with its severity.
    last: Option<VisionEvent>,
    severity: Option<ReviewSeverity>,
}

/// Maps Frigate events to registry cameras, dedupes them, and attaches review severities. Pure: no I/O,
/// no clock.
///
/// Reviews matter for correlation because they carry the NVR owner's own judgement: an `alert` is an
/// object in a zone or of a class they asked to be alerted about, which makes it the better candidate
/// when a tip is matched against camera events. The severity is attached to the grouped events (never
/// lowered: alert outranks detection), and a review naming an event not seen yet is remembered until the
/// event arrives (MQTT gives no order between the two topics).
pub struct FrigateMapper {
    cameras: HashMap<String, String>,
    seen: HashMap<String, Seen>,
    ended: VecDeque<String>,
    /// Severities from reviews that named events we have not seen yet, oldest first; bounded.
    pending: HashMap<String, ReviewSeverity>,
    pending_order: VecDeque<String>,
}

impl FrigateMapper {
    /// From the registry: every camera with a `frigate_camera`.
    pub fn new(config: &VisionConfig) -> FrigateMapper {
        let cameras = config
            .cameras
            .iter()
            .filter(|c| !c.frigate_camera.is_empty())
            .map(|c| (c.frigate_camera.clone(), c.id.clone()))
            .collect();
        FrigateMapper {
            cameras,
            seen: HashMap::new(),
            ended: VecDeque::new(),
            pending: HashMap::new(),
            pending_order: VecDeque::new(),
        }
    }

    /// The event to emit for `e`, or `None` for unmapped cameras, duplicates and anything after an end.
    /// An `update` or `end` for an event never seen (we subscribed late) still counts: an update becomes
    /// our `start`, an end is passed on with its full span.
    pub fn map(&mut self, e: &FrigateEvent) -> Option<VisionEvent> {
        let camera_id = self.cameras.get(&e.camera)?.clone();
        let known = self.seen.contains_key(&e.id);
        let kind = match (known, e.kind) {
            (false, EventKind::Update) => EventKind::Start,
            (_, k) => k,
        };
        if known {
            let s = &self.seen[&e.id];
            if s.ended || kind == EventKind::Start {
                return None;
            }
        }
        let pending = if known { None } else { self.pending.remove(&e.id) };
        let seen = self.seen.entry(e.id.clone()).or_insert_with(|| Seen {
            uuid: Uuid::new_v4(),
            ended: false,
            last: None,
            severity: pending,
        });
        let event = VisionEvent {
            kind,
            source: EventSource::Frigate,
            id: seen.uuid,
            camera_id,
            track_id: e.id.clone(),
            label: e.label.clone(),
            score: e.score,
            top_score: e.top_score,
            bbox: e.bbox,
            colour: None,
            stationary: e.stationary,
            start: e.start,
            end: e.end.unwrap_or(e.start),
            snapshot: None,
            severity: seen.severity,
        };
        // QoS 1 redelivers; an update identical to the last one adds nothing.
        if seen.last.as_ref().is_some_and(|l| l.kind == event.kind && same_state(l, &event)) {
            return None;
        }
        seen.last = Some(event.clone());
        if kind == EventKind::End {
            seen.ended = true;
            self.ended.push_back(e.id.clone());
            while self.ended.len() > REMEMBER_ENDED {
                if let Some(old) = self.ended.pop_front() {
                    self.seen.remove(&old);
                }
            }
        }
        Some(event)
    }
}

impl FrigateMapper {
    /// Applies a review item: every grouped event whose severity rises is re-sent (as an update, or as
    /// its end again when it has ended) so that storage holds the severity. Reviews from unmapped cameras
    /// and reviews that change nothing yield nothing.
    pub fn review(&mut self, r: &FrigateReview) -> Vec<VisionEvent> {
        if !self.cameras.contains_key(&r.camera) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for id in &r.detections {
            let Some(seen) = self.seen.get_mut(id) else {
                let slot = self.pending.entry(id.clone()).or_insert_with(|| {
                    self.pending_order.push_back(id.clone());
                    r.severity
                });
                *slot = (*slot).max(r.severity);
                while self.pending_order.len() > REMEMBER_ENDED {
                    if let Some(old) = self.pending_order.pop_front() {
                        self.pending.remove(&old);
                    }
                }
                continue;
            };
            if seen.severity.is_some_and(|s| s >= r.severity) {
                continue;
            }
            seen.severity = Some(r.severity);
            if let Some(last) = seen.last.as_mut() {
                last.severity = seen.severity;
                if last.kind == EventKind::Start {
                    last.kind = EventKind::Update;
                }
                out.push(last.clone());
            }
        }
        out
    }
}

fn same_state(a: &VisionEvent, b: &VisionEvent) -> bool {
    a.score == b.score
        && a.top_score == b.top_score
        && a.bbox == b.bbox
        && a.stationary == b.stationary
        && a.end == b.end
        && a.severity == b.severity
}

/// Counters for the adapter, readable while it runs.
#[derive(Debug, Default)]
pub struct FrigateStats {
    pub received: AtomicU64,
    pub malformed: AtomicU64,
    pub ignored: AtomicU64,
    pub emitted: AtomicU64,
    pub reviews: AtomicU64,
    pub connections: AtomicU64,
}

/// Subscribes to Frigate and sends mapped events until `shutdown` resolves or `events` is closed.
/// Connection failures are retried with backoff for ever; malformed payloads are counted and skipped.
#[cfg(feature = "cameras")]
pub async fn run(
    config: &VisionConfig,
    events: tokio::sync::mpsc::Sender<VisionEvent>,
    stats: std::sync::Arc<FrigateStats>,
    shutdown: impl std::future::Future<Output = ()>,
) -> Result<(), VisionError> {
    use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
    use std::sync::atomic::Ordering;
    use std::time::Duration;
    let f = &config.frigate;
    let mut options = MqttOptions::new(f.client_id.clone(), f.host.clone(), f.port);
    options.set_keep_alive(Duration::from_secs(30));
    if !f.username.is_empty() {
        options.set_credentials(f.username.clone(), f.password.clone());
    }
    let (client, mut eventloop) = AsyncClient::new(options, 64);
    let mut mapper = FrigateMapper::new(config);
    let prefix = f.topic_prefix.clone();
    let mut backoff = Duration::from_millis(config.reconnect_min_ms);
    tokio::pin!(shutdown);
    loop {
        let polled = tokio::select! {
            _ = &mut shutdown => break,
            p = eventloop.poll() => p,
        };
        match polled {
            Ok(Event::Incoming(Packet::ConnAck(_))) => {
                backoff = Duration::from_millis(config.reconnect_min_ms);
                stats.connections.fetch_add(1, Ordering::Relaxed);
                // Subscriptions do not survive a clean-session reconnect: renew them on every ConnAck.
                for t in ["events", "reviews"] {
                    client
                        .subscribe(format!("{prefix}/{t}"), QoS::AtLeastOnce)
                        .await
                        .map_err(|e| VisionError::Mqtt(e.to_string()))?;
                }
            }
            Ok(Event::Incoming(Packet::Publish(p))) => {
                stats.received.fetch_add(1, Ordering::Relaxed);
                match parse(&prefix, &p.topic, &p.payload) {
                    Ok(FrigateMessage::Event(e)) => match mapper.map(&e) {
                        Some(v) => {
                            stats.emitted.fetch_add(1, Ordering::Relaxed);
                            if events.send(v).await.is_err() {
                                break;
                            }
                        }
                        None => {
                            stats.ignored.fetch_add(1, Ordering::Relaxed);
                        }
                    },
                    Ok(FrigateMessage::Review(r)) => {
                        stats.reviews.fetch_add(1, Ordering::Relaxed);
                        for v in mapper.review(&r) {
                            stats.emitted.fetch_add(1, Ordering::Relaxed);
                            if events.send(v).await.is_err() {
                                break;
                            }
                        }
                    }
                    Err(e) => {
                        stats.malformed.fetch_add(1, Ordering::Relaxed);
                        tracing::warn!(error = %e, "Frigate message skipped");
                    }
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, host = %f.host, port = f.port, "MQTT connection failed; retrying");
                tokio::select! {
                    _ = &mut shutdown => break,
                    _ = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(Duration::from_millis(config.reconnect_max_ms));
            }
        }
    }
    let _ = client.try_disconnect();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::CameraConfig;

    fn payload(kind: &str, id: &str, camera: &str, score: f64, end: Option<f64>) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({
            "type": kind,
            "before": {},
            "after": {
                "id": id, "camera": camera, "label": "car", "sub_label": "SOMEONE", "score": score,
                "top_score": 0.9, "box": [10, 20, 110, 70], "current_zones": ["street"],
                "stationary": false, "start_time": 1_700_000_000.5, "end_time": end,
            }
        }))
        .unwrap()
    }

    fn event(kind: &str, id: &str, score: f64, end: Option<f64>) -> FrigateEvent {
        match parse("frigate", "frigate/events", &payload(kind, id, "front", score, end)).unwrap() {
            FrigateMessage::Event(e) => e,
            other => panic!("{other:?}"),
        }
    }

    fn mapper() -> FrigateMapper {
        let cam = CameraConfig { id: "cam-1".into(), frigate_camera: "front".into(), ..Default::default() };
        FrigateMapper::new(&VisionConfig { cameras: vec![cam], ..Default::default() })
    }

    #[test]
    fn parses_a_frigate_event_into_a_box_and_times() {
        let e = event("end", "abc", 0.8, Some(1_700_000_010.0));
        assert_eq!(e.kind, EventKind::End);
        assert_eq!((e.bbox.x, e.bbox.y, e.bbox.w, e.bbox.h), (10.0, 20.0, 100.0, 50.0));
        assert_eq!(e.start.timestamp_millis(), 1_700_000_000_500);
        assert_eq!(e.end.unwrap().timestamp(), 1_700_000_010);
        assert_eq!(e.zones, ["street"]);
    }

    #[test]
    fn malformed_payloads_are_errors_that_name_the_problem() {
        let good: Value = serde_json::from_slice(&payload("new", "a", "front", 0.8, None)).unwrap();
        let with = |f: &dyn Fn(&mut Value)| {
            let mut v = good.clone();
            f(&mut v);
            serde_json::to_vec(&v).unwrap()
        };
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"not json".to_vec(), "not JSON"),
            (b"[]".to_vec(), "type"),
            (with(&|v| v["type"] = "exploded".into()), "exploded"),
            (with(&|v| v["after"] = Value::Null), "after"),
            (with(&|v| v["after"]["id"] = "".into()), "after.id"),
            (with(&|v| v["after"]["camera"] = 5.into()), "after.camera"),
            (with(&|v| v["after"]["score"] = 1.5.into()), "after.score"),
            (with(&|v| v["after"]["box"] = serde_json::json!([1, 2, 3])), "after.box"),
            (with(&|v| v["after"]["box"] = serde_json::json!([50, 2, 3, 4])), "reversed"),
            (with(&|v| v["after"]["start_time"] = "yesterday".into()), "start_time"),
            (with(&|v| v["type"] = "end".into()), "end_time"),
        ];
        for (bytes, needle) in cases {
            let e = parse("frigate", "frigate/events", &bytes).unwrap_err().to_string();
            assert!(e.contains(needle), "{needle}: {e}");
        }
        assert!(parse("frigate", "other/events", &payload("new", "a", "front", 0.8, None)).is_err());
        // Arbitrary bytes never panic.
        for n in 0..64u8 {
            let junk: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            let _ = parse("frigate", "frigate/events", &junk);
        }
    }

    #[test]
    fn reviews_parse_and_are_checked() {
        let r = serde_json::json!({"type": "new", "before": {}, "after": {"id": "r1", "camera": "front",
            "severity": "alert", "data": {"detections": ["abc"], "objects": ["car"], "zones": []}}});
        let m = parse("frigate", "frigate/reviews", &serde_json::to_vec(&r).unwrap()).unwrap();
        assert!(
            matches!(m, FrigateMessage::Review(ref r) if r.detections == ["abc"] && r.severity == ReviewSeverity::Alert)
        );
        let mut bad = r.clone();
        bad["after"]["severity"] = "panic".into();
        assert!(parse("frigate", "frigate/reviews", &serde_json::to_vec(&bad).unwrap()).is_err());
    }

    #[test]
    fn maps_cameras_and_dedupes_by_event_id() {
        let mut m = mapper();
        let start = m.map(&event("new", "a", 0.7, None)).unwrap();
        assert_eq!((start.kind, start.camera_id.as_str(), start.track_id.as_str()), (EventKind::Start, "cam-1", "a"));
        assert!(m.map(&event("new", "a", 0.7, None)).is_none(), "duplicate new");
        let up = m.map(&event("update", "a", 0.8, None)).unwrap();
        assert_eq!((up.kind, up.id), (EventKind::Update, start.id));
        assert!(m.map(&event("update", "a", 0.8, None)).is_none(), "redelivered update");
        let end = m.map(&event("end", "a", 0.8, Some(1_700_000_020.0))).unwrap();
        assert_eq!((end.kind, end.id, end.end.timestamp()), (EventKind::End, start.id, 1_700_000_020));
        assert!(m.map(&event("end", "a", 0.8, Some(1_700_000_020.0))).is_none(), "duplicate end");
        assert!(m.map(&event("update", "a", 0.9, None)).is_none(), "update after end");
        // Joined late: the first update we see is our start.
        assert_eq!(m.map(&event("update", "b", 0.8, None)).unwrap().kind, EventKind::Start);
        // Unmapped Frigate camera.
        let other = match parse("frigate", "frigate/events", &payload("new", "c", "garage", 0.8, None)).unwrap() {
            FrigateMessage::Event(e) => e,
            _ => unreachable!(),
        };
        assert!(m.map(&other).is_none());
    }

    fn review(id: &str, camera: &str, severity: &str, detections: &[&str]) -> FrigateReview {
        let r = serde_json::json!({"type": "update", "before": {}, "after": {"id": id, "camera": camera,
            "severity": severity, "data": {"detections": detections, "objects": ["car"], "zones": []}}});
        match parse("frigate", "frigate/reviews", &serde_json::to_vec(&r).unwrap()).unwrap() {
            FrigateMessage::Review(r) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn review_severity_reaches_grouped_events_and_never_drops() {
        let mut m = mapper();
        let start = m.map(&event("new", "a", 0.7, None)).unwrap();
        assert_eq!(start.severity, None);
        let sent = m.review(&review("r1", "front", "detection", &["a", "later"]));
        assert_eq!(sent.len(), 1, "only the event already seen is re-sent");
        let want = (EventKind::Update, start.id, Some(ReviewSeverity::Detection));
        assert_eq!((sent[0].kind, sent[0].id, sent[0].severity), want);
        assert!(m.review(&review("r1", "front", "detection", &["a"])).is_empty(), "unchanged severity");
        let up = m.map(&event("update", "a", 0.8, None)).unwrap();
        assert_eq!(up.severity, Some(ReviewSeverity::Detection), "later events keep it");
        let end = m.map(&event("end", "a", 0.8, Some(1_700_000_020.0))).unwrap();
        // An alert after the end re-sends the end with the higher severity; a detection cannot lower it.
        let sent = m.review(&review("r1", "front", "alert", &["a"]));
        assert_eq!(sent.len(), 1);
        let want = (EventKind::End, end.end, Some(ReviewSeverity::Alert));
        assert_eq!((sent[0].kind, sent[0].end, sent[0].severity), want);
        assert!(m.review(&review("r1", "front", "detection", &["a"])).is_empty());
        // The review came first for "later": the event starts with its severity.
        assert_eq!(m.map(&event("new", "later", 0.7, None)).unwrap().severity, Some(ReviewSeverity::Detection));
        // Reviews from unmapped cameras are ignored, even for known ids.
        assert!(m.review(&review("r2", "garage", "alert", &["later"])).is_empty());
    }
}
