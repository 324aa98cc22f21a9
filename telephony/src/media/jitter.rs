//! Jitter buffer: puts RTP packets back in sequence order after a fixed playout delay.
//!
//! Sequence numbers are extended to 64 bits so wrap-around at 65535 is invisible. Duplicates and packets
//! arriving after their slot was played are dropped and counted. A new SSRC (the far end restarted its
//! stream, or a re-INVITE switched sources) flushes the old stream in order and starts afresh. Loss is not
//! filled here: the receiver conceals gaps by RTP timestamp, which also covers silence suppression.

use std::collections::BTreeMap;

use super::packet::RtpPacket;

/// Counters for the recording's completeness report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct JitterStats {
    pub received: u64,
    pub duplicates: u64,
    pub late: u64,
    /// Sequence numbers skipped when their slot was played out.
    pub lost: u64,
    pub ssrc_changes: u64,
    /// Dropped because the buffer was full (a far end sending far ahead of real time).
    pub overflow: u64,
}

pub struct JitterBuffer {
    delay_ms: u64,
    capacity: usize,
    ssrc: Option<u32>,
    /// Highest extended sequence number seen, for unwrapping the next one.
    highest: Option<u64>,
    /// The next extended sequence number to play; unset until the first pop, so a stream whose first
    /// packets arrive out of order still starts at its earliest.
    next: Option<u64>,
    queue: BTreeMap<u64, (u64, RtpPacket)>,
    pub stats: JitterStats,
}

impl JitterBuffer {
    /// `delay_ms`: how long a packet waits for earlier ones; `capacity`: packets held at most.
    pub fn new(delay_ms: u64, capacity: usize) -> Self {
        Self { delay_ms, capacity, ssrc: None, highest: None, next: None, queue: BTreeMap::new(), stats: JitterStats::default() }
    }

    fn extend(&self, seq: u16) -> u64 {
        let Some(h) = self.highest else { return seq as u64 + (1 << 16) };
        // The candidate nearest the highest seen: handles wrap in both directions.
        let base = h & !0xffff;
        [base.wrapping_sub(1 << 16), base, base + (1 << 16)]
            .into_iter()
            .map(|b| b + seq as u64)
            .min_by_key(|c| c.abs_diff(h))
            .unwrap()
    }

    /// Accepts a packet that arrived at `now_ms`. Returns packets flushed by an SSRC change, in order.
    pub fn push(&mut self, packet: RtpPacket, now_ms: u64) -> Vec<RtpPacket> {
        let mut flushed = Vec::new();
        if self.ssrc.is_some_and(|s| s != packet.ssrc) {
            self.stats.ssrc_changes += 1;
            flushed = self.drain();
            self.highest = None;
            self.next = None;
        }
        self.ssrc = Some(packet.ssrc);
        let ext = self.extend(packet.sequence);
        self.stats.received += 1;
        if self.next.is_some_and(|n| ext < n) {
            self.stats.late += 1;
            return flushed;
        }
        if self.queue.contains_key(&ext) {
            self.stats.duplicates += 1;
            return flushed;
        }
        if self.queue.len() >= self.capacity {
            self.stats.overflow += 1;
            return flushed;
        }
        self.highest = Some(self.highest.map_or(ext, |h| h.max(ext)));
        self.queue.insert(ext, (now_ms, packet));
        flushed
    }

    /// The next packet in order, once it (or a later one) has waited out the playout delay.
    pub fn pop(&mut self, now_ms: u64) -> Option<RtpPacket> {
        let (&first, &(arrived, _)) = self.queue.iter().next()?;
        let next = self.next.unwrap_or(first);
        // The packet due next plays at once; a later one waits out the delay to give the missing ones time.
        if first != next && arrived + self.delay_ms > now_ms {
            return None;
        }
        self.stats.lost += first - next;
        let (_, packet) = self.queue.remove(&first).expect("present");
        self.next = Some(first + 1);
        Some(packet)
    }

    /// Everything still buffered, in order (end of call or SSRC change).
    pub fn drain(&mut self) -> Vec<RtpPacket> {
        let mut out = Vec::new();
        while let Some(p) = self.pop(u64::MAX / 2) {
            out.push(p);
        }
        out
    }

    /// When `pop` may next return something, for the caller's timer.
    pub fn next_deadline(&self) -> Option<u64> {
        self.queue.values().next().map(|(arrived, _)| arrived + self.delay_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkt(seq: u16, ssrc: u32) -> RtpPacket {
        RtpPacket { payload_type: 0, sequence: seq, timestamp: seq as u32 * 160, ssrc, marker: false, payload: vec![seq as u8] }
    }

    fn seqs(v: &[RtpPacket]) -> Vec<u16> {
        v.iter().map(|p| p.sequence).collect()
    }

    #[test]
    fn reorders_within_the_delay_without_delaying_in_order_packets() {
        let mut j = JitterBuffer::new(60, 100);
        j.push(pkt(1, 7), 0);
        assert_eq!(j.pop(0).map(|p| p.sequence), Some(1), "in order: no wait");
        j.push(pkt(3, 7), 20);
        assert_eq!(j.pop(30), None, "2 is missing and may still come");
        j.push(pkt(2, 7), 40);
        j.push(pkt(5, 7), 60);
        j.push(pkt(4, 7), 80);
        let mut out = Vec::new();
        while let Some(p) = j.pop(80) {
            out.push(p);
        }
        assert_eq!(seqs(&out), [2, 3, 4, 5]);
        assert_eq!(j.stats.lost, 0);
    }

    #[test]
    fn loss_is_counted_when_the_gap_times_out_and_late_packets_are_dropped() {
        let mut j = JitterBuffer::new(40, 100);
        j.push(pkt(10, 1), 0);
        assert_eq!(j.pop(0).map(|p| p.sequence), Some(10));
        j.push(pkt(12, 1), 40);
        assert_eq!(j.pop(60), None, "11 may still come");
        assert_eq!(j.pop(80).map(|p| p.sequence), Some(12));
        assert_eq!(j.stats.lost, 1);
        j.push(pkt(11, 1), 90);
        assert_eq!(j.stats.late, 1);
        assert_eq!(j.pop(1000), None);
    }

    #[test]
    fn sequence_wrap_is_seamless_and_duplicates_are_dropped() {
        let mut j = JitterBuffer::new(0, 100);
        for s in [65534u16, 65535, 0, 0, 1] {
            j.push(pkt(s, 1), 0);
        }
        assert_eq!(seqs(&j.drain()), [65534, 65535, 0, 1]);
        assert_eq!((j.stats.duplicates, j.stats.lost), (1, 0));
    }

    #[test]
    fn a_new_ssrc_flushes_the_old_stream_in_order() {
        let mut j = JitterBuffer::new(100, 100);
        j.push(pkt(5, 1), 0);
        j.push(pkt(4, 1), 0);
        let flushed = j.push(pkt(900, 2), 10);
        assert_eq!(seqs(&flushed), [4, 5]);
        j.push(pkt(901, 2), 10);
        assert_eq!(seqs(&j.drain()), [900, 901]);
        assert_eq!(j.stats.ssrc_changes, 1);
    }

    #[test]
    fn memory_is_bounded() {
        let mut j = JitterBuffer::new(1_000_000, 8);
        for s in 0..100u16 {
            j.push(pkt(s, 1), 0);
        }
        assert_eq!(j.queue.len(), 8);
        assert_eq!(j.stats.overflow, 92);
    }
}
