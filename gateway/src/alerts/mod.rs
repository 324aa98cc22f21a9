//! Alert delivery: routing a tip's analysis to receivers through a durable outbox, then email and signed
//! webhooks with retries, a circuit breaker per receiver and replayable dead letters.
//!
//! [`enqueue_for`] decides (inhibition, the routing tree from `correlate::routing`, group timing) and writes
//! one outbox row per receiver in one transaction; it is idempotent per (tip, receiver), so the pipeline
//! stage that calls it may run twice. [`deliver_loop`] claims due rows with a lease, sends them and records
//! the outcome; several gateway nodes can run it against one PostgreSQL. [`lifecycle`] follows incidents
//! after routing: repeats while nobody acknowledges, resolved notices, auto-resolution.
//!
//! # Layout
//! - [`outbox`]: the delivery and receiver-health tables: insert, claim, outcomes, list, replay.
//! - [`lifecycle`]: acknowledging and resolving incidents, and the sweep that repeats and auto-resolves.
//! - [`webhook`]: Standard Webhooks signing, sending, `Retry-After`.
//! - [`email`]: the SMTP transport and the text/HTML rendering.

pub mod email;
pub mod lifecycle;
pub mod outbox;
pub mod webhook;

pub use outbox::{list, replay, DeliveryRow, ListFilter, Replay};

use std::collections::BTreeSet;
use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Utc};
use correlate::routing::{self, AlertFacts, GroupState, RoutingConfig};
use correlate::{Analysis, Match, Priority, TipId};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use tokio_util::sync::CancellationToken;

use crate::db::{col, millis, Db, StorageError};
use crate::incidents::Assigned;
use crate::pipeline::queue::RetryPolicy;

/// Why alerts could not be enqueued.
#[derive(Debug, thiserror::Error)]
pub enum AlertsError {
    /// The database failed; the caller (a pipeline stage) should retry.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A stored alert could not be read back; a bug or a hand-edited row.
    #[error("stored alert is unreadable: {0}")]
    Corrupt(String),
}

/// How one delivery attempt failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Worth trying again, not before `retry_after` if the receiver said so.
    #[error("{error}")]
    Retry { error: String, retry_after: Option<Duration> },
    /// Will fail the same way every time: dead-letter at once.
    #[error("{0}")]
    Permanent(String),
    /// The endpoint answered 410 Gone: disable the receiver.
    #[error("{0}")]
    Gone(String),
}

/// Where a receiver's alerts go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReceiverKind {
    #[default]
    Webhook,
    Email,
}

impl ReceiverKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReceiverKind::Webhook => "webhook",
            ReceiverKind::Email => "email",
        }
    }
}

/// Payload fields a receiver may opt into beyond the thin default.
pub const OPTIONAL_FIELDS: [&str; 5] = ["reasons", "matches", "agencies", "time_window", "precise_location"];

/// One `[[alerts.receivers]]` entry.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReceiverConfig {
    /// Unique name, used by routes and in the outbox.
    pub name: String,
    /// `webhook` or `email`.
    pub kind: ReceiverKind,
    /// Webhook endpoint (http or https).
    pub url: String,
    /// Email recipients.
    pub to: Vec<String>,
    /// Webhook signing secrets, `whsec_<base64>`; every one signs (rotation).
    pub secrets: Vec<String>,
    /// Extra payload fields: `reasons`, `matches`, `agencies`, `time_window`, `precise_location`.
    pub include: Vec<String>,
}

impl fmt::Debug for ReceiverConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReceiverConfig")
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("to", &self.to)
            .field("secrets", &format_args!("[{} redacted]", self.secrets.len()))
            .field("include", &self.include)
            .finish_non_exhaustive()
    }
}

/// `[alerts.smtp]`.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    /// `starttls` (upgrade required), `tls` (implicit TLS, usually port 465) or `none` (local relay only).
    pub security: String,
    /// Empty: no authentication.
    pub username: String,
    pub password: String,
    /// The From address, `Name <addr>` or `addr`.
    pub from: String,
    pub timeout_s: u64,
}

impl Default for SmtpConfig {
    fn default() -> Self {
        SmtpConfig {
            host: "localhost".into(),
            port: 587,
            security: "starttls".into(),
            username: String::new(),
            password: String::new(),
            from: "tipline <tipline@localhost>".into(),
            timeout_s: 10,
        }
    }
}

