//! RFC 4733 telephone-events: digits pressed by the caller. A key press arrives as several packets
//! sharing one RTP timestamp, the last three with the end bit set; we report each press once, at its end.

/// A decoded telephone-event payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TelephoneEvent {
    /// 0-9, 10 = `*`, 11 = `#`, 12-15 = A-D.
    pub event: u8,
    pub end: bool,
    pub volume: u8,
    pub duration: u16,
}

/// Why a telephone-event payload was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DtmfError {
    /// The payload is shorter than the 4 bytes RFC 4733 requires.
    #[error("telephone-event payload too short ({0} bytes)")]
    TooShort(usize),
}

pub fn parse(payload: &[u8]) -> Result<TelephoneEvent, DtmfError> {
    if payload.len() < 4 {
        return Err(DtmfError::TooShort(payload.len()));
    }
    Ok(TelephoneEvent {
        event: payload[0],
        end: payload[1] & 0x80 != 0,
        volume: payload[1] & 0x3f,
        duration: u16::from_be_bytes([payload[2], payload[3]]),
    })
}

/// The key an event number stands for, if it is a DTMF key.
pub fn key(event: u8) -> Option<char> {
    match event {
        0..=9 => Some((b'0' + event) as char),
        10 => Some('*'),
        11 => Some('#'),
        12..=15 => Some((b'A' + event - 12) as char),
        _ => None,
    }
}

/// Turns a stream of telephone-event packets into key presses, each reported once.
#[derive(Debug, Default)]
pub struct DtmfDetector {
    /// RTP timestamp of the last press reported: its retransmitted end packets are ignored.
    last_reported: Option<u32>,
}

impl DtmfDetector {
    /// Feeds one telephone-event packet (its RTP timestamp identifies the press).
    pub fn on_packet(&mut self, timestamp: u32, event: TelephoneEvent) -> Option<char> {
        if !event.end || self.last_reported == Some(timestamp) {
            return None;
        }
        self.last_reported = Some(timestamp);
        key(event.event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_press_is_reported_once_at_its_end() {
        let mut d = DtmfDetector::default();
        let ev = |end, duration| TelephoneEvent { event: 11, end, volume: 10, duration };
        assert_eq!(d.on_packet(1000, ev(false, 160)), None);
        assert_eq!(d.on_packet(1000, ev(false, 320)), None);
        assert_eq!(d.on_packet(1000, ev(true, 480)), Some('#'));
        assert_eq!(d.on_packet(1000, ev(true, 480)), None, "end packets are sent three times");
        assert_eq!(d.on_packet(1000, ev(true, 480)), None);
        // The same key again is a new press with a new timestamp.
        assert_eq!(d.on_packet(5000, ev(true, 480)), Some('#'));
    }

    #[test]
    fn parses_and_rejects() {
        let e = parse(&[5, 0x8a, 0x01, 0x40]).unwrap();
        assert_eq!(e, TelephoneEvent { event: 5, end: true, volume: 10, duration: 320 });
        assert_eq!(parse(&[5, 0]), Err(DtmfError::TooShort(2)));
        assert_eq!(key(10), Some('*'));
        assert_eq!(key(15), Some('D'));
        assert_eq!(key(16), None);
    }
}
