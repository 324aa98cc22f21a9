//! The dispatcher queue: incidents, most urgent first, each with its tips, their camera matches and why
//! they were grouped; acknowledging an incident (which stops its repeats) and resolving it (which also
//! closes it to new tips). Every read and change is audited.

use axum::extract::{Path, Query, State};
use axum::response::IntoResponse;
use axum::Json;
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;

use super::{authorise_and_audit, ApiError, AppState, Authenticated, Reason};
use crate::alerts::lifecycle;
use crate::auth::Role;
use crate::incidents;

const DISPATCH: &[Role] = &[Role::Admin, Role::Dispatcher];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueQuery {
    /// Include incidents a dispatcher already took.
    #[serde(default)]
    all: bool,
    limit: Option<u32>,
}

pub async fn queue(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Query(q): Query<QueueQuery>,
) -> Result<impl IntoResponse, ApiError> {
    authorise_and_audit(&state, &auth, DISPATCH, &reason, "incident.list", "*").await?;
    let items = incidents::queue(&state.db, q.all, q.limit.unwrap_or(100)).await?;
    Ok(Json(json!({ "items": items })))
}

fn parse_id(id: &str) -> Result<String, ApiError> {
    id.parse::<uuid::Uuid>().map(|u| u.to_string()).map_err(|_| ApiError::not_found("incident"))
}

pub async fn show(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id)?;
    authorise_and_audit(&state, &auth, DISPATCH, &reason, "incident.read", &id).await?;
    let (summary, members) = incidents::load(&state.db, &id).await?.ok_or_else(|| ApiError::not_found("incident"))?;
    let mut tips = Vec::with_capacity(members.len());
    for m in members {
        let tip: correlate::TipId = m.tip_id.parse().map_err(|_| ApiError::not_found("tip"))?;
        let outputs = crate::tips::outputs(&state.db, tip).await?;
        let analysis = outputs.get("extract");
        // What the dispatcher needs to triage; the tip's own text is one audited click away (/tips/{id}).
        tips.push(json!({
            "tip_id": m.tip_id,
            "added_at": m.added_at,
            "why_grouped": m.reasons,
            "category": analysis.map(|a| a["category"].clone()),
            "priority": analysis.map(|a| a["priority"].clone()),
            "reasons": analysis.map(|a| a["reasons"].clone()),
            "places": analysis.and_then(|a| a["places"].as_array()).map(|ps| {
                ps.iter().map(|p| json!({"text": p["text"], "location": p["location"], "radius_m": p["radius_m"]})).collect::<Vec<_>>()
            }),
            "matches": outputs.get("correlate").map(|c| c["matches"].clone()),
        }));
    }
    let mut body = serde_json::to_value(summary).expect("plain data");
    body["tips"] = json!(tips);
    Ok(Json(body))
}

pub async fn acknowledge(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id)?;
    authorise_and_audit(&state, &auth, DISPATCH, &reason, "incident.acknowledge", &id).await?;
    if !lifecycle::acknowledge(&state.db, &id, &auth.0.actor(), Utc::now()).await? {
        return Err(ApiError::not_found("incident"));
    }
    summary_of(&state, &id).await
}

/// Resolving twice keeps the first resolution and answers with it, like acknowledging.
pub async fn resolve(
    State(state): State<AppState>,
    auth: Authenticated,
    reason: Reason,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = parse_id(&id)?;
    authorise_and_audit(&state, &auth, DISPATCH, &reason, "incident.resolve", &id).await?;
    if lifecycle::resolve(&state.db, &id, &auth.0.actor(), Utc::now()).await? == incidents::Resolved::NoSuchIncident {
        return Err(ApiError::not_found("incident"));
    }
    summary_of(&state, &id).await
}

/// The incident as it now stands, the answer to a change of its state.
async fn summary_of(state: &AppState, id: &str) -> Result<Json<incidents::Summary>, ApiError> {
    let (summary, _) = incidents::load(&state.db, id).await?.ok_or_else(|| ApiError::not_found("incident"))?;
    Ok(Json(summary))
}
