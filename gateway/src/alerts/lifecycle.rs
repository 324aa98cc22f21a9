//! Incidents after routing: an open incident nobody acknowledged is notified again every `repeat_interval`
//! of the route that sent it; acknowledging or resolving it calls off the repeats; resolving it queues one
//! "resolved" notice to each receiver whose route has `send_resolved`; an incident no tip joined for
//! `correlate.incident_resolve_after_s` resolves by itself.
//!
//! Nothing here is a timer in memory: [`sweep`] reads the incidents and the outbox rows and decides with
//! `correlate::routing::repeat_due`, so repeats carry on across restarts and any node may sweep. Each
//! repeat is an outbox row of its own (a new webhook id, `"repeat": n` in the payload), sent and retried
//! like any alert. Sweeps, resolutions and grouping take the routing lock, so two nodes never queue the same
//! repeat and no tip joins an incident while it is being resolved.

use std::time::Duration;

use chrono::{DateTime, Utc};
use correlate::incident::quiet_cutoff;
use correlate::routing::{repeat_due, Timing};
use correlate::Lifecycle;
use tokio_util::sync::CancellationToken;

use super::outbox::{self, IncidentNotices, NewDelivery, Notice};
use super::{repeat_payload, resolved_payload, AlertsConfig, ENQUEUED};
use crate::db::{col, millis, Db, StorageError};
use crate::incidents::{self, Resolved, RESOLVED_AS_QUIET};

/// Takes the incident for `actor` and cancels its repeats that have not gone out yet. `false`: no such
/// incident.
pub async fn acknowledge(db: &Db, id: &str, actor: &str, now: DateTime<Utc>) -> Result<bool, StorageError> {
    let mut tx = db.pool.begin().await?;
    let found = incidents::acknowledge(&mut tx, id, actor, now).await?;
    if found {
        outbox::cancel_repeats(&mut tx, id, millis(now)).await?;
    }
    tx.commit().await?;
    Ok(found)
}

/// Resolves the incident as `by` (a dispatcher's actor name): it takes no more tips, its repeats stop, and
/// receivers that asked for it get a resolved notice. Resolving again keeps the first resolution.
pub async fn resolve(db: &Db, id: &str, by: &str, now: DateTime<Utc>) -> Result<Resolved, StorageError> {
    let mut tx = db.begin_routing().await?;
    let r = resolve_in(&mut tx, id, by, now).await?;
    tx.commit().await?;
    if r == Resolved::Now {
        ENQUEUED.notify_waiters();
    }
    Ok(r)
}

async fn resolve_in(
    conn: &mut sqlx::AnyConnection,
    id: &str,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Resolved, StorageError> {
    let r = incidents::resolve(conn, id, by, now).await?;
    if r != Resolved::Now {
        return Ok(r);
    }
    let now_ms = millis(now);
    outbox::cancel_repeats(conn, id, now_ms).await?;
    let subject = format!("{id}~resolved");
    for receiver in outbox::receivers_to_tell_resolved(conn, id).await? {
        let Some(last) = outbox::last_delivered_notice(conn, id, &receiver).await? else {
            continue;
        };
        let body = resolved_payload(&last.payload, now, by != RESOLVED_AS_QUIET);
        let notice = NewDelivery {
            subject_id: &subject,
            receiver: &receiver,
            kind: &last.kind,
            group_key: &last.group_key,
            payload: &body,
            due_at: now_ms,
            incident_id: Some(id),
            notice: Notice::Resolved,
            repeat_interval_ms: 0,
            send_resolved: false,
        };
        outbox::insert_notice(conn, &notice, now_ms).await?;
    }
    Ok(r)
}

/// What one [`sweep`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Swept {
    /// Incidents resolved for being quiet.
    pub resolved: Vec<String>,
    /// Repeats queued.
    pub repeats: usize,
    /// When the next repeat or auto-resolution is due as things stand (Unix ms).
    pub next_due: Option<i64>,
}

/// What is due at `now`, and the earliest thing due later.
struct Plan {
    quiet_due: bool,
    repeats_due: Vec<IncidentNotices>,
    next_due: Option<i64>,
}

async fn plan(
    conn: &mut sqlx::AnyConnection,
    repeats: bool,
    resolve_after_ms: i64,
    now: i64,
) -> Result<Plan, StorageError> {
    let mut p = Plan { quiet_due: false, repeats_due: Vec::new(), next_due: None };
    let later = |at: i64, p: &mut Plan| p.next_due = Some(p.next_due.map_or(at, |n| n.min(at)));
    if resolve_after_ms > 0 {
        let row = sqlx::query("SELECT MIN(updated_at) AS quietest FROM incidents WHERE resolved_at IS NULL")
            .fetch_one(&mut *conn)
            .await?;
        if let Some(at) = col::<Option<i64>>(&row, "quietest")?
            .and_then(|t| correlate::incident::quiet_resolve_at(t, resolve_after_ms))
        {
            if at <= now {
                p.quiet_due = true;
            } else {
                later(at, &mut p);
            }
        }
    }
    if repeats {
        for n in outbox::open_incident_notices(conn).await? {
            let timing = Timing { group_wait_ms: 0, group_interval_ms: 0, repeat_interval_ms: n.repeat_interval_ms };
            // The query returns open incidents only; the rule is applied all the same.
            match repeat_due(&timing, Lifecycle::Open, &n.history) {
                Some(at) if at <= now => p.repeats_due.push(n),
                Some(at) => later(at, &mut p),
                None => {}
            }
        }
    }
    Ok(p)
}

