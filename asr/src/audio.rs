//! Audio input: WAV files of any rate and channel count to Whisper's 16 kHz mono f32, and a streaming
//! resampler for live calls (8 kHz telephony, 48 kHz WebRTC).
//!
//! The resampler is a windowed-sinc interpolator (Kaiser window, cutoff just below the lower Nyquist), so
//! downsampling does not alias speech-band energy and upsampling does not image. It works on any rate
//! pair, keeps its state between chunks, and gives the same output whether fed at once or in pieces.

use std::path::Path;

use crate::error::AsrError;

/// Whisper's sample rate.
pub const WHISPER_RATE: u32 = 16_000;

/// Zero crossings of the sinc on each side at the lower rate: ~0.1% passband ripple, >70 dB stopband.
const HALF_ZEROS: f64 = 16.0;
/// Kaiser beta for ~70 dB stopband attenuation.
const KAISER_BETA: f64 = 7.0;
/// Table points per zero crossing; linear interpolation between them errs well under 1e-5.
const TABLE_RES: usize = 512;

/// Reads a WAV file (PCM 8/16/24/32-bit or float; any rate; mono or multi-channel) as 16 kHz mono f32.
pub fn read_wav(path: &Path) -> Result<Vec<f32>, AsrError> {
    let bytes = std::fs::read(path).map_err(AsrError::io(path))?;
    decode_wav(&bytes)
}

/// As [`read_wav`], from bytes in memory (an upload, a recording buffer).
pub fn decode_wav(bytes: &[u8]) -> Result<Vec<f32>, AsrError> {
    if bytes.is_empty() {
        return Err(AsrError::Audio("the file is empty (0 bytes)".into()));
    }
    if bytes.len() < 12 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(AsrError::Audio("not a WAV file (no RIFF/WAVE header); convert it to WAV first".into()));
    }
    let reader = hound::WavReader::new(std::io::Cursor::new(bytes)).map_err(wav_err)?;
    let spec = reader.spec();
    let channels = spec.channels as usize;
    if channels == 0 || spec.sample_rate == 0 {
        return Err(AsrError::Audio("the header declares no channels or a zero sample rate".into()));
    }
    // hound reports the length from the header; a truncated data chunk shows up as a read error below.
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.into_samples::<f32>().collect::<Result<_, _>>().map_err(wav_err)?,
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32;
            reader.into_samples::<i32>().map(|s| s.map(|v| v as f32 * scale)).collect::<Result<_, _>>().map_err(wav_err)?
        }
    };
    let frames = interleaved.chunks_exact(channels);
    if !frames.remainder().is_empty() {
        return Err(AsrError::Audio("truncated: the last frame is incomplete".into()));
    }
    let mono: Vec<f32> = frames.map(|f| f.iter().sum::<f32>() / channels as f32).collect();
    if mono.is_empty() {
        return Err(AsrError::EmptyAudio);
    }
    Ok(resample(&mono, spec.sample_rate, WHISPER_RATE))
}

fn wav_err(e: hound::Error) -> AsrError {
    match e {
        // Reading from memory, an I/O error can only mean the bytes ran out before the header said they would.
        hound::Error::IoError(_) => AsrError::Audio("truncated: the file ends before its declared data".into()),
        hound::Error::FormatError(m) => AsrError::Audio(format!("malformed WAV: {m}")),
        hound::Error::Unsupported => AsrError::Audio("unsupported WAV encoding (use PCM or float)".into()),
        other => AsrError::Audio(other.to_string()),
    }
}

/// Resamples a whole signal (the batch form of [`Resampler`]).
pub fn resample(input: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to {
        return input.to_vec();
    }
    let mut r = Resampler::new(from, to);
    let mut out = r.push(input);
    out.extend(r.flush());
    out
}

