//! Voice activity detection and utterance segmentation, sans-IO: push 16 kHz samples, get finished
//! utterances back. Time is the sample count, so tests need no clock and no sleeps.
//!
//! A [`FrameClassifier`] says whether each frame is speech; the [`Segmenter`] turns those verdicts into
//! utterances the same way for every classifier: an onset rule, padding before the first speech frame, an
//! utterance that ends after `end_silence_ms` of non-speech (kept in it: trailing soft words hide there), a
//! minimum amount of speech, and a cut at the quietest frame when an utterance outgrows Whisper's window.
//! Two classifiers: [`silero`] (a small recurrent network, through ONNX Runtime) and [`energy`] (loudness
//! against a noise floor plus spectral tests; no model file). Either way silence, noise and tones are kept
//! away from Whisper, which would otherwise invent text for them.

use std::path::Path;

use crate::config::{AsrConfig, VadChoice};
use crate::error::AsrError;

pub mod energy;
pub mod silero;

pub use energy::{features, EnergyDetector, FrameFeatures};
pub use silero::{SileroDetector, SileroFiles};

const RATE: usize = 16_000;
/// Audio kept before the first speech frame, so word onsets are not clipped.
const PAD_MS: usize = 210;
/// Speech needed to keep an utterance: a cough or a click is shorter (Silero's own default is 250 ms).
const MIN_SPEECH_MS: usize = 240;
/// The shortest pause an early decoding's cut may fall in ([`Segmenter::drop_open_before`]).
const MIN_CUT_PAUSE_MS: usize = 120;
/// The loudness spread (dB) syllables produce, required of utterances found by a classifier that asks for it.
const MIN_ENERGY_STD_DB: f32 = 3.0;

/// Decides, frame by frame, whether a stream is speech. Implementations carry state across frames
/// (a noise floor, a recurrent network's state), so one instance serves one stream.
pub trait FrameClassifier: Send {
    /// Samples per frame at 16 kHz.
    fn frame_len(&self) -> usize;
    /// Whether this frame is speech. `open` says an utterance is in progress, for hysteresis: continuing
    /// one takes less evidence than starting one.
    fn is_speech(&mut self, frame: &[f32], open: bool) -> bool;
    /// Onset rule: an utterance opens when `needed` of the last `window` frames are speech.
    fn onset(&self) -> (usize, usize);
    /// Whether a finished utterance must also vary in loudness like syllables do before it is kept.
    fn needs_rhythm(&self) -> bool;
}

/// Which classifier judges frames (`asr.vad`).
#[derive(Debug, Clone, PartialEq)]
pub enum Detector {
    /// Silero VAD through ONNX Runtime: the model and runtime files, loaded when a stream starts.
    Silero(SileroFiles),
    /// Loudness over the noise floor plus spectral tests: no files needed.
    Energy,
}

/// Segmentation settings (from [`AsrConfig`]).
#[derive(Debug, Clone, PartialEq)]
pub struct VadConfig {
    pub detector: Detector,
    /// Energy detector: dB above the noise floor.
    pub threshold_db: f32,
    /// Silero: speech probability that opens an utterance (it continues down to 0.15 below).
    pub speech_threshold: f32,
    pub end_silence_ms: u32,
    pub max_utterance_ms: u32,
    /// Live streams hand out long open utterances for early decoding (`asr.live_early_decoding`).
    pub early: bool,
}

impl VadConfig {
    /// The configured detector, with Silero's files under the configured models directory (relative to
    /// `data_dir` when unset). The files are checked when a stream starts, not here.
    pub fn from_config(c: &AsrConfig, data_dir: &Path) -> Self {
        match c.vad {
            VadChoice::Silero => Self::silero(c, &c.effective_models_dir(data_dir)),
            VadChoice::Energy => Self::energy(c),
        }
    }

    /// The energy detector with the configuration's thresholds: needs no files.
    pub fn energy(c: &AsrConfig) -> Self {
        Self {
            detector: Detector::Energy,
            threshold_db: c.vad_threshold_db,
            speech_threshold: c.vad_speech_threshold,
            end_silence_ms: c.vad_end_silence_ms,
            max_utterance_ms: c.max_utterance_ms,
            early: c.live_early_decoding,
        }
    }

