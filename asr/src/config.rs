//! The `[asr]` section of tipline's configuration. No optional keys: "unset" is an empty string, so the
//! default tree is complete and unknown keys can be detected by the gateway.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::AsrError;
use crate::model::{ModelChoice, Precision};

/// The voice activity detector that gates Whisper (`asr.vad`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VadChoice {
    /// Silero VAD on ONNX Runtime (model and runtime fetched by `tipline models fetch`).
    Silero,
    /// Loudness over a tracked noise floor plus spectral tests; needs no files.
    Energy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AsrConfig {
    /// Which Whisper model: `tiny.en` (English, fastest) or `base` (multilingual).
    pub model: String,
    /// Weight precision of the converted model: `f16` (as published) or `q8_0` (8-bit linear weights).
    pub precision: String,
    /// Where converted models are cached; "" means `<data_dir>/models`.
    pub models_dir: String,
    /// CPU threads per transcription. 1 by default: on a busy 2-core box, 2 threads ran up to 4x slower than 1
    /// (with or without OpenMP); on an idle one they were 1.6x faster. Scale with workers, not threads.
    pub threads: u32,
    /// Beam width; 1 means greedy decoding (faster, worse on short tip audio).
    pub beam_size: u32,
    /// ISO 639-1 code (`en`, `es`, ...); "" means English for `.en` models and auto-detect otherwise.
    pub language: String,
    /// Text that primes the decoder with the vocabulary of tips (street names, spelling of numbers).
    pub initial_prompt: String,
    /// A segment is dropped when Whisper's no-speech probability is above this ...
    pub no_speech_threshold: f32,
    /// ... and its mean token log-probability is below this (Whisper's own rule for silent windows).
    pub logprob_threshold: f32,
    /// Segments whose mean token probability is below this are dropped as hallucinations (a real, clipped
    /// "five five" scored 0.31, so the default stays below that).
    pub min_confidence: f32,
    /// Voice activity detector gating Whisper: `energy` (loudness over a noise floor plus spectral tests; needs
    /// no files) or `silero` (Silero VAD on ONNX Runtime; `tipline models fetch` obtains it). Energy by default:
    /// on the 8.3-minute benchmark corpus Silero gave WER 0.188 against 0.174 (it missed whispered, creaky and
    /// falsetto speech entirely), though it passed no noise, tone or music to Whisper where energy passed a chord.
    pub vad: VadChoice,
    /// Silero: speech probability at which an utterance opens (it continues down to 0.15 below).
    pub vad_speech_threshold: f32,
    /// Energy detector: frames this many dB above the noise floor count as loud enough to be speech. 9 rather
    /// than 12: soft read speech was lost at 12 (bench corpus WER 0.190 at 12, 0.174 at 9).
    pub vad_threshold_db: f32,
    /// An utterance ends after this much silence; then it is transcribed (the live-call latency knob).
    pub vad_end_silence_ms: u32,
    /// Utterances longer than this are cut and transcribed in pieces (Whisper's window is 30 s).
    pub max_utterance_ms: u32,
    /// Re-decode at rising temperatures when a window decodes badly (Whisper's fallback). Costs up to six
    /// decodes of exactly the audio most likely to be noise; off, such windows are dropped by the thresholds.
    pub temperature_fallback: bool,
    /// Shrink whisper.cpp's encoder window to the utterance length instead of always encoding 30 s.
    pub shrink_audio_ctx: bool,
    /// Whisper engines loaded at once (each a model copy and a decoder state, ~250 MB with tiny.en), shared
    /// by live calls and the transcribe stage. With `threads` = 1, one per core keeps the CPU busy.
    pub engines: u32,
    /// Calls transcribed live at once, utterance by utterance on the shared engines; more calls, and calls
    /// whose live transcription falls behind, are transcribed from the recording after hangup. 0: off.
    pub live_sessions: u32,
    /// Live calls: while a caller talks on without a pause, decode the utterance so far on an engine nobody
    /// is waiting for and keep the sentences Whisper finished, so hangup leaves only the last seconds to
    /// decode. Off by default: since each decoding got a fresh whisper.cpp state (`transcribe.rs`), the
    /// benchmark's 60 s call is complete 0.79-0.84 s after its audio without it and 0.80-0.88 s with it, at
    /// 2.3x the decoding CPU; it helps only a caller who talks without a 0.6 s pause up to hangup.
    pub live_early_decoding: bool,
    /// Prompt each utterance with the text of the one before (Whisper's `condition_on_previous_text`). Off by
    /// default: on the 8-minute benchmark corpus it raised WER from 0.190 to 0.202, the short utterances the VAD
    /// cuts leading the decoder to repeat the prompt ("Very bad aligner. Very bad aligner.").
    pub condition_on_previous_text: bool,
}

impl Default for AsrConfig {
    fn default() -> Self {
        Self {
            model: "tiny.en".into(),
            precision: "f16".into(),
            models_dir: String::new(),
            threads: 1,
            beam_size: 5,
            language: String::new(),
            initial_prompt: String::new(),
            no_speech_threshold: 0.6,
            logprob_threshold: -1.0,
            min_confidence: 0.25,
            vad: VadChoice::Energy,
            vad_speech_threshold: 0.5,
            vad_threshold_db: 9.0,
            vad_end_silence_ms: 600,
            max_utterance_ms: 25_000,
            temperature_fallback: false,
            shrink_audio_ctx: true,
            engines: 2,
            live_sessions: 8,
            live_early_decoding: false,
            condition_on_previous_text: false,
        }
    }
}