impl fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("username", &self.username)
            .field("password", &if self.password.is_empty() { "" } else { "***" })
            .field("from", &self.from)
            .finish()
    }
}

/// `[alerts.delivery]`: the outbox worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DeliveryConfig {
    /// How often an idle worker looks for due deliveries.
    pub poll_interval_ms: u64,
    /// Lease on a claimed delivery; must exceed `timeout_s` so a live send is never taken over.
    pub lease_s: u64,
    /// Per-attempt HTTP timeout.
    pub timeout_s: u64,
    /// Attempts before a delivery is dead-lettered.
    pub max_attempts: i64,
    /// First retry delay; doubles per attempt, with jitter, up to `backoff_max_ms`.
    pub backoff_base_ms: u64,
    pub backoff_max_ms: u64,
    /// Failures in a row that open a receiver's circuit breaker.
    pub breaker_threshold: i64,
    /// How long an open breaker holds that receiver's deliveries back.
    pub breaker_cooldown_s: u64,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        DeliveryConfig {
            poll_interval_ms: 500,
            lease_s: 60,
            timeout_s: 10,
            max_attempts: 12,
            backoff_base_ms: 2_000,
            backoff_max_ms: 15 * 60_000,
            breaker_threshold: 5,
            breaker_cooldown_s: 60,
        }
    }
}

/// The `[alerts]` section.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AlertsConfig {
    /// Base of the console link in alerts (`{console_url}/tips/{id}`); empty: a relative link.
    pub console_url: String,
    pub receivers: Vec<ReceiverConfig>,
    pub smtp: SmtpConfig,
    pub delivery: DeliveryConfig,
    /// The routing tree and inhibition rules.
    pub routing: RoutingConfig,
}

impl AlertsConfig {
    pub fn receiver(&self, name: &str) -> Option<&ReceiverConfig> {
        self.receivers.iter().find(|r| r.name == name)
    }

    /// Every problem found, as (key, message), keys relative to the config root (`alerts.`...).
    pub fn validate(&self) -> Vec<(String, String)> {
        let mut p = Vec::new();
        let mut bad = |k: String, m: &str| p.push((k, m.to_string()));
        if !self.console_url.is_empty() && url::Url::parse(&self.console_url).is_err() {
            bad("alerts.console_url".into(), "must be empty or an absolute URL");
        }
        let mut names = BTreeSet::new();
        for (i, r) in self.receivers.iter().enumerate() {
            let k = |f: &str| format!("alerts.receivers[{i}].{f}");
            if r.name.is_empty() {
                bad(k("name"), "must not be empty");
            } else if !names.insert(r.name.as_str()) {
                bad(k("name"), "is used by an earlier receiver");
            }
            match r.kind {
                ReceiverKind::Webhook => {
                    if !url::Url::parse(&r.url).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
                        bad(k("url"), "must be an http:// or https:// URL");
                    }
                    if r.secrets.is_empty() {
                        bad(k("secrets"), "a webhook needs at least one whsec_ secret");
                    }
                    if r.secrets.iter().any(|s| webhook::secret_key(s).is_none()) {
                        bad(k("secrets"), "each secret must be whsec_ followed by base64");
                    }
                }
                ReceiverKind::Email => {
                    if r.to.is_empty() {
                        bad(k("to"), "an email receiver needs at least one address");
                    }
                    if r.to.iter().any(|a| a.parse::<lettre::message::Mailbox>().is_err()) {
                        bad(k("to"), "each entry must be an email address");
                    }
                }
            }
            if let Some(f) = r.include.iter().find(|f| !OPTIONAL_FIELDS.contains(&f.as_str())) {
                bad(k("include"), &format!("unknown field '{f}' (one of {})", OPTIONAL_FIELDS.join(", ")));
            }
        }
        let mut bad = |k: &str, m: &str| p.push((k.to_string(), m.to_string()));
        if self.receivers.iter().any(|r| r.kind == ReceiverKind::Email) {
            if self.smtp.from.parse::<lettre::message::Mailbox>().is_err() {
                bad("alerts.smtp.from", "must be an email address");
            }
            if self.smtp.host.is_empty() {
                bad("alerts.smtp.host", "must not be empty");
            }
        }
        if !matches!(self.smtp.security.as_str(), "starttls" | "tls" | "none") {
            bad("alerts.smtp.security", "must be starttls, tls or none");
        }
        if self.smtp.security == "none" && !self.smtp.username.is_empty() {
            bad("alerts.smtp.username", "refusing to send credentials without TLS (security = none)");
        }
        let d = &self.delivery;
        if d.poll_interval_ms == 0 {
            bad("alerts.delivery.poll_interval_ms", "must be at least 1");
        }
        if d.timeout_s == 0 || d.lease_s <= d.timeout_s.max(self.smtp.timeout_s) {
            bad("alerts.delivery.lease_s", "must exceed delivery.timeout_s and smtp.timeout_s (at least 1)");
        }
        if d.max_attempts < 1 {
            bad("alerts.delivery.max_attempts", "must be at least 1");
        }
        if d.backoff_base_ms == 0 || d.backoff_base_ms > d.backoff_max_ms {
            bad("alerts.delivery.backoff_base_ms", "must be at least 1 and not exceed backoff_max_ms");
        }
        if d.breaker_threshold < 1 {
            bad("alerts.delivery.breaker_threshold", "must be at least 1");
        }
        for e in self.routing.validate("alerts.routing") {
            let s = e.to_string();
            let (k, m) = s.split_once(": ").unwrap_or(("alerts.routing", s.as_str()));
            p.push((k.to_string(), m.to_string()));
        }
        for name in self.routing.receiver_names() {
            if self.receiver(name).is_none() {
                p.push(("alerts.routing".into(), format!("route names receiver '{name}', which is not configured")));
            }
        }
        p
    }
}

