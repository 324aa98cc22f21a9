//! Transcription against the real converted model: human speech (LibriVox), synthetic tips (espeak-ng),
//! audio that must give nothing, bad input, and live streaming.

mod common;

use std::time::Instant;

use asr::{transcribe_file, transcribe_pcm, AsrConfig, DecodeOptions, LiveTranscriber, Transcriber, VadChoice, WhisperTranscriber};

fn transcriber(cfg: &AsrConfig) -> WhisperTranscriber {
    WhisperTranscriber::new(&common::tiny_en(), "whisper-tiny.en", DecodeOptions::from_config(cfg)).unwrap()
}

/// Published tiny.en WER is 5.6% on LibriSpeech test-clean. These five clips hold 61 words, so one error
/// is 1.6 points; 12% allows about four errors (spelling variants such as "ill-disposed" / "old-sposed"
/// that the crude normaliser does not unify) while a broken conversion or VAD that clips words lands far above.
const LIBRIVOX_MAX_WER: f64 = 0.12;
/// espeak-ng is robotic, far from Whisper's training data; the tips still come out nearly exact (see the
/// printed hypotheses). 15% is about ten errors over the 75 words.
const TIPS_MAX_WER: f64 = 0.15;
/// The same voice through an 8 kHz phone channel loses everything above 4 kHz (most of s, f, th), which
/// costs tiny.en several words ("break" -> "rake"); numbers also come back spelled out ("one hundred one").
/// Measured 23% on these three tips; 30% still fails a broken resampler or a VAD that clips words.
const PHONE_MAX_WER: f64 = 0.30;

#[test]
fn librivox_speech_is_transcribed_accurately() {
    let cfg = AsrConfig { threads: 1, ..AsrConfig::default() };
    let mut t = transcriber(&cfg);
    let (mut errors, mut words, mut audio_s) = (0.0, 0, 0.0);
    let (cpu0, wall0) = (common::cpu_time(), Instant::now());
    for (wav, reference) in common::librivox() {
        let out = transcribe_file(&mut t, &wav, &common::vad(&cfg)).unwrap();
        let (e, w) = common::errors(&reference, &out.text);
        println!("{:.2} | {} | {}", e / w as f64, out.text, reference);
        assert!(out.segments.iter().all(|s| s.end_ms >= s.start_ms && s.end_ms <= (out.duration_s * 1000.0) as u64 + 10));
        assert!(out.segments.iter().all(|s| (0.0..=1.0).contains(&s.confidence)));
        errors += e;
        words += w;
        audio_s += out.duration_s;
    }
    let wer = errors / words as f64;
    let (cpu, wall) = (common::cpu_time() - cpu0, wall0.elapsed());
    println!("LibriVox: WER {:.3} over {words} words; {audio_s:.1} s audio, CPU {:.1} s (RTF {:.3}), wall {:.1} s",
        wer, cpu.as_secs_f64(), cpu.as_secs_f64() / audio_s, wall.as_secs_f64());
    assert!(wer <= LIBRIVOX_MAX_WER, "WER {wer:.3} > {LIBRIVOX_MAX_WER}");
}

#[test]
fn synthetic_tips_are_transcribed_accurately() {
    let cfg = AsrConfig { threads: 1, ..AsrConfig::default() };
    let mut t = transcriber(&cfg);
    let (mut errors, mut words) = (0.0, 0);
    for (i, tip) in common::TIPS.iter().enumerate() {
        let wav = common::espeak(&format!("tip{i}"), tip);
        let out = transcribe_file(&mut t, &wav, &common::vad(&cfg)).unwrap();
        let (e, w) = common::errors(tip, &out.text);
        println!("{:.2} | {}", e / w as f64, out.text);
        assert_eq!(out.language, "en");
        assert!(out.model.starts_with("whisper-tiny.en"), "{}", out.model);
        errors += e;
        words += w;
    }
    let wer = errors / words as f64;
    println!("espeak tips: WER {wer:.3} over {words} words");
    assert!(wer <= TIPS_MAX_WER, "WER {wer:.3} > {TIPS_MAX_WER}");
}

/// Whichever detector gates Whisper, nothing that is not speech becomes text.
#[test]
fn silence_noise_and_tones_give_an_empty_transcript() {
    let mut t = transcriber(&AsrConfig::default());
    for vad in [VadChoice::Silero, VadChoice::Energy] {
        let cfg = AsrConfig { vad, ..AsrConfig::default() };
        for (name, pcm) in common::not_speech() {
            let out = transcribe_pcm(&mut t, &pcm, &common::vad(&cfg)).unwrap();
            assert!(out.text.is_empty() && out.segments.is_empty(), "{vad:?}, {name}: {:?}", out.text);
        }
    }
}

