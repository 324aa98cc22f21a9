//! Real footage for the demo camera and the tests: `vtest.avi` (768x576, 10 fps, 795 frames of a street
//! scene with pedestrians, a car and a van) from Debian's `opencv-doc` package (Apache-2.0/BSD-3-Clause).
//! Only the video is kept; the package is about 100 MB of documentation.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::VisionError;

/// Path of the video under `models_dir`, downloading and extracting it once.
pub fn fetch_demo_video(models_dir: &Path) -> Result<PathBuf, VisionError> {
    let dir = models_dir.join("demo");
    let avi = dir.join("vtest.avi");
    if avi.is_file() {
        return Ok(avi);
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| VisionError::Io { path, source }
    };
    // Per-process scratch, renamed into place at the end: concurrent fetches never see half a file.
    let work = dir.join(format!("opencv-doc.{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(io(&work))?;
    let download = || Command::new("apt-get").args(["download", "-q", "opencv-doc"]).current_dir(&work).output();
    let mut out = download().map_err(io(Path::new("apt-get")))?;
    if !out.status.success() {
        // A fresh machine may have no package lists yet.
        let _ = Command::new("apt-get").args(["update", "-q"]).output();
        out = download().map_err(io(Path::new("apt-get")))?;
    }
    if !out.status.success() {
        return Err(VisionError::Fetch(format!("apt-get download opencv-doc: {}", String::from_utf8_lossy(&out.stderr).trim())));
    }
    let deb = std::fs::read_dir(&work)
        .map_err(io(&work))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "deb"))
        .ok_or_else(|| VisionError::Fetch("apt-get download produced no .deb".into()))?;
    let extracted = work.join("x");
    let status = Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&extracted).status().map_err(io(Path::new("dpkg-deb")))?;
    if !status.success() {
        return Err(VisionError::Fetch(format!("dpkg-deb -x {} failed", deb.display())));
    }
    let inside = extracted.join("usr/share/doc/opencv-doc/examples/data/vtest.avi");
    if !inside.is_file() {
        return Err(VisionError::Fetch("vtest.avi is not in this opencv-doc package".into()));
    }
    std::fs::rename(&inside, &avi).map_err(io(&avi))?;
    std::fs::remove_dir_all(&work).map_err(io(&work))?;
    Ok(avi)
}
