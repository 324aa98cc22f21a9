//! The append-only, hash-chained audit log: who looked at what, when and why.
//!
//! Row `n` stores `hash_n = SHA-256(hash_{n-1} || canonical(row_n))`, and the `audit_head` row holds the last
//! sequence number and hash. Editing a row breaks its hash; deleting one breaks the sequence or the link;
//! deleting the tail disagrees with the head. Someone able to rewrite the whole chain and the head can
//! forge it, so `audit verify` prints the head for recording outside the database.

use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::db::{col, millis, Db, StorageError};

/// The hash that precedes the first row.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit entry before it is chained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Who: `role:token-name`, `public`, or `cli`.
    pub actor: &'a str,
    /// What was done, e.g. `tip.read`.
    pub action: &'a str,
    /// What it was done to, e.g. a tip id.
    pub subject: &'a str,
    /// Why, as the caller stated it (the `Tipline-Reason` header).
    pub reason: &'a str,
}

fn chain_hash(prev: &str, seq: i64, at: i64, e: &Entry<'_>) -> String {
    // JSON of a tuple is an unambiguous encoding: no field can smuggle a separator.
    let canonical = serde_json::to_string(&(seq, at, e.actor, e.action, e.subject, e.reason)).expect("plain data");
    let mut h = Sha256::new();
    h.update(prev.as_bytes());
    h.update(canonical.as_bytes());
    hex::encode(h.finalize())
}

/// Appends an entry; returns its sequence number.
pub async fn record(db: &Db, entry: Entry<'_>) -> Result<i64, StorageError> {
    let at = millis(chrono::Utc::now());
    let mut tx = db.pool.begin().await?;
    // Write first: this takes the lock that serialises appenders before anything is read.
    let head = sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
        .fetch_one(&mut *tx)
        .await?;
    let seq: i64 = col(&head, "seq")?;
    let prev: String = col(&head, "hash")?;
    let hash = chain_hash(&prev, seq, at, &entry);
    sqlx::query(
        "INSERT INTO audit_log (seq, at, actor, action, subject, reason, prev_hash, hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(seq)
    .bind(at)
    .bind(entry.actor)
    .bind(entry.action)
    .bind(entry.subject)
    .bind(entry.reason)
    .bind(&prev)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1").bind(&hash).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(seq)
}

/// The result of walking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every row links and hashes correctly and the head agrees.
    Intact { rows: i64, head: String },
    /// The first inconsistency found, in words.
    Broken { at_seq: i64, problem: String },
}

/// Walks the whole chain in order, page by page.
pub async fn verify(db: &Db) -> Result<Verdict, StorageError> {
    const PAGE: i64 = 1000;
    let mut expected_seq = 1i64;
    let mut prev = GENESIS.to_owned();
    loop {
        let rows = sqlx::query(
            "SELECT seq, at, actor, action, subject, reason, prev_hash, hash FROM audit_log \
             WHERE seq >= $1 ORDER BY seq LIMIT $2",
        )
        .bind(expected_seq)
        .bind(PAGE)
        .fetch_all(&db.pool)
        .await?;
        for row in &rows {
            let seq: i64 = col(row, "seq")?;
            if seq != expected_seq {
                return Ok(Verdict::Broken { at_seq: expected_seq, problem: format!("row {expected_seq} is missing (deleted)") });
            }
            let (actor, action, subject, reason): (String, String, String, String) =
                (col(row, "actor")?, col(row, "action")?, col(row, "subject")?, col(row, "reason")?);
            let stored_prev: String = col(row, "prev_hash")?;
            let stored: String = col(row, "hash")?;
            if stored_prev != prev {
                return Ok(Verdict::Broken { at_seq: seq, problem: format!("row {seq} does not link to row {}", seq - 1) });
            }
            let entry = Entry { actor: &actor, action: &action, subject: &subject, reason: &reason };
            if chain_hash(&prev, seq, col(row, "at")?, &entry) != stored {
                return Ok(Verdict::Broken { at_seq: seq, problem: format!("row {seq} was altered (hash mismatch)") });
            }
            prev = stored;
            expected_seq += 1;
        }
        if (rows.len() as i64) < PAGE {
            break;
        }
    }
    let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(&db.pool).await?;
    let (head_seq, head_hash): (i64, String) = (head.try_get("seq").map_err(StorageError::from)?, col(&head, "hash")?);
    let last = expected_seq - 1;
    if head_seq != last || head_hash != prev {
        return Ok(Verdict::Broken {
            at_seq: last + 1,
            problem: format!("the chain ends at row {last} but its head says row {head_seq} (rows deleted from the end)"),
        });
    }
    Ok(Verdict::Intact { rows: last, head: prev })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_covers_every_field_and_the_previous_hash() {
        let e = Entry { actor: "a", action: "tip.read", subject: "t1", reason: "r" };
        let base = chain_hash(GENESIS, 1, 5, &e);
        assert_ne!(base, chain_hash("1", 1, 5, &e));
        assert_ne!(base, chain_hash(GENESIS, 2, 5, &e));
        assert_ne!(base, chain_hash(GENESIS, 1, 6, &e));
        assert_ne!(base, chain_hash(GENESIS, 1, 5, &Entry { reason: "s", ..e.clone() }));
        // Moving text between fields changes the hash too.
        assert_ne!(
            chain_hash(GENESIS, 1, 5, &Entry { actor: "ab", action: "c", subject: "", reason: "" }),
            chain_hash(GENESIS, 1, 5, &Entry { actor: "a", action: "bc", subject: "", reason: "" })
        );
    }
}
