//! Tip persistence: intake (tip row and first job in one transaction), loading and listing.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use correlate::{Channel, ReportedLocation, Tip, TipId};
use serde::Serialize;
use sqlx::any::AnyRow;

use crate::db::{col, from_millis, millis, Db, StorageError};
use crate::pipeline::queue;

/// Everything needed to record a new tip.
#[derive(Debug, Clone)]
pub struct NewTip {
    pub channel: Channel,
    pub text: Option<String>,
    pub location: Option<ReportedLocation>,
    pub occurred_at: Option<DateTime<Utc>>,
    /// Keyed hash of the source; never the address or number itself.
    pub source_hash: Option<String>,
    /// Hash of the follow-up passphrase given to the tipster.
    pub passphrase_hash: Option<String>,
}

/// Lifecycle of a tip as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TipStatus {
    /// A call in progress: the tip exists and its recording grows; stages start at hangup.
    Recording,
    /// Stages still to run (or retrying).
    Pending,
    /// Every stage succeeded.
    Complete,
    /// A stage was dead-lettered; its error is on the tip, and it can be retried.
    Failed,
}

impl TipStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TipStatus::Recording => "recording",
            TipStatus::Pending => "pending",
            TipStatus::Complete => "complete",
            TipStatus::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [TipStatus::Recording, TipStatus::Pending, TipStatus::Complete, TipStatus::Failed].into_iter().find(|t| t.as_str() == s)
    }
}

/// Writes the tip and its first job in one transaction: once this returns, the tip cannot be lost.
pub async fn insert(db: &Db, new: NewTip, first_stage: Option<&str>, now: DateTime<Utc>) -> Result<Tip, StorageError> {
    let tip = Tip {
        id: TipId::random(),
        channel: new.channel,
        received_at: now,
        text: new.text,
        location: new.location,
        occurred_at: new.occurred_at,
    };
    let status = if first_stage.is_some() { TipStatus::Pending } else { TipStatus::Complete };
    let location = tip.location.as_ref().map(|l| serde_json::to_string(l).expect("plain data"));
    let mut tx = db.pool.begin().await?;
    sqlx::query(
        "INSERT INTO tips (id, channel, received_at, body, location, occurred_at, source_hash, passphrase_hash, status, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $3)",
    )
    .bind(tip.id.to_string())
    .bind(tip.channel.as_str())
    .bind(millis(now))
    .bind(tip.text.clone())
    .bind(location)
    .bind(tip.occurred_at.map(millis))
    .bind(new.source_hash)
    .bind(new.passphrase_hash)
    .bind(status.as_str())
    .execute(&mut *tx)
    .await?;
    if let Some(stage) = first_stage {
        queue::enqueue(&mut tx, tip.id, stage, millis(now)).await?;
    }
    tx.commit().await?;
    Ok(tip)
}

/// Records a call's tip at the moment it is answered, before any audio: a crash mid-call keeps it.
pub async fn open_call(db: &Db, source_hash: Option<String>, now: DateTime<Utc>) -> Result<Tip, StorageError> {
    let tip = Tip { id: TipId::random(), channel: Channel::Phone, received_at: now, text: None, location: None, occurred_at: None };
    sqlx::query(
        "INSERT INTO tips (id, channel, received_at, source_hash, status, updated_at) VALUES ($1, $2, $3, $4, 'recording', $3)",
    )
    .bind(tip.id.to_string())
    .bind(tip.channel.as_str())
    .bind(millis(now))
    .bind(source_hash)
    .execute(&db.pool)
    .await?;
    Ok(tip)
}

