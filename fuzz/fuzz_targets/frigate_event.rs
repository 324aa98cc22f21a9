//! MQTT payloads claiming to be Frigate events or reviews.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::frigate_event(data));
