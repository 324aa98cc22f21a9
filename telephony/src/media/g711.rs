//! G.711 µ-law (PCMU) and A-law (PCMA), per ITU-T G.711. Decoding is a 256-entry table computed at
//! compile time; encoding is the standard segment search.

const fn ulaw_decode(u: u8) -> i16 {
    let u = !u;
    let sign = u & 0x80;
    let exponent = ((u >> 4) & 0x07) as i32;
    let mantissa = (u & 0x0f) as i32;
    let magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    (if sign != 0 { -magnitude } else { magnitude }) as i16
}

const fn alaw_decode(a: u8) -> i16 {
    let a = a ^ 0x55;
    let sign = a & 0x80;
    let exponent = ((a >> 4) & 0x07) as i32;
    let mantissa = (a & 0x0f) as i32;
    let magnitude = if exponent == 0 { (mantissa << 4) + 8 } else { ((mantissa << 4) + 0x108) << (exponent - 1) };
    (if sign != 0 { magnitude } else { -magnitude }) as i16
}

/// Builds a decode table at compile time (const fns cannot take function pointers, hence the macro).
macro_rules! decode_table {
    ($decode:ident) => {{
        let mut t = [0i16; 256];
        let mut i = 0;
        while i < 256 {
            t[i] = $decode(i as u8);
            i += 1;
        }
        t
    }};
}

static ULAW: [i16; 256] = decode_table!(ulaw_decode);
static ALAW: [i16; 256] = decode_table!(alaw_decode);

pub fn decode_ulaw(bytes: &[u8], out: &mut Vec<i16>) {
    out.extend(bytes.iter().map(|&b| ULAW[b as usize]));
}

pub fn decode_alaw(bytes: &[u8], out: &mut Vec<i16>) {
    out.extend(bytes.iter().map(|&b| ALAW[b as usize]));
}

/// One A-law byte to a linear sample.
pub fn decode_alaw_sample(a: u8) -> i16 {
    ALAW[a as usize]
}

/// µ-law encode (for prompts played to the caller).
pub fn encode_ulaw(sample: i16) -> u8 {
    const BIAS: i32 = 0x84;
    const CLIP: i32 = 32635;
    let mut s = sample as i32;
    let sign = if s < 0 {
        s = -s;
        0x80
    } else {
        0
    };
    let s = s.min(CLIP) + BIAS;
    // The segment is the position of the highest set bit above bit 7 (s <= 0x7fff, so at most 7).
    let high = (s >> 7) as u32;
    let exponent = if high == 0 { 0 } else { (31 - high.leading_zeros()) as i32 };
    let mantissa = (s >> (exponent + 3)) & 0x0f;
    !(sign | (exponent << 4) as u8 as i32 | mantissa) as u8
}

/// A-law encode (for prompts played to the caller).
pub fn encode_alaw(sample: i16) -> u8 {
    let mut s = sample as i32;
    let sign = if s >= 0 { 0x80 } else {
        s = -s - 1;
        0x00
    };
    let s = s.min(32767);
    let code = if s < 256 {
        (s >> 4) as u8
    } else {
        let exponent = (31 - (s as u32).leading_zeros()) as i32 - 7; // 1..=7
        let mantissa = (s >> (exponent + 3)) & 0x0f;
        ((exponent << 4) | mantissa) as u8
    };
    (sign as u8 | code) ^ 0x55
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_decode_values() {
        // Reference points from the G.711 tables.
        assert_eq!(ULAW[0xff], 0);
        assert_eq!(ULAW[0x7f], 0);
        assert_eq!(ULAW[0x00], -32124);
        assert_eq!(ULAW[0x80], 32124);
        assert_eq!(ALAW[0xd5], 8);
        assert_eq!(ALAW[0x55], -8);
        assert_eq!(ALAW[0xaa], 32256);
        assert_eq!(ALAW[0x2a], -32256);
    }

    #[test]
    fn encode_then_decode_is_within_the_quantisation_step() {
        for s in (-32768i32..=32767).step_by(7) {
            let s = s as i16;
            for (enc, dec) in [(encode_ulaw as fn(i16) -> u8, &ULAW), (encode_alaw, &ALAW)] {
                let back = dec[enc(s) as usize] as i32;
                let err = (back - s as i32).abs();
                // Logarithmic steps: error is bounded by about 1/16 of the magnitude, and small near zero.
                let bound = (s as i32).abs() / 16 + 16;
                assert!(err <= bound, "sample {s} -> {back} (err {err} > {bound})");
            }
        }
    }

    #[test]
    fn every_code_round_trips() {
        for code in 0..=255u8 {
            assert_eq!(ULAW[encode_ulaw(ULAW[code as usize]) as usize], ULAW[code as usize]);
            assert_eq!(ALAW[encode_alaw(ALAW[code as usize]) as usize], ALAW[code as usize]);
        }
    }
}
