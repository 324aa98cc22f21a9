//! Local receivers for the demo's alerts: a webhook endpoint that checks Standard Webhooks signatures
//! and an SMTP server (Debian's aiosmtpd) writing to a Maildir, both on 127.0.0.1, so `tipline demo`
//! shows alerts arriving without sending anything off the machine.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use serde_json::Value;

use crate::alerts::webhook;

/// One webhook the sink accepted.
#[derive(Debug, Clone)]
pub struct Delivered {
    pub id: String,
    pub body: Value,
}

/// A webhook endpoint on 127.0.0.1 that accepts only correctly signed, fresh messages.
pub struct WebhookSink {
    pub url: String,
    pub secret: String,
    received: Arc<Mutex<Vec<Delivered>>>,
}

#[derive(Clone)]
struct SinkState {
    secret: String,
    received: Arc<Mutex<Vec<Delivered>>>,
}

async fn accept(State(s): State<SinkState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let h = |k: &str| headers.get(k).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let (id, ts) = (h("webhook-id"), h("webhook-timestamp"));
    let Ok(at) = ts.parse::<i64>() else { return StatusCode::BAD_REQUEST };
    if (at - chrono::Utc::now().timestamp()).abs() > 300 {
        return StatusCode::BAD_REQUEST;
    }
    let expected = webhook::sign(std::slice::from_ref(&s.secret), &id, at, &body);
    if !h("webhook-signature").split(' ').any(|sig| sig == expected) {
        return StatusCode::UNAUTHORIZED;
    }
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    s.received.lock().unwrap_or_else(|p| p.into_inner()).push(Delivered { id, body });
    StatusCode::NO_CONTENT
}

impl WebhookSink {
    pub async fn start() -> std::io::Result<WebhookSink> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/hook", listener.local_addr()?);
        let key: [u8; 24] = rand::random();
        let secret = format!("whsec_{}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, key));
        let received = Arc::new(Mutex::new(Vec::new()));
        let state = SinkState { secret: secret.clone(), received: received.clone() };
        let app = axum::Router::new().route("/hook", post(accept)).with_state(state);
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(WebhookSink { url, secret, received })
    }

    pub fn received(&self) -> Vec<Delivered> {
        self.received.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// aiosmtpd on 127.0.0.1 storing every message in a Maildir; stopped when dropped.
pub struct MailSink {
    pub port: u16,
    maildir: PathBuf,
    child: Child,
}

impl MailSink {
    /// Starts the server with the system Python (where Debian installs aiosmtpd); `None` if it cannot.
    pub async fn start(dir: &Path) -> Option<MailSink> {
        let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
        let maildir = dir.join("mail");
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}"), "-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let mut sink = MailSink { port, maildir, child };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Some(sink);
            }
            if sink.child.try_wait().ok().flatten().is_some() {
                return None; // exited: aiosmtpd is not installed
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        None
    }

    /// The raw messages received so far.
    pub fn messages(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.maildir.join("new")) else { return Vec::new() };
        entries.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect()
    }
}

impl Drop for MailSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
