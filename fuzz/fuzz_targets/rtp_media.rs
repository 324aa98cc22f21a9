//! A stream of datagrams on a call's media port (RTP, RTCP, DTMF, garbage): the receiver must never
//! panic and never hold more than it is bounded to.
#![no_main]
use gateway::telephony::media::{MediaReceiver, PayloadMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut r = MediaReceiver::new(PayloadMap::default(), 60, 8000);
    // Length-prefixed datagrams, each arriving 7 ms after the previous one.
    let mut rest = data;
    let mut now = 0u64;
    while let Some((&len, tail)) = rest.split_first() {
        let n = (len as usize).min(tail.len());
        let _ = r.on_datagram(&tail[..n], now);
        rest = &tail[n..];
        now += 7;
    }
    let _ = r.finish();
});
