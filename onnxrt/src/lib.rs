//! ONNX Runtime as tipline uses it, shared by every crate that runs an ONNX model (the camera detector,
//! the Silero voice activity detector): where the runtime library comes from, how it is loaded, and how a
//! session is built.
//!
//! `ort` is built with `load-dynamic`: nothing is downloaded at build time. The library is the one inside
//! the official `onnxruntime` wheel on PyPI, fetched with `python3 -m pip download` (the registry's own
//! client) by [`fetch_runtime`] into `<models_dir>/onnxruntime/`, and loaded at run time by [`session`].
//! ONNX Runtime allows one environment per process, so the first library loaded is the one every later
//! session uses.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub use ort;
use ort::environment::Environment;
use ort::session::builder::GraphOptimizationLevel;
use ort::session::Session;

/// The ONNX Runtime release whose wheel provides the shared library (`ort`'s `api-22` needs 1.22 or later).
pub const ORT_VERSION: &str = "1.32.0";
/// Where [`fetch_runtime`] keeps the library, under a models directory.
pub const RUNTIME_DIR: &str = "onnxruntime";
/// Where downloaded packages are kept, under a models directory, so a second fetch needs no network.
pub const DOWNLOADS_DIR: &str = "downloads";

/// Why the runtime or a model could not be obtained or loaded.
#[derive(Debug, thiserror::Error)]
pub enum OrtError {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// `pip download` failed, or the package did not hold what was expected.
    #[error("{0}")]
    Fetch(String),
    /// The runtime library could not be loaded (missing, wrong platform, too old).
    #[error("cannot load ONNX Runtime from {library}: {detail} (run `tipline models fetch` to obtain it)")]
    Runtime { library: PathBuf, detail: String },
    /// The runtime loaded but refused the model file.
    #[error("ONNX model {model}: {detail}")]
    Model { model: PathBuf, detail: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OrtError + '_ {
    move |source| OrtError::Io { path: path.to_path_buf(), source }
}

/// File name of the runtime library on this platform.
pub fn library_file_name() -> String {
    if cfg!(target_os = "macos") {
        format!("libonnxruntime.{ORT_VERSION}.dylib")
    } else {
        format!("libonnxruntime.so.{ORT_VERSION}")
    }
}

/// Where [`fetch_runtime`] puts the runtime library under `models_dir` (whether or not it is there yet).
pub fn runtime_path(models_dir: &Path) -> PathBuf {
    models_dir.join(RUNTIME_DIR).join(library_file_name())
}

/// The runtime library out of the onnxruntime wheel (a zip) into `<models_dir>/onnxruntime/`, unless
/// already there. The wheel is kept in `<models_dir>/downloads/`.
pub fn fetch_runtime(models_dir: &Path) -> Result<PathBuf, OrtError> {
    let target = runtime_path(models_dir);
    if target.is_file() {
        return Ok(target);
    }
    let downloads = models_dir.join(DOWNLOADS_DIR);
    let dir = models_dir.join(RUNTIME_DIR);
    fs::create_dir_all(&downloads).map_err(io(&downloads))?;
    fs::create_dir_all(&dir).map_err(io(&dir))?;
    let wheel = pip_download(
        &downloads,
        &format!("onnxruntime=={ORT_VERSION}"),
        &format!("onnxruntime-{ORT_VERSION}-"),
        ".whl",
        &["--only-binary", ":all:"],
    )?;
    let inner = format!("onnxruntime/capi/{}", library_file_name());
    let bytes = read_from_zip(&wheel, &inner)
        .map_err(|e| OrtError::Fetch(format!("{e} (a platform without an onnxruntime wheel?)")))?;
    write_atomic(&target, &bytes)?;
    Ok(target)
}

/// One member of a zip archive (a wheel), by its full path inside it.
pub fn read_from_zip(archive: &Path, member: &str) -> Result<Vec<u8>, OrtError> {
    let file = fs::File::open(archive).map_err(io(archive))?;
    let mut zip = zip::ZipArchive::new(file)
        .map_err(|e| OrtError::Fetch(format!("{}: not a zip archive: {e}", archive.display())))?;
    let mut entry =
        zip.by_name(member).map_err(|_| OrtError::Fetch(format!("{} has no {member}", archive.display())))?;
    let mut bytes = Vec::with_capacity(entry.size() as usize);
    entry.read_to_end(&mut bytes).map_err(io(archive))?;
    Ok(bytes)
}

/// `pip download` of one pinned requirement into `dir`, unless a file with that prefix and suffix is
/// already there; returns the file. `TIPLINE_PYTHON` names the interpreter (default `python3`).
pub fn pip_download(
    dir: &Path,
    requirement: &str,
    prefix: &str,
    suffix: &str,
    extra: &[&str],
) -> Result<PathBuf, OrtError> {
    let find = || -> Option<PathBuf> {
        let mut hits: Vec<PathBuf> = fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let n = p.file_name().unwrap_or_default().to_string_lossy();
                n.starts_with(prefix) && n.ends_with(suffix)
            })
            .collect();
        hits.sort();
        hits.pop()
    };
    if let Some(hit) = find() {
        return Ok(hit);
    }
    let python = std::env::var("TIPLINE_PYTHON").unwrap_or_else(|_| "python3".into());
    let output = Command::new(&python)
        .args(["-m", "pip", "download", "--no-deps", "--disable-pip-version-check", "-q"])
        .args(extra)
        .arg(requirement)
        .arg("-d")
        .arg(dir)
        .output()
        .map_err(|e| OrtError::Fetch(format!("cannot run `{python} -m pip` (is Python 3 with pip installed?): {e}")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(5).collect();
        return Err(OrtError::Fetch(format!(
            "pip download {requirement} failed: {}",
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        )));
    }
    find().ok_or_else(|| OrtError::Fetch(format!("pip download {requirement} produced no {prefix}*{suffix}")))
}

