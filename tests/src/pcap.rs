//! What a caller sends, as RTP, written to a pcap file that sipp's `play_pcap_audio` replays.
//!
//! sipp reads Ethernet (link type 1) captures of IPv4/UDP and keeps only the UDP part: it rewrites the
//! ports (source to its media port, destination to the port our SDP answer gave, offset by how far each
//! packet's destination port is above the lowest one in the file) and recomputes the UDP checksum. It
//! paces packets by their capture timestamps. So all packets here share one destination port and carry
//! the time they are due.

use std::net::SocketAddrV4;
use std::path::Path;
use std::time::Duration;

use gateway::telephony::media::g711;

/// Samples per 20 ms frame at 8 kHz.
const FRAME: usize = 160;
const FRAME_TIME: Duration = Duration::from_millis(20);
/// RFC 3551 static payload type for PCMA.
pub const PCMA: u8 = 8;
/// The dynamic payload type sipp's own scenarios (and ours) offer for telephone-event.
pub const TELEPHONE_EVENT: u8 = 101;
/// RFC 4733 event code of the `#` key.
pub const POUND: u8 = 11;

/// One RTP stream from a caller: 8 kHz A-law audio and RFC 4733 key presses, with consistent sequence
/// numbers, timestamps and send times.
pub struct CallerStream {
    ssrc: u32,
    sequence: u16,
    timestamp: u32,
    clock: Duration,
    first: bool,
    packets: Vec<(Duration, Vec<u8>)>,
}

fn rtp(payload_type: u8, marker: bool, sequence: u16, timestamp: u32, ssrc: u32, payload: &[u8]) -> Vec<u8> {
    let mut p = Vec::with_capacity(12 + payload.len());
    p.push(0x80);
    p.push(payload_type | if marker { 0x80 } else { 0 });
    p.extend(sequence.to_be_bytes());
    p.extend(timestamp.to_be_bytes());
    p.extend(ssrc.to_be_bytes());
    p.extend(payload);
    p
}

impl CallerStream {
    /// A stream starting at the given sequence number and RTP timestamp (real callers pick them at random).
    pub fn new(ssrc: u32, sequence: u16, timestamp: u32) -> Self {
        Self { ssrc, sequence, timestamp, clock: Duration::ZERO, first: true, packets: Vec::new() }
    }

    fn push(&mut self, payload_type: u8, marker: bool, timestamp: u32, payload: &[u8]) {
        self.packets.push((self.clock, rtp(payload_type, marker, self.sequence, timestamp, self.ssrc, payload)));
        self.sequence = self.sequence.wrapping_add(1);
    }

    /// `pcm` (8 kHz) as 20 ms PCMA packets; the last one is padded with silence.
    pub fn speech(&mut self, pcm: &[i16]) -> &mut Self {
        for chunk in pcm.chunks(FRAME) {
            let mut payload: Vec<u8> = chunk.iter().map(|&s| g711::encode_alaw(s)).collect();
            payload.resize(FRAME, g711::encode_alaw(0));
            let marker = std::mem::take(&mut self.first);
            self.push(PCMA, marker, self.timestamp, &payload);
            self.timestamp = self.timestamp.wrapping_add(FRAME as u32);
            self.clock += FRAME_TIME;
        }
        self
    }

    pub fn silence(&mut self, time: Duration) -> &mut Self {
        let samples = (time.as_millis() as usize) * 8;
        self.speech(&vec![0; samples])
    }

    /// One key press held for `held` as RFC 4733 telephone-events: every 20 ms a packet carrying the
    /// press's start timestamp and the duration so far, the first with the marker bit; the final one
    /// with the end bit, sent three times (each with its own sequence number). Audio resumes after it.
    pub fn key(&mut self, event: u8, held: Duration) -> &mut Self {
        const VOLUME: u8 = 10;
        let start = self.timestamp;
        let frames = (held.as_millis() as u32 / 20).max(1);
        for i in 1..=frames {
            let duration = (i * FRAME as u32) as u16;
            let end = i == frames;
            let payload = [event, if end { 0x80 } else { 0 } | VOLUME, (duration >> 8) as u8, duration as u8];
            for copy in 0..if end { 3 } else { 1 } {
                self.push(TELEPHONE_EVENT, i == 1 && copy == 0, start, &payload);
            }
            self.clock += FRAME_TIME;
        }
        self.timestamp = start.wrapping_add(frames * FRAME as u32);
        self
    }

    /// The RTP packets with the time each is due after the first.
    pub fn packets(&self) -> &[(Duration, Vec<u8>)] {
        &self.packets
    }

    /// How long the stream plays.
    pub fn duration(&self) -> Duration {
        self.clock
    }

    /// A pcap (microsecond timestamps, Ethernet link type) of the stream sent from `from` to `to`.
    pub fn write_pcap(&self, path: &Path, from: SocketAddrV4, to: SocketAddrV4) -> std::io::Result<()> {
        let mut out = Vec::new();
        out.extend(0xa1b2_c3d4u32.to_le_bytes());
        out.extend(2u16.to_le_bytes());
        out.extend(4u16.to_le_bytes());
        out.extend(0i32.to_le_bytes()); // GMT offset
        out.extend(0u32.to_le_bytes()); // timestamp accuracy
        out.extend(65_535u32.to_le_bytes()); // snap length: nothing is truncated
        out.extend(1u32.to_le_bytes()); // LINKTYPE_ETHERNET
        // Any fixed start time: sipp only uses the differences.
        let epoch = Duration::from_secs(1_700_000_000);
        for (i, (at, payload)) in self.packets.iter().enumerate() {
            let frame = ethernet_ipv4_udp(from, to, i as u16, payload);
            let t = epoch + *at;
            out.extend((t.as_secs() as u32).to_le_bytes());
            out.extend(t.subsec_micros().to_le_bytes());
            out.extend((frame.len() as u32).to_le_bytes());
            out.extend((frame.len() as u32).to_le_bytes());
            out.extend(frame);
        }
        std::fs::write(path, out)
    }
}

