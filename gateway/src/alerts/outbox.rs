//! The outbox tables: deliveries claimed with a lease (like pipeline jobs), their outcomes, receiver
//! health (circuit breaker, 410 switch), and the dead letters operators list and replay.
//!
//! Every function takes `now` (Unix ms). Mutations of a claimed delivery are fenced by `lease_owner`, so a
//! worker whose lease expired cannot overwrite the outcome recorded by the worker that took over.

use serde::Serialize;

use crate::db::{col, Db, StorageError};

/// A delivery a worker holds a lease on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub id: String,
    pub subject_id: String,
    pub receiver: String,
    pub kind: String,
    pub payload: serde_json::Value,
    pub message_id: String,
    /// Including this one.
    pub attempts: i64,
}

/// One outbox row as listed to operators (`tipline deliveries list`, the API).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeliveryRow {
    pub id: String,
    pub subject_id: String,
    pub receiver: String,
    pub kind: String,
    pub message_id: String,
    pub state: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub delivered_at: Option<i64>,
    /// For state `merged`: the delivery that carried this one.
    pub merged_into: Option<String>,
    /// `alert`, `repeat` or `resolved`.
    pub notice: String,
    pub incident_id: Option<String>,
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// `queued`, `sending`, `delivered`, `dead`, `disabled-endpoint`, `merged`, `cancelled`; empty: all.
    pub state: String,
    /// Empty: all receivers.
    pub receiver: String,
    pub limit: i64,
}

/// A new row for [`insert`] and [`insert_notice`].
pub struct NewDelivery<'a> {
    pub subject_id: &'a str,
    pub receiver: &'a str,
    pub kind: &'a str,
    pub group_key: &'a str,
    pub payload: &'a serde_json::Value,
    pub due_at: i64,
    /// The incident the alert is about, if any: repeats and resolved notices are found through it.
    pub incident_id: Option<&'a str>,
    pub notice: Notice,
    /// The route's `repeat_interval` (0: no repeats) and `send_resolved`, as routed.
    pub repeat_interval_ms: i64,
    pub send_resolved: bool,
}

/// What a delivery tells its receiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// A tip's alert, or its update after a better camera match.
    Alert,
    /// The incident's alert again, its `n`-th time, because nobody acknowledged it.
    Repeat(i64),
    /// The incident was resolved.
    Resolved,
}

impl Notice {
    fn column(self) -> (&'static str, i64) {
        match self {
            Notice::Alert => ("alert", 0),
            Notice::Repeat(n) => ("repeat", n),
            Notice::Resolved => ("resolved", 0),
        }
    }
}

/// What [`insert`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inserted {
    /// A row for this subject and receiver existed already (a re-run): nothing changed.
    Existing,
    /// A new delivery was queued.
    Queued,
    /// The group had a delivery waiting that was never attempted: it now carries this (newer) payload, and
    /// this subject's row points at it. One message tells the receiver about both.
    Merged { into: String },
}

/// Adds a delivery unless one exists for this subject and receiver, merging into the group's waiting
/// delivery when there is one (Alertmanager's grouping: one notification per group interval).
pub async fn insert(conn: &mut sqlx::AnyConnection, d: &NewDelivery<'_>, now: i64) -> Result<Inserted, StorageError> {
    let exists = sqlx::query("SELECT id FROM deliveries WHERE subject_id = $1 AND receiver = $2")
        .bind(d.subject_id)
        .bind(d.receiver)
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_some() {
        return Ok(Inserted::Existing);
    }
    // Never attempted, so the receiver has seen nothing of it yet and its payload may still change. Only
    // alerts: a queued repeat or resolved notice says something else and keeps its own payload.
    let waiting = sqlx::query(
        "UPDATE deliveries SET payload = $1, updated_at = $2 WHERE id = (SELECT id FROM deliveries \
         WHERE receiver = $3 AND group_key = $4 AND state = 'queued' AND attempts = 0 AND notice = 'alert' \
         ORDER BY created_at LIMIT 1) \
         RETURNING id",
    )
    .bind(d.payload.to_string())
    .bind(now)
    .bind(d.receiver)
    .bind(d.group_key)
    .fetch_optional(&mut *conn)
    .await?;
    let merged_into: Option<String> = waiting.map(|r| col(&r, "id")).transpose()?;
    insert_row(conn, d, merged_into.as_deref(), now).await?;
    Ok(match merged_into {
        Some(into) => Inserted::Merged { into },
        None => Inserted::Queued,
    })
}

