//! Whisper's vocabulary as whisper.cpp wants it: raw token bytes, not GPT-2's printable stand-ins.
//!
//! CTranslate2's `vocabulary.txt` holds one token per line in GPT-2's byte-level alphabet (every byte is shown
//! as a printable char, e.g. a space as `Ġ`). whisper.cpp concatenates token bytes into text, so each char
//! must be mapped back to its byte.

use crate::error::AsrError;

/// The token that ends the regular vocabulary; whisper.cpp adds the special tokens after it itself.
pub const END_OF_TEXT: &str = "<|endoftext|>";

/// GPT-2's `bytes_to_unicode`, inverted: char -> byte.
fn unicode_to_byte() -> std::collections::HashMap<char, u8> {
    let printable = |b: u32| (0x21..=0x7e).contains(&b) || (0xa1..=0xac).contains(&b) || (0xae..=0xff).contains(&b);
    let mut map = std::collections::HashMap::with_capacity(256);
    let mut shifted = 0u32;
    for b in 0u32..256 {
        let c = if printable(b) {
            b
        } else {
            shifted += 1;
            255 + shifted
        };
        map.insert(char::from_u32(c).expect("valid scalar"), b as u8);
    }
    map
}

/// Regular tokens `0..=<|endoftext|>` as byte strings, from `vocabulary.txt`'s contents.
pub fn regular_tokens(vocabulary_txt: &str) -> Result<Vec<Vec<u8>>, AsrError> {
    let map = unicode_to_byte();
    let mut out = Vec::new();
    for line in vocabulary_txt.lines() {
        if line == END_OF_TEXT {
            out.push(line.as_bytes().to_vec());
            return Ok(out);
        }
        let bytes = line
            .chars()
            .map(|c| map.get(&c).copied())
            .collect::<Option<Vec<u8>>>()
            .ok_or_else(|| AsrError::Ct2Format(format!("token {} is not byte-level: {line:?}", out.len())))?;
        out.push(bytes);
    }
    Err(AsrError::Ct2Format(format!("vocabulary has no {END_OF_TEXT}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_gpt2_chars_back_to_bytes() {
        let map = unicode_to_byte();
        assert_eq!(map.len(), 256);
        assert_eq!(map[&'Ġ'], b' ');
        assert_eq!(map[&'Ċ'], b'\n');
        assert_eq!(map[&'!'], b'!');
        let toks = regular_tokens("!\nĠgazed\nÃ©\n<|endoftext|>\n<|en|>\n").unwrap();
        assert_eq!(toks, vec![b"!".to_vec(), b" gazed".to_vec(), "é".as_bytes().to_vec(), END_OF_TEXT.as_bytes().to_vec()]);
    }

    #[test]
    fn rejects_foreign_chars_and_missing_end() {
        assert!(regular_tokens("a\n€\n<|endoftext|>").is_err());
        assert!(regular_tokens("a\nb\n").is_err());
    }
}
