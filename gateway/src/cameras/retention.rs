//! Snapshot retention: deletes event snapshots older than `[vision] snapshot_retention_hours` and, beyond
//! `snapshot_max_mb`, the oldest events' snapshots first.
//!
//! Snapshots are `<event id>-<part>.jpg` files; the detections table does not store their paths (the path
//! is derived from the event id), so deleting files leaves no dangling reference in the database: a
//! reader that asks for a swept snapshot simply finds none. An event's parts are judged and deleted
//! together, by the newest modification time among them, so a crop never outlives its frame. Files with
//! any other name are never touched.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tokio_util::sync::CancellationToken;
use uuid::Uuid;

/// How often the sweeper looks: snapshots are small and the directory listing is cheap.
const SWEEP_EVERY: Duration = Duration::from_secs(600);

/// What to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Events whose snapshots are older than this go; `None` keeps them by age.
    pub max_age: Option<Duration>,
    /// All snapshots together stay at or below this; `None` is no cap.
    pub max_bytes: Option<u64>,
}

impl Retention {
    pub fn from_config(vision: &vision::VisionConfig) -> Retention {
        Retention {
            max_age: (vision.snapshot_retention_hours > 0)
                .then(|| Duration::from_secs(vision.snapshot_retention_hours.saturating_mul(3600))),
            max_bytes: (vision.snapshot_max_mb > 0).then(|| vision.snapshot_max_mb.saturating_mul(1024 * 1024)),
        }
    }

    pub fn keeps_everything(&self) -> bool {
        self.max_age.is_none() && self.max_bytes.is_none()
    }
}

/// What one sweep removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Swept {
    pub events: usize,
    pub files: usize,
    pub bytes: u64,
}

struct EventFiles {
    newest: SystemTime,
    bytes: u64,
    paths: Vec<PathBuf>,
}

/// The event id of a snapshot file name `<uuid>-<part>.jpg`, or `None` for anything else.
fn event_of(name: &str) -> Option<Uuid> {
    let stem = name.strip_suffix(".jpg")?;
    // A hyphenated UUID is 36 characters; the part follows after one more `-`.
    let (id, part) = (stem.get(..36)?, stem.get(36..)?);
    if !part.starts_with('-') || part.len() < 2 {
        return None;
    }
    Uuid::parse_str(id).ok()
}

/// One pass over `dir` at time `now`. A missing directory is an empty one.
pub fn sweep(dir: &Path, now: SystemTime, retention: &Retention) -> std::io::Result<Swept> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Swept::default()),
        Err(e) => return Err(e),
    };
    let mut events: HashMap<Uuid, EventFiles> = HashMap::new();
    for entry in entries {
        let entry = entry?;
        let Some(id) = entry.file_name().to_str().and_then(event_of) else { continue };
        let meta = entry.metadata()?;
        if !meta.is_file() {
            continue;
        }
        let modified = meta.modified()?;
        let e = events.entry(id).or_insert(EventFiles { newest: SystemTime::UNIX_EPOCH, bytes: 0, paths: Vec::new() });
        e.newest = e.newest.max(modified);
        e.bytes += meta.len();
        e.paths.push(entry.path());
    }
    let mut events: Vec<EventFiles> = events.into_values().collect();
    // Oldest first, so the size cap removes the oldest events.
    events.sort_by_key(|e| e.newest);
    let cutoff = retention.max_age.and_then(|age| now.checked_sub(age));
    let mut total: u64 = events.iter().map(|e| e.bytes).sum();
    let mut swept = Swept::default();
    for e in events {
        let too_old = cutoff.is_some_and(|c| e.newest < c);
        let too_big = retention.max_bytes.is_some_and(|cap| total > cap);
        if !too_old && !too_big {
            // Sorted by age: nothing after this one is older, and the size is within the cap.
            break;
        }
        for p in &e.paths {
            match std::fs::remove_file(p) {
                Ok(()) => swept.files += 1,
                // Gone already (another sweeper, an operator): still counts as removed space.
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => return Err(err),
            }
        }
        swept.events += 1;
        swept.bytes += e.bytes;
        total -= e.bytes;
    }
    Ok(swept)
}

