//! Hangup to webhook: a caller speaks a 60-second tip about an armed man in a red pickup near the library on
//! Elm Street (espeak-ng, a pause after each sentence, ending mid-speech as callers do), over a real SIP call
//! (sipp streaming the A-law audio in real time, then BYE). The gateway, with the Whisper model and a
//! webhook receiver routed every alert, records, transcribes, analyses, routes and delivers. Printed per
//! run: the time from the 200 OK to the caller's BYE to the signed webhook arriving at a local receiver,
//! and when the transcript and the routing were stored. Run with live transcription on (shipped default:
//! utterances decoded during the call) and off (`asr.live_sessions = 0`: the recording is transcribed
//! after hangup), with the shipped poll intervals. Goal: under 3 s.
//!
//! Run: `cargo bench -p tipline-tests --bench hangup_to_webhook [-- RUNS]` (default 2 runs per mode).

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gateway::alerts::{ReceiverConfig, ReceiverKind};
use gateway::config::{Config, PipelineConfig};
use serde_json::{json, Value};
use tipline_tests::caller::free_port;
use tipline_tests::webhook_receiver::{Hook, NEW_SECRET};
use tipline_tests::{with_speech, TestApp, TestDb};

const GOAL: Duration = Duration::from_secs(3);
const CALL_SECONDS: f64 = 60.0;
const TIP: &str = "There is a man with a gun in a red pickup truck outside the library on Elm Street. \
                   He keeps waving it at people walking past. The truck is parked near the corner of Elm and 3rd Street. \
                   He is wearing a black hoodie and a baseball cap.";
/// Words the transcript should contain, printed as a sanity check of what was delivered.
const KEY_WORDS: [&str; 6] = ["gun", "red", "truck", "library", "elm", "hoodie"];

