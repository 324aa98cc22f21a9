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

/// A live call's utterance still open after this long may be decoded before it ends ([`UtteranceStream::early`]):
/// callers talk on for many seconds without a pause long enough to end an utterance, and all of that would
/// otherwise be decoded after hangup.
const EARLY_AFTER_MS: u64 = 4_000;
/// ... and again each time it has grown this much more since the last try.
const EARLY_EVERY_MS: u64 = 1_000;
/// Segments of an early decoding that end closer than this to the end of the audio decoded are not
/// committed: the words that follow may still change them. With these three values a 60 s benchmark call
/// was transcribed 0.35-0.98 s after its audio ended (1.22-1.52 s without early decoding, before each
/// decoding got a fresh decoder state; 0.79-0.84 s since); trying every 2 s, or keeping 1.5 s, left 1.4 s.
const EARLY_MARGIN_MS: u64 = 1_000;

const SAMPLES_PER_MS: u64 = WHISPER_RATE as u64 / 1000;

/// The sans-IO half of a live call: resample to 16 kHz and cut into utterances. Cheap; one per call.
/// A gateway with a shared pool of transcribers queues each [`Utterance`] to the pool and calls
/// [`decode_utterance`] there, instead of tying a transcriber to a call with [`LiveTranscriber`].
pub struct UtteranceStream {
    resampler: Option<Resampler>,
    vad: Segmenter,
    samples: u64,
    /// Whether [`early`](Self::early) hands anything out (`asr.live_early_decoding`).
    early: bool,
    /// Start and length (samples) of the open utterance when it was last handed out by `early`.
    early_try: Option<(u64, u64)>,
}

impl UtteranceStream {
    /// `sample_rate` is the rate of what will be pushed (8000 for G.711, 48000 for Opus, ...). Fails when the
    /// configured detector's model cannot be loaded (the error says how to fetch it).
    pub fn new(sample_rate: u32, vad: &VadConfig) -> Result<Self, AsrError> {
        Ok(Self {
            resampler: (sample_rate != WHISPER_RATE).then(|| Resampler::new(sample_rate, WHISPER_RATE)),
            vad: Segmenter::new(vad)?,
            samples: 0,
            early: vad.early,
            early_try: None,
        })
    }

    /// For live calls with an engine to spare, when early decoding is on: the utterance still in progress, once it has gone on for 4 s
    /// (and 1 s more than at the last try). Decode it (while more audio is pushed, if the caller likes) and
    /// hand the result to [`commit`](Self::commit), which keeps the sentences Whisper finished in it, so
    /// hangup leaves only the last few seconds to decode.
    pub fn early(&mut self) -> Option<Utterance> {
        if !self.early {
            return None;
        }
        let (start, len) = self.vad.open_span()?;
        let due = match self.early_try {
            Some((s, tried)) if s == start => len >= tried + EARLY_EVERY_MS * SAMPLES_PER_MS,
            _ => len >= EARLY_AFTER_MS * SAMPLES_PER_MS,
        };
        if !due {
            return None;
        }
        self.early_try = Some((start, len));
        self.vad.open_utterance()
    }

