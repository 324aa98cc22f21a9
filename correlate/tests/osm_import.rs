//! OpenStreetMap import end to end: a hand-written OSM XML town (tests/data/millbrook.osm) converted to a
//! real PBF by osmium (Debian `osmium-tool`, installed by scripts/setup), imported, written as GeoJSON,
//! loaded as a gazetteer and geocoded against.

use std::io::Cursor;
use std::path::PathBuf;
use std::process::Command;

use correlate::gazetteer::export::to_geojson;
use correlate::gazetteer::osm::{import, OsmError};
use correlate::{places_in, Gazetteer, GeoPoint, PlaceKind};

/// The fixture as zlib-compressed PBF, as extracts are distributed, in a fresh temporary directory of its
/// own (tests run in parallel, and each removes its directory when done).
fn millbrook_pbf(tag: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("tipline-osm-{}-{tag}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("millbrook.osm.pbf");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/millbrook.osm");
    let status = Command::new("osmium")
        .args(["cat", src, "--overwrite", "-f", "pbf,pbf_compression=zlib", "-o"])
        .arg(&out)
        .status()
        .expect("osmium (Debian osmium-tool) must be installed: run scripts/setup");
    assert!(status.success(), "osmium cat failed: {status}");
    out
}

fn imported_gazetteer() -> (Gazetteer, correlate::gazetteer::osm::ImportStats) {
    let pbf = millbrook_pbf("gazetteer");
    let result = import(std::fs::File::open(&pbf).unwrap()).unwrap();
    let text = to_geojson(Some("Millbrook"), &result.features);
    let _ = std::fs::remove_dir_all(pbf.parent().unwrap());
    (Gazetteer::from_geojson(&text).unwrap(), result.stats)
}

fn near(p: GeoPoint, lat: f64, lon: f64, within_m: f64) -> bool {
    p.distance_m(&GeoPoint { lat, lon }) <= within_m
}

/// The one geocoded place of `kind` found in `text`.
fn place(g: &Gazetteer, text: &str, kind: PlaceKind) -> correlate::Place {
    let places = places_in(text, g);
    places.into_iter().find(|p| p.kind == kind && p.location.is_some()).unwrap_or_else(|| panic!("no geocoded {kind:?} in {text:?}"))
}

#[test]
fn imports_what_a_town_extract_holds() {
    let (g, stats) = imported_gazetteer();
    let mut streets: Vec<&str> = g.streets().iter().map(|s| s.name.as_str()).collect();
    streets.sort();
    // The unnamed service road and the proposed parkway are not streets.
    assert_eq!(streets, ["Elm Street", "Main Street", "Oak Avenue"]);
    let main = &g.streets()[g.streets_with_base("main")[0] as usize];
    assert_eq!(main.aliases, ["Turnpike Road", "VT 14"]);
    let mut landmarks: Vec<(&str, Option<&str>)> = g.landmarks().iter().map(|l| (l.name.as_str(), l.category.as_deref())).collect();
    landmarks.sort();
    assert_eq!(
        landmarks,
        [("Millbrook Public Library", Some("library")), ("Millbrook Station", Some("station")), ("Rosa's Bakery", Some("bakery")), ("Veterans Park", Some("park"))]
    );
    // Riverside is both a place node and an outline: the outline is kept, once.
    let mut areas: Vec<&str> = g.neighbourhoods().iter().map(|a| a.name.as_str()).collect();
    areas.sort();
    assert_eq!(areas, ["Northgate", "Riverside"]);
    let mut jurisdictions: Vec<(&str, Option<&str>)> = g.jurisdictions().iter().map(|a| (a.name.as_str(), a.agency.as_deref())).collect();
    jurisdictions.sort();
    // Green County's outline is cut off by the extract: left out, and counted.
    assert_eq!(jurisdictions, [("Millbrook Police Department", Some("millbrook-police-department")), ("Town of Millbrook", Some("town-of-millbrook"))]);
    assert_eq!(stats.incomplete, 1);
    // Only the nodes of kept ways are held, not the loose ones.
    assert_eq!((stats.nodes_read, stats.ways_read, stats.relations_read), (58, 16, 2));
    assert!(stats.nodes_kept < stats.nodes_read - 10, "{stats:?}");
    // Main Street: 100-130, 130-140 (the bakery's address sits between the interpolation's ends), 150-190.
    assert_eq!(stats.address_points, 9);
    assert!(stats.ranged_pieces >= 5, "{stats:?}");
}

