//! Concurrent calls: sipp places N simultaneous calls, each streaming ~8 s of real G.711 A-law speech
//! (`uac_pcap`), at increasing N. Per level it prints calls completed, recordings complete (audio recorded
//! vs audio sent), the gateway's CPU time, and finally the highest level held with under 0.1% audio loss.
//! Whisper transcribes finished calls meanwhile; the rest wait in the job table (printed: transcribed,
//! queued, dead-lettered). A level counts as held only with no loss and nothing dead-lettered.
//!
//! Run: `cargo bench -p tipline-tests --bench sip_load [-- LEVEL ...]` (default 10 25 50 100 200 300).

use std::process::Command;
use std::time::{Duration, Instant};

use tipline_tests::caller::free_port;
use tipline_tests::{TestApp, TestDb};

fn cpu_seconds() -> f64 {
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6;
    t(usage.ru_utime) + t(usage.ru_stime)
}

struct Level {
    calls: usize,
    completed: usize,
    complete_recordings: usize,
    loss: f64,
    cpu_s: f64,
    wall_s: f64,
    /// At the end of the level: calls already transcribed, jobs still waiting, jobs dead-lettered.
    transcribed: i64,
    queued: i64,
    dead: i64,
}

async fn run_level(calls: usize, expected_samples: Option<u64>) -> (Level, u64) {
    let tdb = TestDb::sqlite().await;
    // With the Whisper model, so calls are transcribed (queued in the job table) while others are recorded.
    let mut config = tipline_tests::with_speech(tdb.config());
    let port = free_port();
    config.sip.listen = vec![format!("udp:127.0.0.1:{port}")];
    config.sip.max_calls = 10_000;
    config.sip.invites_per_minute = 100_000;
    config.log.level = "error".into();
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let work = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/usr/share/sip-tester", work.path().join("pcap")).unwrap();
    let (cpu0, t0) = (cpu_seconds(), Instant::now());
    let media = free_port().to_string();
    let sipp = Command::new("sipp")
        .current_dir(work.path())
        .args(["-sn", "uac_pcap", &format!("127.0.0.1:{port}"), "-i", "127.0.0.1", "-mi", "127.0.0.1", "-mp", &media])
        .args(["-p", &free_port().to_string(), "-m", &calls.to_string(), "-l", &calls.to_string()])
        .args(["-r", &calls.min(200).to_string(), "-nostdin", "-timeout", "120s"])
        .output();
    let sipp = tokio::task::spawn_blocking(move || sipp).await.unwrap().expect("sipp (scripts/setup installs sip-tester)");
    // Let the last hangups reach the pipeline.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let recording: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tips WHERE status = 'recording'").fetch_one(&app.db.pool).await.unwrap();
        if recording == 0 || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (cpu_s, wall_s) = (cpu_seconds() - cpu0, t0.elapsed().as_secs_f64());
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM tips WHERE channel = 'phone' AND status <> 'recording'").fetch_all(&app.db.pool).await.unwrap();
    let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')").fetch_one(&app.db.pool).await.unwrap();
    let transcribed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE stage = 'transcribe' AND state = 'done'").fetch_one(&app.db.pool).await.unwrap();
    let dead: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE state = 'dead'").fetch_one(&app.db.pool).await.unwrap();
    let lengths: Vec<u64> = ids
        .iter()
        .filter_map(|id| hound::WavReader::open(data_dir.join("recordings").join(format!("{id}.wav"))).ok())
        .map(|r| r.duration() as u64)
        .collect();
    let expected = expected_samples.unwrap_or_else(|| lengths.iter().copied().max().unwrap_or(0));
    let recorded: u64 = lengths.iter().map(|&l| l.min(expected)).sum();
    let sent = expected * calls as u64;
    let level = Level {
        calls,
        completed: ids.len(),
        complete_recordings: lengths.iter().filter(|&&l| l as f64 >= expected as f64 * 0.999).count(),
        loss: if sent == 0 { 1.0 } else { 1.0 - recorded as f64 / sent as f64 },
        cpu_s,
        wall_s,
        transcribed,
        queued,
        dead,
    };
    if !sipp.status.success() {
        eprintln!("sipp at {calls}: {}", String::from_utf8_lossy(&sipp.stderr).lines().last().unwrap_or(""));
    }
    app.stop().await;
    (level, expected)
}

#[tokio::main]
async fn main() {
    let levels: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let levels = if levels.is_empty() { vec![10, 25, 50, 100, 200, 300] } else { levels };
    // One uncontended call tells how much audio a complete recording holds.
    let (_, expected) = run_level(1, None).await;
    println!("concurrent sipp uac_pcap calls (each {:.1} s of A-law speech), SQLite, 2 cores", expected as f64 / 8000.0);
    println!(
        "{:>6} {:>10} {:>20} {:>9} {:>8} {:>8} {:>12} {:>7} {:>5}",
        "calls", "completed", "complete recordings", "loss", "CPU s", "wall s", "transcribed", "queued", "dead"
    );
    let mut held = 0;
    for calls in levels {
        let (l, _) = run_level(calls, Some(expected)).await;
        println!(
            "{:>6} {:>10} {:>20} {:>8.3}% {:>8.1} {:>8.1} {:>12} {:>7} {:>5}",
            l.calls, l.completed, l.complete_recordings, l.loss * 100.0, l.cpu_s, l.wall_s, l.transcribed, l.queued, l.dead
        );
        if l.loss < 0.001 && l.completed == l.calls && l.dead == 0 {
            held = held.max(l.calls);
        }
    }
    println!("highest level held with under 0.1% loss: {held} concurrent calls");
}