/// A streaming windowed-sinc resampler between any two rates.
#[derive(Debug, Clone)]
pub struct Resampler {
    from: u64,
    to: u64,
    /// Kernel bandwidth relative to the input rate (<= 1), and its half-length in input samples.
    cutoff: f64,
    half_len: f64,
    table: Vec<f32>,
    /// Input not yet fully consumed, starting at absolute input index `base`.
    buf: Vec<f32>,
    base: u64,
    /// Input samples seen, and the next output index to produce.
    seen: u64,
    next_out: u64,
}

impl Resampler {
    pub fn new(from: u32, to: u32) -> Self {
        assert!(from > 0 && to > 0, "sample rates must be positive");
        // Cutoff a little below the lower Nyquist: the transition band then lies above it, so nothing aliases.
        let cutoff = (to as f64 / from as f64).min(1.0) * 0.95;
        let half_len = HALF_ZEROS / cutoff;
        let n = HALF_ZEROS as usize * TABLE_RES + 2;
        let i0_beta = bessel_i0(KAISER_BETA);
        let table = (0..n)
            .map(|i| {
                let x = i as f64 / TABLE_RES as f64; // in zero crossings
                let r = (x / HALF_ZEROS).min(1.0);
                let window = bessel_i0(KAISER_BETA * (1.0 - r * r).sqrt()) / i0_beta;
                let sinc = if x == 0.0 { 1.0 } else { (std::f64::consts::PI * x).sin() / (std::f64::consts::PI * x) };
                (sinc * window) as f32
            })
            .collect();
        Self { from: from as u64, to: to as u64, cutoff, half_len, table, buf: Vec::new(), base: 0, seen: 0, next_out: 0 }
    }

    /// Kernel value at `t` input samples from the centre.
    fn kernel(&self, t: f64) -> f32 {
        let x = (t * self.cutoff).abs() * TABLE_RES as f64;
        let i = x as usize;
        if i + 1 >= self.table.len() {
            return 0.0;
        }
        let frac = (x - i as f64) as f32;
        self.table[i] + (self.table[i + 1] - self.table[i]) * frac
    }

    /// Feeds input; returns every output sample whose kernel support is now complete.
    pub fn push(&mut self, input: &[f32]) -> Vec<f32> {
        self.buf.extend_from_slice(input);
        self.seen += input.len() as u64;
        self.produce(false)
    }

    /// Ends the stream: the remaining outputs, with silence assumed after the last input sample.
    pub fn flush(&mut self) -> Vec<f32> {
        self.produce(true)
    }

    fn produce(&mut self, end: bool) -> Vec<f32> {
        let mut out = Vec::new();
        // Output count for the whole stream so far: ceil(seen * to / from).
        let total_out = (self.seen * self.to).div_ceil(self.from);
        let reach = self.half_len.ceil() as u64 + 1;
        while self.next_out < total_out {
            // Exact position of this output in input samples: next_out * from / to.
            let num = self.next_out * self.from;
            let centre_i = num / self.to;
            let frac = (num % self.to) as f64 / self.to as f64;
            if !end && centre_i + reach > self.seen {
                break;
            }
            let lo = centre_i.saturating_sub(reach);
            let hi = (centre_i + reach).min(self.seen.saturating_sub(1));
            let mut acc = 0.0f32;
            for k in lo.max(self.base)..=hi {
                let t = k as f64 - (centre_i as f64 + frac);
                acc += self.buf[(k - self.base) as usize] * self.kernel(t);
            }
            out.push(acc * self.cutoff as f32);
            self.next_out += 1;
        }
        // Drop input no future output can reach.
        let keep_from = (self.next_out * self.from / self.to).saturating_sub(reach);
        if keep_from > self.base {
            let drop = ((keep_from - self.base) as usize).min(self.buf.len());
            self.buf.drain(..drop);
            self.base += drop as u64;
        }
        out
    }
}