#[test]
fn geocodes_intersections_addresses_and_landmarks_from_the_import() {
    let (g, _) = imported_gazetteer();

    let x = place(&g, "a fight at the corner of Main Street and Oak Avenue", PlaceKind::Intersection);
    assert!(near(x.location.unwrap(), 44.1000, -72.6990, 5.0), "{x:?}");
    // Oak Avenue's old name and Main Street's shared node with Elm Street.
    let x = place(&g, "crash at Mill Road and Main Street", PlaceKind::Intersection);
    assert!(near(x.location.unwrap(), 44.1000, -72.6990, 5.0), "{x:?}");
    let x = place(&g, "someone yelling at Elm and Main", PlaceKind::Intersection);
    assert!(near(x.location.unwrap(), 44.1000, -72.6970, 5.0), "{x:?}");

    // 120 lies two thirds of the way from 100 (lon -72.6998) to the bakery's 130 (lon -72.6985).
    let a = place(&g, "break-in at 120 Main Street", PlaceKind::Address);
    let lon = -72.6998 + (120.0 - 100.0) / (130.0 - 100.0) * (-72.6985 + 72.6998);
    assert!(near(a.location.unwrap(), 44.1000, lon, 10.0), "{a:?}");
    // 170 Main Street: on the interpolation way that names its street only on the way itself.
    let a = place(&g, "smoke coming from 170 Main Street", PlaceKind::Address);
    assert!(near(a.location.unwrap(), 44.1000, -72.6970, 10.0), "{a:?}");
    // 25 Oak Avenue: between the "20A" node and the building numbered 30.
    let a = place(&g, "loud party at 25 Oak Avenue", PlaceKind::Address);
    assert!(near(a.location.unwrap(), 44.10095, -72.6990, 15.0), "{a:?}");

    let l = place(&g, "a man with a knife in the Millbrook Public Library", PlaceKind::Landmark);
    assert!(near(l.location.unwrap(), 44.1003, -72.6975, 1.0), "{l:?}");
    // By its alt_name, and as the anchor of a relative phrase.
    let l = place(&g, "shots fired outside Millbrook Library", PlaceKind::Relative);
    assert!(near(l.location.unwrap(), 44.1003, -72.6975, 60.0), "{l:?}");
    let park = g.landmarks().iter().find(|l| l.name == "Veterans Park").unwrap();
    assert!(near(park.location, 44.1015, -72.6964, 3.0), "the park sits at its outline's centroid: {park:?}");
    assert!((40.0..60.0).contains(&park.radius_m), "{park:?}");

    let inside = GeoPoint { lat: 44.1000, lon: -72.6990 };
    let mut here: Vec<&str> = g.jurisdictions_at(inside).iter().map(|a| a.name.as_str()).collect();
    here.sort();
    assert_eq!(here, ["Millbrook Police Department", "Town of Millbrook"]);
    let in_the_hole = GeoPoint { lat: 44.09625, lon: -72.70375 };
    assert!(g.jurisdictions_at(in_the_hole).is_empty(), "the inner ring is a hole");
    assert_eq!(g.neighbourhood_at(GeoPoint { lat: 44.0990, lon: -72.6980 }).map(|a| a.name.as_str()), Some("Riverside"));
    assert_eq!(g.neighbourhood_at(GeoPoint { lat: 44.1022, lon: -72.6982 }).map(|a| a.name.as_str()), Some("Northgate"));
}

#[test]
fn damaged_files_give_errors_not_panics() {
    let pbf = millbrook_pbf("damaged");
    let bytes = std::fs::read(&pbf).unwrap();
    let _ = std::fs::remove_dir_all(pbf.parent().unwrap());
    // A cut between two blobs is a shorter but valid file (PBF has no end marker); a cut anywhere else is
    // an error, never a panic or a partial import.
    let blob_starts: Vec<u64> =
        osmpbf::BlobReader::new_seekable(Cursor::new(&bytes)).unwrap().map(|b| b.unwrap().offset().unwrap().0).collect();
    assert!(blob_starts.len() >= 2, "a header blob and data blobs");
    for cut in (1..bytes.len()).filter(|&c| !blob_starts.contains(&(c as u64))) {
        let err = import(Cursor::new(&bytes[..cut])).map(|r| r.features.len()).unwrap_err();
        assert!(matches!(err, OsmError::Pbf(_) | OsmError::Truncated { .. }), "cut at {cut}: {err}");
    }
    let err = import(Cursor::new(b"{\"type\": \"FeatureCollection\", \"features\": []}".to_vec())).unwrap_err();
    assert!(err.to_string().starts_with("not a readable OpenStreetMap PBF file"), "{err}");
    assert!(matches!(import(Cursor::new(Vec::new())), Err(OsmError::Empty)));
    // A relation member of a type osmpbf does not know (found by the osm_pbf fuzz target): osmpbf panics,
    // the import reports a corrupt file.
    let unknown_member = include_bytes!("../../fuzz/regressions/osm_pbf/relation-member-of-unknown-type");
    let r = import(Cursor::new(unknown_member.to_vec())).map(|i| i.features.len());
    assert!(matches!(r, Err(OsmError::Corrupt)), "{r:?}");
}
