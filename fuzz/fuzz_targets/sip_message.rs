//! SIP messages from UDP datagrams or TCP streams, up to where the dialog layer takes over.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::sip_message(data));
