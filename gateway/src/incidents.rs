//! Incidents: each analysed tip joins the unresolved incident that describes the same thing (rules in
//! `correlate::grouping`) or opens one. The dispatcher queue lists them, most urgent first. An incident is
//! open until a dispatcher acknowledges it, and unresolved until a dispatcher resolves it or no tip joined
//! it for `correlate.incident_resolve_after_s` (see `alerts::lifecycle`, which also stops its repeats).
//!
//! Grouping is serialised through the routing lock ([`Db::begin_routing`]), so concurrent tips about one
//! event end in one incident, and it is idempotent per tip: a re-run of the route stage finds the tip already placed.

use chrono::{DateTime, Utc};
use correlate::grouping::{self, GroupingParams, Signature};
use correlate::{Analysis, Lifecycle, Priority, TipId};
use serde::Serialize;

use crate::db::{col, from_millis, millis, Db, StorageError};

/// Where a tip went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assigned {
    pub incident_id: String,
    /// The tip opened the incident (rather than joining one).
    pub opened: bool,
    /// Why it joined; empty when it opened the incident.
    pub reasons: Vec<String>,
    pub tip_count: i64,
    /// The incident as it stands with this tip in it.
    pub signature: Signature,
}

fn corrupt(e: serde_json::Error) -> StorageError {
    StorageError::Query(format!("stored incident is unreadable: {e}"))
}

fn signature_of(row: &sqlx::any::AnyRow) -> Result<Signature, StorageError> {
    serde_json::from_str(&col::<String>(row, "signature")?).map_err(corrupt)
}

/// Puts the tip in an incident; returns the earlier decision if it was already placed.
pub async fn assign(
    db: &Db,
    tip: TipId,
    analysis: &Analysis,
    params: &GroupingParams,
    now: DateTime<Utc>,
) -> Result<Assigned, StorageError> {
    let tip_id = tip.to_string();
    let now_ms = millis(now);
    let mut tx = db.begin_routing().await?;
    let placed = sqlx::query(
        "SELECT t.reasons, i.id, i.signature, i.tip_count FROM incident_tips t JOIN incidents i ON i.id = t.incident_id \
         WHERE t.tip_id = $1",
    )
    .bind(&tip_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(row) = placed {
        let reasons: Vec<String> = serde_json::from_str(&col::<String>(&row, "reasons")?).map_err(corrupt)?;
        tx.commit().await?;
        return Ok(Assigned {
            incident_id: col(&row, "id")?,
            opened: reasons.is_empty(),
            reasons,
            tip_count: col(&row, "tip_count")?,
            signature: signature_of(&row)?,
        });
    }
    let tip_sig = Signature::of(analysis);
    // Only unresolved incidents whose span ends late enough for any rule to reach the tip: a tip about a
    // resolved incident's place and time is news, and opens a new incident.
    let reach = params.plate_window.max(params.time_gap);
    let rows =
        sqlx::query("SELECT id, signature, tip_count FROM incidents WHERE span_end >= $1 AND resolved_at IS NULL")
            .bind(millis(tip_sig.start - reach))
            .fetch_all(&mut *tx)
            .await?;
    let open: Vec<(String, Signature, i64)> = rows
        .iter()
        .map(|r| Ok((col(r, "id")?, signature_of(r)?, col(r, "tip_count")?)))
        .collect::<Result<_, StorageError>>()?;
    let best = grouping::best_incident(open.iter().map(|(id, sig, _)| (id, sig)), &tip_sig, params);
    let assigned = match best {
        Some((id, relation)) => {
            let (_, sig, count) = open.iter().find(|(i, _, _)| *i == id).expect("chosen among open");
            let mut sig = sig.clone();
            sig.absorb(&tip_sig);
            sqlx::query(
                "UPDATE incidents SET signature = $1, category = $2, priority_rank = $3, tip_count = tip_count + 1, \
                 span_end = $4, updated_at = $5 WHERE id = $6",
            )
            .bind(serde_json::to_string(&sig).expect("signature serialises"))
            .bind(&sig.category)
            .bind(sig.priority as i64)
            .bind(millis(sig.end))
            .bind(now_ms)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
            Assigned { incident_id: id, opened: false, reasons: relation.reasons, tip_count: count + 1, signature: sig }
        }
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            sqlx::query(
                "INSERT INTO incidents (id, signature, category, priority_rank, tip_count, span_end, opened_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 1, $5, $6, $6)",
            )
            .bind(&id)
            .bind(serde_json::to_string(&tip_sig).expect("signature serialises"))
            .bind(&tip_sig.category)
            .bind(tip_sig.priority as i64)
            .bind(millis(tip_sig.end))
            .bind(now_ms)
            .execute(&mut *tx)
            .await?;
            Assigned { incident_id: id, opened: true, reasons: Vec::new(), tip_count: 1, signature: tip_sig }
        }
    };
    sqlx::query("INSERT INTO incident_tips (tip_id, incident_id, reasons, added_at) VALUES ($1, $2, $3, $4)")
        .bind(&tip_id)
        .bind(&assigned.incident_id)
        .bind(serde_json::to_string(&assigned.reasons).expect("strings serialise"))
        .bind(now_ms)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(assigned)
}

/// One row of the dispatcher queue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub id: String,
    pub category: String,
    pub priority: Priority,
    pub tip_count: i64,
    /// The time span the incident's tips describe.
    pub span_start: DateTime<Utc>,
    pub span_end: DateTime<Utc>,
    pub opened_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub acknowledged_by: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// `open`, `acknowledged` or `resolved`.
    pub state: Lifecycle,
    /// The dispatcher who resolved it, or [`RESOLVED_AS_QUIET`].
    pub resolved_by: Option<String>,
    pub resolved_at: Option<DateTime<Utc>>,
}

