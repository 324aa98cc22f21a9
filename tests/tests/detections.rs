//! HTTP ingest of detection events from other systems: strict validation, idempotent by event id.

use chrono::{Duration, Utc};
use gateway::auth::Role;
use serde_json::{json, Value};
use tipline_tests::{TestApp, TestDb};

fn event(id: &str, end_offset_s: i64) -> Value {
    let start = Utc::now() - Duration::minutes(10);
    json!({
        "id": id, "camera_id": "elm-3rd", "camera_location": { "lat": 40.001, "lon": -75.002 },
        "label": "truck", "score": 0.83, "box": [120.0, 40.5, 200.0, 90.0], "colour": "red",
        "start": start, "end": start + Duration::seconds(end_offset_s),
    })
}

#[tokio::test]
async fn batches_are_validated_stored_and_deduplicated() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let token = app.token(Role::Ingest).await;
        let post = |body: Value| app.client.post(format!("{}/api/v1/detections", app.base)).bearer_auth(&token).json(&body).send();

        let r = post(json!({ "events": [event("evt-1", 5), event("evt-2", 8)] })).await.unwrap();
        assert_eq!(r.status(), 202, "{}", tdb.name);
        // The same event again, now ended later: updated in place, not duplicated.
        assert_eq!(post(json!({ "events": [event("evt-1", 30)] })).await.unwrap().status(), 202);
        let stored = gateway::detections::overlapping(&app.db, Utc::now() - Duration::hours(1), Utc::now()).await.unwrap();
        assert_eq!(stored.len(), 2, "{}", tdb.name);
        let first = stored.iter().find(|d| (d.end - d.start).num_seconds() == 30).expect("evt-1 updated");
        assert_eq!((first.label.as_str(), first.colour.as_deref(), first.camera_id.as_str()), ("truck", Some("red"), "elm-3rd"));
        assert!((first.bbox.x - 120.0).abs() < 1e-3 && (first.camera_location.lat - 40.001).abs() < 1e-9);
        assert_eq!(first.severity, None, "no judgement was sent");

        // A sender's review severity is stored, and a later update that says nothing about it keeps it.
        let mut judged = event("evt-2", 8);
        judged["severity"] = json!("alert");
        assert_eq!(post(json!({ "events": [judged] })).await.unwrap().status(), 202);
        assert_eq!(post(json!({ "events": [event("evt-2", 9)] })).await.unwrap().status(), 202);
        let stored = gateway::detections::overlapping(&app.db, Utc::now() - Duration::hours(1), Utc::now()).await.unwrap();
        let second = stored.iter().find(|d| (d.end - d.start).num_seconds() == 9).expect("evt-2 updated");
        assert_eq!(second.severity, Some(correlate::ReviewSeverity::Alert), "{}", tdb.name);

        let mut bad_cases: Vec<(Value, &str)> = Vec::new();
        for (field, value, expect) in [
            ("score", json!(1.5), "events[0].score"),
            ("label", json!("Person; DROP"), "events[0].label"),
            ("box", json!([0, 0, 0, 10]), "events[0].box"),
            ("box", json!([0, 0, 10]), "box"),
            ("camera_location", json!({ "lat": 123, "lon": 0 }), "latitude"),
            ("id", json!(""), "events[0].id"),
            ("end", json!("2000-01-01T00:00:00Z"), "events[0].end"),
            ("face_embedding", json!([0.1, 0.2]), "unknown field"),
            ("severity", json!("urgent"), "unknown variant `urgent`"),
        ] {
            let mut e = event("x", 1);
            e[field] = value;
            bad_cases.push((json!({ "events": [e] }), expect));
        }
        bad_cases.push((json!({ "events": [] }), "events"));
        bad_cases.push((json!({ "events": (0..501).map(|i| event(&format!("e{i}"), 1)).collect::<Vec<_>>() }), "events"));
        for (body, expect) in bad_cases {
            let r = post(body).await.unwrap();
            assert_eq!(r.status(), 422, "{expect}");
            let err: Value = r.json().await.unwrap();
            assert!(err["error"]["message"].as_str().unwrap().contains(expect), "{expect}: {err}");
        }
        let stored = gateway::detections::overlapping(&app.db, Utc::now() - Duration::hours(1), Utc::now()).await.unwrap();
        assert_eq!(stored.len(), 2, "rejected batches store nothing");
        app.stop().await;
        tdb.cleanup().await;
    }
}

#[tokio::test]
async fn a_tip_is_corroborated_by_a_detection_near_its_place_and_time_and_the_lookup_is_audited() {
    for tdb in TestDb::both().await {
        let app = TestApp::start(tdb.config()).await;
        let ingest = app.token(Role::Ingest).await;
        let dispatcher = app.token(Role::Dispatcher).await;
        // A camera a few metres from Rosie's Bakery at 3rd and Main in the demo town saw a red truck
        // five minutes ago, and another camera far away saw one too.
        let start = Utc::now() - Duration::minutes(5);
        let seen = |id: &str, lat: f64, lon: f64| json!({
            "id": id, "camera_id": format!("cam-{id}"), "camera_location": { "lat": lat, "lon": lon },
            "label": "truck", "score": 0.9, "box": [10, 10, 100, 60], "colour": "red",
            "start": start, "end": start + Duration::seconds(40),
        });
        let r = app
            .client
            .post(format!("{}/api/v1/detections", app.base))
            .bearer_auth(&ingest)
            .json(&json!({ "events": [seen("near", 44.0531, -72.6082), seen("far", 44.10, -72.70)] }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 202);
        let id = app.submit("A red pickup truck just hit a parked car at the corner of 3rd and Main and drove off").await["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let tip = app.wait_final(&dispatcher, &id).await;
        assert_eq!(tip["status"], "complete", "{}: {tip}", tdb.name);
        let correlate = tip["stages"].as_array().unwrap().iter().find(|s| s["name"] == "correlate").unwrap();
        let matches = correlate["output"]["matches"].as_array().unwrap();
        assert_eq!(matches.len(), 1, "{}: only the nearby camera: {matches:?}", tdb.name);
        let explanation = matches[0]["explanation"].as_str().unwrap();
        assert!(explanation.starts_with("red truck at camera cam-near"), "{explanation}");
        let lookups: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'detections.lookup' AND subject = $1")
            .bind(&id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(lookups, 1);
        app.stop().await;
        tdb.cleanup().await;
    }
}
