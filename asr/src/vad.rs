//! Voice activity detection and utterance segmentation, sans-IO: push 16 kHz samples, get finished
//! utterances back. Time is the sample count, so tests need no clock and no sleeps.
//!
//! A frame (30 ms) counts as speech when it is loud relative to a tracked noise floor, its in-band spectrum
//! is not flat (white noise) and its energy is not packed into a few bins (dial, busy and ring tones).
//! An utterance is then kept only if its loudness varies like syllables do: steady hums and noise that
//! slip past the frame test are dropped. This is cheap (one 512-point FFT per 30 ms) and keeps silence,
//! noise and tones away from Whisper, which would otherwise invent text for them.

use crate::config::AsrConfig;

/// Samples per frame: 30 ms at 16 kHz.
pub const FRAME: usize = 480;
const FFT: usize = 512;
const RATE: usize = 16_000;
/// Speech band used for the spectral tests: 100 Hz to 4 kHz (bins of 31.25 Hz).
const BAND: std::ops::Range<usize> = 3..128;
/// Frames quieter than this are never speech, however quiet the floor (-55 dBFS).
const ABS_MIN_DB: f32 = -55.0;
/// Noise-floor rise per frame while it is below the signal: 10 dB/s over frames that are not speech, so the
/// floor follows a noisier line within a second or two; falls are immediate.
const FLOOR_RISE_DB: f32 = 0.3;
/// The rise over speech frames: 0.5 dB/s. At the non-speech rate, 2 s of continuous reading lifted the floor
/// to within the threshold of the softer, line-final words, which were then cut as silence (measured on the
/// LibriVox sonnets: whole half-lines missing from the transcript).
const FLOOR_RISE_SPEECH_DB: f32 = 0.015;
/// How much softer than the onset threshold a frame may be and still continue an open utterance.
const HANGOVER_DB: f32 = 6.0;
/// Above this spectral flatness a frame is noise-like (white noise measures ~0.56).
const MAX_FLATNESS: f32 = 0.45;
/// Above this share of band energy in the 8 strongest bins a frame is a tone.
const MAX_TONALITY: f32 = 0.9;
/// Audio kept before the first speech frame and after the last, so word edges are not clipped.
const PAD_FRAMES: usize = 7;
/// Speech frames needed to keep an utterance (240 ms) and the loudness spread syllables produce.
const MIN_SPEECH_FRAMES: usize = 8;
const MIN_ENERGY_STD_DB: f32 = 3.0;

/// Per-frame measurements, exposed for tests and tuning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FrameFeatures {
    pub energy_db: f32,
    pub flatness: f32,
    pub tonality: f32,
}

/// Measures one frame of [`FRAME`] samples.
pub fn features(frame: &[f32]) -> FrameFeatures {
    let energy = frame.iter().map(|x| x * x).sum::<f32>() / frame.len().max(1) as f32;
    let mut re = [0f32; FFT];
    let mut im = [0f32; FFT];
    let n = frame.len().min(FFT);
    for (i, x) in frame.iter().take(n).enumerate() {
        // Hann window: limits leakage so a tone stays in a few bins.
        let w = 0.5 - 0.5 * (2.0 * std::f32::consts::PI * i as f32 / n as f32).cos();
        re[i] = x * w;
    }
    fft(&mut re, &mut im);
    let mut power: Vec<f32> = BAND.map(|k| re[k] * re[k] + im[k] * im[k] + 1e-12).collect();
    let total: f32 = power.iter().sum();
    let mean_log = power.iter().map(|p| p.ln()).sum::<f32>() / power.len() as f32;
    let flatness = mean_log.exp() / (total / power.len() as f32);
    power.sort_by(|a, b| b.total_cmp(a));
    let tonality = power[..8].iter().sum::<f32>() / total;
    FrameFeatures { energy_db: 10.0 * (energy + 1e-10).log10(), flatness, tonality }
}

