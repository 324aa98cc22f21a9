//! Phone intake: a SIP user agent server answers, greets the caller, records them to a WAV as the call
//! goes, feeds the audio to a live transcription session ([`crate::speech::live`]) while the call is up,
//! reads out the tip reference when they press `#`, and hands the recording to the pipeline at hangup.
//!
//! This module is the I/O half: sockets, tasks, the database, files. What parses the caller's bytes is the
//! sans-IO `telephony` crate, re-exported here so the call code reads one tree and the fuzz targets can
//! build that crate alone.
//!
//! # Layout
//! - [`media`], [`sdp`], [`info`], [`sip`]: the `telephony` crate (RTP in and out, offer/answer, SIP INFO
//!   key presses, what the server reads from a request).
//! - [`server`]: SIP signalling on rsipstack, limits, dialogs, answering.
//! - [`call`]: one call's media loop and when it ends; [`recorder`]: its crash-safe WAV.
//! - [`prompts`]: greeting, tone and goodbye clips (generated with espeak-ng by `tipline models fetch`).

pub use ::telephony::{info, media, sdp, sip};

pub mod call;
pub mod prompts;
pub mod recorder;
pub mod server;
