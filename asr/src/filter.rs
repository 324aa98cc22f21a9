//! Hallucination safety after decoding: Whisper invents fluent text for silence and noise ("Thank you.",
//! repeated phrases). What reaches here already passed voice activity detection; these rules drop what
//! the decoder itself marks as doubtful and collapse loops.

use crate::transcribe::Segment;

/// Thresholds from [`crate::AsrConfig`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    pub no_speech: f32,
    pub logprob: f32,
    pub min_confidence: f32,
}

/// Keeps a segment unless Whisper's own silence rule (high no-speech probability *and* low log-probability)
/// fires, its mean token probability is too low, or it has no words.
pub fn keep(seg: &Segment, t: &Thresholds) -> bool {
    if seg.no_speech_prob > t.no_speech && seg.avg_logprob < t.logprob {
        return false;
    }
    seg.confidence >= t.min_confidence && seg.text.chars().any(char::is_alphanumeric)
}

/// Collapses a phrase of 1..=8 words repeated three or more times in a row to one occurrence.
pub fn collapse_repeats(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let norm: Vec<String> = words.iter().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for n in 1..=8usize {
            let mut reps = 1;
            while i + (reps + 1) * n <= words.len() && norm[i..i + n] == norm[i + reps * n..i + (reps + 1) * n] {
                reps += 1;
            }
            if reps >= 3 {
                out.extend_from_slice(&words[i..i + n]);
                i += reps * n;
                continue 'outer;
            }
        }
        out.push(words[i]);
        i += 1;
    }
    out.join(" ")
}

/// Collapses a run of 1..=6 characters repeated four or more times in a row ("y-y-y-y-", "hahahaha") to one.
pub fn collapse_char_loops(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    'outer: while i < c.len() {
        for p in 1..=6usize {
            let mut reps = 1;
            while i + (reps + 1) * p <= c.len() && c[i..i + p] == c[i + reps * p..i + (reps + 1) * p] {
                reps += 1;
            }
            // Four is above what words carry ("bookkeeper" has two, "Mississippi" two of "ssi").
            if reps >= 4 && c[i..i + p].iter().any(|ch| ch.is_alphabetic()) {
                out.extend(&c[i..i + p]);
                i += reps * p;
                continue 'outer;
            }
        }
        out.push(c[i]);
        i += 1;
    }
    out
}

/// Applies [`keep`] and [`collapse_repeats`], and drops a segment whose text repeats the previous kept one.
pub fn clean(segments: Vec<Segment>, t: &Thresholds, previous: Option<&str>) -> Vec<Segment> {
    let mut last = previous.map(normalise);
    let mut out = Vec::new();
    for mut seg in segments {
        if !keep(&seg, t) {
            continue;
        }
        seg.text = collapse_repeats(&collapse_char_loops(seg.text.trim()));
        let n = normalise(&seg.text);
        if last.as_deref() == Some(n.as_str()) {
            continue;
        }
        last = Some(n);
        out.push(seg);
    }
    out
}

fn normalise(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric() || c.is_whitespace()).collect::<String>().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(text: &str, confidence: f32, no_speech_prob: f32, avg_logprob: f32) -> Segment {
        Segment { start_ms: 0, end_ms: 1000, text: text.into(), confidence, no_speech_prob, avg_logprob }
    }

    const T: Thresholds = Thresholds { no_speech: 0.6, logprob: -1.0, min_confidence: 0.25 };

    #[test]
    fn whisper_silence_rule_needs_both_signals() {
        assert!(!keep(&seg("Thank you.", 0.5, 0.9, -1.5), &T));
        assert!(keep(&seg("Help, there's a fire.", 0.8, 0.9, -0.3), &T), "confident text survives a high no-speech");
        assert!(!keep(&seg("you", 0.2, 0.1, -0.3), &T));
        assert!(!keep(&seg(" ... ", 0.9, 0.0, -0.1), &T));
    }

    #[test]
    fn loops_collapse_and_repeated_segments_drop() {
        assert_eq!(collapse_repeats("thank you thank you thank you. Bye"), "thank you Bye");
        assert_eq!(collapse_repeats("no no no no"), "no");
        assert_eq!(collapse_char_loops("He was not an old-s-s-y-y-y-y-y-y-y-y-y"), "He was not an old-s-s-y");
        assert_eq!(collapse_char_loops("Mississippi bookkeeper 1000000"), "Mississippi bookkeeper 1000000");
        assert_eq!(collapse_repeats("a car, a car, and a truck"), "a car, a car, and a truck");
        let out = clean(vec![seg("He ran.", 0.9, 0.0, -0.2), seg("he ran", 0.9, 0.0, -0.2), seg("Left.", 0.9, 0.0, -0.2)], &T, None);
        assert_eq!(out.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(), ["He ran.", "Left."]);
        assert!(clean(vec![seg("He ran.", 0.9, 0.0, -0.2)], &T, Some("he ran")).is_empty());
    }
}
