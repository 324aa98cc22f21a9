//! The public and dispatcher API against a running application, on SQLite and PostgreSQL.

use gateway::auth::Role;
use serde_json::{json, Value};
use tipline_tests::{TestApp, TestDb};

async fn post_raw(app: &TestApp, body: &str, content_type: &str) -> (u16, Value) {
    let r = app
        .client
        .post(format!("{}/api/v1/tips", app.base))
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn a_text_tip_is_saved_and_runs_through_the_pipeline() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let token = app.token(Role::Dispatcher).await;
        let body = json!({
            "text": "  Grey pickup, plate ABC 1234, outside the library.  ",
            "location": { "lat": 40.7128, "lon": -74.006 },
            "occurred_at": "2026-11-25T21:50:00Z"
        });
        let r = app.client.post(format!("{}/api/v1/tips", app.base)).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 201, "{}", tdb.name);
        let location = r.headers()["location"].to_str().unwrap().to_owned();
        let receipt: Value = r.json().await.unwrap();
        let id = receipt["id"].as_str().unwrap();
        assert_eq!(location, format!("/api/v1/tips/{id}"));
        assert!(receipt["passphrase"].as_str().unwrap().len() >= 20);

        let tip = app.wait_final(&token, id).await;
        assert_eq!(tip["status"], "complete", "{}: {tip}", tdb.name);
        assert_eq!(tip["text"], "Grey pickup, plate ABC 1234, outside the library.");
        assert_eq!(tip["channel"], "web_form");
        assert_eq!(tip["location"], json!({ "lat": 40.7128, "lon": -74.006 }));
        assert_eq!(tip["occurred_at"], "2026-11-25T21:50:00Z");
        let stage = &tip["stages"][0];
        assert_eq!(stage["name"], "transcribe");
        assert_eq!(stage["state"], "done");
        assert_eq!(stage["attempts"], 1);
        assert_eq!(stage["output"]["segments"][0]["text"], tip["text"]);
        let extract = &tip["stages"][1];
        assert_eq!((extract["name"].as_str(), extract["state"].as_str()), (Some("extract"), Some("done")));
        let vehicle = extract["output"]["entities"].as_array().unwrap().iter().find(|e| e["kind"] == "vehicle").expect("a vehicle");
        assert_eq!(vehicle["attributes"]["plate"], "ABC1234");
        assert!(extract["output"]["places"].as_array().unwrap().iter().any(|p| p["kind"] == "coordinates" && p["location"]["lat"] == 40.7128));
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn bad_input_gets_a_clear_error_with_a_stable_code() {
    for tdb in TestDb::both().await {
        let mut config = tdb.config();
        config.intake.max_body_bytes = 2048;
        config.intake.max_text_chars = 100;
        let app = TestApp::start(config).await;
        let cases: &[(&str, &str, u16, &str)] = &[
            ("{\"text\": \"unterminated", "application/json", 400, "invalid_json"),
            ("not json at all", "application/json", 400, "invalid_json"),
            ("{\"text\": \"hi\", \"colour\": \"red\"}", "application/json", 422, "invalid_field"),
            ("{\"text\": 42}", "application/json", 422, "invalid_field"),
            ("{}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"   \"}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\", \"location\": {\"lat\": 91, \"lon\": 0}}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\", \"location\": {\"lat\": 1, \"lon\": 200}}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\", \"location\": {\"where\": \"x\"}}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\", \"occurred_at\": \"yesterday\"}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\", \"occurred_at\": \"2999-01-01T00:00:00Z\"}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"a\\u0000b\"}", "application/json", 422, "invalid_field"),
            ("{\"text\": \"hi\"}", "text/plain", 415, "unsupported_media_type"),
        ];
        for (body, ct, status, code) in cases {
            let (got, err) = post_raw(&app, body, ct).await;
            assert_eq!((got, err["error"]["code"].as_str().unwrap_or("")), (*status, *code), "{}: {body}: {err}", tdb.name);
            assert!(!err["error"]["message"].as_str().unwrap().is_empty());
        }
        let long = json!({ "text": "x".repeat(101) }).to_string();
        assert_eq!(post_raw(&app, &long, "application/json").await.0, 422);
        let huge = json!({ "text": "x".repeat(4096) }).to_string();
        let (status, err) = post_raw(&app, &huge, "application/json").await;
        assert_eq!((status, err["error"]["code"].as_str()), (413, Some("payload_too_large")));

        // None of the rejected requests left a tip behind; a valid one still goes through.
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tips").fetch_one(&app.db.pool).await.unwrap();
        assert_eq!(count, 0, "{}", tdb.name);
        app.submit("still working").await;

        let token = app.token(Role::Dispatcher).await;
        let get = |path: String| app.client.get(format!("{}{path}", app.base)).bearer_auth(&token).send();
        assert_eq!(get("/api/v1/tips/not-a-uuid".into()).await.unwrap().status(), 404);
        assert_eq!(get(format!("/api/v1/tips/{}", uuid::Uuid::new_v4())).await.unwrap().status(), 404);
        let r = get("/api/v1/tips?limit=0".into()).await.unwrap();
        assert_eq!(r.status(), 422);
        let r = get("/api/v1/tips?bogus=1".into()).await.unwrap();
        assert_eq!(r.status(), 400);
        assert_eq!(r.json::<Value>().await.unwrap()["error"]["code"], "invalid_query");
        assert_eq!(get("/api/v1/tips?cursor=zzz".into()).await.unwrap().status(), 422);
        assert_eq!(get("/api/v1/nothing-here".into()).await.unwrap().status(), 404);
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn listing_filters_and_paginates_without_gaps_or_repeats() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let token = app.token(Role::Admin).await;
        let mut submitted = Vec::new();
        for i in 0..7 {
            submitted.push(app.submit(&format!("tip number {i}")).await["id"].as_str().unwrap().to_owned());
        }
        for id in &submitted {
            app.wait_final(&token, id).await;
        }
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut url = "/api/v1/tips?limit=3&status=complete&channel=web_form".to_owned();
            if let Some(c) = &cursor {
                url.push_str(&format!("&cursor={c}"));
            }
            let (_, page) = app.get_json(&token, &url).await;
            let tips = page["tips"].as_array().unwrap();
            assert!(tips.len() <= 3);
            seen.extend(tips.iter().map(|t| t["id"].as_str().unwrap().to_owned()));
            match page["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_owned()),
                None => break,
            }
        }
        let mut expected = submitted.clone();
        expected.reverse(); // newest first
        // Tips submitted in the same millisecond tie-break by id, so compare as sets plus count.
        let mut a = seen.clone();
        a.sort();
        let mut b = expected.clone();
        b.sort();
        assert_eq!(a, b, "{}", tdb.name);
        assert_eq!(seen.len(), 7);

        for filter in ["status=failed", "channel=phone", "since=2999-01-01T00:00:00Z", "until=2000-01-01T00:00:00Z"] {
            let (status, page) = app.get_json(&token, &format!("/api/v1/tips?{filter}")).await;
            assert_eq!((status, page["tips"].as_array().map(Vec::len)), (200, Some(0)), "{filter}");
        }
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn the_tipster_can_follow_up_with_the_passphrase_only() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let receipt = app.submit("someone is breaking into cars on Oak Avenue").await;
        let id = receipt["id"].as_str().unwrap();
        let url = format!("{}/api/v1/tips/{id}/followup", app.base);
        let ok = app.client.get(&url).header("Tipline-Passphrase", receipt["passphrase"].as_str().unwrap()).send().await.unwrap();
        assert_eq!(ok.status(), 200);
        let body: Value = ok.json().await.unwrap();
        assert_eq!(body["id"], id);
        assert!(body.get("text").is_none(), "follow-up must not reveal the tip's content");
        for wrong in [Some("aaaaa-bbbbb-ccccc-ddddd"), None] {
            let mut req = app.client.get(&url);
            if let Some(w) = wrong {
                req = req.header("Tipline-Passphrase", w);
            }
            assert_eq!(req.send().await.unwrap().status(), 404);
        }
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn one_flooding_source_is_throttled_without_silencing_others() {
    let tdb = TestDb::sqlite().await;
    let mut config = tdb.config();
    config.intake.burst = 3;
    config.intake.rate_per_minute = 1;
    config.intake.trust_forwarded_for = true;
    let app = TestApp::start(config).await;
    let send = |source: &'static str| {
        app.client.post(format!("{}/api/v1/tips", app.base)).header("x-forwarded-for", source).json(&json!({ "text": "x" })).send()
    };
    for _ in 0..3 {
        assert_eq!(send("198.51.100.7").await.unwrap().status(), 201);
    }
    let throttled = send("198.51.100.7").await.unwrap();
    assert_eq!(throttled.status(), 429);
    assert!(throttled.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    assert_eq!(send("203.0.113.9").await.unwrap().status(), 201);
    app.stop().await;
}

#[tokio::test]
async fn probes_and_metrics() {
    let tdb = TestDb::sqlite().await;
    let app = TestApp::start(tdb.config()).await;
    assert_eq!(app.client.get(format!("{}/healthz", app.base)).send().await.unwrap().status(), 200);
    assert_eq!(app.client.get(format!("{}/readyz", app.base)).send().await.unwrap().status(), 200);
    app.submit("metrics please").await;
    let admin = app.token(Role::Admin).await;
    let text = app.client.get(format!("{}/metrics", app.base)).bearer_auth(&admin).send().await.unwrap().text().await.unwrap();
    assert!(text.contains("tipline_tips_received_total"), "{text}");
    app.stop().await;
}
