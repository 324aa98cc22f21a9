//! The energy detector: a frame (30 ms) counts as speech when it is loud relative to a tracked noise floor,
//! its in-band spectrum is not flat (white noise) and its energy is not packed into a few bins (dial, busy
//! and ring tones). Cheap: one 512-point FFT per 30 ms, no model file.

use super::FrameClassifier;

/// Samples per frame: 30 ms at 16 kHz.
pub const FRAME: usize = 480;
const FFT: usize = 512;
/// Speech band used for the spectral tests: 100 Hz to 4 kHz (bins of 31.25 Hz).
const BAND: std::ops::Range<usize> = 3..128;
/// Frames quieter than this are never speech, however quiet the floor (-55 dBFS).
pub(super) const ABS_MIN_DB: f32 = -55.0;
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

/// Energy, flatness and tonality against a noise floor that follows the line.
#[derive(Debug, Clone)]
pub struct EnergyDetector {
    threshold_db: f32,
    floor_db: f32,
}

impl EnergyDetector {
    /// Frames `threshold_db` above the tracked noise floor are loud enough to be speech.
    pub fn new(threshold_db: f32) -> Self {
        Self { threshold_db, floor_db: -70.0 }
    }
}

impl FrameClassifier for EnergyDetector {
    fn frame_len(&self) -> usize {
        FRAME
    }

    fn is_speech(&mut self, frame: &[f32], open: bool) -> bool {
        let f = features(frame);
        // Hysteresis: an open utterance goes on through softer frames than it takes to start one, since
        // phrase-final words trail off (a single threshold cut them, measured on the LibriVox sonnets).
        let threshold = if open { self.threshold_db - HANGOVER_DB } else { self.threshold_db };
        let loud = f.energy_db > (self.floor_db + threshold).max(ABS_MIN_DB);
        let speech = loud && f.flatness < MAX_FLATNESS && f.tonality < MAX_TONALITY;
        let rise = if speech { FLOOR_RISE_SPEECH_DB } else { FLOOR_RISE_DB };
        self.floor_db = if f.energy_db < self.floor_db { f.energy_db } else { self.floor_db + rise };
        speech
    }

    /// Onset: 3 of the last 5 frames, so a click or a single loud frame does not open an utterance.
    fn onset(&self) -> (usize, usize) {
        (5, 3)
    }

    /// Loud, non-flat, non-tonal frames can still be a steady hum: the rhythm test must confirm them.
    fn needs_rhythm(&self) -> bool {
        true
    }
}

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

#[cfg(test)]
mod tests {
    use super::super::tests::{noise, syllables, tone};
    use super::*;

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
}
