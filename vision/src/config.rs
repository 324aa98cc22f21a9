//! The `[vision]` configuration section: the camera registry, detector and tracker tuning, and the Frigate
//! MQTT adapter.
//!
//! Like the rest of tipline's configuration there are no optional keys: TOML has no null, so "unset" is
//! an empty string (or `0` for a field of view). Every struct has a complete default, which is how the
//! gateway finds unknown keys.

use serde::{Deserialize, Serialize};

/// A configuration problem and the full key it concerns, e.g. `vision.cameras[1].lat`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

/// The `[vision]` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct VisionConfig {
    /// Where `fetch` puts the detector model and the ONNX Runtime library; relative to the working directory.
    pub models_dir: String,
    /// ONNX Runtime threads per camera detector.
    pub detector_threads: u32,
    /// Non-maximum suppression overlap (IoU) above which boxes of one class are merged.
    pub nms_iou: f32,
    /// Decoded frames waiting for the detector, per camera; when full, new frames are dropped.
    pub queue_frames: u32,
    /// First reconnect delay after a stream fails; doubles up to `reconnect_max_ms`.
    pub reconnect_min_ms: u64,
    /// Longest delay between reconnect attempts.
    pub reconnect_max_ms: u64,
    /// A source that delivers no frame for this long is torn down (and a live stream reconnected).
    pub stall_timeout_s: u64,
    /// A track not seen for this many sampled frames ends.
    pub max_disappeared: u32,
    /// Sampled frames without movement after which an object counts as stationary.
    pub stationary_frames: u32,
    /// Snapshots older than this many hours are deleted by the gateway's sweeper; 0 keeps them by age.
    pub snapshot_retention_hours: u64,
    /// Upper bound on all snapshots together, in MiB: beyond it the oldest events' snapshots go first;
    /// 0 means no size cap.
    pub snapshot_max_mb: u64,
    pub cameras: Vec<CameraConfig>,
    pub frigate: FrigateConfig,
}

impl Default for VisionConfig {
    fn default() -> Self {
        Self {
            models_dir: "models".into(),
            detector_threads: 1,
            nms_iou: 0.4,
            queue_frames: 4,
            reconnect_min_ms: 1000,
            reconnect_max_ms: 30_000,
            stall_timeout_s: 10,
            max_disappeared: 5,
            stationary_frames: 10,
            snapshot_retention_hours: 720,
            snapshot_max_mb: 2048,
            cameras: Vec::new(),
            frigate: FrigateConfig::default(),
        }
    }
}

/// One camera in the registry. Unknown keys are errors: a typo must not silently drop a setting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CameraConfig {
    /// Stable id used in detections and by the correlation join: lowercase letters, digits, `-`, `_`.
    pub id: String,
    /// Human-readable name for dispatchers.
    pub name: String,
    /// Where the camera stands: latitude and longitude in WGS84 degrees.
    pub lat: f64,
    pub lon: f64,
    /// Direction the camera looks, degrees clockwise from north; meaningful only when `fov` > 0.
    pub heading: f64,
    /// Horizontal field of view in degrees; 0 means unknown.
    pub fov: f64,
    /// `rtsp://`, `rtsps://`, `http(s)://`, `file://` URI or a file path; empty for a camera known only
    /// through an NVR (`frigate_camera`).
    pub url: String,
    /// Object classes to keep (model class names).
    pub classes: Vec<String>,
    /// Run the detector on every Nth decoded frame.
    pub sample_every: u32,
    /// Detections scoring below this are ignored (Frigate's `min_score`).
    pub min_score: f32,
    /// A track becomes an event once the median of its recent scores reaches this (Frigate's `threshold`).
    pub threshold: f32,
    /// Frigate's name for this camera, if its events arrive through Frigate; empty otherwise.
    pub frigate_camera: String,
    /// A disabled camera stays in the registry (for past detections) but is not ingested.
    pub enabled: bool,
}

impl Default for CameraConfig {
    fn default() -> Self {
        Self {
            id: String::new(),
            name: String::new(),
            lat: 0.0,
            lon: 0.0,
            heading: 0.0,
            fov: 0.0,
            url: String::new(),
            classes: ["person", "bicycle", "car", "motorbike", "bus", "truck"].map(String::from).to_vec(),
            sample_every: 5,
            min_score: 0.5,
            threshold: 0.6,
            frigate_camera: String::new(),
            enabled: true,
        }
    }
}

