//! Darknet (`.cfg` + `.weights`) to ONNX conversion for the YOLOv3 family.
//!
//! Supports the layers YOLOv3 and YOLOv3-tiny use: `convolutional` (batch norm folded into the weights),
//! `maxpool`, `route`, `upsample`, `shortcut` and `yolo`. The ONNX graph takes `[1, 3, H, W]` RGB in 0..1
//! and outputs the raw tensor feeding each `yolo` layer; the decode (sigmoid, anchors) happens in Rust
//! in [`crate::detector`], so the graph stays plain convolution that any runtime optimises well.

use crate::onnx::{Attr, Graph, Initializer, Node, ValueInfo};
use crate::VisionError;

/// One `[section]` of a cfg file with its `key=value` options in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub kind: String,
    pub line: usize,
    pub options: Vec<(String, String)>,
}

impl Section {
    fn get(&self, key: &str) -> Option<&str> {
        self.options.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn int(&self, key: &str, default: i64) -> Result<i64, VisionError> {
        match self.get(key) {
            None => Ok(default),
            Some(v) => v.parse().map_err(|_| self.bad(key, v)),
        }
    }

    /// An integer option that must lie in `min..=max` (sizes, strides, counts).
    fn bounded(&self, key: &str, default: i64, min: i64, max: i64) -> Result<usize, VisionError> {
        let v = self.int(key, default)?;
        if !(min..=max).contains(&v) {
            return Err(VisionError::Convert(format!(
                "[{}] at line {}: {key}={v} is outside {min}..={max}",
                self.kind, self.line
            )));
        }
        Ok(v as usize)
    }

    fn ints(&self, key: &str) -> Result<Vec<i64>, VisionError> {
        let Some(v) = self.get(key) else { return Ok(Vec::new()) };
        v.split(',').filter(|s| !s.trim().is_empty()).map(|s| s.trim().parse().map_err(|_| self.bad(key, v))).collect()
    }

    fn bad(&self, key: &str, value: &str) -> VisionError {
        VisionError::Convert(format!("[{}] at line {}: `{key}={value}` is not a number", self.kind, self.line))
    }
}

/// Parses a Darknet cfg: `[section]` headers, `key=value` lines, `#`/`;` comments.
pub fn parse_cfg(text: &str) -> Result<Vec<Section>, VisionError> {
    let mut sections: Vec<Section> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(kind) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            sections.push(Section { kind: kind.trim().to_string(), line: i + 1, options: Vec::new() });
        } else if let Some((k, v)) = line.split_once('=') {
            let Some(section) = sections.last_mut() else {
                return Err(VisionError::Convert(format!("line {}: option before any [section]", i + 1)));
            };
            section.options.push((k.trim().to_string(), v.trim().to_string()));
        } else {
            return Err(VisionError::Convert(format!("line {}: expected [section] or key=value, got `{line}`", i + 1)));
        }
    }
    match sections.first() {
        Some(s) if s.kind == "net" || s.kind == "network" => Ok(sections),
        _ => Err(VisionError::Convert("cfg does not start with a [net] section".into())),
    }
}

/// One YOLO output head: which graph output feeds it, its grid and its anchors in input pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub output: String,
    pub grid_w: usize,
    pub grid_h: usize,
    pub mask: Vec<usize>,
    pub anchors: Vec<[f32; 2]>,
}

/// The result of a conversion.
#[derive(Debug, Clone)]
pub struct Converted {
    pub graph: Graph,
    pub input_name: String,
    pub input_w: usize,
    pub input_h: usize,
    pub classes: usize,
    pub heads: Vec<Head>,
    /// True when the known YOLOv3-tiny mask bug was corrected (see [`fix_tiny_masks`]).
    pub mask_fixed: bool,
}

/// Darknet's own batch-norm epsilon: it divides by `sqrt(var) + 1e-6`, and the weights were trained with it.
const BN_EPS: f32 = 0.000_001;

struct Weights<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Weights<'_> {
    fn take(&mut self, n: usize, what: &str) -> Result<Vec<f32>, VisionError> {
        let end = n.checked_mul(4).and_then(|b| b.checked_add(self.pos)).unwrap_or(usize::MAX);
        if end > self.data.len() {
            return Err(VisionError::Convert(format!(
                "weights file too short: {what} needs {n} floats at byte {} of {}",
                self.pos,
                self.data.len()
            )));
        }
        let out =
            self.data[self.pos..end].chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        self.pos = end;
        Ok(out)
    }
}

