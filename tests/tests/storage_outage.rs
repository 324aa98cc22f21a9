//! PostgreSQL going away while tipline runs, and not being there yet when it starts: clear errors, no
//! panic, no tip acknowledged that was not saved, and recovery once the database is back.

use std::time::{Duration, Instant};

use gateway::auth::Role;
use serde_json::{json, Value};
use tipline_tests::{PgCluster, Server, TestApp, TestDb};

#[tokio::test]
async fn the_database_going_away_mid_run_is_survived() {
    let cluster = PgCluster::start();
    let scratch = TestDb::sqlite().await; // only for its data dir and defaults
    let mut config = scratch.config();
    config.storage.database_url = cluster.url();
    let app = TestApp::start(config).await;
    let token = app.token(Role::Dispatcher).await;
    let before = app.submit("before the outage").await["id"].as_str().unwrap().to_owned();
    assert_eq!(app.wait_final(&token, &before).await["status"], "complete");

    cluster.halt();
    let r = app.client.post(format!("{}/api/v1/tips", app.base)).json(&json!({ "text": "during the outage" })).send().await.unwrap();
    assert_eq!(r.status(), 503);
    assert!(r.headers().contains_key("retry-after"));
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["code"], "storage_unavailable");
    assert!(!body["error"]["message"].as_str().unwrap().contains("postgres://"), "no internals leak");
    assert_eq!(app.client.get(format!("{}/readyz", app.base)).send().await.unwrap().status(), 503);
    let r = app.client.get(format!("{}/api/v1/tips/{before}", app.base)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 503, "a token cannot be checked, so nothing is disclosed");

    cluster.resume();
    let deadline = Instant::now() + Duration::from_secs(30);
    let after = loop {
        let r = app.client.post(format!("{}/api/v1/tips", app.base)).json(&json!({ "text": "after the outage" })).send().await.unwrap();
        if r.status() == 201 {
            break r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        }
        assert_eq!(r.status(), 503);
        assert!(Instant::now() < deadline, "intake did not recover");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(app.wait_final(&token, &after).await["status"], "complete", "workers recovered too");
    let tips: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tips").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(tips, 2, "exactly the acknowledged tips were saved");
    app.stop().await;
}

#[tokio::test]
async fn serve_waits_for_a_database_that_is_still_starting() {
    let cluster = PgCluster::start();
    cluster.halt();
    let scratch = TestDb::sqlite().await;
    let mut env: Vec<(String, String)> =
        scratch.env().into_iter().filter(|(k, _)| k != "TIPLINE__STORAGE__DATABASE_URL").collect();
    env.push(("TIPLINE__STORAGE__DATABASE_URL".into(), cluster.url()));
    env.push(("TIPLINE__STORAGE__CONNECT_TIMEOUT_S".into(), "30".into()));
    let starter = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(2));
        cluster.resume();
        cluster
    });
    let server = Server::start(&env);
    let _cluster = starter.join().unwrap();
    let r = reqwest::get(format!("{}/readyz", server.base)).await.unwrap();
    assert_eq!(r.status(), 200);
}
