//! Live and whole-file transcription: resample, cut into utterances with the VAD, transcribe each utterance
//! as soon as it ends. A call's transcript is then complete shortly after hangup whatever its length: only
//! the last utterance is left to decode.
//!
//! Synchronous on purpose: the caller runs it on a worker thread and moves audio in through a channel;
//! nothing here spawns or sleeps. [`UtteranceStream`] + [`decode_utterance`] split the cheap per-call part
//! from decoding, for a gateway that shares a bounded pool of transcribers among calls.

use std::path::Path;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::audio::{self, Resampler, WHISPER_RATE};
use crate::error::AsrError;
use crate::transcribe::{Decoded, Segment, Transcriber};
use crate::vad::{Segmenter, Utterance, VadConfig};

/// A finished transcript, as `tipline transcribe --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub text: String,
    /// ISO 639-1 code of the first decoded utterance; empty when there was no speech.
    pub language: String,
    pub model: String,
    pub duration_s: f64,
    pub processing_s: f64,
    pub segments: Vec<Segment>,
}

/// The sans-IO half of a live call: resample to 16 kHz and cut into utterances. Cheap; one per call.
/// A gateway with a shared pool of transcribers queues each [`Utterance`] to the pool and calls
/// [`decode_utterance`] there, instead of tying a transcriber to a call with [`LiveTranscriber`].
pub struct UtteranceStream {
    resampler: Option<Resampler>,
    vad: Segmenter,
    samples: u64,
}

impl UtteranceStream {
    /// `sample_rate` is the rate of what will be pushed (8000 for G.711, 48000 for Opus, ...). Fails when the
    /// configured detector's model cannot be loaded (the error says how to fetch it).
    pub fn new(sample_rate: u32, vad: &VadConfig) -> Result<Self, AsrError> {
        Ok(Self {
            resampler: (sample_rate != WHISPER_RATE).then(|| Resampler::new(sample_rate, WHISPER_RATE)),
            vad: Segmenter::new(vad)?,
            samples: 0,
        })
    }

    /// Pushes mono samples in -1..=1; returns the utterances that ended within them.
    pub fn push(&mut self, pcm: &[f32]) -> Vec<Utterance> {
        let pcm16 = match &mut self.resampler {
            Some(r) => r.push(pcm),
            None => pcm.to_vec(),
        };
        self.samples += pcm16.len() as u64;
        self.vad.push(&pcm16)
    }

    /// Ends the stream: whatever utterance is still open.
    pub fn finish(&mut self) -> Vec<Utterance> {
        let tail = match &mut self.resampler {
            Some(r) => r.flush(),
            None => Vec::new(),
        };
        self.samples += tail.len() as u64;
        let mut out = self.vad.push(&tail);
        out.extend(self.vad.finish());
        out
    }

    /// Seconds of audio seen so far.
    pub fn duration_s(&self) -> f64 {
        self.samples as f64 / WHISPER_RATE as f64
    }
}

/// Transcribes one utterance; segment times are made relative to the start of the call and clamped to
/// the utterance (Whisper may place an end in the silent padding).
pub fn decode_utterance<T: Transcriber + ?Sized>(t: &mut T, u: &Utterance, previous: &str) -> Result<Decoded, AsrError> {
    let mut decoded = t.transcribe(&u.pcm, previous)?;
    let (offset, end) = (u.start_ms(), u.end_ms());
    for s in &mut decoded.segments {
        s.start_ms = (s.start_ms + offset).min(end);
        s.end_ms = (s.end_ms + offset).clamp(s.start_ms, end);
    }
    Ok(decoded)
}

/// Assembles a call's transcript from its utterances' decodings, in order: keeps the text that conditions
/// the next utterance, the language of the first utterance with speech, and the time spent decoding.
/// Shared by [`LiveTranscriber`] and by gateways that decode each utterance on whichever engine is free.
#[derive(Debug, Default)]
pub struct TranscriptBuilder {
    /// Last kept text, given to the decoder as context for the next utterance.
    previous: String,
    language: String,
    busy: Duration,
    segments: Vec<Segment>,
}

