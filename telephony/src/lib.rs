//! The sans-IO core of tipline's phone intake: everything that reads bytes a caller's phone or PBX sends,
//! with no sockets, clocks or tasks of its own. The gateway's SIP server and call loop
//! (`gateway::telephony`) do the I/O and call in here; the fuzz targets (`fuzz/targets`) call the same
//! functions on arbitrary bytes without building the gateway.
//!
//! # Layout
//! - [`sip`]: what the server reads from a SIP request before the dialog layer takes over (dialog
//!   membership, source address, a new INVITE's offer, an INFO's key press).
//! - [`sdp`]: offer/answer for one audio stream; codec choice; hold detection.
//! - [`info`]: key presses sent as SIP INFO (`application/dtmf-relay`, `application/dtmf`).
//! - [`media`]: RTP in, PCM and DTMF events out (jitter buffer, G.711, Opus, RFC 4733); RTP out for prompts.

pub mod info;
pub mod media;
pub mod sdp;
pub mod sip;