    /// Silero with its files under `models_dir` and the configuration's thresholds.
    pub fn silero(c: &AsrConfig, models_dir: &Path) -> Self {
        Self { detector: Detector::Silero(SileroFiles::in_models_dir(models_dir)), ..Self::energy(c) }
    }

    /// A fresh classifier for one stream: Silero's model is loaded (and checked) here.
    pub fn classifier(&self) -> Result<Box<dyn FrameClassifier>, AsrError> {
        Ok(match &self.detector {
            Detector::Silero(files) => Box::new(SileroDetector::load(files, self.speech_threshold)?),
            Detector::Energy => Box::new(EnergyDetector::new(self.threshold_db)),
        })
    }
}

/// The energy detector at the default thresholds (tests and tools that have no model files).
impl Default for VadConfig {
    fn default() -> Self {
        Self::energy(&AsrConfig::default())
    }
}

/// A stretch of speech: 16 kHz samples starting `start_sample` samples into the stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    pub start_sample: u64,
    pub pcm: Vec<f32>,
}

impl Utterance {
    pub fn start_ms(&self) -> u64 {
        self.start_sample * 1000 / RATE as u64
    }
    pub fn end_ms(&self) -> u64 {
        (self.start_sample + self.pcm.len() as u64) * 1000 / RATE as u64
    }
}

/// Turns a stream of samples into utterances.
pub struct Segmenter {
    classifier: Box<dyn FrameClassifier>,
    frame_len: usize,
    pad_frames: usize,
    min_speech_frames: usize,
    max_frames: usize,
    end_frames: usize,
    /// Samples not yet framed.
    pending: Vec<f32>,
    /// Recent frames (audio + verdict + energy) kept for pre-roll or the open utterance.
    frames: Vec<(Vec<f32>, bool, f32)>,
    /// Stream index of `frames[0]`, in frames.
    first_frame: u64,
    /// Index into `frames` of the open utterance's first frame (after padding), if one is open.
    open: Option<usize>,
    silence_run: usize,
    recent: std::collections::VecDeque<bool>,
}

impl Segmenter {
    /// A segmenter with the configured classifier (which loads Silero's model: it can fail).
    pub fn new(cfg: &VadConfig) -> Result<Self, AsrError> {
        Ok(Self::with_classifier(cfg, cfg.classifier()?))
    }

    pub fn with_classifier(cfg: &VadConfig, classifier: Box<dyn FrameClassifier>) -> Self {
        let frame_len = classifier.frame_len();
        let frames_of = |ms: usize| frames_of(ms, frame_len);
        Self {
            frame_len,
            pad_frames: frames_of(PAD_MS),
            min_speech_frames: frames_of(MIN_SPEECH_MS),
            max_frames: (cfg.max_utterance_ms as usize * RATE / 1000) / frame_len,
            end_frames: frames_of(cfg.end_silence_ms as usize),
            classifier,
            pending: Vec::new(),
            frames: Vec::new(),
            first_frame: 0,
            open: None,
            silence_run: 0,
            recent: std::collections::VecDeque::new(),
        }
    }

    /// Feeds 16 kHz mono samples; returns the utterances that ended within them.
    pub fn push(&mut self, pcm: &[f32]) -> Vec<Utterance> {
        self.pending.extend_from_slice(pcm);
        let mut out = Vec::new();
        let whole = self.pending.len() / self.frame_len * self.frame_len;
        let chunk: Vec<f32> = self.pending.drain(..whole).collect();
        for frame in chunk.chunks_exact(self.frame_len) {
            if let Some(u) = self.frame(frame) {
                out.push(u);
            }
        }
        out
    }

