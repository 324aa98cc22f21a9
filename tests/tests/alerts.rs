//! Alert delivery against real peers: a webhook receiver that checks Standard Webhooks signatures with its
//! own implementation (`tipline_tests::webhook_receiver`) and fails for a while; a 410 endpoint; a real
//! SMTP server (aiosmtpd) whose Maildir the test reads back; incidents and late camera events; kill -9.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;
use std::time::Duration;

use correlate::{Analysis, TipId};
use gateway::alerts::outbox::{self, ListFilter, Replay};
use gateway::alerts::{self, AlertsConfig, ReceiverConfig, ReceiverKind};
use gateway::db::Db;
use serde_json::{json, Value};
use tipline_tests::smtp::SmtpServer;
use tipline_tests::webhook_receiver::{Hook, Received, NEW_SECRET, OLD_SECRET};
use tipline_tests::{wait_for, TestDb};
use tokio_util::sync::CancellationToken;

// ---- helpers ----

fn analysis(priority: &str, category: &str, lat: f64, lon: f64) -> Analysis {
    serde_json::from_value(json!({
        "normalised": "", "entities": [],
        "places": [{"kind": "intersection", "span": null, "text": "Elm and 3rd", "location": {"lat": lat, "lon": lon},
                    "radius_m": 50.0, "confidence": 0.9, "explanation": "gazetteer"}],
        "time_window": {"start": "2026-11-25T11:50:00Z", "end": "2026-11-25T12:00:00Z"}, "time_explanation": "",
        "category": category, "priority": priority, "reasons": ["a red pickup near the school"], "agencies": ["north-pd"]
    }))
    .unwrap()
}

fn webhook(name: &str, url: &str) -> ReceiverConfig {
    ReceiverConfig {
        name: name.into(),
        kind: ReceiverKind::Webhook,
        url: url.into(),
        // Rotation: the gateway signs with both; the receiver only knows the new one.
        secrets: vec![OLD_SECRET.into(), NEW_SECRET.into()],
        ..ReceiverConfig::default()
    }
}

/// Fast retries and a breaker that opens quickly, so the test sees them within seconds.
fn config(receivers: Vec<ReceiverConfig>, routing: Value) -> AlertsConfig {
    let mut c = AlertsConfig { console_url: "http://console.test".into(), receivers, ..AlertsConfig::default() };
    c.routing = serde_json::from_value(routing).unwrap();
    c.delivery.poll_interval_ms = 20;
    c.delivery.backoff_base_ms = 50;
    c.delivery.backoff_max_ms = 200;
    c.delivery.max_attempts = 30;
    c.delivery.breaker_threshold = 3;
    c.delivery.breaker_cooldown_s = 1;
    c.delivery.timeout_s = 5;
    c.delivery.lease_s = 20;
    assert_eq!(c.validate(), Vec::<(String, String)>::new());
    c
}

async fn count(db: &Db, state: &str, receiver: &str) -> usize {
    outbox::list(db, &ListFilter { state: state.into(), receiver: receiver.into(), limit: 1000 }).await.unwrap().len()
}

/// Two delivery workers, as two gateway nodes would run them.
fn start_workers(db: &Db, config: &AlertsConfig) -> (CancellationToken, Vec<tokio::task::JoinHandle<()>>) {
    let stop = CancellationToken::new();
    let handles =
        (0..2).map(|_| tokio::spawn(alerts::deliver_loop(db.clone(), config.clone(), stop.clone()))).collect();
    (stop, handles)
}

async fn stop_workers((stop, handles): (CancellationToken, Vec<tokio::task::JoinHandle<()>>)) {
    stop.cancel();
    for h in handles {
        tokio::time::timeout(Duration::from_secs(10), h).await.expect("workers stop promptly").unwrap();
    }
}

