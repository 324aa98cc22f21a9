//! Keyed hashing of sources (IP addresses, caller numbers): enough to rate-limit and block abuse, never
//! enough to recover who called without the key.

use std::path::Path;

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Hashes sources with a secret key. The key never leaves this struct and is not printed by `Debug`.
#[derive(Clone)]
pub struct SourceHasher {
    key: Vec<u8>,
}

impl std::fmt::Debug for SourceHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SourceHasher(<key hidden>)")
    }
}

/// The key file could not be read or created.
#[derive(Debug, thiserror::Error)]
#[error("source hash key file {path}: {source}")]
pub struct KeyFileError {
    path: String,
    source: std::io::Error,
}

impl SourceHasher {
    pub fn new(key: &[u8]) -> Self {
        Self { key: key.to_vec() }
    }

    /// Uses the configured key, or the one generated on first run in `data_dir` (created if missing).
    pub fn from_config(configured: &str, data_dir: &Path) -> Result<Self, KeyFileError> {
        if !configured.is_empty() {
            return Ok(Self::new(configured.as_bytes()));
        }
        let path = data_dir.join("source-hash.key");
        let err = |source| KeyFileError { path: path.display().to_string(), source };
        match std::fs::read(&path) {
            Ok(key) if key.len() >= 32 => Ok(Self::new(&key)),
            Ok(_) => Err(err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "shorter than 32 bytes; delete it to generate a new key",
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(data_dir).map_err(err)?;
                let mut key = [0u8; 32];
                rand::rngs::OsRng.fill_bytes(&mut key);
                write_private(&path, &key).map_err(err)?;
                Ok(Self::new(&key))
            }
            Err(e) => Err(err(e)),
        }
    }

    /// Hex HMAC-SHA256 of the source under a purpose label, so hashes for different uses do not correlate.
    pub fn hash(&self, purpose: &str, source: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(purpose.as_bytes());
        mac.update(&[0]);
        mac.update(source.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_depend_on_key_purpose_and_source() {
        let a = SourceHasher::new(b"k1");
        let b = SourceHasher::new(b"k2");
        assert_eq!(a.hash("ip", "127.0.0.1"), a.hash("ip", "127.0.0.1"));
        assert_ne!(a.hash("ip", "127.0.0.1"), b.hash("ip", "127.0.0.1"));
        assert_ne!(a.hash("ip", "127.0.0.1"), a.hash("caller", "127.0.0.1"));
        assert!(!format!("{a:?}").contains("k1"));
    }

    #[test]
    fn generated_key_persists_across_starts() {
        let dir = std::env::temp_dir().join(format!("tipline-key-{}", uuid::Uuid::new_v4()));
        let first = SourceHasher::from_config("", &dir).unwrap();
        let second = SourceHasher::from_config("", &dir).unwrap();
        assert_eq!(first.hash("ip", "x"), second.hash("ip", "x"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}
