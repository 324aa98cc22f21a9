//! Shared by the integration tests: where the model lives and how test audio is obtained.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use asr::ModelChoice;

/// `TIPLINE_MODELS_DIR`, or a directory under Cargo's per-target scratch space. The model is fetched and
/// converted by the crate's own code when it is not there, so a fresh machine runs these tests too.
pub fn models_dir() -> PathBuf {
    std::env::var_os("TIPLINE_MODELS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("models"))
}

/// The verified tiny.en model, fetched once per test binary.
pub fn tiny_en() -> PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| asr::fetch(&models_dir(), ModelChoice::TinyEn).expect("fetch tiny.en")).clone()
}

/// Scratch directory for generated audio, shared by the tests of one binary.
pub fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("asr-audio");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a program and panics with its stderr when it fails (a missing tool is a setup error, not a pass).
pub fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (run scripts/setup)"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// Speaks `text` with espeak-ng into a WAV at espeak's native 22.05 kHz (so tests also exercise resampling).
pub fn espeak(name: &str, text: &str) -> PathBuf {
    let path = scratch().join(format!("{name}.wav"));
    run(Command::new("espeak-ng").args(["-v", "en-us", "-s", "150", "-w"]).arg(&path).arg(text));
    path
}

/// The LibriVox clips and reference transcripts shipped in the pocketsphinx 5.1.1 sdist.
pub fn librivox() -> Vec<(PathBuf, String)> {
    let root = scratch().join("pocketsphinx");
    let data = root.join("pocketsphinx-5.1.1/test/data/librivox");
    if !data.exists() {
        run(Command::new("python3")
            .args(["-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--disable-pip-version-check"])
            .arg("pocketsphinx==5.1.1")
            .arg("-d")
            .arg(&root));
        run(Command::new("tar").arg("xzf").arg(root.join("pocketsphinx-5.1.1.tar.gz")).arg("-C").arg(&root));
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&data).unwrap() {
        let wav = entry.unwrap().path();
        if wav.extension().is_some_and(|e| e == "wav") {
            let text = std::fs::read_to_string(wav.with_extension("txt")).unwrap();
            out.push((wav, text.trim().to_owned()));
        }
    }
    out.sort();
    assert_eq!(out.len(), 5, "the sdist ships five LibriVox clips");
    out
}

/// Word error rate of `hyp` against `reference` after lower-casing and dropping punctuation
/// (Levenshtein distance over words / reference words).
pub fn wer(reference: &str, hyp: &str) -> f64 {
    let norm = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .replace('-', " ")
            .split_whitespace()
            .map(|w| w.chars().filter(|c| c.is_alphanumeric() || *c == '\'').collect::<String>())
            .filter(|w| !w.is_empty())
            // The few spellings Whisper's English normaliser also unifies.
            .map(|w| match w.as_str() {
                "mr" => "mister".to_owned(),
                "mrs" => "missus".to_owned(),
                "dr" => "doctor".to_owned(),
                // Small numbers come out as digits or words at the model's whim.
                d if d.len() == 1 && d.as_bytes()[0].is_ascii_digit() => {
                    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][(d.as_bytes()[0] - b'0') as usize].to_owned()
                }
                _ => w,
            })
            .collect()
    };
    let (r, h) = (norm(reference), norm(hyp));
    let mut prev: Vec<usize> = (0..=h.len()).collect();
    for (i, rw) in r.iter().enumerate() {
        let mut cur = vec![i + 1; h.len() + 1];
        for (j, hw) in h.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(rw != hw)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[h.len()] as f64 / r.len().max(1) as f64
}

/// Word errors and reference words, for corpus-level WER (sum of errors over sum of words).
pub fn errors(reference: &str, hyp: &str) -> (f64, usize) {
    let words = reference.split_whitespace().count();
    (wer(reference, hyp) * words as f64, words)
}

/// Tip-line sentences for espeak-ng: places, vehicles, numbers, the vocabulary tips are made of.
pub const TIPS: &[&str] = &[
    "Call the police, there has been an accident on Highway 101 near Palo Alto.",
    "I saw a man in a red jacket break into a blue car on Main Street.",
    "There is smoke coming out of the building at the corner of Fifth Avenue and Elm Street.",
    "Two people were fighting outside the bar and one of them had a knife.",
    "A white truck has been parked in front of the school since this morning.",
];

/// CPU time of this process so far (user + system), for real-time factors that ignore other load.
pub fn cpu_time() -> std::time::Duration {
    cpu_time_of("/proc/self/stat")
}

