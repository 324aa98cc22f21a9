//! The HTTP API (axum): routes, shared state and the extractors that authenticate, authorise, rate-limit
//! and parse. Handlers live in [`tips`], [`incidents`], [`detections`], [`deliveries`] and [`ops`]; [`error`] maps every failure to a response.
//!
//! Who may call what (`tests/` checks this table against the OpenAPI document and the running server):
//!
//! | endpoint | roles |
//! |---|---|
//! | `POST /api/v1/tips`, `GET /api/v1/tips/{id}/followup` | public, rate-limited per source |
//! | `GET /api/v1/tips`, `GET /api/v1/tips/{id}`, `POST /api/v1/tips/{id}/retry` | admin, dispatcher |
//! | `GET /api/v1/incidents`, `GET /api/v1/incidents/{id}`, `POST /api/v1/incidents/{id}/ack`, `POST /api/v1/incidents/{id}/resolve` | admin, dispatcher |
//! | `POST /api/v1/detections` | ingest, admin |
//! | `GET /api/v1/deliveries`, `POST /api/v1/deliveries/replay` | admin |
//! | `GET /api/v1/audit/verify`, `GET /metrics` | admin |
//! | `GET /api/v1/openapi.json` | any valid token |
//! | `GET /healthz`, `GET /readyz` | public (probes; no data) |

pub mod deliveries;
pub mod detections;
pub mod error;
pub mod incidents;
pub mod ops;
pub mod tips;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequest, FromRequestParts};
use axum::http::request::Parts;
use axum::routing::{get, post};
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::sync::Notify;

pub use error::ApiError;

use crate::auth::{self, Principal, Role};
use crate::config::Config;
use crate::db::Db;
use crate::pipeline::Pipeline;
use crate::privacy::SourceHasher;
use crate::ratelimit::RateLimiter;

/// Everything handlers share. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub pipeline: Pipeline,
    pub wake: Arc<Notify>,
    pub limiter: Arc<RateLimiter>,
    pub hasher: SourceHasher,
    pub metrics: PrometheusHandle,
}

pub fn router(state: AppState) -> Router {
    let body_limit = state.config.intake.max_body_bytes;
    let api = Router::new()
        .route("/tips", post(tips::submit).get(tips::list))
        .route("/tips/{id}", get(tips::show))
        .route("/tips/{id}/retry", post(tips::retry))
        .route("/tips/{id}/followup", get(tips::followup))
        .route(
            "/detections",
            post(detections::ingest).layer(axum::extract::DefaultBodyLimit::max(detections::MAX_BATCH_BYTES)),
        )
        .route("/incidents", get(incidents::queue))
        .route("/incidents/{id}", get(incidents::show))
        .route("/incidents/{id}/ack", post(incidents::acknowledge))
        .route("/incidents/{id}/resolve", post(incidents::resolve))
        .route("/deliveries", get(deliveries::list))
        .route("/deliveries/replay", post(deliveries::replay))
        .route("/audit/verify", get(ops::audit_verify))
        .route("/openapi.json", get(ops::openapi));
    Router::new()
        .nest("/api/v1", api)
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .fallback(|| async { ApiError::not_found("route") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(axum::http::StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "method not allowed")
        })
        .layer(axum::extract::DefaultBodyLimit::max(body_limit))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            axum::response::IntoResponse::into_response(ApiError::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "internal error",
            ))
        }))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// A caller with a valid token. Rejects with 401 otherwise; handlers then check the role (403).
pub struct Authenticated(pub Principal);

impl Authenticated {
    /// 403 unless the principal holds one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<&Principal, ApiError> {
        if roles.contains(&self.0.role) {
            Ok(&self.0)
        } else {
            Err(ApiError::forbidden())
        }
    }
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(ApiError::unauthenticated)?;
        match auth::authenticate(&state.db, token.trim()).await? {
            Some(p) => Ok(Authenticated(p)),
            None => Err(ApiError::unauthenticated()),
        }
    }
}

/// Checks the caller's role, then writes the audit row for the access. Handlers call this before they
/// disclose or change anything, so nothing happens that the audit log does not show.
pub async fn authorise_and_audit(
    state: &AppState,
    auth: &Authenticated,
    roles: &[Role],
    reason: &Reason,
    action: &str,
    subject: &str,
) -> Result<(), ApiError> {
    let who = auth.require(roles)?;
    crate::audit::record(&state.db, crate::audit::Entry { actor: &who.actor(), action, subject, reason: &reason.0 }).await?;
    Ok(())
}

/// The audit reason a caller gives in the `Tipline-Reason` header (bounded; "(none given)" if absent).
pub struct Reason(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Reason {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let reason = match parts.headers.get("tipline-reason") {
            None => "(none given)".to_owned(),
            Some(v) => v.to_str().map_err(|_| ApiError::invalid("Tipline-Reason must be visible ASCII"))?.trim().to_owned(),
        };
        if reason.chars().count() > 500 {
            return Err(ApiError::invalid("Tipline-Reason is longer than 500 characters"));
        }
        Ok(Reason(reason))
    }
}

/// A public caller that passed its per-source rate limit. Holds the keyed hash of its source.
pub struct PublicSource(pub String);

impl FromRequestParts<AppState> for PublicSource {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string());
        let forwarded = state
            .config
            .intake
            .trust_forwarded_for
            .then(|| parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
            .flatten()
            .and_then(|v| v.split(',').next())
            .map(|s| s.trim().to_owned());
        let source = forwarded.or(peer).unwrap_or_else(|| "unknown".into());
        let key = state.hasher.hash("http-source", &source);
        if let Err(wait) = state.limiter.check(&key, Instant::now()) {
            metrics::counter!("tipline_public_requests_throttled_total").increment(1);
            return Err(ApiError::rate_limited(wait.as_secs_f64().ceil() as u64));
        }
        Ok(PublicSource(key))
    }
}

/// `axum::Json` whose rejections become [`ApiError`]s with stable codes.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);
