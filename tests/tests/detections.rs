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
