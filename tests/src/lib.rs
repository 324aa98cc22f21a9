//! Harness for tipline's end-to-end tests: throwaway databases on both backends, an in-process
//! application on port 0, and the real `tipline` binary as a child process.
//!
//! PostgreSQL comes from `TIPLINE_TEST_PG` (default `postgres://postgres@127.0.0.1:5432/postgres`); the
//! test script starts a throwaway cluster when none is running. Every test runs on SQLite and PostgreSQL.
//!
//! Peers: [`webhook_receiver`] (signature-checking webhook endpoint), [`smtp`] (aiosmtpd), [`caller`]
//! (spoken tips, baresip calls), [`sipp`] (scenarios, an RTP tap) with [`pcap`] (the RTP sipp plays).

pub mod caller;
pub mod pcap;
pub mod sipp;
pub mod smtp;
pub mod webhook_receiver;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use gateway::auth::{self, Role};
use gateway::config::Config;
use gateway::db::Db;
use gateway::pipeline::Stage;
use gateway::Application;
use serde_json::Value;
use sqlx::Connection;
use tokio_util::sync::CancellationToken;

/// A database the test owns: a SQLite file in a temp dir, or a fresh PostgreSQL database.
pub struct TestDb {
    pub name: &'static str,
    pub url: String,
    pub data_dir: tempfile::TempDir,
    pg_name: Option<String>,
}

/// Models shared by the tests that need them (the Whisper model and the callers' voice prompts), obtained
/// once by tipline's own fetch code into the same cache the vision tests use.
pub fn shared_models() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = vision::default_models_dir();
        asr::fetch(&dir, asr::ModelChoice::parse("tiny.en").unwrap()).expect("fetching the Whisper model");
        gateway::telephony::prompts::generate(&dir).expect("generating voice prompts (espeak-ng, sox)");
        dir
    })
    .clone()
}

/// `config` with speech recognition and voice prompts from [`shared_models`].
pub fn with_speech(mut config: Config) -> Config {
    let dir = shared_models().display().to_string();
    config.asr.models_dir = dir.clone();
    config.vision.models_dir = dir;
    config
}

/// The demo town gazetteer shipped in `config/demo/`.
pub fn demo_town() -> PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../config/demo/town.geojson").canonicalize().expect("config/demo/town.geojson")
}

pub fn pg_server_url() -> String {
    std::env::var("TIPLINE_TEST_PG").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let data_dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", data_dir.path().join("tipline.db").display());
        TestDb { name: "sqlite", url, data_dir, pg_name: None }
    }

    pub async fn postgres() -> TestDb {
        sqlx::any::install_default_drivers();
        let server = pg_server_url();
        let mut admin = sqlx::AnyConnection::connect(&server).await.unwrap_or_else(|e| {
            panic!("PostgreSQL at {server} is not reachable ({e}); run the tests through scripts/test, which starts one")
        });
        let name = format!("tipline_t_{}", uuid::Uuid::new_v4().simple());
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await.unwrap();
        let mut url = url::Url::parse(&server).unwrap();
        url.set_path(&name);
        TestDb { name: "postgres", url: url.to_string(), data_dir: tempfile::tempdir().unwrap(), pg_name: Some(name) }
    }

    /// Both backends, SQLite first.
    pub async fn both() -> Vec<TestDb> {
        vec![TestDb::sqlite().await, TestDb::postgres().await]
    }

    pub async fn connect(&self) -> Db {
        Db::connect(&self.url, 4, Duration::from_secs(5)).await.unwrap()
    }

    /// A configuration for this database: port 0, fast polling, short leases, generous intake limits.
    pub fn config(&self) -> Config {
        let mut c = Config::default();
        c.server.listen = "127.0.0.1:0".into();
        c.server.shutdown_grace_s = 5;
        c.storage.data_dir = self.data_dir.path().to_path_buf();
        c.storage.database_url = self.url.clone();
        c.storage.connect_timeout_s = 5;
        c.pipeline.lease_s = 2;
        c.pipeline.poll_interval_ms = 50;
        c.pipeline.backoff_base_ms = 20;
        c.pipeline.backoff_max_ms = 100;
        c.intake.rate_per_minute = 60_000;
        c.intake.burst = 10_000;
        // Phone intake off unless a test asks for it: parallel tests must not fight over SIP ports.
        c.sip.listen = Vec::new();
        c.extract.gazetteer = demo_town();
        c
    }

    /// The same configuration as `TIPLINE__` environment variables, for the binary.
    pub fn env(&self) -> Vec<(String, String)> {
        let c = self.config();
        vec![
            ("TIPLINE__SERVER__LISTEN".into(), c.server.listen),
            ("TIPLINE__SERVER__SHUTDOWN_GRACE_S".into(), c.server.shutdown_grace_s.to_string()),
            ("TIPLINE__STORAGE__DATA_DIR".into(), c.storage.data_dir.display().to_string()),
            ("TIPLINE__STORAGE__DATABASE_URL".into(), c.storage.database_url),
            ("TIPLINE__PIPELINE__LEASE_S".into(), c.pipeline.lease_s.to_string()),
            ("TIPLINE__PIPELINE__POLL_INTERVAL_MS".into(), c.pipeline.poll_interval_ms.to_string()),
            ("TIPLINE__INTAKE__RATE_PER_MINUTE".into(), c.intake.rate_per_minute.to_string()),
            ("TIPLINE__INTAKE__BURST".into(), c.intake.burst.to_string()),
            ("TIPLINE__SIP__LISTEN".into(), "[]".into()),
            ("TIPLINE__EXTRACT__GAZETTEER".into(), c.extract.gazetteer.display().to_string()),
            ("TIPLINE__LOG__FORMAT".into(), "json".into()),
        ]
    }

    /// Drops the PostgreSQL database (the SQLite temp dir goes with `self`).
    pub async fn cleanup(self) {
        if let Some(name) = &self.pg_name {
            if let Ok(mut admin) = sqlx::AnyConnection::connect(&pg_server_url()).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin).await;
            }
        }
    }
}

