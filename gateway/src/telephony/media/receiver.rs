//! One call's inbound media: datagrams in, 8 kHz PCM and key presses out, in order.
//!
//! Lost or suppressed audio is concealed with silence placed by RTP timestamp, so the recording keeps
//! real time and what the caller said stays where they said it. A timestamp jump beyond `max_gap`
//! (a far end restarting its clock) resynchronises instead of allocating silence.

use std::collections::HashMap;

use super::dtmf::{self, DtmfDetector};
use super::g711;
use super::jitter::{JitterBuffer, JitterStats};
use super::packet::{self, Datagram, RtpPacket};

/// What an RTP payload type carries in this call (from the SDP negotiation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Pcmu,
    Pcma,
    TelephoneEvent,
}

/// Payload type numbers to codecs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadMap(pub HashMap<u8, Codec>);

impl Default for PayloadMap {
    /// The static assignments (0 PCMU, 8 PCMA) and the customary 101 for telephone-event.
    fn default() -> Self {
        Self(HashMap::from([(0, Codec::Pcmu), (8, Codec::Pcma), (101, Codec::TelephoneEvent)]))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaEvent {
    /// 8 kHz mono samples, in order, gaps already concealed.
    Audio(Vec<i16>),
    /// A key the caller pressed.
    Dtmf(char),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReceiverStats {
    pub jitter: JitterStats,
    pub malformed: u64,
    pub rtcp: u64,
    pub unknown_payload_type: u64,
    /// Samples of silence inserted for lost or suppressed audio.
    pub concealed_samples: u64,
    pub timestamp_jumps: u64,
}

pub struct MediaReceiver {
    payloads: PayloadMap,
    jitter: JitterBuffer,
    dtmf: DtmfDetector,
    /// Stream and RTP timestamp the next audio sample should carry.
    expected: Option<(u32, u32)>,
    max_gap_samples: u32,
    stats: ReceiverStats,
}

impl MediaReceiver {
    /// `delay_ms`: jitter-buffer playout delay; gaps longer than `max_gap_samples` resynchronise.
    pub fn new(payloads: PayloadMap, delay_ms: u64, max_gap_samples: u32) -> Self {
        Self {
            payloads,
            jitter: JitterBuffer::new(delay_ms, 512),
            dtmf: DtmfDetector::default(),
            expected: None,
            max_gap_samples,
            stats: ReceiverStats::default(),
        }
    }

    /// Feeds one datagram received at `now_ms`. Malformed input is counted and ignored, never fatal.
    pub fn on_datagram(&mut self, bytes: &[u8], now_ms: u64) -> Vec<MediaEvent> {
        match packet::parse(bytes) {
            Ok(Datagram::Rtp(p)) => {
                let flushed = self.jitter.push(p, now_ms);
                let mut out = Vec::new();
                for p in flushed {
                    self.play(p, &mut out);
                }
                out.extend(self.poll(now_ms));
                out
            }
            Ok(Datagram::Rtcp) => {
                self.stats.rtcp += 1;
                Vec::new()
            }
            Err(_) => {
                self.stats.malformed += 1;
                Vec::new()
            }
        }
    }

    /// Whatever the jitter buffer releases by `now_ms`.
    pub fn poll(&mut self, now_ms: u64) -> Vec<MediaEvent> {
        let mut out = Vec::new();
        while let Some(p) = self.jitter.pop(now_ms) {
            self.play(p, &mut out);
        }
        out
    }

    /// End of call: everything still buffered.
    pub fn finish(&mut self) -> Vec<MediaEvent> {
        let mut out = Vec::new();
        for p in self.jitter.drain() {
            self.play(p, &mut out);
        }
        out
    }

    /// When to call [`poll`](Self::poll) next, if anything is waiting.
    pub fn next_deadline(&self) -> Option<u64> {
        self.jitter.next_deadline()
    }

    pub fn stats(&self) -> ReceiverStats {
        ReceiverStats { jitter: self.jitter.stats, ..self.stats }
    }

    fn play(&mut self, p: RtpPacket, out: &mut Vec<MediaEvent>) {
        let decode: fn(&[u8], &mut Vec<i16>) = match self.payloads.0.get(&p.payload_type) {
            Some(Codec::Pcmu) => g711::decode_ulaw,
            Some(Codec::Pcma) => g711::decode_alaw,
            Some(Codec::TelephoneEvent) => {
                match dtmf::parse(&p.payload) {
                    Ok(ev) => out.extend(self.dtmf.on_packet(p.timestamp, ev).map(MediaEvent::Dtmf)),
                    Err(_) => self.stats.malformed += 1,
                }
                return;
            }
            None => {
                self.stats.unknown_payload_type += 1;
                return;
            }
        };
        let mut samples = Vec::with_capacity(p.payload.len());
        if let Some((_, expected_ts)) = self.expected.filter(|(ssrc, _)| *ssrc == p.ssrc) {
            let gap = p.timestamp.wrapping_sub(expected_ts);
            if gap as i32 > 0 && gap <= self.max_gap_samples {
                samples.resize(gap as usize, 0);
                self.stats.concealed_samples += gap as u64;
            } else if gap != 0 {
                // Behind (overlap) or far ahead: resynchronise on this packet rather than guess.
                self.stats.timestamp_jumps += 1;
            }
        }
        decode(&p.payload, &mut samples);
        self.expected = Some((p.ssrc, p.timestamp.wrapping_add(p.payload.len() as u32)));
        if !samples.is_empty() {
            out.push(MediaEvent::Audio(samples));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::packet::build;
    use super::*;

    fn audio(events: &[MediaEvent]) -> Vec<i16> {
        events.iter().flat_map(|e| if let MediaEvent::Audio(s) = e { s.clone() } else { vec![] }).collect()
    }

    /// 20 ms of A-law where every byte encodes `level`.
    fn frame(level: i16) -> Vec<u8> {
        vec![g711::encode_alaw(level); 160]
    }

    #[test]
    fn a_clean_stream_decodes_in_order_and_in_real_time() {
        let mut r = MediaReceiver::new(PayloadMap::default(), 60, 8000);
        let mut events = Vec::new();
        // Packets 0..50 with 2 and 3 swapped in arrival.
        let order: Vec<u16> = (0..50).map(|i| match i { 2 => 3, 3 => 2, i => i }).collect();
        for (t, seq) in order.iter().enumerate() {
            let pkt = build(8, 1000 + seq, 160 * *seq as u32, 42, &frame(*seq as i16 * 100));
            events.extend(r.on_datagram(&pkt, t as u64 * 20));
        }
        events.extend(r.finish());
        let pcm = audio(&events);
        assert_eq!(pcm.len(), 50 * 160, "no sample lost or invented");
        for seq in 0..50usize {
            let expected = g711::decode_alaw_sample(g711::encode_alaw(seq as i16 * 100));
            assert_eq!(pcm[seq * 160], expected, "frame {seq} in place");
        }
        let s = r.stats();
        assert_eq!((s.jitter.lost, s.concealed_samples, s.malformed), (0, 0, 0));
    }

    #[test]
    fn loss_is_concealed_by_timestamp_and_dtmf_is_reported_once() {
        let mut r = MediaReceiver::new(PayloadMap::default(), 40, 8000);
        let mut events = Vec::new();
        for seq in [0u16, 1, 3, 4] {
            events.extend(r.on_datagram(&build(0, seq, 160 * seq as u32, 9, &[0xff; 160]), seq as u64 * 20));
        }
        // `#` pressed: three end packets with the same timestamp, interleaved with garbage and RTCP.
        for (i, seq) in [5u16, 6, 7].into_iter().enumerate() {
            events.extend(r.on_datagram(&build(101, seq, 800, 9, &[11, 0x8a, 0x03, 0x20]), 100 + i as u64));
            events.extend(r.on_datagram(b"\x00garbage", 100));
            events.extend(r.on_datagram(&[0x80, 200, 0, 6, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0], 100));
        }
        events.extend(r.finish());
        assert_eq!(audio(&events).len(), 5 * 160, "the lost packet's 20 ms are concealed");
        assert_eq!(events.iter().filter(|e| **e == MediaEvent::Dtmf('#')).count(), 1);
        let s = r.stats();
        assert_eq!((s.jitter.lost, s.concealed_samples, s.malformed, s.rtcp), (1, 160, 3, 3));
    }

    #[test]
    fn absurd_timestamp_jumps_and_new_ssrcs_resynchronise() {
        let mut r = MediaReceiver::new(PayloadMap::default(), 0, 8000);
        let mut events = Vec::new();
        events.extend(r.on_datagram(&build(0, 1, 0, 1, &[0xff; 160]), 0));
        events.extend(r.on_datagram(&build(0, 2, 4_000_000_000, 1, &[0xff; 160]), 20));
        events.extend(r.on_datagram(&build(0, 7000, 123, 2, &[0xff; 160]), 40));
        events.extend(r.on_datagram(&build(96, 7001, 283, 2, &[0xff; 160]), 60));
        events.extend(r.finish());
        assert_eq!(audio(&events).len(), 3 * 160);
        let s = r.stats();
        assert_eq!((s.timestamp_jumps, s.jitter.ssrc_changes, s.unknown_payload_type), (1, 1, 1));
    }
}