#[derive(Clone)]
struct Tensor {
    name: String,
    c: usize,
    h: usize,
    w: usize,
}

/// Converts a cfg and its weights into an ONNX graph plus the head description the decoder needs.
///
/// The weights must be consumed exactly: a file of the wrong length means cfg and weights do not belong
/// together, which would otherwise produce a model that runs and detects nothing.
pub fn convert(cfg: &str, weights: &[u8]) -> Result<Converted, VisionError> {
    let sections = parse_cfg(cfg)?;
    let net = &sections[0];
    let (input_w, input_h) = (net.bounded("width", 416, 1, 8192)?, net.bounded("height", 416, 1, 8192)?);
    if net.int("channels", 3)? != 3 {
        return Err(VisionError::Convert("[net] must have channels=3 (RGB)".into()));
    }

    let mut w = Weights { data: weights, pos: 0 };
    let header = w.take(3, "header")?;
    let (major, minor) = (header[0].to_bits() as i32, header[1].to_bits() as i32);
    // The "images seen" counter grew from 32 to 64 bits in format 0.2.
    w.pos += if major * 10 + minor >= 2 { 8 } else { 4 };

    let input = Tensor { name: "image".into(), c: 3, h: input_h, w: input_w };
    let mut g = Graph { name: "darknet".into(), ..Graph::default() };
    g.inputs.push(ValueInfo { name: input.name.clone(), dims: vec![1, 3, input_h as i64, input_w as i64] });
    let mut layers: Vec<Tensor> = Vec::new();
    let mut heads = Vec::new();
    let mut classes = 0usize;

    for (i, s) in sections.iter().enumerate().skip(1) {
        let idx = i - 1;
        let prev = layers.last().cloned().unwrap_or_else(|| input.clone());
        let name = format!("l{idx}");
        let resolve = |rel: i64| -> Result<Tensor, VisionError> {
            let abs = if rel < 0 { (idx as i64).saturating_add(rel) } else { rel };
            layers.get(abs as usize).filter(|_| abs >= 0).cloned().ok_or_else(|| {
                VisionError::Convert(format!("[{}] at line {}: layer {rel} does not exist", s.kind, s.line))
            })
        };
        let out = match s.kind.as_str() {
            "convolutional" => {
                let filters = s.bounded("filters", 1, 1, 65_536)?;
                let size = s.bounded("size", 1, 1, 15)?;
                let stride = s.bounded("stride", 1, 1, 16)?;
                let pad = if s.int("pad", 0)? != 0 { size / 2 } else { s.bounded("padding", 0, 0, 16)? };
                if prev.h + 2 * pad < size || prev.w + 2 * pad < size {
                    return Err(VisionError::Convert(format!("line {}: kernel larger than its input", s.line)));
                }
                if s.int("groups", 1)? != 1 {
                    return Err(VisionError::Convert(format!("line {}: grouped convolution unsupported", s.line)));
                }
                let bn = s.int("batch_normalize", 0)? != 0;
                let n = filters
                    .checked_mul(prev.c)
                    .and_then(|v| v.checked_mul(size * size))
                    .ok_or_else(|| VisionError::Convert(format!("line {}: layer too large", s.line)))?;
                let mut bias = w.take(filters, &name)?;
                let mut kernel;
                if bn {
                    let gamma = w.take(filters, &name)?;
                    let mean = w.take(filters, &name)?;
                    let var = w.take(filters, &name)?;
                    kernel = w.take(n, &name)?;
                    let per = n / filters;
                    for f in 0..filters {
                        let scale = gamma[f] / (var[f].sqrt() + BN_EPS);
                        kernel[f * per..(f + 1) * per].iter_mut().for_each(|k| *k *= scale);
                        bias[f] -= mean[f] * scale;
                    }
                } else {
                    kernel = w.take(n, &name)?;
                }
                let (wn, bn_name) = (format!("{name}.weight"), format!("{name}.bias"));
                g.initializers.push(Initializer {
                    name: wn.clone(),
                    dims: vec![filters as i64, prev.c as i64, size as i64, size as i64],
                    data: kernel,
                });
                g.initializers.push(Initializer { name: bn_name.clone(), dims: vec![filters as i64], data: bias });
                let activation = s.get("activation").unwrap_or("logistic");
                let conv_out = if activation == "linear" { name.clone() } else { format!("{name}.conv") };
                g.nodes.push(Node {
                    op_type: "Conv".into(),
                    name: format!("{name}.conv"),
                    inputs: vec![prev.name.clone(), wn, bn_name],
                    outputs: vec![conv_out.clone()],
                    attrs: vec![
                        ("kernel_shape".into(), Attr::Ints(vec![size as i64; 2])),
                        ("strides".into(), Attr::Ints(vec![stride as i64; 2])),
                        ("pads".into(), Attr::Ints(vec![pad as i64; 4])),
                    ],
                });
                match activation {
                    "linear" => {}
                    "leaky" => g.nodes.push(Node {
                        op_type: "LeakyRelu".into(),
                        name: format!("{name}.leaky"),
                        inputs: vec![conv_out],
                        outputs: vec![name.clone()],
                        attrs: vec![("alpha".into(), Attr::Float(0.1))],
                    }),
                    other => {
                        return Err(VisionError::Convert(format!("line {}: activation `{other}` unsupported", s.line)))
                    }
                }
                let oh = (prev.h + 2 * pad - size) / stride + 1;
                let ow = (prev.w + 2 * pad - size) / stride + 1;
                Tensor { name, c: filters, h: oh, w: ow }
            }
            "maxpool" => {
                let size = s.bounded("size", 1, 1, 16)?;
                let stride = s.bounded("stride", 1, 1, 16)?;
                // Darknet pads size-1 by default, mostly after the data (offset -padding/2), with -inf.
                let padding = s.bounded("padding", size as i64 - 1, 0, 16)?;
                if prev.h + padding < size || prev.w + padding < size {
                    return Err(VisionError::Convert(format!("line {}: pool larger than its input", s.line)));
                }
                let (begin, end) = (padding / 2, padding - padding / 2);
                g.nodes.push(Node {
                    op_type: "MaxPool".into(),
                    name: name.clone(),
                    inputs: vec![prev.name.clone()],
                    outputs: vec![name.clone()],
                    attrs: vec![
                        ("kernel_shape".into(), Attr::Ints(vec![size as i64; 2])),
                        ("strides".into(), Attr::Ints(vec![stride as i64; 2])),
                        ("pads".into(), Attr::Ints(vec![begin as i64, begin as i64, end as i64, end as i64])),
                    ],
                });
                let oh = (prev.h + padding - size) / stride + 1;
                let ow = (prev.w + padding - size) / stride + 1;
                Tensor { name, c: prev.c, h: oh, w: ow }
            }
            "route" => {
                if s.int("groups", 1)? != 1 {
                    return Err(VisionError::Convert(format!("line {}: route groups unsupported", s.line)));
                }
                let sources = s.ints("layers")?.into_iter().map(resolve).collect::<Result<Vec<_>, _>>()?;
                match sources.as_slice() {
                    [] => return Err(VisionError::Convert(format!("line {}: route without layers", s.line))),
                    // A single-source route is an alias: no node needed.
                    [one] => one.clone(),
                    many => {
                        if many.iter().any(|t| (t.h, t.w) != (many[0].h, many[0].w)) {
                            return Err(VisionError::Convert(format!("line {}: route of mismatched sizes", s.line)));
                        }
                        g.nodes.push(Node {
                            op_type: "Concat".into(),
                            name: name.clone(),
                            inputs: many.iter().map(|t| t.name.clone()).collect(),
                            outputs: vec![name.clone()],
                            attrs: vec![("axis".into(), Attr::Int(1))],
                        });
                        Tensor { name, c: many.iter().map(|t| t.c).sum(), h: many[0].h, w: many[0].w }
                    }
                }
            }
            "upsample" => {
                let stride = s.bounded("stride", 2, 1, 16)?;
                let scales = format!("{name}.scales");
                g.initializers.push(Initializer {
                    name: scales.clone(),
                    dims: vec![4],
                    data: vec![1.0, 1.0, stride as f32, stride as f32],
                });
                g.nodes.push(Node {
                    op_type: "Resize".into(),
                    name: name.clone(),
                    inputs: vec![prev.name.clone(), String::new(), scales],
                    outputs: vec![name.clone()],
                    // Integer nearest-neighbour upsampling: each pixel repeated stride times, as Darknet does.
                    attrs: vec![
                        ("mode".into(), Attr::Str("nearest".into())),
                        ("coordinate_transformation_mode".into(), Attr::Str("asymmetric".into())),
                        ("nearest_mode".into(), Attr::Str("floor".into())),
                    ],
                });
                let (h, w) = (prev.h * stride, prev.w * stride);
                if h > 65_536 || w > 65_536 {
                    return Err(VisionError::Convert(format!("line {}: upsampled beyond any sensible size", s.line)));
                }
                Tensor { name, c: prev.c, h, w }
            }
            "shortcut" => {
                let from = resolve(s.int("from", -1)?)?;
                if s.get("activation").unwrap_or("linear") != "linear" || from.c != prev.c {
                    return Err(VisionError::Convert(format!("line {}: only linear same-shape shortcuts", s.line)));
                }
                g.nodes.push(Node {
                    op_type: "Add".into(),
                    name: name.clone(),
                    inputs: vec![prev.name.clone(), from.name],
                    outputs: vec![name.clone()],
                    attrs: vec![],
                });
                Tensor { name, ..prev }
            }
            "yolo" => {
                let anchors_flat = s.ints("anchors")?;
                if anchors_flat.len() % 2 != 0 {
                    return Err(VisionError::Convert(format!("line {}: odd number of anchor values", s.line)));
                }
                let anchors: Vec<[f32; 2]> = anchors_flat.chunks(2).map(|c| [c[0] as f32, c[1] as f32]).collect();
                let mask: Vec<usize> = s.ints("mask")?.into_iter().map(|m| m as usize).collect();
                if mask.is_empty() || mask.iter().any(|&m| m >= anchors.len()) {
                    return Err(VisionError::Convert(format!("line {}: mask does not index the anchors", s.line)));
                }
                classes = s.bounded("classes", 80, 1, 10_000)?;
                if prev.c != mask.len() * (5 + classes) {
                    return Err(VisionError::Convert(format!(
                        "line {}: head has {} channels, expected {} anchors x (5 + {classes} classes)",
                        s.line,
                        prev.c,
                        mask.len()
                    )));
                }
                heads.push(Head { output: prev.name.clone(), grid_w: prev.w, grid_h: prev.h, mask, anchors });
                prev
            }
            other => return Err(VisionError::Convert(format!("line {}: layer [{other}] unsupported", s.line))),
        };
        layers.push(out);
    }

    if w.pos != weights.len() {
        return Err(VisionError::Convert(format!(
            "weights file has {} bytes, the cfg uses {}: cfg and weights do not match",
            weights.len(),
            w.pos
        )));
    }
    if heads.is_empty() {
        return Err(VisionError::Convert("cfg has no [yolo] layer".into()));
    }
    let mask_fixed = fix_tiny_masks(&mut heads);
    for h in &heads {
        let c = (h.mask.len() * (5 + classes)) as i64;
        g.outputs.push(ValueInfo { name: h.output.clone(), dims: vec![1, c, h.grid_h as i64, h.grid_w as i64] });
    }
    Ok(Converted { graph: g, input_name: input.name, input_w, input_h, classes, heads, mask_fixed })
}

