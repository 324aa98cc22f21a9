//! The database: one sqlx `Any` pool over SQLite (embedded default) or PostgreSQL, one set of migrations.
//!
//! Both dialects share SQL except where noted at the call site (`FOR UPDATE SKIP LOCKED`).

use std::time::{Duration, Instant};

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Executor};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// Which SQL dialect the pool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// Storage failures, split by what the caller can do about them.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The database cannot be reached or timed out; the operation may succeed later.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The database answered with an error; a bug or a schema problem.
    #[error("database error: {0}")]
    Query(String),
    /// The URL is not one tipline can use.
    #[error("unsupported database URL (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
    /// Applying migrations failed.
    #[error("migration failed: {0}")]
    Migration(String),
}

impl From<sqlx::Error> for StorageError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Tls(_) => {
                StorageError::Unavailable(e.to_string())
            }
            sqlx::Error::Database(ref db) if is_unavailable_code(db.code().as_deref()) => {
                StorageError::Unavailable(e.to_string())
            }
            other => StorageError::Query(other.to_string()),
        }
    }
}

/// PostgreSQL "server is shutting down / not accepting connections" classes, and SQLite's busy/locked.
fn is_unavailable_code(code: Option<&str>) -> bool {
    matches!(code, Some(c) if c.starts_with("57P") || c.starts_with("08") || c == "5" || c == "6")
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub dialect: Dialect,
}

impl Db {
    /// Connects, retrying until `patience` runs out (the database may still be starting), then migrates.
    pub async fn connect(url: &str, max_connections: u32, patience: Duration) -> Result<Db, StorageError> {
        sqlx::any::install_default_drivers();
        let dialect = if url.starts_with("sqlite:") {
            Dialect::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Dialect::Postgres
        } else {
            return Err(StorageError::UnsupportedUrl);
        };
        if dialect == Dialect::Sqlite {
            create_sqlite_parent(url)?;
        }
        let options = AnyPoolOptions::new()
            .max_connections(max_connections)
            // Fail requests fast while the database is away instead of queueing them for long.
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;").await?;
                    }
                    Ok(())
                })
            });
        let started = Instant::now();
        let mut wait = Duration::from_millis(200);
        let pool = loop {
            match options.clone().connect(url).await {
                Ok(pool) => break pool,
                Err(e) => {
                    let e = StorageError::from(e);
                    if !matches!(e, StorageError::Unavailable(_)) || started.elapsed() + wait > patience {
                        return Err(e);
                    }
                    tracing::warn!(database = %redact_url(url), error = %e, "database not reachable yet; retrying");
                    tokio::time::sleep(wait).await;
                    wait = (wait * 2).min(Duration::from_secs(5));
                }
            }
        };
        MIGRATOR.run(&pool).await.map_err(|e| StorageError::Migration(e.to_string()))?;
        Ok(Db { pool, dialect })
    }

    /// Begins a transaction that holds the routing lock (see migration 0004) before it reads anything:
    /// grouping and routing decide from what earlier decisions wrote, so they take turns.
    pub async fn begin_routing(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StorageError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE routing_lock SET taken = taken + 1 WHERE id = 1").execute(&mut *tx).await?;
        Ok(tx)
    }

    /// `FOR UPDATE SKIP LOCKED` where the database has it. SQLite serialises writers, so a single
    /// `UPDATE ... WHERE id = (SELECT ...)` is already atomic there.
    pub fn skip_locked(&self) -> &'static str {
        match self.dialect {
            Dialect::Postgres => "FOR UPDATE SKIP LOCKED",
            Dialect::Sqlite => "",
        }
    }

    /// A cheap round trip for readiness checks.
    pub async fn ping(&self) -> Result<(), StorageError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}

fn create_sqlite_parent(url: &str) -> Result<(), StorageError> {
    let path = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| StorageError::Unavailable(format!("cannot create {}: {e}", parent.display())))?;
    }
    Ok(())
}

/// The URL with any password replaced, safe for logs and error messages.
pub fn redact_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(unparseable URL)".into(),
    }
}

/// Milliseconds since the Unix epoch, the unit every time column uses.
pub fn millis(t: chrono::DateTime<chrono::Utc>) -> i64 {
    t.timestamp_millis()
}

pub fn from_millis(ms: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

/// Reads a column, turning a type mismatch into a [`StorageError::Query`].
pub fn col<'r, T>(row: &'r AnyRow, name: &str) -> Result<T, StorageError>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    use sqlx::Row;
    row.try_get(name).map_err(|e| StorageError::Query(format!("column {name}: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        let r = redact_url("postgres://tipline:hunter2@db.example:5432/tips");
        assert!(!r.contains("hunter2"), "{r}");
        assert!(r.contains("db.example:5432"));
        assert_eq!(redact_url("not a url"), "(unparseable URL)");
    }
}