/// An application running in this process.
pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub client: reqwest::Client,
    shutdown: CancellationToken,
    task: tokio::task::JoinHandle<Result<(), gateway::app::AppError>>,
}

impl TestApp {
    pub async fn start(config: Config) -> TestApp {
        let stages = gateway::app::default_stages(&config).expect("stages build");
        Self::start_with(config, stages).await
    }

    pub async fn start_with(config: Config, stages: Vec<Arc<dyn Stage>>) -> TestApp {
        let app = Application::build_with(config, stages).await.expect("application builds");
        let base = format!("http://{}", app.local_addr());
        let db = app.db().clone();
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(app.run(shutdown.clone()));
        TestApp { base, db, client: reqwest::Client::new(), shutdown, task }
    }

    pub async fn token(&self, role: Role) -> String {
        auth::create_token(&self.db, &format!("test-{role}"), role).await.unwrap()
    }

    pub async fn submit(&self, text: &str) -> Value {
        let r = self.client.post(format!("{}/api/v1/tips", self.base)).json(&serde_json::json!({ "text": text })).send().await.unwrap();
        assert_eq!(r.status(), 201, "submitting a tip");
        r.json().await.unwrap()
    }

    /// GETs `path` with `token`; returns the status and the JSON body (`Null` if not JSON).
    pub async fn get_json(&self, token: &str, path: &str) -> (u16, Value) {
        let r = self.client.get(format!("{}{path}", self.base)).bearer_auth(token).send().await.unwrap();
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    pub async fn get_tip(&self, token: &str, id: &str) -> Value {
        let (status, tip) = self.get_json(token, &format!("/api/v1/tips/{id}")).await;
        assert_eq!(status, 200);
        tip
    }

    /// Polls until the tip leaves `pending` (or 20 s pass) and returns it.
    pub async fn wait_final(&self, token: &str, id: &str) -> Value {
        for _ in 0..400 {
            let tip = self.get_tip(token, id).await;
            if tip["status"] != "pending" {
                return tip;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("tip {id} still pending after 20 s");
    }

    pub async fn stop(self) {
        self.shutdown.cancel();
        self.task.await.unwrap().unwrap();
    }
}

/// Path of the `tipline` binary built by `cargo build` (the test script builds it first).
pub fn tipline_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    // target/<profile>/deps/<test>-<hash> -> target/<profile>/tipline
    let path = exe.parent().unwrap().parent().unwrap().join("tipline");
    assert!(path.exists(), "{} not found: build it first (scripts/test does: cargo build --bin tipline)", path.display());
    path
}

/// The real binary running `serve`, with the address it reported.
pub struct Server {
    pub child: Child,
    pub base: String,
}

impl Server {
    /// Starts `tipline serve` with `env` and waits for its "listening" log line.
    pub fn start(env: &[(String, String)]) -> Server {
        Self::start_with(&[], env)
    }

    /// Like [`Server::start`], with global arguments such as `--config FILE` before `serve`.
    pub fn start_with(args: &[&str], env: &[(String, String)]) -> Server {
        let mut child = Command::new(tipline_bin())
            .args(args)
            .arg("serve")
            .envs(env.iter().cloned())
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if !sent {
                    if let Ok(v) = serde_json::from_str::<Value>(&line) {
                        if v["fields"]["message"] == "listening" {
                            let _ = tx.send(v["fields"]["address"].as_str().unwrap_or_default().to_owned());
                            sent = true;
                        }
                    }
                }
                // Keep draining so the child never blocks on a full pipe.
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(30)).expect("tipline serve reported its address");
        Server { child, base: format!("http://{addr}") }
    }

    pub fn kill9(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM, then the exit status.
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        self.child.wait().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs a `tipline` subcommand to completion with `env`; returns (exit code, stdout, stderr).
pub fn run_cli(args: &[&str], env: &[(String, String)]) -> (i32, String, String) {
    let out = Command::new(tipline_bin()).args(args).envs(env.iter().cloned()).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A PostgreSQL cluster of the test's own, which it can stop and start to simulate an outage.
pub struct PgCluster {
    dir: tempfile::TempDir,
    pub port: u16,
}

fn pg_tool(name: &str) -> PathBuf {
    if let Ok(out) = Command::new("sh").arg("-c").arg(format!("command -v {name}")).output() {
        let p = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        if !p.is_empty() {
            return PathBuf::from(p);
        }
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| d.filter_map(Result::ok).map(|e| e.path().join("bin").join(name)).filter(|p| p.exists()).collect())
        .unwrap_or_default();
    found.sort();
    found.pop().unwrap_or_else(|| panic!("{name} not found: scripts/setup installs PostgreSQL"))
}

/// Runs a PostgreSQL tool as the `postgres` user when we are root (initdb refuses root).
fn as_pg(tool: &str) -> Command {
    if unsafe { libc::geteuid() } == 0 {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(pg_tool(tool));
        c
    } else {
        Command::new(pg_tool(tool))
    }
}

impl PgCluster {
    pub fn start() -> PgCluster {
        let dir = tempfile::tempdir().unwrap();
        if unsafe { libc::geteuid() } == 0 {
            let status = Command::new("chown").arg("postgres").arg(dir.path()).status().unwrap();
            assert!(status.success());
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let out = as_pg("initdb")
            .arg("-D")
            .arg(dir.path().join("data"))
            .args(["-U", "postgres", "-A", "trust", "-E", "UTF8"])
            .output()
            .unwrap();
        assert!(out.status.success(), "initdb: {}", String::from_utf8_lossy(&out.stderr));
        let cluster = PgCluster { dir, port };
        cluster.resume();
        cluster
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    fn pg_ctl(&self, args: &[&str]) -> std::process::Output {
        as_pg("pg_ctl").arg("-D").arg(self.dir.path().join("data")).args(args).output().unwrap()
    }

    /// Starts (again) on the same port.
    pub fn resume(&self) {
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off", self.port, self.dir.path().display());
        let log = self.dir.path().join("log");
        let out = self.pg_ctl(&["-w", "-l", log.to_str().unwrap(), "-o", &options, "start"]);
        assert!(out.status.success(), "pg_ctl start: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Stops the server as an outage would: connections drop, new ones are refused.
    pub fn halt(&self) {
        let out = self.pg_ctl(&["-w", "-m", "immediate", "stop"]);
        assert!(out.status.success(), "pg_ctl stop: {}", String::from_utf8_lossy(&out.stderr));
    }
}

impl Drop for PgCluster {
    fn drop(&mut self) {
        let _ = self.pg_ctl(&["-m", "immediate", "stop"]);
    }
}

/// Polls `check` every 50 ms until it holds; fails the test after `secs` seconds.
pub async fn wait_for<F: std::future::Future<Output = bool>>(what: &str, secs: u64, mut check: impl FnMut() -> F) {
    let started = std::time::Instant::now();
    while !check().await {
        assert!(started.elapsed() < Duration::from_secs(secs), "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