/// What [`enqueue_for`] did, also the `route` stage's output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Enqueued {
    /// Receivers the alert is queued for (including rows written by an earlier run).
    pub receivers: Vec<String>,
    /// The higher-priority alert that muted this one.
    pub inhibited_by: Option<String>,
    /// `receiver: delivery id` where this alert was folded into the group's waiting delivery.
    #[serde(default)]
    pub merged: Vec<String>,
}

/// Routing facts of a tip: its category, priority, agencies and most confident located place. In an
/// incident, the incident's priority and category count when they are more urgent than the tip's own.
pub fn facts_of(tip_id: TipId, analysis: &Analysis, incident: Option<&Assigned>, now: DateTime<Utc>) -> AlertFacts {
    let location = analysis
        .places
        .iter()
        .filter(|p| p.location.is_some())
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .and_then(|p| p.location);
    let mut facts = AlertFacts {
        subject_id: tip_id.to_string(),
        incident_id: incident.map(|i| i.incident_id.clone()),
        priority: analysis.priority,
        category: analysis.category.as_str().to_string(),
        agencies: analysis.agencies.clone(),
        location,
        raised_at: now,
    };
    if let Some(i) = incident.filter(|i| i.signature.priority > analysis.priority) {
        facts.priority = i.signature.priority;
        facts.category = i.signature.category.clone();
    }
    facts
}

/// The payload for one receiver: thin by default (who, how urgent, what, roughly where, when, a link);
/// more only where the receiver opted in. Details are meant to be fetched through the audited API.
pub fn payload(
    receiver: &ReceiverConfig,
    console_url: &str,
    facts: &AlertFacts,
    incident: Option<&Assigned>,
    analysis: &Analysis,
    matches: &[Match],
) -> Value {
    let wants = |f: &str| receiver.include.iter().any(|i| i == f);
    // Two decimals of a degree: about 1.1 km north-south, less east-west; enough to know whose area it is.
    let coarse = |x: f64| (x * 100.0).round() / 100.0;
    let mut data = json!({
        "tip_id": facts.subject_id,
        "priority": priority_str(facts.priority),
        "category": facts.category,
        "at": facts.raised_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "location": facts.location.map(|p| json!({"lat": coarse(p.lat), "lon": coarse(p.lon)})),
        "link": format!("{}/tips/{}", console_url.trim_end_matches('/'), facts.subject_id),
        "camera_matches": matches.len(),
    });
    if let Some(i) = incident {
        data["incident"] = json!({
            "id": i.incident_id,
            "tips": i.tip_count,
            "opened": i.opened,
            "link": format!("{}/incidents/{}", console_url.trim_end_matches('/'), i.incident_id),
        });
    }
    if wants("precise_location") {
        data["location"] = json!(facts.location.map(|p| json!({"lat": p.lat, "lon": p.lon})));
    }
    if wants("reasons") {
        data["reasons"] = json!(analysis.reasons);
    }
    if wants("matches") {
        data["matches"] = json!(matches.iter().map(|m| m.explanation.clone()).collect::<Vec<_>>());
    }
    if wants("agencies") {
        data["agencies"] = json!(facts.agencies);
    }
    if wants("time_window") {
        data["time_window"] = json!({"start": analysis.time_window.start, "end": analysis.time_window.end});
    }
    json!({"type": "tip.alert", "timestamp": data["at"], "data": data})
}