/// CPU time of the calling thread: with one decoding thread whisper.cpp runs on the caller, so this
/// measures one decode even while other tests run in parallel on a shared machine.
pub fn thread_cpu_time() -> std::time::Duration {
    cpu_time_of("/proc/thread-self/stat")
}

fn cpu_time_of(path: &str) -> std::time::Duration {
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: u64 = fields.get(11).and_then(|u| u.parse::<u64>().ok()).unwrap_or(0)
        + fields.get(12).and_then(|s| s.parse::<u64>().ok()).unwrap_or(0);
    std::time::Duration::from_millis(ticks * 10)
}

/// The configured voice activity detector, with Silero's model and ONNX Runtime fetched into
/// [`models_dir`] by the crate's own code when that is the one configured.
pub fn vad(cfg: &asr::AsrConfig) -> asr::VadConfig {
    match cfg.vad {
        asr::VadChoice::Silero => {
            silero_files();
            asr::VadConfig::silero(cfg, &models_dir())
        }
        asr::VadChoice::Energy => asr::VadConfig::energy(cfg),
    }
}

/// The verified Silero model and runtime, fetched once per test binary.
pub fn silero_files() -> asr::vad::SileroFiles {
    static FILES: OnceLock<asr::vad::SileroFiles> = OnceLock::new();
    FILES
        .get_or_init(|| asr::fetch_vad(&models_dir()).expect("fetch Silero VAD"))
        .clone()
}

pub use asr::signals::tone;

/// White noise, always the same.
pub fn noise(n: usize, amp: f32) -> Vec<f32> {
    asr::signals::noise(n, amp, 0x9e37_79b9_7f4a_7c15)
}

/// Eight plucked-string notes (sox's Karplus-Strong synth), 16 kHz.
pub fn melody() -> Vec<f32> {
    let path = scratch().join("melody.wav");
    let mut cmd = Command::new("sox");
    // -R: sox seeds its random generators (pluck's noise, dither) the same way every run.
    cmd.args(["-R", "-n", "-r", "16000", "-c", "1", "-b", "16"])
        .arg(&path);
    for (i, note) in ["C4", "E4", "G4", "C5", "A4", "F4", "D4", "G4"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            cmd.arg(":");
        }
        cmd.args(["synth", "0.5", "pluck", note]);
    }
    run(&mut cmd);
    asr::read_wav(&path).unwrap()
}

/// What a phone line carries when nobody speaks: silence, hiss, noise, call-progress tones, hold music.
pub fn not_speech() -> Vec<(&'static str, Vec<f32>)> {
    let mut busy = Vec::new();
    let mut ringback = Vec::new();
    for _ in 0..4 {
        busy.extend(tone(&[480.0, 620.0], 0.5, 0.2));
        busy.extend(vec![0.0; 8_000]);
    }
    for _ in 0..2 {
        ringback.extend(tone(&[440.0, 480.0], 2.0, 0.2));
        ringback.extend(vec![0.0; 16_000 * 4]);
    }
    vec![
        ("digital silence", vec![0.0; 16_000 * 8]),
        ("faint hiss", noise(16_000 * 8, 0.003)),
        ("loud white noise", noise(16_000 * 8, 0.4)),
        ("dial tone", tone(&[350.0, 440.0], 8.0, 0.2)),
        ("busy signal", busy),
        ("ringback", ringback),
        (
            "mains hum with harmonics",
            tone(&[50.0, 100.0, 150.0, 200.0, 250.0], 6.0, 0.05),
        ),
        ("plucked melody (synthetic hold music)", melody()),
    ]
}

/// A sustained four-note plucked chord (sox), 8 s at 16 kHz: the energy detector takes 4.3 s of it for
/// speech (its harmonics are neither flat nor a few pure tones, and they decay like syllables).
pub fn chord() -> Vec<f32> {
    let path = scratch().join("chord.wav");
    let mut cmd = Command::new("sox");
    // -R: sox seeds its random generators (pluck's noise, dither) the same way every run.
    cmd.args(["-R", "-n", "-r", "16000", "-c", "1", "-b", "16"]).arg(&path);
    cmd.args(["synth", "8", "pluck", "C3", "pluck", "E3", "pluck", "G3", "pluck", "C4", "remix", "-", "vol", "0.5"]);
    run(&mut cmd);
    asr::read_wav(&path).unwrap()
}
