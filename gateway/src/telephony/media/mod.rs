//! The media core of a call, sans-IO: datagrams and `now` go in, 8 kHz PCM and DTMF digits come out.
//! Everything is deterministic and tested with a virtual clock.
//!
//! # Layout
//! - [`packet`]: datagram classification (RTP vs RTCP) and parsing into owned packets.
//! - [`g711`]: PCMU/PCMA decode and encode.
//! - [`jitter`]: reordering, duplicate and late-packet handling, sequence wrap, SSRC changes.
//! - [`dtmf`]: RFC 4733 telephone-events to digits, each reported once.
//! - [`receiver`]: the per-call pipeline tying these together, with loss concealment by timestamp.
//! - [`sender`]: outgoing G.711 RTP for prompts.

pub mod dtmf;
pub mod g711;
pub mod jitter;
pub mod packet;
pub mod receiver;
pub mod sender;

pub use receiver::{MediaEvent, MediaReceiver, PayloadMap, ReceiverStats};
