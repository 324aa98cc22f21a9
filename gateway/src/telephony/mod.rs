//! Phone intake: a SIP user agent server answers, records the caller to a WAV as the call goes, and hands
//! the recording to the pipeline at hangup. Not built yet: voice prompts played to the caller (greeting,
//! tone, goodbye) and live transcription during the call.
//!
//! # Layout
//! - [`media`]: RTP in, PCM and DTMF events out, with no sockets or clocks of its own.
//! - [`sdp`]: offer/answer for one audio stream; codec choice; hold detection.
//! - [`server`]: SIP signalling on rsipstack, limits, dialogs, answering.
//! - [`call`]: one call's media loop and when it ends; [`recorder`]: its crash-safe WAV.

pub mod call;
pub mod media;
pub mod recorder;
pub mod sdp;
pub mod server;
