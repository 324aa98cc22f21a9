//! The detection index against PostgreSQL + PostGIS on the same synthetic city, in one run.
//!
//! `cargo bench -p correlate --bench detection_index [-- EVENTS]` (default 10,000,000; or
//! `TIPLINE_BENCH_EVENTS`). PostgreSQL comes from `TIPLINE_BENCH_PG` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`); the bench creates and drops its own database there.
//!
//! The city: 20 km x 20 km, 3,000 cameras, a month of events with a daily rhythm, realistic labels,
//! colours and durations (most a few seconds, a few lasting hours). Events reach the index in arrival
//! order: a tracker reports an object when it leaves the view, so long events arrive after shorter
//! ones that started later (out of order), and objects in view for more than a minute are first
//! reported at their start and then updated with their end (upserts).
//!
//! PostGIS gets its best shot: an unlogged table (no WAL, as the in-memory index has none), COPY, one
//! composite GiST index on (geography point, tstzrange), ANALYZE, a prepared statement, a warm-up
//! pass, and `ST_DWithin(..., use_spheroid => false)`: a sphere, as [`GeoPoint::distance_m`] uses,
//! so the two sides agree on which cameras are in range (PostGIS's sphere radius differs from ours by
//! 3 cm in 6,371 km: a few micrometres at these radii; any such boundary case is counted, not hidden).
//!
//! Printed: ingest rates, p50/p99 query latency of both, their ratio (goal: ours at most a tenth of
//! PostGIS's p99), and whether every result set is identical, also to a plain scan of all events.

use std::str::FromStr;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use correlate::{BoundingBox, Detection, DetectionIndex, DetectionQuery, GeoPoint};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{Connection, Executor, Row};
use uuid::Uuid;

const DEFAULT_EVENTS: usize = 10_000_000;
const DEFAULT_PG: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const BENCH_DB: &str = "tipline_bench_detection_index";
const CAMERAS: usize = 3_000;
const QUERIES: usize = 1_000;
const CITY_CENTRE: (f64, f64) = (45.5, -73.6);
const CITY_HALF_SIDE_M: f64 = 10_000.0;
const MONTH_MS: i64 = 30 * 24 * 3_600_000;
/// Events handed to the index per timed batch: making the `Detection` values is not timed.
const BATCH: usize = 100_000;

const LABELS: &[(&str, f64)] =
    &[("person", 0.45), ("car", 0.33), ("truck", 0.08), ("bicycle", 0.05), ("motorcycle", 0.04), ("bus", 0.03), ("dog", 0.02)];
const COLOURS: &[&str] = &["white", "black", "grey", "silver", "red", "blue", "green", "yellow", "brown", "orange"];

/// splitmix64: deterministic, so every run (and both sides) see the same city.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One synthetic event, compact (32 bytes) so ten million fit beside the index; the box and score
/// derive from the id.
#[derive(Clone, Copy)]
struct Event {
    id: u128,
    start_ms: i64,
    dur_ms: u32,
    camera: u16,
    label: u8,
    /// 0 for none, else 1 + index into COLOURS.
    colour: u8,
}

struct City {
    cameras: Vec<(String, GeoPoint)>,
    events: Vec<Event>,
    epoch: DateTime<Utc>,
}

fn city_point(rng: &mut Rng) -> GeoPoint {
    let dlat = CITY_HALF_SIDE_M / 111_195.0;
    let dlon = dlat / CITY_CENTRE.0.to_radians().cos();
    GeoPoint::new(CITY_CENTRE.0 + rng.range(-dlat, dlat), CITY_CENTRE.1 + rng.range(-dlon, dlon)).expect("inside the city")
}

