//! Object detection: the [`Detector`] trait and its ONNX Runtime implementation for YOLO-style models
//! described by a [`Manifest`].
//!
//! Pre-processing follows the manifest (`stretch` reproduces Darknet and OpenCV's `blobFromImage`, with
//! OpenCV's 8-bit fixed-point `INTER_LINEAR` resize, bit for bit); the decode is YOLOv3's: sigmoid on
//! centre offsets, objectness and classes, exponent times anchor on sizes, score = objectness x class.
//! Boxes leave the detector in source pixels.

use std::path::Path;

use correlate::BoundingBox;
use onnxrt::ort;
use ort::session::Session;
use ort::value::TensorRef;

use crate::frame::Frame;
use crate::models::{Manifest, Resize};
use crate::VisionError;

/// One object in one frame.
#[derive(Debug, Clone, PartialEq)]
pub struct RawDetection {
    pub class_id: usize,
    pub label: String,
    /// 0..=1.
    pub score: f32,
    /// In source pixels, clipped to the frame.
    pub bbox: BoundingBox,
}

/// Anything that turns a frame into detections. Implementations own their runtime state, hence `&mut`.
pub trait Detector: Send {
    fn detect(&mut self, frame: &Frame) -> Result<Vec<RawDetection>, VisionError>;
    /// Class names this detector can produce, in model order.
    fn classes(&self) -> &[String];
}

/// Thresholds applied inside the detector.
#[derive(Debug, Clone, PartialEq)]
pub struct DetectorOptions {
    /// Minimum objectness x class score for a box to be kept at all.
    pub min_score: f32,
    /// Boxes of one class overlapping more than this (IoU) are merged by non-maximum suppression.
    pub nms_iou: f32,
    /// Class names to keep; empty keeps all.
    pub classes: Vec<String>,
    /// ONNX Runtime intra-op threads; 1 suits one detector per camera on a small machine.
    pub threads: usize,
}

impl Default for DetectorOptions {
    fn default() -> Self {
        Self { min_score: 0.5, nms_iou: 0.4, classes: Vec::new(), threads: 1 }
    }
}

/// YOLO on ONNX Runtime, loaded from a manifest.
pub struct OrtDetector {
    session: Session,
    manifest: Manifest,
    options: DetectorOptions,
    keep: Vec<bool>,
    input: Vec<f32>,
}

impl OrtDetector {
    /// Loads the manifest, the runtime library it names and the model.
    pub fn load(manifest_path: &Path, options: DetectorOptions) -> Result<OrtDetector, VisionError> {
        let manifest = Manifest::load(manifest_path)?;
        let library = manifest.resolve(manifest_path, &manifest.runtime_library);
        let model = manifest.resolve(manifest_path, &manifest.model);
        let bad = |e: String| VisionError::Detector(format!("model {}: {e}", model.display()));
        let session = onnxrt::session(&library, &model, options.threads).map_err(|e| VisionError::Detector(e.to_string()))?;
        let names: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
        if let Some(h) = manifest.heads.iter().find(|h| !names.contains(&h.output.as_str())) {
            return Err(bad(format!("has no output `{}` named in the manifest (outputs: {names:?})", h.output)));
        }
        for c in &options.classes {
            if !manifest.classes.contains(c) {
                return Err(VisionError::Detector(format!("class `{c}` is not one the model knows")));
            }
        }
        let keep = manifest.classes.iter().map(|c| options.classes.is_empty() || options.classes.contains(c)).collect();
        let input = vec![0.0; 3 * manifest.input_width as usize * manifest.input_height as usize];
        Ok(OrtDetector { session, manifest, options, keep, input })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }
}

impl Detector for OrtDetector {
    fn detect(&mut self, frame: &Frame) -> Result<Vec<RawDetection>, VisionError> {
        let (iw, ih) = (self.manifest.input_width, self.manifest.input_height);
        let geometry = preprocess(frame, iw, ih, self.manifest.resize, &mut self.input);
        // A view of the preallocated input buffer: no copy of the tensor per frame.
        let tensor = TensorRef::from_array_view(([1usize, 3, ih as usize, iw as usize], self.input.as_slice()))
            .map_err(|e| VisionError::Detector(e.to_string()))?;
        let outputs = self
            .session
            .run(ort::inputs![self.manifest.input_name.as_str() => tensor])
            .map_err(|e| VisionError::Detector(format!("inference failed: {e}")))?;
        let mut boxes = Vec::new();
        for head in &self.manifest.heads {
            let (shape, data) = outputs[head.output.as_str()]
                .try_extract_tensor::<f32>()
                .map_err(|e| VisionError::Detector(e.to_string()))?;
            let dims: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
            decode_head(
                data,
                &dims,
                &head.anchors,
                self.manifest.classes.len(),
                (iw, ih),
                &self.keep,
                self.options.min_score,
                &mut boxes,
            )?;
        }
        let kept = nms(boxes, self.options.nms_iou);
        Ok(kept
            .into_iter()
            .map(|c| RawDetection {
                class_id: c.class_id,
                label: self.manifest.classes[c.class_id].clone(),
                score: c.score,
                bbox: geometry.to_source(c.x0, c.y0, c.x1, c.y1),
            })
            .collect())
    }

