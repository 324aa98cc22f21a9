//! SDP offer/answer (RFC 3264) for one audio stream: parse the caller's offer, pick the codecs we can
//! record (Opus, RFC 7587, first when offered; then G.711), and write the answer. Anything we cannot
//! use is rejected with a reason the SIP layer turns into 488 Not Acceptable Here.

use std::net::IpAddr;

use crate::media::receiver::{Codec, PayloadMap};

/// Why an offer cannot be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SdpError {
    /// A line is not `x=value`, or a required field is unparseable.
    #[error("malformed SDP line {line}: {reason}")]
    Malformed { line: usize, reason: &'static str },
    /// No audio stream, or no connection address for it.
    #[error("the offer has no usable audio stream")]
    NoAudio,
    /// Audio offered only in codecs we do not decode.
    #[error("no codec in common (we take Opus, PCMU, PCMA and telephone-event)")]
    NoCommonCodec,
}

/// Which way media flows, from the offerer's point of view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    SendRecv,
    SendOnly,
    RecvOnly,
    Inactive,
}

impl Direction {
    /// Our side of it.
    fn answer(self) -> &'static str {
        match self {
            Direction::SendRecv => "sendrecv",
            Direction::SendOnly => "recvonly",
            Direction::RecvOnly => "sendonly",
            Direction::Inactive => "inactive",
        }
    }

    /// A re-INVITE with `sendonly` or `inactive` is the caller putting us on hold.
    pub fn is_hold(self) -> bool {
        matches!(self, Direction::SendOnly | Direction::Inactive)
    }
}

/// An offered payload type: its number, encoding name (lower case) and clock rate.
pub type Format = (u8, String, u32);

/// What we need from an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub address: IpAddr,
    pub port: u16,
    /// Offered payload types with encoding name and clock rate, in the offerer's preference order.
    pub formats: Vec<Format>,
    pub direction: Direction,
    pub rtcp_mux: bool,
}

impl Offer {
    /// Whether this (re-)offer puts the call on hold: `sendonly`/`inactive`, or the older RFC 2543 way
    /// of a `c=0.0.0.0` connection address.
    pub fn is_hold(&self) -> bool {
        self.direction.is_hold() || self.address.is_unspecified()
    }

    /// Where the offerer wants its media sent, if the offer says: not for `c=0.0.0.0` or a port of 0.
    pub fn media_address(&self) -> Option<std::net::SocketAddr> {
        (!self.address.is_unspecified() && self.port != 0).then_some(std::net::SocketAddr::new(self.address, self.port))
    }

    /// Our direction in the answer.
    fn answer_direction(&self) -> &'static str {
        match self.direction {
            // c=0.0.0.0 with the default direction: the caller sends at most, as with `sendonly`.
            Direction::SendRecv if self.address.is_unspecified() => Direction::SendOnly.answer(),
            d => d.answer(),
        }
    }
}

/// Limit on SDP size: a real audio offer is well under 4 KiB.
pub const MAX_SDP_BYTES: usize = 16 * 1024;

