//! The durable pipeline: retries with backoff, dead letters with visible errors, manual retry, panics,
//! lease takeover after a crash, and idempotent completion.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use gateway::auth::Role;
use gateway::pipeline::queue;
use gateway::pipeline::{Stage, StageError, StageInput};
use serde_json::{json, Value};
use tipline_tests::{TestApp, TestDb};

/// Fails with a retryable error `failures` times, then succeeds; counts its runs.
struct Flaky {
    failures: u32,
    runs: Arc<AtomicU32>,
}

#[async_trait::async_trait]
impl Stage for Flaky {
    fn name(&self) -> &'static str {
        "flaky"
    }
    async fn run(&self, input: StageInput<'_>) -> Result<Value, StageError> {
        let n = self.runs.fetch_add(1, Ordering::SeqCst);
        if n < self.failures {
            return Err(StageError::Retryable(format!("peer unavailable (run {})", n + 1)));
        }
        // Sees the previous stage's output.
        Ok(json!({ "after": input.outputs["transcribe"]["text"] }))
    }
}

struct Broken;

#[async_trait::async_trait]
impl Stage for Broken {
    fn name(&self) -> &'static str {
        "broken"
    }
    async fn run(&self, _: StageInput<'_>) -> Result<Value, StageError> {
        Err(StageError::Permanent("input cannot be analysed".into()))
    }
}

struct Panics;

#[async_trait::async_trait]
impl Stage for Panics {
    fn name(&self) -> &'static str {
        "panics"
    }
    async fn run(&self, _: StageInput<'_>) -> Result<Value, StageError> {
        panic!("bug in stage")
    }
}

/// `transcribe` (whose output the test stages read), then the stage under test.
fn stages(extra: Arc<dyn Stage>) -> Vec<Arc<dyn Stage>> {
    vec![Arc::new(gateway::pipeline::stages::Transcribe { speech: None }), extra]
}

