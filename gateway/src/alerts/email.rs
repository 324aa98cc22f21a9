//! Alert email over SMTP with lettre: a plain-text and an HTML part rendered from the delivery's payload.
//!
//! The payload is what the receiver may see (thin by default), so the email can never carry more than the
//! webhook would: no recording, no caller data, only what routing put in the outbox row.

use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::{SendError, SmtpConfig};

/// The transport for `[alerts.smtp]`; connections are pooled and reused across deliveries.
pub fn transport(c: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, SendError> {
    let builder = match c.security.as_str() {
        "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&c.host),
        "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&c.host),
        // Only for a relay on the same host or a test server: credentials would travel in clear.
        "none" => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&c.host)),
        other => return Err(SendError::Permanent(format!("unknown smtp security '{other}'"))),
    }
    .map_err(|e| SendError::Permanent(format!("smtp setup: {e}")))?;
    let mut builder = builder.port(c.port).timeout(Some(Duration::from_secs(c.timeout_s.max(1))));
    if !c.username.is_empty() {
        builder = builder.credentials(Credentials::new(c.username.clone(), c.password.clone()));
    }
    Ok(builder.build())
}

/// The subject, plain text and HTML of an alert email.
pub fn render(payload: &serde_json::Value) -> (String, String, String) {
    let data = &payload["data"];
    let s = |k: &str| data[k].as_str().unwrap_or("").to_string();
    let (priority, category, link) = (s("priority"), s("category").replace('_', " "), s("link"));
    if payload["type"] == "incident.resolved" {
        return render_resolved(data, &priority, &category);
    }
    let repeat = data["repeat"].as_i64().filter(|n| *n > 0);
    let subject = match repeat {
        Some(n) => format!("[tipline] REMINDER {n}: {} priority: {}", priority.to_uppercase(), category),
        None => format!("[tipline] {} priority: {}", priority.to_uppercase(), category),
    };
    let mut lines = Vec::new();
    if let Some(n) = repeat {
        lines.push(format!("Reminder {n}: this incident is still open and nobody has acknowledged it."));
    }
    lines.extend([
        format!("Priority: {priority}"),
        format!("Category: {category}"),
        format!("Tip: {}", s("tip_id")),
        format!("Time: {}", s("at")),
    ]);
    if let (Some(id), Some(n)) = (data["incident"]["id"].as_str(), data["incident"]["tips"].as_i64()) {
        lines.push(format!("Incident: {id} ({n} tip{})", if n == 1 { "" } else { "s" }));
    }
    if let (Some(lat), Some(lon)) = (data["location"]["lat"].as_f64(), data["location"]["lon"].as_f64()) {
        lines.push(format!("Area: {lat:.2}, {lon:.2} (about 1 km)"));
    }
    for (key, title) in [("reasons", "Why"), ("matches", "Camera matches"), ("agencies", "Agencies")] {
        if let Some(items) = data[key].as_array() {
            lines.push(format!("{title}:"));
            lines.extend(
                items.iter().map(|i| format!("  - {}", i.as_str().map(String::from).unwrap_or_else(|| i.to_string()))),
            );
        }
    }
    // Short lines keep the parts in 7bit, readable as they are in any mail client's source view.
    parts(subject, &lines, &link)
}

fn render_resolved(data: &serde_json::Value, priority: &str, category: &str) -> (String, String, String) {
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let subject = format!("[tipline] RESOLVED: {} priority: {}", priority.to_uppercase(), category);
    let how = match data["resolution"].as_str() {
        Some("quiet") => "no new tip for the configured quiet period",
        _ => "a dispatcher",
    };
    let lines = vec![
        format!("Incident: {}", s(&data["incident"]["id"])),
        format!("Resolved: {} (by {how})", s(&data["resolved_at"])),
        format!("Priority: {priority}"),
        format!("Category: {category}"),
    ];
    parts(subject, &lines, &s(&data["incident"]["link"]))
}