/// Queues a repeat or resolved notice as a delivery of its own (never merged: each is one message with a
/// new id). `false` if the same notice (subject and receiver) was queued already.
pub async fn insert_notice(
    conn: &mut sqlx::AnyConnection,
    d: &NewDelivery<'_>,
    now: i64,
) -> Result<bool, StorageError> {
    Ok(insert_row(conn, d, None, now).await? == 1)
}

async fn insert_row(
    conn: &mut sqlx::AnyConnection,
    d: &NewDelivery<'_>,
    merged_into: Option<&str>,
    now: i64,
) -> Result<u64, StorageError> {
    let id = uuid::Uuid::new_v4();
    let (notice, repeat_number) = d.notice.column();
    let r = sqlx::query(
        "INSERT INTO deliveries (id, subject_id, receiver, kind, group_key, payload, message_id, state, attempts, \
         next_attempt_at, created_at, updated_at, merged_into, incident_id, notice, repeat_number, repeat_interval_ms, \
         send_resolved) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, $10, $11, $12, $13, $14, $15, $16) \
         ON CONFLICT (subject_id, receiver) DO NOTHING",
    )
    .bind(id.to_string())
    .bind(d.subject_id)
    .bind(d.receiver)
    .bind(d.kind)
    .bind(d.group_key)
    .bind(d.payload.to_string())
    // Standard Webhooks ids are opaque strings; `msg_` keeps them recognisable in receivers' logs.
    .bind(format!("msg_{}", id.simple()))
    .bind(if merged_into.is_some() { "merged" } else { "queued" })
    .bind(d.due_at)
    .bind(now)
    .bind(merged_into)
    .bind(d.incident_id)
    .bind(notice)
    .bind(repeat_number)
    .bind(d.repeat_interval_ms)
    .bind(d.send_resolved as i64)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected())
}

/// One receiver's notices about one open incident: the input of `correlate::routing::repeat_due`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentNotices {
    pub incident_id: String,
    pub receiver: String,
    /// The shortest positive `repeat_interval` of the routes that sent the incident to this receiver.
    pub repeat_interval_ms: i64,
    pub history: correlate::routing::NoticeHistory,
    /// Repeats queued so far.
    pub repeats: i64,
}

/// Every receiver's notices about incidents that are neither acknowledged nor resolved, where some route
/// asked for repeats. Built from the rows themselves, like [`group_history`], so nothing can drift.
pub async fn open_incident_notices(conn: &mut sqlx::AnyConnection) -> Result<Vec<IncidentNotices>, StorageError> {
    let rows = sqlx::query(
        "SELECT d.incident_id, d.receiver, \
                MIN(CASE WHEN d.repeat_interval_ms > 0 THEN d.repeat_interval_ms END) AS every, \
                MAX(CASE WHEN d.state = 'delivered' THEN d.delivered_at END) AS last_delivered, \
                MAX(CASE WHEN d.state = 'dead' THEN d.updated_at END) AS last_given_up, \
                COUNT(CASE WHEN d.state IN ('queued', 'sending') THEN 1 END) AS in_flight, \
                MAX(d.repeat_number) AS repeats \
         FROM deliveries d JOIN incidents i ON i.id = d.incident_id \
         WHERE i.acknowledged_at IS NULL AND i.resolved_at IS NULL AND d.notice <> 'resolved' \
         GROUP BY d.incident_id, d.receiver HAVING MAX(d.repeat_interval_ms) > 0 \
         ORDER BY d.incident_id, d.receiver",
    )
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(IncidentNotices {
                incident_id: col(r, "incident_id")?,
                receiver: col(r, "receiver")?,
                repeat_interval_ms: col(r, "every")?,
                history: correlate::routing::NoticeHistory {
                    last_delivered: col(r, "last_delivered")?,
                    last_given_up: col(r, "last_given_up")?,
                    in_flight: col::<i64>(r, "in_flight")? > 0,
                },
                repeats: col(r, "repeats")?,
            })
        })
        .collect()
}

/// The last notice a receiver accepted about an incident (not a resolved notice): what a repeat or a
/// resolved notice is made from, already cut to that receiver's fields.
pub struct LastNotice {
    pub kind: String,
    pub group_key: String,
    pub payload: serde_json::Value,
    pub send_resolved: bool,
}

