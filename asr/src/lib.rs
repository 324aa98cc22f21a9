//! Speech to text for tipline: model acquisition and conversion, voice activity detection, Whisper
//! transcription into timestamped segments with confidence.
//!
//! Not built yet: this crate is an empty boundary. It will know nothing of calls or databases; the gateway
//! feeds it PCM and stores what it returns.
//!
//! # Layout
//! (none yet)
