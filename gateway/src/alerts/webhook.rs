//! Signed webhooks per Standard Webhooks 1.0: `webhook-id`, `webhook-timestamp` and `webhook-signature`
//! (`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, one per secret, space-separated, so a receiver
//! keeps verifying while secrets rotate). Secrets are `whsec_` followed by base64 key bytes.

use std::time::Duration;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::SendError;

/// The key bytes of a `whsec_<base64>` secret, or `None` if it is not one.
pub fn secret_key(secret: &str) -> Option<Vec<u8>> {
    let key = B64.decode(secret.strip_prefix("whsec_")?).ok()?;
    (!key.is_empty()).then_some(key)
}

/// The `webhook-signature` header value: one `v1,<sig>` per usable secret, space-separated.
pub fn sign(secrets: &[String], id: &str, timestamp: i64, body: &[u8]) -> String {
    secrets
        .iter()
        .filter_map(|s| secret_key(s))
        .map(|key| {
            let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes keys of any length");
            mac.update(format!("{id}.{timestamp}.").as_bytes());
            mac.update(body);
            format!("v1,{}", B64.encode(mac.finalize().into_bytes()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Longest `Retry-After` we honour; beyond it the normal backoff cap applies.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// `Retry-After` as delta-seconds or an HTTP date, relative to `now_ms`.
pub fn parse_retry_after(value: &str, now_ms: i64) -> Option<Duration> {
    let v = value.trim();
    let d = if let Ok(secs) = v.parse::<u64>() {
        Duration::from_secs(secs)
    } else {
        let at = chrono::DateTime::parse_from_rfc2822(v).ok()?.timestamp_millis();
        Duration::from_millis(at.saturating_sub(now_ms).max(0) as u64)
    };
    Some(d.min(MAX_RETRY_AFTER))
}

/// Posts one signed message. The timestamp is the attempt's (receivers reject stale ones); the id is the
/// delivery's, the same on every attempt.
pub async fn send(
    client: &reqwest::Client,
    url: &str,
    secrets: &[String],
    message_id: &str,
    payload: &serde_json::Value,
    now_ms: i64,
) -> Result<(), SendError> {
    let body = serde_json::to_vec(payload).map_err(|e| SendError::Permanent(format!("payload: {e}")))?;
    let timestamp = now_ms.div_euclid(1000);
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .header("webhook-id", message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", sign(secrets, message_id, timestamp, &body))
        .body(body)
        .send()
        .await
        // Connection refused, reset, timeout: the receiver may come back.
        .map_err(|e| SendError::Retry { error: format!("request failed: {}", without_url(&e)), retry_after: None })?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let retry_after = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, now_ms));
    let error = format!("HTTP {}", status.as_u16());
    match status.as_u16() {
        410 => Err(SendError::Gone(error)),
        // Client errors will not fix themselves, except these, which mean "later".
        408 | 409 | 425 | 429 => Err(SendError::Retry { error, retry_after }),
        400..=499 => Err(SendError::Permanent(error)),
        _ => Err(SendError::Retry { error, retry_after }),
    }
}

/// reqwest errors include the URL, which may carry a token in its query: keep it out of stored errors.
fn without_url(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    if let Some(u) = e.url() {
        s = s.replace(u.as_str(), "<endpoint>");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_standard_webhooks_reference_vector() {
        // From the Standard Webhooks reference libraries' test suite.
        let secrets = vec!["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".to_string()];
        let body = br#"{"test": 2432232314}"#;
        let sig = sign(&secrets, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn signs_with_every_secret_for_rotation() {
        let secrets =
            vec!["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw".into(), "whsec_c2Vjb25k".into(), "not-a-secret".into()];
        let sig = sign(&secrets, "msg_1", 1, b"{}");
        let parts: Vec<&str> = sig.split(' ').collect();
        assert_eq!(parts.len(), 2, "{sig}");
        assert!(parts.iter().all(|p| p.starts_with("v1,")) && parts[0] != parts[1]);
        assert_eq!(secret_key("whsec_"), None);
        assert_eq!(secret_key("whsec_c2Vjb25k").as_deref(), Some(&b"second"[..]));
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(parse_retry_after("120", 0), Some(Duration::from_secs(120)));
        let now = chrono::DateTime::parse_from_rfc2822("Wed, 25 Nov 2026 12:00:00 GMT").unwrap().timestamp_millis();
        assert_eq!(parse_retry_after("Wed, 25 Nov 2026 12:01:30 GMT", now), Some(Duration::from_secs(90)));
        assert_eq!(parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("99999999", 0), Some(MAX_RETRY_AFTER));
        assert_eq!(parse_retry_after("soon", 0), None);
    }
}
