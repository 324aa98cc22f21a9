//! The real `tipline` binary: crash recovery after SIGKILL, graceful SIGTERM, configuration errors,
//! an unreachable database, and the demo.

use std::time::{Duration, Instant};

use correlate::Channel;
use gateway::pipeline::queue;
use gateway::tips::{self, NewTip};
use serde_json::json;
use tipline_tests::{run_cli, Server, TestDb};

async fn count(db: &gateway::db::Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.pool).await.unwrap()
}

#[tokio::test]
async fn sigkill_mid_pipeline_loses_nothing_and_finishes_every_tip_once() {
    for tdb in TestDb::both().await {
        let env = tdb.env();
        let mut server = Server::start(&env);
        let client = reqwest::Client::new();
        let mut accepted = Vec::new();
        for i in 0..60 {
            let r = client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": format!("tip {i}") })).send().await.unwrap();
            assert_eq!(r.status(), 201);
            accepted.push(r.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned());
        }
        server.kill9();

        // Whatever the kill interrupted, also leave the state a worker dying inside a stage leaves: a tip
        // whose job is leased by a process that no longer exists, and tips whose jobs never started.
        let db = tdb.connect().await;
        let now = chrono::Utc::now();
        for i in 0..5 {
            let new = NewTip { channel: Channel::WebForm, text: Some(format!("late {i}")), location: None, occurred_at: None, source_hash: None, passphrase_hash: None };
            accepted.push(tips::insert(&db, new, Some("transcribe"), now).await.unwrap().id.to_string());
        }
        let held = queue::claim(&db, "dead-process/0", gateway::db::millis(now), 1_000).await.unwrap();
        assert!(held.is_some(), "a job was left leased by the dead process");
        let unfinished = count(&db, "SELECT COUNT(*) FROM jobs WHERE state <> 'done'").await;
        assert!(unfinished >= 5, "{}: jobs in flight at restart: {unfinished}", tdb.name);

        let _server = Server::start(&env);
        let deadline = Instant::now() + Duration::from_secs(30);
        while count(&db, "SELECT COUNT(*) FROM tips WHERE status <> 'complete'").await > 0 {
            assert!(Instant::now() < deadline, "{}: tips still unfinished after restart", tdb.name);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        for id in &accepted {
            let record = tips::load(&db, id.parse().unwrap()).await.unwrap().expect("accepted tip exists");
            assert_eq!(record.status, tips::TipStatus::Complete);
            assert!(record.completed_at.is_some());
        }
        let total = count(&db, "SELECT COUNT(*) FROM tips").await;
        assert!(total >= accepted.len() as i64);
        // Exactly once: one job and one output per tip and stage, all done.
        let stages = gateway::app::default_stages(&tdb.config()).unwrap().len() as i64;
        assert_eq!(count(&db, "SELECT COUNT(*) FROM jobs WHERE state = 'done'").await, total * stages);
        assert_eq!(count(&db, "SELECT COUNT(*) FROM jobs").await, total * stages);
        assert_eq!(count(&db, "SELECT COUNT(*) FROM stage_outputs").await, total * stages);
        drop(_server);
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn sigterm_drains_and_exits_zero() {
    for tdb in TestDb::both().await {
        let env = tdb.env();
        let mut server = Server::start(&env);
        let client = reqwest::Client::new();
        for i in 0..10 {
            let r = client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": format!("tip {i}") })).send().await.unwrap();
            assert_eq!(r.status(), 201);
        }
        let started = Instant::now();
        let status = server.terminate();
        assert!(status.success(), "{}: exit status {status:?}", tdb.name);
        assert!(started.elapsed() < Duration::from_secs(10));
        let db = tdb.connect().await;
        assert_eq!(count(&db, "SELECT COUNT(*) FROM jobs WHERE state = 'running'").await, 0, "no job left leased");
        assert_eq!(count(&db, "SELECT COUNT(*) FROM tips").await, 10);
        tdb.cleanup().await;
    }
}

#[test]
fn check_config_lists_every_problem_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[server]\nlisten = \"everywhere\"\n[pipeline]\nworkerz = 3\nmax_attempts = 0\n").unwrap();
    let (code, _, err) = run_cli(&["--config", bad.to_str().unwrap(), "check-config"], &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("pipeline.workerz: unknown key"), "{err}");

    std::fs::write(&bad, "[server]\nlisten = \"everywhere\"\n[pipeline]\nmax_attempts = 0\n").unwrap();
    let env = [("TIPLINE__LOG__FORMAT".to_string(), "yaml".to_string())];
    let (code, _, err) = run_cli(&["--config", bad.to_str().unwrap(), "check-config"], &env);
    assert_eq!(code, 2);
    for key in ["server.listen", "pipeline.max_attempts", "log.format"] {
        assert!(err.contains(key), "{key} missing from: {err}");
    }

    let (code, _, err) = run_cli(&["--config", "/nonexistent/tipline.toml", "check-config"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("no such file"));

    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../config/tipline.toml");
    let (code, out, err) = run_cli(&["--config", shipped, "check-config"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid"));
}

#[test]
fn an_unreachable_database_is_a_clear_error_without_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("TIPLINE__STORAGE__DATABASE_URL".to_string(), "postgres://tipline:s3cret-pw@127.0.0.1:1/tips".to_string()),
        ("TIPLINE__STORAGE__CONNECT_TIMEOUT_S".to_string(), "1".to_string()),
        ("TIPLINE__STORAGE__DATA_DIR".to_string(), dir.path().display().to_string()),
        ("TIPLINE__SERVER__LISTEN".to_string(), "127.0.0.1:0".to_string()),
        ("TIPLINE__SIP__LISTEN".to_string(), "[]".to_string()),
    ];
    let (code, out, err) = run_cli(&["serve"], &env);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("database unavailable") && err.contains("127.0.0.1:1"), "{err}");
    assert!(!err.contains("s3cret-pw") && !out.contains("s3cret-pw"), "password leaked: {err}");
}

#[test]
fn the_demo_runs_tips_through_the_pipeline_on_the_embedded_database() {
    let dir = tempfile::tempdir().unwrap();
    let env = [
        ("TIPLINE__STORAGE__DATA_DIR".to_string(), dir.path().display().to_string()),
        ("TIPLINE__SERVER__LISTEN".to_string(), "127.0.0.1:0".to_string()),
        ("TIPLINE__SIP__LISTEN".to_string(), "[]".to_string()),
        ("TIPLINE__EXTRACT__GAZETTEER".to_string(), tipline_tests::demo_town().display().to_string()),
    ];
    let (code, out, err) = run_cli(&["demo", "--once"], &env);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.matches("[complete]").count(), 3, "{out}");
    assert!(out.contains("category weapon") && out.contains("priority critical"), "{out}");
    assert!(out.contains("Elm"), "the library on Elm Street is located: {out}");
    assert!(out.contains("Dispatcher token (shown once): tl_"), "{out}");
    assert!(dir.path().join("tipline.db").exists(), "the embedded database is a file in the data dir");
}