impl TranscriptBuilder {
    /// The text to pass as `previous` when decoding the next utterance.
    pub fn previous(&self) -> &str {
        &self.previous
    }

    /// Adds the next utterance's decoding (`busy`: the time it took); returns its segments.
    pub fn add(&mut self, decoded: Decoded, busy: Duration) -> &[Segment] {
        self.busy += busy;
        if self.language.is_empty() {
            self.language = decoded.language;
        }
        let first = self.segments.len();
        for s in decoded.segments {
            self.previous = s.text.clone();
            self.segments.push(s);
        }
        &self.segments[first..]
    }

    /// The whole transcript; `duration_s` is how much audio the call had.
    pub fn finish(self, model: &str, duration_s: f64) -> Transcript {
        let text = self.segments.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(" ");
        Transcript {
            text,
            // Empty when nothing was decoded: no speech, no language to report.
            language: self.language,
            model: model.to_owned(),
            duration_s,
            processing_s: self.busy.as_secs_f64(),
            segments: self.segments,
        }
    }
}

/// Streaming transcription of one call, decoding on the caller's thread as utterances end.
pub struct LiveTranscriber<'t, T: Transcriber + ?Sized> {
    transcriber: &'t mut T,
    utterances: UtteranceStream,
    transcript: TranscriptBuilder,
}

impl<'t, T: Transcriber + ?Sized> LiveTranscriber<'t, T> {
    /// `sample_rate` is the rate of what will be pushed (8000 for G.711, 48000 for Opus, ...).
    pub fn new(transcriber: &'t mut T, sample_rate: u32, vad: &VadConfig) -> Result<Self, AsrError> {
        Ok(Self { transcriber, utterances: UtteranceStream::new(sample_rate, vad)?, transcript: TranscriptBuilder::default() })
    }

    /// Pushes mono samples in -1..=1; returns segments of utterances that ended, with call-relative times.
    pub fn push(&mut self, pcm: &[f32]) -> Result<Vec<Segment>, AsrError> {
        let utterances = self.utterances.push(pcm);
        self.decode(utterances)
    }

    /// Ends the call: decodes what is still open and returns the last segments and the full transcript.
    pub fn finish(mut self) -> Result<(Vec<Segment>, Transcript), AsrError> {
        let utterances = self.utterances.finish();
        let last = self.decode(utterances)?;
        let transcript = self.transcript.finish(self.transcriber.model_id(), self.utterances.duration_s());
        Ok((last, transcript))
    }

    fn decode(&mut self, utterances: Vec<Utterance>) -> Result<Vec<Segment>, AsrError> {
        let mut out = Vec::new();
        for u in utterances {
            let t0 = Instant::now();
            let decoded = decode_utterance(&mut *self.transcriber, &u, self.transcript.previous())?;
            out.extend_from_slice(self.transcript.add(decoded, t0.elapsed()));
        }
        Ok(out)
    }
}

/// Transcribes 16 kHz mono samples in one go (VAD-gated, like a live call fed at once).
pub fn transcribe_pcm<T: Transcriber + ?Sized>(t: &mut T, pcm16k: &[f32], vad: &VadConfig) -> Result<Transcript, AsrError> {
    if pcm16k.is_empty() {
        return Err(AsrError::EmptyAudio);
    }
    let mut live = LiveTranscriber::new(t, WHISPER_RATE, vad)?;
    live.push(pcm16k)?;
    Ok(live.finish()?.1)
}

/// Reads a WAV file (any rate, mono or stereo) and transcribes it.
pub fn transcribe_file<T: Transcriber + ?Sized>(t: &mut T, path: &Path, vad: &VadConfig) -> Result<Transcript, AsrError> {
    let pcm = audio::read_wav(path)?;
    transcribe_pcm(t, &pcm, vad)
}
