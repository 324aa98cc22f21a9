//! The real model on real footage: conversion, reference detections, error cases.

mod common;

use std::time::{Duration, Instant};

use vision::detector::{Detector, DetectorOptions, OrtDetector};
use vision::ingest::{Ingest, IngestItem, IngestOptions};
use vision::Frame;

fn frame_of_vtest(index: u64) -> Frame {
    let uri = vision::config::to_uri(common::vtest_avi().to_str().unwrap());
    let ingest = Ingest::start("t", &uri, IngestOptions { sample_every: 1, ..Default::default() }).unwrap();
    loop {
        match ingest.items.recv_timeout(Duration::from_secs(30)).expect("frames") {
            IngestItem::Frame(f) if f.index == index => return f,
            IngestItem::Frame(_) | IngestItem::Connected => {}
            other => panic!("unexpected {other:?}"),
        }
    }
}

/// Frame 100 of vtest.avi through OpenCV's Darknet importer (the reference in the project's notes):
/// person 0.958, person 0.908, truck 0.828, car 0.737, person 0.611.
#[test]
fn frame_100_matches_the_opencv_reference() {
    let manifest = common::manifest();
    let mut d = OrtDetector::load(&manifest, DetectorOptions { min_score: 0.5, ..Default::default() }).unwrap();
    let frame = frame_of_vtest(100);
    assert_eq!((frame.width, frame.height), (768, 576));
    let dets = d.detect(&frame).unwrap();
    for x in &dets {
        eprintln!("{} {:.3} {:?}", x.label, x.score, x.bbox);
    }
    let reference = [("person", 0.958), ("person", 0.908), ("truck", 0.828), ("car", 0.737), ("person", 0.611)];
    assert_eq!(dets.len(), reference.len(), "{dets:?}");
    for (got, (label, score)) in dets.iter().zip(reference) {
        assert_eq!(got.label, label);
        assert!((got.score - score).abs() < 0.03, "{label}: {} vs {score}", got.score);
        let b = got.bbox;
        assert!(b.x >= 0.0 && b.y >= 0.0 && b.x + b.w <= 768.0 && b.y + b.h <= 576.0, "{b:?}");
        assert!(b.w > 10.0 && b.h > 10.0, "{b:?}");
        if label == "person" {
            assert!(b.h > b.w, "a standing person is taller than wide: {b:?}");
        }
    }

    // Class filters apply inside the detector.
    let mut people = OrtDetector::load(
        &manifest,
        DetectorOptions { min_score: 0.5, classes: vec!["person".into()], ..Default::default() },
    )
    .unwrap();
    let only = people.detect(&frame).unwrap();
    assert_eq!(only.iter().filter(|d| d.label == "person").count(), 3);
    assert!(only.iter().all(|d| d.label == "person"));

    // Throughput on this machine, for the record.
    let t = Instant::now();
    for _ in 0..10 {
        d.detect(&frame).unwrap();
    }
    eprintln!("detect: {:.1} ms/frame on 1 thread", t.elapsed().as_secs_f64() * 100.0);
}

#[test]
fn fetch_is_idempotent_and_the_manifest_describes_the_model() {
    let manifest = common::manifest();
    let model = manifest.parent().unwrap().join("model.onnx");
    let before = std::fs::metadata(&model).unwrap().modified().unwrap();
    let t = Instant::now();
    let again = vision::fetch(&vision::default_models_dir()).unwrap();
    assert!(t.elapsed() < Duration::from_secs(2), "a cached fetch does no work");
    assert_eq!(again, manifest);
    assert_eq!(std::fs::metadata(&model).unwrap().modified().unwrap(), before);
    let m = vision::Manifest::load(&manifest).unwrap();
    assert_eq!((m.input_width, m.input_height, m.classes.len()), (416, 416, 80));
    assert_eq!(m.heads.len(), 2);
    // The mask bug fix: the 26x26 head uses anchors 1, 2, 3 (23x27, 37x58, 81x82).
    assert_eq!(m.heads[1].anchors, vec![[23.0, 27.0], [37.0, 58.0], [81.0, 82.0]]);
    assert_eq!(m.heads[0].anchors, vec![[81.0, 82.0], [135.0, 169.0], [344.0, 319.0]]);
}

#[test]
fn a_model_file_that_is_not_onnx_is_a_clear_error() {
    let manifest = common::manifest();
    let m = vision::Manifest::load(&manifest).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("model.onnx"), b"<html>not a model</html>").unwrap();
    let runtime = m.resolve(&manifest, &m.runtime_library).canonicalize().unwrap();
    let fake = vision::Manifest { runtime_library: runtime.to_string_lossy().into(), ..m };
    let path = dir.path().join("manifest.json");
    std::fs::write(&path, serde_json::to_vec(&fake).unwrap()).unwrap();
    let err = OrtDetector::load(&path, DetectorOptions::default()).err().expect("must fail").to_string();
    assert!(err.contains("model") && err.contains("model.onnx"), "{err}");

    // A class the model does not know is refused up front, not silently never matched.
    let err = OrtDetector::load(&manifest, DetectorOptions { classes: vec!["unicorn".into()], ..Default::default() })
        .err()
        .expect("must fail")
        .to_string();
    assert!(err.contains("unicorn"), "{err}");
}
