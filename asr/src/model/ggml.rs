//! The ggml model file whisper.cpp loads: writing it from CTranslate2 weights, and reading its index back to
//! verify it.
//!
//! Layout: magic, 11 i32 hyper-parameters, the mel filterbank, the regular vocabulary, then tensors
//! (i32 rank, i32 name length, i32 type, dims in ggml order = numpy shape reversed, name, data). whisper.cpp
//! checks tensor count, names and shapes exactly, so [`plan`] is both the conversion recipe and the check.

use std::collections::BTreeSet;
use std::io::{BufWriter, Read, Write};
use std::path::Path;

use half::f16;

use super::ct2::{Ct2Model, DType};
use super::{mel, vocab};
use crate::error::AsrError;

const MAGIC: u32 = 0x6767_6d6c;

/// `ftype` of a file whose linear weights are f16, and of one whose linear weights are q8_0.
pub const FTYPE_F16: i32 = 1;
pub const FTYPE_Q8_0: i32 = 7;
/// ggml's quantisation format version, stored as `ftype + 1000 * version` in quantised files.
const QNT_VERSION: i32 = 2;
/// Values per q8_0 block: an f16 scale then 32 signed bytes.
const Q8_BLOCK: usize = 32;

/// Tensor element types this crate writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GgmlType {
    F32 = 0,
    F16 = 1,
    Q8_0 = 8,
}

impl GgmlType {
    fn bytes(self, elements: usize) -> usize {
        match self {
            GgmlType::F32 => elements * 4,
            GgmlType::F16 => elements * 2,
            GgmlType::Q8_0 => elements / Q8_BLOCK * (2 + Q8_BLOCK),
        }
    }
}

/// ggml's reference q8_0 quantisation of one row (length a multiple of 32).
fn quantize_q8_0(row: &[f32], out: &mut Vec<u8>) {
    for block in row.chunks_exact(Q8_BLOCK) {
        let amax = block.iter().fold(0f32, |m, x| m.max(x.abs()));
        let d = amax / 127.0;
        let id = if d != 0.0 { 1.0 / d } else { 0.0 };
        out.extend(f16::from_f32(d).to_le_bytes());
        out.extend(block.iter().map(|x| (x * id).round() as i8 as u8));
    }
}

/// Whisper's hyper-parameters in the order the file stores them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hparams {
    pub n_vocab: i32,
    pub n_audio_ctx: i32,
    pub n_audio_state: i32,
    pub n_audio_head: i32,
    pub n_audio_layer: i32,
    pub n_text_ctx: i32,
    pub n_text_state: i32,
    pub n_text_head: i32,
    pub n_text_layer: i32,
    pub n_mels: i32,
    pub ftype: i32,
}

impl Hparams {
    fn to_array(self) -> [i32; 11] {
        [
            self.n_vocab,
            self.n_audio_ctx,
            self.n_audio_state,
            self.n_audio_head,
            self.n_audio_layer,
            self.n_text_ctx,
            self.n_text_state,
            self.n_text_head,
            self.n_text_layer,
            self.n_mels,
            self.ftype,
        ]
    }

    fn from_array(a: [i32; 11]) -> Self {
        let [n_vocab, n_audio_ctx, n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer, n_mels, ftype] =
            a;
        Self {
            n_vocab,
            n_audio_ctx,
            n_audio_state,
            n_audio_head,
            n_audio_layer,
            n_text_ctx,
            n_text_state,
            n_text_head,
            n_text_layer,
            n_mels,
            ftype,
        }
    }

