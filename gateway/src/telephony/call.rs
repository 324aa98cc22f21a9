//! One answered call's media: receive RTP, record it, and decide when the call is over (the caller hangs
//! up or presses `#`, goes silent, or reaches the maximum duration). The SIP side owns signalling.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use correlate::TipId;
use tokio::net::UdpSocket;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::media::sender::{Packetizer, FRAME};
use super::media::{MediaEvent, MediaReceiver, PayloadMap, ReceiverStats};
use super::prompts::Prompts;
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

/// One call's media endpoints, as negotiated in SDP.
pub struct CallMedia {
    pub socket: UdpSocket,
    pub payloads: PayloadMap,
    /// Where the caller said to send audio; replaced by where their audio actually comes from (NAT).
    pub remote: SocketAddr,
    /// How we speak to the caller, when the negotiated codec allows it.
    pub packetizer: Option<Packetizer>,
    /// True while the caller has us on hold: they are not speaking to us by design, so the silence
    /// timeout waits (the maximum duration does not), and prompts pause unless we are saying goodbye.
    pub hold: tokio::sync::watch::Receiver<bool>,
}

/// Runs until the call ends; everything received is in the recording when it returns.
/// With prompts, the caller hears the greeting and tone first and, after `#`, their tip reference.
pub async fn run(
    media: CallMedia,
    tip: TipId,
    prompts: Option<Arc<Prompts>>,
    mut recorder: Recorder,
    limits: MediaLimits,
    hangup: CancellationToken,
) -> (CallEnd, ReceiverStats, Recorder) {
    let CallMedia { socket, payloads, mut remote, mut packetizer, mut hold } = media;
    let mut held = *hold.borrow_and_update();
    let mut hold_watched = true;
    let started = Instant::now();
    let mut receiver = MediaReceiver::new(payloads, limits.jitter_delay_ms, 8000);
    let mut last_speech = started;
    let mut buf = vec![0u8; 2048];
    let now_ms = |t: Instant| t.duration_since(started).as_millis() as u64;
    let mut playback: VecDeque<i16> = prompts.as_ref().map(|p| p.opening().into()).unwrap_or_default();
    let mut latched = false;
    let mut closing = false;
    let mut pace = tokio::time::interval(Duration::from_millis(20));
    pace.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let end = loop {
        if closing && playback.is_empty() {
            break CallEnd::Pound;
        }
        let poll_at = receiver.next_deadline().map(|ms| started + Duration::from_millis(ms));
        let speaking = !playback.is_empty() && packetizer.is_some() && (!held || closing);
        // The caller is not silent while we talk to them.
        if speaking {
            last_speech = Instant::now();
        }
        let events = tokio::select! {
            _ = hangup.cancelled() => break CallEnd::Hangup,
            _ = tokio::time::sleep_until(started + limits.max_call), if !closing => break CallEnd::MaxDuration,
            _ = tokio::time::sleep_until(last_speech + limits.silence_timeout), if !closing && !held => break CallEnd::Silence,
            changed = hold.changed(), if hold_watched => {
                match changed {
                    Ok(()) => held = *hold.borrow_and_update(),
                    Err(_) => hold_watched = false,
                }
                // A full silence timeout from the moment the caller comes back.
                last_speech = Instant::now();
                Vec::new()
            }
            _ = async { tokio::time::sleep_until(poll_at.unwrap()).await }, if poll_at.is_some() => receiver.poll(now_ms(Instant::now())),
            _ = pace.tick(), if speaking => {
                let frame: Vec<i16> = playback.drain(..FRAME.min(playback.len())).collect();
                if let Some(p) = packetizer.as_mut() {
                    let _ = socket.send_to(&p.packet(&frame), remote).await;
                }
                Vec::new()
            }
            r = socket.recv_from(&mut buf) => match r {
                Ok((n, from)) => {
                    if !latched {
                        remote = from;
                        latched = true;
                    }
                    receiver.on_datagram(&buf[..n], now_ms(Instant::now()))
                }
                // ICMP port-unreachable and the like surface here on some systems; keep listening.
                Err(_) => Vec::new(),
            },
        };
        if closing && packetizer.is_none() {
            playback.clear();
        }
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
        if pound && !closing {
            match (&prompts, &packetizer) {
                (Some(p), Some(_)) => {
                    playback = p.closing(tip).into();
                    closing = true;
                }
                _ => break CallEnd::Pound,
            }
        }
    };
    for event in receiver.finish() {
        if let MediaEvent::Audio(pcm) = event {
            let _ = recorder.write(&pcm);
        }
    }
    (end, receiver.stats(), recorder)
}