pub fn parse_offer(sdp: &str) -> Result<Offer, SdpError> {
    if sdp.len() > MAX_SDP_BYTES {
        return Err(SdpError::Malformed { line: 0, reason: "too large" });
    }
    let mut session_addr: Option<IpAddr> = None;
    let mut media_addr: Option<IpAddr> = None;
    let mut audio: Option<(u16, Vec<u8>)> = None;
    let mut in_audio = false;
    let mut rtpmaps: Vec<Format> = Vec::new();
    let mut direction = Direction::SendRecv;
    let mut rtcp_mux = false;
    for (i, raw) in sdp.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.is_empty() {
            continue;
        }
        let bad = |reason| SdpError::Malformed { line: i + 1, reason };
        let (kind, value) = line.split_once('=').ok_or(bad("expected x=value"))?;
        match kind {
            "m" => {
                let mut f = value.split_whitespace();
                let media = f.next().ok_or(bad("empty m= line"))?;
                in_audio = media == "audio" && audio.is_none();
                if in_audio {
                    let port = f.next().and_then(|p| p.split('/').next()?.parse().ok()).ok_or(bad("bad port"))?;
                    let _proto = f.next().ok_or(bad("missing protocol"))?;
                    let pts = f.map(|p| p.parse::<u8>()).collect::<Result<Vec<_>, _>>().map_err(|_| bad("bad payload type"))?;
                    audio = Some((port, pts));
                }
            }
            "c" => {
                let addr = value.split_whitespace().nth(2).ok_or(bad("bad c= line"))?;
                let addr: IpAddr = addr.split('/').next().unwrap_or(addr).parse().map_err(|_| bad("bad address"))?;
                if audio.is_some() && in_audio {
                    media_addr = Some(addr);
                } else if audio.is_none() {
                    session_addr = Some(addr);
                }
            }
            "a" if in_audio || audio.is_none() => {
                let (name, arg) = value.split_once(':').unwrap_or((value, ""));
                match name {
                    "rtpmap" if in_audio => {
                        let (pt, enc) = arg.split_once(' ').ok_or(bad("bad rtpmap"))?;
                        let pt: u8 = pt.parse().map_err(|_| bad("bad rtpmap payload type"))?;
                        let mut parts = enc.split('/');
                        let name = parts.next().unwrap_or_default().to_ascii_lowercase();
                        let rate: u32 = parts.next().and_then(|r| r.parse().ok()).ok_or(bad("bad rtpmap clock rate"))?;
                        rtpmaps.push((pt, name, rate));
                    }
                    "sendrecv" => direction = Direction::SendRecv,
                    "sendonly" => direction = Direction::SendOnly,
                    "recvonly" => direction = Direction::RecvOnly,
                    "inactive" => direction = Direction::Inactive,
                    "rtcp-mux" if in_audio => rtcp_mux = true,
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let (port, pts) = audio.ok_or(SdpError::NoAudio)?;
    let address = media_addr.or(session_addr).ok_or(SdpError::NoAudio)?;
    let formats = pts
        .into_iter()
        .filter_map(|pt| {
            rtpmaps.iter().find(|(p, _, _)| *p == pt).cloned().or_else(|| match pt {
                // Static payload types may be offered without rtpmap (RFC 3551).
                0 => Some((0, "pcmu".into(), 8000)),
                8 => Some((8, "pcma".into(), 8000)),
                _ => None,
            })
        })
        .collect();
    Ok(Offer { address, port, formats, direction, rtcp_mux })
}

/// Whether we decode this voice codec (as an offer names it: lower-case name and clock rate).
fn is_voice(name: &str, rate: u32) -> bool {
    matches!((name, rate), ("pcmu", 8000) | ("pcma", 8000) | ("opus", 48_000))
}

/// The codecs we accept from an offer: Opus when offered and `prefer_opus` (wideband audio transcribes
/// better), otherwise the first voice codec it offers that we decode; plus telephone-event at 8 kHz if
/// offered. We answer one voice codec only, so the caller knows what it will receive.
pub fn choose(offer: &Offer, prefer_opus: bool) -> Result<(PayloadMap, Vec<Format>), SdpError> {
    let opus = offer.formats.iter().find(|(_, name, rate)| prefer_opus && name == "opus" && *rate == 48_000);
    let voice = opus
        .or_else(|| offer.formats.iter().find(|(_, name, rate)| is_voice(name, *rate) && (prefer_opus || name != "opus")))
        .ok_or(SdpError::NoCommonCodec)?;
    let mut chosen = vec![voice.clone()];
    if let Some(te) = offer.formats.iter().find(|(_, n, r)| n == "telephone-event" && *r == 8000) {
        chosen.push(te.clone());
    }
    let map = chosen
        .iter()
        .map(|(pt, name, _)| {
            let codec = match name.as_str() {
                "pcmu" => Codec::Pcmu,
                "pcma" => Codec::Pcma,
                "opus" => Codec::Opus,
                _ => Codec::TelephoneEvent,
            };
            (*pt, codec)
        })
        .collect();
    Ok((PayloadMap(map), chosen))
}

/// A re-offer within a call (re-INVITE or UPDATE) keeps the codecs first negotiated (RFC 3264 section 8:
/// payload type numbers keep their meaning for the whole session): the ones of `current` it still offers.
/// The voice codec must be among them.
pub fn keep(offer: &Offer, current: &[Format]) -> Result<Vec<Format>, SdpError> {
    let kept: Vec<_> = current.iter().filter(|c| offer.formats.contains(c)).cloned().collect();
    if !kept.iter().any(|(_, name, rate)| is_voice(name, *rate)) {
        return Err(SdpError::NoCommonCodec);
    }
    Ok(kept)
}

/// Our side of a session, as the answers describe it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub address: IpAddr,
    pub port: u16,
    pub session_id: u64,
    /// Goes up by one with every new answer in the session (RFC 3264 section 8).
    pub version: u64,
}

/// Writes our answer: same payload types as chosen, our address and port, the mirrored direction.
pub fn answer(offer: &Offer, chosen: &[Format], ours: Origin) -> String {
    let Origin { address: our_addr, port: our_port, session_id, version } = ours;
    let family = if our_addr.is_ipv4() { "IP4" } else { "IP6" };
    let pts: Vec<String> = chosen.iter().map(|(pt, _, _)| pt.to_string()).collect();
    let mut s = format!(
        "v=0\r\no=tipline {session_id} {version} IN {family} {our_addr}\r\ns=tipline\r\nc=IN {family} {our_addr}\r\nt=0 0\r\nm=audio {our_port} RTP/AVP {}\r\n",
        pts.join(" ")
    );
    for (pt, name, rate) in chosen {
        match name.as_str() {
            "pcmu" => s.push_str(&format!("a=rtpmap:{pt} PCMU/{rate}\r\n")),
            "pcma" => s.push_str(&format!("a=rtpmap:{pt} PCMA/{rate}\r\n")),
            // RFC 7587: always `/2`; we send mono, and need no more than wideband from the caller.
            "opus" => s.push_str(&format!("a=rtpmap:{pt} opus/48000/2\r\na=fmtp:{pt} maxplaybackrate=16000;sprop-maxcapturerate=8000\r\n")),
            other => s.push_str(&format!("a=rtpmap:{pt} {other}/{rate}\r\na=fmtp:{pt} 0-16\r\n")),
        }
    }
    s.push_str("a=ptime:20\r\n");
    if offer.rtcp_mux {
        s.push_str("a=rtcp-mux\r\n");
    }
    s.push_str(&format!("a={}\r\n", offer.answer_direction()));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIPP_OFFER: &str = "v=0\r\no=user1 53655765 2353687637 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 6000 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-11,16\r\n";

    fn origin(port: u16, version: u64) -> Origin {
        Origin { address: "127.0.0.1".parse().unwrap(), port, session_id: 7, version }
    }

    #[test]
    fn answers_a_sipp_offer_with_pcma_and_dtmf() {
        let offer = parse_offer(SIPP_OFFER).unwrap();
        assert_eq!((offer.address.to_string(), offer.port, offer.direction), ("127.0.0.1".into(), 6000, Direction::SendRecv));
        let (map, chosen) = choose(&offer, true).unwrap();
        assert_eq!(map.0.get(&8), Some(&Codec::Pcma));
        assert_eq!(map.0.get(&101), Some(&Codec::TelephoneEvent));
        let a = answer(&offer, &chosen, origin(40000, 7));
        assert!(a.contains("m=audio 40000 RTP/AVP 8 101\r\n"), "{a}");
        assert!(a.contains("a=rtpmap:8 PCMA/8000") && a.contains("a=rtpmap:101 telephone-event/8000") && a.contains("a=sendrecv"));
    }

    #[test]
    fn prefers_opus_then_the_offerers_order_and_static_types_need_no_rtpmap() {
        let offer =
            parse_offer("v=0\nc=IN IP4 10.0.0.1\nm=audio 5004 RTP/AVP 0 8 111 101\na=rtpmap:111 opus/48000/2\na=rtpmap:101 telephone-event/8000\n").unwrap();
        let (map, chosen) = choose(&offer, true).unwrap();
        assert_eq!(chosen, vec![(111, "opus".to_string(), 48_000), (101, "telephone-event".to_string(), 8000)]);
        assert_eq!((map.0.get(&111), map.sample_rate()), (Some(&Codec::Opus), 16_000));
        let a = answer(&offer, &chosen, origin(4000, 1));
        assert!(a.contains("m=audio 4000 RTP/AVP 111 101\r\n") && a.contains("a=rtpmap:111 opus/48000/2\r\na=fmtp:111 maxplaybackrate=16000"), "{a}");
        // Opus not preferred (CPU per call matters more than wideband here): the first G.711 codec.
        let (map, chosen) = choose(&offer, false).unwrap();
        assert_eq!((chosen[0].clone(), map.sample_rate()), ((0, "pcmu".to_string(), 8000), 8000));
        // Opus is kept through a re-offer; an Opus-only offer is fine unless Opus is off.
        assert_eq!(keep(&offer, &choose(&offer, true).unwrap().1).unwrap().len(), 2);
        let opus_only = parse_offer("v=0\nc=IN IP4 127.0.0.1\nm=audio 5004 RTP/AVP 96\na=rtpmap:96 OPUS/48000/2\n").unwrap();
        assert_eq!(choose(&opus_only, true).unwrap().1, vec![(96, "opus".to_string(), 48_000)]);
        assert_eq!(choose(&opus_only, false), Err(SdpError::NoCommonCodec));
        let narrow_opus = parse_offer("v=0\nc=IN IP4 127.0.0.1\nm=audio 5004 RTP/AVP 96\na=rtpmap:96 opus/16000\n").unwrap();
        assert_eq!(choose(&narrow_opus, true), Err(SdpError::NoCommonCodec), "RFC 7587 says 48000; anything else is not Opus as we know it");
    }

    #[test]
    fn hold_and_rejections() {
        let hold = parse_offer(&SIPP_OFFER.replace("t=0 0\r\n", "t=0 0\r\na=sendonly\r\n")).unwrap();
        assert!(hold.direction.is_hold());
        let (_, chosen) = choose(&hold, true).unwrap();
        assert!(answer(&hold, &chosen, origin(1, 1)).contains("a=recvonly"));

        let speex_only = "v=0\nc=IN IP4 127.0.0.1\nm=audio 5004 RTP/AVP 97\na=rtpmap:97 speex/8000\n";
        assert_eq!(choose(&parse_offer(speex_only).unwrap(), true), Err(SdpError::NoCommonCodec));
        assert_eq!(parse_offer("v=0\nc=IN IP4 127.0.0.1\nm=video 5004 RTP/AVP 96\n"), Err(SdpError::NoAudio));
        assert_eq!(parse_offer("v=0\nm=audio 5004 RTP/AVP 0\n"), Err(SdpError::NoAudio), "no address");
        assert!(matches!(parse_offer("v=0\ngarbage\n"), Err(SdpError::Malformed { line: 2, .. })));
        assert!(matches!(parse_offer("c=IN IP4 nowhere\nm=audio 1 RTP/AVP 0\n"), Err(SdpError::Malformed { .. })));
        assert!(matches!(parse_offer("c=IN IP4 1.2.3.4\nm=audio 99999 RTP/AVP 0\n"), Err(SdpError::Malformed { .. })));
        assert!(parse_offer(&"a=x\n".repeat(10_000)).is_err());
    }

    #[test]
    fn re_offers_hold_and_resume_with_the_codecs_first_chosen() {
        let (_, first) = choose(&parse_offer(SIPP_OFFER).unwrap(), true).unwrap();
        let with = |extra: &str, c: &str| parse_offer(&SIPP_OFFER.replace("t=0 0\r\n", &format!("t=0 0\r\n{extra}")).replace("c=IN IP4 127.0.0.1", c)).unwrap();
        let cases = [
            ("a=sendonly\r\n", "c=IN IP4 127.0.0.1", true, "a=recvonly"),
            ("a=inactive\r\n", "c=IN IP4 127.0.0.1", true, "a=inactive"),
            ("", "c=IN IP4 0.0.0.0", true, "a=recvonly"),
            ("a=sendrecv\r\n", "c=IN IP4 127.0.0.1", false, "a=sendrecv"),
        ];
        for (version, (extra, c, held, direction)) in cases.into_iter().enumerate() {
            let offer = with(extra, c);
            assert_eq!(offer.is_hold(), held, "{extra}{c}");
            let kept = keep(&offer, &first).unwrap();
            assert_eq!(kept, first);
            let a = answer(&offer, &kept, origin(40000, version as u64 + 2));
            assert!(a.contains(direction) && a.contains(&format!("o=tipline 7 {} IN IP4", version + 2)), "{a}");
        }
        // Dropping the voice codec in a re-offer cannot be answered; dropping telephone-event can.
        let no_voice = parse_offer("v=0\nc=IN IP4 127.0.0.1\nm=audio 6000 RTP/AVP 0 101\na=rtpmap:101 telephone-event/8000\n").unwrap();
        assert_eq!(keep(&no_voice, &first), Err(SdpError::NoCommonCodec));
        let voice_only = parse_offer("v=0\nc=IN IP4 127.0.0.1\nm=audio 6000 RTP/AVP 8\n").unwrap();
        assert_eq!(keep(&voice_only, &first).unwrap(), vec![(8, "pcma".to_string(), 8000)]);
    }

    #[test]
    fn never_panics_on_arbitrary_text() {
        // A cheap deterministic fuzz: every prefix and byte-level mutation of a real offer.
        let base = SIPP_OFFER.as_bytes();
        for cut in 0..base.len() {
            let _ = parse_offer(&String::from_utf8_lossy(&base[..cut]));
        }
        for i in 0..base.len() {
            for b in [b'=', b' ', b'/', b':', b'\n', b'9', 0xff] {
                let mut m = base.to_vec();
                m[i] = b;
                if let Ok(o) = parse_offer(&String::from_utf8_lossy(&m)) {
                    let _ = choose(&o, true);
                }
            }
        }
    }
}
