//! One camera end to end: ingest -> detector -> tracker -> [`VisionEvent`]s, on two threads (GStreamer's
//! and the worker's), plus [`detect`], the same loop run on the caller's thread for the CLI.
//!
//! Each camera owns its detector, so a slow or failing camera never holds up another.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::Utc;

use crate::colour::dominant_colour;
use crate::config::{CameraConfig, VisionConfig};
use crate::detector::{Detector, DetectorOptions, OrtDetector};
use crate::event::{EventKind, EventSource, VisionEvent};
use crate::ingest::{is_live, Ingest, IngestItem, IngestOptions, IngestStats};
use crate::snapshot::Snapshot;
use crate::tracker::{TrackEvent, Tracker, TrackerConfig};
use crate::VisionError;

/// Health of one camera, for status pages and logs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CameraStatus {
    pub connected: bool,
    pub frames_decoded: u64,
    pub frames_analysed: u64,
    pub frames_dropped: u64,
    pub reconnects: u64,
    pub events: u64,
    /// Last error from the source or the detector; empty when none.
    pub last_error: String,
    /// The source ended (file) or failed for good.
    pub finished: bool,
}

/// A running camera; dropping it stops the camera and waits for its worker.
pub struct CameraHandle {
    pub camera_id: String,
    status: Arc<Mutex<CameraStatus>>,
    stats: Arc<IngestStats>,
    stop: Arc<AtomicBool>,
    worker: Option<JoinHandle<()>>,
}

impl CameraHandle {
    pub fn status(&self) -> CameraStatus {
        let mut s = self.status.lock().unwrap_or_else(|p| p.into_inner()).clone();
        s.frames_decoded = self.stats.decoded.load(Ordering::Relaxed);
        s.frames_dropped = self.stats.dropped.load(Ordering::Relaxed);
        s.reconnects = self.stats.reconnects.load(Ordering::Relaxed);
        s
    }