pub async fn last_delivered_notice(
    conn: &mut sqlx::AnyConnection,
    incident_id: &str,
    receiver: &str,
) -> Result<Option<LastNotice>, StorageError> {
    let row = sqlx::query(
        "SELECT kind, group_key, payload, send_resolved FROM deliveries WHERE incident_id = $1 AND receiver = $2 \
         AND state = 'delivered' AND notice <> 'resolved' ORDER BY delivered_at DESC, id LIMIT 1",
    )
    .bind(incident_id)
    .bind(receiver)
    .fetch_optional(conn)
    .await?;
    let Some(r) = row else { return Ok(None) };
    let payload: String = col(&r, "payload")?;
    Ok(Some(LastNotice {
        kind: col(&r, "kind")?,
        group_key: col(&r, "group_key")?,
        payload: serde_json::from_str(&payload).map_err(|e| StorageError::Query(format!("delivery payload: {e}")))?,
        send_resolved: col::<i64>(&r, "send_resolved")? != 0,
    }))
}

/// Receivers that accepted a notice about the incident through a route with `send_resolved`.
pub async fn receivers_to_tell_resolved(
    conn: &mut sqlx::AnyConnection,
    incident_id: &str,
) -> Result<Vec<String>, StorageError> {
    sqlx::query(
        "SELECT DISTINCT receiver FROM deliveries WHERE incident_id = $1 AND state = 'delivered' AND send_resolved = 1 \
         ORDER BY receiver",
    )
    .bind(incident_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| col(r, "receiver"))
    .collect()
}

/// Repeats of the incident that are queued and not yet sent become `cancelled`: it was acknowledged or
/// resolved, so they would page somebody for nothing. One already being sent cannot be called back.
pub async fn cancel_repeats(conn: &mut sqlx::AnyConnection, incident_id: &str, now: i64) -> Result<u64, StorageError> {
    let r = sqlx::query(
        "UPDATE deliveries SET state = 'cancelled', updated_at = $1 \
         WHERE incident_id = $2 AND notice = 'repeat' AND state = 'queued'",
    )
    .bind(now)
    .bind(incident_id)
    .execute(conn)
    .await?;
    Ok(r.rows_affected())
}

/// (first created, last delivered, any undelivered) of a receiver's group: the input of the grouping
/// state machine, reconstructed from the rows themselves so no separate state can drift.
pub async fn group_history(
    conn: &mut sqlx::AnyConnection,
    receiver: &str,
    group_key: &str,
) -> Result<Option<(i64, Option<i64>)>, StorageError> {
    let row = sqlx::query(
        "SELECT MIN(created_at) AS first, MAX(delivered_at) AS last, COUNT(*) AS n FROM deliveries \
         WHERE receiver = $1 AND group_key = $2",
    )
    .bind(receiver)
    .bind(group_key)
    .fetch_one(conn)
    .await?;
    let n: i64 = col(&row, "n")?;
    if n == 0 {
        return Ok(None);
    }
    Ok(Some((col(&row, "first")?, col(&row, "last")?)))
}

/// Leases the most overdue queued delivery (or one whose lease expired) of a receiver that is neither
/// disabled nor behind an open circuit breaker.
pub async fn claim(db: &Db, owner: &str, now: i64, lease_ms: i64) -> Result<Option<Claimed>, StorageError> {
    let sql = format!(
        "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, lease_owner = $1, lease_until = $2, updated_at = $3 \
         WHERE id = (SELECT id FROM deliveries \
                     WHERE ((state = 'queued' AND next_attempt_at <= $3) OR (state = 'sending' AND lease_until < $3)) \
                       AND receiver NOT IN (SELECT receiver FROM receiver_health WHERE disabled = 1 OR open_until > $3) \
                     ORDER BY next_attempt_at LIMIT 1 {}) \
         RETURNING id, subject_id, receiver, kind, payload, message_id, attempts",
        db.skip_locked()
    );
    let row = sqlx::query(&sql).bind(owner).bind(now + lease_ms).bind(now).fetch_optional(&db.pool).await?;
    let Some(row) = row else { return Ok(None) };
    let payload: String = col(&row, "payload")?;
    Ok(Some(Claimed {
        id: col(&row, "id")?,
        subject_id: col(&row, "subject_id")?,
        receiver: col(&row, "receiver")?,
        kind: col(&row, "kind")?,
        payload: serde_json::from_str(&payload).map_err(|e| StorageError::Query(format!("delivery payload: {e}")))?,
        message_id: col(&row, "message_id")?,
        attempts: col(&row, "attempts")?,
    }))
}