    /// Takes the decoding of an utterance [`early`](Self::early) handed out (segment times relative to the
    /// call). If that utterance is still open, the segments that end at least 1 s before the end of the
    /// audio decoded are final: their audio is dropped from the open utterance, which goes on from there,
    /// and they are returned. Nothing is returned when no segment ended early enough, when there is no gap
    /// between words near where the last one ended, or when the utterance has ended or been cut meanwhile
    /// (then it is, or was, decoded whole).
    pub fn commit(&mut self, open: &Utterance, mut decoded: Decoded) -> Decoded {
        let limit = open.end_ms().saturating_sub(EARLY_MARGIN_MS);
        let keep = decoded.segments.iter().rposition(|s| s.end_ms <= limit).map_or(0, |i| i + 1);
        // Whisper sometimes stamps a long sentence with a short span: cutting there would leave its words in
        // the utterance to be heard again. Only sentences whose time could hold their words are kept.
        let timed = decoded.segments.iter().position(|s| !fits_in_its_time(s)).unwrap_or(decoded.segments.len());
        decoded.segments.truncate(keep.min(timed));
        let still_open = self.vad.open_span().is_some_and(|(start, _)| start == open.start_sample);
        let cut = decoded.segments.last().filter(|_| still_open).and_then(|last| self.vad.drop_open_before(last.end_ms * SAMPLES_PER_MS));
        match (cut, decoded.segments.last_mut()) {
            (Some(cut), Some(last)) => last.end_ms = (cut / SAMPLES_PER_MS).max(last.start_ms),
            _ => decoded.segments.clear(),
        }
        decoded
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

/// Whether a segment's words could be said in its time: at most seven words a second, and one more for
/// rounding (fast talkers reach five).
fn fits_in_its_time(s: &Segment) -> bool {
    let words = s.text.split_whitespace().count() as u64;
    words * 1000 <= 7 * s.end_ms.saturating_sub(s.start_ms) + 1000
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::syllables;

    /// A 16 kHz stream with early decoding on.
    fn early_stream() -> UtteranceStream {
        UtteranceStream::new(WHISPER_RATE, &VadConfig { early: true, ..VadConfig::default() }).unwrap()
    }

    /// A stand-in decoder that finishes one sentence per second of audio it is given.
    struct OneSentencePerSecond;

    impl Transcriber for OneSentencePerSecond {
        fn transcribe(&mut self, pcm: &[f32], _previous: &str) -> Result<Decoded, AsrError> {
            let segments = (0..pcm.len() as u64 / WHISPER_RATE as u64)
                .map(|i| Segment { start_ms: i * 1000, end_ms: (i + 1) * 1000, text: format!("s{i}"), confidence: 1.0, no_speech_prob: 0.0, avg_logprob: 0.0 })
                .collect();
            Ok(Decoded { language: "en".into(), segments })
        }
        fn model_id(&self) -> &str {
            "one-sentence-per-second"
        }
    }

    #[test]
    fn a_long_utterance_is_committed_early_short_of_its_end() {
        let mut stream = early_stream();
        // Phrases with 150 ms breaths between them: too short to end the utterance, room to cut it.
        let mut pcm = vec![0.0; WHISPER_RATE as usize / 2];
        for _ in 0..12 {
            pcm.extend(syllables(0.85));
            pcm.extend(vec![0.0; WHISPER_RATE as usize * 15 / 100]);
        }
        let (mut tries, mut committed) = (Vec::new(), Vec::<Segment>::new());
        for packet in pcm.chunks(320) {
            assert!(stream.push(packet).is_empty(), "unbroken speech: no utterance ends");
            let Some(open) = stream.early() else { continue };
            tries.push((open.start_ms(), open.end_ms() - open.start_ms()));
            let decoded = decode_utterance(&mut OneSentencePerSecond, &open, "").unwrap();
            let kept = stream.commit(&open, decoded).segments;
            // Only sentences that ended 1 s before the end of what was heard (the cut may move 250 ms) ...
            assert!(kept.iter().all(|s| s.end_ms + EARLY_MARGIN_MS <= open.end_ms() + 250), "{kept:?} of {open:?}");
            // ... cut in a breath, not inside a phrase (phrases start every 1 s after 0.5 s and last 0.85 s).
            if let Some(last) = kept.last() {
                assert!((last.end_ms + 500) % 1_000 >= 800, "cut inside a phrase at {} ms", last.end_ms);
            }
            committed.extend(kept);
        }
        // The first try comes once the utterance has lasted 4 s; later ones each after a commit shortened it.
        assert!((4_000..4_100).contains(&tries[0].1), "{tries:?}");
        assert!(tries.iter().all(|t| t.1 >= 4_000), "{tries:?}");
        assert!(committed.len() >= 6, "{committed:?}");
        // In order, without overlap, and the utterance still open goes on from the last cut.
        assert!(committed.windows(2).all(|w| w[0].end_ms <= w[1].start_ms), "{committed:?}");
        let (open_start, _) = stream.vad.open_span().unwrap();
        assert_eq!(open_start / SAMPLES_PER_MS, committed.last().unwrap().end_ms);
        // What is left for hangup is the last few seconds, not the whole 12.
        let rest = stream.finish();
        assert_eq!(rest.len(), 1);
        assert!(rest[0].end_ms() - rest[0].start_ms() <= 5_000, "{} ms left", rest[0].end_ms() - rest[0].start_ms());
    }

    #[test]
    fn sentences_stamped_shorter_than_their_words_are_not_committed() {
        let mut stream = early_stream();
        let mut open = None;
        for _ in 0..6 {
            for packet in syllables(0.85).chunks(320).chain(vec![0.0; 2_400].chunks(320)) {
                stream.push(packet);
                open = open.or_else(|| stream.early());
            }
        }
        let open = open.expect("an utterance long enough to decode early");
        let at = |from: u64, to: u64, text: &str| Segment {
            start_ms: open.start_ms() + from, end_ms: open.start_ms() + to, text: text.into(), confidence: 1.0, no_speech_prob: 0.0, avg_logprob: 0.0,
        };
        // Twelve words in half a second: the stamp is wrong, and so is every stamp after it.
        let wrong = Decoded { language: "en".into(), segments: vec![at(0, 500, "one two three four five six seven eight nine ten eleven twelve"), at(500, 1_900, "fine")] };
        assert!(stream.commit(&open, wrong).segments.is_empty());
        // Ending in the breaths after the first and second phrases (0.85-1 s, 1.85-2 s).
        let right = Decoded { language: "en".into(), segments: vec![at(0, 900, "five words said in time"), at(900, 1_900, "and three more")] };
        assert_eq!(stream.commit(&open, right).segments.len(), 2);
    }

    #[test]
    fn an_early_decoding_is_dropped_when_its_utterance_ended_meanwhile() {
        let mut stream = early_stream();
        let mut open = None;
        for packet in syllables(5.0).chunks(320) {
            stream.push(packet);
            open = open.or_else(|| stream.early());
        }
        let open = open.expect("5 s of speech is long enough to decode early");
        // The caller pauses: the utterance ends and will be decoded whole.
        let ended = stream.push(&vec![0.0; WHISPER_RATE as usize]);
        assert_eq!(ended.len(), 1);
        let decoded = decode_utterance(&mut OneSentencePerSecond, &open, "").unwrap();
        assert!(!decoded.segments.is_empty());
        assert!(stream.commit(&open, decoded).segments.is_empty());
    }
}