#[tokio::test]
async fn transient_failures_are_retried_until_success() {
    for tdb in TestDb::both().await {
        let runs = Arc::new(AtomicU32::new(0));
        let app = TestApp::start_with(tdb.config(), stages(Arc::new(Flaky { failures: 2, runs: runs.clone() }))).await;
        let token = app.token(Role::Dispatcher).await;
        let id = app.submit("flaky peer").await["id"].as_str().unwrap().to_owned();
        let tip = app.wait_final(&token, &id).await;
        assert_eq!(tip["status"], "complete", "{}: {tip}", tdb.name);
        let flaky = &tip["stages"][1];
        assert_eq!((flaky["name"].as_str(), flaky["attempts"].as_i64(), flaky["state"].as_str()), (Some("flaky"), Some(3), Some("done")));
        assert_eq!(flaky["last_error"], Value::Null);
        assert_eq!(flaky["output"]["after"], "flaky peer");
        assert_eq!(runs.load(Ordering::SeqCst), 3);
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn failures_are_dead_lettered_visibly_and_can_be_retried() {
    for tdb in TestDb::both().await {
        // Never recovers within max_attempts: dead-lettered with the last error.
        let runs = Arc::new(AtomicU32::new(0));
        let mut config = tdb.config();
        config.pipeline.max_attempts = 3;
        let app = TestApp::start_with(config, stages(Arc::new(Flaky { failures: 4, runs: runs.clone() }))).await;
        let token = app.token(Role::Dispatcher).await;
        let id = app.submit("keeps failing").await["id"].as_str().unwrap().to_owned();
        let tip = app.wait_final(&token, &id).await;
        assert_eq!(tip["status"], "failed", "{}", tdb.name);
        assert_eq!(tip["stages"][1]["state"], "dead");
        assert_eq!(tip["stages"][1]["attempts"], 3);
        assert_eq!(tip["stages"][1]["last_error"], "peer unavailable (run 3)");
        assert_eq!(tip["stages"][0]["state"], "done", "earlier stages keep their results");

        // A dispatcher retries it; the fourth failure is followed by success.
        let r: Value = app
            .client
            .post(format!("{}/api/v1/tips/{id}/retry", app.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(r["requeued_jobs"], 1);
        let tip = app.wait_final(&token, &id).await;
        assert_eq!(tip["status"], "complete", "{tip}");
        assert_eq!(runs.load(Ordering::SeqCst), 5);
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn permanent_errors_and_panics_do_not_take_the_worker_down() {
    for tdb in TestDb::both().await {
        let mut config = tdb.config();
        config.pipeline.max_attempts = 2;
        let app = TestApp::start_with(config.clone(), stages(Arc::new(Broken))).await;
        let token = app.token(Role::Dispatcher).await;
        let id = app.submit("bad input").await["id"].as_str().unwrap().to_owned();
        let tip = app.wait_final(&token, &id).await;
        assert_eq!(tip["status"], "failed");
        assert_eq!(tip["stages"][1]["attempts"], 1, "permanent errors are not retried");
        assert_eq!(tip["stages"][1]["last_error"], "input cannot be analysed");
        app.stop().await;

        let app = TestApp::start_with(config, stages(Arc::new(Panics))).await;
        let first = app.submit("panic 1").await["id"].as_str().unwrap().to_owned();
        let second = app.submit("panic 2").await["id"].as_str().unwrap().to_owned();
        for id in [first, second] {
            let tip = app.wait_final(&token, &id).await;
            assert_eq!(tip["status"], "failed");
            assert_eq!(tip["stages"][1]["last_error"], "stage panicked: bug in stage");
            assert_eq!(tip["stages"][1]["attempts"], 2);
        }
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn an_expired_lease_is_taken_over_and_the_old_owner_is_fenced_out() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let now = 1_000_000i64;
        let tip = gateway::tips::insert(
            &db,
            gateway::tips::NewTip {
                channel: correlate::Channel::WebForm,
                text: Some("lease".into()),
                location: None,
                occurred_at: None,
                source_hash: None,
                passphrase_hash: None,
            },
            Some("transcribe"),
            chrono::DateTime::from_timestamp_millis(now).unwrap(),
        )
        .await
        .unwrap();
        let a = queue::claim(&db, "node-a", now, 1000).await.unwrap().expect("job is ready");
        assert_eq!(a.tip_id, tip.id);
        assert_eq!(a.attempts, 1);
        assert_eq!(queue::claim(&db, "node-b", now + 999, 1000).await.unwrap(), None, "leased jobs are not handed out twice");
        // node-a dies; after its lease, node-b takes over.
        let b = queue::claim(&db, "node-b", now + 1001, 1000).await.unwrap().expect("expired lease is reclaimed");
        assert_eq!((b.id.as_str(), b.attempts), (a.id.as_str(), 2));
        assert!(!queue::renew(&db, &a, "node-a", now + 5000).await.unwrap());
        let out = json!({ "by": "a" });
        assert!(!queue::complete(&db, &a, "node-a", &out, None, now + 1002).await.unwrap(), "old owner is fenced");
        assert!(queue::complete(&db, &b, "node-b", &json!({ "by": "b" }), None, now + 1003).await.unwrap());
        assert!(!queue::complete(&db, &b, "node-b", &json!({ "by": "b" }), None, now + 1004).await.unwrap(), "completes once");
        let outputs = gateway::tips::outputs(&db, tip.id).await.unwrap();
        assert_eq!(outputs.len(), 1);
        assert_eq!(outputs["transcribe"], json!({ "by": "b" }));
        let record = gateway::tips::load(&db, tip.id).await.unwrap().unwrap();
        assert_eq!(record.status, gateway::tips::TipStatus::Complete);
        assert_eq!(queue::claim(&db, "node-c", now + 10_000, 1000).await.unwrap(), None);
        tdb.cleanup().await;
    }
}