/// Sweeps `dir` now and every [`SWEEP_EVERY`] until `shutdown`.
pub async fn run(dir: PathBuf, retention: Retention, shutdown: CancellationToken) {
    if retention.keeps_everything() {
        return;
    }
    loop {
        let d = dir.clone();
        match tokio::task::spawn_blocking(move || sweep(&d, SystemTime::now(), &retention)).await {
            Ok(Ok(s)) if s.files > 0 => {
                tracing::info!(events = s.events, files = s.files, bytes = s.bytes, "old snapshots deleted");
                metrics::counter!("tipline_snapshots_swept_total").increment(s.files as u64);
            }
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "snapshot sweep failed"),
            Err(e) => tracing::warn!(error = %e, "snapshot sweep task failed"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep(SWEEP_EVERY) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: Duration = Duration::from_secs(3600);

    struct Dir(PathBuf);
    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn temp_dir(name: &str) -> Dir {
        let d = std::env::temp_dir().join(format!("tipline-retention-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Dir(d)
    }

    /// Writes both parts of an event's snapshots, `bytes` each, last modified `age` before `now`.
    fn snapshots(dir: &Path, now: SystemTime, age: Duration, bytes: usize) -> Uuid {
        let id = Uuid::new_v4();
        for part in ["crop", "frame"] {
            let path = crate::cameras::snapshot_path(dir.parent().unwrap(), id, part);
            std::fs::write(&path, vec![0u8; bytes]).unwrap();
            std::fs::File::options().write(true).open(&path).unwrap().set_modified(now - age).unwrap();
        }
        id
    }

    fn exists(dir: &Path, id: Uuid) -> [bool; 2] {
        ["crop", "frame"].map(|p| crate::cameras::snapshot_path(dir.parent().unwrap(), id, p).exists())
    }

    #[test]
    fn files_older_than_the_retention_go_and_newer_ones_stay() {
        let root = temp_dir("age");
        let dir = root.0.join("snapshots");
        std::fs::create_dir_all(&dir).unwrap();
        let now = SystemTime::now();
        let old = snapshots(&dir, now, 49 * HOUR, 10);
        let fresh = snapshots(&dir, now, 47 * HOUR, 10);
        let other = dir.join("notes.txt");
        std::fs::write(&other, "not a snapshot").unwrap();
        std::fs::File::options().write(true).open(&other).unwrap().set_modified(now - 100 * HOUR).unwrap();

        let r = Retention { max_age: Some(48 * HOUR), max_bytes: None };
        assert_eq!(sweep(&dir, now, &r).unwrap(), Swept { events: 1, files: 2, bytes: 20 });
        assert_eq!(exists(&dir, old), [false, false]);
        assert_eq!(exists(&dir, fresh), [true, true]);
        assert!(other.exists(), "files that are not snapshots are never touched");
        assert_eq!(sweep(&dir, now, &r).unwrap(), Swept::default(), "a second pass finds nothing");
    }

    #[test]
    fn an_events_parts_go_together_by_the_newest_of_them() {
        let root = temp_dir("parts");
        let dir = root.0.join("snapshots");
        std::fs::create_dir_all(&dir).unwrap();
        let now = SystemTime::now();
        let id = snapshots(&dir, now, 50 * HOUR, 10);
        // The frame was rewritten recently (a better view on the end event): the crop stays with it.
        let frame = crate::cameras::snapshot_path(&root.0, id, "frame");
        std::fs::File::options().write(true).open(&frame).unwrap().set_modified(now - HOUR).unwrap();
        let r = Retention { max_age: Some(48 * HOUR), max_bytes: None };
        assert_eq!(sweep(&dir, now, &r).unwrap(), Swept::default());
        assert_eq!(exists(&dir, id), [true, true]);
    }

    #[test]
    fn the_size_cap_removes_the_oldest_events_first() {
        let root = temp_dir("size");
        let dir = root.0.join("snapshots");
        std::fs::create_dir_all(&dir).unwrap();
        let now = SystemTime::now();
        let ids: Vec<Uuid> = (1..=4).rev().map(|h| snapshots(&dir, now, h * HOUR, 100)).collect();
        // 4 events x 200 bytes; a cap of 450 keeps the two newest.
        let r = Retention { max_age: None, max_bytes: Some(450) };
        assert_eq!(sweep(&dir, now, &r).unwrap(), Swept { events: 2, files: 4, bytes: 400 });
        let kept: Vec<bool> = ids.iter().map(|id| exists(&dir, *id) == [true, true]).collect();
        assert_eq!(kept, [false, false, true, true]);
    }

    #[test]
    fn a_missing_directory_is_empty_and_zero_settings_keep_everything() {
        let root = temp_dir("missing");
        let r = Retention { max_age: Some(HOUR), max_bytes: Some(1) };
        assert_eq!(sweep(&root.0.join("snapshots"), SystemTime::now(), &r).unwrap(), Swept::default());
        let v = vision::VisionConfig { snapshot_retention_hours: 0, snapshot_max_mb: 0, ..Default::default() };
        assert!(Retention::from_config(&v).keeps_everything());
        let v = vision::VisionConfig { snapshot_retention_hours: 2, snapshot_max_mb: 3, ..Default::default() };
        assert_eq!(Retention::from_config(&v), Retention { max_age: Some(2 * HOUR), max_bytes: Some(3 << 20) });
    }

    #[test]
    fn only_snapshot_names_are_recognised() {
        let id = Uuid::new_v4();
        assert_eq!(event_of(&format!("{id}-crop.jpg")), Some(id));
        assert_eq!(event_of(&format!("{id}.jpg")), None);
        assert_eq!(event_of(&format!("{id}-crop.png")), None);
        assert_eq!(event_of("x-crop.jpg"), None);
        assert_eq!(event_of("ü"), None);
    }
}
