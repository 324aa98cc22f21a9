//! Live transcription of calls. While a call is up, its media loop pushes decoded audio into a
//! [`LiveFeed`]; a session task cuts it into utterances with the VAD and decodes each one on a pooled
//! engine as soon as it ends, so at hangup only the last utterance is left.
//!
//! The media loop must never wait for speech recognition. The feed is a bounded queue that is never
//! awaited: when it is full the session has fallen behind (engines busy, CPU short) and is dropped on the
//! spot. The call goes on and its recording is complete either way; the transcribe stage then transcribes
//! the recording, as it does for calls that found no free session, crashed, or ran with live off.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use asr::{TranscriptBuilder, Utterance, UtteranceStream};
use correlate::TipId;
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio_util::sync::CancellationToken;

use super::pool::{Engine, EnginePool};
use super::stored::{self, LiveTranscript};

/// Audio chunks (one per RTP packet, 20 ms typically) a session may have waiting: about 10 s. The longest
/// utterance (25 s) decodes in about 2 s on one core with tiny.en, and may first wait as long for an engine
/// another call is using; a session further behind than this is not going to be live.
const QUEUE_CHUNKS: usize = 500;

/// How long hangup waits for the last utterance. Normally about a second; beyond this the session is
/// dropped and the recording transcribed, rather than holding the tip back from the pipeline.
const FINISH_TIMEOUT: Duration = Duration::from_secs(10);

/// Live sessions for this node's calls, on the shared engines.
pub struct LiveTranscription {
    pool: Arc<EnginePool>,
    sessions: Arc<Semaphore>,
    data_dir: PathBuf,
    queue_chunks: usize,
    finish_timeout: Duration,
}

/// How a call's live transcription ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LiveOutcome {
    /// The transcript of the whole call is stored beside the recording.
    Stored { segments: usize },
    /// The session could not keep up with the call and was dropped.
    FellBehind,
    /// The last utterance was not decoded in time; the session was dropped.
    TimedOut,
    /// No engine could be loaded, decoding failed, or the transcript could not be stored.
    Failed(String),
}

enum Chunk {
    Audio(Vec<i16>),
    End,
}

/// One call's side of a live session. Dropping it without [`finish`](Self::finish) abandons the session.
pub struct LiveFeed {
    tip: TipId,
    tx: Option<mpsc::Sender<Chunk>>,
    result: oneshot::Receiver<Result<LiveTranscript, String>>,
    fell_behind: bool,
    abandon: CancellationToken,
    data_dir: PathBuf,
    finish_timeout: Duration,
}

impl LiveTranscription {
    /// `None` when `max_sessions` is 0 (live transcription off).
    pub fn new(pool: Arc<EnginePool>, max_sessions: usize, data_dir: PathBuf) -> Option<Arc<Self>> {
        (max_sessions > 0).then(|| {
            Arc::new(Self {
                pool,
                sessions: Arc::new(Semaphore::new(max_sessions)),
                data_dir,
                queue_chunks: QUEUE_CHUNKS,
                finish_timeout: FINISH_TIMEOUT,
            })
        })
    }

    /// As [`new`](Self::new) with a given queue length and hangup wait, for tests of falling behind.
    #[cfg(test)]
    pub(crate) fn with_limits(pool: Arc<EnginePool>, data_dir: PathBuf, queue_chunks: usize, finish_timeout: Duration) -> Arc<Self> {
        Arc::new(Self { pool, sessions: Arc::new(Semaphore::new(1)), data_dir, queue_chunks, finish_timeout })
    }

    /// Starts transcribing `tip`'s call, whose audio comes at `sample_rate`; `None` when every session is
    /// taken (the call is then transcribed from its recording after hangup).
    pub fn open(&self, tip: TipId, sample_rate: u32) -> Option<LiveFeed> {
        let Ok(permit) = self.sessions.clone().try_acquire_owned() else {
            metrics::counter!("tipline_live_sessions_total", "outcome" => "no_free_session").increment(1);
            return None;
        };
        let (tx, mut rx) = mpsc::channel(self.queue_chunks);
        let (done, result) = oneshot::channel();
        let abandon = CancellationToken::new();
        let (pool, stop) = (self.pool.clone(), abandon.clone());
        tokio::spawn(async move {
            let outcome = session(&pool, &mut rx, sample_rate, &stop).await;
            drop(permit);
            let _ = done.send(outcome);
        });
        Some(LiveFeed {
            tip,
            tx: Some(tx),
            result,
            fell_behind: false,
            abandon,
            data_dir: self.data_dir.clone(),
            finish_timeout: self.finish_timeout,
        })
    }
}

