//! Phone intake with real SIP peers (sipp, baresip): calls over UDP and TCP are answered, recorded and
//! handed to the pipeline; a spoken tip ended with `#` is read back, recorded and transcribed; hold does
//! not end a call; `#` sent as SIP INFO works as in the media; malformed SIP is survived; limits answer 503;
//! the TLS listener serves its configured certificate.

use std::process::Command;
use std::time::{Duration, Instant};

use gateway::auth::Role;
use gateway::config::Config;
use serde_json::Value;
use gateway::telephony::media::g711;
use tipline_tests::caller::{baresip_call_offering, spoken_wav, spoken_wav_at};
use tipline_tests::pcap::{CallerStream, POUND};
use tipline_tests::sipp::{self, free_port, RtpTap};
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
async fn the_tls_listener_answers_with_the_configured_certificate() {
    let tdb = TestDb::sqlite().await;
    let scratch = tempfile::tempdir().unwrap();
    let (cert, key) = (scratch.path().join("cert.pem"), scratch.path().join("key.pem"));
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=tipline-tls-test.invalid", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl (scripts/setup installs it)");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let port = free_port();
    let mut config = tdb.config();
    config.sip.listen = vec![format!("tls:127.0.0.1:{port}")];
    config.sip.tls_certificate = cert.display().to_string();
    config.sip.tls_private_key = key.display().to_string();
    let app = TestApp::start(config).await;

    // OpenSSL's own client speaks TLS to the listener and sends an OPTIONS through it.
    let options = format!(
        "OPTIONS sip:tip@127.0.0.1:{port};transport=tls SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bKtls1;rport\r\nMax-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=t1\r\nTo: <sip:tip@127.0.0.1>\r\nCall-ID: tls-1@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    );
    let heard = tokio::task::spawn_blocking(move || tls_exchange(port, &options)).await.unwrap();
    assert!(heard.contains("CN = tipline-tls-test.invalid") || heard.contains("CN=tipline-tls-test.invalid"), "not our certificate: {heard}");
    let answer = heard.lines().skip_while(|l| !l.starts_with("SIP/2.0 ")).collect::<Vec<_>>().join("\n");
    assert!(answer.starts_with("SIP/2.0 200"), "OPTIONS over TLS: {heard}");
    assert!(answer.contains("tls-1@test"), "{answer}");
    app.stop().await;
}

