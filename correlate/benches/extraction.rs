//! Throughput of normalise + extract + geocode, and gazetteer load time, against a generated city with
//! 50,000+ street segments. Run with `cargo bench -p correlate --bench extraction`.
//!
//! Prints tips per second on one core for the full analysis against the city, and, measured in the same
//! run, the same analysis against the small demo town and normalisation alone, so the cost of a large
//! gazetteer is read as a ratio rather than an absolute that depends on the machine.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use correlate::{analyse, normalise::normalise, Gazetteer};

const TOWN: &str = include_str!("../../config/demo/town.geojson");
const CORPUS: &str = include_str!("../corpus/extraction.jsonl");

/// A grid city: `n` numbered north-south streets and `n` named east-west streets, one segment per block.
fn city_geojson(n: usize) -> String {
    const WORDS: &[&str] = &[
        "Main", "Elm", "Oak", "Maple", "Pine", "Cedar", "Birch", "Walnut", "Chestnut", "Willow", "Spruce", "Hawthorn", "Ash",
        "Poplar", "Juniper", "Magnolia", "Sycamore", "Laurel", "Holly", "Linden", "Hickory", "Alder", "Cypress", "Redwood",
        "Sequoia", "Aspen", "Beech", "Hemlock", "Larch", "Rowan", "Hazel", "Olive", "Lincoln", "Washington", "Jefferson",
        "Madison", "Monroe", "Adams", "Jackson", "Franklin",
    ];
    const SUFFIXES: &[&str] = &["Street", "Avenue", "Road", "Lane"];
    let (lat0, lon0): (f64, f64) = (44.0, -72.6);
    let (dy, dx) = (100.0 / 111_320.0, 120.0 / (111_320.0 * lat0.to_radians().cos()));
    let mut s = String::with_capacity(n * n * 400);
    s.push_str(r#"{"type": "FeatureCollection", "name": "generated city", "features": ["#);
    let mut first = true;
    let mut feature = |s: &mut String, props: String, coords: String, kind: &str| {
        if !first {
            s.push(',');
        }
        first = false;
        let _ = write!(s, r#"{{"type": "Feature", "properties": {props}, "geometry": {{"type": "{kind}", "coordinates": {coords}}}}}"#);
    };
    let suffix = |k: usize| match k % 10 {
        1 if k % 100 != 11 => "st",
        2 if k % 100 != 12 => "nd",
        3 if k % 100 != 13 => "rd",
        _ => "th",
    };
    for i in 0..n {
        let x = lon0 + i as f64 * dx;
        let name = format!("{}{} Street", i + 1, suffix(i + 1));
        for j in 0..n - 1 {
            let (y0, y1) = (lat0 + j as f64 * dy, lat0 + (j + 1) as f64 * dy);
            feature(&mut s, format!(r#"{{"name": "{name}", "addr_from": {}, "addr_to": {}}}"#, (j + 1) * 100, (j + 1) * 100 + 99), format!("[[{x}, {y0}], [{x}, {y1}]]"), "LineString");
        }
    }
    for j in 0..n {
        let y = lat0 + j as f64 * dy;
        let name = format!("{} {}", WORDS[j % WORDS.len()], SUFFIXES[(j / WORDS.len()) % SUFFIXES.len()]);
        let name = if j / (WORDS.len() * SUFFIXES.len()) > 0 { format!("North {name}") } else { name };
        for i in 0..n - 1 {
            let (x0, x1) = (lon0 + i as f64 * dx, lon0 + (i + 1) as f64 * dx);
            feature(&mut s, format!(r#"{{"name": "{name}", "addr_from": {}, "addr_to": {}}}"#, (i + 1) * 100, (i + 1) * 100 + 99), format!("[[{x0}, {y}], [{x1}, {y}]]"), "LineString");
        }
    }
    for k in 0..2000 {
        let (x, y) = (lon0 + (k * 37 % n) as f64 * dx + dx / 3.0, lat0 + (k * 91 % n) as f64 * dy + dy / 3.0);
        feature(&mut s, format!(r#"{{"name": "Place {k}", "category": "shop"}}"#), format!("[{x}, {y}]"), "Point");
    }
    s.push_str("]}");
    s
}

fn tips() -> Vec<(String, DateTime<Utc>)> {
    let mut out = Vec::new();
    for line in CORPUS.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("corpus line");
        let at: DateTime<Utc> = v["received_at"].as_str().and_then(|s| s.parse().ok()).expect("received_at");
        for form in ["written", "spoken"] {
            out.push((v[form].as_str().unwrap_or_default().to_owned(), at));
        }
    }
    out
}

/// Runs `f` over the tips repeatedly for at least `min`; returns tips per second.
fn rate(tips: &[(String, DateTime<Utc>)], min: Duration, mut f: impl FnMut(&str, DateTime<Utc>)) -> f64 {
    let start = Instant::now();
    let mut done = 0usize;
    while start.elapsed() < min {
        for (t, at) in tips {
            f(t, *at);
        }
        done += tips.len();
    }
    done as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let n = 160; // 2 x 160 x 159 = 50,880 segments
    let text = city_geojson(n);
    let t0 = Instant::now();
    let city = Gazetteer::from_geojson(&text).expect("generated city loads");
    let load = t0.elapsed();
    let town = Gazetteer::from_geojson(TOWN).expect("demo town loads");
    println!(
        "city gazetteer: {} segments, {} streets, {} intersections, {} landmarks, {:.1} MB GeoJSON, loaded and indexed in {:.3} s",
        city.segment_count(),
        city.streets().len(),
        city.intersection_count(),
        city.landmarks().len(),
        text.len() as f64 / 1e6,
        load.as_secs_f64()
    );
    let tips = tips();
    let min = Duration::from_secs(3);
    let norm = rate(&tips, min, |t, _| {
        black_box(normalise(black_box(t)));
    });
    let small = rate(&tips, min, |t, at| {
        black_box(analyse(black_box(t), at, &town));
    });
    let big = rate(&tips, min, |t, at| {
        black_box(analyse(black_box(t), at, &city));
    });
    println!("tips: {} (the extraction corpus, written and spoken forms), one core", tips.len());
    println!("normalise only:                 {norm:>10.0} tips/s");
    println!("analyse against the demo town:  {small:>10.0} tips/s");
    println!("analyse against the 50k city:   {big:>10.0} tips/s   ({:.2}x the demo town, goal 5,000 tips/s)", big / small);
    println!("gazetteer load: {:.3} s (goal < 1 s)", load.as_secs_f64());
}
