//! Ingest against real sources: vtest.avi over RTSP from an in-process server, stopped and restarted
//! mid-stream; a corrupt file; an unreachable stream.

mod common;

use std::time::{Duration, Instant};

use vision::config::{CameraConfig, VisionConfig};
use vision::detector::OrtDetector;
use vision::ingest::{Ingest, IngestItem, IngestOptions};
use vision::{EventKind, VisionEvent};

fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn rtsp_camera_yields_person_car_and_truck_events_and_survives_a_server_restart() {
    let manifest = common::manifest();
    let avi = common::vtest_avi();
    let port = common::free_port();
    let server = common::RtspServer::start(&avi, port);
    let camera = CameraConfig { id: "cam1".into(), url: server.url(), sample_every: 5, ..Default::default() };
    let vision = VisionConfig {
        reconnect_min_ms: 300,
        reconnect_max_ms: 2000,
        stall_timeout_s: 3,
        cameras: vec![camera.clone()],
        ..Default::default()
    };
    assert!(vision.validate().is_empty());
    let (tx, mut rx) = tokio::sync::mpsc::channel::<VisionEvent>(256);
    let detector = OrtDetector::load(&manifest, vision::camera::detector_options(&camera, &vision)).unwrap();
    let mut handle = vision::start_camera(&camera, &vision, Box::new(detector), tx).unwrap();

    let mut events: Vec<VisionEvent> = Vec::new();
    let started =
        |events: &[VisionEvent], label: &str| events.iter().any(|e| e.kind == EventKind::Start && e.label == label);
    let deadline = Instant::now() + Duration::from_secs(60);
    while !(started(&events, "person") && started(&events, "car") && started(&events, "truck")) {
        assert!(Instant::now() < deadline, "no person/car/truck in time: {:?}", handle.status());
        if let Ok(e) = rx.try_recv() {
            events.push(e);
        } else {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    for e in events.iter().filter(|e| e.kind == EventKind::Start) {
        let b = e.bbox;
        assert!(b.x >= 0.0 && b.y >= 0.0 && b.x + b.w <= 768.5 && b.y + b.h <= 576.5, "{e:?}");
        assert!(b.w >= 8.0 && b.h >= 8.0, "{e:?}");
        let snap = e.snapshot.as_ref().expect("start events carry a snapshot");
        let full = image::load_from_memory(&snap.frame_jpeg).unwrap();
        assert_eq!((full.width(), full.height()), (768, 576));
        assert!(image::load_from_memory(&snap.crop_jpeg).is_ok());
        assert!(e.colour.is_some(), "{e:?}");
    }
    let status = handle.status();
    assert!(status.connected && status.frames_analysed > 0, "{status:?}");
    let analysed_before = status.frames_analysed;

    // The server goes away mid-stream: the camera notices and keeps retrying.
    server.stop();
    assert!(wait_until(Duration::from_secs(10), || !handle.status().connected), "disconnect not noticed");
    std::thread::sleep(Duration::from_secs(1));
    let server = common::RtspServer::start(&avi, port);
    assert!(
        wait_until(Duration::from_secs(20), || {
            let s = handle.status();
            s.connected && s.frames_analysed > analysed_before + 5
        }),
        "ingest did not resume: {:?}",
        handle.status()
    );
    let status = handle.status();
    assert!(status.reconnects >= 1, "{status:?}");
    eprintln!("after restart: {status:?}");

    // Stopping the camera ends what is still being tracked.
    handle.stop();
    while let Ok(e) = rx.try_recv() {
        events.push(e);
    }
    let starts = events.iter().filter(|e| e.kind == EventKind::Start).count();
    let ends = events.iter().filter(|e| e.kind == EventKind::End).count();
    assert_eq!(starts, ends, "every started object ends");
    for e in events.iter().filter(|e| e.kind == EventKind::End) {
        assert!(e.end >= e.start);
    }
    server.stop();
}

#[test]
fn a_corrupt_video_fails_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.avi");
    let mut bytes = b"RIFF\x10\x00\x00\x00AVI LIST".to_vec();
    bytes.extend((0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    std::fs::write(&path, bytes).unwrap();
    // decodebin sometimes swallows the demuxer's error on garbage; the stall watchdog then reports it.
    let options = IngestOptions { stall_timeout: Duration::from_secs(3), ..Default::default() };
    let ingest = Ingest::start("broken", &vision::config::to_uri(path.to_str().unwrap()), options.clone()).unwrap();
    match ingest.items.recv_timeout(Duration::from_secs(20)).unwrap() {
        IngestItem::Failed(reason) => assert!(!reason.is_empty(), "{reason}"),
        other => panic!("expected a failure, got {other:?}"),
    }

    // Through the CLI path it is an error naming the camera.
    let camera = CameraConfig { id: "broken".into(), url: path.to_string_lossy().into(), ..Default::default() };
    let config = VisionConfig { stall_timeout_s: 3, ..Default::default() };
    let err = vision::detect(path.to_str().unwrap(), &camera, &config, &common::manifest(), &mut |_| true)
        .unwrap_err()
        .to_string();
    assert!(err.contains("broken"), "{err}");

    let missing = vision::config::to_uri(dir.path().join("nope.avi").to_str().unwrap());
    let ingest = Ingest::start("missing", &missing, options).unwrap();
    match ingest.items.recv_timeout(Duration::from_secs(20)).unwrap() {
        IngestItem::Failed(reason) => {
            assert!(reason.to_lowercase().contains("not") || reason.contains("resource"), "{reason}")
        }
        other => panic!("expected a failure, got {other:?}"),
    }
}

#[test]
fn an_unreachable_rtsp_url_is_retried_with_backoff() {
    let port = common::free_port();
    let options = IngestOptions {
        reconnect_min: Duration::from_millis(200),
        reconnect_max: Duration::from_millis(400),
        ..Default::default()
    };
    let ingest = Ingest::start("gone", &format!("rtsp://127.0.0.1:{port}/none"), options).unwrap();
    let mut delays = Vec::new();
    while delays.len() < 3 {
        match ingest.items.recv_timeout(Duration::from_secs(20)).expect("a disconnect report") {
            IngestItem::Disconnected { reason, retry_in } => {
                assert!(!reason.is_empty());
                eprintln!("{reason}");
                delays.push(retry_in);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(delays, [Duration::from_millis(200), Duration::from_millis(400), Duration::from_millis(400)]);
}
