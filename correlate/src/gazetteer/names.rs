//! Name keys and fuzzy matching that survive ASR errors and abbreviations.
//!
//! A name is matched on its normalised tokens ("First St." and "first street" both become `1st street`).
//! When that fails, a phonetic key ("burch" and "birch" share one) and then a bounded edit distance within
//! names of similar length catch what Whisper mishears, without scanning every name in a large city.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::normalise::{normalise, street_suffix, TokenKind};

/// Name tokens as matching keys, with the trailing street suffix split off ("Main Street" -> ["main"], "street").
pub fn name_tokens(name: &str) -> (Vec<String>, Option<String>) {
    let n = normalise(name);
    let mut toks: Vec<String> = n.tokens.iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.key.clone()).collect();
    if toks.first().is_some_and(|t| t == "the") && toks.len() > 1 {
        toks.remove(0);
    }
    let suffix = if toks.len() > 1 { toks.last().filter(|t| street_suffix(t).is_some()).cloned() } else { None };
    if suffix.is_some() {
        toks.pop();
    }
    (toks, suffix)
}

/// A rough phonetic key: consonant skeleton with common sound-alike letters merged.
pub fn phonetic(word: &str) -> String {
    let w: Vec<char> = word.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()).collect();
    let mut out = String::new();
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let next = w.get(i + 1).copied();
        let code = match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | 'w' => {
                if i == 0 {
                    'a'
                } else {
                    i += 1;
                    continue;
                }
            }
            'c' if next == Some('h') => {
                i += 1;
                'x'
            }
            's' if next == Some('h') => {
                i += 1;
                'x'
            }
            'c' if matches!(next, Some('e' | 'i' | 'y')) => 's',
            'c' | 'k' | 'q' | 'g' => 'k',
            'z' => 's',
            'p' if next == Some('h') => {
                i += 1;
                'f'
            }
            'v' => 'f',
            'd' => 't',
            'b' => 'p',
            'j' => 'x',
            'm' => 'n',
            c => c,
        };
        if !out.ends_with(code) {
            out.push(code);
        }
        i += 1;
    }
    out
}

