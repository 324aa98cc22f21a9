//! Synthetic 16 kHz signals that are not speech (white noise, steady tones), for the tests and benchmarks
//! that check silence and noise give nothing. Deterministic, so a failure reproduces.

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
