//! Typed configuration: built-in defaults (identical to the shipped `config/tipline.toml`), then the file
//! given by `--config`, then `TIPLINE__SECTION__KEY` environment variables.
//!
//! There are no optional keys: TOML has no null, so "unset" is an empty string where it matters. That keeps
//! the default tree complete, which is how unknown keys are found (every key not in it is a typo).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::providers::{Format, Serialized, Toml};
use figment::value::{Dict, Value};
use figment::Figment;
use serde::{Deserialize, Serialize};

/// Environment variables with this prefix override config keys; `__` separates section and key.
pub const ENV_PREFIX: &str = "TIPLINE__";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Config {
    pub server: ServerConfig,
    pub storage: StorageConfig,
    pub pipeline: PipelineConfig,
    pub intake: IntakeConfig,
    pub privacy: PrivacyConfig,
    pub sip: SipConfig,
    pub asr: asr::AsrConfig,
    pub extract: ExtractConfig,
    pub correlate: CorrelateConfig,
    pub vision: vision::VisionConfig,
    pub alerts: crate::alerts::AlertsConfig,
    pub log: LogConfig,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ServerConfig {
    pub listen: String,
    pub public_url: String,
    pub shutdown_grace_s: u64,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self { listen: "127.0.0.1:8080".into(), public_url: String::new(), shutdown_grace_s: 20 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StorageConfig {
    pub data_dir: PathBuf,
    pub database_url: String,
    pub connect_timeout_s: u64,
    pub max_connections: u32,
}

impl Default for StorageConfig {
    fn default() -> Self {
        Self { data_dir: "data".into(), database_url: String::new(), connect_timeout_s: 30, max_connections: 8 }
    }
}

impl StorageConfig {
    /// The configured URL, or the embedded SQLite file in the data directory.
    pub fn effective_database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!("sqlite://{}?mode=rwc", self.data_dir.join("tipline.db").display())
        } else {
            self.database_url.clone()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PipelineConfig {
    pub workers: u32,
    pub lease_s: u64,
    pub max_attempts: u32,
    pub backoff_base_ms: u64,
    pub backoff_max_ms: u64,
    pub poll_interval_ms: u64,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        Self {
            workers: 2,
            lease_s: 60,
            max_attempts: 5,
            backoff_base_ms: 1_000,
            backoff_max_ms: 300_000,
            poll_interval_ms: 500,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntakeConfig {
    pub max_body_bytes: usize,
    pub max_text_chars: usize,
    pub rate_per_minute: u32,
    pub burst: u32,
    pub max_sources_tracked: usize,
    pub trust_forwarded_for: bool,
}

impl Default for IntakeConfig {
    fn default() -> Self {
        Self {
            max_body_bytes: 16 * 1024,
            max_text_chars: 5_000,
            rate_per_minute: 6,
            burst: 5,
            max_sources_tracked: 100_000,
            trust_forwarded_for: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PrivacyConfig {
    /// Secret key for hashing sources; never logged. Empty: generated once into the data directory.
    pub source_hash_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct ExtractConfig {
    /// GeoJSON gazetteer of the agency's area. Empty: places are extracted but not geocoded.
    pub gazetteer: PathBuf,
}

/// `[correlate]`: joining tips with camera detections, and grouping tips into incidents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CorrelateConfig {
    pub camera_reach_m: f64,
    pub time_slack_min: i64,
    pub min_score: f32,
    pub max_matches: usize,
    pub late_detection_window_min: i64,
    pub incident_radius_m: f64,
    pub incident_vehicle_radius_m: f64,
    pub incident_time_gap_min: i64,
    pub incident_plate_window_h: i64,
    /// An unresolved incident no new tip joined for this long resolves by itself; 0: never.
    pub incident_resolve_after_s: u64,
}

impl Default for CorrelateConfig {
    fn default() -> Self {
        let (j, g) = (correlate::JoinParams::default(), correlate::grouping::GroupingParams::default());
        Self {
            camera_reach_m: j.camera_reach_m,
            time_slack_min: j.time_slack.num_minutes(),
            min_score: j.min_score,
            max_matches: j.max_matches,
            late_detection_window_min: 60,
            incident_radius_m: g.radius_m,
            incident_vehicle_radius_m: g.vehicle_radius_m,
            incident_time_gap_min: g.time_gap.num_minutes(),
            incident_plate_window_h: g.plate_window.num_hours(),
            incident_resolve_after_s: 0,
        }
    }
}

impl CorrelateConfig {
    pub fn join(&self) -> correlate::JoinParams {
        correlate::JoinParams {
            camera_reach_m: self.camera_reach_m,
            time_slack: chrono::Duration::minutes(self.time_slack_min),
            min_score: self.min_score,
            max_matches: self.max_matches,
        }
    }

    pub fn grouping(&self) -> correlate::grouping::GroupingParams {
        correlate::grouping::GroupingParams {
            radius_m: self.incident_radius_m,
            vehicle_radius_m: self.incident_vehicle_radius_m,
            time_gap: chrono::Duration::minutes(self.incident_time_gap_min),
            plate_window: chrono::Duration::hours(self.incident_plate_window_h),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SipConfig {
    pub listen: Vec<String>,
    pub tls_certificate: String,
    pub tls_private_key: String,
    pub media_address: String,
    pub max_calls: u32,
    pub invites_per_minute: u32,
    pub max_call_s: u64,
    pub silence_timeout_s: u64,
    pub jitter_delay_ms: u64,
    pub keep_caller_id: bool,
    /// Take Opus over G.711 when a caller offers both: wideband audio (better transcripts) for more CPU.
    pub prefer_opus: bool,
}

impl Default for SipConfig {
    fn default() -> Self {
        Self {
            listen: vec!["udp:127.0.0.1:5060".into(), "tcp:127.0.0.1:5060".into()],
            tls_certificate: String::new(),
            tls_private_key: String::new(),
            media_address: String::new(),
            max_calls: 50,
            invites_per_minute: 10,
            max_call_s: 600,
            silence_timeout_s: 20,
            jitter_delay_ms: 60,
            keep_caller_id: false,
            prefer_opus: true,
        }
    }
}

impl SipConfig {
    /// Parses `transport:ip:port` listen entries.
    pub fn listeners(&self) -> Result<Vec<(SipTransport, SocketAddr)>, String> {
        self.listen
            .iter()
            .map(|entry| {
                let (transport, addr) = entry.split_once(':').ok_or_else(|| format!("`{entry}` is not transport:ip:port"))?;
                let transport = match transport {
                    "udp" => SipTransport::Udp,
                    "tcp" => SipTransport::Tcp,
                    "tls" => SipTransport::Tls,
                    other => return Err(format!("`{other}` is not udp, tcp or tls")),
                };
                let addr = addr.parse().map_err(|_| format!("`{addr}` is not an ip:port address"))?;
                Ok((transport, addr))
            })
            .collect()
    }
}

/// A SIP listener's transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SipTransport {
    Udp,
    Tcp,
    Tls,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LogConfig {
    pub level: String,
    pub format: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        Self { level: "info".into(), format: "text".into() }
    }
}

/// One thing wrong with the configuration, tied to the key that holds it: the same type the `[vision]`
/// section reports its own problems with.
pub use vision::config::Problem;

/// The configuration could not be used; every problem found is listed.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration:\n{}", .problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
pub struct ConfigError {
    pub problems: Vec<Problem>,
}

impl Config {
    /// Defaults, then `file` (if any), then the process environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        Self::load_from(file, std::env::vars())
    }

    fn load_from(file: Option<&Path>, env: impl IntoIterator<Item = (String, String)>) -> Result<Config, ConfigError> {
        let mut problems = Vec::new();
        let mut figment = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.is_file() {
                return Err(ConfigError {
                    problems: vec![Problem { key: "--config".into(), message: format!("no such file: {}", path.display()) }],
                });
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        let figment = figment.merge(Serialized::defaults(env_overrides(env)));

        match figment.extract::<Value>() {
            Ok(Value::Dict(_, merged)) => {
                let Value::Dict(_, known) = Value::serialize(Config::default()).expect("defaults serialise") else {
                    unreachable!("a struct serialises to a dict")
                };
                unknown_keys("", &merged, &known, &mut problems);
            }
            Ok(_) => {}
            Err(e) => problems.extend(figment_problems(e)),
        }
        if !problems.is_empty() {
            return Err(ConfigError { problems });
        }
        let config: Config = figment.extract().map_err(|e| ConfigError { problems: figment_problems(e) })?;
        config.validate()?;
        Ok(config)
    }

    /// Range and format checks that types alone cannot express; collects every problem.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut p = Vec::new();
        let mut bad = |key: &str, message: String| p.push(Problem { key: key.into(), message });

        if self.server.listen.parse::<SocketAddr>().is_err() {
            bad("server.listen", format!("`{}` is not an IP:port address", self.server.listen));
        }
        if !self.server.public_url.is_empty() && url::Url::parse(&self.server.public_url).is_err() {
            bad("server.public_url", "must be empty or an absolute URL".into());
        }
        if self.storage.data_dir.as_os_str().is_empty() {
            bad("storage.data_dir", "must not be empty".into());
        }
        let url = &self.storage.database_url;
        if !url.is_empty() && !["sqlite:", "postgres:", "postgresql:"].iter().any(|s| url.starts_with(s)) {
            bad("storage.database_url", "must be empty (embedded SQLite), sqlite:// or postgres://".into());
        }
        if self.storage.max_connections == 0 {
            bad("storage.max_connections", "must be at least 1".into());
        }
        if !(1..=256).contains(&self.pipeline.workers) {
            bad("pipeline.workers", format!("{} is outside 1..=256", self.pipeline.workers));
        }
        if self.pipeline.lease_s == 0 {
            bad("pipeline.lease_s", "must be at least 1".into());
        }
        if self.pipeline.max_attempts == 0 {
            bad("pipeline.max_attempts", "must be at least 1".into());
        }
        if self.pipeline.backoff_base_ms > self.pipeline.backoff_max_ms {
            bad("pipeline.backoff_base_ms", "must not exceed pipeline.backoff_max_ms".into());
        }
        if self.pipeline.poll_interval_ms == 0 {
            bad("pipeline.poll_interval_ms", "must be at least 1".into());
        }
        let c = &self.correlate;
        for (key, v, max) in [
            ("correlate.camera_reach_m", c.camera_reach_m, 10_000.0),
            ("correlate.incident_radius_m", c.incident_radius_m, 10_000.0),
            ("correlate.incident_vehicle_radius_m", c.incident_vehicle_radius_m, 100_000.0),
        ] {
            if !(v > 0.0 && v <= max) {
                bad(key, format!("{v} is outside (0, {max}] metres"));
            }
        }
        for (key, v, max) in [
            ("correlate.time_slack_min", c.time_slack_min, 24 * 60),
            ("correlate.late_detection_window_min", c.late_detection_window_min, 7 * 24 * 60),
            ("correlate.incident_time_gap_min", c.incident_time_gap_min, 7 * 24 * 60),
            ("correlate.incident_plate_window_h", c.incident_plate_window_h, 24 * 30),
        ] {
            if !(0..=max).contains(&v) {
                bad(key, format!("{v} is outside 0..={max}"));
            }
        }
        if c.incident_resolve_after_s > 366 * 24 * 3600 {
            bad("correlate.incident_resolve_after_s", format!("{} is more than a year", c.incident_resolve_after_s));
        }
        if !(0.0..=1.0).contains(&c.min_score) {
            bad("correlate.min_score", format!("{} is outside 0..=1", c.min_score));
        }
        if c.max_matches == 0 {
            bad("correlate.max_matches", "must be at least 1".into());
        }
        if !(256..=1024 * 1024).contains(&self.intake.max_body_bytes) {
            bad("intake.max_body_bytes", format!("{} is outside 256..=1048576", self.intake.max_body_bytes));
        }
        if self.intake.max_text_chars == 0 {
            bad("intake.max_text_chars", "must be at least 1".into());
        }
        if self.intake.rate_per_minute == 0 {
            bad("intake.rate_per_minute", "must be at least 1".into());
        }
        if self.intake.burst == 0 {
            bad("intake.burst", "must be at least 1".into());
        }
        if self.intake.max_sources_tracked == 0 {
            bad("intake.max_sources_tracked", "must be at least 1".into());
        }
        if !self.privacy.source_hash_key.is_empty() && self.privacy.source_hash_key.len() < 32 {
            bad("privacy.source_hash_key", "must be empty (generated) or at least 32 characters".into());
        }
        match self.sip.listeners() {
            Err(e) => bad("sip.listen", e),
            Ok(l) => {
                let tls = l.iter().any(|(t, _)| *t == SipTransport::Tls);
                if tls && (self.sip.tls_certificate.is_empty() || self.sip.tls_private_key.is_empty()) {
                    bad("sip.tls_certificate", "a tls: listener needs sip.tls_certificate and sip.tls_private_key".into());
                }
            }
        }
        if !self.sip.media_address.is_empty() && self.sip.media_address.parse::<std::net::IpAddr>().is_err() {
            bad("sip.media_address", "must be empty (the listen address) or an IP address".into());
        }
        for (key, value) in [("sip.max_calls", self.sip.max_calls as u64), ("sip.invites_per_minute", self.sip.invites_per_minute as u64), ("sip.max_call_s", self.sip.max_call_s), ("sip.silence_timeout_s", self.sip.silence_timeout_s)] {
            if value == 0 {
                bad(key, "must be at least 1".into());
            }
        }
        let g = &self.extract.gazetteer;
        if !g.as_os_str().is_empty() && !g.is_file() {
            bad("extract.gazetteer", format!("no such file: {}", g.display()));
        }
        if let Err(e) = self.asr.validate() {
            bad("asr", e.to_string());
        }
        for (key, message) in self.alerts.validate() {
            bad(&key, message);
        }
        for problem in self.vision.validate() {
            bad(&problem.key, problem.message);
        }
        if tracing_subscriber::EnvFilter::try_new(&self.log.level).is_err() {
            bad("log.level", format!("`{}` is not a level or filter directive", self.log.level));
        }
        if !["text", "json"].contains(&self.log.format.as_str()) {
            bad("log.format", format!("`{}` must be `text` or `json`", self.log.format));
        }
        if p.is_empty() {
            Ok(())
        } else {
            Err(ConfigError { problems: p })
        }
    }
}

fn unknown_keys(prefix: &str, given: &Dict, known: &Dict, out: &mut Vec<Problem>) {
    for (key, value) in given {
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
        match (known.get(key), value) {
            (None, _) => out.push(Problem { key: path, message: "unknown key".into() }),
            (Some(Value::Dict(_, k)), Value::Dict(_, g)) => unknown_keys(&path, g, k, out),
            _ => {}
        }
    }
}

/// `TIPLINE__PIPELINE__WORKERS=4` becomes `{pipeline: {workers: 4}}`; values parse as TOML scalars would
/// (numbers, booleans), anything else stays a string.
fn env_overrides(vars: impl IntoIterator<Item = (String, String)>) -> Dict {
    let mut root = Dict::new();
    for (name, raw) in vars {
        let Some(rest) = name.strip_prefix(ENV_PREFIX) else { continue };
        let path: Vec<String> = rest.split("__").map(str::to_ascii_lowercase).collect();
        if path.iter().any(String::is_empty) {
            continue;
        }
        let value: Value = raw.parse().unwrap_or_else(|_| Value::from(raw.clone()));
        let mut dict = &mut root;
        for part in &path[..path.len() - 1] {
            let entry = dict.entry(part.clone()).or_insert_with(|| Value::from(Dict::new()));
            if !matches!(entry, Value::Dict(..)) {
                *entry = Value::from(Dict::new());
            }
            let Value::Dict(_, inner) = entry else { unreachable!() };
            dict = inner;
        }
        dict.insert(path[path.len() - 1].clone(), value);
    }
    root
}

fn figment_problems(error: figment::Error) -> Vec<Problem> {
    error
        .into_iter()
        .map(|e| {
            let key = if e.path.is_empty() { "(config)".to_owned() } else { e.path.join(".") };
            Problem { key, message: e.kind.to_string() }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/tipline.toml")
    }

    fn load_with(file: &str, env: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let dir = std::env::temp_dir().join(format!("tipline-config-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.toml");
        std::fs::write(&path, file).unwrap();
        let vars = env.iter().map(|(k, v)| (k.to_string(), v.to_string()));
        let result = Config::load_from(Some(&path), vars);
        let _ = std::fs::remove_dir_all(dir);
        result
    }

    #[test]
    fn shipped_file_documents_exactly_the_defaults() {
        let from_file: Config = Figment::new().merge(Toml::file_exact(shipped())).extract().unwrap();
        assert_eq!(from_file, Config::default());
        let text = std::fs::read_to_string(shipped()).unwrap();
        let Value::Dict(_, tree) = Value::serialize(Config::default()).unwrap() else { unreachable!() };
        // Each key (or nested table header) is preceded by a comment line documenting it.
        fn check(text: &str, prefix: &str, tree: &Dict) {
            let lines: Vec<&str> = text.lines().collect();
            for (key, value) in tree {
                let path = format!("{prefix}{key}");
                let wanted = match value {
                    Value::Dict(_, inner) if !prefix.is_empty() => {
                        check(text, &format!("{path}."), inner);
                        format!("[{path}]")
                    }
                    Value::Dict(_, inner) => {
                        check(text, &format!("{path}."), inner);
                        continue;
                    }
                    _ => format!("{key} ="),
                };
                let section = prefix.trim_end_matches('.');
                let start = lines.iter().position(|l| *l == format!("[{section}]")).unwrap_or(0);
                let line = (start..lines.len())
                    .find(|&i| lines[i].starts_with(&wanted))
                    .unwrap_or_else(|| panic!("{path} missing from config/tipline.toml"));
                assert!(lines[line - 1].starts_with('#'), "{path} has no comment above it");
            }
        }
        check(&text, "", &tree);
    }

    #[test]
    fn file_and_environment_override_defaults_in_that_order() {
        let c = load_with("[pipeline]\nworkers = 3\nlease_s = 9\n", &[("TIPLINE__PIPELINE__LEASE_S", "7")]).unwrap();
        assert_eq!(c.pipeline.workers, 3);
        assert_eq!(c.pipeline.lease_s, 7);
        assert_eq!(c.intake, IntakeConfig::default());
    }

    #[test]
    fn reports_every_problem_with_its_key() {
        let err = load_with(
            "[server]\nlisten = \"nowhere\"\n[pipeline]\nworkers = 0\n[log]\nformat = \"xml\"\n",
            &[("TIPLINE__INTAKE__BURST", "0")],
        )
        .unwrap_err();
        let keys: Vec<_> = err.problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["server.listen", "pipeline.workers", "intake.burst", "log.format"]);
    }

    #[test]
    fn lists_come_from_the_environment_too() {
        let c = load_with("", &[("TIPLINE__SIP__LISTEN", "[]")]).unwrap();
        assert!(c.sip.listen.is_empty());
        let c = load_with("", &[("TIPLINE__SIP__LISTEN", "[udp:127.0.0.1:5070]")]).unwrap();
        assert_eq!(c.sip.listeners().unwrap().len(), 1);
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_named() {
        let err = load_with("[pipeline]\nworkerz = 2\n[nosuch]\nx = 1\n", &[("TIPLINE__LOG__COLOUR", "red")]).unwrap_err();
        let keys: Vec<_> = err.problems.iter().map(|p| p.key.as_str()).collect();
        assert!(keys.contains(&"pipeline.workerz") && keys.contains(&"nosuch") && keys.contains(&"log.colour"), "{keys:?}");

        let err = load_with("[pipeline]\nworkers = \"many\"\n", &[]).unwrap_err();
        assert_eq!(err.problems[0].key, "pipeline.workers");
    }

    #[test]
    fn secrets_do_not_appear_in_debug_output_of_problems() {
        let err = load_with("[privacy]\nsource_hash_key = \"short-secret\"\n", &[]).unwrap_err();
        assert_eq!(err.problems[0].key, "privacy.source_hash_key");
        assert!(!err.to_string().contains("short-secret"));
    }
}
