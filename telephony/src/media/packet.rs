//! Classifies datagrams arriving on a media port and parses RTP into an owned packet.

/// What a datagram on the media port turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Datagram {
    Rtp(RtpPacket),
    /// RTCP shares the port when rtcp-mux is used; we do not need its reports, so it is skipped safely.
    Rtcp,
}

/// An RTP packet with the fields the media core uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RtpPacket {
    pub payload_type: u8,
    pub sequence: u16,
    pub timestamp: u32,
    pub ssrc: u32,
    pub marker: bool,
    pub payload: Vec<u8>,
}

/// Why a datagram was rejected. Rejections are counted, never fatal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PacketError {
    /// Not RTP version 2, too short, or inconsistent header lengths.
    #[error("malformed RTP: {0}")]
    Malformed(String),
}

/// RTCP packet types 200..=207 sit where RTP has marker + payload type (RFC 5761 section 4).
fn is_rtcp(bytes: &[u8]) -> bool {
    bytes.len() >= 2 && bytes[0] >> 6 == 2 && (200..=207).contains(&bytes[1])
}

pub fn parse(bytes: &[u8]) -> Result<Datagram, PacketError> {
    if is_rtcp(bytes) {
        return Ok(Datagram::Rtcp);
    }
    let r = rtp_rs::RtpReader::new(bytes).map_err(|e| PacketError::Malformed(format!("{e:?}")))?;
    Ok(Datagram::Rtp(RtpPacket {
        payload_type: r.payload_type(),
        sequence: r.sequence_number().into(),
        timestamp: r.timestamp(),
        ssrc: r.ssrc(),
        marker: r.mark(),
        payload: r.payload().to_vec(),
    }))
}

#[cfg(test)]
pub(crate) fn build(pt: u8, seq: u16, ts: u32, ssrc: u32, payload: &[u8]) -> Vec<u8> {
    rtp_rs::RtpPacketBuilder::new()
        .payload_type(pt)
        .sequence(seq.into())
        .timestamp(ts)
        .ssrc(ssrc)
        .payload(payload)
        .build()
        .unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rtp_and_skips_rtcp() {
        let bytes = build(8, 65535, 160, 0xdead_beef, &[1, 2, 3]);
        let Datagram::Rtp(p) = parse(&bytes).unwrap() else { panic!("expected RTP") };
        assert_eq!((p.payload_type, p.sequence, p.timestamp, p.ssrc, p.payload.as_slice()), (8, 65535, 160, 0xdead_beef, &[1u8, 2, 3][..]));
        // An RTCP receiver report header: V=2, RC=0, PT=201.
        assert_eq!(parse(&[0x80, 201, 0, 1, 0, 0, 0, 1]).unwrap(), Datagram::Rtcp);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for bytes in [&[][..], &[0x80][..], &[0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0][..], &[0x8f; 12][..], &[0xa0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff][..]] {
            assert!(parse(bytes).is_err(), "{bytes:?}");
        }
    }
}
