//! OpenStreetMap import of a generated city extract: a 150 x 150 street grid (about 200,000 street nodes),
//! 250,000 building outlines no one needs (a million more nodes) and 40,000 address points, written as OSM
//! XML and converted to PBF by osmium (Debian `osmium-tool`). Run with
//! `cargo bench -p correlate --features osm --bench osm_import`.
//!
//! Prints the import time next to `osmium fileinfo -e` (one full read and count of the same file by
//! libosmium) measured in the same run, as a ratio, and the nodes held in memory against the nodes read.

use std::fmt::Write as _;
use std::process::Command;
use std::time::Instant;

use correlate::gazetteer::osm::import;

const GRID: usize = 150;
const STEP_DEG: f64 = 0.001;
/// Nodes per block side along each street.
const SUB: usize = 5;
const BUILDINGS: usize = 250_000;
const ADDRESSES: usize = 40_000;

/// A small deterministic generator (xorshift) so that every run imports the same city.
struct Rng(u64);
impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn city_xml() -> String {
    let (lat0, lon0) = (44.0, -73.0);
    let mut s = String::with_capacity(200 << 20);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"tipline bench\">\n");
    let mut id = 0u64;
    let mut node = |s: &mut String, lat: f64, lon: f64, tags: &str| {
        id += 1;
        let _ = writeln!(s, "<node id=\"{id}\" version=\"1\" lat=\"{lat:.7}\" lon=\"{lon:.7}\">{tags}</node>");
        id
    };
    let span = GRID * SUB;
    // East-west streets j at lat0 + j*STEP; north-south streets i share the crossing nodes.
    let mut rows = vec![vec![0u64; span + 1]; GRID + 1];
    for (j, row) in rows.iter_mut().enumerate() {
        for (k, n) in row.iter_mut().enumerate() {
            *n = node(&mut s, lat0 + j as f64 * STEP_DEG, lon0 + k as f64 * STEP_DEG / SUB as f64, "");
        }
    }
    let mut cols = vec![vec![0u64; span + 1]; GRID + 1];
    for (i, col) in cols.iter_mut().enumerate() {
        for (k, n) in col.iter_mut().enumerate() {
            *n = if k % SUB == 0 { rows[k / SUB][i * SUB] } else { node(&mut s, lat0 + k as f64 * STEP_DEG / SUB as f64, lon0 + i as f64 * STEP_DEG, "") };
        }
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let extent = GRID as f64 * STEP_DEG;
    let mut buildings = Vec::with_capacity(BUILDINGS);
    for _ in 0..BUILDINGS {
        let (la, lo) = (lat0 + rng.unit() * extent, lon0 + rng.unit() * extent);
        let d = 0.00005;
        buildings.push([node(&mut s, la, lo, ""), node(&mut s, la, lo + d, ""), node(&mut s, la + d, lo + d, ""), node(&mut s, la + d, lo, "")]);
    }
    for _ in 0..ADDRESSES {
        let j = (rng.unit() * (GRID + 1) as f64) as usize;
        let x = rng.unit() * GRID as f64;
        let tags = format!("<tag k=\"addr:housenumber\" v=\"{}\"/><tag k=\"addr:street\" v=\"Street {j}\"/>", (x * 100.0) as u32);
        node(&mut s, lat0 + j as f64 * STEP_DEG + 0.00008, lon0 + x * STEP_DEG, &tags);
    }
    let mut way_id = 0;
    let mut way = |s: &mut String, refs: &[u64], tags: &str| {
        way_id += 1;
        let _ = write!(s, "<way id=\"{way_id}\" version=\"1\">");
        for r in refs {
            let _ = write!(s, "<nd ref=\"{r}\"/>");
        }
        let _ = writeln!(s, "{tags}</way>");
    };
    for (j, row) in rows.iter().enumerate() {
        way(&mut s, row, &format!("<tag k=\"highway\" v=\"residential\"/><tag k=\"name\" v=\"Street {j}\"/>"));
    }
    for (i, col) in cols.iter().enumerate() {
        way(&mut s, col, &format!("<tag k=\"highway\" v=\"residential\"/><tag k=\"name\" v=\"Avenue {i}\"/>"));
    }
    for b in &buildings {
        way(&mut s, &[b[0], b[1], b[2], b[3], b[0]], "<tag k=\"building\" v=\"yes\"/>");
    }
    s.push_str("</osm>\n");
    s
}

fn main() {
    let dir = std::env::temp_dir().join(format!("tipline-osm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (xml, pbf) = (dir.join("city.osm"), dir.join("city.osm.pbf"));
    std::fs::write(&xml, city_xml()).unwrap();
    let ok = Command::new("osmium").arg("cat").arg(&xml).args(["--overwrite", "-f", "pbf,pbf_compression=zlib", "-o"]).arg(&pbf).status();
    assert!(ok.expect("osmium (Debian osmium-tool): run scripts/setup").success());
    std::fs::remove_file(&xml).unwrap();

    let t = Instant::now();
    let peer = Command::new("osmium").arg("fileinfo").arg("-e").arg(&pbf).output().unwrap();
    let peer_s = t.elapsed().as_secs_f64();
    assert!(peer.status.success());

    let t = Instant::now();
    let imported = import(std::io::BufReader::new(std::fs::File::open(&pbf).unwrap())).unwrap();
    let ours_s = t.elapsed().as_secs_f64();
    let s = &imported.stats;
    println!(
        "osm import: {:.2} s for {} nodes, {} ways ({:.1} MB PBF); osmium fileinfo -e: {:.2} s; ratio {:.1}x",
        ours_s,
        s.nodes_read,
        s.ways_read,
        std::fs::metadata(&pbf).unwrap().len() as f64 / 1e6,
        peer_s,
        ours_s / peer_s
    );
    println!(
        "held {} of {} nodes ({:.0}%); {} streets, {} stretches with house numbers from {} address points",
        s.nodes_kept,
        s.nodes_read,
        100.0 * s.nodes_kept as f64 / s.nodes_read as f64,
        s.streets,
        s.ranged_pieces,
        s.address_points
    );
    let _ = std::fs::remove_dir_all(&dir);
}