/// Resolves quiet incidents and queues the repeats that are due. `repeats: false` (no route repeats any
/// more) queues none; `resolve_after_ms <= 0` resolves none.
pub async fn sweep(db: &Db, repeats: bool, resolve_after_ms: i64, now: DateTime<Utc>) -> Result<Swept, StorageError> {
    let now_ms = millis(now);
    // A look without the lock first: most sweeps find nothing due and should not take the write lock.
    let look = plan(&mut *db.pool.acquire().await?, repeats, resolve_after_ms, now_ms).await?;
    if !look.quiet_due && look.repeats_due.is_empty() {
        return Ok(Swept { next_due: look.next_due, ..Swept::default() });
    }
    let mut tx = db.begin_routing().await?;
    let mut swept = Swept::default();
    if let Some(cutoff) = quiet_cutoff(now_ms, resolve_after_ms) {
        for id in incidents::quiet_since(&mut tx, cutoff).await? {
            if resolve_in(&mut tx, &id, RESOLVED_AS_QUIET, now).await? == Resolved::Now {
                swept.resolved.push(id);
            }
        }
    }
    // Planned again under the lock: another node may have queued these repeats in the meantime.
    let locked = plan(&mut tx, repeats, 0, now_ms).await?;
    for n in &locked.repeats_due {
        if queue_repeat(&mut tx, n, now_ms).await? {
            swept.repeats += 1;
        }
    }
    tx.commit().await?;
    if swept.repeats > 0 || !swept.resolved.is_empty() {
        ENQUEUED.notify_waiters();
    }
    swept.next_due = locked.next_due;
    Ok(swept)
}

/// Queues the next repeat of the last notice the receiver accepted about the incident.
async fn queue_repeat(conn: &mut sqlx::AnyConnection, n: &IncidentNotices, now: i64) -> Result<bool, StorageError> {
    let Some(last) = outbox::last_delivered_notice(conn, &n.incident_id, &n.receiver).await? else {
        return Ok(false);
    };
    let number = n.repeats + 1;
    let body = repeat_payload(&last.payload, number);
    let subject = format!("{}~repeat{number}", n.incident_id);
    let repeat = NewDelivery {
        subject_id: &subject,
        receiver: &n.receiver,
        kind: &last.kind,
        group_key: &last.group_key,
        payload: &body,
        due_at: now,
        incident_id: Some(&n.incident_id),
        notice: Notice::Repeat(number),
        repeat_interval_ms: n.repeat_interval_ms,
        send_resolved: last.send_resolved,
    };
    let queued = outbox::insert_notice(conn, &repeat, now).await?;
    if queued {
        tracing::info!(incident = %n.incident_id, receiver = %n.receiver, repeat = number, "incident still open and unacknowledged; alert repeated");
    }
    Ok(queued)
}

/// Longest pause between sweeps: also how late a repeat written by another node's config change, or an
/// incident resolved elsewhere, is noticed at worst.
const MAX_PAUSE: Duration = Duration::from_secs(1);

/// Sweeps until `shutdown`, sleeping until the next thing is due (at most [`MAX_PAUSE`]). Does nothing
/// when no route repeats and auto-resolution is off.
pub async fn sweep_loop(db: Db, alerts: AlertsConfig, resolve_after_s: u64, shutdown: CancellationToken) {
    let repeats = alerts.routing.repeats();
    let resolve_after_ms = (resolve_after_s.min(i64::MAX as u64 / 1000) * 1000) as i64;
    if !repeats && resolve_after_ms == 0 {
        return;
    }
    let mut backoff = Duration::from_millis(200);
    while !shutdown.is_cancelled() {
        let pause = match sweep(&db, repeats, resolve_after_ms, Utc::now()).await {
            Ok(s) => {
                backoff = Duration::from_millis(200);
                if !s.resolved.is_empty() {
                    tracing::info!(incidents = ?s.resolved, "quiet incidents resolved");
                }
                let until = s.next_due.map(|at| (at - millis(Utc::now())).max(20) as u64);
                until.map_or(MAX_PAUSE, |ms| Duration::from_millis(ms).min(MAX_PAUSE))
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot sweep incidents for repeats and auto-resolution; will retry");
                backoff = (backoff * 2).min(Duration::from_secs(5));
                backoff
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(pause) => {}
            _ = shutdown.cancelled() => {}
        }
    }
}
