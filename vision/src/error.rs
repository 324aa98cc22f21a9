//! The crate's one error type.

use std::path::PathBuf;

/// Everything that can go wrong in the vision crate; each variant says what to look at.
#[derive(Debug, thiserror::Error)]
pub enum VisionError {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    /// A package could not be obtained from its registry (pip or apt failed, or the archive lacks a file).
    #[error("model acquisition failed: {0}")]
    Fetch(String),
    /// The Darknet cfg or weights are not what the converter understands.
    #[error("Darknet model conversion failed: {0}")]
    Convert(String),
    /// The model manifest is missing, unreadable or inconsistent.
    #[error("model manifest {path}: {message}")]
    Manifest { path: PathBuf, message: String },
    /// ONNX Runtime could not be loaded, or rejected the model, or failed to run it.
    #[error("detector: {0}")]
    Detector(String),
    /// A camera source could not be opened or decoded (bad URI, corrupt file, unreachable stream).
    #[error("camera {camera}: {message}")]
    Source { camera: String, message: String },
    /// GStreamer itself is missing a plugin or failed to initialise.
    #[error("GStreamer: {0}")]
    Gstreamer(String),
    /// An image could not be encoded (snapshots).
    #[error("image encoding: {0}")]
    Image(String),
    /// An MQTT payload from an NVR is not a valid event.
    #[error("malformed NVR message on {topic}: {message}")]
    Payload { topic: String, message: String },
    /// The MQTT connection failed.
    #[error("MQTT: {0}")]
    Mqtt(String),
    /// The configuration is not usable; each problem names its key.
    #[error("invalid vision configuration: {}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))]
    Config(Vec<crate::config::Problem>),
}

impl VisionError {
    #[cfg(feature = "cameras")]
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> VisionError {
        let path = path.into();
        move |source| VisionError::Io { path, source }
    }
}