fn run(cmd: &mut Command) {
    let out = cmd.output().expect("espeak-ng and sox (scripts/setup installs them)");
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The spoken tip as raw 8 kHz A-law (what sipp streams) and its length in seconds: the sentences with a
/// 0.8 s pause after each, repeated to [`CALL_SECONDS`], trailing silence removed.
fn spoken_call(dir: &std::path::Path) -> (std::path::PathBuf, f64) {
    let (once, long, alaw) = (dir.join("once.wav"), dir.join("call.wav"), dir.join("call.al"));
    let ssml = format!("<speak>{}</speak>", TIP.split(". ").map(|s| format!("{s}. <break time=\"800ms\"/>")).collect::<String>());
    run(Command::new("espeak-ng").args(["-m", "-v", "en-us", "-s", "150", "-w"]).arg(&once).arg(&ssml));
    let once_s = hound::WavReader::open(&once).map(|r| r.duration() as f64 / r.spec().sample_rate as f64).unwrap();
    let repeats = (CALL_SECONDS / once_s).ceil() as u32;
    run(Command::new("sox").arg("-R").arg(&once).args(["-r", "8000", "-c", "1", "-b", "16"]).arg(&long).args(["repeat", &(repeats - 1).to_string()])
        .args(["trim", "0", &CALL_SECONDS.to_string(), "reverse", "silence", "1", "0.05", "1%", "reverse"]));
    let seconds = hound::WavReader::open(&long).unwrap().duration() as f64 / 8000.0;
    run(Command::new("sox").arg(&long).args(["-t", "al"]).arg(&alaw));
    (alaw, seconds)
}

/// sipp's `uac_pcap` with the spoken tip streamed instead of the sample pcap, no DTMF, and the BYE sent
/// 300 ms after the audio ends (within the VAD's end-of-utterance silence: the last utterance is still open).
/// Just before the BYE, sipp writes the wall-clock time in milliseconds to `hangup_ms`: sipp itself exits some
/// time after the BYE is answered, so its exit would start the clock late.
fn scenario(dir: &std::path::Path, audio: &std::path::Path, seconds: f64) -> std::path::PathBuf {
    let out = Command::new("sipp").args(["-sd", "uac_pcap"]).output().expect("sipp (scripts/setup installs sip-tester)");
    let xml = String::from_utf8(out.stdout).unwrap();
    let start = xml.find("<nop>").expect("uac_pcap plays its pcap in a <nop>");
    // The BYE is the scenario's last retransmitted request (the INVITE is the first).
    let end = xml.rfind("<send retrans=\"500\">").unwrap();
    let media = format!(
        "<nop><action><exec rtp_stream=\"{},1,8\"/></action></nop>\n  <pause milliseconds=\"{}\"/>\n  \
         <nop><action><exec command=\"date +%s%3N > hangup_ms\"/></action></nop>\n  ",
        audio.display(),
        (seconds * 1000.0) as u64 + 300
    );
    let path = dir.join("call.xml");
    std::fs::write(&path, format!("{}{media}{}", &xml[..start], &xml[end..])).unwrap();
    path
}

struct Run {
    /// From the caller's BYE to: the tip handed to the pipeline, transcribed, routed; the webhook.
    handed_over: Duration,
    transcribed: Duration,
    routed: Duration,
    webhook: Duration,
    source: String,
    text: String,
}

async fn one_call(live_sessions: u32, scenario: &std::path::Path) -> Run {
    let tdb = TestDb::sqlite().await;
    let hook = Hook::start(NEW_SECRET).await;
    let port = free_port();
    let mut config: Config = with_speech(tdb.config());
    // The shipped timings, not the test harness's fast polling.
    config.pipeline = PipelineConfig::default();
    config.sip.listen = vec![format!("udp:127.0.0.1:{port}")];
    config.asr.live_sessions = live_sessions;
    config.log.level = "warn".into();
    config.alerts.receivers =
        vec![ReceiverConfig { name: "hook".into(), kind: ReceiverKind::Webhook, url: hook.url.clone(), secrets: vec![NEW_SECRET.into()], ..ReceiverConfig::default() }];
    config.alerts.routing = serde_json::from_value(json!({ "route": { "receivers": ["hook"] } })).unwrap();
    let app = TestApp::start(config).await;
    let dir = scenario.parent().unwrap().to_path_buf();
    let (scenario, media) = (scenario.to_path_buf(), free_port().to_string());
    let (status, hangup, wall_hangup) = tokio::task::spawn_blocking(move || {
        let mut sipp = Command::new("sipp")
            .current_dir(&dir)
            .arg("-sf")
            .arg(&scenario)
            .arg(format!("127.0.0.1:{port}"))
            .args(["-m", "1", "-i", "127.0.0.1", "-mi", "127.0.0.1", "-mp", &media, "-p", &free_port().to_string()])
            .args(["-nostdin", "-timeout", "120s", "-timeout_error"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sipp");
        let status = sipp.wait().unwrap();
        let (exited, exited_wall) = (Instant::now(), chrono::Utc::now().timestamp_millis());
        // The hangup is when the caller sent its BYE, as sipp wrote it down; the instant is placed by
        // the distance of that wall-clock time from sipp's exit.
        let bye_ms: i64 = std::fs::read_to_string(dir.join("hangup_ms")).ok().and_then(|t| t.trim().parse().ok()).expect("sipp wrote hangup_ms");
        let hangup = exited - Duration::from_millis((exited_wall - bye_ms).max(0) as u64);
        (status, hangup, bye_ms)
    })
    .await
    .unwrap();
    assert!(status.success(), "sipp failed");
    // The receiver stamps each request as it arrives; polling for it adds nothing to the measurement.
    let accepted = async {
        loop {
            if let Some(r) = hook.received().into_iter().find(|r| r.status == 200 && r.signed) {
                return r;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let first = tokio::time::timeout(Duration::from_secs(120), accepted).await.expect("a signed webhook within 120 s");
    let (arrived, body) = (first.at, first.body);
    let tip = body["data"]["tip_id"].as_str().unwrap_or_default().to_owned();
    let since_hangup = |ms: i64| Duration::from_millis((ms - wall_hangup).max(0) as u64);
    let done_at = |stage: &'static str| {
        let (db, tip) = (app.db.clone(), tip.clone());
        async move {
            let ms: i64 = sqlx::query_scalar("SELECT updated_at FROM jobs WHERE tip_id = $1 AND stage = $2").bind(tip).bind(stage).fetch_one(&db.pool).await.unwrap();
            ms
        }
    };
    let created: i64 = sqlx::query_scalar("SELECT created_at FROM jobs WHERE tip_id = $1 AND stage = 'transcribe'").bind(tip.as_str()).fetch_one(&app.db.pool).await.unwrap();
    let output: String = sqlx::query_scalar("SELECT output FROM stage_outputs WHERE tip_id = $1 AND stage = 'transcribe'").bind(tip.as_str()).fetch_one(&app.db.pool).await.unwrap();
    let output: Value = serde_json::from_str(&output).unwrap();
    let run = Run {
        handed_over: since_hangup(created),
        transcribed: since_hangup(done_at("transcribe").await),
        routed: since_hangup(done_at("route").await),
        webhook: arrived.saturating_duration_since(hangup),
        source: output["source"].as_str().unwrap_or_default().to_owned(),
        text: output["text"].as_str().unwrap_or_default().to_owned(),
    };
    app.stop().await;
    run
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let runs: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(2);
    let work = tempfile::tempdir().unwrap();
    let (audio, seconds) = spoken_call(work.path());
    let scenario = scenario(work.path(), &audio, seconds);
    println!("hangup to webhook: a {seconds:.1} s spoken tip over SIP (sipp, A-law), Whisper tiny.en, SQLite, shipped poll intervals");
    // Other work on the machine slows transcription directly: say how busy it was.
    let load = || std::fs::read_to_string("/proc/loadavg").unwrap_or_default().split_whitespace().next().unwrap_or("?").to_owned();
    println!("load average at start: {}", load());
    println!("{:<6} {:>4} {:>12} {:>12} {:>10} {:>10}  {:<7} key words in the transcript", "live", "run", "handed over", "transcribed", "routed", "webhook", "source");
    let mut medians = Vec::new();
    for (mode, sessions) in [("on", 8), ("off", 0)] {
        let mut webhooks = Vec::new();
        for i in 1..=runs {
            let r = one_call(sessions, &scenario).await;
            let text = r.text.to_lowercase();
            let heard: Vec<&str> = KEY_WORDS.iter().copied().filter(|w| text.contains(w)).collect();
            println!(
                "{mode:<6} {i:>4} {:>10.2} s {:>10.2} s {:>8.2} s {:>8.2} s  {:<7} {}/{} ({})",
                r.handed_over.as_secs_f64(),
                r.transcribed.as_secs_f64(),
                r.routed.as_secs_f64(),
                r.webhook.as_secs_f64(),
                r.source,
                heard.len(),
                KEY_WORDS.len(),
                heard.join(" ")
            );
            std::io::stdout().flush().unwrap();
            webhooks.push(r.webhook);
        }
        medians.push((mode, median(webhooks)));
    }
    println!("load average at end: {}", load());
    let (on, off) = (medians[0].1, medians[1].1);
    println!(
        "median hangup to webhook: live on {:.2} s, live off {:.2} s (off / on = {:.1}x); goal < {} s: {}",
        on.as_secs_f64(),
        off.as_secs_f64(),
        off.as_secs_f64() / on.as_secs_f64().max(1e-3),
        GOAL.as_secs(),
        if on < GOAL { "met" } else { "NOT met" }
    );
}