/// The one's-complement sum of RFC 791 over a header.
fn ipv4_checksum(header: &[u8]) -> u16 {
    let mut sum: u32 = header.chunks(2).map(|c| u32::from(u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))).sum();
    while sum > 0xffff {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    !(sum as u16)
}

fn ethernet_ipv4_udp(from: SocketAddrV4, to: SocketAddrV4, id: u16, payload: &[u8]) -> Vec<u8> {
    let udp_len = 8 + payload.len() as u16;
    let mut f = Vec::with_capacity(14 + 20 + udp_len as usize);
    f.extend([0x02, 0, 0, 0, 0, 0x02]); // locally administered MACs
    f.extend([0x02, 0, 0, 0, 0, 0x01]);
    f.extend(0x0800u16.to_be_bytes());
    let mut ip = Vec::with_capacity(20);
    ip.extend([0x45, 0]);
    ip.extend((20 + udp_len).to_be_bytes());
    ip.extend(id.to_be_bytes());
    ip.extend(0x4000u16.to_be_bytes()); // don't fragment
    ip.extend([64, 17, 0, 0]); // TTL, UDP, checksum placeholder
    ip.extend(from.ip().octets());
    ip.extend(to.ip().octets());
    let sum = ipv4_checksum(&ip);
    ip[10..12].copy_from_slice(&sum.to_be_bytes());
    f.extend(ip);
    f.extend(from.port().to_be_bytes());
    f.extend(to.port().to_be_bytes());
    f.extend(udp_len.to_be_bytes());
    f.extend(0u16.to_be_bytes()); // no checksum (allowed for IPv4); sipp computes its own
    f.extend(payload);
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_press_after_speech_follows_rfc_4733() {
        let mut s = CallerStream::new(7, 65_534, 1000);
        s.speech(&[1000; 400]).key(POUND, Duration::from_millis(100)).silence(Duration::from_millis(40));
        let p = s.packets();
        // 3 audio frames (400 samples, padded), 5 event packets + 2 end retransmissions, 2 audio frames.
        assert_eq!(p.len(), 3 + 7 + 2);
        let seq = |b: &[u8]| u16::from_be_bytes([b[2], b[3]]);
        let ts = |b: &[u8]| u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
        assert!(p.windows(2).all(|w| seq(&w[1].1) == seq(&w[0].1).wrapping_add(1)), "sequence numbers wrap and never repeat");
        assert_eq!(p[0].1[1], 0x80 | PCMA, "the first audio packet is marked");
        let events = &p[3..10];
        assert!(events.iter().all(|(_, b)| b[1] & 0x7f == TELEPHONE_EVENT && ts(b) == 1000 + 480 && b[12] == POUND));
        assert_eq!(events[0].1[1] & 0x80, 0x80, "the first event packet is marked");
        assert!(events[1..].iter().all(|(_, b)| b[1] & 0x80 == 0));
        let durations: Vec<u16> = events.iter().map(|(_, b)| u16::from_be_bytes([b[14], b[15]])).collect();
        assert_eq!(durations, [160, 320, 480, 640, 800, 800, 800]);
        assert!(events[..4].iter().all(|(_, b)| b[13] & 0x80 == 0) && events[4..].iter().all(|(_, b)| b[13] & 0x80 != 0));
        assert_eq!(ts(&p[10].1), 1000 + 480 + 800, "audio resumes after the press");
        assert_eq!(p[11].0, Duration::from_millis(60 + 100 + 20));
        assert_eq!(s.duration(), Duration::from_millis(60 + 100 + 40));
    }

    #[test]
    fn pcap_records_are_ethernet_ipv4_udp_with_valid_headers() {
        let mut s = CallerStream::new(1, 0, 0);
        s.speech(&[0; 320]);
        let path = std::env::temp_dir().join(format!("tipline-pcap-{}.pcap", uuid::Uuid::new_v4()));
        s.write_pcap(&path, "127.0.0.1:7000".parse().unwrap(), "127.0.0.1:6000".parse().unwrap()).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(&bytes[..4], &0xa1b2_c3d4u32.to_le_bytes());
        assert_eq!(u32::from_le_bytes(bytes[20..24].try_into().unwrap()), 1);
        let rec = &bytes[24..];
        let len = u32::from_le_bytes(rec[8..12].try_into().unwrap()) as usize;
        assert_eq!(len, 14 + 20 + 8 + 12 + 160);
        let frame = &rec[16..16 + len];
        assert_eq!(&frame[12..14], &[0x08, 0x00]);
        assert_eq!(ipv4_checksum(&frame[14..34]), 0, "a valid header sums to zero");
        assert_eq!(u16::from_be_bytes([frame[36], frame[37]]), 6000);
        assert_eq!(u16::from_be_bytes([frame[38], frame[39]]) as usize, 8 + 12 + 160);
        let second = &rec[16 + len..];
        assert_eq!(u32::from_le_bytes(second[4..8].try_into().unwrap()), 20_000, "20 ms later");
    }
}
