//! The real `tipline` binary with an OpenStreetMap extract: `gazetteer import` writes GeoJSON that loads,
//! `extract --gazetteer FILE.osm.pbf` geocodes against the extract directly, and a damaged extract is a
//! clear error. The extract is correlate's hand-written OSM XML town converted to PBF by osmium (Debian
//! `osmium-tool`, installed by scripts/setup).

use std::path::{Path, PathBuf};
use std::process::Command;

use tipline_tests::run_cli;

fn millbrook_pbf(dir: &Path) -> PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../correlate/tests/data/millbrook.osm");
    let out = dir.join("millbrook.osm.pbf");
    let status = Command::new("osmium")
        .arg("cat")
        .arg(&src)
        .args(["--overwrite", "-f", "pbf,pbf_compression=zlib", "-o"])
        .arg(&out)
        .status()
        .expect("osmium (Debian osmium-tool) must be installed: run scripts/setup");
    assert!(status.success(), "osmium cat failed: {status}");
    out
}

/// The location of the first place of `kind` in `tipline extract --json` output.
fn located(out: &str, kind: &str) -> (f64, f64) {
    let a: serde_json::Value = serde_json::from_str(out).unwrap();
    let p = a["places"].as_array().unwrap().iter().find(|p| p["kind"] == kind).unwrap_or_else(|| panic!("no {kind} in {out}"));
    (p["location"]["lat"].as_f64().unwrap(), p["location"]["lon"].as_f64().unwrap())
}

#[test]
fn import_then_extract_with_the_extract_or_its_geojson() {
    let dir = tempfile::tempdir().unwrap();
    let pbf = millbrook_pbf(dir.path());
    let geojson = dir.path().join("millbrook.geojson");
    let (code, out, err) = run_cli(&["gazetteer", "import", pbf.to_str().unwrap(), "--out", geojson.to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "with --out nothing goes to stdout: {out}");
    assert!(err.contains("3 streets") && err.contains("4 landmarks") && err.contains("2 jurisdictions"), "{err}");
    let written: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&geojson).unwrap()).unwrap();
    assert_eq!(written["name"], "millbrook");
    assert!(written["features"].as_array().unwrap().iter().any(|f| f["properties"]["addr_from"].is_number()), "house-number ranges written");
    // Without --out the GeoJSON goes to stdout.
    let (code, out, _) = run_cli(&["gazetteer", "import", pbf.to_str().unwrap()], &[]);
    assert_eq!(code, 0);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&out).unwrap(), written);

    let tip = "a man with a gun at the corner of Oak Avenue and Main Street, then ran to 120 Main Street";
    for gazetteer in [&pbf, &geojson] {
        let (code, out, err) = run_cli(&["extract", "--gazetteer", gazetteer.to_str().unwrap(), "--at", "2026-11-25T22:00:00Z", "--json", tip], &[]);
        assert_eq!(code, 0, "{err}");
        let (lat, lon) = located(&out, "intersection");
        assert!((lat - 44.1000).abs() < 5e-5 && (lon + 72.6990).abs() < 5e-5, "{lat},{lon} from {}", gazetteer.display());
        let (lat, lon) = located(&out, "address");
        assert!((lat - 44.1000).abs() < 1e-4 && (lon + 72.69893).abs() < 1e-4, "{lat},{lon} from {}", gazetteer.display());
    }
}

#[test]
fn a_damaged_extract_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let pbf = millbrook_pbf(dir.path());
    let bytes = std::fs::read(&pbf).unwrap();
    let cut = dir.path().join("cut.osm.pbf");
    std::fs::write(&cut, &bytes[..bytes.len() - 100]).unwrap();
    for args in [vec!["gazetteer", "import", cut.to_str().unwrap()], vec!["extract", "--gazetteer", cut.to_str().unwrap(), "a tip on Main Street"]] {
        let (code, out, err) = run_cli(&args, &[]);
        assert_eq!(code, 1, "{args:?}: {out}");
        assert!(err.contains("cut.osm.pbf") && err.contains("cut short"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
