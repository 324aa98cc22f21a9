//! Camera detections for tipline: GStreamer ingest, an ONNX detector, a tracker that turns per-frame
//! detections into events, and NVR adapters (Frigate over MQTT).
//!
//! Object classes and simple attributes only (label, score, box, dominant colour, moving or stationary):
//! never faces, identities or anything that re-identifies a person across cameras.
//!
//! Entry points for the gateway: [`fetch`] (models), [`VisionConfig`] (the `[vision]` section),
//! [`start_cameras`] (ingest into a channel of [`VisionEvent`]s), [`frigate::run`] (NVR events into the
//! same channel) and [`detect`] (one source, on the caller's thread, for `tipline detect`).
//!
//! # Layout
//! - [`config`]: the `[vision]` configuration section (camera registry, Frigate) and its validation.
//! - [`models`]: obtaining weights and the ONNX Runtime library from packages; the model manifest.
//! - [`demo_video`]: real street footage from a Debian package, for the demo camera and tests.
//! - [`darknet`] and [`onnx`]: the Darknet-to-ONNX converter and the minimal ONNX writer under it.
//! - [`detector`]: the [`Detector`] trait and the ONNX Runtime YOLO implementation.
//! - [`ingest`]: GStreamer decoding into RGB [`frame`]s, reconnects, bounded queues.
//! - [`tracker`]: pure frame-to-frame tracking into start/update/end.
//! - [`colour`] and [`snapshot`]: an object's dominant colour; JPEG crop and annotated frame.
//! - [`event`]: [`VisionEvent`], its JSON line and its [`Detection`] form.
//! - [`camera`]: ingest -> detect -> track for one camera; [`detect`] for the CLI.
//! - [`frigate`]: Frigate MQTT parsing (pure), mapping/dedupe (pure) and the rumqttc loop.
//! - [`error`] holds [`VisionError`], the one error type.

pub mod camera;
pub mod colour;
pub mod config;
pub mod darknet;
pub mod demo_video;
pub mod detector;
pub mod error;
pub mod event;
pub mod frame;
pub mod frigate;
pub mod ingest;
pub mod models;
pub mod onnx;
pub mod snapshot;
pub mod tracker;
pub mod yuv;

pub use camera::{detect, start_camera, start_cameras, CameraHandle, CameraStatus, DetectSummary};
pub use config::{CameraConfig, FrigateConfig, VisionConfig};
pub use correlate::Detection;
pub use detector::{Detector, DetectorOptions, OrtDetector, RawDetection};
pub use error::VisionError;
pub use event::{EventKind, EventSource, ReviewSeverity, VisionEvent};
pub use frame::Frame;
pub use demo_video::fetch_demo_video;
pub use models::{default_models_dir, fetch, Manifest};
