//! Outgoing RTP for prompts: 20 ms packets in the call's voice codec (G.711, or Opus for callers who
//! negotiated it) with correct sequence numbers and timestamps. Prompts are 8 kHz PCM either way.

use super::g711;
use super::opus_codec::OpusEncoder;
use super::receiver::Codec;

/// Samples per 20 ms packet at 8 kHz, the rate of the prompts.
pub const FRAME: usize = 160;
/// The rate of the PCM a packetizer takes.
const PROMPT_RATE: u32 = 8000;

enum Encoding {
    G711(fn(i16) -> u8),
    Opus(Box<OpusEncoder>),
}

pub struct Packetizer {
    payload_type: u8,
    encoding: Encoding,
    /// RTP clock ticks per 20 ms frame: 160 for G.711, 960 for Opus.
    step: u32,
    ssrc: u32,
    sequence: u16,
    timestamp: u32,
    first: bool,
}

impl Packetizer {
    /// `None` for codecs we cannot send (telephone-event).
    pub fn new(payload_type: u8, codec: Codec, ssrc: u32, sequence: u16, timestamp: u32) -> Option<Self> {
        let encoding = match codec {
            Codec::Pcmu => Encoding::G711(g711::encode_ulaw),
            Codec::Pcma => Encoding::G711(g711::encode_alaw),
            Codec::Opus => Encoding::Opus(Box::new(OpusEncoder::new(PROMPT_RATE).ok()?)),
            Codec::TelephoneEvent => return None,
        };
        let step = codec.clock_rate() / 50;
        Some(Self { payload_type, encoding, step, ssrc, sequence, timestamp, first: true })
    }

    /// One packet carrying `pcm` (at most a frame; shorter is padded with silence).
    pub fn packet(&mut self, pcm: &[i16]) -> Vec<u8> {
        let mut frame = [0i16; FRAME];
        let n = pcm.len().min(FRAME);
        frame[..n].copy_from_slice(&pcm[..n]);
        let payload: Vec<u8> = match &mut self.encoding {
            Encoding::G711(encode) => frame.iter().map(|&s| encode(s)).collect(),
            // libopus does not fail on a valid 20 ms frame; should it, the caller hears a lost packet
            // (an empty payload, which decoders conceal) rather than the timing slipping.
            Encoding::Opus(encoder) => encoder.encode(&frame).unwrap_or_default(),
        };
        let bytes = rtp_rs::RtpPacketBuilder::new()
            .payload_type(self.payload_type)
            .sequence(self.sequence.into())
            .timestamp(self.timestamp)
            .ssrc(self.ssrc)
            .marked(self.first)
            .payload(&payload)
            .build()
            .expect("a 20 ms payload always fits");
        self.first = false;
        self.sequence = self.sequence.wrapping_add(1);
        self.timestamp = self.timestamp.wrapping_add(self.step);
        bytes
    }
}

#[cfg(test)]
mod tests {
    use super::super::packet::{parse, Datagram};
    use super::*;

    #[test]
    fn packets_advance_sequence_and_timestamp_and_decode_back() {
        let mut p = Packetizer::new(8, Codec::Pcma, 77, 65535, u32::MAX - 100).unwrap();
        let tone: Vec<i16> = (0..FRAME as i32).map(|i| (i * 100) as i16).collect();
        let Datagram::Rtp(a) = parse(&p.packet(&tone)).unwrap() else { panic!() };
        let Datagram::Rtp(b) = parse(&p.packet(&tone[..10])).unwrap() else { panic!() };
        assert_eq!((a.sequence, b.sequence), (65535, 0));
        assert_eq!(b.timestamp, (u32::MAX - 100).wrapping_add(160));
        assert!(a.marker && !b.marker);
        assert_eq!((a.payload_type, a.ssrc, a.payload.len(), b.payload.len()), (8, 77, 160, 160));
        let mut back = Vec::new();
        g711::decode_alaw(&a.payload, &mut back);
        assert!(back.iter().zip(&tone).all(|(x, y)| (x - y).abs() <= y.abs() / 16 + 16));
        assert!(Packetizer::new(101, Codec::TelephoneEvent, 1, 1, 1).is_none());
    }

    #[test]
    fn opus_prompts_advance_the_48_khz_clock_and_decode_back() {
        let mut p = Packetizer::new(111, Codec::Opus, 5, 10, 0).unwrap();
        let tone: Vec<i16> = (0..FRAME * 10).map(|i| ((i as f64 * 0.3).sin() * 8000.0) as i16).collect();
        let mut decoder = super::super::opus_codec::OpusDecoder::new(16_000).unwrap();
        let mut pcm = Vec::new();
        for (i, frame) in tone.chunks(FRAME).enumerate() {
            let Datagram::Rtp(pkt) = parse(&p.packet(frame)).unwrap() else { panic!() };
            assert_eq!((pkt.payload_type, pkt.sequence, pkt.timestamp), (111, 10 + i as u16, 960 * i as u32));
            assert_eq!(decoder.decode(&pkt.payload, &mut pcm).unwrap(), 960);
        }
        assert_eq!(pcm.len(), 10 * 320, "20 ms per packet at the caller's end");
        assert!(pcm[1000..].iter().any(|s| s.unsigned_abs() > 2000), "the tone came through");
    }
}