/// Writes to a temporary name and renames, so an interrupted write never leaves a file that looks complete.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), OrtError> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, bytes).map_err(io(&tmp))?;
    fs::rename(&tmp, path).map_err(io(path))
}

static ENVIRONMENT: OnceLock<Result<Environment, String>> = OnceLock::new();

/// Loads the runtime library and creates its environment once per process (ONNX Runtime allows one);
/// later calls reuse the first result, whatever library they name.
pub fn environment(library: &Path) -> Result<&'static Environment, OrtError> {
    let fail = |detail: &String| OrtError::Runtime { library: library.to_path_buf(), detail: detail.clone() };
    if ENVIRONMENT.get().is_none() && !library.is_file() {
        // Checked here, not left to dlopen, whose message does not say what to do about it.
        return Err(fail(&"no such file".to_owned()));
    }
    ENVIRONMENT
        .get_or_init(|| {
            ort::init_from(library)
                .map_err(|e| e.to_string())
                .and_then(|b| b.with_name("tipline").build().map_err(|e| e.to_string()))
        })
        .as_ref()
        .map_err(fail)
}

/// A CPU session for `model`, on the runtime loaded from `library`, with `threads` intra-op threads.
///
/// Stated rather than left to defaults: all graph optimisations, sequential execution (the models here are
/// chains; an inter-op pool would only burn CPU on a small machine) and memory patterns (input shapes are
/// fixed per model).
pub fn session(library: &Path, model: &Path, threads: usize) -> Result<Session, OrtError> {
    let env = environment(library)?;
    let bad = |e: &dyn std::fmt::Display| OrtError::Model { model: model.to_path_buf(), detail: e.to_string() };
    Session::builder(env)
        .map_err(|e| bad(&e))?
        .with_optimization_level(GraphOptimizationLevel::All)
        .map_err(|e| bad(&e))?
        .with_intra_threads(threads.max(1))
        .map_err(|e| bad(&e))?
        .with_inter_threads(1)
        .map_err(|e| bad(&e))?
        .with_parallel_execution(false)
        .map_err(|e| bad(&e))?
        .with_memory_pattern(true)
        .map_err(|e| bad(&e))?
        .commit_from_file(model)
        .map_err(|e| bad(&e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn zip_members_are_read_and_missing_ones_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.whl");
        let mut z = zip::ZipWriter::new(fs::File::create(&path).unwrap());
        z.start_file("pkg/data/m.onnx", zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(b"abc").unwrap();
        z.finish().unwrap();
        assert_eq!(read_from_zip(&path, "pkg/data/m.onnx").unwrap(), b"abc");
        let err = read_from_zip(&path, "pkg/data/x.onnx").unwrap_err().to_string();
        assert!(err.contains("has no pkg/data/x.onnx"), "{err}");
        fs::write(dir.path().join("b.whl"), b"not a zip").unwrap();
        assert!(read_from_zip(&dir.path().join("b.whl"), "m").unwrap_err().to_string().contains("not a zip"));
    }

    #[test]
    fn a_cached_download_is_reused_without_pip() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pkg-1.0-py3-none-any.whl"), b"x").unwrap();
        std::env::set_var("TIPLINE_PYTHON", "/nonexistent/python");
        let hit = pip_download(dir.path(), "pkg==1.0", "pkg-1.0", ".whl", &[]).unwrap();
        assert_eq!(hit, dir.path().join("pkg-1.0-py3-none-any.whl"));
        let err = pip_download(dir.path(), "other==1.0", "other-1.0", ".whl", &[]).unwrap_err().to_string();
        std::env::remove_var("TIPLINE_PYTHON");
        assert!(err.contains("cannot run"), "{err}");
    }

    #[test]
    fn a_missing_runtime_says_how_to_fetch_it() {
        let err = session(Path::new("/nonexistent/libonnxruntime.so"), Path::new("m.onnx"), 1).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("tipline models fetch") && text.contains("no such file"), "{text}");
    }
}
