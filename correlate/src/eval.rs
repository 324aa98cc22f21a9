//! Scores extraction against an annotated corpus: precision, recall and F1 per kind, and the share of
//! places geocoded within 50 m of the truth, separately for the written and the spoken (ASR) form.
//!
//! The corpus is JSON Lines, one tip per line:
//! ```json
//! {"id": "t001", "received_at": "2026-03-01T15:00:00Z", "written": "...", "spoken": "...",
//!  "entities": [{"kind": "vehicle", "colour": "grey", "type": "pickup", "plate": "ABC1234"},
//!               {"kind": "person", "count": "1", "sex": "male", "clothing": ["red hoodie"]},
//!               {"kind": "weapon", "type": "handgun"}, {"kind": "time", "at": "2026-03-01T14:50:00Z"}],
//!  "places": [{"kind": "relative", "lat": 44.05, "lon": -72.61}],
//!  "category": "weapon", "priority": "critical"}
//! ```
//! An expected entity matches a found one of the same kind when every attribute it lists agrees
//! (clothing: every listed item is present; time: the found window contains `at`). Found attributes
//! it does not list are not judged. A place matches when the kind agrees and the found point is within
//! 50 m. Street-only places are context, not a place kind in the corpus, so they are neither credited
//! nor counted as false positives.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::analysis::{Entity, EntityKind, PlaceKind};
use crate::extract::model::{category_model, CategoryModel};
use crate::extract::{analyse_with, Analysis};
use crate::gazetteer::Gazetteer;
use crate::geo::GeoPoint;

/// Distance within which a geocoded place counts as right.
pub const GEOCODE_TOLERANCE_M: f64 = 50.0;

/// Why a corpus could not be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A line is not a valid corpus record.
    #[error("corpus line {line}: {source}")]
    Line { line: usize, source: serde_json::Error },
    /// The corpus has no records.
    #[error("the corpus has no tips")]
    Empty,
}

#[derive(Debug, Clone, Deserialize)]
struct Record {
    id: String,
    received_at: DateTime<Utc>,
    written: String,
    spoken: String,
    #[serde(default)]
    entities: Vec<BTreeMap<String, serde_json::Value>>,
    #[serde(default)]
    places: Vec<ExpectedPlace>,
    category: Option<String>,
    priority: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct ExpectedPlace {
    kind: PlaceKind,
    lat: f64,
    lon: f64,
}

/// Counts for one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A disagreement, for finding what to fix.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub form: &'static str,
    pub kind: String,
    /// "missed" (false negative) or "spurious" (false positive).
    pub what: &'static str,
    pub detail: String,
}

/// Scores for one form (written or spoken).
#[derive(Debug, Clone, Default, Serialize)]
pub struct FormReport {
    /// Per kind: vehicle, weapon, person, time, place (all kinds), `place/<kind>`, category, priority.
    pub kinds: BTreeMap<String, Score>,
    pub places_expected: usize,
    pub places_within_tolerance: usize,
}

impl FormReport {
    /// Share of expected places with some found place within [`GEOCODE_TOLERANCE_M`].
    pub fn geocode_share(&self) -> f64 {
        ratio(self.places_within_tolerance, self.places_expected)
    }
}

/// The whole evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub tips: usize,
    pub written: FormReport,
    pub spoken: FormReport,
    pub misses: Vec<Miss>,
}

/// Evaluates every tip of `corpus` (JSON Lines) in both forms against `gazetteer`.
pub fn evaluate(corpus: &str, gazetteer: &Gazetteer) -> Result<EvalReport, EvalError> {
    evaluate_with(corpus, gazetteer, category_model())
}

/// [`evaluate`] with a category model of the caller's choosing (see [`analyse_with`]).
pub fn evaluate_with(corpus: &str, gazetteer: &Gazetteer, model: &CategoryModel) -> Result<EvalReport, EvalError> {
    let mut records = Vec::new();
    for (i, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        records.push(serde_json::from_str::<Record>(line).map_err(|source| EvalError::Line { line: i + 1, source })?);
    }
    if records.is_empty() {
        return Err(EvalError::Empty);
    }
    let mut report = EvalReport { tips: records.len(), written: FormReport::default(), spoken: FormReport::default(), misses: Vec::new() };
    for r in &records {
        for (form, text) in [("written", &r.written), ("spoken", &r.spoken)] {
            let a = analyse_with(text, r.received_at, gazetteer, model);
            let fr = if form == "written" { &mut report.written } else { &mut report.spoken };
            score_tip(r, form, &a, fr, &mut report.misses);
        }
    }
    Ok(report)
}