    fn classes(&self) -> &[String] {
        &self.manifest.classes
    }
}

/// How model-input coordinates map back to the source frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    scale_x: f32,
    scale_y: f32,
    pad_x: f32,
    pad_y: f32,
    width: f32,
    height: f32,
}

impl Geometry {
    /// A box from model-input pixels (corners) to a clipped source-pixel box.
    pub fn to_source(&self, x0: f32, y0: f32, x1: f32, y1: f32) -> BoundingBox {
        let fx = |x: f32| ((x - self.pad_x) / self.scale_x).clamp(0.0, self.width);
        let fy = |y: f32| ((y - self.pad_y) / self.scale_y).clamp(0.0, self.height);
        let (a, b, c, d) = (fx(x0), fy(y0), fx(x1), fy(y1));
        BoundingBox { x: a, y: b, w: c - a, h: d - b }
    }
}

/// Fills `out` (CHW, 0..1) from the frame and returns the mapping back.
pub fn preprocess(frame: &Frame, iw: u32, ih: u32, resize: Resize, out: &mut [f32]) -> Geometry {
    let (sw, sh) = (frame.width as f32, frame.height as f32);
    let (scale_x, scale_y, tw, th) = match resize {
        Resize::Stretch => (iw as f32 / sw, ih as f32 / sh, iw, ih),
        Resize::Letterbox => {
            let s = (iw as f32 / sw).min(ih as f32 / sh);
            (s, s, ((sw * s).round() as u32).min(iw), ((sh * s).round() as u32).min(ih))
        }
    };
    let (ox, oy) = ((iw - tw) / 2, (ih - th) / 2);
    let plane = (iw * ih) as usize;
    out[..plane * 3].fill(0.5);
    // OpenCV's `resize(INTER_LINEAR)` on 8-bit pixels, as `blobFromImage` does before scaling to 0..1, bit
    // for bit: its rounding decides borderline boxes (a float resize moved one box on vtest.avi).
    let xs = linear_taps(tw as usize, frame.width as usize);
    let ys = linear_taps(th as usize, frame.height as usize);
    let to_unit: [f32; 256] = std::array::from_fn(|v| (v as f64 / 255.0) as f32);
    let rgb = &frame.rgb;
    let stride = frame.width as usize * 3;
    // Separable: each source row is resampled horizontally once (Q11 weights, kept as i32 like OpenCV's
    // buffer), cached for the next output row, which usually reads it again, then two such rows are blended.
    let horizontal = |src_row: usize, dst: &mut Vec<i32>| {
        let r = &rgb[src_row * stride..(src_row + 1) * stride];
        dst.clear();
        for t in &xs {
            for c in 0..3 {
                dst.push(i32::from(r[t.i0 * 3 + c]) * t.w0 + i32::from(r[t.i1 * 3 + c]) * t.w1);
            }
        }
    };
    let (mut upper, mut lower) = (Vec::with_capacity(xs.len() * 3), Vec::with_capacity(xs.len() * 3));
    let mut cached: (usize, usize) = (usize::MAX, usize::MAX);
    for (y, t) in ys.iter().enumerate() {
        if cached.0 != t.i0 {
            if cached.1 == t.i0 {
                std::mem::swap(&mut upper, &mut lower);
            } else {
                horizontal(t.i0, &mut upper);
            }
        }
        if cached.1 != t.i1 || cached.0 != t.i0 {
            horizontal(t.i1, &mut lower);
        }
        cached = (t.i0, t.i1);
        let row = ((y as u32 + oy) * iw + ox) as usize;
        for c in 0..3 {
            let dst = &mut out[c * plane + row..c * plane + row + xs.len()];
            for (x, d) in dst.iter_mut().enumerate() {
                let (a, b) = (upper[x * 3 + c], lower[x * 3 + c]);
                // OpenCV's SIMD vertical pass (`VResizeLinearVec_32s8u`), which its wheels run on x86: it
                // drops 4 low bits before each product, so it differs from exact rounding in ~10% of pixels.
                let v = (((t.w0 * (a >> 4)) >> 16) + ((t.w1 * (b >> 4)) >> 16) + 2) >> 2;
                *d = to_unit[v.clamp(0, 255) as usize];
            }
        }
    }
    Geometry { scale_x, scale_y, pad_x: ox as f32, pad_y: oy as f32, width: sw, height: sh }
}

