//! One answered call's media: receive RTP, record it, and decide when the call is over (the caller hangs
//! up or presses `#`, goes silent, or reaches the maximum duration). The SIP side owns signalling.
//! What is recorded is also fed, without ever waiting, to the call's live transcription session if it got
//! one.

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
use crate::speech::{LiveFeed, LiveTranscription};

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
    /// Where the caller's SDP says to send audio, updated when a re-offer moves it. We send to where their
    /// audio actually comes from (NAT) once it comes, and follow them again after a move.
    pub remote: tokio::sync::watch::Receiver<SocketAddr>,
    /// Keys the caller pressed that came by SIP INFO rather than in the media stream.
    pub keys: tokio::sync::mpsc::Receiver<char>,
    /// How we speak to the caller, when the negotiated codec allows it.
    pub packetizer: Option<Packetizer>,
    /// True while the caller has us on hold: they are not speaking to us by design, so the silence
    /// timeout waits (the maximum duration does not), and prompts pause unless we are saying goodbye.
    pub hold: tokio::sync::watch::Receiver<bool>,
}

/// Where the caller's audio goes: the recording always, the live session while it keeps up.
struct Sink {
    recorder: Recorder,
    live: Option<LiveFeed>,
}

impl Sink {
    fn write(&mut self, pcm: &[i16]) -> std::io::Result<()> {
        self.recorder.write(pcm)?;
        if let Some(live) = &mut self.live {
            live.push(pcm);
        }
        Ok(())
    }
}

/// Runs until the call ends; everything received is in the recording when it returns, and in the live
/// session (returned for the caller to finish after hangup) if it kept up.
/// With prompts, the caller hears the greeting and tone first and, after `#`, their tip reference.
pub async fn run(
    media: CallMedia,
    tip: TipId,
    prompts: Option<Arc<Prompts>>,
    recorder: Recorder,
    limits: MediaLimits,
    hangup: CancellationToken,
    live: Option<&LiveTranscription>,
) -> (CallEnd, ReceiverStats, Recorder, Option<LiveFeed>) {
    // Recorded and transcribed at the rate the codec gives: 8 kHz for G.711, 16 kHz for Opus.
    let rate = media.payloads.sample_rate();
    let mut sink = Sink { recorder, live: live.and_then(|l| l.open(tip, rate)) };
    let end = media_loop(media, tip, prompts, &mut sink, limits, hangup).await;
    (end.0, end.1, sink.recorder, sink.live)
}

