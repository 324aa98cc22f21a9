//! A fixed number of speech engines shared by everything that transcribes on this node. An engine is
//! loaded the first time it is needed and kept; a caller checks one out (waiting in line when all are
//! busy) for one utterance or one file and gives it back by dropping the [`Engine`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Weak};

use asr::{AsrError, Transcriber, VadConfig};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Makes one engine; runs on a blocking thread (loading Whisper takes a fraction of a second and
/// ~250 MB). Tests substitute slow or failing engines here.
pub type Loader = Box<dyn Fn() -> Result<Box<dyn Transcriber>, AsrError> + Send + Sync>;

pub struct EnginePool {
    loader: Loader,
    idle: Mutex<Vec<Box<dyn Transcriber>>>,
    /// One permit per engine, loaded or not: holding one entitles to an idle engine or to load one.
    permits: Arc<Semaphore>,
    size: usize,
    vad: VadConfig,
}

/// An engine checked out of the pool; back in the pool when dropped.
pub struct Engine {
    engine: Option<Box<dyn Transcriber>>,
    pool: Arc<EnginePool>,
    _permit: OwnedSemaphorePermit,
}

impl std::ops::Deref for Engine {
    type Target = dyn Transcriber;
    fn deref(&self) -> &Self::Target {
        self.engine.as_deref().expect("present until dropped")
    }
}

impl std::ops::DerefMut for Engine {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.engine.as_deref_mut().expect("present until dropped")
    }
}

impl Drop for Engine {
    fn drop(&mut self) {
        if let Some(e) = self.engine.take() {
            self.pool.idle.lock().unwrap_or_else(|p| p.into_inner()).push(e);
        }
    }
}

impl EnginePool {
    pub fn new(size: usize, vad: VadConfig, loader: Loader) -> Arc<Self> {
        let size = size.max(1);
        Arc::new(Self { loader, idle: Mutex::new(Vec::new()), permits: Arc::new(Semaphore::new(size)), size, vad })
    }

    /// The pool of this configuration and data directory: the same one for the transcribe stage and the
    /// live calls of an application however they are built, alive as long as one of them holds it.
    pub fn shared(config: &asr::AsrConfig, data_dir: &Path) -> Arc<Self> {
        type Registry = Mutex<Vec<(asr::AsrConfig, PathBuf, Weak<EnginePool>)>>;
        static POOLS: Registry = Mutex::new(Vec::new());
        let mut pools = POOLS.lock().unwrap_or_else(|p| p.into_inner());
        pools.retain(|(_, _, pool)| pool.strong_count() > 0);
        if let Some(pool) = pools.iter().find(|(c, d, _)| c == config && d == data_dir).and_then(|(_, _, p)| p.upgrade()) {
            return pool;
        }
        let pool = Self::whisper(config, data_dir.to_path_buf());
        pools.push((config.clone(), data_dir.to_path_buf(), Arc::downgrade(&pool)));
        pool
    }

