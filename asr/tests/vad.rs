//! Silero VAD on its real model (fetched from the `silero-vad` wheel by the crate's own code) and the
//! real ONNX Runtime: human speech is found, what is not speech is not, the recurrent state carries across
//! any push size, and bad model files are refused with a message that says what to do.

mod common;

use asr::vad::silero::{self, SileroDetector, SileroFiles};
use asr::vad::{Detector, Segmenter};
use asr::{AsrConfig, AsrError, Utterance, VadChoice, VadConfig};

fn silero_config() -> VadConfig {
    common::vad(&AsrConfig { vad: VadChoice::Silero, ..AsrConfig::default() })
}

/// Runs a whole signal through a fresh segmenter in pushes of `chunk` samples.
fn segment(cfg: &VadConfig, pcm: &[f32], chunk: usize) -> Vec<Utterance> {
    let mut s = Segmenter::new(cfg).unwrap();
    let mut out = Vec::new();
    for c in pcm.chunks(chunk.max(1)) {
        out.extend(s.push(c));
    }
    out.extend(s.finish());
    out
}

fn speech_s(u: &[Utterance]) -> f64 {
    u.iter().map(|u| u.pcm.len() as f64 / 16_000.0).sum()
}

/// LibriVox readings and espeak-ng tips, each between two seconds of silence: every one is found, where
/// it is, and nearly all of it is kept. (A detector that clipped onsets or trailing words would lose the
/// words here, and the WER tests in transcribe.rs would see it.)
#[test]
fn real_and_synthetic_speech_is_found_where_it_is() {
    let cfg = silero_config();
    let mut clips: Vec<(String, Vec<f32>)> = common::librivox()
        .into_iter()
        .map(|(wav, _)| (wav.display().to_string(), asr::read_wav(&wav).unwrap()))
        .collect();
    for (i, tip) in common::TIPS.iter().enumerate() {
        let wav = common::espeak(&format!("vad-tip{i}"), tip);
        clips.push((tip.to_string(), asr::read_wav(&wav).unwrap()));
    }
    for (name, speech) in clips {
        let mut pcm = vec![0.0; 32_000];
        pcm.extend(&speech);
        pcm.extend(vec![0.0; 32_000]);
        let u = segment(&cfg, &pcm, 320);
        let spans: Vec<(u64, u64)> = u.iter().map(|u| (u.start_ms(), u.end_ms())).collect();
        let speech_ms = speech.len() as u64 * 1000 / 16_000;
        println!("{name}: {:.1} s of {:.1} s in {spans:?}", speech_s(&u), speech_ms as f64 / 1000.0);
        assert!(!u.is_empty(), "{name}: no speech found");
        // Nothing found in the leading silence beyond the padding, nothing after the trailing silence.
        assert!(u[0].start_ms() >= 1_500, "{name}: starts at {} ms", u[0].start_ms());
        assert!(u.last().unwrap().end_ms() <= 2_000 + speech_ms + 1_000, "{name}: {spans:?}");
        // The speech itself is covered: gaps between utterances are pauses, not words.
        assert!(speech_s(&u) >= 0.85 * speech_ms as f64 / 1000.0, "{name}: {spans:?}");
    }
}

/// Silence, hiss, white noise, dial/busy/ringback tones, hum and synthetic hold music: no utterance at all.
/// (The chord is here and not in transcribe.rs's test of both detectors: the energy detector passes it on.)
#[test]
fn silence_noise_and_tones_give_no_speech() {
    let cfg = silero_config();
    let mut cases = common::not_speech();
    cases.push(("plucked chord (the energy detector's false speech)", common::chord()));
    for (name, pcm) in cases {
        let u = segment(&cfg, &pcm, 320);
        assert!(u.is_empty(), "{name}: {:?}", u.iter().map(|u| (u.start_ms(), u.end_ms())).collect::<Vec<_>>());
    }
}

