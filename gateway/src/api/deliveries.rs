//! The alert outbox for operators: list deliveries (dead letters included) and replay them, the API twin
//! of `tipline deliveries list|replay`.

use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use super::{authorise_and_audit, ApiError, ApiJson, AppState, Authenticated, Reason};
use crate::alerts::{self, ListFilter, Replay};
use crate::auth::Role;

const OPERATORS: &[Role] = &[Role::Admin];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    state: Option<String>,
    receiver: Option<String>,
    limit: Option<i64>,
}

pub async fn list(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Query(q): Query<ListQuery>,
) -> Result<impl IntoResponse, ApiError> {
    authorise_and_audit(&state, &auth, OPERATORS, &reason, "delivery.list", "*").await?;
    let filter = ListFilter {
        state: q.state.unwrap_or_default(),
        receiver: q.receiver.unwrap_or_default(),
        limit: q.limit.unwrap_or(100),
    };
    Ok(Json(json!({ "items": alerts::list(&state.db, &filter).await? })))
}

/// Exactly one of the fields.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplayRequest {
    id: Option<String>,
    receiver: Option<String>,
    #[serde(default)]
    all: bool,
}

pub async fn replay(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    body: Result<ApiJson<ReplayRequest>, ApiError>,
) -> Result<impl IntoResponse, ApiError> {
    // The role is checked before the body is looked at: a wrong token learns nothing about the format.
    auth.require(OPERATORS)?;
    let ApiJson(r) = body?;
    let which = match (r.id, r.receiver, r.all) {
        (Some(id), None, false) => Replay::One(id),
        (None, Some(receiver), false) => Replay::Receiver(receiver),
        (None, None, true) => Replay::All,
        _ => return Err(ApiError::invalid("give exactly one of id, receiver or all: true")),
    };
    let subject = match &which {
        Replay::One(id) => id.clone(),
        Replay::Receiver(r) => format!("receiver:{r}"),
        Replay::All => "*".into(),
    };
    authorise_and_audit(&state, &auth, OPERATORS, &reason, "delivery.replay", &subject).await?;
    let replayed = alerts::replay(&state.db, &which, crate::db::millis(chrono::Utc::now())).await?;
    Ok(Json(json!({ "replayed": replayed })))
}
