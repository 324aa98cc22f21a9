//! A camera in the registry playing real footage (vtest.avi) feeds the detection store through the
//! gateway, with snapshots on disk named by event id.

use std::time::{Duration, Instant};

use tipline_tests::{TestApp, TestDb};

#[tokio::test]
async fn a_registry_camera_fills_the_detection_store() {
    let models = vision::default_models_dir();
    let video = tokio::task::spawn_blocking({
        let m = models.clone();
        move || {
            vision::fetch(&m).expect("detector model");
            vision::fetch_demo_video(&m).expect("demo video")
        }
    })
    .await
    .unwrap();
    let tdb = TestDb::sqlite().await;
    let mut config = tdb.config();
    config.vision.models_dir = models.display().to_string();
    config.vision.cameras.push(vision::CameraConfig {
        id: "main-3rd".into(),
        name: "Main St & 3rd St".into(),
        lat: 44.0531,
        lon: -72.6082,
        url: video.display().to_string(),
        sample_every: 20,
        ..Default::default()
    });
    // A camera that cannot work must not stop the others.
    config.vision.cameras.push(vision::CameraConfig {
        id: "broken".into(),
        lat: 44.05,
        lon: -72.60,
        url: "rtsp://127.0.0.1:9/nothing".into(),
        ..Default::default()
    });
    let data_dir = config.storage.data_dir.clone();
    let app = TestApp::start(config).await;
    let deadline = Instant::now() + Duration::from_secs(120);
    let labels = loop {
        let labels: Vec<(String, String)> =
            sqlx::query_as("SELECT DISTINCT label, source FROM detections WHERE camera_id = 'main-3rd'").fetch_all(&app.db.pool).await.unwrap();
        if labels.iter().any(|(l, _)| l == "person") && labels.iter().any(|(l, _)| l == "car" || l == "truck") {
            break labels;
        }
        assert!(Instant::now() < deadline, "no person and vehicle events yet: {labels:?}");
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    assert!(labels.iter().all(|(_, s)| s == "tipline"));
    let boxes: Vec<(f64, f64, f64, f64)> =
        sqlx::query_as("SELECT box_x, box_y, box_w, box_h FROM detections").fetch_all(&app.db.pool).await.unwrap();
    for (x, y, w, h) in boxes {
        assert!(x >= 0.0 && y >= 0.0 && w > 0.0 && h > 0.0 && x + w <= 768.5 && y + h <= 576.5, "box in frame: {x} {y} {w} {h}");
    }
    let snapshots = std::fs::read_dir(data_dir.join("snapshots")).map(|d| d.count()).unwrap_or(0);
    assert!(snapshots >= 2, "snapshots written");
    app.stop().await;
}