fn generate(n: usize) -> City {
    let mut rng = Rng(0x0074_6970_6c69_6e65);
    let cameras = (0..CAMERAS).map(|i| (format!("cam-{i:04}"), city_point(&mut rng))).collect();
    let mut events = Vec::with_capacity(n);
    for _ in 0..n {
        // Busy cameras (a main street) and quiet ones (a side alley).
        let camera = (CAMERAS as f64 * rng.unit().powf(1.5)) as u16;
        // More happens by day: accept a start with a probability that follows the hour.
        let start_ms = loop {
            let t = rng.below(MONTH_MS as usize) as i64;
            let hour = (t / 3_600_000 % 24) as f64;
            if rng.unit() < 0.25 + 0.75 * (((hour - 4.0) / 24.0 * std::f64::consts::PI).sin()).powi(2) {
                break t;
            }
        };
        let p = rng.unit();
        let dur_s = if p < 0.85 {
            rng.range(3.0, 90.0)
        } else if p < 0.97 {
            rng.range(90.0, 900.0)
        } else if p < 0.999 {
            rng.range(900.0, 7_200.0)
        } else {
            rng.range(7_200.0, 43_200.0)
        };
        let label = pick_label(rng.unit());
        let has_colour = if label == 0 { rng.unit() < 0.5 } else { rng.unit() < 0.8 };
        let colour = if has_colour { 1 + rng.below(COLOURS.len()) as u8 } else { 0 };
        let id = (u128::from(rng.next()) << 64) | u128::from(rng.next());
        events.push(Event { id, start_ms, dur_ms: (dur_s * 1000.0) as u32, camera, label, colour });
    }
    City { cameras, events, epoch: Utc.with_ymd_and_hms(2026, 10, 1, 0, 0, 0).unwrap() }
}

/// The label whose share of the cumulative distribution holds `u` (in 0..1).
fn pick_label(u: f64) -> u8 {
    let mut cumulative = 0.0;
    for (i, (_, share)) in LABELS.iter().enumerate() {
        cumulative += share;
        if u < cumulative {
            return i as u8;
        }
    }
    0
}

impl City {
    fn time(&self, ms: i64) -> DateTime<Utc> {
        self.epoch + chrono::Duration::milliseconds(ms)
    }

    fn detection(&self, e: &Event, end_ms: i64) -> Detection {
        let (camera_id, location) = &self.cameras[e.camera as usize];
        let bits = (e.id >> 64) as u64;
        let side = |shift: u32| ((bits >> shift) & 0x3ff) as f32;
        Detection {
            id: Uuid::from_u128(e.id),
            camera_id: camera_id.clone(),
            camera_location: *location,
            label: LABELS[e.label as usize].0.to_string(),
            score: 0.3 + (bits & 0xff) as f32 / 400.0,
            bbox: BoundingBox { x: side(8), y: side(18), w: 20.0 + side(28) / 4.0, h: 20.0 + side(38) / 4.0 },
            colour: e.colour.checked_sub(1).map(|c| COLOURS[c as usize].to_string()),
            start: self.time(e.start_ms),
            end: self.time(end_ms),
            severity: None,
        }
    }

    /// (arrival time, event index, is the early report): objects in view for more than a minute are
    /// reported at their start and again, with their end, when they leave.
    fn arrivals(&self) -> Vec<(i64, u32, bool)> {
        let mut rng = Rng(42);
        let mut out = Vec::with_capacity(self.events.len() * 11 / 10);
        for (i, e) in self.events.iter().enumerate() {
            let end = e.start_ms + i64::from(e.dur_ms);
            out.push((end + rng.below(3_000) as i64, i as u32, false));
            if e.dur_ms > 60_000 {
                out.push((e.start_ms + 1_000, i as u32, true));
            }
        }
        out.sort_unstable_by_key(|a| a.0);
        out
    }

    fn queries(&self, n: usize) -> Vec<DetectionQuery> {
        let mut rng = Rng(7);
        let filters: &[&[&str]] = &[&[], &[], &[], &[], &["car", "truck"], &["car", "truck"], &["car", "truck"], &["person"], &["person"], &["truck", "bus"]];
        (0..n)
            .map(|_| {
                let from_ms = rng.below(MONTH_MS as usize) as i64;
                let len_ms = rng.range(10.0, 60.0) as i64 * 60_000;
                DetectionQuery {
                    centre: city_point(&mut rng),
                    radius_m: rng.range(100.0, 500.0).round(),
                    from: self.time(from_ms),
                    to: self.time(from_ms + len_ms),
                    labels: filters[rng.below(filters.len())].iter().map(|l| l.to_string()).collect(),
                }
            })
            .collect()
    }

