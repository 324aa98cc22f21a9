//! One call transcribed live exactly as the gateway does it, for the speech benchmark (`asr/bench/run.sh`):
//! plays a WAV file into a live session in 20 ms packets at real-time pace, on a pool of `engines` Whisper
//! engines loaded beforehand, and prints as JSON how long after the end of the audio the transcript was
//! stored (`ready_after_end_s`) and what it says.
//!
//! ```text
//! cargo run --release -p gateway --example live_call -- MODELS_DIR FILE.wav [KEY=VALUE ...]
//! ```
//! KEY=VALUE pairs override `[asr]` settings (engines, threads, beam_size, ...).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use gateway::speech::{stored, EnginePool, LiveOutcome, LiveTranscription};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [models, wav, settings @ ..] = args.as_slice() else {
        return Err("usage: live_call MODELS_DIR FILE.wav [KEY=VALUE ...]".into());
    };
    let cfg = asr::AsrConfig { models_dir: models.clone(), ..asr::AsrConfig::default() }.with_settings(settings)?;
    let pcm = asr::read_wav(std::path::Path::new(wav))?;
    let data_dir: PathBuf = std::env::temp_dir().join(format!("tipline-live-call-{}", std::process::id()));
    let tip = correlate::TipId::random();
    std::fs::create_dir_all(stored::path(&data_dir, tip).parent().ok_or("no parent")?)?;

    let pool = EnginePool::whisper(&cfg, data_dir.clone());
    pool.warm().await?;
    let live = LiveTranscription::new(pool, 1, data_dir.clone()).ok_or("live transcription is off")?;
    let mut feed = live.open(tip, 16_000).ok_or("no free session")?;
    let start = Instant::now();
    for (i, packet) in pcm.chunks(320).enumerate() {
        tokio::time::sleep_until((start + Duration::from_millis(20 * i as u64)).into()).await;
        feed.push(&packet.iter().map(|&x| (x.clamp(-1.0, 1.0) * 32767.0) as i16).collect::<Vec<_>>());
    }
    let audio_end = Duration::from_secs_f64(pcm.len() as f64 / 16_000.0);
    let outcome = feed.finish().await;
    let ready_after_end = start.elapsed().saturating_sub(audio_end).as_secs_f64();
    let LiveOutcome::Stored { .. } = outcome else {
        return Err(format!("no live transcript: {outcome:?}").into());
    };
    let saved: stored::LiveTranscript = serde_json::from_slice(&std::fs::read(stored::path(&data_dir, tip))?)?;
    let _ = std::fs::remove_dir_all(&data_dir);
    let t = saved.transcript;
    println!("{}", serde_json::json!({"ready_after_end_s": ready_after_end, "text": t.text, "segments": t.segments.iter().map(|s| (s.start_ms, s.end_ms, &s.text)).collect::<Vec<_>>(),
        "decoding_s": t.processing_s, "duration_s": t.duration_s}));
    Ok(())
}
