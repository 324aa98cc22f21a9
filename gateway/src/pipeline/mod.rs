//! The durable tip pipeline: an ordered list of stages, each run as a database job per tip.
//!
//! A tip's first job is written in the same transaction as the tip. When a stage succeeds, its output, the
//! job's completion and the next stage's job are committed together, so a crash between stages loses
//! nothing and repeats nothing that was committed. A crash *during* a stage leaves the job leased; the lease
//! expires and the job runs again, which is why stages must be idempotent (same input, same stored output).
//!
//! # Layout
//! - [`queue`]: the job table operations (enqueue, claim with a lease, renew, complete, fail, release).
//! - [`worker`]: the worker loop that claims jobs, runs stages, renews leases and drains on shutdown.
//! - [`stages`]: the stages the foundation ships.

pub mod queue;
pub mod stages;
pub mod worker;

use std::collections::BTreeMap;
use std::sync::Arc;

use correlate::Tip;

use crate::db::Db;

/// Why a stage did not produce an output.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StageError {
    /// Worth another attempt later (a peer is down, a resource is busy).
    #[error("{0}")]
    Retryable(String),
    /// Will fail the same way every time (bad input, missing capability): dead-letter at once.
    #[error("{0}")]
    Permanent(String),
}

/// What a stage sees: the tip and the outputs of the stages before it.
pub struct StageInput<'a> {
    pub tip: &'a Tip,
    pub outputs: &'a BTreeMap<String, serde_json::Value>,
    pub db: &'a Db,
}

/// One step of tip analysis. Implementations must be idempotent: running twice on the same input stores
/// the same output and has no other lasting effect that is not itself deduplicated.
#[async_trait::async_trait]
pub trait Stage: Send + Sync + 'static {
    /// Stable name, stored in the jobs table (`transcribe`, `extract`, `correlate`, `route`).
    fn name(&self) -> &'static str;
    /// Produces this stage's output as JSON, stored per tip and shown in the API.
    async fn run(&self, input: StageInput<'_>) -> Result<serde_json::Value, StageError>;
}

/// The ordered stages every tip goes through.
#[derive(Clone)]
pub struct Pipeline {
    stages: Arc<Vec<Arc<dyn Stage>>>,
}

impl Pipeline {
    /// Panics on duplicate stage names: that is a programming error in the composition root.
    pub fn new(stages: Vec<Arc<dyn Stage>>) -> Self {
        let mut names: Vec<_> = stages.iter().map(|s| s.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), stages.len(), "pipeline stage names must be unique");
        Self { stages: Arc::new(stages) }
    }

    pub fn first(&self) -> Option<&'static str> {
        self.stages.first().map(|s| s.name())
    }

    pub fn stage(&self, name: &str) -> Option<&Arc<dyn Stage>> {
        self.stages.iter().find(|s| s.name() == name)
    }

    /// The stage after `name`, or `None` when `name` is the last.
    pub fn next_after(&self, name: &str) -> Option<&'static str> {
        let i = self.stages.iter().position(|s| s.name() == name)?;
        self.stages.get(i + 1).map(|s| s.name())
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
}
