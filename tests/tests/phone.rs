//! Phone intake with real SIP peers (sipp): calls over UDP and TCP are answered, recorded and handed to
//! the pipeline; malformed SIP is survived; limits answer 503.

use std::process::Command;
use std::time::{Duration, Instant};

use gateway::auth::Role;
use gateway::config::Config;
use serde_json::Value;
use tipline_tests::caller::{baresip_call, free_port, spoken_tip};
use tipline_tests::{with_speech, TestApp, TestDb};

fn with_sip(tdb: &TestDb) -> (Config, u16) {
    let port = free_port();
    let mut c = tdb.config();
    c.sip.listen = vec![format!("udp:127.0.0.1:{port}"), format!("tcp:127.0.0.1:{port}")];
    (c, port)
}

/// Runs sipp's built-in `uac_pcap` caller (8 s of A-law speech, a DTMF digit, then BYE).
fn sipp_call(port: u16, transport: &str) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/usr/share/sip-tester", dir.path().join("pcap")).unwrap();
    let media_port = free_port().to_string();
    Command::new("sipp")
        .current_dir(dir.path())
        .args(["-sn", "uac_pcap", &format!("127.0.0.1:{port}"), "-m", "1", "-i", "127.0.0.1", "-mi", "127.0.0.1"])
        .args(["-mp", &media_port, "-p", &free_port().to_string(), "-t", transport, "-nostdin", "-timeout", "40s", "-timeout_error"])
        .output()
        .expect("sipp is installed by scripts/setup (Debian sip-tester)")
}

