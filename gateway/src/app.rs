//! The composition root: builds storage, pipeline, workers and the HTTP server from a [`Config`], binds
//! the listener (port 0 in tests) and runs until shutdown, then drains.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::api::{self, AppState};
use crate::config::Config;
use crate::db::{redact_url, Db, StorageError};
use crate::pipeline::queue::RetryPolicy;
use crate::pipeline::worker::Workers;
use crate::pipeline::{stages, Pipeline, Stage};
use crate::privacy::{KeyFileError, SourceHasher};
use crate::ratelimit::RateLimiter;

/// Why the application could not start or stopped abnormally.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The database could not be reached or migrated.
    #[error("storage ({database}): {source}")]
    Storage { database: String, source: StorageError },
    /// The source-hash key file could not be read or created.
    #[error(transparent)]
    Key(#[from] KeyFileError),
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: String, source: std::io::Error },
    /// The HTTP server failed while running.
    #[error("server error: {0}")]
    Serve(std::io::Error),
    /// The gazetteer file could not be read or parsed.
    #[error("gazetteer {path}: {message}")]
    Gazetteer { path: String, message: String },
    /// Phone intake could not start.
    #[error(transparent)]
    Sip(#[from] crate::telephony::server::SipError),
}

/// The stages a tip goes through, in order.
pub fn default_stages(config: &Config) -> Result<Vec<Arc<dyn Stage>>, AppError> {
    let gazetteer = Arc::new(load_gazetteer(&config.extract.gazetteer)?);
    // The category model trains on first use (a fraction of a second): do it now, off the pipeline's path.
    std::thread::spawn(|| {
        correlate::extract::model::category_model();
    });
    let speech = Arc::new(stages::SpeechToText::new(config.asr.clone(), config.storage.data_dir.clone()));
    Ok(vec![
        Arc::new(stages::Transcribe { speech: Some(speech) }),
        Arc::new(stages::Extract { gazetteer }),
        Arc::new(stages::Correlate {
            params: config.correlate.join(),
            late_window: chrono::Duration::minutes(config.correlate.late_detection_window_min),
            detections: Arc::new(crate::detections::DetectionIndex::default()),
        }),
        Arc::new(stages::Route { alerts: Arc::new(config.alerts.clone()), grouping: config.correlate.grouping() }),
    ])
}

/// Reads a gazetteer: GeoJSON, or an OpenStreetMap extract (`.osm.pbf`, imported at each load); an empty
/// path gives an empty one (places found, none geocoded).
pub fn load_gazetteer(path: &std::path::Path) -> Result<correlate::Gazetteer, AppError> {
    if path.as_os_str().is_empty() {
        return Ok(correlate::GazetteerBuilder::new().build());
    }
    let err = |message: String| AppError::Gazetteer { path: path.display().to_string(), message };
    if is_osm_pbf(path) {
        let imported = import_osm(path)?;
        let mut builder = correlate::GazetteerBuilder::new().name(osm_extract_name(path));
        for feature in imported.features {
            builder.add(feature).map_err(|e| err(e.to_string()))?;
        }
        return Ok(builder.build());
    }
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    correlate::Gazetteer::from_geojson(&text).map_err(|e| err(e.to_string()))
}

/// Whether a gazetteer path names an OpenStreetMap PBF extract rather than GeoJSON.
pub fn is_osm_pbf(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("pbf"))
}

/// The extract's file name without `.osm.pbf`, as the gazetteer's name.
pub fn osm_extract_name(path: &std::path::Path) -> String {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let lower = file.to_ascii_lowercase();
    let cut = [".osm.pbf", ".pbf"].iter().find(|s| lower.ends_with(*s)).map_or(0, |s| s.len());
    file[..file.len() - cut].to_owned()
}

/// Reads an OpenStreetMap extract into gazetteer features (see `correlate::gazetteer::osm`).
pub fn import_osm(path: &std::path::Path) -> Result<correlate::gazetteer::osm::OsmImport, AppError> {
    let err = |message: String| AppError::Gazetteer { path: path.display().to_string(), message };
    let file = std::fs::File::open(path).map_err(|e| err(e.to_string()))?;
    correlate::gazetteer::osm::import(std::io::BufReader::new(file)).map_err(|e| err(e.to_string()))
}

/// Connects to the configured database (with the configured patience) and migrates it.
pub async fn connect_db(config: &Config) -> Result<Db, AppError> {
    let url = config.storage.effective_database_url();
    Db::connect(&url, config.storage.max_connections, Duration::from_secs(config.storage.connect_timeout_s))
        .await
        .map_err(|source| AppError::Storage { database: redact_url(&url), source })
}

/// The process-wide Prometheus recorder; installed once however many applications a process builds.
fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Fails only if another recorder is installed, in which case ours simply stays empty.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

pub struct Application {
    listener: tokio::net::TcpListener,
    state: AppState,
    workers: Workers,
}

/// Addresses the running application serves on, for logs and tests.
#[derive(Debug, Clone)]
pub struct Bound {
    pub http: SocketAddr,
    pub sip: Vec<(crate::config::SipTransport, SocketAddr)>,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, AppError> {
        let stages = default_stages(&config)?;
        Self::build_with(config, stages).await
    }

