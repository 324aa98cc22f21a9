//! The finished live transcript of a call, kept in a file beside its recording (`<tip>.live.json`).
//!
//! Why a file and not a table: the transcript is only usable together with the recording it was heard
//! from (the transcribe stage checks that it covers every sample of it), so it lives where the recording
//! lives, is readable by whichever node can read the recording, and goes when the recording goes. It needs
//! no schema change, and writing it is one atomic rename: a crash leaves the whole transcript or none, and
//! none simply means the stage transcribes the recording.

use std::io::Write;
use std::path::{Path, PathBuf};

use correlate::TipId;
use serde::{Deserialize, Serialize};

use crate::telephony::recorder::recording_path;

/// What a live session heard and understood.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveTranscript {
    /// Samples of call audio the session was given, at `sample_rate`.
    pub samples: u64,
    pub sample_rate: u32,
    pub transcript: asr::Transcript,
}

/// Where the live transcript of a tip lives: next to its recording.
pub fn path(data_dir: &Path, tip: TipId) -> PathBuf {
    recording_path(data_dir, tip).with_extension("live.json")
}

/// Writes `live` atomically: a temporary file, flushed to disk, renamed over the final name.
pub fn save(data_dir: &Path, tip: TipId, live: &LiveTranscript) -> std::io::Result<()> {
    let target = path(data_dir, tip);
    let tmp = target.with_extension("json.tmp");
    let body = serde_json::to_vec(live).map_err(std::io::Error::other)?;
    let mut f = std::fs::File::create(&tmp)?;
    f.write_all(&body)?;
    f.sync_all()?;
    std::fs::rename(&tmp, &target)
}

/// The live transcript if there is one and it covers exactly the recording `wav` (same rate, same number
/// of samples): a session that missed audio, or a recording that went on without it, does not count.
/// Anything unreadable counts as absent (with a log line); the recording is the source of truth.
pub fn load_covering(data_dir: &Path, tip: TipId, wav: &Path) -> Option<asr::Transcript> {
    let p = path(data_dir, tip);
    let bytes = match std::fs::read(&p) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            tracing::warn!(tip = %tip, error = %e, "cannot read the live transcript; transcribing the recording");
            return None;
        }
    };
    let live: LiveTranscript = match serde_json::from_slice(&bytes) {
        Ok(l) => l,
        Err(e) => {
            tracing::warn!(tip = %tip, error = %e, "unreadable live transcript; transcribing the recording");
            return None;
        }
    };
    let recorded = hound::WavReader::open(wav).ok().map(|r| (r.spec().sample_rate, r.len() as u64 / r.spec().channels.max(1) as u64));
    if recorded != Some((live.sample_rate, live.samples)) {
        tracing::info!(tip = %tip, ?recorded, live = live.samples, "live transcript does not cover the recording; transcribing it");
        return None;
    }
    Some(live.transcript)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A fresh directory, removed at the end of the test, pass or fail.
    pub(crate) struct TempDir(PathBuf);
    impl TempDir {
        pub(crate) fn new() -> Self {
            Self(std::env::temp_dir().join(format!("tipline-speech-{}", uuid::Uuid::new_v4())))
        }
        pub(crate) fn path(&self) -> &Path {
            &self.0
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn transcript() -> asr::Transcript {
        asr::Transcript { text: "hello".into(), language: "en".into(), model: "m".into(), duration_s: 1.0, processing_s: 0.1, segments: vec![] }
    }

    #[test]
    fn used_only_when_it_covers_every_recorded_sample() {
        let dir = TempDir::new();
        let tip = TipId::random();
        let mut rec = crate::telephony::recorder::Recorder::create(dir.path(), tip, 8000).unwrap();
        rec.write(&vec![100; 8000]).unwrap();
        rec.finish().unwrap();
        let wav = recording_path(dir.path(), tip);
        assert_eq!(load_covering(dir.path(), tip, &wav), None, "no live transcript yet");
        save(dir.path(), tip, &LiveTranscript { samples: 7840, sample_rate: 8000, transcript: transcript() }).unwrap();
        assert_eq!(load_covering(dir.path(), tip, &wav), None, "20 ms short of the recording");
        save(dir.path(), tip, &LiveTranscript { samples: 8000, sample_rate: 8000, transcript: transcript() }).unwrap();
        assert_eq!(load_covering(dir.path(), tip, &wav), Some(transcript()));
        std::fs::write(path(dir.path(), tip), b"{\"samples\":").unwrap();
        assert_eq!(load_covering(dir.path(), tip, &wav), None, "a torn file counts as absent");
    }
}
