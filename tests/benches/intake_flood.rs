//! Public intake under a flood, with the shipped rate limits (per source: `intake.burst`, then
//! `intake.rate_per_minute`). Legitimate tipsters on their own addresses keep sending a few tips while
//! (a) one source floods and (b) 200 sources flood at once. Each source is a distinct loopback address
//! (127.x.y.z), so the server sees real, different peers. Prints how many legitimate tips were accepted
//! under each flood relative to the same load without one (the acceptance ratio; 1.000 is the goal),
//! and what share of the flood was throttled.
//!
//! Run: `cargo bench -p tipline-tests --bench intake_flood`

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use tipline_tests::{TestApp, TestDb};
use tokio::sync::Mutex;

const RUN: Duration = Duration::from_secs(8);
const LEGIT_SOURCES: u8 = 50;
const LEGIT_TIPS_EACH: u32 = 3;

#[derive(Default)]
struct Tally {
    sent: u64,
    accepted: u64,
    throttled: u64,
    other: u64,
    latencies_ms: Vec<f64>,
}

fn client_from(ip: Ipv4Addr) -> reqwest::Client {
    reqwest::Client::builder().local_address(IpAddr::V4(ip)).pool_max_idle_per_host(4).build().unwrap()
}

async fn send(client: &reqwest::Client, base: &str, tally: &Mutex<Tally>, text: &str) {
    let started = Instant::now();
    let r = client.post(format!("{base}/api/v1/tips")).json(&json!({ "text": text })).send().await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut t = tally.lock().await;
    t.sent += 1;
    t.latencies_ms.push(ms);
    match r.map(|r| r.status().as_u16()) {
        Ok(201) => t.accepted += 1,
        Ok(429) => t.throttled += 1,
        _ => t.other += 1,
    }
}

/// Legitimate tipsters: a few tips each, spread over the run, well within the per-source limits.
fn legit_load(base: String, tally: Arc<Mutex<Tally>>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tasks = Vec::new();
        for s in 0..LEGIT_SOURCES {
            let (base, tally) = (base.clone(), tally.clone());
            tasks.push(tokio::spawn(async move {
                let client = client_from(Ipv4Addr::new(127, 10, 0, s + 1));
                let spacing = RUN / (LEGIT_TIPS_EACH + 1);
                tokio::time::sleep(spacing.mul_f64(s as f64 / LEGIT_SOURCES as f64)).await;
                for i in 0..LEGIT_TIPS_EACH {
                    send(&client, &base, &tally, &format!("legitimate tip {i} from source {s}")).await;
                    tokio::time::sleep(spacing).await;
                }
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
    })
}

/// `sources` flooders, each with `concurrency` connections sending back to back until the run ends.
fn flood(base: String, tally: Arc<Mutex<Tally>>, sources: u16, concurrency: u16) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let end = Instant::now() + RUN;
        let mut tasks = Vec::new();
        for s in 0..sources {
            let client = client_from(Ipv4Addr::new(127, 20, (s >> 8) as u8, (s & 0xff) as u8 + 1));
            for _ in 0..concurrency {
                let (base, tally, client) = (base.clone(), tally.clone(), client.clone());
                tasks.push(tokio::spawn(async move {
                    while Instant::now() < end {
                        send(&client, &base, &tally, "spam spam spam").await;
                    }
                }));
            }
        }
        for t in tasks {
            t.await.unwrap();
        }
    })
}

fn percentile(v: &mut [f64], p: f64) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[((v.len() - 1) as f64 * p).round() as usize]
}

async fn scenario(name: &str, flooders: u16, concurrency: u16) -> (Tally, Tally) {
    let db = TestDb::sqlite().await;
    let mut config = db.config();
    config.intake = gateway::config::IntakeConfig::default(); // the shipped limits, not the tests' generous ones
    config.log.level = "warn".into();
    let app = TestApp::start(config).await;
    let legit = Arc::new(Mutex::new(Tally::default()));
    let flood_tally = Arc::new(Mutex::new(Tally::default()));
    let started = Instant::now();
    let l = legit_load(app.base.clone(), legit.clone());
    let f = flood(app.base.clone(), flood_tally.clone(), flooders, concurrency);
    l.await.unwrap();
    f.await.unwrap();
    let elapsed = started.elapsed().as_secs_f64();
    app.stop().await;
    let mut legit = Arc::try_unwrap(legit).ok().unwrap().into_inner();
    let mut flood = Arc::try_unwrap(flood_tally).ok().unwrap().into_inner();
    println!(
        "{name:<24} flood: {:>7} sent {:>6} accepted {:>6.1}% throttled {:>7.0} req/s | legit: {:>3}/{:<3} accepted, p50 {:>6.1} ms, p99 {:>6.1} ms, errors {}",
        flood.sent,
        flood.accepted,
        if flood.sent > 0 { 100.0 * flood.throttled as f64 / flood.sent as f64 } else { 0.0 },
        flood.sent as f64 / elapsed,
        legit.accepted,
        legit.sent,
        percentile(&mut legit.latencies_ms, 0.5),
        percentile(&mut legit.latencies_ms, 0.99),
        legit.other + flood.other,
    );
    flood.latencies_ms.clear();
    (legit, flood)
}

#[tokio::main]
async fn main() {
    println!("public intake under flood: {LEGIT_SOURCES} legitimate sources x {LEGIT_TIPS_EACH} tips over {RUN:?}, shipped rate limits");
    let (base, _) = scenario("no flood (baseline)", 0, 0).await;
    let (one, _) = scenario("1 source x 32 conns", 1, 32).await;
    let (many, _) = scenario("200 sources x 1 conn", 200, 1).await;
    let ratio = |t: &Tally| t.accepted as f64 / base.accepted.max(1) as f64;
    println!(
        "acceptance ratio of legitimate tips vs baseline: one-source flood {:.3}, many-source flood {:.3}",
        ratio(&one),
        ratio(&many)
    );
}
