//! Operational endpoints: probes, metrics, the audit chain check and the OpenAPI document.

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use serde_json::json;

use super::{authorise_and_audit, ApiError, AppState, Authenticated, Reason};
use crate::audit;
use crate::auth::Role;

/// The OpenAPI 3.1 document, kept beside the routes it describes (a test checks they agree).
pub const OPENAPI: &str = include_str!("openapi.json");

/// Liveness: the process answers. No dependencies checked, no data returned.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// Readiness: the database answers. Load balancers stop sending tips here while it does not.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match tokio::time::timeout(std::time::Duration::from_secs(2), state.db.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, Json(json!({ "status": "ready" }))),
        _ => (StatusCode::SERVICE_UNAVAILABLE, Json(json!({ "status": "storage_unavailable" }))),
    }
}

pub async fn metrics(State(state): State<AppState>, auth: Authenticated) -> Result<impl IntoResponse, ApiError> {
    auth.require(&[Role::Admin])?;
    Ok(([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], state.metrics.render()))
}

pub async fn openapi(auth: Authenticated) -> impl IntoResponse {
    // Any valid token: the document holds no data, but the API surface is not advertised anonymously.
    let _ = auth;
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}

pub async fn audit_verify(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
) -> Result<impl IntoResponse, ApiError> {
    auth.require(&[Role::Admin])?;
    // Verify before recording this access, so the verdict is about the chain as it was found.
    let verdict = audit::verify(&state.db).await?;
    authorise_and_audit(&state, &auth, &[Role::Admin], &reason, "audit.verify", "audit_log").await?;
    Ok(Json(match verdict {
        audit::Verdict::Intact { rows, head } => json!({ "intact": true, "rows": rows, "head": head }),
        audit::Verdict::Broken { at_seq, problem } => json!({ "intact": false, "at_seq": at_seq, "problem": problem }),
    }))
}
