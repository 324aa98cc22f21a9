//! A call's recording: mono 16-bit WAV at the call's rate (8 kHz for G.711, 16 kHz for Opus) under the
//! data directory, named by tip id only.
//! The header is rewritten at every flush, so a crash mid-call leaves a valid file with what was heard.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use correlate::TipId;

/// How often the WAV header is brought up to date.
const FLUSH_EVERY: Duration = Duration::from_secs(1);

pub struct Recorder {
    writer: hound::WavWriter<std::io::BufWriter<std::fs::File>>,
    last_flush: Instant,
    samples: u64,
    rate: u32,
}

/// Where the recording of a tip lives: derived from the id, never from anything a caller sent.
pub fn recording_path(data_dir: &Path, tip: TipId) -> PathBuf {
    data_dir.join("recordings").join(format!("{tip}.wav"))
}

impl Recorder {
    pub fn create(data_dir: &Path, tip: TipId, rate: u32) -> std::io::Result<Recorder> {
        let path = recording_path(data_dir, tip);
        std::fs::create_dir_all(path.parent().expect("recordings dir"))?;
        let spec = hound::WavSpec { channels: 1, sample_rate: rate, bits_per_sample: 16, sample_format: hound::SampleFormat::Int };
        let writer = hound::WavWriter::create(&path, spec).map_err(std::io::Error::other)?;
        Ok(Recorder { writer, last_flush: Instant::now(), samples: 0, rate })
    }

    pub fn write(&mut self, pcm: &[i16]) -> std::io::Result<()> {
        for &s in pcm {
            self.writer.write_sample(s).map_err(std::io::Error::other)?;
        }
        self.samples += pcm.len() as u64;
        if self.last_flush.elapsed() >= FLUSH_EVERY {
            self.writer.flush().map_err(std::io::Error::other)?;
            self.last_flush = Instant::now();
        }
        Ok(())
    }

    pub fn duration(&self) -> Duration {
        Duration::from_millis(self.samples * 1000 / self.rate as u64)
    }

    pub fn finish(self) -> std::io::Result<()> {
        self.writer.finalize().map_err(std::io::Error::other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flushed_recording_is_readable_before_it_is_finished() {
        let dir = std::env::temp_dir().join(format!("tipline-rec-{}", uuid::Uuid::new_v4()));
        let tip = TipId::random();
        let mut r = Recorder::create(&dir, tip, 8000).unwrap();
        r.write(&vec![1000; 8000]).unwrap();
        r.last_flush = Instant::now() - FLUSH_EVERY;
        r.write(&vec![-1000; 800]).unwrap();
        // Not finalised, as after a crash: the file already says what it holds.
        let reader = hound::WavReader::open(recording_path(&dir, tip)).unwrap();
        assert_eq!(reader.len(), 8800);
        drop(r);
        std::fs::remove_dir_all(dir).unwrap();
    }
}