    /// Ends the stream: the open utterance, if any, with the partial last frame included. (Two when that
    /// last frame reaches the length limit and forces a cut.)
    pub fn finish(&mut self) -> Vec<Utterance> {
        let mut out = Vec::new();
        if !self.pending.is_empty() {
            let mut last = std::mem::take(&mut self.pending);
            last.resize(self.frame_len, 0.0);
            out.extend(self.frame(&last));
        }
        if let Some(open) = self.open.take() {
            let end = self.frames.len();
            out.extend(self.close(open, end));
        }
        out
    }

    /// Start (stream position) and length in samples of the utterance in progress, if one is open.
    pub fn open_span(&self) -> Option<(u64, u64)> {
        let start = self.open?;
        Some((self.stream_sample(start), ((self.frames.len() - start) * self.frame_len) as u64))
    }

    /// The utterance in progress so far, if one is open (a copy; the segmenter keeps it).
    pub fn open_utterance(&self) -> Option<Utterance> {
        Some(self.utterance(self.open?, self.frames.len()))
    }

    /// Stream position of the first sample of `frames[frame]`.
    fn stream_sample(&self, frame: usize) -> u64 {
        (self.first_frame + frame as u64) * self.frame_len as u64
    }

    /// Frames `[start, end)` as an utterance.
    fn utterance(&self, start: usize, end: usize) -> Utterance {
        Utterance { start_sample: self.stream_sample(start), pcm: self.frames[start..end].iter().flat_map(|f| f.0.iter().copied()).collect() }
    }

    /// Forgets the open utterance's audio before `sample` (a stream position), cutting in the middle of a
    /// pause near it: a run of at least 120 ms the detector did not take for speech, reaching within 250 ms
    /// of `sample`. That part has been transcribed already. A cut must fall between words, not inside
    /// connected speech: a lone quiet frame (a stop's closure) would split a word between two decodings,
    /// each hearing half of it. The utterance stays open from the cut. Returns
    /// the cut's stream position, or `None` when nothing is open, `sample` is not inside the open
    /// utterance, or no such pause is near it.
    pub fn drop_open_before(&mut self, sample: u64) -> Option<u64> {
        let start = self.open?;
        let frame = usize::try_from((sample / self.frame_len as u64).checked_sub(self.first_frame)?).ok()?;
        if frame <= start || frame >= self.frames.len() {
            return None;
        }
        let (reach, pause) = (frames_of(250, self.frame_len), frames_of(MIN_CUT_PAUSE_MS, self.frame_len));
        let near = frame.saturating_sub(reach).max(start + 1)..=(frame + reach).min(self.frames.len() - 1);
        let cut = self.pauses(start + 1).filter(|r| r.len() >= pause && r.start <= *near.end() && r.end > *near.start())
            .map(|r| ((r.start + r.end) / 2).clamp(*near.start(), *near.end()))
            .min_by_key(|&mid| mid.abs_diff(frame))?;
        self.frames.drain(..cut);
        self.first_frame += cut as u64;
        self.open = Some(0);
        Some(self.stream_sample(0))
    }

    /// Runs of consecutive non-speech frames from `from` on, as frame ranges.
    fn pauses(&self, from: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let mut k = from;
        std::iter::from_fn(move || {
            let start = k + self.frames.get(k..)?.iter().position(|f| !f.1)?;
            let end = self.frames[start..].iter().position(|f| f.1).map_or(self.frames.len(), |n| start + n);
            k = end;
            Some(start..end)
        })
    }

