//! What the gateway reads from a SIP request before rsipstack's dialog layer takes it over: whether it
//! belongs to a dialog, where it came from, a new INVITE's SDP offer and the codecs we take from it, and
//! the key press an INFO carries. Pure functions of a parsed [`Request`], so the fuzz target can run them
//! on whatever the transports make of arbitrary bytes, and the server's I/O stays out of this crate.

use std::net::{IpAddr, SocketAddr};

use rsipstack::sip::prelude::HeadersExt;
use rsipstack::sip::Request;
use rsipstack::transport::SipConnection;

use crate::info::{self, InfoError, InfoRequest};
use crate::media::PayloadMap;
use crate::sdp;

/// Where a request came from, as the transport recorded it in the top Via (`received`/`rport`).
pub fn source_ip(request: &Request) -> Option<IpAddr> {
    let via = request.via_header().ok()?;
    let (_, host) = SipConnection::parse_target_from_via(via).ok()?;
    let addr: SocketAddr = host.try_into().ok()?;
    Some(addr.ip())
}

/// A request with a To tag belongs to a dialog (RFC 3261 section 12.2.2); without one it starts a new one.
pub fn in_dialog(request: &Request) -> bool {
    request.to_header().ok().and_then(|t| t.tag().ok().flatten()).is_some()
}

/// The SDP offer of a new INVITE and the codecs we take from it.
pub fn invite_offer(request: &Request, prefer_opus: bool) -> Result<(sdp::Offer, PayloadMap, Vec<sdp::Format>), sdp::SdpError> {
    let offer = sdp::parse_offer(&String::from_utf8_lossy(&request.body))?;
    let (map, chosen) = sdp::choose(&offer, prefer_opus)?;
    Ok((offer, map, chosen))
}

/// The value of a request header, by name (case-insensitive, as SIP header names are).
fn header_value<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.iter().find(|h| h.name().eq_ignore_ascii_case(name)).map(|h| h.value())
}

/// What an INFO request carries, read from its headers and body.
pub fn info_request(request: &Request) -> Result<InfoRequest, InfoError> {
    info::parse(header_value(request, "Info-Package"), header_value(request, "Content-Type"), &request.body)
}

#[cfg(test)]
mod tests {
    use rsipstack::sip::{SipMessage, Transport};

    use super::*;

    /// A request as it arrives on UDP from `from`: parsed, then given the Via rewrite the transport applies.
    fn received(method: &str, headers: &str, body: &str, from: SocketAddr) -> Request {
        let text = format!(
            "{method} sip:tip@127.0.0.1:5080 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.9:5061;branch=z9hG4bK-1;rport\r\n\
             From: <sip:caller@10.0.0.9>;tag=1\r\nCall-ID: sip-test@10.0.0.9\r\nCSeq: 1 {method}\r\nMax-Forwards: 70\r\n\
             {headers}Content-Length: {}\r\n\r\n{body}",
            body.len()
        );
        match SipConnection::update_msg_received(SipMessage::try_from(text.as_str()).unwrap(), from, Transport::Udp).unwrap() {
            SipMessage::Request(r) => r,
            SipMessage::Response(_) => panic!("a request"),
        }
    }

    const CALLER: ([u8; 4], u16) = ([10, 0, 0, 9], 5061);
    const NEW: &str = "To: <sip:tip@127.0.0.1:5080>\r\n";
    const SDP: &str = "v=0\r\nc=IN IP4 10.0.0.9\r\nm=audio 6000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";

    #[test]
    fn a_new_invite_comes_from_where_the_packet_did_and_offers_its_codecs() {
        let invite = received("INVITE", &format!("{NEW}Content-Type: application/sdp\r\n"), SDP, ([192, 0, 2, 7], 5062).into());
        assert!(!in_dialog(&invite));
        assert_eq!(source_ip(&invite), Some(IpAddr::from([192, 0, 2, 7])), "the packet's source, not the Via's claim");
        let (offer, map, chosen) = invite_offer(&invite, true).unwrap();
        assert_eq!((offer.port, map.sample_rate()), (6000, 8000));
        assert_eq!(chosen, vec![(0, "pcmu".to_string(), 8000), (101, "telephone-event".to_string(), 8000)]);

        assert!(in_dialog(&received("INVITE", "To: <sip:tip@127.0.0.1:5080>;tag=ours\r\n", SDP, CALLER.into())));
        assert_eq!(invite_offer(&received("INVITE", NEW, "", CALLER.into()), true).unwrap_err(), sdp::SdpError::NoAudio);
    }

    #[test]
    fn info_headers_are_found_whatever_their_case() {
        let info = |headers: &str, body: &str| info_request(&received("INFO", &format!("To: <sip:tip@127.0.0.1>;tag=ours\r\n{headers}"), body, CALLER.into()));
        assert_eq!(info("content-type: application/dtmf-relay\r\n", "Signal=5\r\nDuration=160\r\n"), Ok(InfoRequest::Key('5')));
        assert_eq!(info("info-package: foo\r\nContent-Type: application/dtmf\r\n", "1"), Err(InfoError::Package("foo".into())));
        assert_eq!(info("Content-Type: application/dtmf\r\n", "11"), Ok(InfoRequest::Key('#')));
        assert_eq!(info("", ""), Ok(InfoRequest::Empty));
    }
}
