//! Job table operations. Every function takes `now` (Unix ms) so lease and retry logic is testable
//! without waiting. Each mutation of a claimed job is fenced by `lease_owner`: a worker whose lease
//! expired and was taken over cannot overwrite the new owner's result.

use correlate::TipId;
use rand::Rng;
use sqlx::AnyConnection;

use crate::db::{col, Db, StorageError};

/// A job a worker holds a lease on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub id: String,
    pub tip_id: TipId,
    pub stage: String,
    /// Including this one.
    pub attempts: i64,
}

/// Adds the job for `stage` of a tip unless it exists: enqueueing is idempotent.
pub async fn enqueue(conn: &mut AnyConnection, tip_id: TipId, stage: &str, now: i64) -> Result<(), StorageError> {
    sqlx::query(
        "INSERT INTO jobs (id, tip_id, stage, state, attempts, run_at, created_at, updated_at) \
         VALUES ($1, $2, $3, 'queued', 0, $4, $4, $4) ON CONFLICT (tip_id, stage) DO NOTHING",
    )
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(tip_id.to_string())
    .bind(stage)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Queues `stage` of a tip again if it has run: new input arrived (late camera events) and its output,
/// and everything after it, should be brought up to date. Returns whether a finished job was re-queued;
/// a job that has not run yet, or is running, will see the new input anyway or be re-run by its own
/// completion (see [`complete`]).
pub async fn rerun(conn: &mut AnyConnection, tip_id: TipId, stage: &str, now: i64) -> Result<bool, StorageError> {
    let r = sqlx::query(
        "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, last_error = NULL, updated_at = $1 \
         WHERE tip_id = $2 AND stage = $3 AND state = 'done'",
    )
    .bind(now)
    .bind(tip_id.to_string())
    .bind(stage)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Leases the oldest ready job: queued and due, or running with an expired lease (its worker died).
pub async fn claim(db: &Db, owner: &str, now: i64, lease_ms: i64) -> Result<Option<ClaimedJob>, StorageError> {
    let sql = format!(
        "UPDATE jobs SET state = 'running', attempts = attempts + 1, lease_owner = $1, lease_until = $2, updated_at = $3 \
         WHERE id = (SELECT id FROM jobs \
                     WHERE (state = 'queued' AND run_at <= $3) OR (state = 'running' AND lease_until < $3) \
                     ORDER BY run_at LIMIT 1 {}) \
         RETURNING id, tip_id, stage, attempts",
        db.skip_locked()
    );
    let row = sqlx::query(&sql).bind(owner).bind(now + lease_ms).bind(now).fetch_optional(&db.pool).await?;
    let Some(row) = row else { return Ok(None) };
    let tip_id: String = col(&row, "tip_id")?;
    Ok(Some(ClaimedJob {
        id: col(&row, "id")?,
        tip_id: tip_id.parse().map_err(|_| StorageError::Query(format!("bad tip id {tip_id}")))?,
        stage: col(&row, "stage")?,
        attempts: col(&row, "attempts")?,
    }))
}

/// Extends a lease; `false` means it was lost (expired and taken by another worker).
pub async fn renew(db: &Db, job: &ClaimedJob, owner: &str, until: i64) -> Result<bool, StorageError> {
    let r = sqlx::query("UPDATE jobs SET lease_until = $1 WHERE id = $2 AND lease_owner = $3 AND state = 'running'")
        .bind(until)
        .bind(&job.id)
        .bind(owner)
        .execute(&db.pool)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// Stores the output, marks the job done and enqueues `next` (or completes the tip), atomically.
/// Returns `false`, changing nothing, if the lease was lost.
pub async fn complete(
    db: &Db,
    job: &ClaimedJob,
    owner: &str,
    output: &serde_json::Value,
    next: Option<&str>,
    now: i64,
) -> Result<bool, StorageError> {
    let mut tx = db.pool.begin().await?;
    let r = sqlx::query(
        "UPDATE jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, last_error = NULL, updated_at = $1 \
         WHERE id = $2 AND lease_owner = $3 AND state = 'running'",
    )
    .bind(now)
    .bind(&job.id)
    .bind(owner)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO stage_outputs (tip_id, stage, output, produced_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (tip_id, stage) DO UPDATE SET output = excluded.output, produced_at = excluded.produced_at",
    )
    .bind(job.tip_id.to_string())
    .bind(&job.stage)
    .bind(output.to_string())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    match next {
        Some(stage) => {
            // A re-run stage (see [`rerun`]) re-runs the stages after it; a first run just adds the next job.
            enqueue(&mut tx, job.tip_id, stage, now).await?;
            rerun(&mut tx, job.tip_id, stage, now).await?;
        }
        None => {
            sqlx::query(
                "UPDATE tips SET status = 'complete', completed_at = $1, updated_at = $1 WHERE id = $2 AND status <> 'complete'",
            )
            .bind(now)
            .bind(job.tip_id.to_string())
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// Records a failure: back to the queue at `retry_at`, or dead-lettered (and the tip marked failed) when
/// `retry_at` is `None`. Returns `false` if the lease was lost.
pub async fn fail(
    db: &Db,
    job: &ClaimedJob,
    owner: &str,
    error: &str,
    retry_at: Option<i64>,
    now: i64,
) -> Result<bool, StorageError> {
    let mut tx = db.pool.begin().await?;
    let (state, run_at) = match retry_at {
        Some(at) => ("queued", at),
        None => ("dead", now),
    };
    let r = sqlx::query(
        "UPDATE jobs SET state = $1, run_at = $2, last_error = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4 \
         WHERE id = $5 AND lease_owner = $6 AND state = 'running'",
    )
    .bind(state)
    .bind(run_at)
    .bind(error)
    .bind(now)
    .bind(&job.id)
    .bind(owner)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    if retry_at.is_none() {
        sqlx::query("UPDATE tips SET status = 'failed', updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(job.tip_id.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Gives a job back without counting the attempt (shutdown interrupted it, not the job's own fault).
pub async fn release(db: &Db, job: &ClaimedJob, owner: &str, now: i64) -> Result<(), StorageError> {
    sqlx::query(
        "UPDATE jobs SET state = 'queued', attempts = attempts - 1, run_at = $1, lease_owner = NULL, lease_until = NULL, updated_at = $1 \
         WHERE id = $2 AND lease_owner = $3 AND state = 'running'",
    )
    .bind(now)
    .bind(&job.id)
    .bind(owner)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Puts a tip's dead-lettered jobs back in the queue with fresh attempts. Returns how many.
pub async fn retry_dead(db: &Db, tip_id: TipId, now: i64) -> Result<u64, StorageError> {
    let mut tx = db.pool.begin().await?;
    let r = sqlx::query(
        "UPDATE jobs SET state = 'queued', attempts = 0, run_at = $1, updated_at = $1 WHERE tip_id = $2 AND state = 'dead'",
    )
    .bind(now)
    .bind(tip_id.to_string())
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() > 0 {
        sqlx::query("UPDATE tips SET status = 'pending', updated_at = $1 WHERE id = $2")
            .bind(now)
            .bind(tip_id.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(r.rows_affected())
}

/// Retry policy: exponential backoff with jitter, so a failing peer is not hammered in lockstep.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub max_attempts: i64,
    pub base_ms: u64,
    pub max_ms: u64,
}

impl RetryPolicy {
    /// When to try again after `attempts` failures, or `None` to dead-letter.
    /// The delay is drawn uniformly from the upper half of `base * 2^(attempts-1)` (capped).
    pub fn next_attempt_at(&self, attempts: i64, now: i64, rng: &mut impl Rng) -> Option<i64> {
        if attempts >= self.max_attempts {
            return None;
        }
        let exp = attempts.clamp(1, 32) as u32 - 1;
        let full = self.base_ms.saturating_mul(1u64 << exp.min(40)).min(self.max_ms);
        let delay = rng.gen_range(full / 2..=full);
        Some(now + delay as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_is_capped_jittered_and_ends() {
        let p = RetryPolicy { max_attempts: 5, base_ms: 1000, max_ms: 5000 };
        let mut rng = rand::thread_rng();
        for _ in 0..100 {
            let d1 = p.next_attempt_at(1, 0, &mut rng).unwrap();
            assert!((500..=1000).contains(&d1), "{d1}");
            let d3 = p.next_attempt_at(3, 0, &mut rng).unwrap();
            assert!((2000..=4000).contains(&d3), "{d3}");
            let d4 = p.next_attempt_at(4, 0, &mut rng).unwrap();
            assert!((2500..=5000).contains(&d4), "{d4}");
        }
        assert_eq!(p.next_attempt_at(5, 0, &mut rng), None);
    }
}