    /// `config.engines` Whisper engines of the configured model, from the verified cache only: a missing
    /// model is an error that says to run `tipline models fetch`, never a download in the middle of a call.
    pub fn whisper(config: &asr::AsrConfig, data_dir: PathBuf) -> Arc<Self> {
        let c = config.clone();
        let vad = VadConfig::from_config(config, &data_dir);
        let loader: Loader = Box::new(move || Ok(Box::new(asr::WhisperTranscriber::from_cache(&c, &data_dir)?) as Box<dyn Transcriber>));
        Self::new(config.engines as usize, vad, loader)
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// How utterances are cut, for everyone using these engines.
    pub fn vad(&self) -> VadConfig {
        self.vad.clone()
    }

    /// Waits for a free engine (first come, first served), loading it on first use.
    pub async fn checkout(self: &Arc<Self>) -> Result<Engine, AsrError> {
        let permit = self.permits.clone().acquire_owned().await.expect("the pool never closes its semaphore");
        self.engine(permit).await
    }

    /// An engine if one is free right now, without waiting in line: for work worth doing only with
    /// capacity to spare.
    pub async fn try_checkout(self: &Arc<Self>) -> Option<Result<Engine, AsrError>> {
        let permit = self.permits.clone().try_acquire_owned().ok()?;
        Some(self.engine(permit).await)
    }

    async fn engine(self: &Arc<Self>, permit: OwnedSemaphorePermit) -> Result<Engine, AsrError> {
        let idle = self.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let engine = match idle {
            Some(e) => e,
            None => {
                let pool = self.clone();
                tokio::task::spawn_blocking(move || (pool.loader)())
                    .await
                    .map_err(|e| AsrError::Whisper(format!("loading the engine panicked: {e}")))??
            }
        };
        Ok(Engine { engine: Some(engine), pool: self.clone(), _permit: permit })
    }

    /// Loads every engine now, so the first calls do not pay for it. Returns the first loading error.
    pub async fn warm(self: &Arc<Self>) -> Result<(), AsrError> {
        let mut held = Vec::with_capacity(self.size);
        for _ in 0..self.size {
            held.push(self.checkout().await?);
        }
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    /// A stand-in engine: "says" the utterance length after `delay`, so tests control speed exactly.
    pub(crate) struct Stub {
        pub delay: Duration,
    }

    impl Transcriber for Stub {
        fn transcribe(&mut self, pcm: &[f32], _previous: &str) -> Result<asr::Decoded, AsrError> {
            std::thread::sleep(self.delay);
            let ms = pcm.len() as u64 / 16;
            let segment = asr::Segment { start_ms: 0, end_ms: ms, text: format!("{ms} ms"), confidence: 1.0, no_speech_prob: 0.0, avg_logprob: 0.0 };
            Ok(asr::Decoded { language: "en".into(), segments: vec![segment] })
        }
        fn model_id(&self) -> &str {
            "stub"
        }
    }

    pub(crate) fn stub_pool(size: usize, delay: Duration) -> (Arc<EnginePool>, Arc<AtomicUsize>) {
        stub_pool_with(size, delay, VadConfig::default())
    }

    /// As [`stub_pool`], cutting utterances with the given voice activity detector.
    pub(crate) fn stub_pool_with(size: usize, delay: Duration, vad: VadConfig) -> (Arc<EnginePool>, Arc<AtomicUsize>) {
        let loads = Arc::new(AtomicUsize::new(0));
        let l = loads.clone();
        let loader: Loader = Box::new(move || {
            l.fetch_add(1, Ordering::SeqCst);
            Ok(Box::new(Stub { delay }) as Box<dyn Transcriber>)
        });
        (EnginePool::new(size, vad, loader), loads)
    }

    #[tokio::test]
    async fn engines_load_once_and_are_shared_in_turn() {
        let (pool, loads) = stub_pool(2, Duration::ZERO);
        let a = pool.checkout().await.unwrap();
        let b = pool.checkout().await.unwrap();
        // Both engines are out: a third user waits until one comes back.
        let third = tokio::time::timeout(Duration::from_millis(50), pool.checkout()).await;
        assert!(third.is_err(), "a third checkout must wait");
        drop(a);
        let c = tokio::time::timeout(Duration::from_secs(1), pool.checkout()).await.unwrap().unwrap();
        drop((b, c));
        pool.warm().await.unwrap();
        assert_eq!(loads.load(Ordering::SeqCst), 2, "engines are loaded once, then reused");
    }

    #[tokio::test]
    async fn a_failing_loader_is_an_error_and_frees_the_slot() {
        let loader: Loader = Box::new(|| Err(AsrError::Model { path: "m.bin".into(), detail: "missing".into() }));
        let pool = EnginePool::new(1, VadConfig::default(), loader);
        for _ in 0..2 {
            let e = pool.checkout().await.err().expect("no engine");
            assert!(e.to_string().contains("tipline models fetch"), "{e}");
        }
    }
}
