//! Tip endpoints: public submission and follow-up, and the audited reads dispatchers use.

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use chrono::{DateTime, Utc};
use correlate::{Channel, ReportedLocation, TipId};
use rand::Rng;
use serde::Deserialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{authorise_and_audit, ApiError, ApiJson, AppState, Authenticated, PublicSource, Reason};
use crate::auth::Role;
use crate::tips::{self, Cursor, ListFilter, NewTip, TipStatus};
use crate::db;

const READERS: &[Role] = &[Role::Admin, Role::Dispatcher];

/// A tip from the public web form.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitTip {
    pub text: String,
    #[serde(default)]
    pub location: Option<ReportedLocation>,
    #[serde(default)]
    pub occurred_at: Option<DateTime<Utc>>,
}

/// Longest free-text location accepted, in characters.
const MAX_LOCATION_CHARS: usize = 500;

impl SubmitTip {
    fn validate(&self, max_chars: usize, now: DateTime<Utc>) -> Result<(), ApiError> {
        let text = self.text.trim();
        if text.is_empty() {
            return Err(ApiError::invalid("text: must not be empty"));
        }
        if text.chars().count() > max_chars {
            return Err(ApiError::invalid(format!("text: longer than {max_chars} characters")));
        }
        // PostgreSQL cannot store NUL in text, and no tipster types one.
        if text.contains('\0') {
            return Err(ApiError::invalid("text: contains a NUL character"));
        }
        if let Some(ReportedLocation::Described(d)) = &self.location {
            let chars = d.text.trim().chars().count();
            if chars == 0 || chars > MAX_LOCATION_CHARS || d.text.contains('\0') {
                return Err(ApiError::invalid(format!("location.text: must be 1..={MAX_LOCATION_CHARS} characters")));
            }
        }
        if let Some(t) = self.occurred_at {
            if t > now + chrono::Duration::hours(1) {
                return Err(ApiError::invalid("occurred_at: is in the future"));
            }
        }
        Ok(())
    }
}

/// A follow-up passphrase: 20 characters from an unambiguous alphabet, about 100 bits.
fn new_passphrase() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rngs::OsRng;
    let chars: String = (0..20).map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char).collect();
    format!("{}-{}-{}-{}", &chars[0..5], &chars[5..10], &chars[10..15], &chars[15..20])
}

fn passphrase_hash(passphrase: &str) -> String {
    hex::encode(Sha256::digest(passphrase.trim().as_bytes()))
}

pub async fn submit(
    State(state): State<AppState>,
    PublicSource(source): PublicSource,
    ApiJson(body): ApiJson<SubmitTip>,
) -> Result<impl IntoResponse, ApiError> {
    let now = Utc::now();
    body.validate(state.config.intake.max_text_chars, now)?;
    let passphrase = new_passphrase();
    let new = NewTip {
        channel: Channel::WebForm,
        text: Some(body.text.trim().to_owned()),
        location: body.location,
        occurred_at: body.occurred_at,
        source_hash: Some(source),
        passphrase_hash: Some(passphrase_hash(&passphrase)),
    };
    let tip = tips::insert(&state.db, new, state.pipeline.first(), now).await?;
    state.wake.notify_one();
    metrics::counter!("tipline_tips_received_total", "channel" => tip.channel.as_str()).increment(1);
    let location = format!("/api/v1/tips/{}", tip.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(json!({
            "id": tip.id,
            "passphrase": passphrase,
            "received_at": tip.received_at,
            "message": "Thank you. Keep the id and passphrase to check on your tip; we do not know who you are.",
        })),
    ))
}