/// Sends `request` over TLS with `openssl s_client` and returns what it printed (the server certificate, then
/// the answer) once a SIP status line arrived, or after 10 s.
fn tls_exchange(port: u16, request: &str) -> String {
    use std::io::{BufRead, Write};
    let mut client = Command::new("openssl")
        .args(["s_client", "-connect", &format!("127.0.0.1:{port}"), "-ign_eof", "-servername", "localhost"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("openssl");
    client.stdin.take().unwrap().write_all(request.as_bytes()).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = client.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut heard = String::new();
    let mut answered = false;
    while let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        answered |= line.starts_with("SIP/2.0 ");
        heard.push_str(&line);
        heard.push('\n');
        // The answer ends at its blank line (OPTIONS answers carry no body here).
        if answered && line.trim().is_empty() {
            break;
        }
    }
    let _ = client.kill();
    let _ = client.wait();
    heard
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
    // A key press for a call that does not exist.
    let info = format!(
        "INFO sip:tip@127.0.0.1:{port} SIP/2.0\r\nVia: SIP/2.0/UDP {me};branch=z9hG4bKinfo1;rport\r\nMax-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=p1\r\nTo: <sip:tip@127.0.0.1>;tag=nosuchcall\r\nCall-ID: info-1@test\r\nCSeq: 2 INFO\r\nContent-Type: application/dtmf-relay\r\nContent-Length: 10\r\n\r\nSignal=#\r\n"
    );
    sock.send_to(info.as_bytes(), &target).await.unwrap();
    let mut buf = vec![0u8; 65_536];
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut answered = (false, false);
    while answered != (true, true) {
        let (n, _) = tokio::time::timeout(deadline - Instant::now(), sock.recv_from(&mut buf)).await.expect("answers to OPTIONS and INFO").unwrap();
        let text = String::from_utf8_lossy(&buf[..n]);
        if text.contains("options-1@test") {
            assert!(text.starts_with("SIP/2.0 200"), "{text}");
            answered.0 = true;
        }
        if text.contains("info-1@test") {
            assert!(text.starts_with("SIP/2.0 481"), "INFO outside a dialog: {text}");
            answered.1 = true;
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
    baresip_tip_offering(live_sessions, &["g711"], 8000).await
}

/// As [`baresip_tip`], baresip offering the codecs of `codecs` (its module names, in order); the call
/// must be recorded at `rate`.
async fn baresip_tip_offering(live_sessions: u32, codecs: &'static [&'static str], rate: u32) -> Value {
    let tdb = TestDb::sqlite().await;
    let (config, port) = with_sip(&tdb);
    let mut config = with_speech(config);
    config.asr.live_sessions = live_sessions;
    config.asr.engines = 1;
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;
    let scratch = tempfile::tempdir().unwrap();
    let text = "A man with a knife is standing outside the library on Elm Street. He is wearing a red jacket.";
    // baresip's file source must match the codec we answer with: 48 kHz stereo for Opus (which we take
    // whenever it is offered), 8 kHz mono for G.711.
    let wav = if codecs.contains(&"opus") { spoken_wav_at(scratch.path(), text, 48_000, 2) } else { spoken_wav(scratch.path(), text) };
    let source = hound::WavReader::open(&wav).unwrap();
    let spoken_s = source.duration() as f64 / source.spec().sample_rate as f64;
    let out = tokio::task::spawn_blocking(move || baresip_call_offering(port, &wav, codecs)).await.unwrap();
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
    let reader = hound::WavReader::open(data_dir.join("recordings").join(format!("{id}.wav"))).unwrap();
    assert_eq!(reader.spec().sample_rate, rate, "the recording's rate tells which codec the call used");
    let recorded = reader.duration() as f64 / rate as f64;
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
async fn a_baresip_caller_offering_opus_after_g711_is_answered_in_opus_recorded_wideband_and_transcribed() {
    // baresip lists PCMU and PCMA first: the tip line still takes Opus, and records at 16 kHz.
    let tip = baresip_tip_offering(1, &["g711", "opus"], 16_000).await;
    assert_eq!(tip["stages"][0]["output"]["source"], "live", "{}", tip["stages"][0]["output"]);
}

#[tokio::test]
async fn with_live_transcription_off_the_recording_is_transcribed_after_hangup() {
    let tip = baresip_tip(0).await;
    assert_eq!(tip["stages"][0]["output"]["source"], "speech", "{}", tip["stages"][0]["output"]);
}

/// Waits until exactly one phone tip has left `recording` (its call is over) and returns it.
async fn finished_call(app: &TestApp, token: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let tips = phone_tips(app, token).await;
        if let [t] = tips.as_slice() {
            if t["status"] != "recording" {
                return t.clone();
            }
        }
        assert!(Instant::now() < deadline, "the call was not handed over: {tips:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn recording(data_dir: &std::path::Path, id: &str) -> Vec<i16> {
    let wav = data_dir.join("recordings").join(format!("{id}.wav"));
    hound::WavReader::open(&wav).unwrap().samples::<i16>().map(Result::unwrap).collect()
}

/// What the recorder keeps of `pcm` sent as A-law in 20 ms frames: the G.711 round trip, padded to
/// whole frames.
fn through_alaw(pcm: &[i16]) -> Vec<i16> {
    let mut out: Vec<i16> = pcm.iter().map(|&s| g711::decode_alaw_sample(g711::encode_alaw(s))).collect();
    out.resize(pcm.len().div_ceil(160) * 160, g711::decode_alaw_sample(g711::encode_alaw(0)));
    out
}

/// Pads `pcm` with silence to `total` (8 kHz), which it must fit in.
fn padded(mut pcm: Vec<i16>, total: Duration) -> Vec<i16> {
    let samples = total.as_millis() as usize * 8;
    assert!(pcm.len() <= samples, "{} s of speech do not fit in {total:?}", pcm.len() as f64 / 8000.0);
    pcm.resize(samples, 0);
    pcm
}

/// The A-law payloads of the RTP packets a tap saw, in order.
fn heard_alaw(tap: &RtpTap) -> Vec<Vec<u8>> {
    tap.datagrams().into_iter().filter(|d| d.len() == 12 + 160 && d[1] & 0x7f == 8).map(|d| d[12..].to_vec()).collect()
}

/// Runs one of the scenarios in tests/sipp from `dir` against the gateway, for 40 s at most; the
/// scenario's own checks decide whether it succeeded.
async fn sipp_succeeds(scenario: &'static str, dir: &std::path::Path, port: u16, media_port: u16) {
    let dir = dir.to_path_buf();
    let out = tokio::task::spawn_blocking(move || sipp::run_scenario(scenario, &dir, port, media_port, Duration::from_secs(40))).await.unwrap();
    assert!(out.status.success(), "sipp: {}", sipp::output_text(&out));
}

/// A gateway with speech where only `#` can end a call before sipp gives up (its scenarios last under 40 s):
/// neither silence nor the maximum duration.
struct PoundOnly {
    app: TestApp,
    port: u16,
    prompts: gateway::telephony::prompts::Prompts,
    data_dir: std::path::PathBuf,
    token: String,
}

async fn pound_only_gateway(tdb: &TestDb) -> PoundOnly {
    let (mut config, port) = with_sip(tdb);
    config.sip.silence_timeout_s = 120;
    config.sip.max_call_s = 300;
    let config = with_speech(config);
    let prompts = gateway::telephony::prompts::Prompts::load(std::path::Path::new(&config.asr.models_dir)).unwrap();
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;
    PoundOnly { app, port, prompts, data_dir, token }
}

/// The goodbye reading out this tip's reference as A-law packet payloads.
fn goodbye_alaw(prompts: &gateway::telephony::prompts::Prompts, id: &str) -> Vec<Vec<u8>> {
    prompts
        .closing(id.parse().unwrap())
        .chunks(160)
        .map(|c| {
            let mut frame: Vec<u8> = c.iter().map(|&s| g711::encode_alaw(s)).collect();
            frame.resize(160, g711::encode_alaw(0));
            frame
        })
        .collect()
}

/// The goodbye reading out this tip's reference is the last thing the caller heard, packet for packet.
fn assert_heard_goodbye(tap: &RtpTap, prompts: &gateway::telephony::prompts::Prompts, id: &str) {
    let heard = heard_alaw(tap);
    let goodbye = goodbye_alaw(prompts, id);
    assert!(heard.len() > goodbye.len(), "the caller heard {} packets, fewer than the goodbye's {}", heard.len(), goodbye.len());
    assert!(heard.ends_with(&goodbye), "the last {} packets the caller heard are not the goodbye for tip {id}", goodbye.len());
}

#[tokio::test]
async fn pound_sent_as_sip_info_ends_the_recording_and_reads_back_the_reference() {
    let tdb = TestDb::sqlite().await;
    let PoundOnly { app, port, prompts, data_dir, token } = pound_only_gateway(&tdb).await;

    // 5 s of audio (the scenario sends INFO `#` after 5.5 s), no telephone-event in it.
    let speech = padded(sipp::spoken("The white van is parked behind the school."), Duration::from_secs(5));
    let scratch = tempfile::tempdir().unwrap();
    let media_port = free_port();
    CallerStream::new(0x1f0, 100, 0)
        .speech(&speech)
        .write_pcap(&scratch.path().join("tip.pcap"), sipp::media_addr(media_port), sipp::media_addr(6000))
        .unwrap();
    let tap = RtpTap::open(media_port).expect("a raw socket (the tests run as root, as sipp's pcap play needs)");
    // sipp checks the 415 for an unknown INFO body and the 200 for the key, and fails unless we hang up.
    sipp_succeeds("speak_then_info_pound.xml", scratch.path(), port, media_port).await;

    let tip = finished_call(&app, &token).await;
    let id = tip["id"].as_str().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_heard_goodbye(&tap, &prompts, id);
    assert_eq!(recording(&data_dir, id), through_alaw(&speech), "everything the caller said before `#`, sample for sample");
    app.stop().await;
}

#[tokio::test]
async fn a_spoken_tip_ended_with_pound_is_read_back_recorded_and_transcribed() {
    let tdb = TestDb::sqlite().await;
    let PoundOnly { app, port, prompts, data_dir, token } = pound_only_gateway(&tdb).await;

    // Worded so that tiny.en hears the key words whatever the dither: "There is a man with a knife" came out
    // as "Merry my men with a knife" in one sox run of seven, and as "men with a high" once in CI.
    let speech = sipp::spoken("A man with a knife is standing outside the library on Elm Street.");
    // Sequence numbers and timestamps wrap early in the call, as they may on any call.
    let mut caller = CallerStream::new(0x7107_0001, 65_400, 4_294_960_000);
    caller.silence(Duration::from_millis(500)).speech(&speech).silence(Duration::from_millis(500));
    caller.key(POUND, Duration::from_millis(160)).silence(Duration::from_secs(1));
    let scratch = tempfile::tempdir().unwrap();
    let media_port = free_port();
    // The destination is rewritten by sipp to the port of our SDP answer.
    caller.write_pcap(&scratch.path().join("tip.pcap"), sipp::media_addr(media_port), sipp::media_addr(6000)).unwrap();

    let tap = RtpTap::open(media_port).expect("a raw socket (the tests run as root, as sipp's pcap play needs)");
    // The scenario fails unless the tip line sends BYE, which here only `#` leads to.
    sipp_succeeds("speak_then_pound.xml", scratch.path(), port, media_port).await;

    let tip = finished_call(&app, &token).await;
    let id = tip["id"].as_str().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_heard_goodbye(&tap, &prompts, id);

    // The recording holds what the caller sent, in real time, the spoken part exactly.
    let recorded = recording(&data_dir, id);
    let sent = caller.duration().as_secs_f64();
    let seconds = recorded.len() as f64 / 8000.0;
    assert!((seconds - sent).abs() < 0.3, "recorded {seconds} s of the {sent} s sent");
    let spoken_part = through_alaw(&speech);
    assert_eq!(&recorded[4000..4000 + spoken_part.len()], &spoken_part[..], "the speech is recorded sample for sample");

    // And the pipeline transcribed it.
    let tip = app.wait_final(&token, id).await;
    let output = &tip["stages"][0]["output"];
    let transcript = output["text"].as_str().unwrap_or_default().to_lowercase();
    for word in ["knife", "library", "elm"] {
        assert!(transcript.contains(word), "{word} missing from {transcript:?} (source {})", output["source"]);
    }
    app.stop().await;
}

#[tokio::test]
async fn a_caller_on_hold_is_not_cut_off_for_silence_and_the_recording_resumes() {
    let tdb = TestDb::sqlite().await;
    let (mut config, port) = with_sip(&tdb);
    // The scenario holds for 6 s: twice this.
    config.sip.silence_timeout_s = 3;
    config.sip.max_call_s = 60;
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;

    // Each part fits the 4 s the scenario gives it. After the hold the phone starts a new RTP stream.
    let first = padded(sipp::spoken("I saw the van before the hold."), Duration::from_millis(3500));
    let second = padded(sipp::spoken("And it came back after it."), Duration::from_millis(3500));
    let scratch = tempfile::tempdir().unwrap();
    let media_port = free_port();
    let (from, to) = (sipp::media_addr(media_port), sipp::media_addr(6000));
    CallerStream::new(1, 1000, 0).speech(&first).write_pcap(&scratch.path().join("part1.pcap"), from, to).unwrap();
    CallerStream::new(2, 7000, 90_000).speech(&second).write_pcap(&scratch.path().join("part2.pcap"), from, to).unwrap();

    // sipp checks each 200 OK's direction (recvonly on hold, sendrecv after) and fails on a BYE from us.
    sipp_succeeds("hold_then_resume.xml", scratch.path(), port, media_port).await;

    let tip = finished_call(&app, &token).await;
    let recorded = recording(&data_dir, tip["id"].as_str().unwrap());
    let (first, second) = (through_alaw(&first), through_alaw(&second));
    assert_eq!(recorded.len(), first.len() + second.len(), "both parts recorded, nothing invented for the hold");
    assert_eq!(&recorded[..first.len()], &first[..], "before the hold");
    assert_eq!(&recorded[first.len()..], &second[..], "after the hold");
    app.stop().await;
}

#[tokio::test]
async fn a_caller_moving_its_media_with_a_re_invite_hears_the_goodbye_at_the_new_port() {
    let tdb = TestDb::sqlite().await;
    let PoundOnly { app, port, prompts, data_dir, token } = pound_only_gateway(&tdb).await;

    // Part 1 fits the 4 s before the move; part 2 is a new RTP stream from the new port, ending with `#`.
    let first = padded(sipp::spoken("The van drove off to the north."), Duration::from_millis(3500));
    let second = sipp::spoken("It had a broken tail light.");
    let scratch = tempfile::tempdir().unwrap();
    // The scenario's re-INVITE offers `media_port + 4`.
    let old_port = free_port();
    let new_port = old_port + 4;
    let to = sipp::media_addr(6000);
    CallerStream::new(11, 500, 0).speech(&first).write_pcap(&scratch.path().join("part1.pcap"), sipp::media_addr(old_port), to).unwrap();
    CallerStream::new(12, 9000, 70_000)
        .speech(&second)
        .key(POUND, Duration::from_millis(160))
        .write_pcap(&scratch.path().join("part2.pcap"), sipp::media_addr(new_port), to)
        .unwrap();
    let old_tap = RtpTap::open(old_port).expect("a raw socket (the tests run as root, as sipp's pcap play needs)");
    let new_tap = RtpTap::open(new_port).expect("a raw socket");
    sipp_succeeds("move_media.xml", scratch.path(), port, old_port).await;

    let tip = finished_call(&app, &token).await;
    let id = tip["id"].as_str().unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    // Before the move the caller heard the greeting at its first port; after it, everything went to the new one.
    let before = heard_alaw(&old_tap);
    assert!(before.len() >= 150, "about 4 s of greeting at the first port, heard {} packets", before.len());
    assert_heard_goodbye(&new_tap, &prompts, id);
    let goodbye = goodbye_alaw(&prompts, id);
    assert!(!before.windows(goodbye.len()).any(|w| w == goodbye), "the goodbye went to the old port as well");

    // One recording, both parts in it, nothing lost or invented at the move.
    let recorded = recording(&data_dir, id);
    let (first, second) = (through_alaw(&first), through_alaw(&second));
    assert_eq!(recorded.len(), first.len() + second.len(), "both parts recorded");
    assert_eq!(&recorded[..first.len()], &first[..], "before the move");
    assert_eq!(&recorded[first.len()..], &second[..], "after the move");
    app.stop().await;
}
