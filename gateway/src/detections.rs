//! Detection event storage. Events are upserted by (source, external id): an NVR's `new`/`update`/`end`
//! messages and retransmitted HTTP batches all land on one row.

use chrono::{DateTime, Utc};
use correlate::{BoundingBox, Detection, GeoPoint};

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
/// batch is stored whole or not at all.
pub async fn upsert(db: &Db, events: &[Reported], now: DateTime<Utc>) -> Result<u64, StorageError> {
    let mut tx = db.pool.begin().await?;
    let mut written = 0;
    for Reported { source, external_id, detection: e } in events {
        let r = sqlx::query(
            "INSERT INTO detections (id, source, external_id, camera_id, lat, lon, label, score, box_x, box_y, box_w, box_h, colour, start_at, end_at, received_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
             ON CONFLICT (source, external_id) DO UPDATE SET \
               label = excluded.label, score = excluded.score, box_x = excluded.box_x, box_y = excluded.box_y, \
               box_w = excluded.box_w, box_h = excluded.box_h, colour = excluded.colour, \
               end_at = excluded.end_at, received_at = excluded.received_at",
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
        .execute(&mut *tx)
        .await?;
        written += r.rows_affected();
    }
    tx.commit().await?;
    Ok(written)
}

/// Events on any camera overlapping `[from, to]`; the correlation stage narrows by place.
pub async fn overlapping(db: &Db, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Vec<Detection>, StorageError> {
    use crate::db::{col, from_millis};
    let rows = sqlx::query(
        "SELECT id, camera_id, lat, lon, label, score, box_x, box_y, box_w, box_h, colour, start_at, end_at \
         FROM detections WHERE start_at <= $1 AND end_at >= $2 ORDER BY start_at",
    )
    .bind(millis(to))
    .bind(millis(from))
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
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
            })
        })
        .collect()
}
