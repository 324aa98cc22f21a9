//! Whisper behind a small trait: 16 kHz mono samples in, timestamped segments with confidence out.
//!
//! [`WhisperTranscriber`] wraps whisper-rs (whisper.cpp): one loaded model, and a fresh decoder state for
//! each decoding, so a worker thread owns one transcriber; run several workers for several calls.

use std::path::Path;

use serde::{Deserialize, Serialize};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

use crate::audio::WHISPER_RATE;
use crate::config::AsrConfig;
use crate::error::AsrError;
use crate::filter::{self, Thresholds};
use crate::model::{self, ModelChoice};

/// One piece of transcript. Times are milliseconds from the start of the audio given to the transcriber.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub start_ms: u64,
    pub end_ms: u64,
    pub text: String,
    /// Mean probability of the segment's text tokens, in 0..=1.
    pub confidence: f32,
    /// Whisper's probability that the window held no speech, in 0..=1.
    pub no_speech_prob: f32,
    /// Mean natural-log probability of the text tokens (Whisper's `avg_logprob`).
    pub avg_logprob: f32,
}

/// What one call of [`Transcriber::transcribe`] found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decoded {
    /// ISO 639-1 code, detected or configured.
    pub language: String,
    pub segments: Vec<Segment>,
}

/// Speech to text over a buffer of 16 kHz mono samples; the seam for other engines.
pub trait Transcriber: Send {
    /// Transcribes `pcm`; `previous` is the text just before it (the same call's last utterance) for context.
    fn transcribe(&mut self, pcm: &[f32], previous: &str) -> Result<Decoded, AsrError>;
    /// Identifies model and engine, e.g. `whisper-tiny.en (ggml f16, whisper.cpp 1.8.3)`.
    fn model_id(&self) -> &str;
}

/// Decoding settings, taken from [`AsrConfig`].
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeOptions {
    pub threads: u32,
    pub beam_size: u32,
    /// "" or "auto" detects (multilingual models only).
    pub language: String,
    pub initial_prompt: String,
    pub thresholds: Thresholds,
    pub shrink_audio_ctx: bool,
    pub temperature_fallback: bool,
    pub condition_on_previous_text: bool,
}

impl DecodeOptions {
    pub fn from_config(c: &AsrConfig) -> Self {
        Self {
            threads: c.threads,
            beam_size: c.beam_size,
            language: c.language.clone(),
            initial_prompt: c.initial_prompt.clone(),
            thresholds: Thresholds {
                no_speech: c.no_speech_threshold,
                logprob: c.logprob_threshold,
                min_confidence: c.min_confidence,
            },
            shrink_audio_ctx: c.shrink_audio_ctx,
            temperature_fallback: c.temperature_fallback,
            condition_on_previous_text: c.condition_on_previous_text,
        }
    }
}

/// whisper.cpp through whisper-rs.
pub struct WhisperTranscriber {
    ctx: WhisperContext,
    options: DecodeOptions,
    model_id: String,
    multilingual: bool,
    full_audio_ctx: i32,
}

impl WhisperTranscriber {
    /// Loads a verified ggml model. A missing or corrupt file is an [`AsrError::Model`] that says how to fetch it.
    pub fn new(model_path: &Path, model_name: &str, options: DecodeOptions) -> Result<Self, AsrError> {
        model::ggml::verify(model_path)?;
        whisper_rs::install_logging_hooks();
        let path = model_path.to_str().ok_or_else(|| AsrError::Model {
            path: model_path.to_path_buf(),
            detail: "path is not UTF-8".into(),
        })?;
        let mut params = WhisperContextParameters::default();
        params.use_gpu(false);
        let ctx = WhisperContext::new_with_params(path, params)
            .map_err(|e| AsrError::Model { path: model_path.to_path_buf(), detail: format!("whisper.cpp: {e}") })?;
        let multilingual = ctx.is_multilingual();
        if !multilingual && !matches!(options.language.as_str(), "" | "en") {
            return Err(AsrError::Config(format!("language {:?} needs a multilingual model", options.language)));
        }
        let precision = if ctx.model_ftype() % 1000 == model::ggml::FTYPE_Q8_0 { "q8_0" } else { "f16" };
        let model_id = format!("{model_name} (ggml {precision}, whisper.cpp {})", whisper_rs::get_whisper_version());
        let full_audio_ctx = ctx.model_n_audio_ctx();
        Ok(Self { ctx, options, model_id, multilingual, full_audio_ctx })
    }

    /// Fetches the configured model if needed (see [`model::fetch`]) and loads it.
    pub fn from_config(config: &AsrConfig, data_dir: &Path) -> Result<Self, AsrError> {
        config.validate()?;
        let choice = config.model_choice()?;
        let path = model::fetch_with(&config.effective_models_dir(data_dir), choice, config.precision()?)?;
        Self::new(&path, choice.id(), DecodeOptions::from_config(config))
    }

