//! Phone intake: a SIP user agent server answers, greets the caller, records them to a WAV as the call
//! goes, feeds the audio to a live transcription session ([`crate::speech::live`]) while the call is up,
//! reads out the tip reference when they press `#`, and hands the recording to the pipeline at hangup.
//!
//! # Layout
//! - [`media`]: RTP in, PCM and DTMF events out, with no sockets or clocks of its own.
//! - [`sdp`]: offer/answer for one audio stream; codec choice; hold detection.
//! - [`server`]: SIP signalling on rsipstack, limits, dialogs, answering; [`info`]: key presses sent as SIP INFO.
//! - [`call`]: one call's media loop and when it ends; [`recorder`]: its crash-safe WAV.
//! - [`prompts`]: greeting, tone and goodbye clips (generated with espeak-ng by `tipline models fetch`).

pub mod call;
pub mod info;
pub mod media;
pub mod prompts;
pub mod recorder;
pub mod sdp;
pub mod server;