fn kind_of(s: &str) -> Option<EntityKind> {
    Some(match s {
        "vehicle" => EntityKind::Vehicle,
        "weapon" => EntityKind::Weapon,
        "person" => EntityKind::Person,
        "time" => EntityKind::Time,
        _ => return None,
    })
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Vehicle => "vehicle",
        EntityKind::Weapon => "weapon",
        EntityKind::Person => "person",
        EntityKind::Time => "time",
    }
}

fn place_kind_name(k: PlaceKind) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// Does a found entity satisfy everything the expectation lists?
fn entity_matches(expected: &BTreeMap<String, serde_json::Value>, found: &Entity) -> bool {
    for (key, want) in expected {
        if key == "kind" {
            continue;
        }
        let ok = match (key.as_str(), want) {
            ("at", serde_json::Value::String(at)) => {
                let (Ok(at), Some(start), Some(end)) = (
                    DateTime::parse_from_rfc3339(at),
                    found.attributes.get("start").and_then(|s| DateTime::parse_from_rfc3339(s).ok()),
                    found.attributes.get("end").and_then(|s| DateTime::parse_from_rfc3339(s).ok()),
                ) else {
                    return false;
                };
                start <= at && at <= end
            }
            ("clothing", serde_json::Value::Array(items)) => {
                let have: Vec<&str> = found.attributes.get("clothing").map(|c| c.split("; ").collect()).unwrap_or_default();
                items.iter().all(|i| i.as_str().is_some_and(|i| have.contains(&i)))
            }
            (_, serde_json::Value::String(s)) => found.attributes.get(key).is_some_and(|v| v == s),
            (_, other) => {
                let want = other.to_string();
                found.attributes.get(key) == Some(&want)
            }
        };
        if !ok {
            return false;
        }
    }
    true
}

fn describe(e: &Entity) -> String {
    format!("'{}' {:?}", e.text, e.attributes)
}