/// The `n`-th repeat of a notice the receiver accepted: the same alert (still cut to its fields), marked
/// `"repeat": n` so a receiver can tell a reminder from news.
pub fn repeat_payload(last: &Value, n: i64) -> Value {
    let mut p = last.clone();
    if let Some(data) = p.get_mut("data").and_then(Value::as_object_mut) {
        data.insert("repeat".into(), json!(n));
    }
    p
}

/// The notice that an incident was resolved, made from the last notice the receiver accepted about it (so
/// it carries nothing that receiver was not already sent): which incident, what it was, when it ended, and
/// whether a dispatcher closed it or it went quiet.
pub fn resolved_payload(last: &Value, resolved_at: DateTime<Utc>, by_dispatcher: bool) -> Value {
    let d = &last["data"];
    let at = resolved_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    json!({"type": "incident.resolved", "timestamp": at, "data": {
        "incident": {"id": d["incident"]["id"], "link": d["incident"]["link"]},
        "priority": d["priority"],
        "category": d["category"],
        "location": d["location"],
        "resolved_at": at,
        "resolution": if by_dispatcher { "dispatcher" } else { "quiet" },
    }})
}

fn priority_str(p: Priority) -> &'static str {
    match p {
        Priority::Low => "low",
        Priority::Medium => "medium",
        Priority::High => "high",
        Priority::Critical => "critical",
    }
}

fn priority_rank(p: Priority) -> i64 {
    p as i64
}

