//! The whole path with real peers: a citizen calls (baresip speaking an espeak-ng tip) about a man with a
//! knife getting into a white van by the library, a camera there has reported a white car; Whisper
//! transcribes the call, extraction locates the library, the join finds the camera event, the tip opens an
//! incident, and one email (aiosmtpd) and one signed webhook (checked independently) name the detection.

use std::time::Duration;

use gateway::alerts::{ReceiverConfig, ReceiverKind};
use gateway::auth::Role;
use serde_json::json;
use tipline_tests::caller::{baresip_call, free_port, spoken_wav};
use tipline_tests::smtp::SmtpServer;
use tipline_tests::webhook_receiver::{Hook, NEW_SECRET};
use tipline_tests::{wait_for, with_speech, TestApp, TestDb};

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_spoken_tip_near_a_camera_ends_in_one_incident_one_email_and_one_webhook_naming_the_detection() {
    let tdb = TestDb::sqlite().await;
    let hook = Hook::start(NEW_SECRET).await;
    let smtp = SmtpServer::start().await;
    let port = free_port();
    let mut config = with_speech(tdb.config());
    config.sip.listen = vec![format!("udp:127.0.0.1:{port}")];
    let a = &mut config.alerts;
    a.console_url = "http://console.test".into();
    let include = vec!["matches".to_string()];
    a.receivers = vec![
        ReceiverConfig {
            name: "agency".into(),
            url: hook.url.clone(),
            secrets: vec![NEW_SECRET.into()],
            include: include.clone(),
            ..ReceiverConfig::default()
        },
        ReceiverConfig { name: "desk".into(), kind: ReceiverKind::Email, to: vec!["desk@oakford.test".into()], include, ..ReceiverConfig::default() },
    ];
    a.routing.route.receivers = vec!["agency".into(), "desk".into()];
    (a.smtp.host, a.smtp.port, a.smtp.security, a.smtp.from) = ("127.0.0.1".into(), smtp.port, "none".into(), "tipline@oakford.test".into());
    a.delivery.poll_interval_ms = 50;
    let app = TestApp::start(config).await;
    let dispatcher = app.token(Role::Dispatcher).await;
    let ingest = app.token(Role::Ingest).await;

    // The camera by the library saw a white car half a minute ago.
    let gazetteer = correlate::Gazetteer::from_geojson(&std::fs::read_to_string(tipline_tests::demo_town()).unwrap()).unwrap();
    let library = correlate::places_in("the library on Elm Street", &gazetteer)[0].location.unwrap();
    let seen = chrono::Utc::now() - chrono::Duration::seconds(30);
    let events = json!({ "events": [{
        "id": "frigate-1", "camera_id": "elm-library", "camera_location": { "lat": library.lat + 0.0004, "lon": library.lon },
        "label": "car", "score": 0.88, "box": [300.0, 200.0, 220.0, 120.0], "colour": "white",
        "start": seen, "end": seen + chrono::Duration::seconds(12),
    }]});
    let r = app.client.post(format!("{}/api/v1/detections", app.base)).bearer_auth(&ingest).json(&events).send().await.unwrap();
    assert_eq!(r.status(), 202);

    let scratch = tempfile::tempdir().unwrap();
    let wav = spoken_wav(scratch.path(), "There is a man with a knife outside the library on Elm Street. He just got into a white van.");
    let out = tokio::task::spawn_blocking(move || baresip_call(port, &wav)).await.unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Call established"), "{}", String::from_utf8_lossy(&out.stdout));

    let (d, a) = (&dispatcher, &app);
    wait_for("the call's tip to complete", 60, || async move {
        let (_, page) = a.get_json(d, "/api/v1/tips?channel=phone").await;
        page["tips"].as_array().is_some_and(|t| t.len() == 1 && t[0]["status"] == "complete")
    })
    .await;
    let (_, page) = app.get_json(&dispatcher, "/api/v1/tips?channel=phone").await;
    let tip = app.get_tip(&dispatcher, page["tips"][0]["id"].as_str().unwrap()).await;
    let transcript = tip["stages"][0]["output"]["text"].as_str().unwrap_or_default().to_lowercase();
    assert!(transcript.contains("knife") && transcript.contains("library"), "{transcript}");
    let matches = &tip["stages"][2]["output"]["matches"];
    assert!(matches[0]["explanation"].as_str().is_some_and(|e| e.contains("white car at camera elm-library")), "{tip}");

    wait_for("one webhook and one email", 30, || {
        let (h, s) = (hook.clone(), &smtp);
        async move { h.received().iter().any(|r| r.status == 200) && !s.messages().is_empty() }
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let hooks: Vec<_> = hook.received().into_iter().filter(|r| r.status == 200).collect();
    assert_eq!(hooks.len(), 1, "{hooks:?}");
    assert!(hooks[0].signed);
    let data = &hooks[0].body["data"];
    assert_eq!((data["incident"]["tips"].as_i64(), data["incident"]["opened"].as_bool()), (Some(1), Some(true)), "{data}");
    assert!(data["matches"][0].as_str().is_some_and(|m| m.contains("elm-library")), "{data}");
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("elm-library") && mails[0].contains("Incident: "), "{}", mails[0]);
    let (_, queue) = app.get_json(&dispatcher, "/api/v1/incidents").await;
    assert_eq!(queue["items"].as_array().map(Vec::len), Some(1), "{queue}");
    app.stop().await;
}
