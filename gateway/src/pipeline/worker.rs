//! Workers: claim a job, run its stage while renewing the lease, record the outcome. On shutdown they stop
//! claiming, give in-flight stages the grace period, then release what is unfinished.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use futures::FutureExt;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::queue::{self, ClaimedJob, RetryPolicy};
use super::{Pipeline, StageError, StageInput};
use crate::db::{millis, Db, StorageError};
use crate::tips;

/// Shared by all workers of one node.
#[derive(Clone)]
pub struct Workers {
    pub db: Db,
    pub pipeline: Pipeline,
    pub policy: RetryPolicy,
    pub lease: Duration,
    pub poll: Duration,
    pub grace: Duration,
    /// Woken when this node enqueues work, so idle workers need not wait for the next poll.
    pub wake: Arc<Notify>,
    /// Distinguishes this process's leases from other nodes' and from its own previous life.
    pub node_id: String,
}

fn now_ms() -> i64 {
    millis(chrono::Utc::now())
}

/// What happened to one claimed job.
enum Outcome {
    Done,
    Retry(String),
    Dead(String),
    /// Shutdown interrupted it or the lease was lost: it will run again elsewhere or later.
    Abandoned,
}

impl Workers {
    /// Runs `count` workers until `shutdown`, then drains.
    pub async fn run(self, count: u32, shutdown: CancellationToken) {
        let mut set = tokio::task::JoinSet::new();
        for i in 0..count {
            let w = self.clone();
            let owner = format!("{}/{i}", self.node_id);
            let shutdown = shutdown.clone();
            set.spawn(async move { w.worker_loop(owner, shutdown).await });
        }
        while set.join_next().await.is_some() {}
    }

    async fn worker_loop(&self, owner: String, shutdown: CancellationToken) {
        let mut storage_backoff = Duration::from_millis(200);
        while !shutdown.is_cancelled() {
            match queue::claim(&self.db, &owner, now_ms(), self.lease.as_millis() as i64).await {
                Ok(Some(job)) => {
                    storage_backoff = Duration::from_millis(200);
                    self.process(job, &owner, &shutdown).await;
                }
                Ok(None) => {
                    tokio::select! {
                        _ = self.wake.notified() => {}
                        _ = tokio::time::sleep(self.poll) => {}
                        _ = shutdown.cancelled() => {}
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "cannot claim jobs; will retry");
                    tokio::select! {
                        _ = tokio::time::sleep(storage_backoff) => {}
                        _ = shutdown.cancelled() => {}
                    }
                    storage_backoff = (storage_backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }

    async fn process(&self, job: ClaimedJob, owner: &str, shutdown: &CancellationToken) {
        let outcome = if job.attempts > self.policy.max_attempts {
            // Claimed again after its lease expired more often than allowed: the stage keeps crashing or
            // hanging the worker. Stop feeding it.
            Outcome::Dead(format!("gave up after {} attempts that crashed or timed out", job.attempts - 1))
        } else {
            self.run_stage(&job, owner, shutdown).await
        };
        let now = now_ms();
        let result: Result<bool, StorageError> = match &outcome {
            Outcome::Done => Ok(true),
            Outcome::Retry(e) => {
                let retry_at = self.policy.next_attempt_at(job.attempts, now, &mut rand::thread_rng());
                queue::fail(&self.db, &job, owner, e, retry_at, now).await
            }
            Outcome::Dead(e) => queue::fail(&self.db, &job, owner, e, None, now).await,
            Outcome::Abandoned => queue::release(&self.db, &job, owner, now).await.map(|_| true),
        };
        let label = match outcome {
            Outcome::Done => "done",
            Outcome::Retry(_) => "retry",
            Outcome::Dead(_) => "dead",
            Outcome::Abandoned => "released",
        };
        metrics::counter!("tipline_jobs_total", "stage" => job.stage.clone(), "outcome" => label).increment(1);
        match result {
            Ok(true) => tracing::debug!(tip = %job.tip_id, stage = %job.stage, outcome = label, "job finished"),
            Ok(false) => tracing::warn!(tip = %job.tip_id, stage = %job.stage, "lease lost; another worker owns the job"),
            Err(e) => tracing::warn!(tip = %job.tip_id, stage = %job.stage, error = %e, "cannot record job outcome; it will run again after its lease"),
        }
    }

    /// Runs the stage, renewing the lease, and records success itself (output + next job atomically).
    async fn run_stage(&self, job: &ClaimedJob, owner: &str, shutdown: &CancellationToken) -> Outcome {
        let Some(stage) = self.pipeline.stage(&job.stage).cloned() else {
            return Outcome::Dead(format!("no stage named `{}` on this node", job.stage));
        };
        let loaded = async {
            let tip = tips::load(&self.db, job.tip_id).await?;
            let outputs = tips::outputs(&self.db, job.tip_id).await?;
            Ok::<_, StorageError>(tip.map(|t| (t.tip, outputs)))
        };
        let (tip, outputs) = match loaded.await {
            Ok(Some(loaded)) => loaded,
            Ok(None) => return Outcome::Dead("the tip no longer exists".into()),
            Err(e) => return Outcome::Retry(format!("cannot load the tip: {e}")),
        };
        let input = StageInput { tip: &tip, outputs: &outputs, db: &self.db };
        let run = AssertUnwindSafe(stage.run(input)).catch_unwind();
        tokio::pin!(run);
        let mut renew = tokio::time::interval(self.lease / 3);
        renew.tick().await;
        let drain_deadline = async {
            shutdown.cancelled().await;
            tokio::time::sleep(self.grace).await;
        };
        tokio::pin!(drain_deadline);
        let result = loop {
            tokio::select! {
                r = &mut run => break r,
                _ = renew.tick() => {
                    let until = now_ms() + self.lease.as_millis() as i64;
                    match queue::renew(&self.db, job, owner, until).await {
                        Ok(true) => {}
                        Ok(false) => return Outcome::Abandoned,
                        Err(e) => tracing::warn!(error = %e, "cannot renew lease; continuing"),
                    }
                }
                _ = &mut drain_deadline => return Outcome::Abandoned,
            }
        };
        match result {
            Ok(Ok(output)) => {
                let next = self.pipeline.next_after(&job.stage);
                match queue::complete(&self.db, job, owner, &output, next, now_ms()).await {
                    Ok(true) => {
                        if next.is_some() {
                            self.wake.notify_one();
                        }
                        Outcome::Done
                    }
                    Ok(false) => Outcome::Abandoned,
                    Err(e) => Outcome::Retry(format!("cannot store the output: {e}")),
                }
            }
            Ok(Err(StageError::Retryable(e))) => Outcome::Retry(e),
            Ok(Err(StageError::Permanent(e))) => Outcome::Dead(e),
            Err(panic) => {
                let msg = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                tracing::error!(tip = %job.tip_id, stage = %job.stage, panic = %msg, "stage panicked");
                Outcome::Retry(format!("stage panicked: {msg}"))
            }
        }
    }
}