    /// The answer by definition: every event checked, distance measured per camera.
    fn scan(&self, q: &DetectionQuery) -> Vec<Uuid> {
        let in_range: Vec<bool> = self.cameras.iter().map(|(_, p)| q.centre.distance_m(p) <= q.radius_m).collect();
        let from = (q.from - self.epoch).num_milliseconds();
        let to = (q.to - self.epoch).num_milliseconds();
        let mut ids: Vec<Uuid> = self
            .events
            .iter()
            .filter(|e| in_range[e.camera as usize] && e.start_ms <= to && e.start_ms + i64::from(e.dur_ms) >= from)
            .filter(|e| q.labels.is_empty() || q.labels.iter().any(|l| l == LABELS[e.label as usize].0))
            .map(|e| Uuid::from_u128(e.id))
            .collect();
        ids.sort_unstable();
        ids
    }
}

struct Latency(Vec<Duration>);

impl Latency {
    fn quantile(&self, q: f64) -> Duration {
        let mut v = self.0.clone();
        v.sort_unstable();
        v[((v.len() - 1) as f64 * q).round() as usize]
    }
    fn summary(&self) -> String {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        format!("p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms", ms(self.quantile(0.5)), ms(self.quantile(0.99)), ms(self.quantile(1.0)))
    }
}

/// Millisecond precision is all the synthetic times have, so PostgreSQL's microseconds hold them exactly.
fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn per_second(n: usize, d: Duration, what: &str) -> String {
    format!("{:.0} {what}/s", n as f64 / d.as_secs_f64())
}

/// Streams every report into a fresh index in arrival order; times only the index's work.
fn ingest_streaming(city: &City) -> (DetectionIndex, Duration, usize) {
    let arrivals = city.arrivals();
    let mut index = DetectionIndex::new();
    let mut spent = Duration::ZERO;
    for batch in arrivals.chunks(BATCH) {
        let detections: Vec<Detection> = batch
            .iter()
            .map(|&(_, i, early)| {
                let e = &city.events[i as usize];
                city.detection(e, if early { e.start_ms + 1_000 } else { e.start_ms + i64::from(e.dur_ms) })
            })
            .collect();
        let t = Instant::now();
        for d in detections {
            index.insert(d).expect("valid synthetic event");
        }
        spent += t.elapsed();
    }
    (index, spent, arrivals.len())
}

fn main() {
    let n = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .or_else(|| std::env::var("TIPLINE_BENCH_EVENTS").ok())
        .map(|s| s.replace('_', "").parse::<usize>().expect("the event count is a whole number"))
        .unwrap_or(DEFAULT_EVENTS);
    let pg_url = std::env::var("TIPLINE_BENCH_PG").unwrap_or_else(|_| DEFAULT_PG.into());

    let t = Instant::now();
    let city = generate(n);
    let queries = city.queries(QUERIES);
    println!("city: {n} events, {CAMERAS} cameras, 20 km x 20 km, 30 days (generated in {:.1} s)", t.elapsed().as_secs_f64());

    let (index, streamed, reports) = ingest_streaming(&city);
    assert_eq!(index.len(), n, "every event indexed once, updates merged");
    println!("index ingest, streamed: {reports} reports ({} updates, out of order) in {:.2} s = {}", reports - n, streamed.as_secs_f64(), per_second(reports, streamed, "reports"));
    println!("index memory: {:.0} MB, {:.1} bytes/event", index.memory_bytes() as f64 / 1e6, index.memory_bytes() as f64 / n as f64);
    let t = Instant::now();
    let mut rebuilt = DetectionIndex::new();
    rebuilt.extend(city.events.iter().map(|e| city.detection(e, e.start_ms + i64::from(e.dur_ms)))).expect("valid synthetic events");
    let bulk = t.elapsed();
    assert_eq!(rebuilt.len(), n);
    println!("index rebuild (bulk extend, making the Detection values included): {:.2} s = {}", bulk.as_secs_f64(), per_second(n, bulk, "events"));
    let rebuilt_agrees = queries.iter().take(100).all(|q| rebuilt.query_ids(q) == index.query_ids(q));
    drop(rebuilt);

    for q in &queries {
        std::hint::black_box(index.query_ids(q)); // warm-up, as PostGIS gets
    }
    let mut ours = Vec::with_capacity(queries.len());
    let mut answers = Vec::with_capacity(queries.len());
    for q in &queries {
        let t = Instant::now();
        let ids = index.query_ids(q);
        ours.push(t.elapsed());
        answers.push(ids);
    }
    let ours = Latency(ours);
    let mean_hits = answers.iter().map(Vec::len).sum::<usize>() as f64 / answers.len() as f64;
    println!("index queries: {} ({QUERIES} queries, {mean_hits:.1} events each on average)", ours.summary());
    let scan_mismatches = queries.iter().zip(&answers).filter(|(q, ids)| city.scan(q) != **ids).count();
    println!("index vs a scan of all events: {} of {QUERIES} result sets differ; bulk-built index agrees: {rebuilt_agrees}", scan_mismatches);

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime");
    match runtime.block_on(postgis(&pg_url, &city, &queries, &answers)) {
        Ok(theirs) => {
            let ratio = theirs.quantile(0.99).as_secs_f64() / ours.quantile(0.99).as_secs_f64();
            println!("p99 ratio PostGIS / index: {ratio:.1}x (goal >= 10x): {}", if ratio >= 10.0 { "met" } else { "NOT met" });
        }
        Err(e) => {
            eprintln!("PostGIS side skipped: {e}");
            std::process::exit(2);
        }
    }
}