/// One output position of a linear resize: the two source positions and their Q11 weights.
struct Tap {
    i0: usize,
    i1: usize,
    w0: i32,
    w1: i32,
}

/// OpenCV's INTER_LINEAR taps from `src` to `dst` samples: half-pixel centres computed in f32, clamped at
/// both edges, weights `1 - f` and `f` each rounded (to even) to 11 bits.
fn linear_taps(dst: usize, src: usize) -> Vec<Tap> {
    // Computed as OpenCV does (the reciprocal of dst/src), which can differ from src/dst in the last bit.
    let scale = 1.0 / (dst as f64 / src as f64);
    (0..dst)
        .map(|d| {
            let f = ((d as f64 + 0.5) * scale - 0.5) as f32;
            let s = f.floor();
            let (s, f) = if s < 0.0 {
                (0, 0.0)
            } else if s as usize >= src - 1 {
                (src - 1, 0.0)
            } else {
                (s as usize, f - s)
            };
            let q11 = |w: f32| (w * 2048.0).round_ties_even() as i32;
            Tap { i0: s, i1: (s + 1).min(src - 1), w0: q11(1.0 - f), w1: q11(f) }
        })
        .collect()
}

/// A candidate box in model-input pixels (corners).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Candidate {
    pub class_id: usize,
    pub score: f32,
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Decodes one YOLOv3 head `[1, A*(5+C), H, W]` into candidates above `min_score`.
#[allow(clippy::too_many_arguments)]
pub fn decode_head(
    data: &[f32],
    dims: &[usize],
    anchors: &[[f32; 2]],
    classes: usize,
    (iw, ih): (u32, u32),
    keep: &[bool],
    min_score: f32,
    out: &mut Vec<Candidate>,
) -> Result<(), VisionError> {
    let [1, ch, gh, gw] = *dims else {
        return Err(VisionError::Detector(format!("head output shape {dims:?} is not [1, C, H, W]")));
    };
    let per = 5 + classes;
    if ch != anchors.len() * per || data.len() != ch * gh * gw {
        return Err(VisionError::Detector(format!(
            "head output shape {dims:?} does not fit {} anchors x {per}",
            anchors.len()
        )));
    }
    let plane = gh * gw;
    let at = |c: usize, cell: usize| data[c * plane + cell];
    for (a, anchor) in anchors.iter().enumerate() {
        let base = a * per;
        for cell in 0..plane {
            let objectness = sigmoid(at(base + 4, cell));
            if objectness < min_score {
                continue;
            }
            let (best, logit) = (0..classes)
                .filter(|&c| keep[c])
                .map(|c| (c, at(base + 5 + c, cell)))
                .fold((usize::MAX, f32::NEG_INFINITY), |acc, x| if x.1 > acc.1 { x } else { acc });
            if best == usize::MAX {
                continue;
            }
            let score = objectness * sigmoid(logit);
            if score < min_score {
                continue;
            }
            let (gx, gy) = ((cell % gw) as f32, (cell / gw) as f32);
            let cx = (gx + sigmoid(at(base, cell))) / gw as f32 * iw as f32;
            let cy = (gy + sigmoid(at(base + 1, cell))) / gh as f32 * ih as f32;
            let w = at(base + 2, cell).exp() * anchor[0];
            let h = at(base + 3, cell).exp() * anchor[1];
            out.push(Candidate {
                class_id: best,
                score,
                x0: cx - w / 2.0,
                y0: cy - h / 2.0,
                x1: cx + w / 2.0,
                y1: cy + h / 2.0,
            });
        }
    }
    Ok(())
}