impl LiveFeed {
    /// Hands audio to the session without ever waiting; a full queue drops the session.
    pub fn push(&mut self, pcm: &[i16]) {
        let Some(tx) = &self.tx else { return };
        match tx.try_send(Chunk::Audio(pcm.to_vec())) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Full(_)) => {
                tracing::info!(tip = %self.tip, "live transcription fell behind; the recording will be transcribed after hangup");
                self.fall_behind();
            }
            // The session stopped on an error; `finish` reports it.
            Err(mpsc::error::TrySendError::Closed(_)) => self.tx = None,
        }
    }

    /// Whether the session is still following the call.
    pub fn is_live(&self) -> bool {
        self.tx.is_some()
    }

    /// Ends the call's audio, waits (bounded) for the last utterance and stores the transcript beside the
    /// recording, where the transcribe stage finds it.
    pub async fn finish(mut self) -> LiveOutcome {
        let outcome = self.conclude().await;
        let label = match &outcome {
            LiveOutcome::Stored { .. } => "stored",
            LiveOutcome::FellBehind => "fell_behind",
            LiveOutcome::TimedOut => "timed_out",
            LiveOutcome::Failed(_) => "failed",
        };
        metrics::counter!("tipline_live_sessions_total", "outcome" => label).increment(1);
        match &outcome {
            LiveOutcome::Stored { segments } => tracing::debug!(tip = %self.tip, segments, "live transcript stored"),
            other => tracing::info!(tip = %self.tip, outcome = ?other, "no live transcript; the recording will be transcribed"),
        }
        outcome
    }

    async fn conclude(&mut self) -> LiveOutcome {
        if let Some(tx) = self.tx.take() {
            if let Err(mpsc::error::TrySendError::Full(_)) = tx.try_send(Chunk::End) {
                self.fall_behind();
            }
        }
        if self.fell_behind {
            return LiveOutcome::FellBehind;
        }
        let live = match tokio::time::timeout(self.finish_timeout, &mut self.result).await {
            Err(_) => {
                self.abandon.cancel();
                return LiveOutcome::TimedOut;
            }
            Ok(Err(_)) => return LiveOutcome::Failed("the session ended without a result".into()),
            Ok(Ok(Err(e))) => return LiveOutcome::Failed(e),
            Ok(Ok(Ok(live))) => live,
        };
        let segments = live.transcript.segments.len();
        let (dir, tip) = (self.data_dir.clone(), self.tip);
        match tokio::task::spawn_blocking(move || stored::save(&dir, tip, &live)).await {
            Ok(Ok(())) => LiveOutcome::Stored { segments },
            Ok(Err(e)) => LiveOutcome::Failed(format!("cannot store the live transcript: {e}")),
            Err(e) => LiveOutcome::Failed(format!("storing the live transcript panicked: {e}")),
        }
    }

    fn fall_behind(&mut self) {
        self.tx = None;
        self.fell_behind = true;
        self.abandon.cancel();
    }
}

impl Drop for LiveFeed {
    fn drop(&mut self) {
        self.abandon.cancel();
    }
}

/// An early decoding of the utterance still in progress, running on an engine that was free.
type EarlyDecode = (Utterance, tokio::task::JoinHandle<Result<Decoding, String>>);

/// Follows one call until its `End` chunk: utterances are decoded in order, each on the first free engine.
/// With `asr.live_early_decoding`, while one goes on for seconds a free engine decodes it so far and its
/// finished sentences are kept, so hangup waits only for the last few seconds; that decoding is never
/// waited for.
async fn session(
    pool: &Arc<EnginePool>,
    rx: &mut mpsc::Receiver<Chunk>,
    sample_rate: u32,
    abandon: &CancellationToken,
) -> Result<LiveTranscript, String> {
    let mut stream = UtteranceStream::new(sample_rate, &pool.vad()).map_err(|e| e.to_string())?;
    let mut transcript = TranscriptBuilder::default();
    let mut model = String::new();
    let mut samples = 0u64;
    let mut early: Option<EarlyDecode> = None;
    loop {
        let chunk = tokio::select! {
            _ = abandon.cancelled() => return Err("abandoned".into()),
            chunk = rx.recv() => chunk,
        };
        let pcm = match chunk {
            Some(Chunk::Audio(pcm)) => pcm,
            Some(Chunk::End) => break,
            None => return Err("the call went away without ending its audio".into()),
        };
        samples += pcm.len() as u64;
        // A finished early decoding is taken before the audio that follows it: until then its utterance
        // can only have grown, so the sentences it found still stand.
        if early.as_ref().is_some_and(|(_, task)| task.is_finished()) {
            let (open, task) = early.take().expect("checked above");
            let d = task.await.map_err(|e| format!("decoding panicked: {e}"))??;
            model = d.model;
            transcript.add(stream.commit(&open, d.decoded), d.busy);
        }
        let pcm: Vec<f32> = pcm.iter().map(|&s| s as f32 / 32768.0).collect();
        let ended = stream.push(&pcm);
        decode_ended(pool, ended, &mut transcript, &mut model).await?;
        if early.is_none() {
            if let Some(open) = stream.early() {
                if let Some(engine) = pool.try_checkout().await {
                    let (engine, previous) = (engine.map_err(|e| e.to_string())?, transcript.previous().to_owned());
                    let task = tokio::spawn(decode(engine, open.clone(), previous));
                    early = Some((open, task));
                }
            }
        }
    }
    // An early decoding still running is left to finish on its own: the rest of the call is decoded now.
    drop(early);
    decode_ended(pool, stream.finish(), &mut transcript, &mut model).await?;
    if model.is_empty() {
        // Nothing was said: the transcript is empty, but it still names the model that found nothing.
        model = pool.checkout().await.map_err(|e| e.to_string())?.model_id().to_owned();
    }
    Ok(LiveTranscript { samples, sample_rate, transcript: transcript.finish(&model, stream.duration_s()) })
}

