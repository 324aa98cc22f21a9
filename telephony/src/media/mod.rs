//! The media core of a call, sans-IO: datagrams and `now` go in, PCM (8 kHz for G.711, 16 kHz for Opus)
//! and DTMF digits come out.
//! Everything is deterministic and tested with a virtual clock.
//!
//! # Layout
//! - [`packet`]: datagram classification (RTP vs RTCP) and parsing into owned packets.
//! - [`g711`]: PCMU/PCMA decode and encode; [`opus_codec`]: Opus decode with concealment, and encode.
//! - [`jitter`]: reordering, duplicate and late-packet handling, sequence wrap, SSRC changes.
//! - [`dtmf`]: RFC 4733 telephone-events to digits, each reported once.
//! - [`receiver`]: the per-call pipeline tying these together, with loss concealment by timestamp.
//! - [`sender`]: outgoing RTP for prompts, in the negotiated codec.

pub mod dtmf;
pub mod g711;
pub mod jitter;
pub mod opus_codec;
pub mod packet;
pub mod receiver;
pub mod sender;

pub use receiver::{MediaEvent, MediaReceiver, PayloadMap, ReceiverStats};
