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

use super::pool::EnginePool;
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

/// Follows one call until its `End` chunk: utterances are decoded in order, each on the first free engine.
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
    loop {
        let chunk = tokio::select! {
            _ = abandon.cancelled() => return Err("abandoned".into()),
            chunk = rx.recv() => chunk,
        };
        let utterances = match chunk {
            Some(Chunk::Audio(pcm)) => {
                samples += pcm.len() as u64;
                let pcm: Vec<f32> = pcm.iter().map(|&s| s as f32 / 32768.0).collect();
                stream.push(&pcm)
            }
            Some(Chunk::End) => break,
            None => return Err("the call went away without ending its audio".into()),
        };
        for u in utterances {
            decode(pool, u, &mut transcript, &mut model).await?;
        }
    }
    for u in stream.finish() {
        decode(pool, u, &mut transcript, &mut model).await?;
    }
    if model.is_empty() {
        // Nothing was said: the transcript is empty, but it still names the model that found nothing.
        model = pool.checkout().await.map_err(|e| e.to_string())?.model_id().to_owned();
    }
    Ok(LiveTranscript { samples, sample_rate, transcript: transcript.finish(&model, stream.duration_s()) })
}

async fn decode(pool: &Arc<EnginePool>, u: Utterance, transcript: &mut TranscriptBuilder, model: &mut String) -> Result<(), String> {
    let mut engine = pool.checkout().await.map_err(|e| e.to_string())?;
    let previous = transcript.previous().to_owned();
    let started = Instant::now();
    let (decoded, id) = tokio::task::spawn_blocking(move || {
        let decoded = asr::decode_utterance(&mut *engine, &u, &previous);
        (decoded, engine.model_id().to_owned())
    })
    .await
    .map_err(|e| format!("decoding panicked: {e}"))?;
    transcript.add(decoded.map_err(|e| e.to_string())?, started.elapsed());
    *model = id;
    Ok(())
}
