//! `tipline demo`: a running server with a few tips through the pipeline, to see what tipline does:
//! web tips and a real phone call, transcripts, entities, places, camera matches, incidents, and the
//! alerts that reach a local webhook and mail server ([`sinks`]).

pub mod sinks;

use std::time::Duration;

use anyhow::Context;
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use crate::app::{self, AppError, Application};
use crate::auth::{self, Role};
use crate::config::Config;

/// Sample tips as citizens type them into the web form.
const SAMPLE_TIPS: &[(&str, Option<&str>)] = &[
    (
        "A man in a red hoodie was waving a handgun outside the library on Elm Street about ten minutes ago. He got into a grey pickup truck, plate ABC 1234, heading north.",
        Some("outside the library on Elm Street"),
    ),
    ("There is smoke coming out of the back of the bakery at the corner of 3rd and Main.", None),
    ("Two people keep trying car door handles in the Riverside Park car park.", Some("Riverside Park")),
];

/// The fictional town the demo tips happen in, relative to the repository root.
pub const DEMO_TOWN: &str = "config/demo/town.geojson";

/// The demo camera: on the corner of Main and 3rd in the demo town, playing real street footage.
fn demo_camera(video: &std::path::Path) -> vision::CameraConfig {
    vision::CameraConfig {
        id: "main-3rd".into(),
        name: "Main St & 3rd St".into(),
        lat: 44.0531,
        lon: -72.6082,
        url: video.display().to_string(),
        sample_every: 10,
        ..Default::default()
    }
}

/// What the demo caller says.
const SPOKEN_TIP: &str = "Hello. I want to report a man with a knife outside the library on Elm Street. \
                          He is wearing a red jacket and he just got into a white van.";

/// Places a real SIP call with baresip speaking [`SPOKEN_TIP`] (espeak-ng), then shows what became of it.
async fn phone_call(client: &reqwest::Client, base: &str, token: &str, sip: std::net::SocketAddr) -> anyhow::Result<()> {
    let dir = tempfile_dir()?;
    let tools = ["baresip", "espeak-ng", "sox"];
    if let Some(missing) = tools.iter().find(|t| which(t).is_none()) {
        println!("\n(no demo call: `{missing}` is not installed; scripts/setup installs it)");
        return Ok(());
    }
    println!("\nplacing a phone call to sip:tip@{sip} (baresip, speaking with espeak-ng)...");
    let wav = dir.join("tip8k.wav");
    if let Err(e) = crate::telephony::prompts::speak(SPOKEN_TIP, &wav, 8000, 1) {
        println!("\n(no demo call: {e})");
        return Ok(());
    }
    let config = format!(
        "sip_listen 127.0.0.1:0\nnet_interface 127.0.0.1\naudio_source aufile,{}\naudio_player aufile,{}\n\
         module_path /usr/lib/baresip/modules\nmodule g711.so\nmodule aufile.so\nmodule_app account.so\nmodule_app menu.so\n",
        wav.display(),
        dir.join("heard.wav").display()
    );
    std::fs::write(dir.join("config"), config)?;
    std::fs::write(dir.join("accounts"), "<sip:demo-caller@127.0.0.1>;regint=0\n")?;
    let started = chrono::Utc::now();
    let dial = format!("/dial sip:tip@{sip}");
    let baresip = tokio::process::Command::new("baresip")
        .arg("-f")
        .arg(&dir)
        .args(["-e", &dial, "-t", "25"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    let _ = tokio::time::timeout(Duration::from_secs(40), baresip).await;
    let since = started.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let page: Value = client
        .get(format!("{base}/api/v1/tips"))
        .query(&[("channel", "phone"), ("since", since.as_str())])
        .bearer_auth(token)
        .header("Tipline-Reason", "demo: the phone call")
        .send()
        .await?
        .json()
        .await?;
    let _ = std::fs::remove_dir_all(&dir);
    match page["tips"].as_array().and_then(|t| t.first()).and_then(|t| t["id"].as_str()) {
        Some(id) => print_tip(&wait_for_final(client, base, token, id).await?),
        None => println!("the call did not reach the tip line"),
    }
    Ok(())
}

fn which(program: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(program)).find(|p| p.is_file()))
}