impl CameraConfig {
    /// The URL as a URI GStreamer understands: plain paths become absolute `file://` URIs.
    pub fn uri(&self) -> String {
        to_uri(&self.url)
    }

    pub fn location(&self) -> Result<correlate::GeoPoint, correlate::GeoError> {
        correlate::GeoPoint::new(self.lat, self.lon)
    }
}

/// `rtsp://…` and other URIs pass through; a path becomes an absolute, percent-encoded `file://` URI.
pub fn to_uri(url: &str) -> String {
    if url.contains("://") {
        return url.to_string();
    }
    let path = std::path::Path::new(url);
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    let mut uri = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// `[vision.frigate]`: events from a Frigate NVR over MQTT.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FrigateConfig {
    /// Subscribe to a Frigate instance's MQTT events.
    pub enabled: bool,
    /// MQTT broker host.
    pub host: String,
    /// MQTT broker port.
    pub port: u16,
    /// Frigate's `mqtt.topic_prefix`; events arrive on `<prefix>/events` and `<prefix>/reviews`.
    pub topic_prefix: String,
    /// MQTT client id; must be unique on the broker.
    pub client_id: String,
    /// Broker user name; empty for anonymous.
    pub username: String,
    /// Broker password; never logged.
    pub password: String,
}

impl Default for FrigateConfig {
    fn default() -> Self {
        Self {
            enabled: false,
            host: "127.0.0.1".into(),
            port: 1883,
            topic_prefix: "frigate".into(),
            client_id: "tipline".into(),
            username: String::new(),
            password: String::new(),
        }
    }
}