/// Ends a call's recording phase: the tip becomes pending and its first stage is queued, atomically.
/// Idempotent: a tip no longer recording is left alone.
pub async fn close_call(db: &Db, id: TipId, first_stage: Option<&str>, now: DateTime<Utc>) -> Result<(), StorageError> {
    let mut tx = db.pool.begin().await?;
    let status = if first_stage.is_some() { TipStatus::Pending } else { TipStatus::Complete };
    let r = sqlx::query("UPDATE tips SET status = $1, updated_at = $2 WHERE id = $3 AND status = 'recording'")
        .bind(status.as_str())
        .bind(millis(now))
        .bind(id.to_string())
        .execute(&mut *tx)
        .await?;
    if r.rows_affected() == 1 {
        if let Some(stage) = first_stage {
            queue::enqueue(&mut tx, id, stage, millis(now)).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Calls cut off by a crash are still `recording`: their recordings hold what was heard, so they go on
/// through the pipeline. Called at start, before this node takes calls. Returns how many were resumed.
pub async fn resume_interrupted_calls(db: &Db, first_stage: Option<&str>, now: DateTime<Utc>) -> Result<usize, StorageError> {
    let rows = sqlx::query("SELECT id FROM tips WHERE status = 'recording'").fetch_all(&db.pool).await?;
    for row in &rows {
        let id: String = col(row, "id")?;
        let id: TipId = id.parse().map_err(|_| StorageError::Query(format!("bad tip id {id}")))?;
        close_call(db, id, first_stage, now).await?;
    }
    Ok(rows.len())
}

const TIP_COLUMNS: &str = "id, channel, received_at, body, location, occurred_at, status, updated_at, completed_at";

fn tip_from_row(row: &AnyRow) -> Result<Tip, StorageError> {
    let id: String = col(row, "id")?;
    let channel: String = col(row, "channel")?;
    let location: Option<String> = col(row, "location")?;
    Ok(Tip {
        id: id.parse().map_err(|_| StorageError::Query(format!("bad tip id {id}")))?,
        channel: Channel::parse(&channel).ok_or_else(|| StorageError::Query(format!("bad channel {channel}")))?,
        received_at: from_millis(col(row, "received_at")?),
        text: col(row, "body")?,
        location: location
            .map(|l| serde_json::from_str(&l))
            .transpose()
            .map_err(|e| StorageError::Query(format!("bad stored location: {e}")))?,
        occurred_at: col::<Option<i64>>(row, "occurred_at")?.map(from_millis),
    })
}

/// A tip with its lifecycle fields.
#[derive(Debug, Clone, Serialize)]
pub struct TipRecord {
    #[serde(flatten)]
    pub tip: Tip,
    pub status: TipStatus,
    pub updated_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
}

fn record_from_row(row: &AnyRow) -> Result<TipRecord, StorageError> {
    let status: String = col(row, "status")?;
    Ok(TipRecord {
        tip: tip_from_row(row)?,
        status: TipStatus::parse(&status).ok_or_else(|| StorageError::Query(format!("bad status {status}")))?,
        updated_at: from_millis(col(row, "updated_at")?),
        completed_at: col::<Option<i64>>(row, "completed_at")?.map(from_millis),
    })
}

pub async fn load(db: &Db, id: TipId) -> Result<Option<TipRecord>, StorageError> {
    let row = sqlx::query(&format!("SELECT {TIP_COLUMNS} FROM tips WHERE id = $1"))
        .bind(id.to_string())
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(record_from_row).transpose()
}

/// The passphrase hash stored for a tip, for anonymous follow-up.
pub async fn passphrase_hash(db: &Db, id: TipId) -> Result<Option<String>, StorageError> {
    let row = sqlx::query("SELECT passphrase_hash FROM tips WHERE id = $1")
        .bind(id.to_string())
        .fetch_optional(&db.pool)
        .await?;
    Ok(match row {
        Some(r) => col(&r, "passphrase_hash")?,
        None => None,
    })
}

/// Outputs of the stages that have run, by stage name.
pub async fn outputs(db: &Db, id: TipId) -> Result<BTreeMap<String, serde_json::Value>, StorageError> {
    let rows = sqlx::query("SELECT stage, output FROM stage_outputs WHERE tip_id = $1")
        .bind(id.to_string())
        .fetch_all(&db.pool)
        .await?;
    let mut out = BTreeMap::new();
    for row in &rows {
        let output: String = col(row, "output")?;
        let value = serde_json::from_str(&output).map_err(|e| StorageError::Query(format!("bad stored output: {e}")))?;
        out.insert(col(row, "stage")?, value);
    }
    Ok(out)
}

/// A job as shown on a tip: where the stage stands and why it failed, if it did.
#[derive(Debug, Clone, Serialize)]
pub struct JobView {
    pub stage: String,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub next_run_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

pub async fn jobs(db: &Db, id: TipId) -> Result<Vec<JobView>, StorageError> {
    let rows = sqlx::query(
        "SELECT stage, state, attempts, last_error, run_at, updated_at FROM jobs WHERE tip_id = $1 ORDER BY created_at, stage",
    )
    .bind(id.to_string())
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            let state: String = col(row, "state")?;
            Ok(JobView {
                stage: col(row, "stage")?,
                next_run_at: (state == "queued").then(|| col(row, "run_at").map(from_millis)).transpose()?,
                state,
                attempts: col(row, "attempts")?,
                last_error: col(row, "last_error")?,
                updated_at: from_millis(col(row, "updated_at")?),
            })
        })
        .collect()
}

/// Filters for listing tips; all optional.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: Option<TipStatus>,
    pub channel: Option<Channel>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
}

/// Position after the last tip of a page: newest first, ties broken by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub received_at: i64,
    pub id: String,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}.{}", self.received_at, self.id)
    }

    pub fn decode(s: &str) -> Option<Cursor> {
        let (at, id) = s.split_once('.')?;
        let id: TipId = id.parse().ok()?;
        Some(Cursor { received_at: at.parse().ok()?, id: id.to_string() })
    }
}