    /// As [`Application::build`], with the given stages (tests use this to exercise failure paths).
    pub async fn build_with(config: Config, stages: Vec<Arc<dyn Stage>>) -> Result<Self, AppError> {
        let db = connect_db(&config).await?;
        let hasher = SourceHasher::from_config(&config.privacy.source_hash_key, &config.storage.data_dir)?;
        let listener = tokio::net::TcpListener::bind(&config.server.listen)
            .await
            .map_err(|source| AppError::Bind { addr: config.server.listen.clone(), source })?;
        let pipeline = Pipeline::new(stages);
        // Calls cut off by a crash of the previous run go through the pipeline with what was recorded.
        let resumed = crate::tips::resume_interrupted_calls(&db, pipeline.first(), chrono::Utc::now())
            .await
            .map_err(|source| AppError::Storage { database: redact_url(&config.storage.effective_database_url()), source })?;
        if resumed > 0 {
            tracing::warn!(calls = resumed, "resumed calls interrupted by the previous shutdown or crash");
        }
        let wake = Arc::new(Notify::new());
        let p = &config.pipeline;
        let workers = Workers {
            db: db.clone(),
            pipeline: pipeline.clone(),
            policy: RetryPolicy { max_attempts: p.max_attempts as i64, base_ms: p.backoff_base_ms, max_ms: p.backoff_max_ms },
            lease: Duration::from_secs(p.lease_s),
            poll: Duration::from_millis(p.poll_interval_ms),
            grace: Duration::from_secs(config.server.shutdown_grace_s),
            wake: wake.clone(),
            node_id: uuid::Uuid::new_v4().to_string(),
        };
        let i = &config.intake;
        let state = AppState {
            db,
            limiter: Arc::new(RateLimiter::new(i.rate_per_minute, i.burst, i.max_sources_tracked)),
            config: Arc::new(config),
            pipeline,
            wake,
            hasher,
            metrics: metrics_handle(),
        };
        Ok(Self { listener, state, workers })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    pub fn db(&self) -> &Db {
        &self.state.db
    }

    /// Starts phone intake, then serves HTTP and runs the workers until `shutdown` is cancelled; then
    /// stops accepting, lets in-flight calls, requests and jobs finish within the grace period and
    /// releases the rest. `on_bound` learns the addresses once everything listens.
    pub async fn run(self, shutdown: CancellationToken) -> Result<(), AppError> {
        self.run_reporting(shutdown, |_| {}).await
    }

    pub async fn run_reporting(self, shutdown: CancellationToken, on_bound: impl FnOnce(Bound)) -> Result<(), AppError> {
        let grace = Duration::from_secs(self.state.config.server.shutdown_grace_s);
        let sip = if self.state.config.sip.listen.is_empty() {
            Vec::new()
        } else {
            let models = crate::cameras::models_dir(&self.state.config.vision, &self.state.config.storage.data_dir);
            let prompts = match crate::telephony::prompts::Prompts::load(&models) {
                Ok(p) => Some(Arc::new(p)),
                Err(e) => {
                    tracing::warn!(error = %e, "calls will have no voice prompts (run `tipline models fetch`)");
                    None
                }
            };
            let data_dir = &self.state.config.storage.data_dir;
            let engines = crate::speech::EnginePool::shared(&self.state.config.asr, data_dir);
            let live = crate::speech::LiveTranscription::new(engines.clone(), self.state.config.asr.live_sessions as usize, data_dir.clone());
            // Load the engines now, not on the first call (the same pool serves the transcribe stage).
            tokio::spawn(async move {
                if let Err(e) = engines.warm().await {
                    tracing::warn!(error = %e, "speech engines unavailable; calls will not be transcribed until the model is fetched");
                }
            });
            let ctx = crate::telephony::server::CallContext {
                prompts,
                db: self.state.db.clone(),
                data_dir: self.state.config.storage.data_dir.clone(),
                first_stage: self.state.pipeline.first(),
                wake: self.state.wake.clone(),
                hasher: self.state.hasher.clone(),
                live,
            };
            crate::telephony::server::start(self.state.config.sip.clone(), ctx, shutdown.child_token()).await?.addrs
        };
        on_bound(Bound { http: self.local_addr(), sip });
        let delivery = tokio::spawn(crate::alerts::deliver_loop(
            self.state.db.clone(),
            self.state.config.alerts.clone(),
            shutdown.child_token(),
        ));
        let sweeper = tokio::spawn(crate::alerts::lifecycle::sweep_loop(
            self.state.db.clone(),
            self.state.config.alerts.clone(),
            self.state.config.correlate.incident_resolve_after_s,
            shutdown.child_token(),
        ));
        let cameras = tokio::spawn(crate::cameras::run(
            self.state.config.vision.clone(),
            self.state.db.clone(),
            self.state.config.storage.data_dir.clone(),
            shutdown.child_token(),
        ));
        let workers = tokio::spawn(self.workers.run(self.state.config.pipeline.workers, shutdown.clone()));
        let app = api::router(self.state).into_make_service_with_connect_info::<SocketAddr>();
        let server = axum::serve(self.listener, app).with_graceful_shutdown(shutdown.clone().cancelled_owned());
        let served = async {
            match server.await {
                Ok(()) => Ok(()),
                Err(e) => Err(AppError::Serve(e)),
            }
        };
        tokio::pin!(served);
        // Connections that outlive the grace period are dropped rather than holding the process up.
        let result = tokio::select! {
            r = &mut served => r,
            _ = async { shutdown.cancelled().await; tokio::time::sleep(grace).await } => Ok(()),
        };
        shutdown.cancel();
        let _ = workers.await;
        let _ = cameras.await;
        let _ = delivery.await;
        let _ = sweeper.await;
        tracing::info!("stopped");
        result
    }
}

/// Cancels `token` on SIGINT or SIGTERM.
pub fn cancel_on_signals(token: CancellationToken) {
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
                .expect("SIGTERM handler can be installed");
            tokio::select! {
                _ = ctrl_c => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = ctrl_c.await;
        tracing::info!("shutdown requested; draining");
        token.cancel();
    });
}