#[test]
fn extract_and_eval_from_the_command_line() {
    let town = tipline_tests::demo_town().display().to_string();
    let (code, out, err) = run_cli(
        &["extract", "--gazetteer", &town, "--at", "2026-11-25T22:00:00Z", "--json", "a red pickup plate a b c one two three four at the corner of 3rd and main"],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let a: serde_json::Value = serde_json::from_str(&out).unwrap();
    let vehicle = a["entities"].as_array().unwrap().iter().find(|e| e["kind"] == "vehicle").unwrap();
    assert_eq!((vehicle["attributes"]["plate"].as_str(), vehicle["attributes"]["colour"].as_str()), (Some("ABC1234"), Some("red")));
    let corner = a["places"].as_array().unwrap().iter().find(|p| p["kind"] == "intersection").expect("the corner");
    assert!(corner["location"]["lat"].is_number());

    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../correlate/corpus/extraction_hand.jsonl");
    let (code, out, err) = run_cli(&["eval", "extraction", corpus, "--gazetteer", &town], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("geocoded within 50 m") && out.contains("vehicle"), "{out}");
    let (code, _, err) = run_cli(&["eval", "extraction", "/nonexistent.jsonl", "--gazetteer", &town], &[]);
    assert_eq!(code, 1);
    assert!(err.contains("nonexistent.jsonl"), "{err}");
}
