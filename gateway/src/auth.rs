//! API tokens and roles. Tokens are random 256-bit strings shown once at creation; only their SHA-256 is stored.

use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::db::{millis, Db, StorageError};

/// What a token may do. Each endpoint names the roles it admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Manages tokens, reads the audit log and metrics, and everything a dispatcher can.
    Admin,
    /// Triages tips and alerts.
    Dispatcher,
    /// A receiving agency: incidents in its jurisdiction only.
    Agency,
    /// A machine that pushes detection events.
    Ingest,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Dispatcher, Role::Agency, Role::Ingest];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Dispatcher => "dispatcher",
            Role::Agency => "agency",
            Role::Ingest => "ingest",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An authenticated token holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub token_id: String,
    pub name: String,
    pub role: Role,
}

impl Principal {
    /// How this principal appears in the audit log.
    pub fn actor(&self) -> String {
        format!("{}:{}", self.role, self.name)
    }
}

/// Prefix that makes tipline tokens recognisable to secret scanners.
const TOKEN_PREFIX: &str = "tl_";

fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates a token and returns it in clear; this is the only time it is ever visible.
pub async fn create_token(db: &Db, name: &str, role: Role) -> Result<String, StorageError> {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = format!("{TOKEN_PREFIX}{}", hex::encode(bytes));
    sqlx::query("INSERT INTO api_tokens (id, name, role, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(name)
        .bind(role.as_str())
        .bind(hash_token(&token))
        .bind(millis(chrono::Utc::now()))
        .execute(&db.pool)
        .await?;
    Ok(token)
}

/// The principal a presented token belongs to, or `None` for unknown, revoked or malformed tokens.
pub async fn authenticate(db: &Db, token: &str) -> Result<Option<Principal>, StorageError> {
    if !token.starts_with(TOKEN_PREFIX) || token.len() != TOKEN_PREFIX.len() + 64 {
        return Ok(None);
    }
    let row = sqlx::query("SELECT id, name, role FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
        .bind(hash_token(token))
        .fetch_optional(&db.pool)
        .await?;
    let Some(row) = row else { return Ok(None) };
    let role: String = row.try_get("role").map_err(StorageError::from)?;
    Ok(Role::parse(&role).map(|role| Principal {
        token_id: row.try_get("id").unwrap_or_default(),
        name: row.try_get("name").unwrap_or_default(),
        role,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn token_hash_is_stable_and_not_the_token() {
        let h = hash_token("tl_abc");
        assert_eq!(h, hash_token("tl_abc"));
        assert_ne!(h, hash_token("tl_abd"));
        assert!(!h.contains("abc"));
    }
}