/// The network's state and audio context carry across frames, and frames across pushes: cutting the same
/// signal into any push sizes gives exactly the probabilities and utterances of one whole push.
#[test]
fn streaming_equals_batch_for_any_push_size() {
    let cfg = silero_config();
    let (wav, _) = &common::librivox()[0];
    let mut pcm = vec![0.0; 8_000];
    pcm.extend(asr::read_wav(wav).unwrap());
    pcm.extend(common::noise(16_000, 0.002));
    pcm.extend(asr::read_wav(&common::espeak("vad-stream", common::TIPS[1])).unwrap());
    let whole = segment(&cfg, &pcm, pcm.len());
    assert!(whole.len() >= 2, "two stretches of speech: {}", whole.len());
    for chunk in [1, 160, 320, 511, 512, 513, 4_000, 48_000] {
        assert_eq!(segment(&cfg, &pcm, chunk), whole, "push size {chunk}");
    }

    // Frame by frame, the state matters: the same frame after speech and after silence scores differently,
    // and a reset makes the detector give the first frames' probabilities again.
    let mut d = SileroDetector::load(&common::silero_files(), 0.5).unwrap();
    let frames: Vec<&[f32]> = pcm.chunks_exact(silero::FRAME).collect();
    let first: Vec<f32> = frames.iter().map(|f| d.probability(f).unwrap()).collect();
    let speechy = first.iter().filter(|&&p| p > 0.5).count();
    assert!(speechy > frames.len() / 3, "{speechy} of {} frames are speech", frames.len());
    d.reset();
    let again: Vec<f32> = frames.iter().map(|f| d.probability(f).unwrap()).collect();
    assert_eq!(first, again);
    let mut fresh = SileroDetector::load(&common::silero_files(), 0.5).unwrap();
    let probe = frames[frames.len() / 2];
    let (cold, warm) = (fresh.probability(probe).unwrap(), first[frames.len() / 2]);
    assert_ne!(cold, warm, "a frame's probability depends on the frames before it");
    assert!(matches!(d.probability(&[0.0; 100]), Err(AsrError::Vad(_))), "frames have 512 samples");
}

/// A missing model, a corrupt one and a valid ONNX file that is not Silero: errors naming the file and
/// how to fetch it, before any audio is taken.
#[test]
fn missing_or_corrupt_model_gives_a_clear_error() {
    let good = common::silero_files();
    let dir = common::scratch().join("bad-silero");
    std::fs::create_dir_all(&dir).unwrap();
    let missing = SileroFiles { model: dir.join("absent.onnx"), runtime: good.runtime.clone() };
    let cfg = VadConfig { detector: Detector::Silero(missing.clone()), ..VadConfig::default() };
    for e in [
        SileroDetector::load(&missing, 0.5).err().unwrap().to_string(),
        asr::UtteranceStream::new(8_000, &cfg).err().unwrap().to_string(),
        asr::transcribe_pcm(&mut NeverCalled, &[0.1; 16_000], &cfg).err().unwrap().to_string(),
    ] {
        assert!(e.contains("absent.onnx") && e.contains("tipline models fetch"), "{e}");
    }

    let mut bytes = std::fs::read(&good.model).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 0x55;
    let corrupt = SileroFiles { model: dir.join("corrupt.onnx"), runtime: good.runtime.clone() };
    std::fs::write(&corrupt.model, &bytes).unwrap();
    let e = SileroDetector::load(&corrupt, 0.5).err().unwrap().to_string();
    assert!(
        e.contains("corrupt.onnx") && e.contains("not the Silero VAD model") && e.contains("tipline models fetch"),
        "{e}"
    );
    std::fs::write(&corrupt.model, &bytes[..1000]).unwrap();
    assert!(SileroDetector::load(&corrupt, 0.5).is_err(), "truncated");

    // fetch repairs a damaged cache from the kept wheel and verifies the result.
    let models = dir.join("models");
    let _ = std::fs::remove_dir_all(&models);
    std::fs::create_dir_all(models.join(silero::MODEL_DIR)).unwrap();
    std::fs::create_dir_all(models.join("onnxruntime")).unwrap();
    std::fs::copy(&good.runtime, onnxrt::runtime_path(&models)).unwrap();
    let kept = common::models_dir().join(onnxrt::DOWNLOADS_DIR);
    std::fs::create_dir_all(models.join(onnxrt::DOWNLOADS_DIR)).unwrap();
    for wheel in std::fs::read_dir(&kept).unwrap() {
        let wheel = wheel.unwrap().path();
        if wheel.file_name().unwrap().to_string_lossy().starts_with("silero_vad-") {
            std::fs::copy(&wheel, models.join(onnxrt::DOWNLOADS_DIR).join(wheel.file_name().unwrap())).unwrap();
        }
    }
    let files = SileroFiles::in_models_dir(&models);
    std::fs::write(&files.model, &bytes).unwrap();
    assert!(SileroDetector::load(&files, 0.5).is_err());
    assert_eq!(silero::fetch(&models).unwrap(), files);
    SileroDetector::load(&files, 0.5).unwrap();
}

/// A transcriber for paths that must fail before decoding anything.
struct NeverCalled;

impl asr::Transcriber for NeverCalled {
    fn transcribe(&mut self, _: &[f32], _: &str) -> Result<asr::Decoded, AsrError> {
        panic!("the VAD error comes first")
    }
    fn model_id(&self) -> &str {
        "none"
    }
}