/// Routes a tip's alert and writes its outbox rows, all in one transaction. Idempotent: a second call for
/// the same tip keeps the first decision (including inhibition) and adds no rows.
pub async fn enqueue_for(
    db: &Db,
    config: &AlertsConfig,
    tip_id: TipId,
    analysis: &Analysis,
    matches: &[Match],
    incident: Option<&Assigned>,
    now: DateTime<Utc>,
) -> Result<Enqueued, AlertsError> {
    let now_ms = millis(now);
    let mut tx = db.begin_routing().await?;
    let existing = sqlx::query("SELECT facts, inhibited_by FROM alerts WHERE subject_id = $1")
        .bind(tip_id.to_string())
        .fetch_optional(&mut *tx)
        .await
        .map_err(StorageError::from)?;
    let (facts, inhibited_by) = match existing {
        Some(row) => {
            let facts: String = col(&row, "facts")?;
            let facts: AlertFacts = serde_json::from_str(&facts).map_err(|e| AlertsError::Corrupt(e.to_string()))?;
            (facts, col::<Option<String>>(&row, "inhibited_by")?)
        }
        None => {
            let facts = facts_of(tip_id, analysis, incident, now);
            let inhibited_by = inhibitor(&mut tx, config, &facts, now).await?;
            sqlx::query(
                "INSERT INTO alerts (subject_id, facts, priority_rank, inhibited_by, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&facts.subject_id)
            .bind(serde_json::to_string(&facts).expect("facts serialise"))
            .bind(priority_rank(facts.priority))
            .bind(inhibited_by.clone())
            .bind(now_ms)
            .execute(&mut *tx)
            .await
            .map_err(StorageError::from)?;
            (facts, inhibited_by)
        }
    };
    let (mut receivers, mut merged) = (Vec::new(), Vec::new());
    let subject = delivery_subject(&facts.subject_id, matches);
    if inhibited_by.is_none() {
        // Route as of when the alert was first raised, so a re-run decides the same.
        for routed in routing::route_detailed(&config.routing, &facts, facts.raised_at) {
            let Some(receiver) = config.receiver(&routed.receiver) else {
                tracing::warn!(receiver = %routed.receiver, "route names an unconfigured receiver; skipped");
                continue;
            };
            let state = match outbox::group_history(&mut tx, &receiver.name, &routed.group_key).await? {
                None => GroupState::new(now_ms),
                Some((first, last)) => GroupState { created_at: first, last_notified_at: last, pending: true },
            };
            let due = state.next_due(&routed.timing).unwrap_or(now_ms).max(now_ms);
            let body = payload(receiver, &config.console_url, &facts, incident, analysis, matches);
            let new = outbox::NewDelivery {
                subject_id: &subject,
                receiver: &receiver.name,
                kind: receiver.kind.as_str(),
                group_key: &routed.group_key,
                payload: &body,
                due_at: due,
                incident_id: incident.map(|i| i.incident_id.as_str()),
                notice: outbox::Notice::Alert,
                repeat_interval_ms: routed.timing.repeat_interval_ms,
                send_resolved: routed.send_resolved,
            };
            if let outbox::Inserted::Merged { into } = outbox::insert(&mut tx, &new, now_ms).await? {
                merged.push(format!("{}: {into}", receiver.name));
            }
            receivers.push(receiver.name.clone());
        }
    }
    tx.commit().await.map_err(StorageError::from)?;
    if !receivers.is_empty() {
        ENQUEUED.notify_waiters();
    }
    Ok(Enqueued { receivers, inhibited_by, merged })
}

/// The outbox subject of a tip's alert: the tip, plus the step its best camera match reached (in
/// twentieths of a score). A re-run with the same matches adds nothing, and neither do more events of the
/// kind already reported (a camera that keeps seeing the street); a re-correlation that found a better
/// match (late camera events) sends the receivers an update, grouped like any other alert of the incident.
/// The best score only grows as events arrive, so a tip has at most a handful of updates.
fn delivery_subject(tip: &str, matches: &[Match]) -> String {
    match matches.iter().map(|m| m.score).max_by(f32::total_cmp) {
        None => tip.to_string(),
        Some(best) => format!("{tip}~m{}", (best.clamp(0.0, 1.0) * 20.0).floor() as u32),
    }
}

/// The recent, not itself muted, alert that mutes `facts` under the configured rules.
async fn inhibitor(
    conn: &mut sqlx::AnyConnection,
    config: &AlertsConfig,
    facts: &AlertFacts,
    now: DateTime<Utc>,
) -> Result<Option<String>, AlertsError> {
    let Some(window_s) = config.routing.inhibit.iter().map(|r| r.window_s).max() else { return Ok(None) };
    let since = millis(now) - (window_s.min(i64::MAX as u64 / 2000) as i64) * 1000;
    let rows =
        sqlx::query("SELECT facts FROM alerts WHERE created_at >= $1 AND priority_rank > $2 AND inhibited_by IS NULL")
            .bind(since)
            .bind(priority_rank(facts.priority))
            .fetch_all(conn)
            .await
            .map_err(StorageError::from)?;
    let active: Vec<AlertFacts> = rows
        .iter()
        .map(|r| {
            let s: String = col(r, "facts")?;
            serde_json::from_str(&s).map_err(|e| AlertsError::Corrupt(e.to_string()))
        })
        .collect::<Result<_, _>>()?;
    Ok(routing::inhibited_by(&config.routing.inhibit, facts, &active, now).map(|f| f.subject_id.clone()))
}

/// Rung when this process writes deliveries, so idle delivery loops send them at once instead of at their
/// next poll (the poll stays, for deliveries written by other nodes and for retries that come due).
/// Process-wide rather than per database: a loop woken for another database's rows finds none and sleeps.
pub(crate) static ENQUEUED: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// Sends due deliveries until `shutdown`. An in-flight send finishes (bounded by the timeouts) before the
/// loop returns; a crash mid-send leaves the row leased, and it is sent again, with the same id, once the
/// lease expires.
pub async fn deliver_loop(db: Db, config: AlertsConfig, shutdown: CancellationToken) {
    let owner = format!("alerts/{}", uuid::Uuid::new_v4().simple());
    let d = &config.delivery;
    let client = match reqwest::Client::builder().timeout(Duration::from_secs(d.timeout_s.max(1))).build() {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "cannot build the webhook HTTP client; alert delivery is off");
            return;
        }
    };
    let smtp = email::transport(&config.smtp);
    let policy = RetryPolicy { max_attempts: d.max_attempts, base_ms: d.backoff_base_ms, max_ms: d.backoff_max_ms };
    let poll = Duration::from_millis(d.poll_interval_ms.max(1));
    let mut storage_backoff = Duration::from_millis(200);
    while !shutdown.is_cancelled() {
        // Listening before looking, so a delivery written between the claim and the wait is not missed.
        let enqueued = ENQUEUED.notified();
        tokio::pin!(enqueued);
        enqueued.as_mut().enable();
        let now = millis(Utc::now());
        match outbox::claim(&db, &owner, now, (d.lease_s * 1000) as i64).await {
            Ok(Some(delivery)) => {
                storage_backoff = Duration::from_millis(200);
                let outcome = match config.receiver(&delivery.receiver) {
                    None => {
                        Err(SendError::Permanent(format!("receiver '{}' is no longer configured", delivery.receiver)))
                    }
                    Some(r) => match r.kind {
                        ReceiverKind::Webhook => {
                            webhook::send(&client, &r.url, &r.secrets, &delivery.message_id, &delivery.payload, now)
                                .await
                        }
                        ReceiverKind::Email => match &smtp {
                            Ok(t) => {
                                email::send(t, &config.smtp.from, &r.to, &delivery.message_id, &delivery.payload).await
                            }
                            Err(e) => Err(e.clone()),
                        },
                    },
                };
                if let Err(e) = record(&db, &owner, &policy, d, &delivery, outcome).await {
                    tracing::warn!(error = %e, delivery = %delivery.id, "cannot record a delivery outcome; it will be retried");
                }
            }
            Ok(None) => {
                tokio::select! {
                    _ = &mut enqueued => {}
                    _ = tokio::time::sleep(poll) => {}
                    _ = shutdown.cancelled() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot claim deliveries; will retry");
                tokio::select! {
                    _ = tokio::time::sleep(storage_backoff) => {}
                    _ = shutdown.cancelled() => {}
                }
                storage_backoff = (storage_backoff * 2).min(Duration::from_secs(5));
            }
        }
    }
}