/// One page of tips, newest first, and the cursor for the next page if there is one.
pub async fn list(
    db: &Db,
    filter: &ListFilter,
    after: Option<&Cursor>,
    limit: u32,
) -> Result<(Vec<TipRecord>, Option<Cursor>), StorageError> {
    let mut sql = format!("SELECT {TIP_COLUMNS} FROM tips WHERE 1 = 1");
    let mut args: Vec<Arg> = Vec::new();
    let mut push = |clause: &str, arg: Arg, sql: &mut String| {
        args.push(arg);
        sql.push_str(&clause.replace('?', &format!("${}", args.len())));
    };
    if let Some(s) = filter.status {
        push(" AND status = ?", Arg::Text(s.as_str().into()), &mut sql);
    }
    if let Some(c) = filter.channel {
        push(" AND channel = ?", Arg::Text(c.as_str().into()), &mut sql);
    }
    if let Some(t) = filter.since {
        push(" AND received_at >= ?", Arg::Int(millis(t)), &mut sql);
    }
    if let Some(t) = filter.until {
        push(" AND received_at < ?", Arg::Int(millis(t)), &mut sql);
    }
    if let Some(c) = after {
        push(" AND (received_at < ?", Arg::Int(c.received_at), &mut sql);
        push(" OR (received_at = ?", Arg::Int(c.received_at), &mut sql);
        push(" AND id < ?))", Arg::Text(c.id.clone()), &mut sql);
    }
    sql.push_str(&format!(" ORDER BY received_at DESC, id DESC LIMIT {}", limit as i64 + 1));
    let mut q = sqlx::query(&sql);
    for a in args {
        q = match a {
            Arg::Text(s) => q.bind(s),
            Arg::Int(i) => q.bind(i),
        };
    }
    let rows = q.fetch_all(&db.pool).await?;
    let mut page: Vec<TipRecord> = rows.iter().map(record_from_row).collect::<Result<_, _>>()?;
    let next = if page.len() > limit as usize {
        page.truncate(limit as usize);
        page.last().map(|t| Cursor { received_at: millis(t.tip.received_at), id: t.tip.id.to_string() })
    } else {
        None
    };
    Ok((page, next))
}

enum Arg {
    Text(String),
    Int(i64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_rejects_garbage() {
        let c = Cursor { received_at: 1700000000123, id: TipId::random().to_string() };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        for bad in ["", "12", "x.y", "12.not-a-uuid", "12.'; DROP TABLE tips;--"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }
}
