//! `detect` as the CLI uses it: a whole file, one JSON line per event.

mod common;

use vision::config::{CameraConfig, VisionConfig};
use vision::EventKind;

#[test]
fn detect_on_vtest_prints_events_for_people_and_vehicles() {
    let manifest = common::manifest();
    let avi = common::vtest_avi();
    let camera =
        CameraConfig { id: "demo".into(), url: avi.to_string_lossy().into(), sample_every: 10, ..Default::default() };
    let mut lines = Vec::new();
    let mut events = Vec::new();
    let summary = vision::detect(avi.to_str().unwrap(), &camera, &VisionConfig::default(), &manifest, &mut |e| {
        lines.push(e.to_json().to_string());
        events.push(e);
        true
    })
    .unwrap();
    eprintln!("{summary:?}");
    for l in &lines {
        eprintln!("{l}");
    }
    assert_eq!(summary.frames_decoded, 795);
    assert_eq!(summary.frames_analysed, 80);
    for label in ["person", "car", "truck"] {
        assert!(events.iter().any(|e| e.kind == EventKind::Start && e.label == label), "no {label}");
    }
    let starts = events.iter().filter(|e| e.kind == EventKind::Start).count();
    assert_eq!(starts, events.iter().filter(|e| e.kind == EventKind::End).count());
    let first: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    for key in ["camera", "event", "track_id", "label", "score", "box", "colour", "start", "end"] {
        assert!(first.get(key).is_some(), "{key} missing from {first}");
    }
    assert_eq!(first["box"].as_array().unwrap().len(), 4);
    // File time runs from when detection started: the whole 79.5 s of video fits in the spans.
    let t0 = events.iter().map(|e| e.start).min().unwrap();
    let t1 = events.iter().map(|e| e.end).max().unwrap();
    assert!((t1 - t0).num_seconds() <= 80, "{t0} .. {t1}");
}