#[test]
fn bad_files_and_a_missing_model_give_clear_errors() {
    let dir = common::scratch();
    let text = dir.join("not-audio.wav");
    std::fs::write(&text, "this is a text file").unwrap();
    let empty = dir.join("empty.wav");
    std::fs::write(&empty, b"").unwrap();
    let whole = std::fs::read(common::espeak("short", "hello")).unwrap();
    let cut = dir.join("cut.wav");
    std::fs::write(&cut, &whole[..whole.len() / 2 + 1]).unwrap();
    let err = |p: &std::path::Path| asr::read_wav(p).unwrap_err().to_string();
    assert!(err(&text).contains("not a WAV"), "{}", err(&text));
    assert!(err(&empty).contains("empty"), "{}", err(&empty));
    assert!(err(&cut).contains("truncated"), "{}", err(&cut));
    assert!(err(&dir.join("absent.wav")).contains("absent.wav"));
    // Hostile files from pocketsphinx's own test data: an absurd fmt chunk size, a chunk claiming ~1 GB,
    // and a header with no samples. Errors, not panics or huge allocations.
    let data = common::librivox()[0].0.parent().unwrap().parent().unwrap().to_path_buf();
    for name in ["bad.wav", "evil.wav", "null.wav"] {
        let e = asr::read_wav(&data.join(name)).expect_err(name).to_string();
        assert!(e.starts_with("audio:"), "{name}: {e}");
    }

    let cfg = AsrConfig { models_dir: dir.join("no-models").display().to_string(), ..AsrConfig::default() };
    let e = WhisperTranscriber::from_cache(&cfg, &dir).err().expect("no model cached there").to_string();
    assert!(e.contains("tipline models fetch"), "{e}");
    let corrupt = dir.join("corrupt.bin");
    std::fs::write(&corrupt, b"ggml? no").unwrap();
    let e = WhisperTranscriber::new(&corrupt, "x", DecodeOptions::from_config(&cfg)).err().unwrap().to_string();
    assert!(e.contains("corrupt.bin") && e.contains("tipline models fetch"), "{e}");
}

/// A phone call (8 kHz) with three tips separated by pauses, pushed in 20 ms packets as RTP would deliver
/// it: each tip's text is final before the call ends, and what remains at hangup is one utterance.
/// An engine serves call after call: what it decoded before must not change what it hears now. A reused
/// whisper.cpp state once did, after its first beam search, on this sentence through a phone channel.
#[test]
fn a_decoding_does_not_depend_on_what_the_engine_decoded_before() {
    let cfg = AsrConfig { threads: 1, ..AsrConfig::default() };
    let mut t = transcriber(&cfg);
    let spoken = asr::read_wav(&common::espeak("history", "There is a man with a big knife outside the library on Elm Street. He is wearing a red jacket.")).unwrap();
    let phone = asr::audio::resample(&asr::audio::resample(&spoken, 16_000, 8_000), 8_000, 16_000);
    let first = t.transcribe(&phone, "").unwrap();
    t.transcribe(&phone[..phone.len() / 2], "").unwrap();
    assert_eq!(t.transcribe(&phone, "").unwrap(), first);
}

#[test]
fn live_call_segments_arrive_before_hangup() {
    let cfg = AsrConfig { threads: 1, ..AsrConfig::default() };
    let mut t = transcriber(&cfg);
    let mut call = Vec::new();
    let mut bounds = Vec::new();
    for (i, tip) in common::TIPS[..3].iter().enumerate() {
        let pcm = asr::audio::resample(&asr::read_wav(&common::espeak(&format!("call{i}"), tip)).unwrap(), 16_000, 8_000);
        call.extend(vec![0.0; 8_000 * 3 / 2]);
        let start = call.len() as u64 * 1000 / 8_000;
        call.extend(pcm);
        bounds.push((start, call.len() as u64 * 1000 / 8_000));
    }
    let mut live = LiveTranscriber::new(&mut t, 8_000, &common::vad(&cfg)).unwrap();
    let mut before_hangup = Vec::new();
    for packet in call.chunks(160) {
        before_hangup.extend(live.push(packet).unwrap());
    }
    let (t0, cpu0) = (Instant::now(), common::thread_cpu_time());
    let (last, transcript) = live.finish().unwrap();
    let (latency, cpu) = (t0.elapsed(), common::thread_cpu_time() - cpu0);
    println!("{} segments before hangup, {} after; finish took {latency:?} wall, {cpu:?} CPU; {:?}", before_hangup.len(), last.len(), transcript.text);
    assert!(before_hangup.len() >= 2, "the first two tips are final before hangup");
    // Segment times land inside the tip they belong to (with the VAD's padding).
    for s in &transcript.segments {
        assert!(bounds.iter().any(|(a, b)| s.start_ms + 300 >= *a && s.end_ms <= b + 600), "{s:?} vs {bounds:?}");
    }
    let (e, w) = common::errors(&common::TIPS[..3].join(" "), &transcript.text);
    assert!(e / w as f64 <= PHONE_MAX_WER, "WER {:.3}: {}", e / w as f64, transcript.text);
    // The call ends as the last tip does, so exactly that utterance is decoded at hangup, in less CPU time
    // than it took to say. (Wall-clock latency against the 1.5 s goal is measured by asr/bench/run.sh on a
    // release build; tests run unoptimised and in parallel, so they bound the decoder's own CPU time.)
    let last_tip_s = (bounds[2].1 - bounds[2].0) as f64 / 1000.0;
    assert!(!last.is_empty(), "the last tip is decoded at hangup");
    assert!(cpu.as_secs_f64() > 0.0, "thread CPU time is measured");
    assert!(cpu.as_secs_f64() < last_tip_s, "{cpu:?} CPU for {last_tip_s} s of speech");
}

/// The second line of defence: with the VAD bypassed, the decoder's own thresholds and the filters still
/// drop what Whisper makes of pure noise and silence.
#[test]
fn decoder_thresholds_alone_reject_noise_and_silence() {
    use asr::Transcriber;
    let mut t = transcriber(&AsrConfig::default());
    for (name, pcm) in [("silence", vec![0.0; 16_000 * 5]), ("white noise", common::noise(16_000 * 5, 0.4))] {
        let out = t.transcribe(&pcm, "").unwrap();
        assert!(out.segments.is_empty(), "{name}: {:?}", out.segments);
    }
}
