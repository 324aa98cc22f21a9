//! Alert delivery against real peers: a webhook receiver that checks Standard Webhooks signatures with its
//! own implementation (SHA-256, HMAC and base64 written here, not the gateway's crates) and fails for a
//! while; a 410 endpoint; and a real SMTP server (aiosmtpd) whose Maildir the test reads back.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU16, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use correlate::{Analysis, TipId};
use gateway::alerts::outbox::{self, ListFilter, Replay};
use gateway::alerts::{self, AlertsConfig, ReceiverConfig, ReceiverKind};
use gateway::db::Db;
use serde_json::{json, Value};
use tipline_tests::TestDb;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

// ---- Standard Webhooks verification, implemented independently of the gateway ----

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend((data.len() as u64 * 8).to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes(chunk[4 * i..4 * i + 4].try_into().unwrap());
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            v = [t1.wrapping_add(s0.wrapping_add(maj)), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for i in 0..8 {
            h[i] = h[i].wrapping_add(v[i]);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&sha256(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).chain(msg.iter().copied()).collect();
    let outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).chain(sha256(&inner)).collect();
    sha256(&outer)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_encode(data: &[u8]) -> String {
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_decode(s: &str) -> Vec<u8> {
    let vals: Vec<u32> =
        s.bytes().filter(|&b| b != b'=').map(|b| B64.iter().position(|&x| x == b).unwrap() as u32).collect();
    let mut out = Vec::new();
    for c in vals.chunks(4) {
        let n = c.iter().enumerate().fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        out.extend(&n.to_be_bytes()[1..c.len()]);
    }
    out
}

/// Verifies like a Standard Webhooks receiver: any of the space-separated `v1,` signatures must match.
fn verify(secret: &str, id: &str, timestamp: &str, body: &[u8], header: &str) -> bool {
    let key = b64_decode(secret.strip_prefix("whsec_").unwrap());
    let mut msg = format!("{id}.{timestamp}.").into_bytes();
    msg.extend_from_slice(body);
    let expected = format!("v1,{}", b64_encode(&hmac_sha256(&key, &msg)));
    header.split(' ').any(|s| s == expected)
}

#[test]
fn own_verifier_matches_the_reference_vector() {
    assert_eq!(b64_encode(&sha256(b"abc"))[..12], *"ungWv48Bz+pB");
    assert!(verify(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "1614265330",
        br#"{"test": 2432232314}"#,
        "v1,bm9ldHZhbGlk v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
    ));
    assert!(!verify(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        "1614265331",
        b"{}",
        "v1,x"
    ));
}

// ---- a webhook receiver on 127.0.0.1:0, a tiny HTTP/1.1 server so the test depends on nothing else ----

#[derive(Debug, Clone)]
struct Received {
    at: Instant,
    id: String,
    body: Value,
    signed: bool,
    status: u16,
}

#[derive(Clone)]
struct Hook {
    url: String,
    secret: String,
    /// Answer 500 to this many (correctly signed) requests first; the first of them says `Retry-After: 1`.
    fail_first: Arc<AtomicUsize>,
    failed: Arc<AtomicUsize>,
    /// Then answer this.
    status: Arc<AtomicU16>,
    /// Wait this long before answering (a slow receiver keeps deliveries in flight).
    delay_ms: Arc<AtomicU64>,
    log: Arc<Mutex<Vec<Received>>>,
}

impl Hook {
    async fn start(secret: &str) -> Hook {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let hook = Hook {
            url: format!("http://{}/hook", listener.local_addr().unwrap()),
            secret: secret.into(),
            fail_first: Arc::new(AtomicUsize::new(0)),
            failed: Arc::new(AtomicUsize::new(0)),
            status: Arc::new(AtomicU16::new(200)),
            delay_ms: Arc::new(AtomicU64::new(0)),
            log: Arc::default(),
        };
        let h = hook.clone();
        tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                let h = h.clone();
                tokio::spawn(async move { h.serve(conn).await });
            }
        });
        hook
    }

    async fn serve(&self, mut conn: tokio::net::TcpStream) {
        let mut buf = Vec::new();
        loop {
            let head_end = loop {
                if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break p + 4;
                }
                let mut chunk = [0u8; 4096];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            let headers: BTreeMap<String, String> = head
                .lines()
                .skip(1)
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let len: usize = headers.get("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
            while buf.len() < head_end + len {
                let mut chunk = [0u8; 4096];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body: Vec<u8> = buf.drain(..head_end + len).skip(head_end).collect();
            let h = |k: &str| headers.get(k).cloned().unwrap_or_default();
            let (id, ts) = (h("webhook-id"), h("webhook-timestamp"));
            let fresh = ts.parse::<i64>().is_ok_and(|t| (t - chrono::Utc::now().timestamp()).abs() < 300);
            let signed = fresh && verify(&self.secret, &id, &ts, &body, &h("webhook-signature"));
            let status = if !signed {
                401
            } else if self.fail_first.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok() {
                500
            } else {
                self.status.load(Ordering::SeqCst)
            };
            let retry_after = if status == 500 && self.failed.fetch_add(1, Ordering::SeqCst) == 0 {
                "retry-after: 1\r\n"
            } else {
                ""
            };
            let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
            tokio::time::sleep(Duration::from_millis(self.delay_ms.load(Ordering::SeqCst))).await;
            self.log.lock().unwrap().push(Received { at: Instant::now(), id, body, signed, status });
            let response = format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\n{retry_after}\r\n");
            if conn.write_all(response.as_bytes()).await.is_err() {
                return;
            }
        }
    }

    fn received(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }
}

// ---- helpers ----

const OLD_SECRET: &str = "whsec_b2xkIHNlY3JldCBiZWluZyByb3RhdGVkIG91dA==";
const NEW_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

fn analysis(priority: &str, category: &str, lat: f64, lon: f64) -> Analysis {
    serde_json::from_value(json!({
        "normalised": "", "entities": [],
        "places": [{"kind": "intersection", "span": null, "text": "Elm and 3rd", "location": {"lat": lat, "lon": lon},
                    "radius_m": 50.0, "confidence": 0.9, "explanation": "gazetteer"}],
        "time_window": {"start": "2026-11-25T11:50:00Z", "end": "2026-11-25T12:00:00Z"}, "time_explanation": "",
        "category": category, "priority": priority, "reasons": ["a red pickup near the school"], "agencies": ["north-pd"]
    }))
    .unwrap()
}

fn webhook(name: &str, url: &str) -> ReceiverConfig {
    ReceiverConfig {
        name: name.into(),
        kind: ReceiverKind::Webhook,
        url: url.into(),
        // Rotation: the gateway signs with both; the receiver only knows the new one.
        secrets: vec![OLD_SECRET.into(), NEW_SECRET.into()],
        ..ReceiverConfig::default()
    }
}

/// Fast retries and a breaker that opens quickly, so the test sees them within seconds.
fn config(receivers: Vec<ReceiverConfig>, routing: Value) -> AlertsConfig {
    let mut c = AlertsConfig { console_url: "http://console.test".into(), receivers, ..AlertsConfig::default() };
    c.routing = serde_json::from_value(routing).unwrap();
    c.delivery.poll_interval_ms = 20;
    c.delivery.backoff_base_ms = 50;
    c.delivery.backoff_max_ms = 200;
    c.delivery.max_attempts = 30;
    c.delivery.breaker_threshold = 3;
    c.delivery.breaker_cooldown_s = 1;
    c.delivery.timeout_s = 5;
    c.delivery.lease_s = 20;
    assert_eq!(c.validate(), Vec::<(String, String)>::new());
    c
}

async fn wait_for<F: std::future::Future<Output = bool>>(what: &str, secs: u64, mut check: impl FnMut() -> F) {
    let started = Instant::now();
    while !check().await {
        assert!(started.elapsed() < Duration::from_secs(secs), "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn count(db: &Db, state: &str, receiver: &str) -> usize {
    outbox::list(db, &ListFilter { state: state.into(), receiver: receiver.into(), limit: 1000 }).await.unwrap().len()
}

/// Two delivery workers, as two gateway nodes would run them.
fn start_workers(db: &Db, config: &AlertsConfig) -> (CancellationToken, Vec<tokio::task::JoinHandle<()>>) {
    let stop = CancellationToken::new();
    let handles =
        (0..2).map(|_| tokio::spawn(alerts::deliver_loop(db.clone(), config.clone(), stop.clone()))).collect();
    (stop, handles)
}

async fn stop_workers((stop, handles): (CancellationToken, Vec<tokio::task::JoinHandle<()>>)) {
    stop.cancel();
    for h in handles {
        tokio::time::timeout(Duration::from_secs(10), h).await.expect("workers stop promptly").unwrap();
    }
}

// ---- tests ----

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn webhooks_arrive_signed_once_each_despite_failures() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let hook = Hook::start(NEW_SECRET).await;
        // Five failures: more than the breaker threshold, so the breaker opens and closes on the way.
        hook.fail_first.store(5, Ordering::SeqCst);
        let c = config(
            vec![webhook("north-hook", &hook.url)],
            json!({"route": {"receivers": [], "routes": [{"agencies": ["north-pd"], "receivers": ["north-hook"]}]},
                   "inhibit": [{"radius_m": 300.0}]}),
        );
        let now = chrono::Utc::now();
        let tips: Vec<TipId> = (0..3).map(|_| TipId::random()).collect();
        // Three tips far apart (about 2 km), so none mutes another.
        for (i, tip) in tips.iter().enumerate() {
            let a = analysis("high", "suspicious_vehicle", 45.40 + 0.02 * i as f64, -75.70);
            let r = alerts::enqueue_for(&db, &c, *tip, &a, &[], None, now).await.unwrap();
            assert_eq!(r.receivers, vec!["north-hook"], "{}", tdb.name);
            assert_eq!(r.inhibited_by, None);
        }
        // Enqueueing again (a re-run stage) adds nothing.
        let again =
            alerts::enqueue_for(&db, &c, tips[0], &analysis("high", "suspicious_vehicle", 45.4, -75.7), &[], None, now).await;
        assert_eq!(again.unwrap().receivers, vec!["north-hook"]);
        assert_eq!(count(&db, "", "").await, 3, "{}", tdb.name);

        // A medium tip 100 m from a high one is muted: no delivery.
        let muted = TipId::random();
        let r =
            alerts::enqueue_for(&db, &c, muted, &analysis("medium", "theft", 45.4009, -75.70), &[], None, now).await.unwrap();
        assert_eq!(r.inhibited_by, Some(tips[0].to_string()), "{}", tdb.name);
        assert!(r.receivers.is_empty());

        let workers = start_workers(&db, &c);
        wait_for("three deliveries", 60, || async move { count(dbr, "delivered", "north-hook").await == 3 }).await;
        stop_workers(workers).await;

        let got = hook.received();
        assert!(got.iter().all(|r| r.signed), "{}: unsigned request {got:?}", tdb.name);
        assert_eq!(got.iter().filter(|r| r.status == 500).count(), 5, "{}", tdb.name);
        let accepted: Vec<&Received> = got.iter().filter(|r| r.status == 200).collect();
        let ids: BTreeSet<&str> = accepted.iter().map(|r| r.id.as_str()).collect();
        assert_eq!((accepted.len(), ids.len()), (3, 3), "{}: each alert accepted exactly once: {accepted:?}", tdb.name);
        // Every failed attempt was retried with the same id: no id outside the accepted set.
        assert!(got.iter().all(|r| ids.contains(r.id.as_str())), "{}", tdb.name);
        // The first failure asked for a second's pause; the retry of that message honoured it.
        let first = got.iter().find(|r| r.status == 500).unwrap();
        let retry = got.iter().find(|r| r.id == first.id && r.at > first.at).unwrap();
        assert!(retry.at - first.at >= Duration::from_millis(1000), "{}: {:?}", tdb.name, retry.at - first.at);
        let delivered_tips: BTreeSet<String> =
            accepted.iter().map(|r| r.body["data"]["tip_id"].as_str().unwrap().to_string()).collect();
        assert_eq!(delivered_tips, tips.iter().map(|t| t.to_string()).collect(), "{}", tdb.name);
        // Thin payload: coarse location, a link, nothing the receiver did not opt into.
        let data = &accepted[0].body["data"];
        assert_eq!(data["priority"], "high");
        assert!(data["link"].as_str().unwrap().starts_with("http://console.test/tips/"));
        assert!(data.get("reasons").is_none() && data.get("agencies").is_none(), "{data}");
        let lat = data["location"]["lat"].as_f64().unwrap();
        assert_eq!(lat, (lat * 100.0).round() / 100.0);
        // Retries were recorded; nothing is left over.
        let rows = outbox::list(&db, &ListFilter::default()).await.unwrap();
        assert_eq!(rows.iter().map(|r| r.attempts).sum::<i64>(), 8, "{}: {rows:?}", tdb.name);
        assert!(rows.iter().all(|r| r.state == "delivered" && r.last_error.is_none()));
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn gone_disables_the_endpoint_and_dead_letters_replay() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let gone = Hook::start(NEW_SECRET).await;
        gone.status.store(410, Ordering::SeqCst);
        let broken = Hook::start(NEW_SECRET).await;
        broken.status.store(400, Ordering::SeqCst);
        let c = config(
            vec![webhook("gone", &gone.url), webhook("broken", &broken.url)],
            json!({"route": {"receivers": ["gone", "broken"]}}),
        );
        let now = chrono::Utc::now();
        let tips: Vec<TipId> = (0..2).map(|_| TipId::random()).collect();
        for tip in &tips {
            alerts::enqueue_for(&db, &c, *tip, &analysis("low", "theft", 45.4, -75.7), &[], None, now).await.unwrap();
        }
        let workers = start_workers(&db, &c);
        wait_for("410 to disable and 400 to dead-letter", 30, || async move {
            count(dbr, "disabled-endpoint", "gone").await == 2 && count(dbr, "dead", "broken").await == 2
        })
        .await;
        // After the 410 nothing more goes to that endpoint. Each of the two workers may have had one request
        // in flight when the first 410 came back; no third one follows.
        let sent = gone.received().len();
        assert!((1..=2).contains(&sent), "{}: {:?}", tdb.name, gone.received());
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(gone.received().len(), sent, "{}: {:?}", tdb.name, gone.received());
        let dead = outbox::list(&db, &ListFilter { state: "dead".into(), ..ListFilter::default() }).await.unwrap();
        assert!(dead.iter().all(|d| d.last_error.as_deref() == Some("HTTP 400") && d.attempts == 1), "{dead:?}");

        // The endpoints are fixed; operators replay.
        gone.status.store(200, Ordering::SeqCst);
        broken.status.store(200, Ordering::SeqCst);
        let n = outbox::replay(&db, &Replay::Receiver("gone".into()), gateway::db::millis(chrono::Utc::now()))
            .await
            .unwrap();
        assert_eq!(n, 2, "{}", tdb.name);
        let n = outbox::replay(&db, &Replay::One(dead[0].id.clone()), gateway::db::millis(chrono::Utc::now()))
            .await
            .unwrap();
        assert_eq!(n, 1);
        wait_for("replayed deliveries", 30, || async move {
            count(dbr, "delivered", "gone").await == 2 && count(dbr, "delivered", "broken").await == 1
        })
        .await;
        assert_eq!(outbox::replay(&db, &Replay::All, gateway::db::millis(chrono::Utc::now())).await.unwrap(), 1);
        wait_for("the last dead letter", 30, || async move { count(dbr, "delivered", "broken").await == 2 }).await;
        stop_workers(workers).await;
        // Replays keep the message id, so the receiver can tell a replay from a new alert.
        let first_id = &gone.received()[0].id;
        assert!(gone.received()[1..].iter().any(|r| &r.id == first_id && r.status == 200), "{:?}", gone.received());
        tdb.cleanup().await;
    }
}

/// aiosmtpd writing every message it receives into a Maildir.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    async fn start() -> SmtpServer {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let maildir = tempfile::tempdir().unwrap();
        // Debian's python3-aiosmtpd lives with the system interpreter, which may not be first on PATH.
        let python = std::env::var("TIPLINE_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
        let child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {python} -m aiosmtpd ({e}); install python3-aiosmtpd (scripts/setup)")
            });
        let started = Instant::now();
        while tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err() {
            assert!(started.elapsed() < Duration::from_secs(15), "aiosmtpd did not start listening");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        SmtpServer { child, port, maildir }
    }

    fn messages(&self) -> Vec<String> {
        let dir = self.maildir.path().join("mail/new");
        let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
        entries.map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn email_reaches_a_real_smtp_server() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let smtp = SmtpServer::start().await;
        let mut c = config(
            vec![ReceiverConfig {
                name: "north-mail".into(),
                kind: ReceiverKind::Email,
                to: vec!["desk@north.example".into()],
                include: vec!["reasons".into()],
                ..ReceiverConfig::default()
            }],
            json!({"route": {"receivers": [], "routes": [{"min_priority": "high", "receivers": ["north-mail"]}]}}),
        );
        c.smtp.host = "127.0.0.1".into();
        c.smtp.port = smtp.port;
        c.smtp.security = "none".into();
        c.smtp.from = "tipline <alerts@tipline.test>".into();
        assert_eq!(c.validate(), Vec::<(String, String)>::new());

        let tip = TipId::random();
        let r = alerts::enqueue_for(
            &db,
            &c,
            tip,
            &analysis("critical", "weapon", 45.4234, -75.6979),
            &[],
            None,
            chrono::Utc::now(),
        )
        .await;
        assert_eq!(r.unwrap().receivers, vec!["north-mail"]);
        // A low-priority tip matches no route: nobody is emailed about it.
        let r = alerts::enqueue_for(
            &db,
            &c,
            TipId::random(),
            &analysis("low", "theft", 47.0, -70.0),
            &[],
            None,
            chrono::Utc::now(),
        )
        .await;
        assert!(r.unwrap().receivers.is_empty());

        let workers = start_workers(&db, &c);
        wait_for("the email to be delivered", 30, || async move { count(dbr, "delivered", "north-mail").await == 1 })
            .await;
        stop_workers(workers).await;

        let messages = smtp.messages();
        assert_eq!(messages.len(), 1, "{}", tdb.name);
        let m = &messages[0];
        let message_id = &outbox::list(&db, &ListFilter::default()).await.unwrap()[0].message_id;
        assert!(m.contains("Subject: [tipline] CRITICAL priority: weapon"), "{m}");
        assert!(m.contains("To: desk@north.example") && m.contains("From: tipline <alerts@tipline.test>"), "{m}");
        assert!(m.contains(&format!("Message-ID: <{message_id}@tipline.test>")), "{m}");
        assert!(m.contains("multipart/alternative") && m.contains("text/plain") && m.contains("text/html"), "{m}");
        assert!(m.contains(&format!("Tip: {tip}")) && m.contains(&format!("http://console.test/tips/{tip}")), "{m}");
        assert!(m.contains("Area: 45.42, -75.70") && m.contains("a red pickup near the school"), "{m}");
        // Coarse only: the precise coordinates never leave.
        assert!(!m.contains("45.4234") && !m.contains("Elm and 3rd"), "{m}");
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn breaker_and_lease_takeover_at_the_table_level() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let c = config(vec![webhook("h", "http://127.0.0.1:9/never")], json!({"route": {"receivers": ["h"]}}));
        let now = chrono::Utc::now();
        alerts::enqueue_for(&db, &c, TipId::random(), &analysis("low", "theft", 45.4, -75.7), &[], None, now).await.unwrap();
        let t = gateway::db::millis(now) + 10;

        // A worker claims and "crashes" (never reports). Its lease fences the row until it expires.
        let lost = outbox::claim(&db, "node-a", t, 100).await.unwrap().expect("due");
        assert!(outbox::claim(&db, "node-b", t + 50, 100).await.unwrap().is_none(), "{}", tdb.name);
        let taken = outbox::claim(&db, "node-b", t + 101, 100).await.unwrap().expect("lease expired");
        assert_eq!(
            (taken.attempts, &taken.message_id),
            (2, &lost.message_id),
            "{}: same id on every attempt",
            tdb.name
        );
        // The crashed worker's late report changes nothing.
        assert!(!outbox::delivered(&db, &lost, "node-a", t + 102).await.unwrap());

        // Two failures in a row open the breaker (threshold 2) for a second; the row waits although due.
        assert!(outbox::failed(&db, &taken, "node-b", "HTTP 503", Some(t + 110), (2, 1000), t + 110).await.unwrap());
        let again = outbox::claim(&db, "node-b", t + 120, 100).await.unwrap().expect("breaker still closed");
        assert!(outbox::failed(&db, &again, "node-b", "HTTP 503", Some(t + 130), (2, 1000), t + 130).await.unwrap());
        assert!(outbox::claim(&db, "node-b", t + 600, 100).await.unwrap().is_none(), "{}: breaker open", tdb.name);
        let probe = outbox::claim(&db, "node-b", t + 1131, 100).await.unwrap().expect("half-open after the cooldown");
        assert!(outbox::delivered(&db, &probe, "node-b", t + 1140).await.unwrap());
        let mut conn = db.pool.acquire().await.unwrap();
        assert_eq!(
            outbox::health(&mut conn, "h").await.unwrap(),
            Some((0, 0, false)),
            "{}: success closes it",
            tdb.name
        );
        drop(conn);
        let rows = outbox::list(&db, &ListFilter::default()).await.unwrap();
        assert_eq!((rows[0].state.as_str(), rows[0].attempts), ("delivered", 4));
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_public_tip_travels_the_whole_pipeline_to_a_signed_webhook() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        let mut app_config = tdb.config();
        // As in Alertmanager the root route catches everything; the agency gets only what its child route matches.
        app_config.alerts = config(vec![webhook("agency", &hook.url)], json!({ "route": { "routes": [{ "receivers": ["agency"], "min_priority": "high" }] } }));
        let app = tipline_tests::TestApp::start(app_config).await;
        let token = app.token(gateway::auth::Role::Dispatcher).await;
        let urgent = app.submit("A man is waving a gun outside the library on Elm Street right now").await["id"].as_str().unwrap().to_owned();
        let minor = app.submit("Someone left a shopping trolley in Riverside Park").await["id"].as_str().unwrap().to_owned();
        for id in [&urgent, &minor] {
            let tip = app.wait_final(&token, id).await;
            assert_eq!(tip["status"], "complete", "{}: {tip}", tdb.name);
            assert_eq!(tip["stages"][3]["name"], "route");
        }
        wait_for("the webhook", 20, || {
            let h = hook.clone();
            async move { h.received().iter().any(|r| r.status == 200) }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let got = hook.received();
        assert_eq!(got.len(), 1, "{}: only the high-priority tip is routed: {got:?}", tdb.name);
        assert!(got[0].signed);
        assert_eq!(got[0].body["data"]["tip_id"], urgent.as_str());
        assert!(got[0].body["data"].get("text").is_none(), "thin payload: no tip text");
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tips_about_one_event_form_one_incident_that_late_camera_events_update() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        let mut app_config = tdb.config();
        let mut receiver = webhook("agency", &hook.url);
        receiver.include = vec!["matches".into()];
        // One notification per incident per second: later tips and new matches arrive as grouped updates.
        app_config.alerts = config(
            vec![receiver],
            json!({ "route": { "routes": [{ "receivers": ["agency"], "group_interval_s": 1 }] } }),
        );
        let app = tipline_tests::TestApp::start(app_config).await;
        let dispatcher = app.token(gateway::auth::Role::Dispatcher).await;
        let ingest = app.token(gateway::auth::Role::Ingest).await;

        let first = app.submit("A man is waving a gun outside the library on Elm Street right now").await;
        let first = first["id"].as_str().unwrap().to_owned();
        app.wait_final(&dispatcher, &first).await;
        let second = app.submit("Someone with a pistol in front of the library on Elm Street").await;
        let second = second["id"].as_str().unwrap().to_owned();
        let elsewhere = app.submit("Someone left a shopping trolley in Riverside Park").await;
        let elsewhere = elsewhere["id"].as_str().unwrap().to_owned();
        for id in [&second, &elsewhere] {
            assert_eq!(app.wait_final(&dispatcher, id).await["status"], "complete", "{}", tdb.name);
        }
        let incident_of = |tip: Value| tip["stages"][3]["output"]["incident"].clone();
        let (a, b) = (incident_of(app.get_tip(&dispatcher, &first).await), incident_of(app.get_tip(&dispatcher, &second).await));
        let c = incident_of(app.get_tip(&dispatcher, &elsewhere).await);
        assert_eq!(a["id"], b["id"], "{}: the two armed-man tips are one incident: {a} {b}", tdb.name);
        assert_ne!(a["id"], c["id"], "{}: the trolley is not", tdb.name);
        assert_eq!((a["opened"].as_bool(), b["opened"].as_bool(), b["tips"].as_i64()), (Some(true), Some(false), Some(2)));
        assert!(b["reasons"][0].as_str().unwrap().contains(" m and "), "{b}");
        let incident = a["id"].as_str().unwrap().to_owned();
        wait_for("the grouped update", 20, || {
            let h = hook.clone();
            async move { h.received().iter().filter(|r| r.status == 200).any(|r| r.body["data"]["incident"]["tips"] == 2) }
        })
        .await;

        // A camera by the library reports a person there a minute ago, after both tips were correlated.
        let gazetteer = correlate::Gazetteer::from_geojson(&std::fs::read_to_string(tipline_tests::demo_town()).unwrap()).unwrap();
        let library = correlate::places_in("the library on Elm Street", &gazetteer)[0].location.unwrap();
        let seen = chrono::Utc::now() - chrono::Duration::minutes(1);
        let event = json!({ "events": [{
            "id": "late-1", "camera_id": "elm-library", "camera_location": { "lat": library.lat + 0.0003, "lon": library.lon },
            "label": "person", "score": 0.9, "box": [10.0, 10.0, 40.0, 90.0], "start": seen, "end": seen + chrono::Duration::seconds(20),
        }]});
        let r = app.client.post(format!("{}/api/v1/detections", app.base)).bearer_auth(&ingest).json(&event).send().await.unwrap();
        assert_eq!(r.status(), 202);
        wait_for("an alert naming the late camera event", 20, || {
            let h = hook.clone();
            async move {
                h.received().iter().filter(|r| r.status == 200).any(|r| {
                    r.body["data"]["camera_matches"].as_u64() >= Some(1)
                        && r.body["data"]["matches"][0].as_str().is_some_and(|m| m.contains("person at camera elm-library"))
                })
            }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let got: Vec<Received> = hook.received().into_iter().filter(|r| r.status == 200).collect();
        let ids: BTreeSet<&str> = got.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), got.len(), "{}: no message twice: {got:?}", tdb.name);
        let about: BTreeSet<&str> = got.iter().filter_map(|r| r.body["data"]["incident"]["id"].as_str()).collect();
        assert!(about.contains(incident.as_str()) && got.len() <= 5, "{}: {got:?}", tdb.name);

        // The dispatcher queue: the armed-man incident first (higher priority), with both tips and the match.
        let (status, queue) = app.get_json(&dispatcher, "/api/v1/incidents").await;
        assert_eq!(status, 200);
        assert_eq!(queue["items"].as_array().unwrap().len(), 2, "{queue}");
        assert_eq!((queue["items"][0]["id"].as_str(), queue["items"][0]["tip_count"].as_i64()), (Some(incident.as_str()), Some(2)));
        let (status, detail) = app.get_json(&dispatcher, &format!("/api/v1/incidents/{incident}")).await;
        assert_eq!(status, 200);
        let tips = detail["tips"].as_array().unwrap();
        assert_eq!(tips.len(), 2);
        assert!(tips.iter().all(|t| t["matches"][0]["explanation"].as_str().is_some_and(|e| e.contains("elm-library"))), "{detail}");
        let ack = app.client.post(format!("{}/api/v1/incidents/{incident}/ack", app.base)).bearer_auth(&dispatcher).send().await.unwrap();
        assert_eq!(ack.status(), 200);
        let (_, queue) = app.get_json(&dispatcher, "/api/v1/incidents").await;
        assert_eq!(queue["items"].as_array().unwrap().len(), 1, "acknowledged incidents leave the default view");
        let (_, all) = app.get_json(&dispatcher, "/api/v1/incidents?all=true").await;
        assert!(all["items"][1]["acknowledged_by"].as_str().is_some_and(|a| a.starts_with("dispatcher:")), "{all}");
        let audited: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = 'incident.read'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(audited, 1);
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_of_the_gateway_during_delivery_loses_no_alert() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        // Slow enough that the kill lands while sends are in flight.
        hook.delay_ms.store(400, Ordering::SeqCst);
        let file = tdb.data_dir.path().join("alerts.toml");
        std::fs::write(
            &file,
            format!(
                r#"
[alerts]
console_url = "http://console.test"
[[alerts.receivers]]
name = "agency"
url = "{}"
secrets = ["{NEW_SECRET}"]
[alerts.smtp]
timeout_s = 1
[alerts.delivery]
poll_interval_ms = 20
lease_s = 3
timeout_s = 2
backoff_base_ms = 50
backoff_max_ms = 200
[alerts.routing.route]
receivers = ["agency"]
group_interval_s = 0
"#,
                hook.url
            ),
        )
        .unwrap();
        let args = ["--config", file.to_str().unwrap()];
        let mut server = tipline_tests::Server::start_with(&args, &tdb.env());
        let client = reqwest::Client::new();
        let places = ["the train station", "Riverside Park", "Lincoln Elementary School", "St. Mary's Hospital"];
        for place in places {
            let text = format!("A man is waving a gun at {place} right now");
            let r = client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": text })).send().await.unwrap();
            assert_eq!(r.status(), 201);
        }
        wait_for("a delivery in flight", 30, || {
            let h = hook.clone();
            async move { !h.received().is_empty() }
        })
        .await;
        server.kill9();
        let db = tdb.connect().await;
        let total = count(&db, "", "").await;
        assert!(total >= 1, "{}", tdb.name);
        let _server = tipline_tests::Server::start_with(&args, &tdb.env());
        let dbr = &db;
        wait_for("every tip routed and every delivery settled", 60, || async move {
            let rows = outbox::list(dbr, &ListFilter { limit: 1000, ..ListFilter::default() }).await.unwrap();
            let tips = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tips WHERE status = 'complete'").fetch_one(&dbr.pool).await.unwrap();
            tips == 4 && rows.len() == 4 && rows.iter().all(|d| d.state == "delivered" || d.state == "merged")
        })
        .await;
        let rows = outbox::list(&db, &ListFilter { limit: 1000, ..ListFilter::default() }).await.unwrap();
        let accepted: BTreeSet<String> =
            hook.received().iter().filter(|r| r.status == 200 && r.signed).map(|r| r.id.clone()).collect();
        for d in &rows {
            let carrier = match &d.merged_into {
                Some(into) => rows.iter().find(|r| &r.id == into).expect("merged into a listed delivery"),
                None => d,
            };
            assert!(accepted.contains(&carrier.message_id), "{}: {d:?} never reached the receiver", tdb.name);
        }
        tdb.cleanup().await;
    }
}