/// The subject, text and HTML parts of an email listing `lines` and a console link.
fn parts(subject: String, lines: &[String], link: &str) -> (String, String, String) {
    let link = link.to_string();
    let text = format!("{}\n\nDetails (sign-in required):\n{link}\n", lines.join("\n"));
    let html_lines: String = lines.iter().map(|l| format!("<li>{}</li>\n", escape(l))).collect();
    let html = format!(
        "<!doctype html>\n<html><body>\n<h2>{}</h2>\n<ul>\n{html_lines}</ul>\n<p><a href=\"{}\">Open in the console</a>\n(sign-in required)</p>\n</body></html>\n",
        escape(&subject),
        escape(&link)
    );
    (subject, text, html)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Sends one alert email. The delivery's message id becomes the Message-ID, so a retry after a lost
/// reply is recognisable as the same message.
pub async fn send(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &str,
    to: &[String],
    message_id: &str,
    payload: &serde_json::Value,
) -> Result<(), SendError> {
    let (subject, text, html) = render(payload);
    let from: Mailbox = from.parse().map_err(|e| SendError::Permanent(format!("from address: {e}")))?;
    let domain = from.email.domain().to_string();
    let mut builder =
        Message::builder().from(from).subject(subject).message_id(Some(format!("<{message_id}@{domain}>")));
    for addr in to {
        builder = builder.to(addr.parse().map_err(|e| SendError::Permanent(format!("to address: {e}")))?);
    }
    let message = builder
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(text))
                .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html)),
        )
        .map_err(|e| SendError::Permanent(format!("message: {e}")))?;
    match transport.send(message).await {
        Ok(_) => Ok(()),
        Err(e) if e.is_permanent() => Err(SendError::Permanent(format!("smtp: {e}"))),
        Err(e) => Err(SendError::Retry { error: format!("smtp: {e}"), retry_after: None }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_thin_payload_and_escapes_html() {
        let p = serde_json::json!({"type": "tip.alert", "data": {
            "tip_id": "t1", "priority": "high", "category": "suspicious_vehicle", "at": "2026-11-25T12:00:00Z",
            "location": {"lat": 45.42, "lon": -75.69}, "link": "http://console/tips/t1",
            "reasons": ["<script>alert(1)</script>"]}});
        let (subject, text, html) = render(&p);
        assert_eq!(subject, "[tipline] HIGH priority: suspicious vehicle");
        assert!(text.contains("Area: 45.42, -75.69") && text.contains("http://console/tips/t1"), "{text}");
        assert!(text.contains("  - <script>"), "{text}");
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"), "{html}");
    }

    #[test]
    fn repeats_and_resolved_notices_say_what_they_are() {
        let alert = serde_json::json!({"type": "tip.alert", "data": {
            "tip_id": "t1", "priority": "high", "category": "weapon", "at": "2026-11-25T12:00:00Z",
            "link": "http://console/tips/t1", "incident": {"id": "i1", "tips": 2, "link": "http://console/incidents/i1"}}});
        let (subject, text, _) = render(&super::super::repeat_payload(&alert, 2));
        assert_eq!(subject, "[tipline] REMINDER 2: HIGH priority: weapon");
        assert!(text.starts_with("Reminder 2: this incident is still open"), "{text}");
        let at = "2026-11-25T13:00:00Z".parse().unwrap();
        let resolved = super::super::resolved_payload(&alert, at, false);
        assert!(resolved["data"].get("tip_id").is_none(), "{resolved}");
        let (subject, text, html) = render(&resolved);
        assert_eq!(subject, "[tipline] RESOLVED: HIGH priority: weapon");
        assert!(text.contains("Incident: i1") && text.contains("quiet period"), "{text}");
        assert!(text.contains("http://console/incidents/i1") && html.contains("http://console/incidents/i1"), "{html}");
    }
}