    /// Reads the shapes (and the two head counts) off the CTranslate2 variables.
    pub fn from_ct2(m: &Ct2Model, ftype: i32) -> Result<Self, AsrError> {
        let dims = |name: &str| m.get(name).map(|v| v.dims.clone());
        let heads = |name: &str| {
            m.get(name)?.scalar_int().ok_or_else(|| AsrError::Ct2Format(format!("{name} is not an integer")))
        };
        let (emb, enc_pos, dec_pos, conv1) = (
            dims("decoder/embeddings/weight")?,
            dims("encoder/position_encodings/encodings")?,
            dims("decoder/position_encodings/encodings")?,
            dims("encoder/conv1/weight")?,
        );
        if emb.len() != 2 || enc_pos.len() != 2 || dec_pos.len() != 2 || conv1.len() != 3 {
            return Err(AsrError::Ct2Format("unexpected rank of embeddings or conv1".into()));
        }
        Ok(Self {
            n_vocab: emb[0] as i32,
            n_audio_ctx: enc_pos[0] as i32,
            n_audio_state: enc_pos[1] as i32,
            n_audio_head: heads("encoder/num_heads")? as i32,
            n_audio_layer: count_layers(m, "encoder/") as i32,
            n_text_ctx: dec_pos[0] as i32,
            n_text_state: dec_pos[1] as i32,
            n_text_head: heads("decoder/num_heads")? as i32,
            n_text_layer: count_layers(m, "decoder/") as i32,
            n_mels: conv1[1] as i32,
            ftype: if ftype == FTYPE_Q8_0 { FTYPE_Q8_0 + 1000 * QNT_VERSION } else { FTYPE_F16 },
        })
    }

    /// whisper.cpp's own rule: the multilingual vocabulary has one more token than English-only.
    pub fn is_multilingual(&self) -> bool {
        self.n_vocab >= 51865
    }
}

/// Counts `<prefix>layer_<digits>/`; a bare `layer_` prefix would also match `encoder/layer_norm`.
fn count_layers(m: &Ct2Model, prefix: &str) -> usize {
    let mut seen = BTreeSet::new();
    for name in m.variables.keys() {
        let Some(rest) = name.strip_prefix(prefix).and_then(|r| r.strip_prefix("layer_")) else { continue };
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty() && rest[digits.len()..].starts_with('/') {
            seen.insert(digits.parse::<usize>().unwrap_or(usize::MAX));
        }
    }
    seen.len()
}

/// One output tensor: where it comes from and what it must look like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub name: String,
    pub source: String,
    /// Rows `[start, end)` of the source's first dimension (fused q/k/v projections are split this way).
    pub rows: Option<(usize, usize)>,
    /// Shape in numpy order (outermost first); the file stores it reversed.
    pub shape: Vec<usize>,
    pub ty: GgmlType,
}

