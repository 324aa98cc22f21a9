//! The bodies of the cargo-fuzz targets in `fuzz/`: each takes arbitrary bytes the way the network
//! delivers them and drives the same code the gateway runs on them. They live in this crate, not in the
//! cargo-fuzz one, so that `cargo test` on stable replays every committed input in
//! `fuzz/regressions/<target>/` through exactly the code libFuzzer exercised (see the test at the bottom).
//! It depends on the crates that parse (telephony, correlate, vision), never on the gateway, so the
//! sanitizer build stays a few minutes.
//!
//! A target never returns an error: it must not panic, hang or allocate without bound.

use std::net::SocketAddr;

use telephony::media::receiver::Codec;
use telephony::media::{MediaReceiver, PayloadMap};
use telephony::{sdp, sip};

/// Names of the targets, as `fuzz/Cargo.toml` declares them.
pub const TARGETS: [&str; 6] = ["sip_message", "sdp_offer", "rtp_media", "frigate_event", "tip_analysis", "osm_pbf"];

/// Runs the target called `name` on `data`; false if there is no such target.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "sip_message" => sip_message(data),
        "sdp_offer" => sdp_offer(data),
        "rtp_media" => rtp_media(data),
        "frigate_event" => frigate_event(data),
        "tip_analysis" => tip_analysis(data),
        "osm_pbf" => osm_pbf(data),
        _ => return false,
    }
    true
}

/// SIP from UDP or TCP: rsipstack's datagram parser and stream framing as the transports call them, the
/// Via rewrite they apply, then what our server reads before the dialog layer takes over (dialog
/// membership, source address, for a new INVITE the SDP offer and codec choice, for INFO the key press).
pub fn sip_message(data: &[u8]) {
    use rsipstack::sip::SipMessage;
    use tokio_util::codec::Decoder;

    let inspect = |message: SipMessage| {
        let from: SocketAddr = ([192, 0, 2, 1], 5060).into();
        let transport = rsipstack::sip::transport::Transport::Udp;
        if let Ok(SipMessage::Request(request)) = rsipstack::transport::SipConnection::update_msg_received(message, from, transport) {
            let _ = sip::in_dialog(&request);
            let _ = sip::source_ip(&request);
            if request.method == rsipstack::sip::Method::Invite {
                if let Ok((offer, _, chosen)) = sip::invite_offer(&request, true) {
                    let _ = sdp::keep(&offer, &chosen);
                    let _ = offer.media_address();
                }
            }
            if request.method == rsipstack::sip::Method::Info {
                let _ = sip::info_request(&request);
            }
        }
    };
    if let Ok(message) = SipMessage::try_from(data) {
        inspect(message);
    }
    // The same bytes as a TCP stream: every message the codec frames out of it.
    let mut codec = rsipstack::transport::stream::SipCodec::new();
    let mut buffer = bytes::BytesMut::from(data);
    while let Ok(Some(item)) = codec.decode(&mut buffer) {
        if let rsipstack::transport::stream::SipCodecType::Message(message) = item {
            inspect(message);
        }
    }
}

/// SDP offers: parsing, codec choice, answering, and re-offer codec matching.
pub fn sdp_offer(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(offer) = sdp::parse_offer(&text) {
        if let Ok((_, chosen)) = sdp::choose(&offer, true) {
            let ours = sdp::Origin { address: offer.address, port: 4000, session_id: 1, version: 1 };
            let _ = sdp::answer(&offer, &chosen, ours);
            let _ = sdp::keep(&offer, &chosen);
        }
    }
}

/// A stream of datagrams on a call's media port (RTP, RTCP, DTMF, garbage), length-prefixed, each
/// arriving 7 ms after the previous one. Payload type 111 is Opus, as most phones number it.
pub fn rtp_media(data: &[u8]) {
    let mut payloads = PayloadMap::default();
    payloads.0.insert(111, Codec::Opus);
    let mut receiver = MediaReceiver::new(payloads, 60, 1000);
    let mut rest = data;
    let mut now = 0u64;
    while let Some((&len, tail)) = rest.split_first() {
        let n = (len as usize).min(tail.len());
        let _ = receiver.on_datagram(&tail[..n], now);
        rest = &tail[n..];
        now += 7;
    }
    let _ = receiver.finish();
}

/// MQTT payloads claiming to be Frigate events or reviews.
pub fn frigate_event(data: &[u8]) {
    let _ = vision::frigate::parse("frigate", "frigate/events", data);
    let _ = vision::frigate::parse("frigate", "frigate/reviews", data);
}

/// Bytes claiming to be an OpenStreetMap PBF extract (an agency's file, or one fetched for it): refused
/// with an error or imported, never a panic out of `import`.
///
/// osmpbf panics on some corrupt blocks and `import` turns that into an error; libFuzzer's panic hook
/// would abort on those caught panics anyway. So a panic raised in osmpbf's or protobuf's code is let
/// unwind to `import` here; any other (in our code, or one `import` does not catch) still aborts.
pub fn osm_pbf(data: &[u8]) {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let upstream = info.location().is_some_and(|l| ["/osmpbf-", "/protobuf-"].iter().any(|c| l.file().contains(c)));
            if !upstream {
                previous(info);
            }
        }));
    });
    let _ = correlate::gazetteer::osm::import(std::io::Cursor::new(data));
}

/// Tip text from the public: extraction and geocoding against the demo town; every span must index
/// the input.
pub fn tip_analysis(data: &[u8]) {
    static TOWN: std::sync::OnceLock<correlate::Gazetteer> = std::sync::OnceLock::new();
    let town = TOWN.get_or_init(|| correlate::Gazetteer::from_geojson(include_str!("../../../config/demo/town.geojson")).expect("demo town"));
    let text = String::from_utf8_lossy(data);
    let received = chrono::DateTime::from_timestamp(1_764_000_000, 0).expect("a fixed instant");
    let analysis = correlate::analyse(&text, received, town);
    for e in &analysis.entities {
        assert!(e.span.slice(&text).is_some(), "entity span out of the input");
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every committed input (seeds and the inputs of crashes once fixed) goes through its target on
    /// every `cargo test`, so a regression is caught without a nightly toolchain.
    #[test]
    fn committed_fuzz_inputs_replay_without_panicking() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../regressions");
        let mut replayed = 0;
        for target in TARGETS {
            let dir = root.join(target);
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let mut count = 0;
            for entry in entries {
                let path = entry.unwrap().path();
                let data = std::fs::read(&path).unwrap();
                let outcome = std::panic::catch_unwind(|| run(target, &data));
                assert!(matches!(outcome, Ok(true)), "{target} panicked on {}", path.display());
                count += 1;
            }
            assert!(count > 0, "{target} has no committed inputs in {}", dir.display());
            replayed += count;
        }
        // Every target the fuzz crate declares is replayed here.
        let manifest = std::fs::read_to_string(root.join("../Cargo.toml")).unwrap();
        let declared = manifest.lines().filter(|l| l.trim_start().starts_with("name = ") && !l.contains("tipline-fuzz")).count();
        assert_eq!(declared, TARGETS.len(), "fuzz/Cargo.toml and TARGETS disagree");
        assert!(replayed >= TARGETS.len());
        assert!(!run("no_such_target", b""));
    }
}
