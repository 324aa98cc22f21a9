//! Synthetic 16 kHz signals for tests and benchmarks: what is not speech (white noise, steady tones), to
//! check silence and noise give nothing, and a crude stand-in for a voice that the voice activity detector
//! takes for one. Deterministic, so a failure reproduces.

use crate::audio::WHISPER_RATE;

/// White noise uniform in [-amp, amp] from a xorshift generator seeded with `seed`.
pub fn noise(n: usize, amp: f32, seed: u64) -> Vec<f32> {
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

/// `secs` seconds of a sum of sines (a dial tone is `[350.0, 440.0]`), each at amplitude `amp`.
pub fn tone(freqs: &[f32], secs: f32, amp: f32) -> Vec<f32> {
    (0..(secs * WHISPER_RATE as f32) as usize)
        .map(|i| freqs.iter().map(|f| (2.0 * std::f32::consts::PI * f * i as f32 / WHISPER_RATE as f32).sin()).sum::<f32>() * amp)
        .collect()
}

/// A crude vowel train the voice activity detector takes for speech: a 120 Hz pulse train through a
/// formant-like resonance, four syllables a second, never pausing long enough to end an utterance.
pub fn syllables(secs: f32) -> Vec<f32> {
    let rate = WHISPER_RATE as usize;
    let (mut y1, mut y2) = (0f32, 0f32);
    let r = 0.97f32;
    let w = 2.0 * std::f32::consts::PI * 700.0 / rate as f32;
    (0..(secs * rate as f32) as usize)
        .map(|i| {
            let x = if i % (rate / 120) == 0 { 1.0 } else { 0.0 };
            let y = x + 2.0 * r * w.cos() * y1 - r * r * y2;
            y2 = y1;
            y1 = y;
            let env = (std::f32::consts::PI * 4.0 * i as f32 / rate as f32).sin().abs();
            y * 0.02 * env
        })
        .collect()
}
