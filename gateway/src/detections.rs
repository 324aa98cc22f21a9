//! Detection event storage. Events are upserted by (source, external id): an NVR's `new`/`update`/`end`
//! messages and retransmitted HTTP batches all land on one row.

use chrono::{DateTime, Utc};
use correlate::{BoundingBox, Detection, GeoPoint, ReviewSeverity};

use crate::db::{millis, Db, StorageError};

/// A detection as reported, with who reported it under which of their ids. The detection's own `id` is
/// ignored on insert: a stored event keeps the id it got first.
#[derive(Debug, Clone, PartialEq)]
pub struct Reported {
    pub source: String,
    pub external_id: String,
    pub detection: Detection,
}

/// Inserts or updates each event; returns how many rows were written. One transaction per batch, so a
/// batch is stored whole or not at all. Tips still watching for late camera events near these are then
/// queued for correlation again.
pub async fn upsert(db: &Db, events: &[Reported], now: DateTime<Utc>) -> Result<u64, StorageError> {
    let mut tx = db.pool.begin().await?;
    let mut written = 0;
    for Reported { source, external_id, detection: e } in events {
        let r = sqlx::query(
            "INSERT INTO detections (id, source, external_id, camera_id, lat, lon, label, score, box_x, box_y, box_w, box_h, colour, start_at, end_at, received_at, severity) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             ON CONFLICT (source, external_id) DO UPDATE SET \
               label = excluded.label, score = excluded.score, box_x = excluded.box_x, box_y = excluded.box_y, \
               box_w = excluded.box_w, box_h = excluded.box_h, colour = excluded.colour, \
               end_at = excluded.end_at, received_at = excluded.received_at, \
               severity = COALESCE(excluded.severity, detections.severity)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(source)
        .bind(external_id)
        .bind(&e.camera_id)
        .bind(e.camera_location.lat)
        .bind(e.camera_location.lon)
        .bind(&e.label)
        .bind(e.score as f64)
        .bind(e.bbox.x as f64)
        .bind(e.bbox.y as f64)
        .bind(e.bbox.w as f64)
        .bind(e.bbox.h as f64)
        .bind(e.colour.clone())
        .bind(millis(e.start))
        .bind(millis(e.end))
        .bind(millis(now))
        .bind(e.severity.map(|s| s.as_str()))
        .execute(&mut *tx)
        .await?;
        written += r.rows_affected();
    }
    tx.commit().await?;
    let stored: Vec<Detection> = events.iter().map(|r| r.detection.clone()).collect();
    crate::watch::on_detections(db, &stored, now).await?;
    Ok(written)
}

const COLUMNS: &str = "id, camera_id, lat, lon, label, score, box_x, box_y, box_w, box_h, colour, start_at, end_at, severity";

fn detection_of(r: &sqlx::any::AnyRow) -> Result<Detection, StorageError> {
    use crate::db::{col, from_millis};
    let id: String = col(r, "id")?;
    let f = |name: &str| col::<f64>(r, name);
    Ok(Detection {
        id: id.parse().map_err(|_| StorageError::Query(format!("bad detection id {id}")))?,
        camera_id: col(r, "camera_id")?,
        camera_location: GeoPoint::new(f("lat")?, f("lon")?).map_err(|e| StorageError::Query(e.to_string()))?,
        label: col(r, "label")?,
        score: f("score")? as f32,
        bbox: BoundingBox { x: f("box_x")? as f32, y: f("box_y")? as f32, w: f("box_w")? as f32, h: f("box_h")? as f32 },
        colour: col(r, "colour")?,
        start: from_millis(col(r, "start_at")?),
        end: from_millis(col(r, "end_at")?),
        severity: col::<Option<String>>(r, "severity")?.as_deref().and_then(ReviewSeverity::parse),
    })
}

/// Events on any camera overlapping `[from, to]`, straight from storage.
pub async fn overlapping(db: &Db, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Detection>, StorageError> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM detections WHERE start_at <= $1 AND end_at >= $2 ORDER BY start_at"))
        .bind(millis(to))
        .bind(millis(from))
        .fetch_all(&db.pool)
        .await?;
    rows.iter().map(detection_of).collect()
}

/// Rows read per round trip while following the table.
const SYNC_PAGE: i64 = 50_000;

/// Rows written this long before the newest one seen are read again: a writer stamps `received_at` before
/// its transaction commits, so a slow commit can become visible after a later one. The index upserts, so
/// reading a row twice is harmless.
const SYNC_OVERLAP_MS: i64 = 10_000;

/// All stored detection events in memory ([`correlate::index::DetectionIndex`]), for the correlate stage's
/// "near this place, at this time" lookups. It follows the table rather than the writes of this process,
/// so events stored by other gateway nodes (one PostgreSQL, several nodes) are found too: [`Self::sync`]
/// reads what was written since the last call (everything, the first time).
#[derive(Default)]
pub struct DetectionIndex {
    index: std::sync::RwLock<correlate::index::DetectionIndex>,
    /// Newest `received_at` read so far; the async mutex also makes syncs take turns.
    cursor: tokio::sync::Mutex<Option<i64>>,
}

impl DetectionIndex {
    /// Brings the index up to date with storage; returns how many rows were read.
    pub async fn sync(&self, db: &Db) -> Result<usize, StorageError> {
        use crate::db::col;
        let mut cursor = self.cursor.lock().await;
        // Keyset paging on (received_at, id): pages never overlap or skip, whatever the timestamps.
        let mut after = (cursor.map_or(i64::MIN, |c| c.saturating_sub(SYNC_OVERLAP_MS)), String::new());
        let mut read = 0;
        loop {
            let rows = sqlx::query(&format!(
                "SELECT {COLUMNS}, received_at FROM detections WHERE received_at > $1 OR (received_at = $1 AND id > $2) \
                 ORDER BY received_at, id LIMIT {SYNC_PAGE}"
            ))
            .bind(after.0)
            .bind(&after.1)
            .fetch_all(&db.pool)
            .await?;
            let mut batch = Vec::with_capacity(rows.len());
            for r in &rows {
                batch.push(detection_of(r)?);
                after = (col::<i64>(r, "received_at")?, col::<String>(r, "id")?);
            }
            read += rows.len();
            // Storage validated every event on the way in; one the index still refuses is logged, not fatal.
            if let Err(e) = self.index.write().unwrap_or_else(|p| p.into_inner()).extend(batch.iter().cloned()) {
                tracing::warn!(error = %e, "detection events the index cannot hold; indexing them one by one");
                let mut index = self.index.write().unwrap_or_else(|p| p.into_inner());
                for d in batch {
                    if let Err(e) = index.insert(d) {
                        tracing::warn!(error = %e, "detection event left out of the index");
                    }
                }
            }
            *cursor = Some(cursor.unwrap_or(i64::MIN).max(after.0));
            if (rows.len() as i64) < SYNC_PAGE {
                break;
            }
        }
        Ok(read)
    }

    /// Events from cameras within `radius_m` of `centre` overlapping `[from, to]`, as of the last sync.
    pub fn near(&self, centre: GeoPoint, radius_m: f64, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Detection> {
        let q = correlate::index::DetectionQuery { centre, radius_m, from, to, labels: Vec::new() };
        self.index.read().unwrap_or_else(|p| p.into_inner()).query(&q)
    }

    pub fn len(&self) -> usize {
        self.index.read().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
