//! Late camera events: a tip's correlation stays open for a while after it ran, because detections often
//! arrive late (an NVR reports an event when it ends; a camera that reconnects catches up). Each stored
//! batch of detections is checked against the open watches, and a tip with a new candidate nearby gets its
//! correlate stage, and so its route stage, run again: the matches and the alert are brought up to date.

use chrono::{DateTime, Utc};
use correlate::{Detection, GeoPoint, TimeWindow, TipId};

use crate::db::{col, millis, Db, StorageError};
use crate::pipeline::queue;

/// Where a tip's places are and how far from each a camera may be to matter.
pub type Reach = (GeoPoint, f64);

/// Opens (or moves) the watch of a tip over `window`, near `points`, until `until`.
pub async fn open(db: &Db, tip: TipId, window: &TimeWindow, points: &[Reach], until: DateTime<Utc>) -> Result<(), StorageError> {
    let points: Vec<[f64; 3]> = points.iter().map(|(p, r)| [p.lat, p.lon, *r]).collect();
    sqlx::query(
        "INSERT INTO correlation_watch (tip_id, search_start, search_end, points, watch_until) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (tip_id) DO UPDATE SET search_start = excluded.search_start, search_end = excluded.search_end, \
         points = excluded.points, watch_until = excluded.watch_until",
    )
    .bind(tip.to_string())
    .bind(millis(window.start))
    .bind(millis(window.end))
    .bind(serde_json::to_string(&points).expect("numbers serialise"))
    .bind(millis(until))
    .execute(&db.pool)
    .await?;
    Ok(())
}

fn seen_by_watch(d: &Detection, start: i64, end: i64, points: &[[f64; 3]]) -> bool {
    millis(d.start) <= end
        && millis(d.end) >= start
        && points.iter().any(|[lat, lon, reach]| {
            GeoPoint::new(*lat, *lon).is_ok_and(|p| p.distance_m(&d.camera_location) <= *reach)
        })
}

/// Re-runs correlation of every watching tip that one of `events` concerns; returns the tips re-queued.
/// Expired watches are removed on the way.
pub async fn on_detections(db: &Db, events: &[Detection], now: DateTime<Utc>) -> Result<Vec<TipId>, StorageError> {
    let (Some(first), Some(last)) = (events.iter().map(|d| d.start).min(), events.iter().map(|d| d.end).max()) else {
        return Ok(Vec::new());
    };
    let now_ms = millis(now);
    sqlx::query("DELETE FROM correlation_watch WHERE watch_until < $1").bind(now_ms).execute(&db.pool).await?;
    let rows = sqlx::query(
        "SELECT tip_id, search_start, search_end, points FROM correlation_watch \
         WHERE search_start <= $1 AND search_end >= $2",
    )
    .bind(millis(last))
    .bind(millis(first))
    .fetch_all(&db.pool)
    .await?;
    let mut requeued = Vec::new();
    let mut conn = db.pool.acquire().await?;
    for r in &rows {
        let points: Vec<[f64; 3]> = serde_json::from_str(&col::<String>(r, "points")?)
            .map_err(|e| StorageError::Query(format!("unreadable correlation watch: {e}")))?;
        let (start, end) = (col::<i64>(r, "search_start")?, col::<i64>(r, "search_end")?);
        if !events.iter().any(|d| seen_by_watch(d, start, end, &points)) {
            continue;
        }
        let id: String = col(r, "tip_id")?;
        let Ok(tip) = id.parse::<TipId>() else { continue };
        if queue::rerun(&mut conn, tip, "correlate", now_ms).await? {
            tracing::info!(tip = %tip, "late camera events near a tip: correlation runs again");
            requeued.push(tip);
        }
    }
    Ok(requeued)
}