    /// Loads the configured model only if it is already cached and verified (no network); for startup checks.
    pub fn from_cache(config: &AsrConfig, data_dir: &Path) -> Result<Self, AsrError> {
        config.validate()?;
        let choice: ModelChoice = config.model_choice()?;
        let path = config.effective_models_dir(data_dir).join(choice.file_name(config.precision()?));
        model::check(&path)?;
        Self::new(&path, choice.id(), DecodeOptions::from_config(config))
    }

    /// Encoder frames for this much audio: 50 per second plus a second of slack, rounded up to 64 so a
    /// few shapes recur, never below 384. Measured on the LibriVox clips: a floor of 256 sent tiny.en into a
    /// "y-y-y-y..." loop on a 3 s clip; 384 gave the same words as the full 1500 at a third of the CPU.
    fn audio_ctx_for(&self, samples: usize) -> i32 {
        if !self.options.shrink_audio_ctx {
            return 0;
        }
        let frames = (samples as u64 * 50).div_ceil(WHISPER_RATE as u64) as i32 + 50;
        let frames = ((frames + 63) / 64 * 64).max(384);
        if frames >= self.full_audio_ctx { 0 } else { frames }
    }
}

impl Transcriber for WhisperTranscriber {
    fn transcribe(&mut self, pcm: &[f32], previous: &str) -> Result<Decoded, AsrError> {
        if pcm.is_empty() {
            return Err(AsrError::EmptyAudio);
        }
        // Whisper needs at least one second of input; pad short utterances with silence.
        let padded;
        let pcm = if pcm.len() < WHISPER_RATE as usize + WHISPER_RATE as usize / 10 {
            let mut p = pcm.to_vec();
            p.resize(WHISPER_RATE as usize * 11 / 10, 0.0);
            padded = p;
            &padded[..]
        } else {
            pcm
        };
        let o = &self.options;
        let strategy = if o.beam_size > 1 {
            SamplingStrategy::BeamSearch { beam_size: o.beam_size as i32, patience: -1.0 }
        } else {
            SamplingStrategy::Greedy { best_of: 1 }
        };
        let mut params = FullParams::new(strategy);
        params.set_n_threads(o.threads as i32);
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        params.set_suppress_nst(true);
        params.set_no_speech_thold(o.thresholds.no_speech);
        params.set_logprob_thold(o.thresholds.logprob);
        if !o.temperature_fallback {
            params.set_temperature_inc(0.0);
        }
        params.set_audio_ctx(self.audio_ctx_for(pcm.len()));
        let language = match (self.multilingual, o.language.as_str()) {
            (false, _) => Some("en"),
            (true, "" | "auto") => None,
            (true, l) => Some(l),
        };
        params.set_language(language.or(Some("auto")));
        // Prompt: the configured vocabulary, then (if configured) what was just said, like Whisper's own conditioning.
        let previous_text = if o.condition_on_previous_text { previous.trim() } else { "" };
        let prompt = [o.initial_prompt.trim(), previous_text].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
        if !prompt.is_empty() {
            params.set_initial_prompt(&prompt);
        }
        // A new state each time (about 5 ms): a reused one decodes the same audio differently once it has
        // run a beam search ("There is a man with a big knife" came out "Mary-ma-man ..." on a fresh state
        // and "With a big knife ..." on a used one), so a call's words would depend on the calls its engine
        // decoded before.
        let mut state = self.ctx.create_state().map_err(|e| AsrError::Whisper(e.to_string()))?;
        state.full(params, pcm).map_err(|e| AsrError::Whisper(e.to_string()))?;

        let detected = whisper_rs::get_lang_str(state.full_lang_id_from_state()).unwrap_or("en").to_owned();
        let mut segments = Vec::new();
        for seg in state.as_iter() {
            let text = seg.to_str_lossy().map_err(|e| AsrError::Whisper(e.to_string()))?.trim().to_owned();
            let (mut sum_p, mut sum_lp, mut n) = (0.0f32, 0.0f32, 0u32);
            for i in 0..seg.n_tokens() {
                let Some(tok) = seg.get_token(i) else { continue };
                // Special tokens (timestamps, <|en|>, ...) follow <|endoftext|> in the vocabulary.
                if tok.token_id() >= self.ctx.token_eot() {
                    continue;
                }
                let d = tok.token_data();
                sum_p += d.p;
                sum_lp += d.plog;
                n += 1;
            }
            let n = n.max(1) as f32;
            segments.push(Segment {
                start_ms: seg.start_timestamp().max(0) as u64 * 10,
                end_ms: seg.end_timestamp().max(0) as u64 * 10,
                text,
                confidence: sum_p / n,
                no_speech_prob: seg.no_speech_probability(),
                avg_logprob: sum_lp / n,
            });
        }
        let segments = filter::clean(segments, &o.thresholds, Some(previous).filter(|p| !p.is_empty()));
        Ok(Decoded { language: detected, segments })
    }

    fn model_id(&self) -> &str {
        &self.model_id
    }
}