/// Modified Bessel function of the first kind, order 0 (power series; converges fast for beta < 20).
fn bessel_i0(x: f64) -> f64 {
    let (mut sum, mut term, mut k) = (1.0, 1.0, 1.0);
    while term > 1e-12 * sum {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        k += 1.0;
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(freq: f64, rate: u32, secs: f64) -> Vec<f32> {
        (0..(rate as f64 * secs) as usize).map(|i| (2.0 * std::f64::consts::PI * freq * i as f64 / rate as f64).sin() as f32 * 0.5).collect()
    }

    fn rms(x: &[f32]) -> f32 {
        (x.iter().map(|v| v * v).sum::<f32>() / x.len() as f32).sqrt()
    }

    #[test]
    fn passes_speech_band_tones_at_any_ratio() {
        for from in [8_000, 22_050, 44_100, 48_000] {
            let out = resample(&sine(1_000.0, from, 1.0), from, WHISPER_RATE);
            assert!((out.len() as i64 - 16_000).abs() <= 1, "{from}: {} samples", out.len());
            // Compare the steady middle against the ideal 1 kHz sine at 16 kHz.
            let ideal = sine(1_000.0, WHISPER_RATE, 1.0);
            let err: Vec<f32> = out[2000..14000].iter().zip(&ideal[2000..14000]).map(|(a, b)| a - b).collect();
            assert!(rms(&err) < 0.005, "{from} Hz: error rms {}", rms(&err));
        }
    }

    #[test]
    fn removes_what_would_alias() {
        // 7.5 kHz is inside 16 kHz's band edge guard; 10 kHz from 48 kHz would fold to 6 kHz if not filtered.
        let out = resample(&sine(10_000.0, 48_000, 1.0), 48_000, WHISPER_RATE);
        assert!(rms(&out[1000..15000]) < 0.002, "alias leaked: {}", rms(&out[1000..15000]));
    }

    #[test]
    fn streaming_in_odd_chunks_equals_batch() {
        let input = sine(440.0, 44_100, 0.5);
        let batch = resample(&input, 44_100, WHISPER_RATE);
        let mut r = Resampler::new(44_100, WHISPER_RATE);
        let mut streamed = Vec::new();
        for chunk in input.chunks(333) {
            streamed.extend(r.push(chunk));
        }
        streamed.extend(r.flush());
        assert_eq!(streamed.len(), batch.len());
        assert!(streamed.iter().zip(&batch).all(|(a, b)| (a - b).abs() < 1e-6));
    }

    fn wav_bytes(spec: hound::WavSpec, samples: &[i16]) -> Vec<u8> {
        let mut cur = std::io::Cursor::new(Vec::new());
        let mut w = hound::WavWriter::new(&mut cur, spec).unwrap();
        for s in samples {
            w.write_sample(*s).unwrap();
        }
        w.finalize().unwrap();
        cur.into_inner()
    }

    #[test]
    fn stereo_is_averaged_and_resampled() {
        let spec = hound::WavSpec { channels: 2, sample_rate: 8_000, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
        let samples: Vec<i16> = (0..8_000).flat_map(|_| [16_384i16, 0]).collect();
        let out = decode_wav(&wav_bytes(spec, &samples)).unwrap();
        assert!((out.len() as i64 - 16_000).abs() <= 1);
        assert!((out[8_000] - 0.25).abs() < 0.01, "{}", out[8_000]);
    }

    #[test]
    fn bad_input_gives_clear_errors() {
        let err = |b: &[u8]| decode_wav(b).unwrap_err().to_string();
        assert!(err(b"").contains("empty"));
        assert!(err(b"ID3\x03 this is an mp3").contains("not a WAV"));
        let spec = hound::WavSpec { channels: 1, sample_rate: 16_000, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
        let full = wav_bytes(spec, &[100; 1000]);
        assert!(err(&full[..full.len() - 501]).contains("truncated"), "{}", err(&full[..full.len() - 501]));
        let head = err(&full[..30]);
        assert!(head.contains("truncated") || head.contains("malformed"), "{head}");
        assert!(matches!(decode_wav(&wav_bytes(spec, &[])), Err(AsrError::EmptyAudio)));
    }
}