/// How a claimed delivery ended up, for [`settle`].
struct Outcome<'a> {
    state: &'a str,
    /// `None` keeps the current value.
    next_attempt_at: Option<i64>,
    last_error: Option<&'a str>,
    /// `None` keeps the current value.
    delivered_at: Option<i64>,
}

/// Records the outcome of a claimed delivery and drops its lease, fenced by `owner`: `false` (nothing
/// written) if the lease was lost to another worker.
async fn settle(conn: &mut sqlx::AnyConnection, d: &Claimed, owner: &str, o: &Outcome<'_>, now: i64) -> Result<bool, StorageError> {
    let r = sqlx::query(
        "UPDATE deliveries SET state = $1, next_attempt_at = COALESCE($2, next_attempt_at), last_error = $3, \
         delivered_at = COALESCE($4, delivered_at), lease_owner = NULL, lease_until = NULL, updated_at = $5 \
         WHERE id = $6 AND lease_owner = $7 AND state = 'sending'",
    )
    .bind(o.state)
    .bind(o.next_attempt_at)
    .bind(o.last_error)
    .bind(o.delivered_at)
    .bind(now)
    .bind(&d.id)
    .bind(owner)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Marks a delivery delivered and closes its receiver's breaker. `false`: the lease was lost.
pub async fn delivered(db: &Db, d: &Claimed, owner: &str, now: i64) -> Result<bool, StorageError> {
    let mut tx = db.pool.begin().await?;
    let outcome = Outcome { state: "delivered", next_attempt_at: None, last_error: None, delivered_at: Some(now) };
    if !settle(&mut tx, d, owner, &outcome, now).await? {
        return Ok(false);
    }
    upsert_health(&mut tx, &d.receiver, 0, 0, 0, None, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records a failed attempt: back to the queue at `retry_at`, or dead when `None`. Counts against the
/// receiver's breaker, opening it for `cooldown_ms` after `threshold` failures in a row.
#[allow(clippy::too_many_arguments)]
pub async fn failed(
    db: &Db,
    d: &Claimed,
    owner: &str,
    error: &str,
    retry_at: Option<i64>,
    breaker: (i64, i64),
    now: i64,
) -> Result<bool, StorageError> {
    let (threshold, cooldown_ms) = breaker;
    let mut tx = db.pool.begin().await?;
    let (state, at) = match retry_at {
        Some(at) => ("queued", at),
        None => ("dead", now),
    };
    let outcome = Outcome { state, next_attempt_at: Some(at), last_error: Some(error), delivered_at: None };
    if !settle(&mut tx, d, owner, &outcome, now).await? {
        return Ok(false);
    }
    let failures = health(&mut tx, &d.receiver).await?.map(|h| h.0).unwrap_or(0) + 1;
    let open_until = if failures >= threshold { now + cooldown_ms } else { 0 };
    upsert_health(&mut tx, &d.receiver, failures, open_until, 0, Some(error), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The endpoint answered 410 Gone: this delivery and every queued one for the receiver become
/// `disabled-endpoint`, and nothing is claimed for it until [`replay`] re-enables it.
pub async fn disable_endpoint(db: &Db, d: &Claimed, owner: &str, error: &str, now: i64) -> Result<bool, StorageError> {
    let mut tx = db.pool.begin().await?;
    let outcome = Outcome { state: "disabled-endpoint", next_attempt_at: None, last_error: Some(error), delivered_at: None };
    if !settle(&mut tx, d, owner, &outcome, now).await? {
        return Ok(false);
    }
    sqlx::query(
        "UPDATE deliveries SET state = 'disabled-endpoint', last_error = $1, updated_at = $2 \
         WHERE receiver = $3 AND state = 'queued'",
    )
    .bind("endpoint disabled (410 Gone)")
    .bind(now)
    .bind(&d.receiver)
    .execute(&mut *tx)
    .await?;
    upsert_health(&mut tx, &d.receiver, 0, 0, 1, Some(error), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Gives a delivery back without counting the attempt (shutdown interrupted it).
pub async fn release(db: &Db, d: &Claimed, owner: &str, now: i64) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE deliveries SET state = 'queued', attempts = attempts - 1, next_attempt_at = $1, lease_owner = NULL, \
         lease_until = NULL, updated_at = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'sending'",
    )
    .bind(now)
    .bind(&d.id)
    .bind(owner)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Newest first.
pub async fn list(db: &Db, filter: &ListFilter) -> Result<Vec<DeliveryRow>, StorageError> {
    let limit = if filter.limit <= 0 { 100 } else { filter.limit.min(10_000) };
    let rows = sqlx::query(
        "SELECT id, subject_id, receiver, kind, message_id, state, attempts, next_attempt_at, last_error, created_at, \
         delivered_at, merged_into, notice, incident_id FROM deliveries WHERE ($1 = '' OR state = $1) AND ($2 = '' OR receiver = $2) \
         ORDER BY created_at DESC, id LIMIT $3",
    )
    .bind(&filter.state)
    .bind(&filter.receiver)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DeliveryRow {
                id: col(r, "id")?,
                subject_id: col(r, "subject_id")?,
                receiver: col(r, "receiver")?,
                kind: col(r, "kind")?,
                message_id: col(r, "message_id")?,
                state: col(r, "state")?,
                attempts: col(r, "attempts")?,
                next_attempt_at: col(r, "next_attempt_at")?,
                last_error: col(r, "last_error")?,
                merged_into: col(r, "merged_into")?,
                notice: col(r, "notice")?,
                incident_id: col(r, "incident_id")?,
                created_at: col(r, "created_at")?,
                delivered_at: col(r, "delivered_at")?,
            })
        })
        .collect()
}

/// Which dead letters to replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Replay {
    /// One delivery by id.
    One(String),
    /// Every dead or disabled-endpoint delivery of one receiver.
    Receiver(String),
    /// Every dead or disabled-endpoint delivery.
    All,
}

/// Puts dead and disabled-endpoint deliveries back in the queue with fresh attempts (same message id,
/// so receivers still dedupe), and re-enables and resets the breaker of their receivers. Returns how many.
pub async fn replay(db: &Db, which: &Replay, now: i64) -> Result<u64, StorageError> {
    let (clause, arg) = match which {
        Replay::One(id) => ("id = $2", id.as_str()),
        Replay::Receiver(r) => ("receiver = $2", r.as_str()),
        Replay::All => ("$2 = ''", ""),
    };
    // Writing first: a transaction that reads and then writes can fail on SQLite when another writer
    // commits in between.
    let mut tx = db.pool.begin().await?;
    let mut receivers: Vec<String> = sqlx::query(&format!(
        "UPDATE deliveries SET state = 'queued', attempts = 0, next_attempt_at = $1, last_error = NULL, updated_at = $1 \
         WHERE state IN ('dead', 'disabled-endpoint') AND {clause} RETURNING receiver"
    ))
    .bind(now)
    .bind(arg)
    .fetch_all(&mut *tx)
    .await?
    .iter()
    .map(|r| col(r, "receiver"))
    .collect::<Result<_, _>>()?;
    let replayed = receivers.len() as u64;
    receivers.sort();
    receivers.dedup();
    for receiver in &receivers {
        upsert_health(&mut tx, receiver, 0, 0, 0, None, now).await?;
    }
    tx.commit().await?;
    Ok(replayed)
}

/// A receiver's (consecutive failures, open until, disabled).
pub async fn health(conn: &mut sqlx::AnyConnection, receiver: &str) -> Result<Option<(i64, i64, bool)>, StorageError> {
    let row = sqlx::query("SELECT consecutive_failures, open_until, disabled FROM receiver_health WHERE receiver = $1")
        .bind(receiver)
        .fetch_optional(conn)
        .await?;
    row.map(|r| {
        let disabled: i64 = col(&r, "disabled")?;
        Ok((col(&r, "consecutive_failures")?, col(&r, "open_until")?, disabled != 0))
    })
    .transpose()
}

async fn upsert_health(
    conn: &mut sqlx::AnyConnection,
    receiver: &str,
    failures: i64,
    open_until: i64,
    disabled: i64,
    error: Option<&str>,
    now: i64,
) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO receiver_health (receiver, consecutive_failures, open_until, disabled, last_error, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (receiver) DO UPDATE SET \
         consecutive_failures = excluded.consecutive_failures, open_until = excluded.open_until, \
         disabled = excluded.disabled, last_error = excluded.last_error, updated_at = excluded.updated_at",
    )
    .bind(receiver)
    .bind(failures)
    .bind(open_until)
    .bind(disabled)
    .bind(error)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