async fn media_loop(
    media: CallMedia,
    tip: TipId,
    prompts: Option<Arc<Prompts>>,
    sink: &mut Sink,
    limits: MediaLimits,
    hangup: CancellationToken,
) -> (CallEnd, ReceiverStats) {
    let CallMedia { socket, payloads, remote: mut signalled, mut keys, mut packetizer, mut hold } = media;
    let mut held = *hold.borrow_and_update();
    let mut hold_watched = true;
    let mut remote = *signalled.borrow_and_update();
    let mut remote_watched = true;
    // After a move, packets still in flight from where the caller was must not latch us back there.
    let mut moved_from: Option<SocketAddr> = None;
    let mut keys_open = true;
    let started = Instant::now();
    // Gaps up to a second are concealed; longer ones are a far end restarting its clock.
    let mut receiver = MediaReceiver::new(payloads, limits.jitter_delay_ms, 1000);
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
            moved = signalled.changed(), if remote_watched => {
                match moved {
                    Ok(()) => {
                        moved_from = Some(remote);
                        remote = *signalled.borrow_and_update();
                        latched = false;
                    }
                    Err(_) => remote_watched = false,
                }
                Vec::new()
            }
            key = keys.recv(), if keys_open => match key {
                Some(key) => vec![MediaEvent::Dtmf(key)],
                None => {
                    keys_open = false;
                    Vec::new()
                }
            },
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
                    if !latched && moved_from != Some(from) {
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
                    if sink.write(&pcm).is_err() {
                        return (CallEnd::RecordingFailed, receiver.stats());
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
            let _ = sink.write(&pcm);
        }
    }
    (end, receiver.stats())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::media::receiver::Codec;
    use super::super::recorder::recording_path;
    use super::*;
    use crate::speech::pool::tests::{stub_pool, stub_pool_with};
    use crate::speech::stored::tests::TempDir;
    use crate::speech::{stored, EnginePool, LiveOutcome};

    /// Real speech (espeak-ng, installed by scripts/setup) at 8 kHz: a second of silence, then a short
    /// sentence, `times` over, so the VAD ends an utterance after each sentence.
    fn spoken(times: usize) -> Vec<i16> {
        let wav = std::env::temp_dir().join(format!("tipline-call-{}.wav", uuid::Uuid::new_v4()));
        let ok = std::process::Command::new("espeak-ng").args(["-w"]).arg(&wav).arg("A red pickup truck near the library.").status();
        assert!(ok.is_ok_and(|s| s.success()), "espeak-ng (scripts/setup installs it)");
        let speech16k = asr::read_wav(&wav).unwrap();
        let _ = std::fs::remove_file(&wav);
        let speech: Vec<i16> = asr::audio::resample(&speech16k, 16_000, 8_000).iter().map(|&s| (s * 32767.0) as i16).collect();
        let mut out = Vec::new();
        for _ in 0..times {
            out.extend(std::iter::repeat_n(0i16, 8000));
            out.extend_from_slice(&speech);
        }
        // Whole packets, so what was sent is exactly what a complete recording holds.
        out.resize(out.len().div_ceil(FRAME) * FRAME, 0);
        out
    }

    /// Places a call carrying `audio` as PCMU, sent about ten times faster than real time, then hangs up;
    /// returns what the call produced.
    async fn call(audio: &[i16], dir: &Path, live: Option<&LiveTranscription>) -> (TipId, Recorder, Option<LiveFeed>) {
        let tip = TipId::random();
        let recorder = Recorder::create(dir, tip, 8000).unwrap();
        let socket = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let server = socket.local_addr().unwrap();
        let phone = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let remote = phone.local_addr().unwrap();
        let hold = tokio::sync::watch::channel(false).1;
        let (remote, keys) = (tokio::sync::watch::channel(remote).1, tokio::sync::mpsc::channel(1).1);
        let media = CallMedia { socket, payloads: PayloadMap::default(), remote, keys, packetizer: None, hold };
        let limits = MediaLimits { max_call: Duration::from_secs(120), silence_timeout: Duration::from_secs(120), jitter_delay_ms: 20 };
        let hangup = CancellationToken::new();
        let caller = async {
            let mut rtp = Packetizer::new(0, Codec::Pcmu, 7, 1, 0).unwrap();
            for frame in audio.chunks(FRAME) {
                phone.send_to(&rtp.packet(frame), server).await.unwrap();
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
            hangup.cancel();
        };
        let (_, (end, stats, recorder, live)) = tokio::join!(caller, run(media, tip, None, recorder, limits, hangup.clone(), live));
        assert_eq!((end, stats.jitter.lost), (CallEnd::Hangup, 0));
        (tip, recorder, live)
    }

    fn recorded(dir: &Path, tip: TipId) -> u64 {
        hound::WavReader::open(recording_path(dir, tip)).unwrap().len() as u64
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_live_session_transcribes_each_utterance_and_covers_the_recording() {
        let dir = TempDir::new();
        let audio = spoken(3);
        let (pool, _) = stub_pool(1, Duration::ZERO);
        let live = LiveTranscription::new(pool, 1, dir.path().to_path_buf()).unwrap();
        let (tip, recorder, feed) = call(&audio, dir.path(), Some(&live)).await;
        recorder.finish().unwrap();
        let feed = feed.expect("a free session");
        assert!(feed.is_live());
        assert_eq!(feed.finish().await, LiveOutcome::Stored { segments: 3 });
        assert_eq!(recorded(dir.path(), tip), audio.len() as u64, "every sample recorded");
        let wav = recording_path(dir.path(), tip);
        let transcript = stored::load_covering(dir.path(), tip, &wav).expect("the live transcript covers the recording");
        // The stub engine "says" each utterance's length; each one starts after its second of silence.
        assert_eq!(transcript.segments.len(), 3);
        assert!((500..1500).contains(&transcript.segments[0].start_ms), "{:?}", transcript.segments[0]);
        assert_eq!(transcript.model, "stub");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_slow_or_absent_engine_makes_the_call_fall_back_without_losing_audio() {
        let dir = TempDir::new();
        let audio = spoken(4);
        // Each utterance takes the engine 2 s while the call's audio keeps coming: the 1 s queue overflows.
        let (slow, _) = stub_pool(1, Duration::from_secs(2));
        let live = LiveTranscription::with_limits(slow, dir.path().to_path_buf(), 50, Duration::from_secs(10));
        let started = std::time::Instant::now();
        let (tip, recorder, feed) = call(&audio, dir.path(), Some(&live)).await;
        // The media loop never waited for the engine: the call took the time of its packets, not of decoding.
        assert!(started.elapsed() < Duration::from_secs(4), "the call was held up: {:?}", started.elapsed());
        recorder.finish().unwrap();
        let feed = feed.unwrap();
        assert!(!feed.is_live());
        assert_eq!(feed.finish().await, LiveOutcome::FellBehind);
        assert_eq!(recorded(dir.path(), tip), audio.len() as u64, "every sample recorded");
        let wav = recording_path(dir.path(), tip);
        assert_eq!(stored::load_covering(dir.path(), tip, &wav), None, "the stage will transcribe the recording");

        // No engine at all (the model is not fetched): the session fails, the call does not notice.
        let absent = EnginePool::new(
            1,
            asr::VadConfig::default(),
            Box::new(|| Err(asr::AsrError::Model { path: "ggml-tiny.en.bin".into(), detail: "missing".into() })),
        );
        let live = LiveTranscription::new(absent, 1, dir.path().to_path_buf()).unwrap();
        let (tip, recorder, feed) = call(&audio, dir.path(), Some(&live)).await;
        recorder.finish().unwrap();
        match feed.unwrap().finish().await {
            LiveOutcome::Failed(e) => assert!(e.contains("models fetch"), "{e}"),
            other => panic!("expected a failure, got {other:?}"),
        }
        assert_eq!(recorded(dir.path(), tip), audio.len() as u64);
        assert_eq!(stored::load_covering(dir.path(), tip, &recording_path(dir.path(), tip)), None);

        // Silero configured but never fetched: the session fails saying how to fetch it; the call records.
        let config = asr::AsrConfig { vad: asr::VadChoice::Silero, ..asr::AsrConfig::default() };
        let vad = asr::VadConfig::silero(&config, &dir.path().join("no-models"));
        let (unfetched, _) = stub_pool_with(1, Duration::ZERO, vad);
        let live = LiveTranscription::new(unfetched, 1, dir.path().to_path_buf()).unwrap();
        let (tip, recorder, feed) = call(&audio, dir.path(), Some(&live)).await;
        recorder.finish().unwrap();
        match feed.unwrap().finish().await {
            LiveOutcome::Failed(e) => assert!(e.contains("silero_vad_16k_op15.onnx") && e.contains("models fetch"), "{e}"),
            other => panic!("expected a failure, got {other:?}"),
        }
        assert_eq!(recorded(dir.path(), tip), audio.len() as u64);
    }
}