    fn frame(&mut self, frame: &[f32]) -> Option<Utterance> {
        let speech = self.classifier.is_speech(frame, self.open.is_some());
        let energy = frame.iter().map(|x| x * x).sum::<f32>() / frame.len().max(1) as f32;
        self.frames.push((frame.to_vec(), speech, 10.0 * (energy + 1e-10).log10()));
        let (window, needed) = self.classifier.onset();
        self.recent.push_back(speech);
        if self.recent.len() > window {
            self.recent.pop_front();
        }
        let (max_frames, end_frames) = (self.max_frames, self.end_frames);
        let now = self.frames.len() - 1;
        match self.open {
            None => {
                if self.recent.iter().filter(|&&s| s).count() >= needed {
                    let onset = now + 1 - self.recent.len();
                    self.open = Some(onset.saturating_sub(self.pad_frames));
                    self.silence_run = 0;
                } else {
                    // Keep only the pre-roll.
                    let excess = self.frames.len().saturating_sub(self.pad_frames + window);
                    self.frames.drain(..excess);
                    self.first_frame += excess as u64;
                }
                None
            }
            Some(start) => {
                self.silence_run = if speech { 0 } else { self.silence_run + 1 };
                if self.silence_run >= end_frames {
                    // The whole silent run is kept: sentence-final words trail off below the threshold, and
                    // cutting the padding after the last loud frame lost them ("might never [die]").
                    let end = self.frames.len();
                    self.open = None;
                    return self.close(start, end);
                }
                if now + 1 - start >= max_frames {
                    // Too long for one Whisper window: cut at the quietest frame of the last 1.5 s.
                    let search = (now + 1).saturating_sub(1500 * RATE / 1000 / self.frame_len).max(start + 1)..now + 1;
                    let cut = search.min_by(|&a, &b| self.frames[a].2.total_cmp(&self.frames[b].2)).unwrap_or(now + 1);
                    let u = self.close(start, cut + 1);
                    self.open = Some(0);
                    return u;
                }
                None
            }
        }
    }

    /// Emits frames `[start, end)` as an utterance if it sounds like speech, and forgets everything before `end`.
    fn close(&mut self, start: usize, end: usize) -> Option<Utterance> {
        let span = &self.frames[start..end];
        let speech_frames = span.iter().filter(|f| f.1).count();
        // Loudness spread between the first and last speech frame only: the silent padding around a steady
        // hum would otherwise fake a rhythm.
        let first = span.iter().position(|f| f.1).unwrap_or(0);
        let last = span.iter().rposition(|f| f.1).unwrap_or(0);
        let rhythm = !self.classifier.needs_rhythm() || std_dev(&energies(&span[first..=last])) >= MIN_ENERGY_STD_DB;
        let keep = speech_frames >= self.min_speech_frames && rhythm;
        let u = keep.then(|| self.utterance(start, end));
        self.frames.drain(..end);
        self.first_frame += end as u64;
        self.recent.clear();
        self.silence_run = 0;
        u
    }
}

/// Frame energies, floored so digital silence does not dominate the spread.
fn energies(span: &[(Vec<f32>, bool, f32)]) -> Vec<f32> {
    span.iter().map(|f| f.2.max(energy::ABS_MIN_DB - 20.0)).collect()
}

/// Frames of `frame_len` samples needed to cover `ms` milliseconds.
fn frames_of(ms: usize, frame_len: usize) -> usize {
    (ms * RATE / 1000).div_ceil(frame_len)
}