/// `resolved_by` of an incident that resolved itself after the quiet period.
pub const RESOLVED_AS_QUIET: &str = "tipline:quiet";

/// A tip of an incident and why it is there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    pub tip_id: String,
    pub added_at: DateTime<Utc>,
    pub reasons: Vec<String>,
}

const SUMMARY_COLUMNS: &str =
    "id, signature, tip_count, opened_at, updated_at, acknowledged_by, acknowledged_at, resolved_by, resolved_at";

fn summary_of(row: &sqlx::any::AnyRow) -> Result<Summary, StorageError> {
    let sig = signature_of(row)?;
    let acknowledged_at = col::<Option<i64>>(row, "acknowledged_at")?.map(from_millis);
    let resolved_at = col::<Option<i64>>(row, "resolved_at")?.map(from_millis);
    Ok(Summary {
        id: col(row, "id")?,
        category: sig.category,
        priority: sig.priority,
        tip_count: col(row, "tip_count")?,
        span_start: sig.start,
        span_end: sig.end,
        opened_at: from_millis(col(row, "opened_at")?),
        updated_at: from_millis(col(row, "updated_at")?),
        acknowledged_by: col(row, "acknowledged_by")?,
        state: Lifecycle::of(acknowledged_at, resolved_at),
        acknowledged_at,
        resolved_by: col(row, "resolved_by")?,
        resolved_at,
    })
}

/// The dispatcher queue: open incidents first, then acknowledged, then resolved ones (only with
/// `include_acknowledged`, "all"), each by priority, then most recently updated.
pub async fn queue(db: &Db, include_acknowledged: bool, limit: u32) -> Result<Vec<Summary>, StorageError> {
    let filter = if include_acknowledged { "" } else { "WHERE acknowledged_at IS NULL AND resolved_at IS NULL" };
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM incidents {filter} \
         ORDER BY CASE WHEN resolved_at IS NOT NULL THEN 2 WHEN acknowledged_at IS NOT NULL THEN 1 ELSE 0 END, \
         priority_rank DESC, updated_at DESC, id \
         LIMIT {}",
        limit.clamp(1, 500)
    );
    sqlx::query(&sql).fetch_all(&db.pool).await?.iter().map(summary_of).collect()
}

/// An incident and its tips in the order they joined.
pub async fn load(db: &Db, id: &str) -> Result<Option<(Summary, Vec<Member>)>, StorageError> {
    let Some(row) = sqlx::query(&format!("SELECT {SUMMARY_COLUMNS} FROM incidents WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?
    else {
        return Ok(None);
    };
    let members = sqlx::query("SELECT tip_id, reasons, added_at FROM incident_tips WHERE incident_id = $1 ORDER BY added_at, tip_id")
        .bind(id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Member {
                tip_id: col(r, "tip_id")?,
                added_at: from_millis(col(r, "added_at")?),
                reasons: serde_json::from_str(&col::<String>(r, "reasons")?).map_err(corrupt)?,
            })
        })
        .collect::<Result<_, StorageError>>()?;
    Ok(Some((summary_of(&row)?, members)))
}

/// The incident a tip is in, if it has been grouped yet.
pub async fn of_tip(db: &Db, tip: TipId) -> Result<Option<String>, StorageError> {
    let row = sqlx::query("SELECT incident_id FROM incident_tips WHERE tip_id = $1").bind(tip.to_string()).fetch_optional(&db.pool).await?;
    row.map(|r| col(&r, "incident_id")).transpose()
}

/// Marks an incident as taken by `actor`; `false` if there is no such incident. Acknowledging again keeps
/// the first dispatcher. Use `alerts::lifecycle::acknowledge`, which also calls off queued repeats.
pub async fn acknowledge(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<bool, StorageError> {
    let r = sqlx::query(
        "UPDATE incidents SET acknowledged_by = COALESCE(acknowledged_by, $1), acknowledged_at = COALESCE(acknowledged_at, $2) \
         WHERE id = $3",
    )
    .bind(actor)
    .bind(millis(now))
    .bind(id)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// What [`resolve`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    NoSuchIncident,
    /// Resolved now.
    Now,
    /// It was resolved before; the first resolution is kept.
    Already,
}

/// Resolves an incident as `by` (a dispatcher, or [`RESOLVED_AS_QUIET`]). Run it in a routing transaction
/// ([`Db::begin_routing`]) so no tip joins the incident at the same moment. Use
/// `alerts::lifecycle::resolve`, which also stops repeats and queues resolved notices.
pub async fn resolve(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Resolved, StorageError> {
    let r =
        sqlx::query("UPDATE incidents SET resolved_by = $1, resolved_at = $2 WHERE id = $3 AND resolved_at IS NULL")
            .bind(by)
            .bind(millis(now))
            .bind(id)
            .execute(&mut *conn)
            .await?;
    if r.rows_affected() > 0 {
        return Ok(Resolved::Now);
    }
    let exists = sqlx::query("SELECT id FROM incidents WHERE id = $1").bind(id).fetch_optional(conn).await?;
    Ok(if exists.is_some() { Resolved::Already } else { Resolved::NoSuchIncident })
}

/// Unresolved incidents no tip joined since `cutoff` (Unix ms): the quiet ones, due for auto-resolution.
pub async fn quiet_since(conn: &mut sqlx::AnyConnection, cutoff: i64) -> Result<Vec<String>, StorageError> {
    sqlx::query("SELECT id FROM incidents WHERE resolved_at IS NULL AND updated_at <= $1 ORDER BY updated_at, id")
        .bind(cutoff)
        .fetch_all(conn)
        .await?
        .iter()
        .map(|r| col(r, "id"))
        .collect()
}
