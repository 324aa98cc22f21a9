//! Slaney-style mel filterbank (librosa's defaults: `htk=False`, `norm="slaney"`), the matrix Whisper was
//! trained with. whisper.cpp reads it from the model file and really uses it, so it must be exact; computed
//! in f64 like librosa, stored as f32.

/// Sample rate Whisper works at.
pub const SAMPLE_RATE: f64 = 16_000.0;
/// FFT length of Whisper's STFT (25 ms).
pub const N_FFT: usize = 400;

const F_SP: f64 = 200.0 / 3.0;
const MIN_LOG_HZ: f64 = 1000.0;
const MIN_LOG_MEL: f64 = MIN_LOG_HZ / F_SP;

fn log_step() -> f64 {
    6.4f64.ln() / 27.0
}

fn hz_to_mel(f: f64) -> f64 {
    if f >= MIN_LOG_HZ {
        MIN_LOG_MEL + (f / MIN_LOG_HZ).ln() / log_step()
    } else {
        f / F_SP
    }
}

fn mel_to_hz(m: f64) -> f64 {
    if m >= MIN_LOG_MEL {
        MIN_LOG_HZ * (log_step() * (m - MIN_LOG_MEL)).exp()
    } else {
        F_SP * m
    }
}

/// `n_mels` x (N_FFT/2 + 1) weights, row-major, covering 0 Hz to Nyquist.
pub fn filters(n_mels: usize) -> Vec<f32> {
    let n_freq = N_FFT / 2 + 1;
    let fft_freqs: Vec<f64> = (0..n_freq).map(|k| k as f64 * SAMPLE_RATE / N_FFT as f64).collect();
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(SAMPLE_RATE / 2.0));
    let mel_f: Vec<f64> =
        (0..n_mels + 2).map(|i| mel_to_hz(lo + (hi - lo) * i as f64 / (n_mels + 1) as f64)).collect();
    let mut out = Vec::with_capacity(n_mels * n_freq);
    for i in 0..n_mels {
        let (d0, d1) = (mel_f[i + 1] - mel_f[i], mel_f[i + 2] - mel_f[i + 1]);
        let enorm = 2.0 / (mel_f[i + 2] - mel_f[i]);
        for &f in &fft_freqs {
            let lower = (f - mel_f[i]) / d0;
            let upper = (mel_f[i + 2] - f) / d1;
            out.push((lower.min(upper).max(0.0) * enorm) as f32);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mel_scale_round_trips_and_is_linear_below_1khz() {
        for f in [0.0, 200.0, 999.0, 1000.0, 4000.0, 8000.0] {
            assert!((mel_to_hz(hz_to_mel(f)) - f).abs() < 1e-9);
        }
        assert!((hz_to_mel(500.0) - 7.5).abs() < 1e-12);
        assert!((hz_to_mel(1000.0) - 15.0).abs() < 1e-12);
    }

    #[test]
    fn filters_are_area_normalised_triangles() {
        let w = filters(80);
        assert_eq!(w.len(), 80 * 201);
        assert!(w.iter().all(|&x| x >= 0.0));
        // Slaney normalisation gives every triangle unit area in Hz; wide (high) filters sum to it closely.
        for row in 60..80 {
            let area: f64 = w[row * 201..(row + 1) * 201].iter().map(|&x| x as f64 * 40.0).sum();
            assert!((area - 1.0).abs() < 0.02, "row {row}: area {area}");
        }
        // The first filter peaks near its centre (~25 Hz), i.e. in bin 0 or 1, and is zero by 200 Hz.
        assert!(w[0] + w[1] > 0.0);
        assert!(w[5..201].iter().all(|&x| x == 0.0));
        // By hand: centres at 37.239 and 74.478 Hz (below 1 kHz mel is linear), so bin 1 (40 Hz) weighs
        // (74.478 - 40) / 37.239 * 2 / 74.478 = 0.0248626.
        assert!((w[1] - 0.024_862_59).abs() < 1e-6, "{}", w[1]);
    }
}