impl VisionConfig {
    /// [`validate`](Self::validate) as a `Result`, for callers that stop on the first bad configuration.
    pub fn check(&self) -> Result<(), crate::VisionError> {
        let problems = self.validate();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(crate::VisionError::Config(problems))
        }
    }

    /// Every problem found, each with its full key (`vision.…`); empty when the section is usable.
    pub fn validate(&self) -> Vec<Problem> {
        let mut p = Vec::new();
        let mut bad = |key: String, message: &str| p.push(Problem { key, message: message.into() });
        if self.models_dir.is_empty() {
            bad("vision.models_dir".into(), "must not be empty");
        }
        if self.detector_threads == 0 {
            bad("vision.detector_threads".into(), "must be at least 1");
        }
        if !(self.nms_iou > 0.0 && self.nms_iou < 1.0) {
            bad("vision.nms_iou".into(), "must be between 0 and 1");
        }
        if self.queue_frames == 0 {
            bad("vision.queue_frames".into(), "must be at least 1");
        }
        if self.reconnect_min_ms == 0 || self.reconnect_min_ms > self.reconnect_max_ms {
            bad("vision.reconnect_min_ms".into(), "must be positive and at most reconnect_max_ms");
        }
        if self.stall_timeout_s == 0 {
            bad("vision.stall_timeout_s".into(), "must be at least 1");
        }
        if self.max_disappeared == 0 {
            bad("vision.max_disappeared".into(), "must be at least 1");
        }
        if self.stationary_frames == 0 {
            bad("vision.stationary_frames".into(), "must be at least 1");
        }
        let mut ids = std::collections::HashSet::new();
        let mut frigate_names = std::collections::HashSet::new();
        for (i, c) in self.cameras.iter().enumerate() {
            let k = |field: &str| format!("vision.cameras[{i}].{field}");
            if c.id.is_empty()
                || !c.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            {
                bad(k("id"), "must be non-empty lowercase letters, digits, `-` or `_`");
            } else if !ids.insert(c.id.as_str()) {
                bad(k("id"), "duplicate camera id");
            }
            if !(-90.0..=90.0).contains(&c.lat) {
                bad(k("lat"), "must be between -90 and 90");
            }
            if !(-180.0..=180.0).contains(&c.lon) {
                bad(k("lon"), "must be between -180 and 180");
            }
            if !(0.0..360.0).contains(&c.heading) {
                bad(k("heading"), "must be in [0, 360)");
            }
            if !(0.0..=360.0).contains(&c.fov) {
                bad(k("fov"), "must be between 0 (unknown) and 360");
            }
            if c.url.is_empty() && c.frigate_camera.is_empty() {
                bad(k("url"), "needs a stream URL or a frigate_camera");
            }
            if let Some((scheme, _)) = c.url.split_once("://") {
                if !["rtsp", "rtsps", "http", "https", "file"].contains(&scheme) {
                    bad(k("url"), "scheme must be rtsp, rtsps, http, https or file");
                }
            }
            if c.classes.is_empty() || c.classes.iter().any(|s| s.trim().is_empty()) {
                bad(k("classes"), "must list at least one class name");
            }
            if c.sample_every == 0 {
                bad(k("sample_every"), "must be at least 1");
            }
            if !(c.min_score > 0.0 && c.min_score <= 1.0) {
                bad(k("min_score"), "must be in (0, 1]");
            }
            if !(c.threshold >= c.min_score && c.threshold <= 1.0) {
                bad(k("threshold"), "must be between min_score and 1");
            }
            if !c.frigate_camera.is_empty() && !frigate_names.insert(c.frigate_camera.as_str()) {
                bad(k("frigate_camera"), "mapped from two registry cameras");
            }
        }
        let f = &self.frigate;
        if f.enabled {
            if f.host.is_empty() {
                bad("vision.frigate.host".into(), "must not be empty when frigate is enabled");
            }
            if f.port == 0 {
                bad("vision.frigate.port".into(), "must not be 0");
            }
            if f.topic_prefix.is_empty() || f.topic_prefix.contains(['#', '+']) {
                bad("vision.frigate.topic_prefix".into(), "must be a plain topic without wildcards");
            }
            if f.client_id.is_empty() {
                bad("vision.frigate.client_id".into(), "must not be empty");
            }
            if f.password.is_empty() != f.username.is_empty() {
                bad("vision.frigate.username".into(), "username and password go together");
            }
            if frigate_names.is_empty() {
                bad("vision.cameras".into(), "frigate is enabled but no camera has a frigate_camera");
            }
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn camera(id: &str) -> CameraConfig {
        CameraConfig { id: id.into(), url: "rtsp://127.0.0.1/cam".into(), lat: 52.5, lon: 13.4, ..Default::default() }
    }

    #[test]
    fn defaults_are_valid_and_complete() {
        assert!(VisionConfig::default().validate().is_empty());
        let c = VisionConfig { cameras: vec![camera("a")], ..Default::default() };
        assert!(c.validate().is_empty(), "{:?}", c.validate());
        // Missing keys fall back to defaults, field by field, inside list items too.
        let parsed: VisionConfig = serde_json::from_str(r#"{"cameras":[{"id":"x","url":"a.avi"}]}"#).unwrap();
        assert_eq!(parsed.cameras[0].sample_every, 5);
        assert_eq!(parsed.queue_frames, 4);
    }

    #[test]
    fn every_problem_is_reported_with_its_key() {
        let mut bad = camera("Bad Id");
        bad.lat = 91.0;
        bad.heading = 360.0;
        bad.url = "ftp://x".into();
        bad.sample_every = 0;
        bad.min_score = 0.8;
        bad.threshold = 0.5;
        let c = VisionConfig {
            cameras: vec![camera("a"), camera("a"), bad],
            frigate: FrigateConfig { enabled: true, port: 0, ..Default::default() },
            ..Default::default()
        };
        let keys: Vec<String> = c.validate().into_iter().map(|p| p.key).collect();
        assert!(c.check().unwrap_err().to_string().contains("vision.cameras[2].lat"));
        for k in [
            "vision.cameras[1].id",
            "vision.cameras[2].id",
            "vision.cameras[2].lat",
            "vision.cameras[2].heading",
            "vision.cameras[2].url",
            "vision.cameras[2].sample_every",
            "vision.cameras[2].threshold",
            "vision.frigate.port",
            "vision.cameras",
        ] {
            assert!(keys.iter().any(|x| x == k), "{k} missing from {keys:?}");
        }
    }

    #[test]
    fn paths_become_file_uris() {
        assert_eq!(to_uri("rtsp://h/x"), "rtsp://h/x");
        assert_eq!(to_uri("/tmp/a b.avi"), "file:///tmp/a%20b.avi");
        assert!(to_uri("rel.avi").starts_with("file:///"));
    }
}