// ---- tests ----

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn webhooks_arrive_signed_once_each_despite_failures() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let hook = Hook::start(NEW_SECRET).await;
        // Five failures: more than the breaker threshold, so the breaker opens and closes on the way.
        hook.fail_first.store(5, Ordering::SeqCst);
        let c = config(
            vec![webhook("north-hook", &hook.url)],
            json!({"route": {"receivers": [], "routes": [{"agencies": ["north-pd"], "receivers": ["north-hook"]}]},
                   "inhibit": [{"radius_m": 300.0}]}),
        );
        let now = chrono::Utc::now();
        let tips: Vec<TipId> = (0..3).map(|_| TipId::random()).collect();
        // Three tips far apart (about 2 km), so none mutes another.
        for (i, tip) in tips.iter().enumerate() {
            let a = analysis("high", "suspicious_vehicle", 45.40 + 0.02 * i as f64, -75.70);
            let r = alerts::enqueue_for(&db, &c, *tip, &a, &[], None, now).await.unwrap();
            assert_eq!(r.receivers, vec!["north-hook"], "{}", tdb.name);
            assert_eq!(r.inhibited_by, None);
        }
        // Enqueueing again (a re-run stage) adds nothing.
        let again =
            alerts::enqueue_for(&db, &c, tips[0], &analysis("high", "suspicious_vehicle", 45.4, -75.7), &[], None, now).await;
        assert_eq!(again.unwrap().receivers, vec!["north-hook"]);
        assert_eq!(count(&db, "", "").await, 3, "{}", tdb.name);

        // A medium tip 100 m from a high one is muted: no delivery.
        let muted = TipId::random();
        let r =
            alerts::enqueue_for(&db, &c, muted, &analysis("medium", "theft", 45.4009, -75.70), &[], None, now).await.unwrap();
        assert_eq!(r.inhibited_by, Some(tips[0].to_string()), "{}", tdb.name);
        assert!(r.receivers.is_empty());

        let workers = start_workers(&db, &c);
        wait_for("three deliveries", 60, || async move { count(dbr, "delivered", "north-hook").await == 3 }).await;
        stop_workers(workers).await;

        let got = hook.received();
        assert!(got.iter().all(|r| r.signed), "{}: unsigned request {got:?}", tdb.name);
        assert_eq!(got.iter().filter(|r| r.status == 500).count(), 5, "{}", tdb.name);
        let accepted: Vec<&Received> = got.iter().filter(|r| r.status == 200).collect();
        let ids: BTreeSet<&str> = accepted.iter().map(|r| r.id.as_str()).collect();
        assert_eq!((accepted.len(), ids.len()), (3, 3), "{}: each alert accepted exactly once: {accepted:?}", tdb.name);
        // Every failed attempt was retried with the same id: no id outside the accepted set.
        assert!(got.iter().all(|r| ids.contains(r.id.as_str())), "{}", tdb.name);
        // The first failure asked for a second's pause; the retry of that message honoured it.
        let first = got.iter().find(|r| r.asked_to_wait).unwrap();
        let retry = got.iter().find(|r| r.id == first.id && r.at > first.at).unwrap();
        assert!(retry.at - first.at >= Duration::from_millis(1000), "{}: {:?}", tdb.name, retry.at - first.at);
        let delivered_tips: BTreeSet<String> =
            accepted.iter().map(|r| r.body["data"]["tip_id"].as_str().unwrap().to_string()).collect();
        assert_eq!(delivered_tips, tips.iter().map(|t| t.to_string()).collect(), "{}", tdb.name);
        // Thin payload: coarse location, a link, nothing the receiver did not opt into.
        let data = &accepted[0].body["data"];
        assert_eq!(data["priority"], "high");
        assert!(data["link"].as_str().unwrap().starts_with("http://console.test/tips/"));
        assert!(data.get("reasons").is_none() && data.get("agencies").is_none(), "{data}");
        let lat = data["location"]["lat"].as_f64().unwrap();
        assert_eq!(lat, (lat * 100.0).round() / 100.0);
        // Retries were recorded; nothing is left over.
        let rows = outbox::list(&db, &ListFilter::default()).await.unwrap();
        assert_eq!(rows.iter().map(|r| r.attempts).sum::<i64>(), 8, "{}: {rows:?}", tdb.name);
        assert!(rows.iter().all(|r| r.state == "delivered" && r.last_error.is_none()));
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn gone_disables_the_endpoint_and_dead_letters_replay() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let gone = Hook::start(NEW_SECRET).await;
        gone.status.store(410, Ordering::SeqCst);
        let broken = Hook::start(NEW_SECRET).await;
        broken.status.store(400, Ordering::SeqCst);
        let c = config(
            vec![webhook("gone", &gone.url), webhook("broken", &broken.url)],
            json!({"route": {"receivers": ["gone", "broken"]}}),
        );
        let now = chrono::Utc::now();
        let tips: Vec<TipId> = (0..2).map(|_| TipId::random()).collect();
        for tip in &tips {
            alerts::enqueue_for(&db, &c, *tip, &analysis("low", "theft", 45.4, -75.7), &[], None, now).await.unwrap();
        }
        let workers = start_workers(&db, &c);
        wait_for("410 to disable and 400 to dead-letter", 30, || async move {
            count(dbr, "disabled-endpoint", "gone").await == 2 && count(dbr, "dead", "broken").await == 2
        })
        .await;
        // After the 410 nothing more goes to that endpoint. Each of the two workers may have had one request
        // in flight when the first 410 came back; no third one follows.
        let sent = gone.received().len();
        assert!((1..=2).contains(&sent), "{}: {:?}", tdb.name, gone.received());
        tokio::time::sleep(Duration::from_millis(300)).await;
        assert_eq!(gone.received().len(), sent, "{}: {:?}", tdb.name, gone.received());
        let dead = outbox::list(&db, &ListFilter { state: "dead".into(), ..ListFilter::default() }).await.unwrap();
        assert!(dead.iter().all(|d| d.last_error.as_deref() == Some("HTTP 400") && d.attempts == 1), "{dead:?}");

        // The endpoints are fixed; operators replay.
        gone.status.store(200, Ordering::SeqCst);
        broken.status.store(200, Ordering::SeqCst);
        let n = outbox::replay(&db, &Replay::Receiver("gone".into()), gateway::db::millis(chrono::Utc::now()))
            .await
            .unwrap();
        assert_eq!(n, 2, "{}", tdb.name);
        let n = outbox::replay(&db, &Replay::One(dead[0].id.clone()), gateway::db::millis(chrono::Utc::now()))
            .await
            .unwrap();
        assert_eq!(n, 1);
        wait_for("replayed deliveries", 30, || async move {
            count(dbr, "delivered", "gone").await == 2 && count(dbr, "delivered", "broken").await == 1
        })
        .await;
        assert_eq!(outbox::replay(&db, &Replay::All, gateway::db::millis(chrono::Utc::now())).await.unwrap(), 1);
        wait_for("the last dead letter", 30, || async move { count(dbr, "delivered", "broken").await == 2 }).await;
        stop_workers(workers).await;
        // Replays keep the message id, so the receiver can tell a replay from a new alert.
        let first_id = &gone.received()[0].id;
        assert!(gone.received()[1..].iter().any(|r| &r.id == first_id && r.status == 200), "{:?}", gone.received());
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn email_reaches_a_real_smtp_server() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let dbr = &db;
        let smtp = SmtpServer::start().await;
        let mut c = config(
            vec![ReceiverConfig {
                name: "north-mail".into(),
                kind: ReceiverKind::Email,
                to: vec!["desk@north.example".into()],
                include: vec!["reasons".into()],
                ..ReceiverConfig::default()
            }],
            json!({"route": {"receivers": [], "routes": [{"min_priority": "high", "receivers": ["north-mail"]}]}}),
        );
        c.smtp.host = "127.0.0.1".into();
        c.smtp.port = smtp.port;
        c.smtp.security = "none".into();
        c.smtp.from = "tipline <alerts@tipline.test>".into();
        assert_eq!(c.validate(), Vec::<(String, String)>::new());

        let tip = TipId::random();
        let r = alerts::enqueue_for(
            &db,
            &c,
            tip,
            &analysis("critical", "weapon", 45.4234, -75.6979),
            &[],
            None,
            chrono::Utc::now(),
        )
        .await;
        assert_eq!(r.unwrap().receivers, vec!["north-mail"]);
        // A low-priority tip matches no route: nobody is emailed about it.
        let r = alerts::enqueue_for(
            &db,
            &c,
            TipId::random(),
            &analysis("low", "theft", 47.0, -70.0),
            &[],
            None,
            chrono::Utc::now(),
        )
        .await;
        assert!(r.unwrap().receivers.is_empty());

        let workers = start_workers(&db, &c);
        wait_for("the email to be delivered", 30, || async move { count(dbr, "delivered", "north-mail").await == 1 })
            .await;
        stop_workers(workers).await;

        let messages = smtp.messages();
        assert_eq!(messages.len(), 1, "{}", tdb.name);
        let m = &messages[0];
        let message_id = &outbox::list(&db, &ListFilter::default()).await.unwrap()[0].message_id;
        assert!(m.contains("Subject: [tipline] CRITICAL priority: weapon"), "{m}");
        assert!(m.contains("To: desk@north.example") && m.contains("From: tipline <alerts@tipline.test>"), "{m}");
        assert!(m.contains(&format!("Message-ID: <{message_id}@tipline.test>")), "{m}");
        assert!(m.contains("multipart/alternative") && m.contains("text/plain") && m.contains("text/html"), "{m}");
        assert!(m.contains(&format!("Tip: {tip}")) && m.contains(&format!("http://console.test/tips/{tip}")), "{m}");
        assert!(m.contains("Area: 45.42, -75.70") && m.contains("a red pickup near the school"), "{m}");
        // Coarse only: the precise coordinates never leave.
        assert!(!m.contains("45.4234") && !m.contains("Elm and 3rd"), "{m}");
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn breaker_and_lease_takeover_at_the_table_level() {
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let c = config(vec![webhook("h", "http://127.0.0.1:9/never")], json!({"route": {"receivers": ["h"]}}));
        let now = chrono::Utc::now();
        alerts::enqueue_for(&db, &c, TipId::random(), &analysis("low", "theft", 45.4, -75.7), &[], None, now).await.unwrap();
        let t = gateway::db::millis(now) + 10;

        // A worker claims and "crashes" (never reports). Its lease fences the row until it expires.
        let lost = outbox::claim(&db, "node-a", t, 100).await.unwrap().expect("due");
        assert!(outbox::claim(&db, "node-b", t + 50, 100).await.unwrap().is_none(), "{}", tdb.name);
        let taken = outbox::claim(&db, "node-b", t + 101, 100).await.unwrap().expect("lease expired");
        assert_eq!(
            (taken.attempts, &taken.message_id),
            (2, &lost.message_id),
            "{}: same id on every attempt",
            tdb.name
        );
        // The crashed worker's late report changes nothing.
        assert!(!outbox::delivered(&db, &lost, "node-a", t + 102).await.unwrap());

        // Two failures in a row open the breaker (threshold 2) for a second; the row waits although due.
        assert!(outbox::failed(&db, &taken, "node-b", "HTTP 503", Some(t + 110), (2, 1000), t + 110).await.unwrap());
        let again = outbox::claim(&db, "node-b", t + 120, 100).await.unwrap().expect("breaker still closed");
        assert!(outbox::failed(&db, &again, "node-b", "HTTP 503", Some(t + 130), (2, 1000), t + 130).await.unwrap());
        assert!(outbox::claim(&db, "node-b", t + 600, 100).await.unwrap().is_none(), "{}: breaker open", tdb.name);
        let probe = outbox::claim(&db, "node-b", t + 1131, 100).await.unwrap().expect("half-open after the cooldown");
        assert!(outbox::delivered(&db, &probe, "node-b", t + 1140).await.unwrap());
        let mut conn = db.pool.acquire().await.unwrap();
        assert_eq!(
            outbox::health(&mut conn, "h").await.unwrap(),
            Some((0, 0, false)),
            "{}: success closes it",
            tdb.name
        );
        drop(conn);
        let rows = outbox::list(&db, &ListFilter::default()).await.unwrap();
        assert_eq!((rows[0].state.as_str(), rows[0].attempts), ("delivered", 4));
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_public_tip_travels_the_whole_pipeline_to_a_signed_webhook() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        let mut app_config = tdb.config();
        // As in Alertmanager the root route catches everything; the agency gets only what its child route matches.
        app_config.alerts = config(vec![webhook("agency", &hook.url)], json!({ "route": { "routes": [{ "receivers": ["agency"], "min_priority": "high" }] } }));
        let app = tipline_tests::TestApp::start(app_config).await;
        let token = app.token(gateway::auth::Role::Dispatcher).await;
        let urgent = app.submit("A man is waving a gun outside the library on Elm Street right now").await["id"].as_str().unwrap().to_owned();
        let minor = app.submit("Someone left a shopping trolley in Riverside Park").await["id"].as_str().unwrap().to_owned();
        for id in [&urgent, &minor] {
            let tip = app.wait_final(&token, id).await;
            assert_eq!(tip["status"], "complete", "{}: {tip}", tdb.name);
            assert_eq!(tip["stages"][3]["name"], "route");
        }
        wait_for("the webhook", 20, || {
            let h = hook.clone();
            async move { h.received().iter().any(|r| r.status == 200) }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let got = hook.received();
        assert_eq!(got.len(), 1, "{}: only the high-priority tip is routed: {got:?}", tdb.name);
        assert!(got[0].signed);
        assert_eq!(got[0].body["data"]["tip_id"], urgent.as_str());
        assert!(got[0].body["data"].get("text").is_none(), "thin payload: no tip text");
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn tips_about_one_event_form_one_incident_that_late_camera_events_update() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        let mut app_config = tdb.config();
        let mut receiver = webhook("agency", &hook.url);
        receiver.include = vec!["matches".into()];
        // One notification per incident per second: later tips and new matches arrive as grouped updates.
        app_config.alerts = config(
            vec![receiver],
            json!({ "route": { "routes": [{ "receivers": ["agency"], "group_interval_s": 1 }] } }),
        );
        let app = tipline_tests::TestApp::start(app_config).await;
        let dispatcher = app.token(gateway::auth::Role::Dispatcher).await;
        let ingest = app.token(gateway::auth::Role::Ingest).await;

        let first = app.submit("A man is waving a gun outside the library on Elm Street right now").await;
        let first = first["id"].as_str().unwrap().to_owned();
        app.wait_final(&dispatcher, &first).await;
        let second = app.submit("Someone with a pistol in front of the library on Elm Street").await;
        let second = second["id"].as_str().unwrap().to_owned();
        let elsewhere = app.submit("Someone left a shopping trolley in Riverside Park").await;
        let elsewhere = elsewhere["id"].as_str().unwrap().to_owned();
        for id in [&second, &elsewhere] {
            assert_eq!(app.wait_final(&dispatcher, id).await["status"], "complete", "{}", tdb.name);
        }
        let incident_of = |tip: Value| tip["stages"][3]["output"]["incident"].clone();
        let (a, b) = (incident_of(app.get_tip(&dispatcher, &first).await), incident_of(app.get_tip(&dispatcher, &second).await));
        let c = incident_of(app.get_tip(&dispatcher, &elsewhere).await);
        assert_eq!(a["id"], b["id"], "{}: the two armed-man tips are one incident: {a} {b}", tdb.name);
        assert_ne!(a["id"], c["id"], "{}: the trolley is not", tdb.name);
        assert_eq!((a["opened"].as_bool(), b["opened"].as_bool(), b["tips"].as_i64()), (Some(true), Some(false), Some(2)));
        assert!(b["reasons"][0].as_str().unwrap().contains(" m and "), "{b}");
        let incident = a["id"].as_str().unwrap().to_owned();
        wait_for("the grouped update", 20, || {
            let h = hook.clone();
            async move { h.received().iter().filter(|r| r.status == 200).any(|r| r.body["data"]["incident"]["tips"] == 2) }
        })
        .await;

        // A camera by the library reports a person there a minute ago, after both tips were correlated.
        let gazetteer = correlate::Gazetteer::from_geojson(&std::fs::read_to_string(tipline_tests::demo_town()).unwrap()).unwrap();
        let library = correlate::places_in("the library on Elm Street", &gazetteer)[0].location.unwrap();
        let seen = chrono::Utc::now() - chrono::Duration::minutes(1);
        let event = json!({ "events": [{
            "id": "late-1", "camera_id": "elm-library", "camera_location": { "lat": library.lat + 0.0003, "lon": library.lon },
            "label": "person", "score": 0.9, "box": [10.0, 10.0, 40.0, 90.0], "start": seen, "end": seen + chrono::Duration::seconds(20),
        }]});
        let r = app.client.post(format!("{}/api/v1/detections", app.base)).bearer_auth(&ingest).json(&event).send().await.unwrap();
        assert_eq!(r.status(), 202);
        wait_for("an alert naming the late camera event", 20, || {
            let h = hook.clone();
            async move {
                h.received().iter().filter(|r| r.status == 200).any(|r| {
                    r.body["data"]["camera_matches"].as_u64() >= Some(1)
                        && r.body["data"]["matches"][0].as_str().is_some_and(|m| m.contains("person at camera elm-library"))
                })
            }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let got: Vec<Received> = hook.received().into_iter().filter(|r| r.status == 200).collect();
        let ids: BTreeSet<&str> = got.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids.len(), got.len(), "{}: no message twice: {got:?}", tdb.name);
        let about: BTreeSet<&str> = got.iter().filter_map(|r| r.body["data"]["incident"]["id"].as_str()).collect();
        assert!(about.contains(incident.as_str()) && got.len() <= 5, "{}: {got:?}", tdb.name);

        // The dispatcher queue: the armed-man incident first (higher priority), with both tips and the match.
        let (status, queue) = app.get_json(&dispatcher, "/api/v1/incidents").await;
        assert_eq!(status, 200);
        assert_eq!(queue["items"].as_array().unwrap().len(), 2, "{queue}");
        assert_eq!((queue["items"][0]["id"].as_str(), queue["items"][0]["tip_count"].as_i64()), (Some(incident.as_str()), Some(2)));
        let (status, detail) = app.get_json(&dispatcher, &format!("/api/v1/incidents/{incident}")).await;
        assert_eq!(status, 200);
        let tips = detail["tips"].as_array().unwrap();
        assert_eq!(tips.len(), 2);
        assert!(tips.iter().all(|t| t["matches"][0]["explanation"].as_str().is_some_and(|e| e.contains("elm-library"))), "{detail}");
        let ack = app.client.post(format!("{}/api/v1/incidents/{incident}/ack", app.base)).bearer_auth(&dispatcher).send().await.unwrap();
        assert_eq!(ack.status(), 200);
        let (_, queue) = app.get_json(&dispatcher, "/api/v1/incidents").await;
        assert_eq!(queue["items"].as_array().unwrap().len(), 1, "acknowledged incidents leave the default view");
        let (_, all) = app.get_json(&dispatcher, "/api/v1/incidents?all=true").await;
        assert!(all["items"][1]["acknowledged_by"].as_str().is_some_and(|a| a.starts_with("dispatcher:")), "{all}");
        let audited: i64 = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_log WHERE action = 'incident.read'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(audited, 1);
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_of_the_gateway_during_delivery_loses_no_alert() {
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        // Slow enough that the kill lands while sends are in flight.
        hook.delay_ms.store(400, Ordering::SeqCst);
        let file = agency_config(&tdb, &hook, &[NEW_SECRET], "");
        let args = ["--config", file.to_str().unwrap()];
        let mut server = tipline_tests::Server::start_with(&args, &tdb.env());
        let client = reqwest::Client::new();
        let places = ["the train station", "Riverside Park", "Lincoln Elementary School", "St. Mary's Hospital"];
        for place in places {
            let text = format!("A man is waving a gun at {place} right now");
            let r = client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": text })).send().await.unwrap();
            assert_eq!(r.status(), 201);
        }
        wait_for("a delivery in flight", 30, || {
            let h = hook.clone();
            async move { !h.received().is_empty() }
        })
        .await;
        server.kill9();
        let db = tdb.connect().await;
        let total = count(&db, "", "").await;
        assert!(total >= 1, "{}", tdb.name);
        let _server = tipline_tests::Server::start_with(&args, &tdb.env());
        let dbr = &db;
        wait_for("every tip routed and every delivery settled", 60, || async move {
            let rows = all_deliveries(dbr).await;
            let tips = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM tips WHERE status = 'complete'").fetch_one(&dbr.pool).await.unwrap();
            tips == 4 && rows.len() == 4 && rows.iter().all(|d| d.state == "delivered" || d.state == "merged")
        })
        .await;
        let rows = all_deliveries(&db).await;
        let accepted: BTreeSet<String> =
            hook.received().iter().filter(|r| r.status == 200 && r.signed).map(|r| r.id.clone()).collect();
        for d in &rows {
            let carrier = match &d.merged_into {
                Some(into) => rows.iter().find(|r| &r.id == into).expect("merged into a listed delivery"),
                None => d,
            };
            assert!(accepted.contains(&carrier.message_id), "{}: {d:?} never reached the receiver", tdb.name);
        }
        tdb.cleanup().await;
    }
}

/// A configuration file for the real binary: one webhook receiver `agency` at the hook, every alert routed
/// to it at once (plus `route_extra` keys on the route), and delivery timings short enough for a test.
fn agency_config(tdb: &TestDb, hook: &Hook, secrets: &[&str], route_extra: &str) -> std::path::PathBuf {
    let file = tdb.data_dir.path().join("alerts.toml");
    let secrets = secrets.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
    let toml = format!(
        r#"
[alerts]
console_url = "http://console.test"
[[alerts.receivers]]
name = "agency"
url = "{}"
secrets = [{secrets}]
[alerts.smtp]
timeout_s = 1
[alerts.delivery]
poll_interval_ms = 20
lease_s = 3
timeout_s = 2
backoff_base_ms = 50
backoff_max_ms = 200
[alerts.routing.route]
receivers = ["agency"]
group_interval_s = 0
{route_extra}"#,
        hook.url
    );
    std::fs::write(&file, toml).unwrap();
    file
}

/// Every delivery in the outbox.
async fn all_deliveries(db: &Db) -> Vec<outbox::DeliveryRow> {
    outbox::list(db, &ListFilter { limit: 1000, ..ListFilter::default() }).await.unwrap()
}

/// A stored tip (grouping needs one to point at), with no pipeline job.
async fn stored_tip(db: &Db, now: chrono::DateTime<chrono::Utc>) -> TipId {
    let new = gateway::tips::NewTip {
        channel: correlate::Channel::WebForm,
        text: Some("a man with a gun outside the library".into()),
        location: None,
        occurred_at: None,
        source_hash: None,
        passphrase_hash: None,
    };
    gateway::tips::insert(db, new, None, now).await.unwrap().id
}

async fn rows_of(db: &Db, incident: &str) -> Vec<outbox::DeliveryRow> {
    let mut rows = all_deliveries(db).await;
    rows.retain(|r| r.incident_id.as_deref() == Some(incident));
    rows.sort_by_key(|r| (r.created_at, r.id.clone()));
    rows
}

/// Sends whatever is queued and waits until nothing is left to send. Sweeps run on a virtual clock ahead
/// of the real one, so what they queued is made due now: the real clock catches up.
async fn drain(db: &Db, c: &AlertsConfig) {
    sqlx::query("UPDATE deliveries SET next_attempt_at = 0 WHERE state = 'queued'").execute(&db.pool).await.unwrap();
    let workers = start_workers(db, c);
    wait_for("the outbox to drain", 30, || async move {
        let rows = all_deliveries(db).await;
        rows.iter().all(|r| !matches!(r.state.as_str(), "queued" | "sending"))
    })
    .await;
    stop_workers(workers).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_open_incident_repeats_until_acknowledged_and_resolves_when_quiet() {
    use gateway::alerts::lifecycle;
    use gateway::db::{from_millis, millis};
    for tdb in TestDb::both().await {
        let db = tdb.connect().await;
        let hook = Hook::start(NEW_SECRET).await;
        let c = config(
            vec![webhook("agency", &hook.url)],
            json!({"route": {"routes": [{"receivers": ["agency"], "group_interval_s": 0, "repeat_interval_s": 60, "send_resolved": true}]}}),
        );
        let grouping = correlate::grouping::GroupingParams::default();
        let a = analysis("high", "weapon", 45.40, -75.70);
        let t0 = chrono::Utc::now();
        let tip = stored_tip(&db, t0).await;
        let incident = gateway::incidents::assign(&db, tip, &a, &grouping, t0).await.unwrap();
        let id = incident.incident_id.clone();
        alerts::enqueue_for(&db, &c, tip, &a, &[], Some(&incident), t0).await.unwrap();
        drain(&db, &c).await;
        let first = rows_of(&db, &id).await;
        assert_eq!(first.len(), 1, "{}: {first:?}", tdb.name);
        let delivered = first[0].delivered_at.unwrap();

        // Due a repeat_interval after the delivery, not a millisecond before.
        let s = lifecycle::sweep(&db, true, 0, from_millis(delivered + 59_999)).await.unwrap();
        assert_eq!((s.repeats, s.next_due), (0, Some(delivered + 60_000)), "{}", tdb.name);
        let s = lifecycle::sweep(&db, true, 0, from_millis(delivered + 60_000)).await.unwrap();
        assert_eq!(s.repeats, 1, "{}", tdb.name);
        // While that repeat is on its way, no other is queued (and a second node sweeping adds none).
        assert_eq!(lifecycle::sweep(&db, true, 0, from_millis(delivered + 200_000)).await.unwrap().repeats, 0);
        // With repeats switched off in the config, nothing more is repeated.
        drain(&db, &c).await;
        assert_eq!(lifecycle::sweep(&db, false, 0, from_millis(delivered + 900_000)).await.unwrap().repeats, 0);
        let rows = rows_of(&db, &id).await;
        assert_eq!(rows.len(), 2, "{}: {rows:?}", tdb.name);
        assert_eq!((rows[1].notice.as_str(), rows[1].state.as_str()), ("repeat", "delivered"));
        let got: Vec<Received> = hook.received().into_iter().filter(|r| r.status == 200).collect();
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|r| r.signed) && got[0].id != got[1].id, "{}: {got:?}", tdb.name);
        assert_eq!((got[0].body["data"].get("repeat"), &got[1].body["data"]["repeat"]), (None, &json!(1)));
        assert_eq!(got[1].body["data"]["incident"]["id"], id.as_str());

        // The next repeat counts from the repeat's delivery; acknowledging calls off the one queued.
        let repeated = rows[1].delivered_at.unwrap();
        assert_eq!(lifecycle::sweep(&db, true, 0, from_millis(repeated + 60_000)).await.unwrap().repeats, 1);
        assert!(lifecycle::acknowledge(&db, &id, "dispatcher:test", t0).await.unwrap());
        assert_eq!(count(&db, "cancelled", "agency").await, 1, "{}", tdb.name);
        assert_eq!(lifecycle::sweep(&db, true, 0, from_millis(repeated + 3_600_000)).await.unwrap().repeats, 0);

        // Quiet for 10 minutes: resolved by itself, once, and the receiver is told.
        let quiet = 600_000;
        let s = lifecycle::sweep(&db, true, quiet, from_millis(millis(t0) + quiet - 1)).await.unwrap();
        assert!(s.resolved.is_empty(), "{}", tdb.name);
        let s = lifecycle::sweep(&db, true, quiet, from_millis(millis(t0) + quiet)).await.unwrap();
        assert_eq!(s.resolved, vec![id.clone()], "{}", tdb.name);
        assert!(lifecycle::sweep(&db, true, quiet, from_millis(millis(t0) + 2 * quiet))
            .await
            .unwrap()
            .resolved
            .is_empty());
        let (summary, _) = gateway::incidents::load(&db, &id).await.unwrap().unwrap();
        assert_eq!(
            (summary.state, summary.resolved_by.as_deref()),
            (correlate::Lifecycle::Resolved, Some("tipline:quiet"))
        );
        drain(&db, &c).await;
        let got: Vec<Received> = hook.received().into_iter().filter(|r| r.status == 200).collect();
        assert_eq!(got.len(), 3, "{}: the cancelled repeat never went out: {got:?}", tdb.name);
        let resolved = &got[2];
        assert!(resolved.signed);
        assert_eq!(resolved.body["type"], "incident.resolved");
        assert_eq!(
            (resolved.body["data"]["incident"]["id"].as_str(), resolved.body["data"]["resolution"].as_str()),
            (Some(id.as_str()), Some("quiet"))
        );
        assert!(resolved.body["data"].get("tip_id").is_none(), "{}", resolved.body);

        // A tip about the same place and time now opens a new incident; the resolved one stays as it was.
        let later = stored_tip(&db, t0).await;
        let next = gateway::incidents::assign(&db, later, &a, &grouping, t0).await.unwrap();
        assert!(next.opened && next.incident_id != id, "{}: {next:?}", tdb.name);
        assert_eq!(gateway::incidents::load(&db, &id).await.unwrap().unwrap().0.tip_count, 1);
        let open = gateway::incidents::queue(&db, false, 100).await.unwrap();
        assert_eq!(open.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), vec![next.incident_id.as_str()]);
        tdb.cleanup().await;
    }
}

/// Polls the real binary's API until the tip's stages are done.
async fn final_tip(client: &reqwest::Client, base: &str, token: &str, id: &str) -> Value {
    for _ in 0..600 {
        let tip: Value = client
            .get(format!("{base}/api/v1/tips/{id}"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if matches!(tip["status"].as_str(), Some("complete" | "failed")) {
            return tip;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("tip {id} did not finish");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_binary_repeats_an_unacknowledged_incident_across_a_restart_until_acknowledged() {
    const EVERY: Duration = Duration::from_secs(2);
    for tdb in tipline_tests::TestDb::both().await {
        let hook = Hook::start(NEW_SECRET).await;
        let route = format!("repeat_interval_s = {}\nsend_resolved = true\n", EVERY.as_secs());
        let file = agency_config(&tdb, &hook, &[OLD_SECRET, NEW_SECRET], &route);
        let args = ["--config", file.to_str().unwrap()];
        let mut server = tipline_tests::Server::start_with(&args, &tdb.env());
        let db = tdb.connect().await;
        let dispatcher =
            gateway::auth::create_token(&db, "repeat-test", gateway::auth::Role::Dispatcher).await.unwrap();
        let client = reqwest::Client::new();
        let text = "A man is waving a gun outside the library on Elm Street right now";
        let r =
            client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": text })).send().await.unwrap();
        assert_eq!(r.status(), 201);
        let tip_id = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let tip = final_tip(&client, &server.base, &dispatcher, &tip_id).await;
        let incident = tip["stages"][3]["output"]["incident"]["id"].as_str().unwrap().to_owned();
        let accepted = |h: &Hook| h.received().into_iter().filter(|r| r.status == 200).collect::<Vec<Received>>();

        wait_for("the alert and its first repeat", 20, || {
            let h = hook.clone();
            async move { h.received().iter().filter(|r| r.status == 200).count() >= 2 }
        })
        .await;
        // Killed and started again: the repeats carry on from what the database says.
        server.kill9();
        let server = tipline_tests::Server::start_with(&args, &tdb.env());
        wait_for("two more repeats after the restart", 30, || {
            let h = hook.clone();
            async move { h.received().iter().filter(|r| r.status == 200).map(|r| r.id.clone()).collect::<BTreeSet<_>>().len() >= 4 }
        })
        .await;
        let all = accepted(&hook);
        assert!(all.iter().all(|r| r.signed), "{}: {all:?}", tdb.name);
        // A send the kill interrupted after the receiver answered goes again with the same id (receivers
        // dedupe by it); what counts is each message once.
        let mut got: Vec<&Received> = Vec::new();
        for r in &all {
            match got.iter().find(|g| g.id == r.id) {
                Some(g) => assert_eq!(g.body, r.body, "{}: one id, one message", tdb.name),
                None => got.push(r),
            }
        }
        let ids: BTreeSet<&str> = got.iter().map(|r| r.id.as_str()).collect();
        let numbers: Vec<Option<i64>> = got.iter().map(|r| r.body["data"]["repeat"].as_i64()).collect();
        assert_eq!(&numbers[..4], &[None, Some(1), Some(2), Some(3)], "{}", tdb.name);
        assert!(got
            .iter()
            .all(|r| r.body["data"]["incident"]["id"] == incident.as_str()
                && r.body["data"]["tip_id"] == tip_id.as_str()));
        for pair in got[..4].windows(2) {
            // Counted from the previous delivery (which the receiver saw a little before it was recorded).
            let gap = pair[1].at - pair[0].at;
            assert!(gap >= EVERY - Duration::from_millis(100), "{}: repeats {gap:?} apart", tdb.name);
        }

        // Acknowledged: nothing more, however long we wait (one send already under way may still land).
        let ack = client
            .post(format!("{}/api/v1/incidents/{incident}/ack", server.base))
            .bearer_auth(&dispatcher)
            .send()
            .await
            .unwrap();
        assert_eq!(ack.status(), 200);
        assert_eq!(ack.json::<Value>().await.unwrap()["state"], "acknowledged");
        tokio::time::sleep(Duration::from_millis(500)).await;
        let settled = accepted(&hook).len();
        tokio::time::sleep(EVERY * 3).await;
        assert_eq!(accepted(&hook).len(), settled, "{}: repeats after the acknowledgement", tdb.name);

        // Resolved through the API: audited, answered with the incident, and the route's receivers told once.
        let url = format!("{}/api/v1/incidents/{incident}/resolve", server.base);
        let r =
            client.post(&url).bearer_auth(&dispatcher).header("Tipline-Reason", "units on scene").send().await.unwrap();
        assert_eq!(r.status(), 200);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["state"], "resolved", "{body}");
        assert!(body["resolved_by"].as_str().is_some_and(|b| b.starts_with("dispatcher:")), "{body}");
        let again: Value = client.post(&url).bearer_auth(&dispatcher).send().await.unwrap().json().await.unwrap();
        assert_eq!(again["resolved_at"], body["resolved_at"], "the first resolution is kept");
        let missing = client
            .post(format!("{}/api/v1/incidents/{}/resolve", server.base, uuid::Uuid::new_v4()))
            .bearer_auth(&dispatcher)
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), 404);
        let audited: Vec<(String, String)> =
            sqlx::query_as("SELECT subject, reason FROM audit_log WHERE action = 'incident.resolve' ORDER BY seq")
                .fetch_all(&db.pool)
                .await
                .unwrap();
        assert_eq!(
            audited.first(),
            Some(&(incident.clone(), "units on scene".to_string())),
            "{}: {audited:?}",
            tdb.name
        );
        wait_for("the resolved notice", 20, || {
            let h = hook.clone();
            async move { h.received().iter().any(|r| r.status == 200 && r.body["type"] == "incident.resolved") }
        })
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let resolved: Vec<Received> =
            accepted(&hook).into_iter().filter(|r| r.body["type"] == "incident.resolved").collect();
        assert_eq!(resolved.len(), 1, "{}: {resolved:?}", tdb.name);
        assert!(resolved[0].signed && !ids.contains(resolved[0].id.as_str()));
        assert_eq!(resolved[0].body["data"]["resolution"], "dispatcher");

        // The same report again is a new incident, with alerts of its own.
        let r =
            client.post(format!("{}/api/v1/tips", server.base)).json(&json!({ "text": text })).send().await.unwrap();
        let again_id = r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
        let tip = final_tip(&client, &server.base, &dispatcher, &again_id).await;
        let next = &tip["stages"][3]["output"]["incident"];
        assert_eq!(next["opened"], true, "{}: {next}", tdb.name);
        assert_ne!(next["id"], incident.as_str());
        drop(server);
        tdb.cleanup().await;
    }
}