/// In-place radix-2 complex FFT.
fn fft(re: &mut [f32], im: &mut [f32]) {
    let n = re.len();
    let mut j = 0;
    for i in 1..n {
        let mut bit = n >> 1;
        while j & bit != 0 {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if i < j {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let ang = -2.0 * std::f64::consts::PI / len as f64;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (s, c) = (ang * k as f64).sin_cos();
                let (c, s) = (c as f32, s as f32);
                let (a, b) = (start + k, start + k + len / 2);
                let (tr, ti) = (re[b] * c - im[b] * s, re[b] * s + im[b] * c);
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
        len <<= 1;
    }
}

/// Segmentation settings (from [`AsrConfig`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VadConfig {
    pub threshold_db: f32,
    pub end_silence_ms: u32,
    pub max_utterance_ms: u32,
}

impl VadConfig {
    pub fn from_config(c: &AsrConfig) -> Self {
        Self { threshold_db: c.vad_threshold_db, end_silence_ms: c.vad_end_silence_ms, max_utterance_ms: c.max_utterance_ms }
    }
}

impl Default for VadConfig {
    fn default() -> Self {
        Self::from_config(&AsrConfig::default())
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
#[derive(Debug, Clone)]
pub struct Segmenter {
    cfg: VadConfig,
    floor_db: f32,
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
    pub fn new(cfg: VadConfig) -> Self {
        Self {
            cfg,
            floor_db: -70.0,
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
        let whole = self.pending.len() / FRAME * FRAME;
        let chunk: Vec<f32> = self.pending.drain(..whole).collect();
        for frame in chunk.chunks_exact(FRAME) {
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
            last.resize(FRAME, 0.0);
            out.extend(self.frame(&last));
        }
        if let Some(open) = self.open.take() {
            let end = self.frames.len();
            out.extend(self.close(open, end));
        }
        out
    }

    fn frame(&mut self, frame: &[f32]) -> Option<Utterance> {
        let f = features(frame);
        // Hysteresis: an open utterance goes on through softer frames than it takes to start one, since
        // phrase-final words trail off (a single threshold cut them, measured on the LibriVox sonnets).
        let threshold = if self.open.is_some() { self.cfg.threshold_db - HANGOVER_DB } else { self.cfg.threshold_db };
        let loud = f.energy_db > (self.floor_db + threshold).max(ABS_MIN_DB);
        let speech = loud && f.flatness < MAX_FLATNESS && f.tonality < MAX_TONALITY;
        let rise = if speech { FLOOR_RISE_SPEECH_DB } else { FLOOR_RISE_DB };
        self.floor_db = if f.energy_db < self.floor_db { f.energy_db } else { self.floor_db + rise };
        self.frames.push((frame.to_vec(), speech, f.energy_db));
        self.recent.push_back(speech);
        if self.recent.len() > 5 {
            self.recent.pop_front();
        }
        let max_frames = (self.cfg.max_utterance_ms as usize * RATE / 1000) / FRAME;
        let end_frames = (self.cfg.end_silence_ms as usize * RATE / 1000).div_ceil(FRAME);
        let now = self.frames.len() - 1;
        match self.open {
            None => {
                // Onset: 3 of the last 5 frames are speech.
                if self.recent.iter().filter(|&&s| s).count() >= 3 {
                    let onset = now + 1 - self.recent.len();
                    self.open = Some(onset.saturating_sub(PAD_FRAMES));
                    self.silence_run = 0;
                } else {
                    // Keep only the pre-roll.
                    let excess = self.frames.len().saturating_sub(PAD_FRAMES + 5);
                    self.frames.drain(..excess);
                    self.first_frame += excess as u64;
                }
                None
            }
            Some(start) => {
                self.silence_run = if speech { 0 } else { self.silence_run + 1 };
                if self.silence_run >= end_frames {
                    // The whole silent run is kept: sentence-final words trail off below the threshold, and
                    // cutting PAD_FRAMES after the last loud frame lost them ("might never [die]").
                    let end = self.frames.len();
                    self.open = None;
                    return self.close(start, end);
                }
                if now + 1 - start >= max_frames {
                    // Too long for one Whisper window: cut at the quietest frame of the last 1.5 s.
                    let search = (now + 1 - 50).max(start + 1)..now + 1;
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
        let keep = speech_frames >= MIN_SPEECH_FRAMES && std_dev(&energies(&span[first..=last])) >= MIN_ENERGY_STD_DB;
        let u = keep.then(|| Utterance {
            start_sample: (self.first_frame + start as u64) * FRAME as u64,
            pcm: span.iter().flat_map(|f| f.0.iter().copied()).collect(),
        });
        self.frames.drain(..end);
        self.first_frame += end as u64;
        self.recent.clear();
        self.silence_run = 0;
        u
    }
}

/// Frame energies, floored so digital silence does not dominate the spread.
fn energies(span: &[(Vec<f32>, bool, f32)]) -> Vec<f32> {
    span.iter().map(|f| f.2.max(ABS_MIN_DB - 20.0)).collect()
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

    /// Deterministic white noise (xorshift), uniform in [-amp, amp].
    pub(crate) fn noise(n: usize, amp: f32, seed: u64) -> Vec<f32> {
        let mut s = seed | 1;
        (0..n)
            .map(|_| {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                ((s >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * amp
            })
            .collect()
    }

    fn tone(freqs: &[f32], secs: f32, amp: f32) -> Vec<f32> {
        (0..(secs * RATE as f32) as usize)
            .map(|i| freqs.iter().map(|f| (2.0 * std::f32::consts::PI * f * i as f32 / RATE as f32).sin()).sum::<f32>() * amp)
            .collect()
    }

    /// A crude vowel train: a 120 Hz pulse train through a formant-like resonance, 4 syllables a second.
    fn syllables(secs: f32) -> Vec<f32> {
        let n = (secs * RATE as f32) as usize;
        let (mut y1, mut y2) = (0f32, 0f32);
        let r = 0.97f32;
        let w = 2.0 * std::f32::consts::PI * 700.0 / RATE as f32;
        (0..n)
            .map(|i| {
                let x = if i % (RATE / 120) == 0 { 1.0 } else { 0.0 };
                let y = x + 2.0 * r * w.cos() * y1 - r * r * y2;
                y2 = y1;
                y1 = y;
                let env = (std::f32::consts::PI * 4.0 * i as f32 / RATE as f32).sin().abs();
                y * 0.02 * env
            })
            .collect()
    }

    fn run(pcm: &[f32]) -> Vec<Utterance> {
        let mut s = Segmenter::new(VadConfig::default());
        let mut out = Vec::new();
        for chunk in pcm.chunks(1234) {
            out.extend(s.push(chunk));
        }
        out.extend(s.finish());
        out
    }

    #[test]
    fn fft_matches_naive_dft() {
        let x = noise(FFT, 1.0, 7);
        let (mut re, mut im) = (x.clone(), vec![0.0; FFT]);
        fft(&mut re, &mut im);
        for k in [0, 1, 37, 255, 256, 511] {
            let (mut a, mut b) = (0f64, 0f64);
            for (n, v) in x.iter().enumerate() {
                let ang = -2.0 * std::f64::consts::PI * (k * n) as f64 / FFT as f64;
                a += *v as f64 * ang.cos();
                b += *v as f64 * ang.sin();
            }
            assert!((re[k] as f64 - a).abs() < 1e-3 && (im[k] as f64 - b).abs() < 1e-3, "bin {k}");
        }
    }

    #[test]
    fn features_tell_noise_tone_and_voice_apart() {
        let white = features(&noise(FRAME, 0.3, 3));
        assert!(white.flatness > MAX_FLATNESS, "white noise flatness {}", white.flatness);
        let dial = features(&tone(&[350.0, 440.0], 0.03, 0.2));
        assert!(dial.tonality > MAX_TONALITY, "dial tone tonality {}", dial.tonality);
        let voice = syllables(0.5);
        let v = features(&voice[1800..1800 + FRAME]);
        assert!(v.flatness < MAX_FLATNESS && v.tonality < MAX_TONALITY, "{v:?}");
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
    fn long_speech_is_cut_below_the_limit() {
        let u = run(&syllables(60.0));
        assert!(u.len() >= 3, "{}", u.len());
        assert!(u.iter().all(|u| u.pcm.len() <= 25 * RATE), "{:?}", u.iter().map(|u| u.pcm.len()).collect::<Vec<_>>());
        let total: usize = u.iter().map(|u| u.pcm.len()).sum();
        assert!(total >= 58 * RATE, "lost audio: {total}");
    }
}