async fn record(
    db: &Db,
    owner: &str,
    policy: &RetryPolicy,
    d: &DeliveryConfig,
    delivery: &outbox::Claimed,
    outcome: Result<(), SendError>,
) -> Result<(), StorageError> {
    let now = millis(Utc::now());
    let (id, receiver, attempt) = (&delivery.id, &delivery.receiver, delivery.attempts);
    match outcome {
        Ok(()) => {
            tracing::info!(delivery = %id, receiver = %receiver, attempt, "alert delivered");
            outbox::delivered(db, delivery, owner, now).await?;
        }
        Err(SendError::Gone(e)) => {
            tracing::warn!(delivery = %id, receiver = %receiver, "endpoint gone; receiver disabled until replayed");
            outbox::disable_endpoint(db, delivery, owner, &e, now).await?;
        }
        Err(SendError::Permanent(e)) => {
            tracing::warn!(delivery = %id, receiver = %receiver, error = %e, "alert delivery failed permanently");
            outbox::failed(db, delivery, owner, &e, None, breaker(d), now).await?;
        }
        Err(SendError::Retry { error, retry_after }) => {
            let backoff = policy.next_attempt_at(attempt, now, &mut rand::thread_rng());
            // The receiver's own estimate wins when it is later than our backoff, never when it is sooner.
            let at = backoff.map(|at| at.max(now + retry_after.map_or(0, |r| r.as_millis() as i64)));
            tracing::warn!(delivery = %id, receiver = %receiver, attempt, error = %error, retry_at = ?at, "alert delivery failed");
            outbox::failed(db, delivery, owner, &error, at, breaker(d), now).await?;
        }
    }
    Ok(())
}

