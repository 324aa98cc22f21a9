//! Key presses sent as SIP INFO within a call, the signalling-path alternative to RFC 4733 that some
//! PBXs and phones still use: `application/dtmf-relay` (`Signal=#` and `Duration=160` lines) and
//! `application/dtmf` (the key alone, or its RFC 4733 event number).
//!
//! How each INFO is answered follows RFC 6086 practice for legacy INFO usage (no Info Package): an empty
//! body is a keep-alive (200); a body type we do not take is 415 with an Accept header naming the ones we
//! do; an Info Package we do not support is 469.

use crate::media::dtmf;

/// The body types we accept, for the Accept header of a 415.
pub const ACCEPTED: &str = "application/dtmf-relay, application/dtmf";

/// What an INFO request within a call carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InfoRequest {
    /// A key the caller pressed.
    Key(char),
    /// No body: a keep-alive or a probe.
    Empty,
}

/// Why an INFO cannot be taken; each maps to the status the UAS answers with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InfoError {
    /// An Info Package (RFC 6086) we have not declared support for: 469.
    #[error("unsupported Info Package {0:?}")]
    Package(String),
    /// A body of a type we do not read: 415.
    #[error("unsupported INFO body type {0:?}")]
    MediaType(String),
    /// A DTMF body without a key we recognise: 400.
    #[error("INFO body carries no DTMF key")]
    NoKey,
}

/// Reads an INFO request's `Info-Package` and `Content-Type` headers (values, if present) and body.
pub fn parse(package: Option<&str>, content_type: Option<&str>, body: &[u8]) -> Result<InfoRequest, InfoError> {
    if let Some(p) = package {
        return Err(InfoError::Package(p.trim().chars().take(64).collect()));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(InfoRequest::Empty);
    }
    // `application/dtmf-relay; charset=...`: the media type is before any parameter, case-insensitive.
    let media_type = content_type.unwrap_or_default().split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let text = String::from_utf8_lossy(body);
    let signal = match media_type.as_str() {
        "application/dtmf-relay" => text.lines().find_map(|line| {
            let (name, value) = line.split_once('=')?;
            name.trim().eq_ignore_ascii_case("signal").then_some(value.trim())
        }),
        "application/dtmf" => text.lines().map(str::trim).find(|l| !l.is_empty()),
        _ => return Err(InfoError::MediaType(media_type.chars().take(64).collect())),
    };
    signal.and_then(key).map(InfoRequest::Key).ok_or(InfoError::NoKey)
}

/// A key as INFO bodies write it: the character itself (`#`, `*`, `0`-`9`, `A`-`D`) or its RFC 4733 event
/// number (`10` for `*`, `11` for `#`), which several PBXs send instead.
fn key(signal: &str) -> Option<char> {
    let mut chars = signal.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if matches!(c, '0'..='9' | '*' | '#') => Some(c),
        (Some(c), None) if matches!(c.to_ascii_uppercase(), 'A'..='D') => Some(c.to_ascii_uppercase()),
        _ => signal.parse::<u8>().ok().and_then(dtmf::key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELAY: Option<&str> = Some("application/dtmf-relay");

    #[test]
    fn dtmf_relay_bodies_as_phones_send_them() {
        assert_eq!(parse(None, RELAY, b"Signal=#\r\nDuration=160\r\n"), Ok(InfoRequest::Key('#')));
        assert_eq!(parse(None, Some("Application/DTMF-Relay; charset=x"), b"signal= 5\nduration=250"), Ok(InfoRequest::Key('5')));
        assert_eq!(parse(None, RELAY, b"Signal=11\r\nDuration=100\r\n"), Ok(InfoRequest::Key('#')), "event number");
        assert_eq!(parse(None, RELAY, b"Signal=*\r\n"), Ok(InfoRequest::Key('*')));
        assert_eq!(parse(None, RELAY, b"Signal=d\r\n"), Ok(InfoRequest::Key('D')));
    }

    #[test]
    fn dtmf_bodies_carry_the_key_or_its_event_number() {
        assert_eq!(parse(None, Some("application/dtmf"), b"#"), Ok(InfoRequest::Key('#')));
        assert_eq!(parse(None, Some("application/dtmf"), b"\r\n11\r\n"), Ok(InfoRequest::Key('#')));
        assert_eq!(parse(None, Some("application/dtmf"), b"10"), Ok(InfoRequest::Key('*')));
    }

    #[test]
    fn keep_alives_unknown_bodies_and_packages() {
        assert_eq!(parse(None, None, b""), Ok(InfoRequest::Empty));
        assert_eq!(parse(None, RELAY, b"\r\n"), Ok(InfoRequest::Empty));
        assert_eq!(parse(None, Some("application/media_control+xml"), b"<x/>"), Err(InfoError::MediaType("application/media_control+xml".into())));
        assert_eq!(parse(None, None, b"Signal=#"), Err(InfoError::MediaType(String::new())), "a body without a type is not guessed at");
        assert_eq!(parse(Some("foo"), RELAY, b"Signal=#"), Err(InfoError::Package("foo".into())));
        for bad in [&b"Duration=160"[..], b"Signal=", b"Signal=16", b"Signal=##", b"Signal=\xff"] {
            assert_eq!(parse(None, RELAY, bad), Err(InfoError::NoKey), "{:?}", String::from_utf8_lossy(bad));
        }
    }
}
