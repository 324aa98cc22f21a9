//! The tipline gateway: everything that touches the outside world of people. Intake, storage, the
//! durable pipeline, the authenticated HTTP API, audit, and the `tipline` command line.
//!
//! # Layout
//! - [`config`]: typed configuration with file and environment layers and full validation.
//! - [`db`]: the sqlx pool over SQLite or PostgreSQL and the shared migrations.
//! - [`tips`]: tip intake (tip and first job in one transaction), loading and listing.
//! - [`detections`]: camera detection events, upserted by source and event id.
//! - [`cameras`]: runs the camera registry and the Frigate adapter into detection storage.
//! - [`incidents`]: grouping tips into incidents; the dispatcher queue.
//! - [`watch`]: late camera events re-run the correlation of tips still open to them.
//! - [`pipeline`]: stages, the job queue with leases and retries, and the workers.
//! - [`auth`]: hashed API tokens and roles.
//! - [`audit`]: the append-only, hash-chained audit log.
//! - [`privacy`]: keyed hashing of sources; [`ratelimit`]: per-source token buckets.
//! - [`api`]: the axum routes, extractors and error mapping.
//! - [`telephony`]: phone intake: the SIP server, calls, recordings and prompts, on the `telephony` crate.
//! - [`speech`]: the shared Whisper engines and live transcription of calls.
//! - [`app`]: the composition root (`Application::build`, `run`); [`cli`] and [`demo`]: the commands.

pub mod alerts;
pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod cameras;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod detections;
pub mod incidents;
pub mod pipeline;
pub mod privacy;
pub mod ratelimit;
pub mod speech;
pub mod telemetry;
pub mod telephony;
pub mod tips;
pub mod watch;

pub use app::Application;
pub use config::Config;
