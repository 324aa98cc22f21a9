//! Per-source token buckets for public endpoints, bounded in memory.
//!
//! Keys are keyed hashes of sources (see [`crate::privacy`]). Beyond `capacity` sources the least recently
//! seen are forgotten, which can only make a forgotten source's next request *more* welcome: an attacker
//! rotating through many sources gets at most one burst each, and other sources are unaffected.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

/// A token-bucket limiter keyed by source.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    capacity: usize,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32, burst: u32, capacity: usize) -> Self {
        Self {
            per_second: per_minute as f64 / 60.0,
            burst: burst as f64,
            capacity,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key` at `now`; `Err(wait)` says how long until one is available.
    pub fn check(&self, key: &str, now: Instant) -> Result<(), Duration> {
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if !buckets.contains_key(key) && buckets.len() >= self.capacity {
            evict_oldest(&mut buckets, self.capacity / 10 + 1);
        }
        let b = buckets.entry(key.to_owned()).or_insert(Bucket { tokens: self.burst, last: now });
        let elapsed = now.saturating_duration_since(b.last).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_second).min(self.burst);
        b.last = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64((1.0 - b.tokens) / self.per_second))
        }
    }
}

fn evict_oldest(buckets: &mut HashMap<String, Bucket>, n: usize) {
    let mut by_age: Vec<(Instant, String)> = buckets.iter().map(|(k, b)| (b.last, k.clone())).collect();
    by_age.sort_unstable();
    for (_, k) in by_age.into_iter().take(n) {
        buckets.remove(&k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_rate_per_source() {
        let l = RateLimiter::new(60, 3, 100);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(l.check("a", t0).is_ok());
        }
        let wait = l.check("a", t0).unwrap_err();
        assert!(wait <= Duration::from_secs(1) && wait > Duration::from_millis(900), "{wait:?}");
        // Another source is unaffected by the first one's flood.
        assert!(l.check("b", t0).is_ok());
        // One token per second refills.
        assert!(l.check("a", t0 + Duration::from_millis(1001)).is_ok());
        assert!(l.check("a", t0 + Duration::from_millis(1002)).is_err());
    }

    #[test]
    fn memory_stays_bounded() {
        let l = RateLimiter::new(1, 1, 50);
        let t0 = Instant::now();
        for i in 0..1000 {
            let _ = l.check(&format!("s{i}"), t0 + Duration::from_millis(i));
        }
        assert!(l.buckets.lock().unwrap().len() <= 50);
    }
}
