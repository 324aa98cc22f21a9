//! Opus (RFC 7587) on libopus, the reference codec (Debian's libopus, through the `opus` crate): the
//! caller's audio decoded straight to the call's 16 kHz (libopus resamples internally, from any of the
//! modes a caller may send), lost packets concealed by libopus's own PLC, and prompts encoded for the
//! caller. The RTP clock of Opus is always 48 kHz whatever the audio bandwidth.

/// RTP clock rate of Opus (RFC 7587 section 4.1).
pub const CLOCK_RATE: u32 = 48_000;
/// The rate calls with Opus are recorded and transcribed at: wideband, what Whisper works at.
pub const WIDEBAND: u32 = 16_000;
/// Longest Opus packet: 120 ms.
const MAX_PACKET_MS: usize = 120;
/// PLC runs in frames of this length (a multiple of 2.5 ms, as libopus requires).
const PLC_FRAME_MS: usize = 20;

/// Why an Opus packet or codec failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("opus: {0}")]
pub struct OpusError(String);

impl From<opus::Error> for OpusError {
    fn from(e: opus::Error) -> Self {
        OpusError(e.to_string())
    }
}

/// One caller's Opus stream, decoded to mono at `rate`.
pub struct OpusDecoder {
    decoder: opus::Decoder,
    rate: u32,
}

impl OpusDecoder {
    /// `rate`: 8, 12, 16, 24 or 48 kHz.
    pub fn new(rate: u32) -> Result<Self, OpusError> {
        Ok(Self { decoder: opus::Decoder::new(rate, opus::Channels::Mono)?, rate })
    }

    /// Decodes one RTP payload, appending to `out`; returns how many RTP clock ticks (48 kHz) it covered.
    /// A stereo packet is mixed down to mono by libopus.
    pub fn decode(&mut self, payload: &[u8], out: &mut Vec<i16>) -> Result<u32, OpusError> {
        // Checked before decoding: the count comes from the packet's TOC, so a lying packet is refused.
        let samples = opus::packet::get_nb_samples(payload, self.rate)?;
        if samples == 0 || samples > self.rate as usize * MAX_PACKET_MS / 1000 {
            return Err(OpusError(format!("{samples} samples in one packet")));
        }
        let start = out.len();
        out.resize(start + samples, 0);
        match self.decoder.decode(payload, &mut out[start..], false) {
            Ok(n) => {
                out.truncate(start + n);
                Ok((n as u64 * CLOCK_RATE as u64 / self.rate as u64) as u32)
            }
            Err(e) => {
                out.truncate(start);
                Err(e.into())
            }
        }
    }

    /// Fills `samples` (at the decoder's rate) that never arrived with libopus's concealment, which
    /// continues the caller's voice and fades it out, appending to `out`. Any part shorter than a
    /// 2.5 ms step is silence.
    pub fn conceal(&mut self, samples: usize, out: &mut Vec<i16>) {
        let frame = self.rate as usize * PLC_FRAME_MS / 1000;
        let step = self.rate as usize / 400;
        let mut left = samples;
        while left >= step {
            let n = frame.min(left) / step * step;
            let start = out.len();
            out.resize(start + n, 0);
            // Concealment cannot fail on a valid length; should it, the zeros already there keep the timing.
            if let Ok(got) = self.decoder.decode(&[], &mut out[start..], false) {
                out.truncate(start + got);
            }
            left -= out.len() - start;
            if out.len() == start {
                break;
            }
        }
        out.resize(out.len() + left, 0);
    }
}

/// Prompts as Opus for the caller: 20 ms mono frames of PCM at `rate`.
pub struct OpusEncoder {
    encoder: opus::Encoder,
}

impl OpusEncoder {
    pub fn new(rate: u32) -> Result<Self, OpusError> {
        Ok(Self { encoder: opus::Encoder::new(rate, opus::Channels::Mono, opus::Application::Voip)? })
    }

    /// One frame (2.5 to 60 ms of samples) as an Opus packet.
    pub fn encode(&mut self, pcm: &[i16]) -> Result<Vec<u8>, OpusError> {
        Ok(self.encoder.encode_vec(pcm, 1500)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 16 kHz test signal with energy above 4 kHz, which G.711's 8 kHz could not carry.
    pub(crate) fn chirp(samples: usize) -> Vec<i16> {
        (0..samples)
            .map(|i| {
                let t = i as f64 / WIDEBAND as f64;
                (8000.0 * (2.0 * std::f64::consts::PI * (300.0 * t + 2500.0 * t * t)).sin()) as i16
            })
            .collect()
    }

    #[test]
    fn wideband_speech_round_trips_through_libopus() {
        let mut enc = OpusEncoder::new(WIDEBAND).unwrap();
        let mut dec = OpusDecoder::new(WIDEBAND).unwrap();
        let input = chirp(WIDEBAND as usize);
        let mut out = Vec::new();
        for frame in input.chunks(320) {
            let packet = enc.encode(frame).unwrap();
            assert_eq!(dec.decode(&packet, &mut out).unwrap(), 960, "20 ms is 960 ticks of the 48 kHz RTP clock");
        }
        assert_eq!(out.len(), input.len());
        // Opus has a few ms of algorithmic delay: compare energy, not samples.
        let energy = |s: &[i16]| s.iter().map(|&x| (x as f64).powi(2)).sum::<f64>() / s.len() as f64;
        let ratio = energy(&out[1600..]) / energy(&input[1600..]);
        assert!((0.5..2.0).contains(&ratio), "energy ratio {ratio}");
    }

    #[test]
    fn concealment_keeps_time_and_garbage_is_refused() {
        let mut dec = OpusDecoder::new(WIDEBAND).unwrap();
        let mut out = Vec::new();
        dec.conceal(330, &mut out);
        assert_eq!(out.len(), 330, "PLC in 2.5 ms steps, the rest silence");
        let mut out = Vec::new();
        assert!(dec.decode(&[], &mut out).is_err());
        // A TOC claiming 48 frames of 60 ms (code 3), far beyond 120 ms.
        assert!(dec.decode(&[0xfb, 0x30, 0, 0], &mut out).is_err());
        assert!(out.is_empty());
    }
}