/// The complete tensor list whisper.cpp expects for these hyper-parameters (167 for tiny).
pub fn plan(h: &Hparams) -> Vec<Planned> {
    let (da, dt, nm) = (h.n_audio_state as usize, h.n_text_state as usize, h.n_mels as usize);
    let mut out = Vec::new();
    let linear = if h.ftype % 1000 == FTYPE_Q8_0 { GgmlType::Q8_0 } else { GgmlType::F16 };
    let mut add = |name: String, source: String, rows: Option<(usize, usize)>, shape: Vec<usize>| {
        // Whisper.cpp's im2col needs f16 conv kernels; everything 1-D, conv biases and positions stay f32.
        // Linear weights and the token embedding take the file's type (f16 or q8_0).
        let ty = if shape.len() == 1 || name.ends_with(".bias") || name.ends_with("positional_embedding") {
            GgmlType::F32
        } else if name.contains(".conv") {
            GgmlType::F16
        } else {
            linear
        };
        out.push(Planned { name, source, rows, shape, ty });
    };
    add("encoder.positional_embedding".into(), "encoder/position_encodings/encodings".into(), None, vec![h.n_audio_ctx as usize, da]);
    add("encoder.conv1.weight".into(), "encoder/conv1/weight".into(), None, vec![da, nm, 3]);
    add("encoder.conv1.bias".into(), "encoder/conv1/bias".into(), None, vec![da, 1]);
    add("encoder.conv2.weight".into(), "encoder/conv2/weight".into(), None, vec![da, da, 3]);
    add("encoder.conv2.bias".into(), "encoder/conv2/bias".into(), None, vec![da, 1]);
    add("encoder.ln_post.weight".into(), "encoder/layer_norm/gamma".into(), None, vec![da]);
    add("encoder.ln_post.bias".into(), "encoder/layer_norm/beta".into(), None, vec![da]);
    for side in ["encoder", "decoder"] {
        let (d, layers) = if side == "encoder" { (da, h.n_audio_layer) } else { (dt, h.n_text_layer) };
        for i in 0..layers as usize {
            let g = |s: &str| format!("{side}.blocks.{i}.{s}");
            let c = |s: &str| format!("{side}/layer_{i}/{s}");
            let mut norm = |ggml: &str, ct2: &str| {
                add(g(&format!("{ggml}.weight")), c(&format!("{ct2}/gamma")), None, vec![d]);
                add(g(&format!("{ggml}.bias")), c(&format!("{ct2}/beta")), None, vec![d]);
            };
            norm("attn_ln", "self_attention/layer_norm");
            norm("mlp_ln", "ffn/layer_norm");
            if side == "decoder" {
                norm("cross_attn_ln", "attention/layer_norm");
            }
            let qkv = c("self_attention/linear_0/weight");
            let qkv_b = c("self_attention/linear_0/bias");
            add(g("attn.query.weight"), qkv.clone(), Some((0, d)), vec![d, d]);
            add(g("attn.query.bias"), qkv_b.clone(), Some((0, d)), vec![d]);
            add(g("attn.key.weight"), qkv.clone(), Some((d, 2 * d)), vec![d, d]);
            add(g("attn.value.weight"), qkv, Some((2 * d, 3 * d)), vec![d, d]);
            add(g("attn.value.bias"), qkv_b, Some((2 * d, 3 * d)), vec![d]);
            add(g("attn.out.weight"), c("self_attention/linear_1/weight"), None, vec![d, d]);
            add(g("attn.out.bias"), c("self_attention/linear_1/bias"), None, vec![d]);
            add(g("mlp.0.weight"), c("ffn/linear_0/weight"), None, vec![4 * d, d]);
            add(g("mlp.0.bias"), c("ffn/linear_0/bias"), None, vec![4 * d]);
            add(g("mlp.2.weight"), c("ffn/linear_1/weight"), None, vec![d, 4 * d]);
            add(g("mlp.2.bias"), c("ffn/linear_1/bias"), None, vec![d]);
            if side == "decoder" {
                add(g("cross_attn.query.weight"), c("attention/linear_0/weight"), None, vec![d, d]);
                add(g("cross_attn.query.bias"), c("attention/linear_0/bias"), None, vec![d]);
                let kv = c("attention/linear_1/weight");
                add(g("cross_attn.key.weight"), kv.clone(), Some((0, d)), vec![d, d]);
                add(g("cross_attn.value.weight"), kv, Some((d, 2 * d)), vec![d, d]);
                add(g("cross_attn.value.bias"), c("attention/linear_1/bias"), Some((d, 2 * d)), vec![d]);
                add(g("cross_attn.out.weight"), c("attention/linear_2/weight"), None, vec![d, d]);
                add(g("cross_attn.out.bias"), c("attention/linear_2/bias"), None, vec![d]);
            }
        }
    }
    add("decoder.positional_embedding".into(), "decoder/position_encodings/encodings".into(), None, vec![h.n_text_ctx as usize, dt]);
    add("decoder.token_embedding.weight".into(), "decoder/embeddings/weight".into(), None, vec![h.n_vocab as usize, dt]);
    add("decoder.ln.weight".into(), "decoder/layer_norm/gamma".into(), None, vec![dt]);
    add("decoder.ln.bias".into(), "decoder/layer_norm/beta".into(), None, vec![dt]);
    out
}

/// Writes the ggml file for a parsed CTranslate2 model and its `vocabulary.txt`; `ftype` is
/// [`FTYPE_F16`] or [`FTYPE_Q8_0`].
pub fn write(m: &Ct2Model, vocabulary_txt: &str, out: &Path, ftype: i32) -> Result<Hparams, AsrError> {
    let h = Hparams::from_ct2(m, ftype)?;
    let tokens = vocab::regular_tokens(vocabulary_txt)?;
    let file = std::fs::File::create(out).map_err(AsrError::io(out))?;
    let mut w = BufWriter::new(file);
    let io = AsrError::io(out);
    write_all(&mut w, m, &h, &tokens).map_err(|e| match e {
        WriteError::Io(source) => io(source),
        WriteError::Asr(e) => e,
    })?;
    Ok(h)
}