/// The YOLOv3-tiny cfg as released says `mask=0,1,2` on the 26x26 head, but the released weights were
/// trained with `1,2,3` (the 10x14 anchor is unused): with the cfg as written every box on that head comes
/// out about half size. Correct exactly that pattern and nothing else.
pub fn fix_tiny_masks(heads: &mut [Head]) -> bool {
    if let [coarse, fine] = heads {
        if coarse.anchors.len() == 6 && coarse.mask == [3, 4, 5] && fine.mask == [0, 1, 2] {
            fine.mask = vec![1, 2, 3];
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "[net]\n# comment\nwidth=8\nheight=8\nchannels=3\n\n[convolutional]\nbatch_normalize=1\nfilters=2\nsize=3\nstride=1\npad=1\nactivation=leaky\n\n[maxpool]\nsize=2\nstride=2\n\n[convolutional]\nsize=1\nstride=1\npad=1\nfilters=6\nactivation=linear\n\n[yolo]\nmask=0\nanchors=4,4, 8,8\nclasses=1\n";

    fn weights_for_tiny(extra: usize) -> Vec<u8> {
        let mut b = Vec::new();
        for v in [0i32, 2, 0] {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.extend_from_slice(&0u64.to_le_bytes());
        // conv0: bias 2, gamma 2, mean 2, var 2, weights 2*3*3*3; conv2: bias 6, weights 6*2.
        let n = 2 + 2 + 2 + 2 + 54 + 6 + 12 + extra;
        for _ in 0..n {
            b.extend_from_slice(&1.0f32.to_le_bytes());
        }
        b
    }

    #[test]
    fn converts_a_small_network_and_tracks_shapes() {
        let c = convert(TINY, &weights_for_tiny(0)).unwrap();
        assert_eq!((c.input_w, c.input_h, c.classes), (8, 8, 1));
        assert_eq!(c.heads.len(), 1);
        assert_eq!((c.heads[0].grid_w, c.heads[0].grid_h), (4, 4));
        assert_eq!(c.graph.outputs[0].dims, vec![1, 6, 4, 4]);
        let ops: Vec<_> = c.graph.nodes.iter().map(|n| n.op_type.as_str()).collect();
        assert_eq!(ops, ["Conv", "LeakyRelu", "MaxPool", "Conv"]);
        // Batch norm folded: weight 1 * gamma 1 / (sqrt(1) + eps), bias 1 - mean 1 * scale ~ 0.
        let b0 = &c.graph.initializers[1];
        assert!(b0.data[0].abs() < 1e-5);
    }

    #[test]
    fn weights_of_the_wrong_length_are_rejected() {
        let err = convert(TINY, &weights_for_tiny(1)).unwrap_err().to_string();
        assert!(err.contains("do not match"), "{err}");
        let mut short = weights_for_tiny(0);
        short.truncate(short.len() - 4);
        assert!(convert(TINY, &short).unwrap_err().to_string().contains("too short"));
    }

    #[test]
    fn cfg_errors_name_the_line() {
        assert!(parse_cfg("width=3\n").is_err());
        let err = parse_cfg("[net]\nwidth=8\n[convolutional]\nfilters=abc\n").unwrap();
        let e = convert("[net]\nwidth=8\nheight=8\n[convolutional]\nfilters=abc\n", &[0u8; 16]);
        assert_eq!(err.len(), 2);
        assert!(e.unwrap_err().to_string().contains("line 4"));
        assert!(parse_cfg("[net]\nnonsense\n").unwrap_err().to_string().contains("line 2"));
    }

    #[test]
    fn arbitrary_cfgs_and_weights_are_errors_not_panics() {
        // Mutations of a valid cfg: truncated, digits changed, sections swapped.
        let weights = weights_for_tiny(0);
        for cut in 0..TINY.len() {
            let _ = convert(&TINY[..cut], &weights);
        }
        for (i, c) in TINY.char_indices().filter(|(_, c)| c.is_ascii_digit()) {
            for d in ['0', '9', '-'] {
                let mut m = TINY.to_string();
                m.replace_range(i..i + c.len_utf8(), &d.to_string());
                let _ = convert(&m, &weights);
                let _ = convert(&m, &weights[..weights.len() / 2]);
            }
        }
        let _ = convert("[net]\n[route]\nlayers=5\n", &weights);
        let _ = convert("[net]\n[shortcut]\nfrom=-9\n", &weights);
    }

    #[test]
    fn only_the_known_tiny_mask_pattern_is_fixed() {
        let head =
            |mask: Vec<usize>| Head { output: String::new(), grid_w: 1, grid_h: 1, mask, anchors: vec![[1.0, 1.0]; 6] };
        let mut tiny = vec![head(vec![3, 4, 5]), head(vec![0, 1, 2])];
        assert!(fix_tiny_masks(&mut tiny));
        assert_eq!(tiny[1].mask, [1, 2, 3]);
        let mut other = vec![head(vec![3, 4, 5]), head(vec![1, 2, 3])];
        assert!(!fix_tiny_masks(&mut other));
        let mut three = vec![head(vec![6, 7, 8]), head(vec![3, 4, 5]), head(vec![0, 1, 2])];
        assert!(!fix_tiny_masks(&mut three));
    }
}