fn std_dev(x: &[f32]) -> f32 {
    if x.len() < 2 {
        return 0.0;
    }
    let m = x.iter().sum::<f32>() / x.len() as f32;
    (x.iter().map(|v| (v - m) * (v - m)).sum::<f32>() / x.len() as f32).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) use crate::signals::{noise, syllables, tone};

    fn run(pcm: &[f32]) -> Vec<Utterance> {
        run_in(pcm, 1234)
    }

    fn run_in(pcm: &[f32], chunk: usize) -> Vec<Utterance> {
        let mut s = Segmenter::new(&VadConfig::default()).unwrap();
        let mut out = Vec::new();
        for chunk in pcm.chunks(chunk) {
            out.extend(s.push(chunk));
        }
        out.extend(s.finish());
        out
    }

    #[test]
    fn push_size_does_not_change_the_utterances() {
        let mut pcm = noise(RATE / 2, 0.001, 5);
        pcm.extend(syllables(1.5));
        pcm.extend(vec![0.0; RATE]);
        pcm.extend(syllables(0.8));
        let whole = run_in(&pcm, pcm.len());
        assert_eq!(whole.len(), 2);
        for chunk in [1, 160, 479, 480, 481, 7_000] {
            assert_eq!(run_in(&pcm, chunk), whole, "push size {chunk}");
        }
    }

    #[test]
    fn silence_noise_and_tones_give_no_utterance() {
        assert!(run(&vec![0.0; RATE * 5]).is_empty());
        assert!(run(&noise(RATE * 5, 0.01, 1)).is_empty(), "faint hiss");
        assert!(run(&noise(RATE * 5, 0.5, 2)).is_empty(), "loud white noise");
        assert!(run(&tone(&[350.0, 440.0], 5.0, 0.2)).is_empty(), "dial tone");
        // Ringback: 440+480 Hz, 2 s on, 4 s off.
        let mut ring = tone(&[440.0, 480.0], 2.0, 0.2);
        ring.extend(vec![0.0; RATE * 4]);
        ring.extend(tone(&[440.0, 480.0], 2.0, 0.2));
        assert!(run(&ring).is_empty(), "ringback");
        // Steady hum that is neither white nor a pure tone, after silence: the rhythm test drops it.
        let mut hum = vec![0.0; RATE];
        hum.extend(tone(&[150.0, 300.0, 450.0, 600.0, 750.0, 900.0, 1050.0, 1200.0, 1350.0, 1500.0], 4.0, 0.02));
        assert!(run(&hum).is_empty(), "hum");
    }

    #[test]
    fn finds_voice_between_silences_with_positions() {
        let mut pcm = vec![0.0; RATE];
        pcm.extend(syllables(2.0));
        pcm.extend(vec![0.0; RATE * 2]);
        pcm.extend(syllables(1.0));
        let u = run(&pcm);
        assert_eq!(u.len(), 2, "{:?}", u.iter().map(|u| (u.start_ms(), u.end_ms())).collect::<Vec<_>>());
        assert!((700..=1000).contains(&u[0].start_ms()), "{}", u[0].start_ms());
        // The utterance keeps the silence that ended it (600 ms by default), where trailing soft words hide.
        assert!((3500..=3700).contains(&u[0].end_ms()), "{}", u[0].end_ms());
        assert!((4700..=5000).contains(&u[1].start_ms()), "{}", u[1].start_ms());
        // The same signal, in noise 20 dB down, is still found once per burst.
        let noisy: Vec<f32> = pcm.iter().zip(noise(pcm.len(), 0.002, 9)).map(|(a, b)| a + b).collect();
        assert_eq!(run(&noisy).len(), 2);
    }

    #[test]
    fn an_open_utterance_is_cut_only_in_a_pause() {
        let ms = |n: usize| n * RATE / 1000;
        let mut s = Segmenter::new(&VadConfig::default()).unwrap();
        let mut pcm = syllables(2.0);
        pcm.extend(vec![0.0; ms(60)]); // a dip in connected speech
        pcm.extend(syllables(2.0));
        let pause = pcm.len()..pcm.len() + ms(150); // a breath between phrases
        pcm.extend(vec![0.0; ms(150)]);
        pcm.extend(syllables(2.0));
        assert!(s.push(&pcm).is_empty(), "no utterance ends");
        let at = |i: usize| i as u64; // the stream began with this signal
        assert_eq!(s.drop_open_before(at(ms(2_030))), None, "no cut at the 60 ms dip");
        assert_eq!(s.drop_open_before(at(ms(1_000))), None, "no cut inside a phrase");
        let cut = s.drop_open_before(at(pause.start + ms(200))).expect("a cut in the breath");
        let mid = at((pause.start + pause.end) / 2);
        assert!(cut.abs_diff(mid) <= ms(60) as u64, "cut at {cut}, breath {pause:?}");
        assert_eq!(s.open_span().unwrap().0, cut, "the utterance goes on from the cut");
    }

    #[test]
    fn long_speech_is_cut_below_the_limit() {
        let u = run(&syllables(60.0));
        assert!(u.len() >= 3, "{}", u.len());
        assert!(u.iter().all(|u| u.pcm.len() <= 25 * RATE), "{:?}", u.iter().map(|u| u.pcm.len()).collect::<Vec<_>>());
        let total: usize = u.iter().map(|u| u.pcm.len()).sum();
        assert!(total >= 58 * RATE, "lost audio: {total}");
    }
}