/// Decodes finished utterances in order, each on the first free engine, into the transcript.
async fn decode_ended(pool: &Arc<EnginePool>, utterances: Vec<Utterance>, transcript: &mut TranscriptBuilder, model: &mut String) -> Result<(), String> {
    for u in utterances {
        let engine = pool.checkout().await.map_err(|e| e.to_string())?;
        let d = decode(engine, u, transcript.previous().to_owned()).await?;
        *model = d.model;
        transcript.add(d.decoded, d.busy);
    }
    Ok(())
}

/// One utterance's decoding, the time it took and the model that made it.
struct Decoding {
    decoded: asr::Decoded,
    busy: Duration,
    model: String,
}

/// Decodes one utterance on `engine`, off the async threads; `previous` is the text before it.
async fn decode(mut engine: Engine, u: Utterance, previous: String) -> Result<Decoding, String> {
    let started = Instant::now();
    let (decoded, model) = tokio::task::spawn_blocking(move || {
        let decoded = asr::decode_utterance(&mut *engine, &u, &previous);
        (decoded, engine.model_id().to_owned())
    })
    .await
    .map_err(|e| format!("decoding panicked: {e}"))?;
    Ok(Decoding { decoded: decoded.map_err(|e| e.to_string())?, busy: started.elapsed(), model })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::stored::tests::TempDir;
    use asr::{AsrError, Decoded, Segment, Transcriber, VadConfig};

    /// Finishes one sentence per second of the audio it is given, each saying how long that audio was.
    struct Sentences;

    impl Transcriber for Sentences {
        fn transcribe(&mut self, pcm: &[f32], _previous: &str) -> Result<Decoded, AsrError> {
            std::thread::sleep(Duration::from_millis(30));
            let heard = pcm.len() as u64 / 16;
            let segments = (0..heard / 1000)
                .map(|i| Segment { start_ms: i * 1000, end_ms: (i + 1) * 1000, text: format!("{heard}"), confidence: 1.0, no_speech_prob: 0.0, avg_logprob: 0.0 })
                .collect();
            Ok(Decoded { language: "en".into(), segments })
        }
        fn model_id(&self) -> &str {
            "sentences"
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_long_utterance_is_decoded_in_part_while_the_caller_talks() {
        let dir = TempDir::new();
        let pool = EnginePool::new(2, VadConfig { early: true, ..VadConfig::default() }, Box::new(|| Ok(Box::new(Sentences) as Box<dyn Transcriber>)));
        let live = LiveTranscription::new(pool, 1, dir.path().to_path_buf()).unwrap();
        let tip = TipId::random();
        std::fs::create_dir_all(stored::path(dir.path(), tip).parent().unwrap()).unwrap();
        let mut feed = live.open(tip, 16_000).unwrap();
        // Half a second of silence, then 12 s of talk with only 150 ms breaths (too short to end an utterance),
        // sent ten times faster than real time.
        let mut pcm = vec![0.0; 8_000];
        for _ in 0..12 {
            pcm.extend(asr::signals::syllables(0.85));
            pcm.extend(vec![0.0; 2_400]);
        }
        for packet in pcm.chunks(320) {
            feed.push(&packet.iter().map(|&x| (x * 32767.0) as i16).collect::<Vec<_>>());
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        assert!(matches!(feed.finish().await, LiveOutcome::Stored { .. }));
        let saved: LiveTranscript = serde_json::from_slice(&std::fs::read(stored::path(dir.path(), tip)).unwrap()).unwrap();
        let segments = saved.transcript.segments;
        // Whole and in order: from the start of the talk to its end, nothing twice.
        assert!(segments.windows(2).all(|w| w[0].end_ms <= w[1].start_ms), "{segments:?}");
        assert!(segments[0].start_ms < 1_000 && segments.last().unwrap().end_ms >= 12_000, "{segments:?}");
        // Sentences were kept from decodings made while the caller talked, so the one after hangup (which
        // made the last sentence) heard only the last few seconds.
        let after_hangup: u64 = segments.last().unwrap().text.parse().unwrap();
        assert!(after_hangup <= 5_000, "hangup left {after_hangup} ms to decode: {segments:?}");
        assert!(segments.iter().any(|s| s.text != segments.last().unwrap().text), "{segments:?}");
    }
}
