//! One answered call's media: receive RTP, record it, and decide when the call is over (the caller hangs
//! up or presses `#`, goes silent, or reaches the maximum duration). The SIP side owns signalling.

use std::time::Duration;

use tokio::net::UdpSocket;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::media::{MediaEvent, MediaReceiver, PayloadMap, ReceiverStats};
use super::recorder::Recorder;

/// Samples below this RMS level (about -40 dBFS) count as silence for the silence timeout.
const SPEECH_RMS: f64 = 330.0;

/// Why a call ended, as far as media is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallEnd {
    /// The caller hung up (BYE or CANCEL), or the node is shutting down.
    Hangup,
    /// The caller pressed `#`.
    Pound,
    /// No speech for the configured time.
    Silence,
    /// The configured maximum duration was reached.
    MaxDuration,
    /// The recording could not be written.
    RecordingFailed,
}

impl CallEnd {
    /// Whether we must send the BYE (the caller is still on the line).
    pub fn we_hang_up(self) -> bool {
        !matches!(self, CallEnd::Hangup)
    }
}

#[derive(Debug, Clone, Copy)]
pub struct MediaLimits {
    pub max_call: Duration,
    pub silence_timeout: Duration,
    pub jitter_delay_ms: u64,
}

fn rms(pcm: &[i16]) -> f64 {
    if pcm.is_empty() {
        return 0.0;
    }
    (pcm.iter().map(|&s| (s as f64) * (s as f64)).sum::<f64>() / pcm.len() as f64).sqrt()
}

/// Runs until the call ends; everything received is in the recording when it returns.
pub async fn run(
    socket: UdpSocket,
    payloads: PayloadMap,
    mut recorder: Recorder,
    limits: MediaLimits,
    hangup: CancellationToken,
) -> (CallEnd, ReceiverStats, Recorder) {
    let started = Instant::now();
    let mut receiver = MediaReceiver::new(payloads, limits.jitter_delay_ms, 8000);
    let mut last_speech = started;
    let mut buf = vec![0u8; 2048];
    let now_ms = |t: Instant| t.duration_since(started).as_millis() as u64;
    let end = loop {
        let poll_at = receiver.next_deadline().map(|ms| started + Duration::from_millis(ms));
        let events = tokio::select! {
            _ = hangup.cancelled() => break CallEnd::Hangup,
            _ = tokio::time::sleep_until(started + limits.max_call) => break CallEnd::MaxDuration,
            _ = tokio::time::sleep_until(last_speech + limits.silence_timeout) => break CallEnd::Silence,
            _ = async { tokio::time::sleep_until(poll_at.unwrap()).await }, if poll_at.is_some() => receiver.poll(now_ms(Instant::now())),
            r = socket.recv_from(&mut buf) => match r {
                Ok((n, _)) => receiver.on_datagram(&buf[..n], now_ms(Instant::now())),
                // ICMP port-unreachable and the like surface here on some systems; keep listening.
                Err(_) => Vec::new(),
            },
        };
        let mut pound = false;
        for event in events {
            match event {
                MediaEvent::Audio(pcm) => {
                    if rms(&pcm) >= SPEECH_RMS {
                        last_speech = Instant::now();
                    }
                    if recorder.write(&pcm).is_err() {
                        return (CallEnd::RecordingFailed, receiver.stats(), recorder);
                    }
                }
                MediaEvent::Dtmf('#') => pound = true,
                MediaEvent::Dtmf(_) => {}
            }
        }
        if pound {
            break CallEnd::Pound;
        }
    };
    for event in receiver.finish() {
        if let MediaEvent::Audio(pcm) = event {
            let _ = recorder.write(&pcm);
        }
    }
    (end, receiver.stats(), recorder)
}
