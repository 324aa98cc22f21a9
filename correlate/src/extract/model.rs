//! A small statistical model of the event category: multinomial naive Bayes over stemmed word unigrams
//! and bigrams plus the kinds of entity found, trained on the bundled annotated corpora. The features were
//! chosen by leave-one-set-out accuracy (`examples/category_cv.rs`): 0.728 with plain words and bigrams of
//! content words, 0.741 with stems, 0.748 with bigrams of adjacent words and of content words either side of
//! small words; smoothing 0.1 beat 0.03, 0.3 and 1.0, trigrams and binary counts did not help. More
//! blind-written tips help most: with train3 (196 more) the mean rose to 0.766 with every set held out in turn.
//!
//! Keyword rules only see the words someone listed; tips describe events in endless other ways ("won't
//! wake up", "climbing on the roof", "grabbed a bottle and ran"). The model gives every category a
//! probability from all the words, so [`super::category`] can decide when no keyword fires and break
//! close votes. It is trained once, on first use, from corpora compiled into the binary: deterministic,
//! no files or network at run time, a few milliseconds. The newest blind sets (`extraction_holdout16.jsonl`
//! and the ones after it) are deliberately not among the training sets: they measure the model on tips it
//! has not seen.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::analysis::{Entity, EntityKind};
use crate::normalise::{normalise, Normalised, TokenKind};

use super::category::Category;

/// The training corpora (JSON Lines, format in `crate::eval`), each tip used in both its forms.
const TRAINING: &[&str] = &[
    include_str!("../../corpus/extraction.jsonl"),
    include_str!("../../corpus/extraction_hand.jsonl"),
    include_str!("../../corpus/extraction_holdout.jsonl"),
    include_str!("../../corpus/extraction_holdout2.jsonl"),
    include_str!("../../corpus/extraction_holdout3.jsonl"),
    include_str!("../../corpus/extraction_holdout4.jsonl"),
    include_str!("../../corpus/extraction_holdout5.jsonl"),
    include_str!("../../corpus/extraction_holdout6.jsonl"),
    include_str!("../../corpus/extraction_holdout7.jsonl"),
    include_str!("../../corpus/extraction_holdout8.jsonl"),
    include_str!("../../corpus/extraction_holdout9.jsonl"),
    include_str!("../../corpus/extraction_holdout10.jsonl"),
    include_str!("../../corpus/extraction_holdout11.jsonl"),
    include_str!("../../corpus/extraction_holdout12.jsonl"),
    include_str!("../../corpus/extraction_holdout13.jsonl"),
    include_str!("../../corpus/extraction_holdout14.jsonl"),
    include_str!("../../corpus/extraction_holdout15.jsonl"),
    include_str!("../../corpus/extraction_train1.jsonl"),
    include_str!("../../corpus/extraction_train2.jsonl"),
    include_str!("../../corpus/extraction_train3.jsonl"),
];

/// Known words a tip needs before the model gives an opinion.
const MIN_SEEN_WORDS: usize = 3;

/// Additive smoothing: small, because the vocabulary is large next to a few hundred tips.
const SMOOTHING: f64 = 0.1;

/// Words too common to say anything about the event.
const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "is", "are", "was", "were", "it", "its", "it's", "i", "im",
    "i'm", "my", "me", "we", "he", "she", "they", "his", "her", "their", "there", "theres", "there's", "this", "that", "with",
    "for", "by", "be", "been", "has", "have", "had", "just", "so", "like", "um", "uh", "hi", "hey", "about",
];

/// Multinomial naive Bayes: log prior per class and log likelihood per (feature, class).
#[derive(Debug)]
pub struct NaiveBayes {
    classes: Vec<Category>,
    log_prior: Vec<f64>,
    log_likelihood: HashMap<String, Vec<f64>>,
}

/// The features of one tip: content-word unigrams, bigrams of adjacent content words, and one marker
/// per kind of entity found ("has:weapon").
pub fn features(n: &Normalised, entities: &[Entity]) -> Vec<String> {
    let keys: Vec<&str> = n.tokens.iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.key.as_str()).collect();
    let words: Vec<&str> = keys.iter().map(|k| stem(k)).collect();
    let content: Vec<usize> = (0..keys.len()).filter(|&i| !STOPWORDS.contains(&keys[i])).collect();
    let mut out: Vec<String> = content.iter().map(|&i| words[i].to_owned()).collect();
    // Adjacent words ("on fire", "broke into") and content words either side of small words ("smashed
    // ... window" in "smashed the window").
    out.extend(words.windows(2).map(|p| format!("{} {}", p[0], p[1])));
    out.extend(content.windows(2).filter(|p| p[1] > p[0] + 1).map(|p| format!("{} {}", words[p[0]], words[p[1]])));
    for (kind, name) in [(EntityKind::Weapon, "has:weapon"), (EntityKind::Vehicle, "has:vehicle"), (EntityKind::Person, "has:person")] {
        if entities.iter().any(|e| e.kind == kind) {
            out.push(name.to_owned());
        }
    }
    out
}

/// A crude stem so inflections share evidence: "smashing", "smashed", "smashes" -> "smash".
fn stem(w: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
}

