//! MQTT payloads claiming to be Frigate events or reviews.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vision::frigate::parse("frigate", "frigate/events", data);
    let _ = vision::frigate::parse("frigate", "frigate/reviews", data);
});