impl AsrConfig {
    /// The configured model, validated.
    pub fn model_choice(&self) -> Result<ModelChoice, AsrError> {
        ModelChoice::parse(&self.model)
    }

    /// The configured precision, validated.
    pub fn precision(&self) -> Result<Precision, AsrError> {
        Precision::parse(&self.precision)
    }

    /// The models directory, resolving "" against the gateway's data directory.
    pub fn effective_models_dir(&self, data_dir: &Path) -> PathBuf {
        if self.models_dir.is_empty() {
            data_dir.join("models")
        } else {
            PathBuf::from(&self.models_dir)
        }
    }

    /// This configuration with `KEY=VALUE` overrides (a string key takes the value as given, any other the
    /// value as JSON), validated: how the developer tools and benchmarks take settings on the command line.
    pub fn with_settings<S: AsRef<str>>(&self, settings: &[S]) -> Result<Self, AsrError> {
        let bad = AsrError::Config;
        let mut cfg = serde_json::to_value(self).map_err(|e| bad(e.to_string()))?;
        for kv in settings {
            let kv = kv.as_ref();
            let (k, v) = kv.split_once('=').ok_or_else(|| bad(format!("{kv:?}: expected KEY=VALUE")))?;
            let old = cfg.get(k).ok_or_else(|| bad(format!("unknown key {k}")))?;
            cfg[k] = if old.is_string() { v.into() } else { serde_json::from_str(v).map_err(|e| bad(format!("{k} = {v}: {e}")))? };
        }
        let cfg: Self = serde_json::from_value(cfg).map_err(|e| bad(e.to_string()))?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Rejects values that cannot work, with the key named.
    pub fn validate(&self) -> Result<(), AsrError> {
        self.model_choice()?;
        self.precision()?;
        let bad = |m: String| Err(AsrError::Config(m));
        if !(1..=64).contains(&self.threads) {
            return bad(format!("threads = {} (expected 1..=64)", self.threads));
        }
        if !(1..=16).contains(&self.beam_size) {
            return bad(format!("beam_size = {} (expected 1..=16)", self.beam_size));
        }
        if !self.language.is_empty() && self.language != "auto" && whisper_rs::get_lang_id(&self.language).is_none() {
            return bad(format!("language = {:?} is not a Whisper language code", self.language));
        }
        if self.model_choice()? == ModelChoice::TinyEn && !matches!(self.language.as_str(), "" | "en") {
            return bad(format!("language = {:?} needs the multilingual model (model = \"base\")", self.language));
        }
        if !(1_000..=29_000).contains(&self.max_utterance_ms) {
            return bad(format!("max_utterance_ms = {} (expected 1000..=29000)", self.max_utterance_ms));
        }
        if !(100..=5_000).contains(&self.vad_end_silence_ms) {
            return bad(format!("vad_end_silence_ms = {} (expected 100..=5000)", self.vad_end_silence_ms));
        }
        if !(0.2..=0.95).contains(&self.vad_speech_threshold) {
            return bad(format!("vad_speech_threshold = {} (expected 0.2..=0.95)", self.vad_speech_threshold));
        }
        if !(1..=64).contains(&self.engines) {
            return bad(format!("engines = {} (expected 1..=64)", self.engines));
        }
        if self.live_sessions > 10_000 {
            return bad(format!("live_sessions = {} (expected 0..=10000)", self.live_sessions));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_round_trip() {
        let c = AsrConfig::default();
        c.validate().unwrap();
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<AsrConfig>(&json).unwrap(), c);
        let partial: AsrConfig = serde_json::from_str(r#"{"beam_size": 1, "vad": "energy"}"#).unwrap();
        assert_eq!(partial.vad, VadChoice::Energy);
        let err = serde_json::from_str::<AsrConfig>(r#"{"vad": "webrtc"}"#).unwrap_err().to_string();
        assert!(err.contains("silero") && err.contains("energy"), "{err}");
        assert_eq!((partial.beam_size, partial.threads), (1, c.threads));
        assert_eq!(c.effective_models_dir(Path::new("data")), Path::new("data").join("models"));
    }

    #[test]
    fn settings_override_keys_by_name() {
        let c = AsrConfig::default().with_settings(&["beam_size=1", "language=en", "live_early_decoding=true"]).unwrap();
        assert_eq!((c.beam_size, c.language.as_str(), c.live_early_decoding), (1, "en", true));
        assert!(AsrConfig::default().with_settings(&["beams=1"]).unwrap_err().to_string().contains("unknown key beams"));
        assert!(AsrConfig::default().with_settings(&["beam_size"]).unwrap_err().to_string().contains("KEY=VALUE"));
        assert!(AsrConfig::default().with_settings(&["beam_size=0"]).unwrap_err().to_string().contains("beam_size"));
    }

    #[test]
    fn rejects_what_cannot_work() {
        let with = |f: fn(&mut AsrConfig)| {
            let mut c = AsrConfig::default();
            f(&mut c);
            c.validate().unwrap_err().to_string()
        };
        assert!(with(|c| c.model = "large".into()).contains("large"));
        assert!(with(|c| c.threads = 0).contains("threads"));
        assert!(with(|c| c.language = "xx".into()).contains("language"));
        assert!(with(|c| c.language = "de".into()).contains("multilingual"));
        assert!(with(|c| c.engines = 0).contains("engines"));
        let mut ok = AsrConfig { model: "base".into(), language: "de".into(), ..AsrConfig::default() };
        ok.validate().unwrap();
        ok.language = "auto".into();
        assert!(with(|c| c.vad_speech_threshold = 1.5).contains("vad_speech_threshold"));
        ok.validate().unwrap();
    }
}