fn tempfile_dir() -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join(format!("tipline-demo-call-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

pub async fn run(mut config: Config, once: bool) -> anyhow::Result<()> {
    // One UDP listener on a free port keeps the demo self-contained next to a real server on 5060.
    if config.sip.listen == crate::config::SipConfig::default().listen {
        config.sip.listen = vec!["udp:127.0.0.1:0".into()];
    }
    if config.extract.gazetteer.as_os_str().is_empty() && std::path::Path::new(DEMO_TOWN).is_file() {
        config.extract.gazetteer = DEMO_TOWN.into();
    }
    let video = crate::cameras::models_dir(&config.vision, &config.storage.data_dir).join("demo/vtest.avi");
    let with_camera = config.vision.cameras.is_empty() && video.is_file();
    if with_camera {
        config.vision.cameras.push(demo_camera(&video));
    } else if config.vision.cameras.is_empty() {
        println!("(no demo camera: run `tipline models fetch` to get the detector and the demo video)");
    }
    let sinks = demo_sinks(&mut config).await?;
    let app = match Application::build(config.clone()).await {
        Err(AppError::Bind { .. }) => {
            // The usual port is taken (perhaps by a real server): any free one will do for a demo.
            let mut fallback = config;
            fallback.server.listen = "127.0.0.1:0".into();
            Application::build(fallback).await?
        }
        other => other?,
    };
    let base = format!("http://{}", app.local_addr());
    let token = auth::create_token(app.db(), "demo-dispatcher", Role::Dispatcher).await?;
    let db = app.db().clone();
    let shutdown = CancellationToken::new();
    app::cancel_on_signals(shutdown.clone());
    let (bound_tx, bound_rx) = tokio::sync::oneshot::channel();
    let server = tokio::spawn(app.run_reporting(shutdown.clone(), move |b| {
        let _ = bound_tx.send(b);
    }));
    let sip = bound_rx.await.ok().and_then(|b| b.sip.iter().find(|(t, _)| *t == crate::config::SipTransport::Udp).map(|(_, a)| *a));

    let client = reqwest::Client::new();
    println!("tipline demo: server at {base}\n");
    if with_camera {
        println!("camera main-3rd (Main St & 3rd St) is watching; waiting for its first detections...");
        let seen = wait_for_detections(&db, Duration::from_secs(60)).await;
        println!("{seen} detection events stored\n");
    }
    let mut ids = Vec::new();
    for (text, place) in SAMPLE_TIPS {
        let mut body = json!({ "text": text });
        if let Some(place) = place {
            body["location"] = json!({ "text": place });
        }
        let receipt: Value = client
            .post(format!("{base}/api/v1/tips"))
            .json(&body)
            .send()
            .await?
            .error_for_status()
            .context("submitting a sample tip")?
            .json()
            .await?;
        println!("submitted tip {} (follow-up passphrase {})", receipt["id"].as_str().unwrap_or("?"), receipt["passphrase"].as_str().unwrap_or("?"));
        ids.push(receipt["id"].as_str().unwrap_or_default().to_owned());
    }
    println!();
    for id in &ids {
        let tip = wait_for_final(&client, &base, &token, id).await?;
        print_tip(&tip);
    }
    match sip {
        Some(addr) => phone_call(&client, &base, &token, addr).await?,
        None => println!("\n(phone intake is off: no UDP SIP listener configured)"),
    }
    if let Some(sinks) = &sinks {
        show_alerts(sinks).await;
    }
    show_queue(&client, &base, &token).await?;
    println!("\nDispatcher token (shown once): {token}");
    println!("Try:  curl -H 'Authorization: Bearer {token}' -H 'Tipline-Reason: demo' {base}/api/v1/tips");
    if once {
        shutdown.cancel();
    } else {
        println!("Serving until Ctrl-C.");
    }
    server.await.context("server task")??;
    Ok(())
}

/// The webhook and mail receivers the demo starts when no receivers are configured, and the mail dir.
struct Sinks {
    webhook: sinks::WebhookSink,
    mail: Option<sinks::MailSink>,
    _dir: TempDir,
}

/// Removes the demo's scratch directory when dropped.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Points alerts at local sinks (a webhook endpoint and, if aiosmtpd is installed, a mail server) unless
/// the configuration has receivers of its own.
async fn demo_sinks(config: &mut Config) -> anyhow::Result<Option<Sinks>> {
    use crate::alerts::{ReceiverConfig, ReceiverKind};
    if !config.alerts.receivers.is_empty() {
        return Ok(None);
    }
    let dir = TempDir(tempfile_dir()?);
    let webhook = sinks::WebhookSink::start().await?;
    let mail = sinks::MailSink::start(&dir.0).await;
    let a = &mut config.alerts;
    a.receivers.push(ReceiverConfig {
        name: "demo-agency-webhook".into(),
        kind: ReceiverKind::Webhook,
        url: webhook.url.clone(),
        secrets: vec![webhook.secret.clone()],
        include: vec!["reasons".into(), "matches".into()],
        ..ReceiverConfig::default()
    });
    a.routing.route.receivers = vec!["demo-agency-webhook".into()];
    match &mail {
        Some(m) => {
            a.receivers.push(ReceiverConfig {
                name: "demo-dispatch-desk".into(),
                kind: ReceiverKind::Email,
                to: vec!["desk@oakford.example".into()],
                include: vec!["reasons".into(), "matches".into()],
                ..ReceiverConfig::default()
            });
            a.routing.route.receivers.push("demo-dispatch-desk".into());
            (a.smtp.host, a.smtp.port, a.smtp.security) = ("127.0.0.1".into(), m.port, "none".into());
            a.smtp.from = "tipline demo <tipline@oakford.example>".into();
        }
        None => println!("(no demo mail server: python3-aiosmtpd is not installed; scripts/setup installs it)"),
    }
    // Updates about an incident every few seconds rather than every five minutes, to see them in the demo.
    a.routing.route.group_interval_s = 3;
    a.delivery.poll_interval_ms = 100;
    Ok(Some(Sinks { webhook, mail, _dir: dir }))
}

/// Waits briefly for alerts to land in the sinks and prints them.
async fn show_alerts(sinks: &Sinks) {
    tokio::time::sleep(Duration::from_secs(4)).await;
    let hooks = sinks.webhook.received();
    println!("\nsigned webhooks received by the demo agency ({}):", hooks.len());
    for h in &hooks {
        let d = &h.body["data"];
        println!(
            "  {}  {} priority, {}, incident {} ({} tip(s)), {} camera matches",
            h.id,
            d["priority"].as_str().unwrap_or("?"),
            d["category"].as_str().unwrap_or("?"),
            d["incident"]["id"].as_str().unwrap_or("?"),
            d["incident"]["tips"],
            d["camera_matches"]
        );
        for m in d["matches"].as_array().into_iter().flatten().take(3) {
            println!("      {}", m.as_str().unwrap_or(""));
        }
    }
    if let Some(mail) = &sinks.mail {
        let messages = mail.messages();
        println!("\nemails received by the demo dispatch desk ({}):", messages.len());
        for m in &messages {
            let subject = m.lines().find_map(|l| l.strip_prefix("Subject: ")).unwrap_or("?");
            println!("  {subject}");
        }
    }
}

/// Prints the dispatcher queue: the incidents, most urgent first.
async fn show_queue(client: &reqwest::Client, base: &str, token: &str) -> anyhow::Result<()> {
    let queue: Value = client
        .get(format!("{base}/api/v1/incidents"))
        .bearer_auth(token)
        .header("Tipline-Reason", "demo: the dispatcher queue")
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    println!("\ndispatcher queue (incidents, most urgent first):");
    for i in queue["items"].as_array().into_iter().flatten() {
        println!(
            "  {}  {:<8} {:<20} {} tip(s)",
            i["id"].as_str().unwrap_or("?"),
            i["priority"].as_str().unwrap_or("?"),
            i["category"].as_str().unwrap_or("?"),
            i["tip_count"]
        );
    }
    Ok(())
}

async fn wait_for_detections(db: &crate::db::Db, patience: Duration) -> i64 {
    let deadline = tokio::time::Instant::now() + patience;
    loop {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM detections").fetch_one(&db.pool).await.unwrap_or(0);
        if n >= 5 || tokio::time::Instant::now() > deadline {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn wait_for_final(client: &reqwest::Client, base: &str, token: &str, id: &str) -> anyhow::Result<Value> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    loop {
        let tip: Value = client
            .get(format!("{base}/api/v1/tips/{id}"))
            .bearer_auth(token)
            .header("Tipline-Reason", "demo: showing pipeline results")
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        if tip["status"] != "pending" || tokio::time::Instant::now() > deadline {
            return Ok(tip);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

fn print_tip(tip: &Value) {
    println!("tip {}  [{}] by {}", tip["id"].as_str().unwrap_or("?"), tip["status"].as_str().unwrap_or("?"), tip["channel"].as_str().unwrap_or("?"));
    match tip["text"].as_str() {
        Some(text) => println!("  text: {text}"),
        None => println!("  transcript: {}", tip["stages"][0]["output"]["text"].as_str().unwrap_or("(none)").trim()),
    }
    for stage in tip["stages"].as_array().into_iter().flatten() {
        let error = stage["last_error"].as_str().map(|e| format!(" ({e})")).unwrap_or_default();
        println!("  stage {:<11} {}{}", stage["name"].as_str().unwrap_or("?"), stage["state"].as_str().unwrap_or("?"), error);
        if stage["name"] == "extract" {
            print_analysis(&stage["output"]);
        }
        for m in stage["output"]["matches"].as_array().into_iter().flatten() {
            println!("    camera   {:.2}  {}", m["score"].as_f64().unwrap_or(0.0), m["explanation"].as_str().unwrap_or(""));
        }
        let incident = &stage["output"]["incident"];
        if let Some(id) = incident["id"].as_str() {
            let how = if incident["opened"] == true { "opened".to_owned() } else { format!("joined ({})", incident["reasons"][0].as_str().unwrap_or("")) };
            println!("    incident {id} {how}; sent to {}", stage["output"]["receivers"]);
        }
    }
}

/// Prints an `extract` stage output for people.
pub fn print_analysis(a: &Value) {
    if a.is_null() {
        return;
    }
    println!("    category {}, priority {}", a["category"].as_str().unwrap_or("?"), a["priority"].as_str().unwrap_or("?"));
    for reason in a["reasons"].as_array().into_iter().flatten() {
        println!("      because {}", reason.as_str().unwrap_or(""));
    }
    for e in a["entities"].as_array().into_iter().flatten() {
        let attrs: Vec<String> = e["attributes"].as_object().into_iter().flatten().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or(""))).collect();
        println!("    {:<8} \"{}\" {}", e["kind"].as_str().unwrap_or("?"), e["text"].as_str().unwrap_or(""), attrs.join(" "));
    }
    for p in a["places"].as_array().into_iter().flatten() {
        let at = match (p["location"]["lat"].as_f64(), p["location"]["lon"].as_f64()) {
            (Some(lat), Some(lon)) => format!("at {lat:.5}, {lon:.5} (±{:.0} m)", p["radius_m"].as_f64().unwrap_or(0.0)),
            _ => "not located".into(),
        };
        println!("    place    \"{}\" {at}: {}", p["text"].as_str().unwrap_or(""), p["explanation"].as_str().unwrap_or(""));
    }
    println!("    window   {} .. {}", a["time_window"]["start"].as_str().unwrap_or("?"), a["time_window"]["end"].as_str().unwrap_or("?"));
}