    /// Stops ingest; live tracks are ended (their `end` events are still sent).
    pub fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

impl Drop for CameraHandle {
    fn drop(&mut self) {
        self.stop();
    }
}

pub fn detector_options(camera: &CameraConfig, vision: &VisionConfig) -> DetectorOptions {
    DetectorOptions {
        min_score: camera.min_score,
        nms_iou: vision.nms_iou,
        classes: camera.classes.clone(),
        threads: vision.detector_threads as usize,
    }
}

pub fn ingest_options(camera: &CameraConfig, vision: &VisionConfig) -> IngestOptions {
    IngestOptions {
        sample_every: camera.sample_every,
        queue_frames: vision.queue_frames as usize,
        reconnect_min: Duration::from_millis(vision.reconnect_min_ms),
        reconnect_max: Duration::from_millis(vision.reconnect_max_ms),
        stall_timeout: Duration::from_secs(vision.stall_timeout_s),
    }
}

pub fn tracker_config(camera: &CameraConfig, vision: &VisionConfig) -> TrackerConfig {
    TrackerConfig {
        min_score: camera.min_score,
        threshold: camera.threshold,
        max_disappeared: vision.max_disappeared,
        stationary_frames: vision.stationary_frames,
        ..TrackerConfig::default()
    }
}

/// Starts every enabled camera with a URL. Cameras that cannot start are returned with their error;
/// the others run regardless. Events of all cameras go to `events`.
pub fn start_cameras(
    vision: &VisionConfig,
    manifest: &Path,
    events: tokio::sync::mpsc::Sender<VisionEvent>,
) -> (Vec<CameraHandle>, Vec<(String, VisionError)>) {
    let mut running = Vec::new();
    let mut failed = Vec::new();
    for camera in vision.cameras.iter().filter(|c| c.enabled && !c.url.is_empty()) {
        let started = OrtDetector::load(manifest, detector_options(camera, vision))
            .and_then(|d| start_camera(camera, vision, Box::new(d), events.clone()));
        match started {
            Ok(h) => running.push(h),
            Err(e) => {
                tracing::error!(camera = %camera.id, error = %e, "camera not started");
                failed.push((camera.id.clone(), e));
            }
        }
    }
    (running, failed)
}

/// Starts one camera with a given detector (any [`Detector`], which is how tests inject fakes).
pub fn start_camera(
    camera: &CameraConfig,
    vision: &VisionConfig,
    detector: Box<dyn Detector>,
    events: tokio::sync::mpsc::Sender<VisionEvent>,
) -> Result<CameraHandle, VisionError> {
    let ingest = Ingest::start(&camera.id, &camera.uri(), ingest_options(camera, vision))?;
    let stats = ingest.stats.clone();
    let status = Arc::new(Mutex::new(CameraStatus::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut worker = Worker {
        camera: camera.clone(),
        live: is_live(&camera.uri()),
        detector,
        tracker: Tracker::new(tracker_config(camera, vision)),
        status: status.clone(),
    };
    let stop_flag = stop.clone();
    let thread = std::thread::Builder::new()
        .name(format!("camera-{}", camera.id))
        .spawn(move || {
            worker.run(ingest, &stop_flag, &mut |e| events.blocking_send(e).is_ok());
        })
        .map_err(|e| VisionError::Gstreamer(e.to_string()))?;
    Ok(CameraHandle { camera_id: camera.id.clone(), status, stats, stop, worker: Some(thread) })
}

/// What [`detect`] did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DetectSummary {
    pub frames_decoded: u64,
    pub frames_analysed: u64,
    pub events: u64,
    pub elapsed: Duration,
}

/// Runs one source through the whole chain on the calling thread, calling `on_event` for every event, until
/// a file ends (or, for a live source, until `on_event` returns false). This is `tipline detect`.
pub fn detect(
    source: &str,
    camera: &CameraConfig,
    vision: &VisionConfig,
    manifest: &Path,
    on_event: &mut dyn FnMut(VisionEvent) -> bool,
) -> Result<DetectSummary, VisionError> {
    let started = std::time::Instant::now();
    let detector = OrtDetector::load(manifest, detector_options(camera, vision))?;
    let uri = crate::config::to_uri(source);
    let ingest = Ingest::start(&camera.id, &uri, ingest_options(camera, vision))?;
    let stats = ingest.stats.clone();
    let status = Arc::new(Mutex::new(CameraStatus::default()));
    let mut worker = Worker {
        camera: camera.clone(),
        live: is_live(&uri),
        detector: Box::new(detector),
        tracker: Tracker::new(tracker_config(camera, vision)),
        status: status.clone(),
    };
    let stop = AtomicBool::new(false);
    worker.run(ingest, &stop, on_event);
    let s = status.lock().unwrap_or_else(|p| p.into_inner()).clone();
    if !s.last_error.is_empty() && s.frames_analysed == 0 {
        return Err(VisionError::Source { camera: camera.id.clone(), message: s.last_error });
    }
    Ok(DetectSummary {
        frames_decoded: stats.decoded.load(Ordering::Relaxed),
        frames_analysed: s.frames_analysed,
        events: s.events,
        elapsed: started.elapsed(),
    })
}

struct Worker {
    camera: CameraConfig,
    live: bool,
    detector: Box<dyn Detector>,
    tracker: Tracker,
    status: Arc<Mutex<CameraStatus>>,
}

impl Worker {
    fn set(&self, f: impl FnOnce(&mut CameraStatus)) {
        f(&mut self.status.lock().unwrap_or_else(|p| p.into_inner()));
    }

    /// Consumes the ingest until it ends, `stop` is set, or `sink` refuses an event.
    fn run(&mut self, ingest: Ingest, stop: &AtomicBool, sink: &mut dyn FnMut(VisionEvent) -> bool) {
        // Files replay as if they started now; live frames carry the time they arrived.
        let base = Utc::now();
        loop {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let item = match ingest.items.recv_timeout(Duration::from_millis(100)) {
                Ok(item) => item,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => continue,
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            };
            match item {
                IngestItem::Connected => self.set(|s| s.connected = true),
                IngestItem::Disconnected { reason, .. } => self.set(|s| {
                    s.connected = false;
                    s.last_error = reason;
                }),
                IngestItem::Failed(reason) => {
                    tracing::error!(camera = %self.camera.id, %reason, "source failed");
                    self.set(|s| {
                        s.connected = false;
                        s.last_error = reason;
                    });
                    break;
                }
                IngestItem::Eos => break,
                IngestItem::Frame(frame) => {
                    let now = if self.live {
                        Utc::now()
                    } else {
                        base + chrono::Duration::from_std(frame.pts).unwrap_or_default()
                    };
                    let detections = match self.detector.detect(&frame) {
                        Ok(d) => d,
                        Err(e) => {
                            self.set(|s| s.last_error = e.to_string());
                            continue;
                        }
                    };
                    self.set(|s| s.frames_analysed += 1);
                    for e in self.tracker.update(now, &frame, &detections) {
                        if !self.emit(e, sink) {
                            return;
                        }
                    }
                }
            }
        }
        for e in self.tracker.finish() {
            if !self.emit(e, sink) {
                break;
            }
        }
        self.set(|s| {
            s.finished = true;
            s.connected = false;
        });
        drop(ingest);
    }

    fn emit(&mut self, e: TrackEvent, sink: &mut dyn FnMut(VisionEvent) -> bool) -> bool {
        let event = to_event(&self.camera.id, e);
        self.set(|s| s.events += 1);
        sink(event)
    }
}

/// Adds what the tracker leaves to the caller: colour (from the best view) and snapshots (on start and end,
/// and on updates that bring a better view).
pub fn to_event(camera_id: &str, e: TrackEvent) -> VisionEvent {
    let colour = dominant_colour(&e.best.frame, &e.best.bbox, &e.label).map(String::from);
    let snapshot = if e.kind != EventKind::Update || e.best_changed {
        match Snapshot::encode(&e.best.frame, &e.best.bbox, e.best.score) {
            Ok(s) => Some(s),
            Err(err) => {
                tracing::warn!(camera = %camera_id, error = %err, "snapshot failed");
                None
            }
        }
    } else {
        None
    };
    VisionEvent {
        kind: e.kind,
        source: EventSource::Tracker,
        id: e.id,
        camera_id: camera_id.to_string(),
        track_id: format!("{camera_id}-{}", e.track_id),
        label: e.label,
        score: e.score,
        top_score: e.top_score,
        bbox: e.bbox,
        colour,
        stationary: e.stationary,
        start: e.start,
        end: e.end,
        snapshot,
        severity: None,
    }
}