enum WriteError {
    Io(std::io::Error),
    Asr(AsrError),
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError::Io(e)
    }
}

fn write_all(w: &mut impl Write, m: &Ct2Model, h: &Hparams, tokens: &[Vec<u8>]) -> Result<(), WriteError> {
    let i32s = |w: &mut dyn Write, v: i32| w.write_all(&v.to_le_bytes());
    w.write_all(&MAGIC.to_le_bytes())?;
    for v in h.to_array() {
        i32s(w, v)?;
    }
    let n_freq = mel::N_FFT / 2 + 1;
    i32s(w, h.n_mels)?;
    i32s(w, n_freq as i32)?;
    for x in mel::filters(h.n_mels as usize) {
        w.write_all(&x.to_le_bytes())?;
    }
    i32s(w, tokens.len() as i32)?;
    for t in tokens {
        w.write_all(&(t.len() as u32).to_le_bytes())?;
        w.write_all(t)?;
    }
    for p in plan(h) {
        let v = m.get(&p.source).map_err(WriteError::Asr)?;
        let elems: usize = p.shape.iter().product();
        let row_len: usize = v.dims.iter().skip(1).product::<usize>().max(1);
        let (start, end) = p.rows.unwrap_or((0, v.dims.first().copied().unwrap_or(1)));
        let esize = match v.dtype {
            DType::F16 => 2,
            DType::F32 => 4,
            other => {
                return Err(WriteError::Asr(AsrError::Ct2Format(format!("{}: {other:?} weights are not supported", p.source))))
            }
        };
        let data = v.data.get(start * row_len * esize..end * row_len * esize);
        let data = data.filter(|d| d.len() == elems * esize).ok_or_else(|| {
            WriteError::Asr(AsrError::Ct2Format(format!("{}: dims {:?} do not give {} as {:?}", p.source, v.dims, p.name, p.shape)))
        })?;
        i32s(w, p.shape.len() as i32)?;
        i32s(w, p.name.len() as i32)?;
        i32s(w, p.ty as i32)?;
        for d in p.shape.iter().rev() {
            i32s(w, *d as i32)?;
        }
        w.write_all(p.name.as_bytes())?;
        match (v.dtype, p.ty) {
            (DType::F16, GgmlType::F16) | (DType::F32, GgmlType::F32) => w.write_all(data)?,
            (DType::F16, GgmlType::F32) => {
                for c in data.chunks_exact(2) {
                    w.write_all(&f16::from_le_bytes([c[0], c[1]]).to_f32().to_le_bytes())?;
                }
            }
            (_, GgmlType::F16) => {
                for c in data.chunks_exact(4) {
                    w.write_all(&f16::from_f32(f32::from_le_bytes([c[0], c[1], c[2], c[3]])).to_le_bytes())?;
                }
            }
            (_, GgmlType::Q8_0) => {
                let values: Vec<f32> = match v.dtype {
                    DType::F16 => data.chunks_exact(2).map(|c| f16::from_le_bytes([c[0], c[1]]).to_f32()).collect(),
                    _ => data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect(),
                };
                let row = *p.shape.last().unwrap_or(&0);
                if row % Q8_BLOCK != 0 {
                    return Err(WriteError::Asr(AsrError::Ct2Format(format!("{}: rows of {row} cannot be q8_0", p.name))));
                }
                let mut buf = Vec::with_capacity(GgmlType::Q8_0.bytes(values.len()));
                quantize_q8_0(&values, &mut buf);
                w.write_all(&buf)?;
            }
            _ => unreachable!("dtype checked above"),
        }
    }
    w.flush()?;
    Ok(())
}

/// What a ggml file holds, read without loading the weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub hparams: Hparams,
    pub n_tokens: usize,
    /// (name, numpy-order shape, type) in file order.
    pub tensors: Vec<(String, Vec<usize>, GgmlType)>,
}

