//! Speech to text in the gateway: one pool of Whisper engines, shared by calls transcribed live while the
//! caller speaks and by the pipeline's transcribe stage, which falls back to the recording whenever the
//! live transcript does not cover all of it.
//!
//! # Layout
//! - [`pool`]: the engines, loaded once on first use, checked out one utterance or one file at a time.
//! - [`live`]: a call's live session: a bounded feed from the media loop, utterances decoded as they end.
//! - [`stored`]: the finished live transcript, written atomically beside the recording.

pub mod live;
pub mod pool;
pub mod stored;

pub use live::{LiveFeed, LiveOutcome, LiveTranscription};
pub use pool::{Engine, EnginePool};
