//! Phone intake. So far only the sans-IO media core exists: RTP parsing, jitter buffer, G.711 and DTMF.
//! The SIP user agent, call flow and recording that drive it are not built yet.
//!
//! # Layout
//! - [`media`]: RTP in, PCM and DTMF events out, with no sockets or clocks of its own.

pub mod media;
