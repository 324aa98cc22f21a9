//! Developer tool for the asr crate (the product CLI is `tipline models fetch` / `tipline transcribe`).
//!
//! ```text
//! cargo run --release -p asr --example asr -- fetch MODELS_DIR [tiny.en|base]
//! cargo run --release -p asr --example asr -- transcribe MODELS_DIR FILE.wav [KEY=VALUE ...]
//! cargo run --release -p asr --example asr -- stream MODELS_DIR FILE.wav [KEY=VALUE ...]
//! cargo run --release -p asr --example asr -- vad MODELS_DIR FILE.wav... [KEY=VALUE ...]
//! ```
//! `stream` plays the file into the live transcriber in 20 ms packets at real-time pace and reports how long
//! after the end of the audio the transcript was complete (`ready_after_end_s`).
//! KEY=VALUE pairs override `AsrConfig` fields (model, threads, beam_size, language, shrink_audio_ctx, ...).
//! `transcribe` prints the transcript as JSON with `cpu_s`, the process CPU time spent after model load.
//! `vad` runs only the voice activity detector (`vad=silero|energy`) over each file in 20 ms pushes and
//! prints, per file and in total, the utterances found, their seconds, and the detector's CPU time.
//! `fetch` also fetches the Silero VAD model and ONNX Runtime.

use std::path::Path;
use std::time::Instant;

use asr::{AsrConfig, DecodeOptions, ModelChoice, VadConfig, WhisperTranscriber};

fn cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let f: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let t = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (t(11) + t(12)) / 100.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("fetch") if args.len() >= 2 => {
            let which = ModelChoice::parse(args.get(2).map(String::as_str).unwrap_or("tiny.en"))?;
            let t0 = Instant::now();
            let path = asr::fetch(Path::new(&args[1]), which)?;
            let index = asr::model::check(&path)?;
            println!("{} ({} tensors, {:.1} s)", path.display(), index.tensors.len(), t0.elapsed().as_secs_f64());
            let vad = asr::fetch_vad(Path::new(&args[1]))?;
            println!("{} (runtime {})", vad.model.display(), vad.runtime.display());
        }
        Some("vad") if args.len() >= 3 => {
            let (files, settings): (Vec<&String>, Vec<&String>) = args[2..].iter().partition(|a| !a.contains('='));
            let cfg = AsrConfig::default().with_settings(&settings)?;
            let vad = vad_config(&cfg, Path::new(&args[1]))?;
            let (mut audio_s, mut speech_s, mut utterances, mut cpu) = (0.0, 0.0, 0, 0.0);
            for file in files {
                let pcm = asr::read_wav(Path::new(file))?;
                let cpu0 = cpu_s();
                let mut stream = asr::UtteranceStream::new(16_000, &vad)?;
                let mut found = Vec::new();
                for packet in pcm.chunks(320) {
                    found.extend(stream.push(packet));
                }
                found.extend(stream.finish());
                let c = cpu_s() - cpu0;
                let s: f64 = found.iter().map(|u| u.pcm.len() as f64 / 16_000.0).sum();
                let spans: Vec<(u64, u64)> = found.iter().map(|u| (u.start_ms(), u.end_ms())).collect();
                println!("{}", serde_json::json!({"file": file, "audio_s": pcm.len() as f64 / 16_000.0,
                    "utterances": found.len(), "speech_s": s, "cpu_s": c, "spans_ms": spans}));
                audio_s += pcm.len() as f64 / 16_000.0;
                speech_s += s;
                utterances += found.len();
                cpu += c;
            }
            println!("{}", serde_json::json!({"vad": format!("{:?}", cfg.vad).to_lowercase(), "audio_s": audio_s, "utterances": utterances,
                "speech_s": speech_s, "cpu_s": cpu, "cpu_per_audio_s": cpu / audio_s.max(1e-9)}));
        }
        Some(cmd @ ("transcribe" | "stream")) if args.len() >= 3 => {
            let stream = cmd == "stream";
            let cfg = AsrConfig::default().with_settings(&args[3..])?;
            let vad = vad_config(&cfg, Path::new(&args[1]))?;
            let choice = cfg.model_choice()?;
            let model = asr::model::fetch_with(Path::new(&args[1]), choice, cfg.precision()?)?;
            let mut t = WhisperTranscriber::new(&model, choice.id(), DecodeOptions::from_config(&cfg))?;
            let pcm = asr::read_wav(Path::new(&args[2]))?;
            let (cpu0, t0) = (cpu_s(), Instant::now());
            let mut ready_after_end = None;
            let out = if stream {
                let mut live = asr::LiveTranscriber::new(&mut t, 16_000, &vad)?;
                for (i, packet) in pcm.chunks(320).enumerate() {
                    // Packet i is due at i * 20 ms; if decoding fell behind, catch up without sleeping.
                    let due = std::time::Duration::from_millis(20 * i as u64);
                    if let Some(wait) = due.checked_sub(t0.elapsed()) {
                        std::thread::sleep(wait);
                    }
                    live.push(packet)?;
                }
                let audio_end = std::time::Duration::from_secs_f64(pcm.len() as f64 / 16_000.0);
                let transcript = live.finish()?.1;
                ready_after_end = Some(t0.elapsed().saturating_sub(audio_end).as_secs_f64());
                transcript
            } else {
                asr::transcribe_pcm(&mut t, &pcm, &vad)?
            };
            let mut json = serde_json::to_value(&out)?;
            if let Some(r) = ready_after_end {
                json["ready_after_end_s"] = r.into();
            }
            json["processing_s"] = t0.elapsed().as_secs_f64().into();
            json["cpu_s"] = (cpu_s() - cpu0).into();
            println!("{}", serde_json::to_string(&json)?);
        }
        _ => {
            return Err("usage: asr fetch MODELS_DIR [MODEL] | asr transcribe|stream MODELS_DIR FILE [KEY=VALUE ...] \
                        | asr vad MODELS_DIR FILE... [KEY=VALUE ...]"
                .into())
        }
    }
    Ok(())
}

/// The configured detector, with Silero's files (fetched when missing) in the models directory given.
fn vad_config(cfg: &AsrConfig, models_dir: &Path) -> Result<VadConfig, asr::AsrError> {
    if cfg.vad == asr::VadChoice::Silero {
        asr::fetch_vad(models_dir)?;
        Ok(VadConfig::silero(cfg, models_dir))
    } else {
        Ok(VadConfig::energy(cfg))
    }
}