fn breaker(d: &DeliveryConfig) -> (i64, i64) {
    (d.breaker_threshold, (d.breaker_cooldown_s.min(i64::MAX as u64 / 1000) * 1000) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::providers::{Format, Toml};

    const SAMPLE: &str = r#"
        console_url = "https://tips.example"
        [smtp]
        host = "mail.example"
        from = "alerts@example.org"
        [[receivers]]
        name = "north-hook"
        url = "https://north.example/hook"
        secrets = ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]
        include = ["reasons"]
        [[receivers]]
        name = "north-mail"
        kind = "email"
        to = ["desk@north.example"]
        [routing.route]
        receivers = ["north-mail"]
        [[routing.route.routes]]
        min_priority = "high"
        receivers = ["north-hook"]
        continue = true
        [[routing.inhibit]]
        radius_m = 250.0
    "#;

    fn parse(s: &str) -> Result<AlertsConfig, Box<figment::Error>> {
        figment::Figment::from(Toml::string(s)).extract().map_err(Box::new)
    }

    #[test]
    fn sample_config_parses_and_validates() {
        let c = parse(SAMPLE).unwrap();
        assert_eq!(c.validate(), Vec::<(String, String)>::new());
        assert_eq!(c.receivers[1].kind, ReceiverKind::Email);
        assert!(c.routing.route.routes[0].continue_matching);
        assert_eq!(c.delivery, DeliveryConfig::default());
        assert_eq!(AlertsConfig::default().validate(), Vec::<(String, String)>::new());
    }

    #[test]
    fn unknown_keys_are_rejected_and_problems_named() {
        assert!(parse("[smtp]\nhostname = \"x\"").is_err());
        let c = parse(
            "[[receivers]]\nname = \"a\"\nurl = \"ftp://x\"\nsecrets = [\"s3cret\"]\ninclude = [\"caller\"]\n\
             [routing.route]\nreceivers = [\"b\"]",
        )
        .unwrap();
        let keys: Vec<String> = c.validate().into_iter().map(|(k, _)| k).collect();
        assert_eq!(
            keys,
            ["alerts.receivers[0].url", "alerts.receivers[0].secrets", "alerts.receivers[0].include", "alerts.routing"]
        );
    }

    #[test]
    fn only_a_better_camera_match_makes_a_new_update() {
        let m = |score: f32| Match {
            tip_id: TipId(uuid::Uuid::nil()),
            place_index: 0,
            detection_id: uuid::Uuid::new_v4(),
            score,
            explanation: String::new(),
        };
        let tip = "t";
        assert_eq!(delivery_subject(tip, &[]), "t");
        let first = delivery_subject(tip, &[m(0.62)]);
        assert_eq!(delivery_subject(tip, &[m(0.62), m(0.5), m(0.41)]), first, "more of the same kind: no update");
        assert_ne!(delivery_subject(tip, &[m(0.62), m(0.91)]), first, "a better match: an update");
    }

    #[test]
    fn secrets_stay_out_of_debug_output() {
        let c = parse(SAMPLE).unwrap();
        let mut c2 = c.clone();
        c2.smtp.password = "hunter2".into();
        let dbg = format!("{c2:?}");
        assert!(!dbg.contains("MfKQ9r8G") && !dbg.contains("hunter2"), "{dbg}");
    }

    #[test]
    fn payload_is_thin_unless_opted_in() {
        let c = parse(SAMPLE).unwrap();
        let analysis: Analysis = serde_json::from_value(json!({
            "normalised": "", "entities": [], "places": [
                {"kind": "intersection", "span": null, "text": "Elm and 3rd", "location": {"lat": 45.423456, "lon": -75.697891},
                 "radius_m": 50.0, "confidence": 0.9, "explanation": ""}],
            "time_window": {"start": "2026-11-25T11:50:00Z", "end": "2026-11-25T12:00:00Z"}, "time_explanation": "",
            "category": "suspicious_vehicle", "priority": "high", "reasons": ["red pickup"], "agencies": ["north-pd"]
        }))
        .unwrap();
        let now = "2026-11-25T12:00:00Z".parse().unwrap();
        let tip = TipId(uuid::Uuid::nil());
        let facts = facts_of(tip, &analysis, None, now);
        let mail = payload(&c.receivers[1], &c.console_url, &facts, None, &analysis, &[]);
        let data = &mail["data"];
        assert_eq!(data["location"], json!({"lat": 45.42, "lon": -75.7}));
        assert_eq!(data["link"], format!("https://tips.example/tips/{}", uuid::Uuid::nil()));
        assert_eq!(data["priority"], "high");
        assert!(data.get("reasons").is_none() && data.get("agencies").is_none());
        let hook = payload(&c.receivers[0], &c.console_url, &facts, None, &analysis, &[]);
        assert_eq!(hook["data"]["reasons"], json!(["red pickup"]));
        assert_eq!(hook["type"], "tip.alert");
    }
}