/// Loads the same events into PostGIS, runs the same queries, compares every result set; returns the
/// query latencies.
async fn postgis(url: &str, city: &City, queries: &[DetectionQuery], answers: &[Vec<Uuid>]) -> Result<Latency, String> {
    let options = PgConnectOptions::from_str(url).map_err(|e| format!("bad TIPLINE_BENCH_PG {url}: {e}"))?;
    let mut admin = PgConnection::connect_with(&options).await.map_err(|e| format!("cannot connect to PostgreSQL (TIPLINE_BENCH_PG): {e}"))?;
    let available: Option<String> = sqlx::query_scalar("SELECT default_version FROM pg_available_extensions WHERE name = 'postgis'")
        .fetch_optional(&mut admin)
        .await
        .map_err(|e| e.to_string())?;
    let Some(version) = available else {
        return Err("PostGIS is not installed on the PostgreSQL server: install postgresql-<major>-postgis-3 (scripts/setup does)".into());
    };
    let sql = |e: sqlx::Error| e.to_string();
    admin.execute(format!("DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)").as_str()).await.map_err(sql)?;
    admin.execute(format!("CREATE DATABASE {BENCH_DB}").as_str()).await.map_err(sql)?;
    let result = load_and_query(&options.clone().database(BENCH_DB), city, queries, answers, &version).await;
    admin.execute(format!("DROP DATABASE IF EXISTS {BENCH_DB} WITH (FORCE)").as_str()).await.map_err(sql)?;
    result
}

