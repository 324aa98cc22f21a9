//! A stream of datagrams on a call's media port (RTP, RTCP, DTMF, garbage).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::rtp_media(data));
