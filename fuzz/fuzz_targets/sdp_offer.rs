//! SDP offers from the network: parsing, codec choice and answering must never panic.
#![no_main]
use gateway::telephony::sdp;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(offer) = sdp::parse_offer(&text) {
        if let Ok((_, chosen)) = sdp::choose(&offer) {
            let _ = sdp::answer(&offer, &chosen, offer.address, 4000, 1);
        }
    }
});
