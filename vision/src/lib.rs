//! Camera detections for tipline: GStreamer ingest, an ONNX detector, a tracker that turns per-frame
//! detections into events, and NVR adapters (Frigate over MQTT).
//!
//! Not built yet: this crate is an empty boundary. It will produce [`correlate::Detection`] events; object
//! classes and simple attributes only, never faces or identities.
//!
//! # Layout
//! (none yet)

pub use correlate::Detection;