impl NaiveBayes {
    /// Trains on labelled feature lists. Classes are kept in [`Category`] order so ties resolve alike.
    pub fn train(examples: &[(Vec<String>, Category)]) -> Self {
        let mut classes: Vec<Category> = examples.iter().map(|e| e.1).collect();
        classes.sort();
        classes.dedup();
        let index = |c: Category| classes.iter().position(|&x| x == c).unwrap_or(0);
        let mut docs = vec![0usize; classes.len()];
        let mut totals = vec![0usize; classes.len()];
        let mut counts: HashMap<String, Vec<usize>> = HashMap::new();
        for (feats, c) in examples {
            let k = index(*c);
            docs[k] += 1;
            for f in feats {
                counts.entry(f.clone()).or_insert_with(|| vec![0; classes.len()])[k] += 1;
                totals[k] += 1;
            }
        }
        let vocab = counts.len() as f64;
        let n_docs = examples.len().max(1) as f64;
        let log_prior = docs.iter().map(|&d| ((d as f64 + 1.0) / (n_docs + classes.len() as f64)).ln()).collect();
        let log_likelihood = counts
            .into_iter()
            .map(|(f, cs)| {
                let ll = cs.iter().zip(&totals).map(|(&c, &t)| ((c as f64 + SMOOTHING) / (t as f64 + SMOOTHING * vocab)).ln()).collect();
                (f, ll)
            })
            .collect();
        Self { classes, log_prior, log_likelihood }
    }

    /// The most likely category and its probability, or `None` when fewer than [`MIN_SEEN_WORDS`] of the
    /// tip's words were seen in training: with one or two known words ("nice" and "today" in "nice weather
    /// today") naive Bayes is confidently wrong, about whatever tips those words happened to be in. (Three
    /// rather than two since holdout8 joined the training: no corpus scored differently.)
    pub fn best(&self, features: &[String]) -> Option<(Category, f64)> {
        let seen_words = features.iter().filter(|f| !f.contains(' ') && !f.starts_with("has:") && self.log_likelihood.contains_key(*f)).count();
        if seen_words < MIN_SEEN_WORDS {
            return None;
        }
        self.posterior(features).into_iter().max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    }

    /// Probability of each category given the features (unknown features are ignored), summing to 1.
    pub fn posterior(&self, features: &[String]) -> Vec<(Category, f64)> {
        let mut score = self.log_prior.clone();
        for f in features {
            if let Some(ll) = self.log_likelihood.get(f) {
                score.iter_mut().zip(ll).for_each(|(s, l)| *s += l);
            }
        }
        let max = score.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let exp: Vec<f64> = score.iter().map(|s| (s - max).exp()).collect();
        let sum: f64 = exp.iter().sum();
        self.classes.iter().zip(exp).map(|(&c, e)| (c, e / sum)).collect()
    }
}

/// Labelled examples from corpora: every tip in its written and its spoken form. Lines that are not
/// records with a known category are skipped (the corpora are checked by the eval tests).
pub fn examples(corpora: &[&str]) -> Vec<(Vec<String>, Category)> {
    let mut out = Vec::new();
    for line in corpora.iter().flat_map(|c| c.lines()) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(category) = v.get("category").and_then(|c| serde_json::from_value::<Category>(c.clone()).ok()) else { continue };
        for form in ["written", "spoken"] {
            if let Some(text) = v.get(form).and_then(|t| t.as_str()) {
                let n = normalise(text);
                let entities = super::entities::extract(text, &n);
                out.push((features(&n, &entities), category));
            }
        }
    }
    out
}

/// The model trained on the bundled corpora, built on first use.
pub fn category_model() -> &'static NaiveBayes {
    static MODEL: OnceLock<NaiveBayes> = OnceLock::new();
    MODEL.get_or_init(|| NaiveBayes::train(&examples(TRAINING)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn predict(m: &NaiveBayes, text: &str) -> Category {
        let n = normalise(text);
        let e = super::super::entities::extract(text, &n);
        let p = m.posterior(&features(&n, &e));
        p.iter().max_by(|a, b| a.1.total_cmp(&b.1)).map(|x| x.0).unwrap_or(Category::Other)
    }

    #[test]
    fn posterior_is_a_distribution_and_training_is_deterministic() {
        let a = category_model().posterior(&["smoke".to_owned(), "never-seen-word".to_owned()]);
        let b = NaiveBayes::train(&examples(TRAINING)).posterior(&["smoke".to_owned(), "never-seen-word".to_owned()]);
        assert!((a.iter().map(|x| x.1).sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(a, b);
    }

    #[test]
    fn learns_from_words_no_keyword_lists() {
        // A tiny hand-made training set: the model must pick the class whose words it saw.
        let ex = examples(&[
            r#"{"written": "flames and smoke from the roof", "spoken": "flames and smoke from the roof", "category": "fire"}"#,
            r#"{"written": "he stole a wallet and ran", "spoken": "he stole a wallet and ran", "category": "theft"}"#,
        ]);
        let m = NaiveBayes::train(&ex);
        assert_eq!(predict(&m, "thick smoke over there"), Category::Fire);
        assert_eq!(predict(&m, "someone stole my wallet"), Category::Theft);
    }
}
