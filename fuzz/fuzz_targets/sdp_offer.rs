//! SDP offers from the network: parsing, codec choice and answering must never panic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::sdp_offer(data));
