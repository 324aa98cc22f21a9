//! Outgoing RTP for prompts: 20 ms packets of G.711 with correct sequence numbers and timestamps.

use super::g711;
use super::receiver::Codec;

/// Samples per 20 ms packet at 8 kHz.
pub const FRAME: usize = 160;

pub struct Packetizer {
    payload_type: u8,
    encode: fn(i16) -> u8,
    ssrc: u32,
    sequence: u16,
    timestamp: u32,
    first: bool,
}

impl Packetizer {
    /// `None` for codecs we cannot send (telephone-event).
    pub fn new(payload_type: u8, codec: Codec, ssrc: u32, sequence: u16, timestamp: u32) -> Option<Self> {
        let encode = match codec {
            Codec::Pcmu => g711::encode_ulaw,
            Codec::Pcma => g711::encode_alaw,
            Codec::TelephoneEvent => return None,
        };
        Some(Self { payload_type, encode, ssrc, sequence, timestamp, first: true })
    }

    /// One packet carrying `pcm` (at most a frame; shorter is padded with silence).
    pub fn packet(&mut self, pcm: &[i16]) -> Vec<u8> {
        let mut payload: Vec<u8> = pcm.iter().take(FRAME).map(|&s| (self.encode)(s)).collect();
        payload.resize(FRAME, (self.encode)(0));
        let bytes = rtp_rs::RtpPacketBuilder::new()
            .payload_type(self.payload_type)
            .sequence(self.sequence.into())
            .timestamp(self.timestamp)
            .ssrc(self.ssrc)
            .marked(self.first)
            .payload(&payload)
            .build()
            .expect("a 160-byte payload always fits");
        self.first = false;
        self.sequence = self.sequence.wrapping_add(1);
        self.timestamp = self.timestamp.wrapping_add(FRAME as u32);
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
}
