//! A webhook receiver on 127.0.0.1:0 that checks Standard Webhooks signatures with its own implementation
//! (SHA-256, HMAC and base64 written here, not the gateway's crates), so a signing bug in the gateway cannot
//! hide behind the same bug in a shared library. A tiny HTTP/1.1 server: the tests depend on nothing else.
//! It can fail on purpose (500 for a while, with `Retry-After` on the first), answer a fixed status, or be slow.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU16, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A secret the gateway signs with while it is being rotated out (the receiver does not know it).
pub const OLD_SECRET: &str = "whsec_b2xkIHNlY3JldCBiZWluZyByb3RhdGVkIG91dA==";
/// The receiver's secret.
pub const NEW_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend((data.len() as u64 * 8).to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 64];
        for i in 0..16 {
            w[i] = u32::from_be_bytes(chunk[4 * i..4 * i + 4].try_into().unwrap());
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            v = [t1.wrapping_add(s0.wrapping_add(maj)), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for i in 0..8 {
            h[i] = h[i].wrapping_add(v[i]);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        k[..32].copy_from_slice(&sha256(key));
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let inner: Vec<u8> = k.iter().map(|b| b ^ 0x36).chain(msg.iter().copied()).collect();
    let outer: Vec<u8> = k.iter().map(|b| b ^ 0x5c).chain(sha256(&inner)).collect();
    sha256(&outer)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_encode(data: &[u8]) -> String {
    let mut out = String::new();
    for c in data.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= c.len() {
                out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn b64_decode(s: &str) -> Vec<u8> {
    let vals: Vec<u32> =
        s.bytes().filter(|&b| b != b'=').map(|b| B64.iter().position(|&x| x == b).unwrap() as u32).collect();
    let mut out = Vec::new();
    for c in vals.chunks(4) {
        let n = c.iter().enumerate().fold(0u32, |n, (i, v)| n | v << (18 - 6 * i));
        out.extend(&n.to_be_bytes()[1..c.len()]);
    }
    out
}

/// Verifies like a Standard Webhooks receiver: any of the space-separated `v1,` signatures must match.
pub fn verify(secret: &str, id: &str, timestamp: &str, body: &[u8], header: &str) -> bool {
    let key = b64_decode(secret.strip_prefix("whsec_").unwrap());
    let mut msg = format!("{id}.{timestamp}.").into_bytes();
    msg.extend_from_slice(body);
    let expected = format!("v1,{}", b64_encode(&hmac_sha256(&key, &msg)));
    header.split(' ').any(|s| s == expected)
}

#[derive(Debug, Clone)]
pub struct Received {
    pub at: Instant,
    pub id: String,
    pub body: Value,
    pub signed: bool,
    pub status: u16,
    /// Whether the answer asked for a pause (`Retry-After`). Concurrent requests are logged in the order
    /// they finish, so the first 500 in the log need not be the one that carried it.
    pub asked_to_wait: bool,
}

#[derive(Clone)]
pub struct Hook {
    pub url: String,
    pub secret: String,
    /// Answer 500 to this many (correctly signed) requests first; the first of them says `Retry-After: 1`.
    pub fail_first: Arc<AtomicUsize>,
    pub failed: Arc<AtomicUsize>,
    /// Then answer this.
    pub status: Arc<AtomicU16>,
    /// Wait this long before answering (a slow receiver keeps deliveries in flight).
    pub delay_ms: Arc<AtomicU64>,
    pub log: Arc<Mutex<Vec<Received>>>,
}

impl Hook {
    pub async fn start(secret: &str) -> Hook {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let hook = Hook {
            url: format!("http://{}/hook", listener.local_addr().unwrap()),
            secret: secret.into(),
            fail_first: Arc::new(AtomicUsize::new(0)),
            failed: Arc::new(AtomicUsize::new(0)),
            status: Arc::new(AtomicU16::new(200)),
            delay_ms: Arc::new(AtomicU64::new(0)),
            log: Arc::default(),
        };
        let h = hook.clone();
        tokio::spawn(async move {
            while let Ok((conn, _)) = listener.accept().await {
                let h = h.clone();
                tokio::spawn(async move { h.serve(conn).await });
            }
        });
        hook
    }

    async fn serve(&self, mut conn: tokio::net::TcpStream) {
        let mut buf = Vec::new();
        loop {
            let head_end = loop {
                if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break p + 4;
                }
                let mut chunk = [0u8; 4096];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            let headers: BTreeMap<String, String> = head
                .lines()
                .skip(1)
                .filter_map(|l| l.split_once(':'))
                .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let len: usize = headers.get("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
            while buf.len() < head_end + len {
                let mut chunk = [0u8; 4096];
                match conn.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body: Vec<u8> = buf.drain(..head_end + len).skip(head_end).collect();
            let h = |k: &str| headers.get(k).cloned().unwrap_or_default();
            let (id, ts) = (h("webhook-id"), h("webhook-timestamp"));
            let fresh = ts.parse::<i64>().is_ok_and(|t| (t - chrono::Utc::now().timestamp()).abs() < 300);
            let signed = fresh && verify(&self.secret, &id, &ts, &body, &h("webhook-signature"));
            let status = if !signed {
                401
            } else if self.fail_first.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok() {
                500
            } else {
                self.status.load(Ordering::SeqCst)
            };
            let asked_to_wait = status == 500 && self.failed.fetch_add(1, Ordering::SeqCst) == 0;
            let retry_after = if asked_to_wait { "retry-after: 1\r\n" } else { "" };
            let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
            tokio::time::sleep(Duration::from_millis(self.delay_ms.load(Ordering::SeqCst))).await;
            self.log.lock().unwrap().push(Received { at: Instant::now(), id, body, signed, status, asked_to_wait });
            let response = format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\n{retry_after}\r\n");
            if conn.write_all(response.as_bytes()).await.is_err() {
                return;
            }
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_verifier_matches_the_reference_vector() {
        assert_eq!(b64_encode(&sha256(b"abc"))[..12], *"ungWv48Bz+pB");
        assert!(verify(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265330",
            br#"{"test": 2432232314}"#,
            "v1,bm9ldHZhbGlk v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        ));
        assert!(!verify(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            "1614265331",
            b"{}",
            "v1,x"
        ));
    }
}