fn iou(a: &Candidate, b: &Candidate) -> f32 {
    let iw = (a.x1.min(b.x1) - a.x0.max(b.x0)).max(0.0);
    let ih = (a.y1.min(b.y1) - a.y0.max(b.y0)).max(0.0);
    let inter = iw * ih;
    let union = (a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter;
    if union <= 0.0 {
        0.0
    } else {
        inter / union
    }
}

/// Greedy per-class non-maximum suppression, best score first; the output is sorted by score.
pub fn nms(mut boxes: Vec<Candidate>, threshold: f32) -> Vec<Candidate> {
    boxes.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut kept: Vec<Candidate> = Vec::new();
    for b in boxes {
        if kept.iter().all(|k| k.class_id != b.class_id || iou(k, &b) <= threshold) {
            kept.push(b);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(class_id: usize, score: f32, x0: f32) -> Candidate {
        Candidate { class_id, score, x0, y0: 0.0, x1: x0 + 10.0, y1: 10.0 }
    }

    #[test]
    fn nms_suppresses_overlaps_within_a_class_only() {
        let out = nms(vec![cand(0, 0.6, 1.0), cand(0, 0.9, 0.0), cand(1, 0.7, 0.0), cand(0, 0.5, 50.0)], 0.4);
        let got: Vec<(usize, f32)> = out.iter().map(|c| (c.class_id, c.score)).collect();
        assert_eq!(got, [(0, 0.9), (1, 0.7), (0, 0.5)]);
    }

    #[test]
    fn decode_places_a_confident_cell_where_its_offsets_say() {
        // One anchor (20x40), 2 classes, a 2x2 grid over a 64x64 input; cell (1, 0) is confident class 1.
        let (classes, gw, gh) = (2usize, 2usize, 2usize);
        let per = 5 + classes;
        let mut data = vec![-20.0f32; per * gw * gh];
        let cell = 1; // x=1, y=0
        let set = |d: &mut Vec<f32>, c: usize, v: f32| d[c * gw * gh + cell] = v;
        set(&mut data, 0, 0.0); // sigmoid 0.5: centre of the cell
        set(&mut data, 1, 0.0);
        set(&mut data, 2, 0.0); // exp(0) * anchor
        set(&mut data, 3, 0.0);
        set(&mut data, 4, 10.0);
        set(&mut data, 6, 10.0);
        let mut out = Vec::new();
        decode_head(&data, &[1, per, gh, gw], &[[20.0, 40.0]], classes, (64, 64), &[true, true], 0.5, &mut out)
            .unwrap();
        assert_eq!(out.len(), 1);
        let c = out[0];
        assert_eq!(c.class_id, 1);
        assert!((c.x0 - 38.0).abs() < 1e-3 && (c.x1 - 58.0).abs() < 1e-3, "{c:?}");
        assert!((c.y0 + 4.0).abs() < 1e-3 && (c.y1 - 36.0).abs() < 1e-3, "{c:?}");
        // The same cell with class 1 filtered out yields nothing, even though class 0 exists.
        let mut out = Vec::new();
        decode_head(&data, &[1, per, gh, gw], &[[20.0, 40.0]], classes, (64, 64), &[true, false], 0.5, &mut out)
            .unwrap();
        assert!(out.is_empty());
        assert!(decode_head(&data, &[1, 9, 2, 2], &[[1.0, 1.0]], classes, (64, 64), &[true; 2], 0.5, &mut out).is_err());
    }

    #[test]
    fn resize_reproduces_opencv_8_bit_rounding() {
        // A 23x17 pattern resized to 10x9: these values come from cv2.resize(INTER_LINEAR) in
        // opencv-python-headless 4.14; a float resize rounded to 8 bits gives 67, 120, 173 and 87 instead.
        let (w, h) = (23u32, 17u32);
        let rgb: Vec<u8> = (0..h)
            .flat_map(|y| (0..w).flat_map(move |x| (0..3).map(move |c| ((x * 37 + y * 91 + c * 53 + x * y * 7) % 256) as u8)))
            .collect();
        let frame = Frame::new(w, h, rgb, std::time::Duration::ZERO, 0);
        let mut buf = vec![0.0; 3 * 10 * 9];
        preprocess(&frame, 10, 9, Resize::Stretch, &mut buf);
        let at = |x: usize, y: usize, c: usize| (buf[c * 90 + y * 10 + x] * 255.0).round() as u8;
        assert_eq!([at(0, 0, 0), at(0, 0, 1), at(0, 0, 2), at(7, 0, 0)], [66, 119, 172, 86]);
    }

    #[test]
    fn stretch_and_letterbox_map_boxes_back_to_source_pixels() {
        let frame = Frame::solid(200, 100, [255, 0, 0]);
        let mut buf = vec![0.0; 3 * 50 * 50];
        let g = preprocess(&frame, 50, 50, Resize::Stretch, &mut buf);
        assert!((buf[0] - 1.0).abs() < 1e-6 && buf[2500] == 0.0);
        let b = g.to_source(10.0, 10.0, 20.0, 30.0);
        assert_eq!((b.x, b.y, b.w, b.h), (40.0, 20.0, 40.0, 40.0));

        let g = preprocess(&frame, 50, 50, Resize::Letterbox, &mut buf);
        // 200x100 scaled by 0.25 is 50x25, centred with 12 rows of grey above.
        assert_eq!(buf[0], 0.5);
        assert!((buf[12 * 50] - 1.0).abs() < 1e-6);
        let b = g.to_source(0.0, 12.0, 50.0, 37.0);
        assert_eq!((b.x, b.y, b.w, b.h), (0.0, 0.0, 200.0, 100.0));
    }
}