async fn phone_tips(app: &TestApp, token: &str) -> Vec<Value> {
    let (_, page) = app.get_json(token, "/api/v1/tips?channel=phone").await;
    page["tips"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn sipp_calls_over_udp_and_tcp_are_recorded_and_queued() {
    let tdb = TestDb::sqlite().await;
    let (config, port) = with_sip(&tdb);
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;
    for transport in ["u1", "t1"] {
        let out = tokio::task::spawn_blocking(move || sipp_call(port, transport)).await.unwrap();
        assert!(out.status.success(), "sipp over {transport}: {}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    let tips = loop {
        let tips = phone_tips(&app, &token).await;
        if tips.len() == 2 && tips.iter().all(|t| t["status"] != "recording") {
            break tips;
        }
        assert!(Instant::now() < deadline, "calls not handed over: {tips:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    for tip in tips {
        let id = tip["id"].as_str().unwrap();
        let wav = data_dir.join("recordings").join(format!("{id}.wav"));
        let reader = hound::WavReader::open(&wav).unwrap();
        let seconds = reader.duration() as f64 / 8000.0;
        // g711a.pcap holds about 8 s of speech; the recording keeps it in real time.
        assert!((6.0..=12.0).contains(&seconds), "{id}: {seconds} s recorded");
        let samples: Vec<i16> = hound::WavReader::open(&wav).unwrap().samples::<i16>().map(Result::unwrap).collect();
        let loud = samples.iter().filter(|s| s.unsigned_abs() > 1000).count();
        assert!(loud > 8000, "{id}: the recording holds speech, not silence ({loud} loud samples)");
        // The pipeline has the call: the transcribe stage ran (speech recognition is not wired yet).
        let tip = app.wait_final(&token, id).await;
        assert_eq!(tip["stages"][0]["name"], "transcribe");
        assert_ne!(tip["stages"][0]["state"], "waiting");
    }
    app.stop().await;
}

#[tokio::test]
async fn malformed_sip_is_survived_and_options_answered() {
    let tdb = TestDb::sqlite().await;
    let (config, port) = with_sip(&tdb);
    let app = TestApp::start(config).await;
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let target = format!("127.0.0.1:{port}");
    let me = sock.local_addr().unwrap();
    let huge = format!("OPTIONS sip:tip@127.0.0.1 SIP/2.0\r\nX-Big: {}\r\n\r\n", "a".repeat(60_000));
    let garbage: Vec<Vec<u8>> = vec![
        b"\x00\x01\x02garbage".to_vec(),
        b"INVITE sip:tip@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP".to_vec(),
        format!("INVITE sip:tip@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:tip@x>\r\nContent-Length: 0\r\n\r\n").into_bytes(),
        format!("INVITE sip:tip@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bK2\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:tip@x>\r\nCall-ID: c2\r\nCSeq: 1 INVITE\r\nContent-Length: 999\r\n\r\nv=0").into_bytes(),
        huge.into_bytes(),
        vec![b'A'; 1500],
    ];
    for g in &garbage {
        sock.send_to(g, &target).await.unwrap();
    }
    let options = format!(
        "OPTIONS sip:tip@127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bKopt1;rport\r\nMax-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:tip@127.0.0.1>\r\nCall-ID: options-1@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    );
    sock.send_to(options.as_bytes(), &target).await.unwrap();
    let mut buf = vec![0u8; 65_536];
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (n, _) = tokio::time::timeout(deadline - Instant::now(), sock.recv_from(&mut buf)).await.expect("an answer to OPTIONS").unwrap();
        let text = String::from_utf8_lossy(&buf[..n]);
        if text.contains("options-1@test") {
            assert!(text.starts_with("SIP/2.0 200"), "{text}");
            break;
        }
    }
    // And it still takes a real call.
    let out = tokio::task::spawn_blocking(move || sipp_call(port, "u1")).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    app.stop().await;
}

#[tokio::test]
async fn calls_beyond_the_limit_get_503_with_retry_after() {
    let tdb = TestDb::sqlite().await;
    let (mut config, port) = with_sip(&tdb);
    config.sip.invites_per_minute = 1;
    let app = TestApp::start(config).await;
    let first = tokio::task::spawn_blocking(move || sipp_call(port, "u1")).await.unwrap();
    assert!(first.status.success());
    let second = tokio::task::spawn_blocking(move || sipp_call(port, "u1")).await.unwrap();
    assert!(!second.status.success(), "a second INVITE within the minute from the same source is refused");
    let log = String::from_utf8_lossy(&second.stdout).to_string() + &String::from_utf8_lossy(&second.stderr);
    assert!(log.contains("503"), "the refusal is a 503: {log}");
    app.stop().await;
}

/// A baresip caller speaks a tip to a gateway with `live_sessions`; returns the tip once the pipeline ran.
async fn baresip_tip(live_sessions: u32) -> Value {
    let tdb = TestDb::sqlite().await;
    let (config, port) = with_sip(&tdb);
    let mut config = with_speech(config);
    config.asr.live_sessions = live_sessions;
    config.asr.engines = 1;
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;
    let scratch = tempfile::tempdir().unwrap();
    let wav = spoken_tip(scratch.path(), "There is a man with a knife outside the library on Elm Street. He is wearing a red jacket.");
    let spoken_s = hound::WavReader::open(&wav).unwrap().duration() as f64 / 8000.0;
    let out = tokio::task::spawn_blocking(move || baresip_call(port, &wav)).await.unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Call established"), "{}", String::from_utf8_lossy(&out.stdout));
    let deadline = Instant::now() + Duration::from_secs(20);
    let tip = loop {
        let tips = phone_tips(&app, &token).await;
        if let Some(t) = tips.iter().find(|t| t["status"] != "recording") {
            break t.clone();
        }
        assert!(Instant::now() < deadline, "the call was not handed over: {tips:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let id = tip["id"].as_str().unwrap();
    let recorded = hound::WavReader::open(data_dir.join("recordings").join(format!("{id}.wav"))).unwrap().duration() as f64 / 8000.0;
    assert!((recorded - spoken_s).abs() < 1.0, "recorded {recorded} s of {spoken_s} s spoken");
    // The caller heard us: baresip reports our RTP arriving (the greeting; its content is unit-tested).
    let log = String::from_utf8_lossy(&out.stdout);
    assert!(log.contains("incoming rtp for 'audio' established"), "no audio reached the caller: {log}");
    // The pipeline transcribed the call and found what the tipster said.
    let tip = app.wait_final(&token, id).await;
    let transcript = tip["stages"][0]["output"]["text"].as_str().unwrap_or_default().to_lowercase();
    for word in ["knife", "library", "elm"] {
        assert!(transcript.contains(word), "{word} missing from {transcript:?}");
    }
    let analysis = &tip["stages"][1]["output"];
    assert!(analysis["entities"].as_array().unwrap().iter().any(|e| e["kind"] == "weapon" && e["attributes"]["type"] == "knife"), "{analysis}");
    assert!(analysis["places"].as_array().unwrap().iter().any(|p| p["location"]["lat"].is_number()), "{analysis}");
    app.stop().await;
    tip
}

#[tokio::test]
async fn a_baresip_caller_is_greeted_recorded_and_transcribed_live() {
    let tip = baresip_tip(1).await;
    let output = &tip["stages"][0]["output"];
    // Transcribed while the call was up: the stage took the live session's transcript of the whole call.
    assert_eq!(output["source"], "live", "{output}");
    assert!(output["model"].as_str().unwrap_or_default().contains("tiny.en"), "{output}");
}

#[tokio::test]
async fn with_live_transcription_off_the_recording_is_transcribed_after_hangup() {
    let tip = baresip_tip(0).await;
    assert_eq!(tip["stages"][0]["output"]["source"], "speech", "{}", tip["stages"][0]["output"]);
}
