//! Camera detections into storage: runs the registry's cameras (own detector) and the Frigate adapter,
//! and stores every event they emit, upserted by event id so start/update/end land on one row.
//! Snapshots are written under the data directory, named by event id only.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use correlate::GeoPoint;
use tokio_util::sync::CancellationToken;
use vision::{EventSource, VisionConfig, VisionEvent};

use crate::db::Db;
use crate::detections::{self, Reported};

pub mod retention;

/// The models directory: relative paths are relative to the data directory.
pub fn models_dir(vision: &VisionConfig, data_dir: &Path) -> PathBuf {
    let dir = Path::new(&vision.models_dir);
    if dir.is_absolute() {
        dir.to_path_buf()
    } else {
        data_dir.join(dir)
    }
}

/// The directory all snapshots live in.
pub fn snapshots_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("snapshots")
}

/// Where an event's snapshots live: derived from its id, never from anything a sender chose.
pub fn snapshot_path(data_dir: &Path, event: uuid::Uuid, part: &str) -> PathBuf {
    snapshots_dir(data_dir).join(format!("{event}-{part}.jpg"))
}

fn reported(event: &VisionEvent, at: GeoPoint) -> Reported {
    Reported {
        source: match event.source {
            EventSource::Tracker => "tipline".into(),
            EventSource::Frigate => "frigate".into(),
        },
        external_id: event.id.to_string(),
        detection: event.to_detection(at),
    }
}

/// Starts cameras and Frigate as configured and stores their events until `shutdown`.
/// A camera that cannot start is logged and skipped; the others run.
pub async fn run(vision: VisionConfig, db: Db, data_dir: PathBuf, shutdown: CancellationToken) {
    // Swept whether or not cameras run now: snapshots of earlier runs age out too.
    tokio::spawn(retention::run(
        snapshots_dir(&data_dir),
        retention::Retention::from_config(&vision),
        shutdown.child_token(),
    ));
    let wants_cameras = vision.cameras.iter().any(|c| c.enabled && !c.url.is_empty());
    if !wants_cameras && !vision.frigate.enabled {
        return;
    }
    let locations: HashMap<String, GeoPoint> = vision
        .cameras
        .iter()
        .filter_map(|c| GeoPoint::new(c.lat, c.lon).ok().map(|p| (c.id.clone(), p)))
        .collect();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<VisionEvent>(1024);
    let mut handles = Vec::new();
    if wants_cameras {
        let dir = models_dir(&vision, &data_dir);
        let fetched = tokio::task::spawn_blocking(move || vision::fetch(&dir)).await;
        match fetched {
            Ok(Ok(manifest)) => {
                let (running, failed) = vision::start_cameras(&vision, &manifest, tx.clone());
                for (camera, error) in failed {
                    tracing::error!(%camera, %error, "camera not started");
                }
                handles = running;
            }
            Ok(Err(e)) => tracing::error!(error = %e, "detector model unavailable (run `tipline models fetch`); cameras not started"),
            Err(e) => tracing::error!(error = %e, "model fetch task failed"),
        }
    }
    if vision.frigate.enabled {
        let (cfg, tx, stop) = (vision.clone(), tx.clone(), shutdown.clone());
        tokio::spawn(async move {
            let stats = std::sync::Arc::new(vision::frigate::FrigateStats::default());
            if let Err(e) = vision::frigate::run(&cfg, tx, stats, stop.cancelled_owned()).await {
                tracing::error!(error = %e, "Frigate adapter stopped");
            }
        });
    }
    drop(tx);
    loop {
        let event = tokio::select! {
            _ = shutdown.cancelled() => break,
            e = rx.recv() => match e { Some(e) => e, None => break },
        };
        let Some(at) = locations.get(&event.camera_id).copied() else {
            tracing::warn!(camera = %event.camera_id, "event from a camera without a registry location; skipped");
            continue;
        };
        if let Some(snapshot) = &event.snapshot {
            for (part, bytes) in [("crop", &snapshot.crop_jpeg), ("frame", &snapshot.frame_jpeg)] {
                let path = snapshot_path(&data_dir, event.id, part);
                let written = std::fs::create_dir_all(path.parent().expect("snapshots dir")).and_then(|_| std::fs::write(&path, bytes));
                if let Err(e) = written {
                    tracing::warn!(error = %e, "cannot write a snapshot");
                }
            }
        }
        if let Err(e) = detections::upsert(&db, &[reported(&event, at)], chrono::Utc::now()).await {
            tracing::warn!(error = %e, camera = %event.camera_id, "cannot store a detection event");
        }
        metrics::counter!("tipline_detections_ingested_total", "source" => "camera").increment(1);
    }
    // Stopping joins camera threads (which send their end events): off the async runtime.
    let _ = tokio::task::spawn_blocking(move || drop(handles)).await;
}
