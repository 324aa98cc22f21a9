//! A stream of datagrams on a call's media port (RTP, RTCP, DTMF, garbage).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| gateway::fuzz_targets::rtp_media(data));