fn score_tip(r: &Record, form: &'static str, a: &Analysis, fr: &mut FormReport, misses: &mut Vec<Miss>) {
    let mut miss = |kind: &str, what: &'static str, detail: String| misses.push(Miss { id: r.id.clone(), form, kind: kind.to_owned(), what, detail });
    // Entities, kind by kind.
    for kind in [EntityKind::Vehicle, EntityKind::Weapon, EntityKind::Person, EntityKind::Time] {
        let name = kind_name(kind);
        let mut expected: Vec<&BTreeMap<String, serde_json::Value>> =
            r.entities.iter().filter(|e| e.get("kind").and_then(|k| k.as_str()).and_then(kind_of) == Some(kind)).collect();
        // Most specific first, so a loose expectation cannot take the entity a detailed one needs.
        expected.sort_by_key(|e| std::cmp::Reverse(e.len()));
        let found: Vec<&Entity> = a.entities.iter().filter(|e| e.kind == kind).collect();
        let mut taken = vec![false; found.len()];
        let score = fr.kinds.entry(name.to_owned()).or_default();
        for exp in &expected {
            match (0..found.len()).find(|&i| !taken[i] && entity_matches(exp, found[i])) {
                Some(i) => {
                    taken[i] = true;
                    score.tp += 1;
                }
                None => {
                    score.fn_ += 1;
                    let got: Vec<String> = found.iter().map(|f| describe(f)).collect();
                    miss(name, "missed", format!("expected {} ; found [{}]", serde_json::to_string(exp).unwrap_or_default(), got.join(" | ")));
                }
            }
        }
        for (i, f) in found.iter().enumerate() {
            if !taken[i] {
                score.fp += 1;
                miss(name, "spurious", describe(f));
            }
        }
    }
    // Places.
    let found: Vec<_> = a.places.iter().filter(|p| p.kind != PlaceKind::Street).collect();
    let mut taken = vec![false; found.len()];
    for exp in &r.places {
        let truth = GeoPoint { lat: exp.lat, lon: exp.lon };
        let near = |p: &crate::analysis::Place| p.location.is_some_and(|l| l.distance_m(&truth) <= GEOCODE_TOLERANCE_M);
        fr.places_expected += 1;
        if a.places.iter().any(near) {
            fr.places_within_tolerance += 1;
        }
        let sub = format!("place/{}", place_kind_name(exp.kind));
        match (0..found.len()).find(|&i| !taken[i] && found[i].kind == exp.kind && near(found[i])) {
            Some(i) => {
                taken[i] = true;
                fr.kinds.entry("place".into()).or_default().tp += 1;
                fr.kinds.entry(sub).or_default().tp += 1;
            }
            None => {
                fr.kinds.entry("place".into()).or_default().fn_ += 1;
                fr.kinds.entry(sub.clone()).or_default().fn_ += 1;
                let got: Vec<String> = a
                    .places
                    .iter()
                    .map(|p| format!("{} '{}' {}", place_kind_name(p.kind), p.text, p.location.map_or("-".into(), |l| format!("{:.0} m", l.distance_m(&truth)))))
                    .collect();
                miss(&sub, "missed", format!("expected {} at {:.6},{:.6}; found [{}]", place_kind_name(exp.kind), exp.lat, exp.lon, got.join(" | ")));
            }
        }
    }
    for (i, p) in found.iter().enumerate() {
        if !taken[i] {
            let sub = format!("place/{}", place_kind_name(p.kind));
            fr.kinds.entry("place".into()).or_default().fp += 1;
            fr.kinds.entry(sub.clone()).or_default().fp += 1;
            miss(&sub, "spurious", format!("'{}' ({})", p.text, p.explanation));
        }
    }
    // Category and priority: one label each, so precision and recall move together.
    for (name, want, got) in [
        ("category", r.category.as_deref(), Some(a.category.as_str().to_owned())),
        ("priority", r.priority.as_deref(), serde_json::to_value(a.priority).ok().and_then(|v| v.as_str().map(str::to_owned))),
    ] {
        let Some(want) = want else { continue };
        let score = fr.kinds.entry(name.to_owned()).or_default();
        if got.as_deref() == Some(want) {
            score.tp += 1;
        } else {
            score.fp += 1;
            score.fn_ += 1;
            miss(name, "missed", format!("expected {want}, got {} ({})", got.unwrap_or_default(), a.reasons.join("; ")));
        }
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} tips, each in written and spoken form", self.tips)?;
        writeln!(f, "{:<24} {:>28}   {:>28}", "", "written: P / R / F1 (n)", "spoken: P / R / F1 (n)")?;
        let kinds: Vec<&String> = self.written.kinds.keys().chain(self.spoken.kinds.keys()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        for k in kinds {
            let cell = |r: &FormReport| match r.kinds.get(k) {
                Some(s) => format!("{:.3} / {:.3} / {:.3} ({})", s.precision(), s.recall(), s.f1(), s.tp + s.fn_),
                None => "-".to_owned(),
            };
            writeln!(f, "{:<24} {:>28}   {:>28}", k, cell(&self.written), cell(&self.spoken))?;
        }
        writeln!(
            f,
            "{:<24} {:>28}   {:>28}",
            "geocoded within 50 m",
            format!("{:.3} ({}/{})", self.written.geocode_share(), self.written.places_within_tolerance, self.written.places_expected),
            format!("{:.3} ({}/{})", self.spoken.geocode_share(), self.spoken.places_within_tolerance, self.spoken.places_expected)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_count_and_combine() {
        let s = Score { tp: 8, fp: 2, fn_: 0 };
        assert!((s.precision() - 0.8).abs() < 1e-9 && s.recall() == 1.0);
        assert!((s.f1() - 0.888_888).abs() < 1e-5);
        assert_eq!(Score::default().f1(), 1.0, "nothing expected and nothing found is perfect");
        assert_eq!(Score { tp: 0, fp: 1, fn_: 1 }.f1(), 0.0);
    }

    #[test]
    fn evaluates_a_small_corpus_and_reports_misses() {
        let gaz = Gazetteer::from_geojson(crate::gazetteer::tests::MINI).unwrap();
        let corpus = r#"
{"id": "a", "received_at": "2026-03-01T12:00:00Z", "written": "A red Honda Civic at 150 Main Street ten minutes ago.", "spoken": "a red honda civic at one fifty main street ten minutes ago", "entities": [{"kind": "vehicle", "colour": "red", "make": "honda", "model": "civic"}, {"kind": "time", "at": "2026-03-01T11:50:00Z"}], "places": [{"kind": "address", "lat": 0.0, "lon": 0.00101}], "category": "other", "priority": "low"}
{"id": "b", "received_at": "2026-03-01T12:00:00Z", "written": "A man with a knife.", "spoken": "a man with a knife", "entities": [{"kind": "weapon", "type": "gun"}], "places": []}
"#;
        let r = evaluate(corpus, &gaz).unwrap();
        assert_eq!(r.tips, 2);
        let w = &r.written;
        assert_eq!(w.kinds["vehicle"], Score { tp: 1, fp: 0, fn_: 0 });
        assert_eq!(w.kinds["time"].tp, 1);
        assert_eq!(w.kinds["place/address"].tp, 1);
        assert_eq!(w.geocode_share(), 1.0);
        // The knife is not the expected gun, and the man was not annotated: both are errors.
        assert_eq!(w.kinds["weapon"], Score { tp: 0, fp: 1, fn_: 1 });
        assert_eq!(w.kinds["person"].fp, 1);
        assert!(r.misses.iter().any(|m| m.id == "b" && m.kind == "weapon" && m.what == "missed"));
        assert!(r.to_string().contains("geocoded within 50 m"));
        assert!(matches!(evaluate("\n", &gaz), Err(EvalError::Empty)));
        assert!(matches!(evaluate("{}", &gaz), Err(EvalError::Line { line: 1, .. })));
    }
}