/// Edit distance with adjacent transpositions (optimal string alignment: "mabel" is two edits from "maple", a
/// voicing and a swap, as a recogniser mishears it), giving up (returning `max + 1`) once it must exceed `max`.
pub fn bounded_edit_distance(a: &str, b: &str, max: usize) -> usize {
    // Keys are almost always ASCII, where bytes are chars: no collecting (this runs for every candidate of a lookup).
    if a.is_ascii() && b.is_ascii() {
        return osa_distance(a.as_bytes(), b.as_bytes(), max);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa_distance(&a, &b, max)
}

/// [`bounded_edit_distance`] over letters of any kind.
fn osa_distance<T: PartialEq>(a: &[T], b: &[T], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    // Three rows, on the stack for names of ordinary length.
    const ON_STACK: usize = 32;
    let width = b.len() + 1;
    let mut stack = [0usize; 3 * ON_STACK];
    let mut heap = Vec::new();
    let rows = if width <= ON_STACK {
        &mut stack[..3 * width]
    } else {
        heap.resize(3 * width, 0);
        &mut heap[..]
    };
    let (before, rest) = rows.split_at_mut(width);
    let (prev, cur) = rest.split_at_mut(width);
    let (mut before, mut prev, mut cur) = (before, prev, cur);
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(before[j - 2] + 1);
            }
            row_min = row_min.min(cur[j]);
        }
        // (A transposition reaches back two rows, but a row all above `max` means the one before was at least `max`.)
        if row_min > max {
            return max + 1;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// How far a word may be from a name and still match it.
pub fn allowed_distance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The characters a word uses, one bit each (rare ones share bits).
fn letter_set(word: &str) -> u64 {
    word.chars().fold(0, |set, c| {
        let bit = match c {
            'a'..='z' => u32::from(c) - u32::from('a'),
            '0'..='9' => 26 + u32::from(c) - u32::from('0'),
            _ => 36 + u32::from(c) % 28,
        };
        set | 1 << bit
    })
}

/// A lower bound of the edit distance of two words from their [`letter_set`]s: each character one has and the other
/// lacks must be deleted or substituted, one edit each (a shared bit only lowers the count).
fn letters_apart(a: u64, b: u64) -> usize {
    (a & !b).count_ones().max((b & !a).count_ones()) as usize
}

/// Single words of names, for fuzzy lookup of one misheard word.
#[derive(Debug, Default, Clone)]
pub struct FuzzyIndex {
    words: Vec<String>,
    /// Each word's [`letter_set`]: most candidates of a lookup are ruled out by it, without the edit distance.
    letters: Vec<u64>,
    known: FxHashSet<String>,
    by_phonetic: FxHashMap<String, Vec<u32>>,
    by_len: FxHashMap<usize, Vec<u32>>,
}

impl FuzzyIndex {
    pub fn insert(&mut self, word: &str) {
        if word.chars().count() < 4 || !self.known.insert(word.to_owned()) {
            return;
        }
        let id = self.words.len() as u32;
        self.words.push(word.to_owned());
        self.letters.push(letter_set(word));
        self.by_phonetic.entry(phonetic(word)).or_default().push(id);
        self.by_len.entry(word.chars().count()).or_default().push(id);
    }

    /// Known words close to `word`, best first, with their edit distance. Exact words are not returned.
    pub fn lookup(&self, word: &str) -> Vec<(&str, usize)> {
        self.lookup_within(word, allowed_distance(word.chars().count()))
    }

    /// Known words within `max` edits of `word` (or sounding alike), best first. Exact words are not returned.
    pub fn lookup_within(&self, word: &str, max: usize) -> Vec<(&str, usize)> {
        let len = word.chars().count();
        if max == 0 || len < 4 {
            return Vec::new();
        }
        let letters = letter_set(word);
        let beyond = |id: u32, bound: usize| letters_apart(letters, self.letters[id as usize]) > bound;
        let mut found: Vec<(&str, usize)> = Vec::new();
        if let Some(ids) = self.by_phonetic.get(&phonetic(word)) {
            for &id in ids {
                let w = self.words[id as usize].as_str();
                // Sounding alike is strong evidence, so a larger spelling difference is tolerated.
                let bound = (len / 2).max(max + 1);
                if beyond(id, bound) {
                    continue;
                }
                let d = bounded_edit_distance(word, w, bound);
                if w != word && d <= bound {
                    found.push((w, d));
                }
            }
        }
        for l in len.saturating_sub(max)..=len + max {
            for &id in self.by_len.get(&l).into_iter().flatten() {
                let w = self.words[id as usize].as_str();
                if beyond(id, max) || w == word || found.iter().any(|(f, _)| *f == w) {
                    continue;
                }
                let d = bounded_edit_distance(word, w, max);
                if d <= max {
                    found.push((w, d));
                }
            }
        }
        found.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(b.0)));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_tokens_split_suffix_and_canonicalise() {
        assert_eq!(name_tokens("First St."), (vec!["1st".to_owned()], Some("street".to_owned())));
        assert_eq!(name_tokens("Old Mill Road"), (vec!["old".to_owned(), "mill".to_owned()], Some("road".to_owned())));
        assert_eq!(name_tokens("St. Mary's Hospital").0, vec!["saint", "marys", "hospital"]);
        assert_eq!(name_tokens("Broadway"), (vec!["broadway".to_owned()], None));
    }

    #[test]
    fn phonetic_keys_merge_sound_alikes() {
        assert_eq!(phonetic("birch"), phonetic("burch"));
        assert_eq!(phonetic("cedar"), phonetic("seeder"));
        assert_eq!(phonetic("kingsley"), phonetic("kingsly"));
        assert_ne!(phonetic("elm"), phonetic("oak"));
    }

    #[test]
    fn edit_distance_is_bounded() {
        assert_eq!(bounded_edit_distance("kitten", "sitting", 5), 3);
        assert_eq!(bounded_edit_distance("kitten", "sitting", 1), 2);
        assert_eq!(bounded_edit_distance("", "abc", 5), 3);
        // An adjacent swap is one edit.
        assert_eq!(bounded_edit_distance("mabel", "maple", 5), 2);
        assert_eq!(bounded_edit_distance("birhc", "birch", 1), 1);
    }

    #[test]
    fn letter_sets_bound_the_edit_distance() {
        let words = ["kitten", "sitting", "mabel", "maple", "birhc", "birch", "house", "120th", "café", "cafe", "naïve", ""];
        for a in words {
            for b in words {
                assert!(letters_apart(letter_set(a), letter_set(b)) <= bounded_edit_distance(a, b, 99), "{a} / {b}");
            }
        }
    }

    #[test]
    fn fuzzy_lookup_finds_misheard_names() {
        let mut idx = FuzzyIndex::default();
        for w in ["hawthorn", "kingsley", "cedar", "birch", "chestnut", "maple"] {
            idx.insert(w);
        }
        assert_eq!(idx.lookup("hawthorne").first().map(|f| f.0), Some("hawthorn"));
        assert_eq!(idx.lookup("kingsly").first().map(|f| f.0), Some("kingsley"));
        assert_eq!(idx.lookup("seeder").first().map(|f| f.0), Some("cedar"));
        assert_eq!(idx.lookup("mabel").first().map(|f| f.0), Some("maple"));
        assert!(idx.lookup("banana").is_empty());
    }
}
