//! Phone intake. So far the sans-IO cores exist: SDP offer/answer and the media core (RTP, jitter buffer, G.711, DTMF).
//! The SIP user agent, call flow and recording that drive it are not built yet.
//!
//! # Layout
//! - [`media`]: RTP in, PCM and DTMF events out, with no sockets or clocks of its own.
//! - [`sdp`]: offer/answer for one audio stream; codec choice; hold detection.

pub mod media;
pub mod sdp;