/// What an anonymous tipster may learn with their passphrase: that the tip is being handled. Nothing else.
pub async fn followup(
    State(state): State<AppState>,
    _source: PublicSource,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    // Unknown id and wrong passphrase look the same, so ids cannot be probed.
    let not_found = || ApiError::not_found("tip");
    let id: TipId = id.parse().map_err(|_| not_found())?;
    let given = headers.get("tipline-passphrase").and_then(|v| v.to_str().ok()).ok_or_else(not_found)?;
    let stored = tips::passphrase_hash(&state.db, id).await?.ok_or_else(not_found)?;
    if !constant_time_eq(passphrase_hash(given).as_bytes(), stored.as_bytes()) {
        return Err(not_found());
    }
    let record = tips::load(&state.db, id).await?.ok_or_else(not_found)?;
    let status = match record.status {
        TipStatus::Complete => "received and analysed",
        _ => "received",
    };
    Ok(Json(json!({ "id": id, "status": status, "received_at": record.tip.received_at })))
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn parse_id(id: &str) -> Result<TipId, ApiError> {
    id.parse().map_err(|_| ApiError::not_found("tip"))
}

pub async fn show(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id)?;
    // If the audit row cannot be written, nothing is disclosed.
    authorise_and_audit(&state, &auth, READERS, &reason, "tip.read", &id.to_string()).await?;
    let record = tips::load(&state.db, id).await?.ok_or_else(|| ApiError::not_found("tip"))?;
    let jobs = tips::jobs(&state.db, id).await?;
    let mut outputs = tips::outputs(&state.db, id).await?;
    let stages: Vec<_> = state
        .pipeline
        .names()
        .into_iter()
        .map(|name| {
            let job = jobs.iter().find(|j| j.stage == name);
            json!({
                "name": name,
                "state": job.map_or("waiting", |j| j.state.as_str()),
                "attempts": job.map_or(0, |j| j.attempts),
                "last_error": job.and_then(|j| j.last_error.clone()),
                "next_run_at": job.and_then(|j| j.next_run_at),
                "output": outputs.remove(name),
            })
        })
        .collect();
    let mut body = serde_json::to_value(&record).expect("plain data");
    body["stages"] = json!(stages);
    Ok(Json(body))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    status: Option<String>,
    channel: Option<String>,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    limit: Option<u32>,
    cursor: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    auth.require(READERS)?;
    let Query(q) = query?;
    let filter = ListFilter {
        status: q
            .status
            .as_deref()
            .map(|s| TipStatus::parse(s).ok_or_else(|| ApiError::invalid("status: expected pending, complete or failed")))
            .transpose()?,
        channel: q
            .channel
            .as_deref()
            .map(|c| Channel::parse(c).ok_or_else(|| ApiError::invalid("channel: expected web_form, web_voice or phone")))
            .transpose()?,
        since: q.since,
        until: q.until,
    };
    let limit = q.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::invalid("limit: must be 1..=200"));
    }
    let cursor = q.cursor.as_deref().map(|c| Cursor::decode(c).ok_or_else(|| ApiError::invalid("cursor: not a cursor from this API"))).transpose()?;
    let subject = format!(
        "status={:?} channel={:?} since={:?} until={:?} cursor={:?}",
        q.status, q.channel, q.since, q.until, q.cursor
    );
    authorise_and_audit(&state, &auth, READERS, &reason, "tip.list", &subject).await?;
    let (page, next) = tips::list(&state.db, &filter, cursor.as_ref(), limit).await?;
    Ok(Json(json!({ "tips": page, "next_cursor": next.map(|c| c.encode()) })))
}

pub async fn retry(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id)?;
    authorise_and_audit(&state, &auth, READERS, &reason, "tip.retry", &id.to_string()).await?;
    tips::load(&state.db, id).await?.ok_or_else(|| ApiError::not_found("tip"))?;
    let requeued = crate::pipeline::queue::retry_dead(&state.db, id, db::millis(Utc::now())).await?;
    state.wake.notify_waiters();
    Ok(Json(json!({ "id": id, "requeued_jobs": requeued })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_are_long_distinct_and_hashed() {
        let a = new_passphrase();
        assert_eq!(a.len(), 23);
        assert_ne!(a, new_passphrase());
        assert_eq!(passphrase_hash(&a), passphrase_hash(&format!(" {a} ")));
        assert!(constant_time_eq(b"abc", b"abc") && !constant_time_eq(b"abc", b"abd") && !constant_time_eq(b"ab", b"abc"));
    }

    #[test]
    fn submission_validation_names_the_field() {
        let now = Utc::now();
        let tip = |text: &str| SubmitTip { text: text.into(), location: None, occurred_at: None };
        assert!(tip("a red truck").validate(100, now).is_ok());
        assert!(tip("   ").validate(100, now).unwrap_err().message.starts_with("text"));
        assert!(tip(&"x".repeat(101)).validate(100, now).is_err());
        assert!(tip("a\0b").validate(100, now).is_err());
        let future = SubmitTip { occurred_at: Some(now + chrono::Duration::days(1)), ..tip("x") };
        assert!(future.validate(100, now).unwrap_err().message.starts_with("occurred_at"));
    }
}