async fn load_and_query(options: &PgConnectOptions, city: &City, queries: &[DetectionQuery], answers: &[Vec<Uuid>], version: &str) -> Result<Latency, String> {
    let sql = |e: sqlx::Error| e.to_string();
    let mut db = PgConnection::connect_with(options).await.map_err(sql)?;
    db.execute(
        "CREATE EXTENSION postgis; SET maintenance_work_mem = '1GB'; SET jit = off; \
         CREATE UNLOGGED TABLE detections (id uuid NOT NULL, camera_id text NOT NULL, label text NOT NULL, colour text, \
         score real NOT NULL, geog geography(Point, 4326) NOT NULL, during tstzrange NOT NULL)",
    )
    .await
    .map_err(sql)?;

    let t = Instant::now();
    let mut copy = db.copy_in_raw("COPY detections (id, camera_id, label, colour, score, geog, during) FROM STDIN").await.map_err(sql)?;
    let mut buf = String::with_capacity(1 << 20);
    for e in &city.events {
        let d = city.detection(e, e.start_ms + i64::from(e.dur_ms));
        use std::fmt::Write as _;
        let _ = writeln!(
            buf,
            "{}\t{}\t{}\t{}\t{}\tSRID=4326;POINT({} {})\t[{},{}]",
            d.id,
            d.camera_id,
            d.label,
            d.colour.as_deref().unwrap_or("\\N"),
            d.score,
            d.camera_location.lon,
            d.camera_location.lat,
            rfc3339(d.start),
            rfc3339(d.end),
        );
        if buf.len() > (1 << 20) - 512 {
            copy.send(std::mem::take(&mut buf).into_bytes()).await.map_err(sql)?;
            buf.reserve(1 << 20);
        }
    }
    if !buf.is_empty() {
        copy.send(buf.into_bytes()).await.map_err(sql)?;
    }
    copy.finish().await.map_err(sql)?;
    let copied = t.elapsed();
    let t = Instant::now();
    db.execute("CREATE INDEX detections_where_when ON detections USING gist (geog, during)").await.map_err(sql)?;
    let indexed = t.elapsed();
    let t = Instant::now();
    db.execute("ANALYZE detections").await.map_err(sql)?;
    let analysed = t.elapsed();
    let n = city.events.len();
    println!(
        "PostGIS {version} ingest: COPY {:.1} s + GiST (geography, tstzrange) index {:.1} s + ANALYZE {:.1} s = {}",
        copied.as_secs_f64(),
        indexed.as_secs_f64(),
        analysed.as_secs_f64(),
        per_second(n, copied + indexed + analysed, "events")
    );

    let statement = "SELECT uuid_send(id) FROM detections \
        WHERE ST_DWithin(geog, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3, false) \
        AND during && tstzrange($4::timestamptz, $5::timestamptz, '[]') AND (cardinality($6::text[]) = 0 OR label = ANY($6))";
    let run = |q: &DetectionQuery| {
        sqlx::query(statement).bind(q.centre.lon).bind(q.centre.lat).bind(q.radius_m).bind(rfc3339(q.from)).bind(rfc3339(q.to)).bind(q.labels.clone())
    };
    for q in queries {
        run(q).fetch_all(&mut db).await.map_err(sql)?; // warm-up: caches and the prepared plan
    }
    let q = &queries[0];
    let explain = format!("EXPLAIN {statement}");
    let plan = sqlx::query(&explain)
        .bind(q.centre.lon)
        .bind(q.centre.lat)
        .bind(q.radius_m)
        .bind(rfc3339(q.from))
        .bind(rfc3339(q.to))
        .bind(q.labels.clone())
        .fetch_all(&mut db)
        .await
        .map_err(sql)?;
    let plan: Vec<String> = plan.iter().map(|r| r.get::<String, _>(0)).collect();
    println!("PostGIS plan:\n    {}", plan.join("\n    "));
    let mut latencies = Vec::with_capacity(queries.len());
    let mut differing = Vec::new();
    for (i, (q, ours)) in queries.iter().zip(answers).enumerate() {
        let t = Instant::now();
        let rows = run(q).fetch_all(&mut db).await.map_err(sql)?;
        latencies.push(t.elapsed());
        let mut ids = rows.iter().map(|r| Uuid::from_slice(r.get::<&[u8], _>(0)).map_err(|e| e.to_string())).collect::<Result<Vec<_>, _>>()?;
        ids.sort_unstable();
        if ids != *ours {
            differing.push(i);
        }
    }
    let theirs = Latency(latencies);
    println!("PostGIS queries: {}", theirs.summary());
    // Part of each PostGIS latency is the loopback round trip an in-process index does not pay: shown
    // so it can be subtracted.
    let mut trips = Vec::with_capacity(queries.len());
    for _ in queries {
        let t = Instant::now();
        sqlx::query("SELECT 1").fetch_one(&mut db).await.map_err(sql)?;
        trips.push(t.elapsed());
    }
    println!("PostgreSQL round trip alone (SELECT 1): {}", Latency(trips).summary());
    println!("result sets identical (index vs PostGIS): {} of {}", queries.len() - differing.len(), queries.len());
    for &i in differing.iter().take(5) {
        println!("  differs: query {i}: {:?}", queries[i]);
    }
    Ok(theirs)
}
