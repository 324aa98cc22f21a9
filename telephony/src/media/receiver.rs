//! One call's inbound media: datagrams in, PCM and key presses out, in order.
//!
//! The PCM rate is the call's: 8 kHz for G.711, 16 kHz (wideband) for Opus. Lost or suppressed audio is
//! concealed by RTP timestamp, so the recording keeps real time and what the caller said stays where they
//! said it: with silence for G.711, with libopus's packet-loss concealment for Opus. A timestamp jump
//! beyond `max_gap_ms` (a far end restarting its clock) resynchronises instead of allocating silence.

use std::collections::HashMap;

use super::dtmf::{self, DtmfDetector};
use super::g711;
use super::jitter::{JitterBuffer, JitterStats};
use super::opus_codec::{self, OpusDecoder};
use super::packet::{self, Datagram, RtpPacket};

/// What an RTP payload type carries in this call (from the SDP negotiation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Pcmu,
    Pcma,
    /// RFC 7587, `opus/48000/2`.
    Opus,
    TelephoneEvent,
}

impl Codec {
    /// Ticks per second of the RTP timestamp.
    pub fn clock_rate(self) -> u32 {
        match self {
            Codec::Opus => opus_codec::CLOCK_RATE,
            _ => 8000,
        }
    }
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

impl PayloadMap {
    /// The rate of the PCM a call with these codecs produces: wideband when Opus was negotiated.
    pub fn sample_rate(&self) -> u32 {
        if self.0.values().any(|c| *c == Codec::Opus) {
            opus_codec::WIDEBAND
        } else {
            8000
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaEvent {
    /// Mono samples at the receiver's [`sample_rate`](MediaReceiver::sample_rate), in order, gaps
    /// already concealed.
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
    /// Samples inserted for lost or suppressed audio (silence, or Opus concealment).
    pub concealed_samples: u64,
    pub timestamp_jumps: u64,
}

pub struct MediaReceiver {
    payloads: PayloadMap,
    jitter: JitterBuffer,
    dtmf: DtmfDetector,
    /// Present when Opus was negotiated; keeps its state across packets for concealment.
    opus: Option<OpusDecoder>,
    /// Stream and RTP timestamp the next audio sample should carry.
    expected: Option<(u32, u32)>,
    max_gap_ms: u32,
    rate: u32,
    stats: ReceiverStats,
}

impl MediaReceiver {
    /// `delay_ms`: jitter-buffer playout delay; gaps longer than `max_gap_ms` resynchronise.
    pub fn new(payloads: PayloadMap, delay_ms: u64, max_gap_ms: u32) -> Self {
        let rate = payloads.sample_rate();
        // libopus cannot fail to create a decoder at a rate it supports; without one, Opus packets are
        // counted as malformed rather than taking the call down.
        let opus = (rate == opus_codec::WIDEBAND).then(|| OpusDecoder::new(rate).ok()).flatten();
        Self {
            payloads,
            jitter: JitterBuffer::new(delay_ms, 512),
            dtmf: DtmfDetector::default(),
            opus,
            expected: None,
            max_gap_ms,
            rate,
            stats: ReceiverStats::default(),
        }
    }

    /// Samples per second of the audio this receiver produces.
    pub fn sample_rate(&self) -> u32 {
        self.rate
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
        let codec = match self.payloads.0.get(&p.payload_type) {
            Some(Codec::TelephoneEvent) => {
                match dtmf::parse(&p.payload) {
                    Ok(ev) => out.extend(self.dtmf.on_packet(p.timestamp, ev).map(MediaEvent::Dtmf)),
                    Err(_) => self.stats.malformed += 1,
                }
                return;
            }
            Some(codec) => *codec,
            None => {
                self.stats.unknown_payload_type += 1;
                return;
            }
        };
        let clock = codec.clock_rate();
        // Output samples per RTP tick is rate / clock: 1 for G.711, 1/3 for Opus at 16 kHz.
        let to_samples = |ticks: u32| (ticks as u64 * self.rate as u64 / clock as u64) as usize;
        let mut samples = Vec::with_capacity(to_samples(clock / 50));
        let mut gap_samples = 0;
        if let Some((_, expected_ts)) = self.expected.filter(|(ssrc, _)| *ssrc == p.ssrc) {
            let gap = p.timestamp.wrapping_sub(expected_ts);
            if gap as i32 > 0 && gap as u64 <= self.max_gap_ms as u64 * clock as u64 / 1000 {
                gap_samples = to_samples(gap);
            } else if gap != 0 {
                // Behind (overlap) or far ahead: resynchronise on this packet rather than guess.
                self.stats.timestamp_jumps += 1;
            }
        }
        if gap_samples > 0 {
            match (&mut self.opus, codec) {
                (Some(decoder), Codec::Opus) => decoder.conceal(gap_samples, &mut samples),
                _ => samples.resize(gap_samples, 0),
            }
            self.stats.concealed_samples += gap_samples as u64;
        }
        let ticks = match (codec, &mut self.opus) {
            (Codec::Pcmu, _) => {
                g711::decode_ulaw(&p.payload, &mut samples);
                p.payload.len() as u32
            }
            (Codec::Pcma, _) => {
                g711::decode_alaw(&p.payload, &mut samples);
                p.payload.len() as u32
            }
            (Codec::Opus, Some(decoder)) => match decoder.decode(&p.payload, &mut samples) {
                Ok(ticks) => ticks,
                // A corrupt packet is a lost one: the next good packet conceals its time.
                Err(_) => {
                    self.stats.malformed += 1;
                    0
                }
            },
            (Codec::Opus, None) | (Codec::TelephoneEvent, _) => {
                self.stats.malformed += 1;
                0
            }
        };
        if ticks > 0 || self.expected.is_none_or(|(ssrc, _)| ssrc != p.ssrc) {
            self.expected = Some((p.ssrc, p.timestamp.wrapping_add(ticks)));
        }
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
        let mut r = MediaReceiver::new(PayloadMap::default(), 60, 1000);
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
        let mut r = MediaReceiver::new(PayloadMap::default(), 40, 1000);
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
        let mut r = MediaReceiver::new(PayloadMap::default(), 0, 1000);
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

    /// Power of `pcm` at `freq` (Goertzel), normalised by length.
    fn power_at(pcm: &[i16], freq: f64, rate: f64) -> f64 {
        let coeff = 2.0 * (2.0 * std::f64::consts::PI * freq / rate).cos();
        let (mut s1, mut s2) = (0.0, 0.0);
        for &x in pcm {
            let s0 = x as f64 + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        (s1 * s1 + s2 * s2 - coeff * s1 * s2) / (pcm.len() as f64).powi(2)
    }

    #[test]
    fn opus_decodes_wideband_at_16_khz_and_conceals_loss_in_time() {
        use super::super::opus_codec::OpusEncoder;
        let payloads = PayloadMap(HashMap::from([(111, Codec::Opus), (101, Codec::TelephoneEvent)]));
        let mut r = MediaReceiver::new(payloads, 40, 1000);
        assert_eq!(r.sample_rate(), 16_000);
        // One second of a 5 kHz tone, above what G.711 can carry, encoded by libopus as a caller would.
        let input: Vec<i16> = (0..16_000).map(|i| ((2.0 * std::f64::consts::PI * 5000.0 * i as f64 / 16_000.0).sin() * 10_000.0) as i16).collect();
        let mut encoder = OpusEncoder::new(16_000).unwrap();
        let packets: Vec<Vec<u8>> = input.chunks(320).map(|frame| encoder.encode(frame).unwrap()).collect();
        // Packets 20 and 21 are lost; 30 and 31 arrive swapped; the clock is virtual.
        let mut order: Vec<usize> = (0..packets.len()).filter(|&i| i != 20 && i != 21).collect();
        order.swap(28, 29);
        assert_eq!((order[28], order[29]), (31, 30));
        let mut events = Vec::new();
        for (t, &seq) in order.iter().enumerate() {
            events.extend(r.on_datagram(&build(111, 7000 + seq as u16, 1_000 + 960 * seq as u32, 3, &packets[seq]), t as u64 * 20));
        }
        // `#` in the same call, on telephone-event's own 8 kHz clock.
        events.extend(r.on_datagram(&build(101, 7050, 99, 3, &[11, 0x8a, 0, 160]), 1000));
        events.extend(r.finish());
        let pcm = audio(&events);
        assert_eq!(pcm.len(), 16_000, "one second at 16 kHz: nothing lost, nothing invented");
        let s = r.stats();
        assert_eq!((s.jitter.lost, s.concealed_samples, s.malformed, s.timestamp_jumps), (2, 640, 0, 0));
        assert_eq!(events.iter().filter(|e| **e == MediaEvent::Dtmf('#')).count(), 1);
        // Decoded at the right rate: the tone is at 5 kHz, not at a multiple or fraction of it.
        let steady = &pcm[8000..16_000];
        let at = |f| power_at(steady, f, 16_000.0);
        assert!(
            at(5000.0) > 100.0 * at(2500.0) && at(5000.0) > 100.0 * at(7500.0),
            "5 kHz {} vs 2.5 kHz {} and 7.5 kHz {}",
            at(5000.0),
            at(2500.0),
            at(7500.0)
        );
        // The concealed 40 ms continue the tone (libopus PLC), rather than dropping to silence.
        let concealed = &pcm[6400..6720];
        assert!(power_at(concealed, 5000.0, 16_000.0) > at(5000.0) / 100.0, "PLC continued the voice");
    }

    #[test]
    fn corrupt_opus_is_counted_and_its_time_concealed() {
        use super::super::opus_codec::OpusEncoder;
        let mut r = MediaReceiver::new(PayloadMap(HashMap::from([(96, Codec::Opus)])), 0, 1000);
        let mut encoder = OpusEncoder::new(16_000).unwrap();
        let frame = vec![0i16; 320];
        let mut events = Vec::new();
        for seq in 0..5u16 {
            let packet = if seq == 2 { vec![0xfb, 0x30, 0, 0] } else { encoder.encode(&frame).unwrap() };
            events.extend(r.on_datagram(&build(96, seq, 960 * seq as u32, 1, &packet), seq as u64 * 20));
        }
        events.extend(r.finish());
        assert_eq!(audio(&events).len(), 5 * 320);
        assert_eq!((r.stats().malformed, r.stats().concealed_samples), (1, 320));
    }
}
