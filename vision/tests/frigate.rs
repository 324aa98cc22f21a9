//! Frigate-format events through a real Mosquitto broker: the machine's on 127.0.0.1:1883 when one
//! answers, else one this test starts on a free port.

mod common;

use std::process::{Child, Command};
use std::sync::Arc;
use std::time::Duration;

use rumqttc::{AsyncClient, MqttOptions, QoS};
use vision::config::{CameraConfig, FrigateConfig, VisionConfig};
use vision::frigate::FrigateStats;
use vision::{EventKind, ReviewSeverity};

struct Broker {
    port: u16,
    child: Option<Child>,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for Broker {
    fn drop(&mut self) {
        if let Some(c) = self.child.as_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn broker() -> Broker {
    // TIPLINE_TEST_OWN_BROKER=1 skips the machine's broker, to exercise the self-started one.
    let own = std::env::var("TIPLINE_TEST_OWN_BROKER").is_ok_and(|v| v == "1");
    if !own
        && std::net::TcpStream::connect_timeout(&"127.0.0.1:1883".parse().unwrap(), Duration::from_millis(300)).is_ok()
    {
        return Broker { port: 1883, child: None, _dir: None };
    }
    let port = common::free_port();
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("mosquitto.conf");
    std::fs::write(&conf, format!("listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")).unwrap();
    let child = Command::new("mosquitto").arg("-c").arg(&conf).spawn().expect("mosquitto (Debian package mosquitto)");
    // Owned by the guard from here on, so the broker is stopped on every path.
    let broker = Broker { port, child: Some(child), _dir: Some(dir) };
    for _ in 0..50 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return broker;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("mosquitto did not start on {port}");
}

fn event(kind: &str, id: &str, camera: &str, score: f64, end: Option<f64>) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "type": kind, "before": {},
        "after": {"id": id, "camera": camera, "label": "truck", "sub_label": null, "score": score, "top_score": score,
                  "box": [100, 50, 300, 250], "current_zones": [], "entered_zones": [], "stationary": false,
                  "start_time": 1_700_000_000.0, "end_time": end}
    }))
    .unwrap()
}

#[tokio::test]
async fn frigate_events_arrive_mapped_and_deduplicated() {
    let broker = broker();
    // A prefix of our own, so that a shared broker's other traffic cannot interfere.
    let prefix = format!("tipline-test-{}", std::process::id());
    let config = VisionConfig {
        cameras: vec![CameraConfig { id: "street-1".into(), frigate_camera: "front".into(), ..Default::default() }],
        frigate: FrigateConfig {
            enabled: true,
            port: broker.port,
            topic_prefix: prefix.clone(),
            client_id: format!("{prefix}-sub"),
            ..Default::default()
        },
        reconnect_min_ms: 200,
        ..Default::default()
    };
    assert!(config.validate().is_empty(), "{:?}", config.validate());
    let (tx, mut rx) = tokio::sync::mpsc::channel(16);
    let stats = Arc::new(FrigateStats::default());
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let task = {
        let stats = stats.clone();
        let config = config.clone();
        tokio::spawn(async move {
            vision::frigate::run(&config, tx, stats, async {
                let _ = stop_rx.await;
            })
            .await
        })
    };
    // Wait for the subscription before publishing (no retained messages involved).
    for _ in 0..50 {
        if stats.connections.load(std::sync::atomic::Ordering::Relaxed) > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;

    let (publisher, mut el) = AsyncClient::new(MqttOptions::new(format!("{prefix}-pub"), "127.0.0.1", broker.port), 32);
    tokio::spawn(async move { while el.poll().await.is_ok() {} });
    let topic = format!("{prefix}/events");
    let messages: Vec<Vec<u8>> = vec![
        event("new", "e1", "front", 0.7, None),
        event("new", "e1", "front", 0.7, None),
        b"{\"type\": \"new\", \"after\": {\"id\": 3}}".to_vec(),
        b"\xff\xfe garbage".to_vec(),
        event("new", "x9", "garage", 0.9, None),
        event("update", "e1", "front", 0.8, None),
        event("end", "e1", "front", 0.8, Some(1_700_000_012.0)),
        event("end", "e1", "front", 0.8, Some(1_700_000_012.0)),
    ];
    for m in messages {
        publisher.publish(&topic, QoS::AtLeastOnce, false, m).await.unwrap();
    }
    let review = serde_json::json!({"type": "new", "before": {}, "after": {"id": "r1", "camera": "front",
        "severity": "alert", "data": {"detections": ["e1"], "objects": ["truck"], "zones": []}}});
    publisher
        .publish(format!("{prefix}/reviews"), QoS::AtLeastOnce, false, serde_json::to_vec(&review).unwrap())
        .await
        .unwrap();

    let mut got = Vec::new();
    while got.len() < 4 {
        let e = tokio::time::timeout(Duration::from_secs(10), rx.recv()).await.expect("events in time").expect("open");
        got.push(e);
    }
    let kinds: Vec<EventKind> = got.iter().map(|e| e.kind).collect();
    // The review, published after the end, re-sends the end with the alert severity.
    assert_eq!(kinds, [EventKind::Start, EventKind::Update, EventKind::End, EventKind::End]);
    assert!(got.iter().all(|e| e.camera_id == "street-1" && e.track_id == "e1" && e.id == got[0].id));
    assert_eq!((got[2].end - got[2].start).num_seconds(), 12);
    assert_eq!(got[0].bbox.w, 200.0);
    assert_eq!(got[..3].iter().map(|e| e.severity).collect::<Vec<_>>(), [None; 3]);
    assert_eq!((got[3].end, got[3].severity), (got[2].end, Some(ReviewSeverity::Alert)));
    // ... and it is part of what the gateway stores.
    let at = correlate::GeoPoint::new(44.0, -72.6).unwrap();
    assert_eq!(got[3].to_detection(at).severity, Some(ReviewSeverity::Alert));
    // Nothing else comes: duplicates, the unmapped camera and the malformed ones were dropped.
    assert!(tokio::time::timeout(Duration::from_millis(700), rx.recv()).await.is_err());
    let n = |a: &std::sync::atomic::AtomicU64| a.load(std::sync::atomic::Ordering::Relaxed);
    assert_eq!(n(&stats.malformed), 2);
    assert_eq!(n(&stats.ignored), 3);
    assert_eq!(n(&stats.reviews), 1);

    stop_tx.send(()).unwrap();
    task.await.unwrap().unwrap();
}
