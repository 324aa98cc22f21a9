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
//!
//! The `cameras` feature (on by default) brings everything that needs GStreamer, ONNX Runtime, JPEG
//! encoding or MQTT: [`camera`], [`ingest`], [`detector`], [`models`], [`tracker`], [`snapshot`] and
//! [`frigate::run`]. The fuzz targets build without it, on the pure rest.

#[cfg(feature = "cameras")]
pub mod camera;
pub mod colour;
pub mod config;
pub mod darknet;
pub mod demo_video;
#[cfg(feature = "cameras")]
pub mod detector;
pub mod error;
pub mod event;
pub mod frame;
pub mod frigate;
#[cfg(feature = "cameras")]
pub mod ingest;
#[cfg(feature = "cameras")]
pub mod models;
pub mod onnx;
#[cfg(feature = "cameras")]
pub mod snapshot;
#[cfg(feature = "cameras")]
pub mod tracker;
#[cfg(feature = "cameras")]
pub mod yuv;

#[cfg(feature = "cameras")]
pub use camera::{detect, start_camera, start_cameras, CameraHandle, CameraStatus, DetectSummary};
pub use config::{CameraConfig, FrigateConfig, VisionConfig};
pub use correlate::Detection;
#[cfg(feature = "cameras")]
pub use detector::{Detector, DetectorOptions, OrtDetector, RawDetection};
pub use error::VisionError;
pub use event::{EventKind, EventSource, ReviewSeverity, VisionEvent};
pub use frame::Frame;
pub use demo_video::fetch_demo_video;
#[cfg(feature = "cameras")]
pub use models::{default_models_dir, fetch, Manifest};