/// Reads the header, filterbank, vocabulary and every tensor header of a ggml file, and checks that the
/// tensors are exactly the ones whisper.cpp will ask for and that the file ends where the last one does.
pub fn verify(path: &Path) -> Result<Index, AsrError> {
    let bad = |detail: String| AsrError::Model { path: path.to_path_buf(), detail };
    let file = std::fs::File::open(path).map_err(|e| bad(format!("cannot open: {e}")))?;
    let len = file.metadata().map_err(|e| bad(e.to_string()))?.len();
    let mut r = std::io::BufReader::new(file);
    let mut pos = 0u64;
    let read_i32 = |r: &mut std::io::BufReader<std::fs::File>, pos: &mut u64| -> Result<i32, AsrError> {
        let mut b = [0u8; 4];
        r.read_exact(&mut b).map_err(|_| bad(format!("truncated at byte {pos}")))?;
        *pos += 4;
        Ok(i32::from_le_bytes(b))
    };
    if read_i32(&mut r, &mut pos)? as u32 != MAGIC {
        return Err(bad("not a ggml Whisper model (bad magic)".into()));
    }
    let mut hp = [0i32; 11];
    for v in &mut hp {
        *v = read_i32(&mut r, &mut pos)?;
    }
    let hparams = Hparams::from_array(hp);
    let (n_mel, n_fft) = (read_i32(&mut r, &mut pos)?, read_i32(&mut r, &mut pos)?);
    if n_mel != hparams.n_mels || n_fft != (mel::N_FFT / 2 + 1) as i32 {
        return Err(bad(format!("mel filterbank is {n_mel}x{n_fft}")));
    }
    let mut filters = vec![0u8; n_mel as usize * n_fft as usize * 4];
    r.read_exact(&mut filters).map_err(|_| bad("truncated mel filterbank".into()))?;
    pos += filters.len() as u64;
    if filters.iter().all(|&b| b == 0) {
        return Err(bad("mel filterbank is all zeros".into()));
    }
    let n_tokens = read_i32(&mut r, &mut pos)?;
    if n_tokens <= 0 || n_tokens > hparams.n_vocab {
        return Err(bad(format!("{n_tokens} tokens for a vocabulary of {}", hparams.n_vocab)));
    }
    for _ in 0..n_tokens {
        let n = read_i32(&mut r, &mut pos)? as u32 as u64;
        std::io::copy(&mut (&mut r).take(n), &mut std::io::sink()).map_err(|e| bad(e.to_string()))?;
        pos += n;
    }
    let mut tensors = Vec::new();
    while pos < len {
        let rank = read_i32(&mut r, &mut pos)?;
        let name_len = read_i32(&mut r, &mut pos)?;
        let ty = match read_i32(&mut r, &mut pos)? {
            0 => GgmlType::F32,
            1 => GgmlType::F16,
            8 => GgmlType::Q8_0,
            t => return Err(bad(format!("tensor type {t} is not f32/f16/q8_0"))),
        };
        if !(1..=4).contains(&rank) || !(1..=256).contains(&name_len) {
            return Err(bad(format!("corrupt tensor header at byte {pos}")));
        }
        let mut shape = Vec::new();
        for _ in 0..rank {
            shape.push(read_i32(&mut r, &mut pos)?.max(0) as usize);
        }
        shape.reverse();
        let mut name = vec![0u8; name_len as usize];
        r.read_exact(&mut name).map_err(|_| bad("truncated tensor name".into()))?;
        pos += name.len() as u64;
        let bytes = ty.bytes(shape.iter().product::<usize>()) as u64;
        if pos + bytes > len {
            return Err(bad(format!("tensor {} is truncated", String::from_utf8_lossy(&name))));
        }
        r.seek_relative(bytes as i64).map_err(|e| bad(e.to_string()))?;
        pos += bytes;
        tensors.push((String::from_utf8_lossy(&name).into_owned(), shape, ty));
    }
    let expected: Vec<_> = plan(&hparams).into_iter().map(|p| (p.name, p.shape, p.ty)).collect();
    let (mut got_sorted, mut want_sorted) = (tensors.clone(), expected);
    got_sorted.sort();
    want_sorted.sort();
    if got_sorted != want_sorted {
        let missing = want_sorted.iter().find(|t| !got_sorted.contains(t));
        return Err(bad(format!(
            "{} tensors, {} expected; first mismatch: {:?}",
            got_sorted.len(),
            want_sorted.len(),
            missing.or_else(|| got_sorted.iter().find(|t| !want_sorted.contains(t)))
        )));
    }
    Ok(Index { hparams, n_tokens: n_tokens as usize, tensors })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ct2::tests::build;

    const TINY_EN: Hparams = Hparams {
        n_vocab: 51864,
        n_audio_ctx: 1500,
        n_audio_state: 384,
        n_audio_head: 6,
        n_audio_layer: 4,
        n_text_ctx: 448,
        n_text_state: 384,
        n_text_head: 6,
        n_text_layer: 4,
        n_mels: 80,
        ftype: 1,
    };

    #[test]
    fn q8_0_matches_ggml_reference_rounding() {
        let row: Vec<f32> = (0..32).map(|i| i as f32 - 12.7).collect();
        let mut out = Vec::new();
        quantize_q8_0(&row, &mut out);
        assert_eq!(out.len(), 34);
        let d = f16::from_le_bytes([out[0], out[1]]).to_f32();
        assert!((d - 18.3 / 127.0).abs() < 1e-4, "{d}");
        // The largest magnitude maps to +-127; every value decodes to within half a step (plus f16 rounding).
        assert_eq!(out[2 + 31] as i8, 127);
        for (i, x) in row.iter().enumerate() {
            assert!((out[2 + i] as i8 as f32 * d - x).abs() <= d * 0.5 + 0.01, "{i}");
        }
        let q8 = Hparams { ftype: FTYPE_Q8_0 + 2000, ..TINY_EN };
        let p = plan(&q8);
        assert_eq!(p.len(), 167);
        let ty = |n: &str| p.iter().find(|t| t.name == n).unwrap().ty;
        assert_eq!(ty("decoder.token_embedding.weight"), GgmlType::Q8_0);
        assert_eq!(ty("encoder.conv1.weight"), GgmlType::F16);
        assert_eq!(ty("encoder.blocks.0.attn.query.bias"), GgmlType::F32);
    }

    #[test]
    fn plan_for_tiny_has_whisper_cpp_tensor_count() {
        let p = plan(&TINY_EN);
        assert_eq!(p.len(), 167);
        let names: BTreeSet<_> = p.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names.len(), 167, "names are unique");
        let conv = p.iter().find(|t| t.name == "encoder.conv1.weight").unwrap();
        assert_eq!((conv.shape.clone(), conv.ty), (vec![384, 80, 3], GgmlType::F16));
        let bias = p.iter().find(|t| t.name == "encoder.conv2.bias").unwrap();
        assert_eq!((bias.shape.clone(), bias.ty), (vec![384, 1], GgmlType::F32));
        let key = p.iter().find(|t| t.name == "decoder.blocks.3.cross_attn.key.weight").unwrap();
        assert_eq!(key.rows, Some((0, 384)));
        assert!(!TINY_EN.is_multilingual());
    }

    /// A miniature model (d=2, one layer each side) in the real CT2 layout, converted and verified.
    fn mini_ct2() -> Vec<u8> {
        let f16s = |n: usize, base: f32| -> Vec<u8> {
            (0..n).flat_map(|i| f16::from_f32(base + i as f32).to_le_bytes()).collect()
        };
        let mut vars: Vec<(String, Vec<u32>)> = vec![
            ("decoder/embeddings/weight".into(), vec![5, 2]),
            ("encoder/position_encodings/encodings".into(), vec![3, 2]),
            ("decoder/position_encodings/encodings".into(), vec![4, 2]),
            ("encoder/conv1/weight".into(), vec![2, 80, 3]),
            ("encoder/conv1/bias".into(), vec![2]),
            ("encoder/conv2/weight".into(), vec![2, 2, 3]),
            ("encoder/conv2/bias".into(), vec![2]),
            ("encoder/layer_norm/gamma".into(), vec![2]),
            ("encoder/layer_norm/beta".into(), vec![2]),
            ("decoder/layer_norm/gamma".into(), vec![2]),
            ("decoder/layer_norm/beta".into(), vec![2]),
        ];
        for side in ["encoder", "decoder"] {
            let l = format!("{side}/layer_0/");
            for n in ["self_attention/layer_norm", "ffn/layer_norm"] {
                vars.push((format!("{l}{n}/gamma"), vec![2]));
                vars.push((format!("{l}{n}/beta"), vec![2]));
            }
            vars.push((format!("{l}self_attention/linear_0/weight"), vec![6, 2]));
            vars.push((format!("{l}self_attention/linear_0/bias"), vec![6]));
            vars.push((format!("{l}self_attention/linear_1/weight"), vec![2, 2]));
            vars.push((format!("{l}self_attention/linear_1/bias"), vec![2]));
            vars.push((format!("{l}ffn/linear_0/weight"), vec![8, 2]));
            vars.push((format!("{l}ffn/linear_0/bias"), vec![8]));
            vars.push((format!("{l}ffn/linear_1/weight"), vec![2, 8]));
            vars.push((format!("{l}ffn/linear_1/bias"), vec![2]));
        }
        let l = "decoder/layer_0/attention/";
        vars.push((format!("{l}layer_norm/gamma"), vec![2]));
        vars.push((format!("{l}layer_norm/beta"), vec![2]));
        for (n, rows) in [("linear_0", 2), ("linear_1", 4), ("linear_2", 2)] {
            vars.push((format!("{l}{n}/weight"), vec![rows, 2]));
            vars.push((format!("{l}{n}/bias"), vec![rows]));
        }
        let mut built: Vec<(&str, &[u32], u8, Vec<u8>)> = vars
            .iter()
            .map(|(n, d)| (n.as_str(), d.as_slice(), 4u8, f16s(d.iter().product::<u32>() as usize, 1.0)))
            .collect();
        built.push(("encoder/num_heads", &[], 2, 1i16.to_le_bytes().to_vec()));
        built.push(("decoder/num_heads", &[], 2, 1i16.to_le_bytes().to_vec()));
        build(&built, &[("decoder/projection/weight", "decoder/embeddings/weight")])
    }

    #[test]
    fn converts_and_verifies_a_miniature_model() {
        let bytes = mini_ct2();
        let m = Ct2Model::parse(&bytes).unwrap();
        let dir = std::env::temp_dir().join(format!("asr-ggml-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("mini.bin");
        let h = write(&m, "!\nĠa\n<|endoftext|>\n<|startoftranscript|>\n", &out, FTYPE_F16).unwrap();
        assert_eq!((h.n_vocab, h.n_audio_ctx, h.n_audio_layer, h.n_text_layer, h.n_mels), (5, 3, 1, 1, 80));
        let idx = verify(&out).unwrap();
        assert_eq!(idx.tensors.len(), 7 + 15 + 4 + 24);
        assert_eq!(idx.n_tokens, 3);

        // The key rows of the fused projection are [2, 4): values 1+4..1+8 as f16.
        let raw = std::fs::read(&out).unwrap();
        let name = b"decoder.blocks.0.attn.key.weight";
        let at = raw.windows(name.len()).position(|w| w == name).unwrap() + name.len();
        let first = f16::from_le_bytes([raw[at], raw[at + 1]]).to_f32();
        assert_eq!(first, 5.0);
        // Biases are stored as f32 and the query bias is the first d elements.
        let name = b"decoder.blocks.0.attn.value.bias";
        let at = raw.windows(name.len()).position(|w| w == name).unwrap() + name.len();
        assert_eq!(f32::from_le_bytes(raw[at..at + 4].try_into().unwrap()), 5.0);

        // A truncated copy and a copy with a tensor missing are both rejected.
        let cut = dir.join("cut.bin");
        std::fs::write(&cut, &raw[..raw.len() - 3]).unwrap();
        assert!(matches!(verify(&cut), Err(AsrError::Model { .. })));
        std::fs::write(&cut, b"RIFF0000WAVE").unwrap();
        assert!(matches!(verify(&cut), Err(AsrError::Model { .. })));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
