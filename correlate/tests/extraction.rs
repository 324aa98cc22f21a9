//! The extractor against the demo town: the evaluation corpora at the levels last measured (so a
//! regression fails), the demo tips end to end, and property tests over arbitrary input.
//!
//! A set in the word model's training scores its category as a fit, not a measure: since the logistic model
//! replaced naive Bayes every such set scores 1.00 (the older comments below give naive Bayes' fits). The
//! honest measures are the blind sets and `examples/category_cv.rs`.

use chrono::{DateTime, Utc};
use correlate::eval::{evaluate, EvalReport, FormReport};
use correlate::{analyse, Category, EntityKind, Gazetteer, PlaceKind, Priority};
use proptest::prelude::*;

const TOWN: &str = include_str!("../../config/demo/town.geojson");

fn town() -> &'static Gazetteer {
    static G: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    G.get_or_init(|| Gazetteer::from_geojson(TOWN).expect("the demo town loads"))
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// Every kind's F1 and the geocoding share must be at least `floor` in both forms.
fn assert_at_least(report: &EvalReport, floors: &[(&str, f64)], geocode_floor: f64) {
    for (form, r) in [("written", &report.written), ("spoken", &report.spoken)] {
        check_form(form, r, floors, geocode_floor, report);
    }
}

fn check_form(form: &str, r: &FormReport, floors: &[(&str, f64)], geocode_floor: f64, report: &EvalReport) {
    for (kind, floor) in floors {
        let f1 = r.kinds.get(*kind).map(|s| s.f1()).unwrap_or_else(|| panic!("{form}: no score for {kind}"));
        assert!(f1 >= *floor, "{form} {kind}: F1 {f1:.3} < {floor}\n{report}");
    }
    assert!(r.geocode_share() >= geocode_floor, "{form}: geocoded share {:.3} < {geocode_floor}\n{report}", r.geocode_share());
}

const KINDS: [&str; 8] = ["vehicle", "weapon", "person", "time", "place", "category", "priority", "place/intersection"];

#[test]
fn generated_corpus_scores_as_measured() {
    let report = evaluate(include_str!("../corpus/extraction.jsonl"), town()).unwrap();
    assert!(report.tips >= 150);
    let floors: Vec<(&str, f64)> = KINDS.iter().map(|k| (*k, 0.99)).collect();
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn hand_written_corpus_scores_as_measured() {
    let report = evaluate(include_str!("../corpus/extraction_hand.jsonl"), town()).unwrap();
    // Person 0.986: "my neighbour's house was broken into ... nobody was home" names a neighbour who was away
    // (not annotated), which the extractor cannot tell from the neighbours the newer sets annotate.
    let floors = [
        ("vehicle", 0.93),
        ("weapon", 0.99),
        ("person", 0.98),
        ("time", 0.99),
        ("place", 0.99),
        ("category", 0.97),
        ("priority", 0.97),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn first_held_out_corpus_scores_as_measured() {
    // Blind when first measured (category 0.60, priority 0.65, person 0.83); its misses were then read
    // and category vocabulary broadened, so it is now a regression check like the others.
    let report = evaluate(include_str!("../corpus/extraction_holdout.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.99),
        ("weapon", 0.99),
        ("person", 0.96),
        ("time", 0.99),
        ("place", 0.99),
        ("category", 0.99),
        ("priority", 0.95),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn second_held_out_corpus_scores_as_measured() {
    // Blind when first measured (category 0.60, priority 0.60, person 0.83); its misses then inspired the
    // composite category rules, so it is now a regression check.
    let report = evaluate(include_str!("../corpus/extraction_holdout2.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.88),
        ("weapon", 0.99),
        ("person", 0.93),
        ("time", 0.88),
        ("place", 0.99),
        ("category", 0.95),
        ("priority", 0.89),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn third_held_out_corpus_scores_as_measured() {
    // Blind when first measured (vehicle 0.80, category and priority 0.70); its misses were then read and
    // it is among the word model's training sets, so this is a regression check, no longer an estimate.
    let report = evaluate(include_str!("../corpus/extraction_holdout3.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.99),
        ("weapon", 0.99),
        ("person", 0.93),
        ("time", 0.99),
        ("place", 0.99),
        ("category", 0.99),
        ("priority", 0.99),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn fourth_held_out_corpus_scores_as_measured() {
    // Written and committed before the word model or any other change of that round. First look (model
    // weight 40, no abstention): category 0.71 written / 0.66 spoken, priority 0.66 / 0.63; the keyword
    // rules alone scored category 0.73, priority 0.61. These floors are
    // after the generalisation round that studied its misses (so it is now a dev set): category 0.90 / 0.89,
    // priority 0.83, person 0.91, vehicle 0.99 / 0.94; after the second round (classes of error in it and the
    // fifth set): category 0.99, priority 0.88, person 0.95 / 0.94, vehicle 1.00. Time stays near 0.77 because
    // its labels leave out day parts ("last night") that the other corpora label (and its one bare "yesterday"
    // now follows the later sets: no time).
    let report = evaluate(include_str!("../corpus/extraction_holdout4.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.99),
        ("weapon", 0.99),
        ("person", 0.93),
        ("time", 0.76),
        ("place", 0.97),
        ("category", 0.98),
        ("priority", 0.87),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn fifth_held_out_corpus_scores_as_measured() {
    // Written and committed before the generalisation round changed any rule, measured once at its end
    // (category 0.77 / 0.76, priority 0.70 / 0.68, person 0.86 / 0.84, vehicle 0.80 / 0.78, weapon 0.95,
    // time 0.96). Its misses were then studied by class of error in the second round, so it is now a dev
    // set and these floors are regression checks, not an estimate: category 1.00, priority 0.93, person
    // 0.93, vehicle 0.99, weapon and time 1.00.
    let report = evaluate(include_str!("../corpus/extraction_holdout5.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.98),
        ("weapon", 0.99),
        ("person", 0.92),
        // 0.98 since "and now he's going after the driver" stopped counting as the time (a "now" opening a
        // clause tells what happened next: across the sets such a "now" is left unlabelled far more often than not);
        // 0.96 since a second annotator labelled its events said to have "just" happened as now (nine tips).
        ("time", 0.96),
        ("place", 0.96),
        ("category", 0.99),
        ("priority", 0.93),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn sixth_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor nor ran it) and committed before the round that
    // studied holdouts 4 and 5; measured once before that round merged (category 0.60 / 0.58, priority
    // 0.58 / 0.56, vehicle 0.51 / 0.43, weapon 0.74 / 0.67, person 0.84) and once after it, the honest
    // estimate for new phrasing (written / spoken): category 0.71 / 0.69, priority 0.63, person 0.88,
    // vehicle 0.72 / 0.69, weapon 0.80 / 0.74, time 0.85, place 0.93 / 0.88, geocoded 0.95 / 0.85.
    // Its misses were then studied by class of error (weapon slang, self-corrections, partial plates,
    // life-at-risk signs, spoken intersections and area names...), so it is now a dev set and these floors
    // are regression checks, not an estimate: category 0.99, priority 0.96 / 0.94, person 0.88, vehicle
    // 0.91, weapon 1.00, time 0.91, place 0.96 / 0.92, geocoded 0.98 / 0.92.
    let report = evaluate(include_str!("../corpus/extraction_holdout6.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.90),
        ("weapon", 0.99),
        ("person", 0.87),
        ("time", 0.90),
        ("place", 0.91),
        ("category", 0.98),
        ("priority", 0.94),
    ];
    assert_at_least(&report, &floors, 0.92);
}

#[test]
fn seventh_held_out_corpus_scores_as_measured() {
    // Written blind, committed before the round that studied holdout6; measured with the rules before that
    // round (category 0.70 / 0.71, priority 0.62, vehicle 0.72 / 0.64, person 0.86 / 0.81, place 0.94 / 0.83),
    // after it (category 0.71 / 0.72, priority 0.64, vehicle 0.76 / 0.69, place 0.96 / 0.91: rule work on
    // the dev sets barely carried over to category and priority), and after the word model was trained on
    // holdouts 4-6 too (category 0.80 / 0.83, priority 0.63 / 0.65). Then holdout8 took over as the blind set
    // and holdout7 joined the word model's training: category 0.92, priority 0.67 / 0.66 are training scores.
    let report = evaluate(include_str!("../corpus/extraction_holdout7.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.69),
        ("weapon", 0.89),
        ("person", 0.80),
        ("time", 0.86),
        ("place", 0.90),
        ("category", 0.91),
        ("priority", 0.66),
    ];
    assert_at_least(&report, &floors, 0.93);
}

#[test]
fn eighth_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor, its tests or examples, nor ran them). Category and
    // priority while it was blind, with the model trained up to holdout6: 0.57, 0.57 / 0.56; with holdout7 and
    // train1 added: 0.66, 0.60 / 0.61; with train2 too: 0.62 / 0.66, 0.59 / 0.61; person 0.76, vehicle 0.80 /
    // 0.76, weapon 0.82, time 0.79, place 0.94 / 0.87. A second annotator labelling it blind from the written
    // conventions agreed with its author on 0.99 of categories and 0.92 of priorities (corpus/agreement.py).
    // Then holdout9 took over as the blind set: holdout8 joined the word model's training (category 0.77 /
    // 0.78 is a training score) and its person misses were studied by class (role nouns, estimated ages):
    // person 0.82 / 0.81.
    let report = evaluate(include_str!("../corpus/extraction_holdout8.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.76),
        ("weapon", 0.82),
        ("person", 0.81),
        ("time", 0.78),
        ("place", 0.86),
        ("category", 0.76),
        ("priority", 0.62),
    ];
    assert_at_least(&report, &floors, 0.89);
}

#[test]
fn ninth_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor, its tests or examples, nor ran them) and committed
    // before any change it could have inspired. While it was blind: with the extractor as holdout8 left it
    // category 0.64 / 0.67, priority 0.69 / 0.67, person 0.71 / 0.75; with holdout8 in the model's training and
    // the role nouns and estimated ages learnt from its misses category 0.66, priority 0.70, person 0.74 /
    // 0.78, vehicle 0.85, weapon 0.85 / 0.89, time 0.80, place 0.93 / 0.87, geocoded 0.96 / 0.86. Then
    // holdout10 took over as the blind set: holdout9 joined the word model's training (category 0.80 / 0.79 is
    // a training score) and its person and time misses were studied by class (children named by age, pronouns,
    // descriptions in a sentence of their own, a "now" that narrates, 24-hour clock times). Floors as the
    // holdout11 round left it, but priority one tip lower (0.83) with the logistic word model.
    let report = evaluate(include_str!("../corpus/extraction_holdout9.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.91),
        ("weapon", 0.96),
        ("person", 0.85),
        ("time", 0.90),
        ("place", 0.95),
        ("category", 0.97),
        ("priority", 0.83),
    ];
    assert_at_least(&report, &floors, 0.96);
}

#[test]
fn tenth_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor, its tests or examples, nor ran them) and committed
    // before any change it could have inspired. On arrival: category 0.62 / 0.61, priority 0.60, person 0.72 /
    // 0.73, vehicle 0.67 / 0.71, weapon 0.95, time 0.73, place 0.96 / 0.82, geocoded 0.99 / 0.82; after the
    // round that studied holdout9: category 0.66 / 0.64, priority 0.63 / 0.62, person 0.74, time 0.81 / 0.77,
    // vehicle 0.70 / 0.73. Then holdout11 took over as the blind set: holdout10's misses were studied by class
    // (dispatch shorthand, signs of a life at risk, habits, spoken house numbers and street names, events
    // hours old, callers naming their job, weapons by type, places relative to a part of their anchor) and it
    // joined the word model's training (category 0.93 is a training score).
    let report = evaluate(include_str!("../corpus/extraction_holdout10.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.92),
        ("weapon", 0.99),
        ("person", 0.82),
        ("time", 0.89),
        ("place", 0.96),
        ("category", 0.93),
        ("priority", 0.84),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn eleventh_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor, its tests or examples, nor ran them) and committed
    // before any change it could have inspired; not in the word model's training, its misses never read. On
    // arrival, with the extractor as holdout10 left it: category 0.63 / 0.70, priority 0.66 / 0.67, person
    // 0.82 / 0.83, vehicle 0.84 / 0.78, weapon 0.88 / 0.77, time 0.84 / 0.79, place 0.94 / 0.83, geocoded
    // 0.98 / 0.81. After the round that studied holdout10 (still blind, measured three times: midway, near its
    // end and after its last change): category 0.71 / 0.74, priority 0.73 / 0.74, person 0.83, place 0.96 / 0.95, geocoded 0.98 / 0.96,
    // vehicle 0.84 / 0.82, time 0.83 / 0.79, weapon 0.88 / 0.77. Then holdout12 took over as the blind set:
    // holdout11 joined the word model's training (category 0.96 is a training score) and its misses were
    // studied by class (the part of yesterday, habits, blades used as tools, threats to kill, vehicles named
    // again, counts and groups, corrected cross streets, spoken house numbers): person 0.89 / 0.90, time 0.90 /
    // 0.88, vehicle 0.96, weapon 0.96, priority 0.91, places 0.97, geocoded 1.00.
    let report = evaluate(include_str!("../corpus/extraction_holdout11.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.96),
        ("weapon", 0.95),
        ("person", 0.88),
        ("time", 0.87),
        ("place", 0.97),
        ("category", 0.95),
        ("priority", 0.91),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn twelfth_held_out_corpus_scores_as_measured() {
    // Written blind (its author never opened the extractor, its tests or examples, nor ran them) and committed
    // before any change it could have inspired. On arrival, with the extractor as holdout11 found it: category
    // 0.83, priority 0.79 / 0.77, person 0.83 / 0.82, vehicle 0.81, weapon 0.89, time 0.84 / 0.85, place 0.96 /
    // 0.91, geocoded 0.97 / 0.89. After the round that studied holdout11 (measured three times): category 0.84 /
    // 0.86, priority 0.78 / 0.77, person 0.83, vehicle 0.84, weapon 0.89, time 0.84 / 0.86, place 0.96 / 0.92,
    // geocoded 0.97 / 0.90. Then holdouts 13 and 14 took over as the blind sets: holdout12 joined the word
    // model's training (category 0.96 is a training score) and its misses were studied by class with train3's
    // (day parts beside clock times, "gone now", threats to strangle or cut, tools used on things, corrected
    // plates): priority 0.84 / 0.83, vehicle 0.89, time 0.86 / 0.89.
    let report = evaluate(include_str!("../corpus/extraction_holdout12.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.88),
        ("weapon", 0.88),
        ("person", 0.82),
        ("time", 0.85),
        ("place", 0.91),
        ("category", 0.95),
        ("priority", 0.83),
    ];
    assert_at_least(&report, &floors, 0.90);
}

#[test]
fn thirteenth_held_out_corpus_scores_as_measured() {
    // Written blind and committed before any change it could have inspired. On arrival, with the extractor as the
    // holdout11 round left it: category 0.87 / 0.89, priority 0.79 / 0.80, person 0.80, vehicle 0.78 / 0.74, weapon
    // 0.85 / 0.82, time 0.79 / 0.80, place 0.95 / 0.90, geocoded 0.96 / 0.88; after the part of the next round that
    // studied holdout12 and train3 (still blind, misses unread): category 0.87 / 0.86, priority 0.77 / 0.74, the rest
    // unchanged. Then holdouts 14 and 15 took over as the blind sets: holdout13 joined the word model's training
    // (category 0.96 / 0.97 is a training score) and its misses were studied by class (plates corrected whole,
    // claimed weapons, blades of things, threats with violence at walls, glass that "exploded", someone buried,
    // trains named by their time, deadlines, misheard school names, a vehicle described again): priority 0.90 /
    // 0.89, vehicle 0.91 / 0.88, weapon 0.92 / 0.88, time 0.81, place 0.95 / 0.91.
    let report = evaluate(include_str!("../corpus/extraction_holdout13.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.88),
        ("weapon", 0.88),
        ("person", 0.79),
        ("time", 0.81),
        ("place", 0.91),
        ("category", 0.95),
        ("priority", 0.88),
    ];
    assert_at_least(&report, &floors, 0.88);
}

#[test]
fn fourteenth_held_out_corpus_scores_as_measured() {
    // Written blind during the round that studied holdouts 12 and 13. With the extractor as that round began:
    // category 0.77 / 0.74, priority 0.76, person 0.83 / 0.82, vehicle 0.68 / 0.72, weapon 0.88, time 0.85 / 0.88,
    // place 0.97 / 0.91, geocoded 0.97 / 0.89; at its end (misses unread): category 0.77 / 0.79, priority 0.76 / 0.78,
    // vehicle 0.73, weapon 0.92. Then holdouts 15 and 16 took over as the blind sets: holdout14 joined the word
    // model's training (category 0.91 is a training score) and its misses were studied by class (weekday clock
    // times, corrected house numbers, plates on motor vehicles, models, a motorcycle called a bike, spans and plans
    // that are no times, games that are no gunfire): priority 0.86, vehicle 0.86 / 0.83, weapon 0.96, time 0.90 /
    // 0.91, place 0.98 / 0.93.
    let report = evaluate(include_str!("../corpus/extraction_holdout14.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.82),
        ("weapon", 0.95),
        ("person", 0.81),
        ("time", 0.89),
        ("place", 0.92),
        ("category", 0.91),
        ("priority", 0.85),
    ];
    assert_at_least(&report, &floors, 0.91);
}

#[test]
fn fifteenth_held_out_corpus_scores_as_measured() {
    // Written blind during the round that studied holdouts 12 to 14. On arrival, after the holdout12/13 part of that
    // round: category 0.76 / 0.73, priority 0.81 / 0.80, person 0.83 / 0.84, vehicle 0.79 / 0.80, weapon 0.96, time
    // 0.81 / 0.80, place 0.96 / 0.94, geocoded 1.00 / 0.99; after the holdout14 part: category 0.78, priority 0.84 /
    // 0.83, vehicle 0.83 / 0.80, time 0.85 / 0.83. Then holdouts 16 and 17 took over as the blind sets: holdout15
    // joined the word model's training (category 0.96 is a training score) and its misses were studied by class
    // (partial plates, a knife to the neck, someone under water for a while, vulnerable people missing, times asked
    // for): priority 0.89 / 0.88, vehicle 0.86 / 0.83, time 0.86 / 0.84; priority 0.88 / 0.87 with the logistic
    // word model.
    let report = evaluate(include_str!("../corpus/extraction_holdout15.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.82),
        ("weapon", 0.95),
        ("person", 0.82),
        ("time", 0.83),
        ("place", 0.94),
        ("category", 0.95),
        ("priority", 0.86),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn sixteenth_held_out_corpus_scores_as_measured() {
    // Written blind during the round that studied holdouts 12 to 14. On arrival, after that round's last change:
    // category 0.80 / 0.82, priority 0.81 / 0.80, person 0.81 / 0.80, vehicle 0.80 / 0.73, weapon 0.95, time 0.84,
    // place 0.94 / 0.92, geocoded 0.95 / 0.92; after the short round that studied holdout15: priority 0.79. Then
    // holdouts 17 and 18 took over as the blind sets, holdout16 joined the word model's training (its category is
    // a training score from here on) and its misses were studied by class (times when all was still well or on a
    // schedule, getaway directions, plates on a named vehicle, attacks that are over, missing people at risk,
    // callers who say it can wait, dispatch blocks, crossings taken back): priority 0.93, vehicle 0.91, time 0.89 /
    // 0.88, place 0.97 / 0.95, geocoded 0.97 / 0.93.
    let report = evaluate(include_str!("../corpus/extraction_holdout16.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.91),
        ("weapon", 0.94),
        ("person", 0.80),
        ("time", 0.88),
        ("place", 0.95),
        ("category", 0.99),
        ("priority", 0.93),
    ];
    assert_at_least(&report, &floors, 0.92);
}

#[test]
fn seventeenth_held_out_corpus_scores_as_measured() {
    // Written blind (Thanksgiving week); not in the word model's training, its misses never read. On arrival, with
    // the naive Bayes word model: category 0.78, priority 0.76, person 0.79, vehicle 0.84 / 0.76, weapon 0.95, time
    // 0.87 / 0.86, place 0.96 / 0.97, geocoded 0.98; with the logistic word model (chosen by leave-one-set-out
    // accuracy on the studied sets, then measured here): category 0.88, priority 0.72; after holdout16's misses
    // were studied by class: priority 0.73, vehicle 0.84 / 0.80, place 0.97, geocoded 0.99 / 0.98; after train4 joined
    // the model's training and its priority misses were studied: category 0.86 / 0.87, priority 0.72 / 0.73; with a
    // bare "this morning" no stated time (and the round's last person and vehicle classes): time 0.89 / 0.88, person
    // 0.80 / 0.79. At the end of the holdout20 round (holdout20 and train5 in the model's training, their misses and
    // holdout16's studied by class): category 0.88, priority 0.73, vehicle 0.86, time 0.90 / 0.89, place 0.98, geocoded 0.99
    // / 1.00. At the end of the holdout22 round (holdout22 in the model's training, its misses studied by class):
    // category 0.89 / 0.87, priority 0.76 / 0.77, the rest as they were. At the end of the holdout26 round: category 0.90 /
    // 0.89, priority 0.78 / 0.77, person 0.85 / 0.84, vehicle 0.86, weapon 0.95, time 0.90 / 0.89, place 0.98.
    let report = evaluate(include_str!("../corpus/extraction_holdout17.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.85),
        ("weapon", 0.95),
        ("person", 0.79),
        ("time", 0.87),
        ("place", 0.97),
        ("category", 0.86),
        ("priority", 0.75),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn eighteenth_held_out_corpus_scores_as_measured() {
    // Written blind (Fourth of July week); not in the word model's training, its misses never read. On arrival, with
    // the naive Bayes word model: category 0.76 / 0.74, priority 0.69 / 0.68, person 0.83 / 0.81, vehicle 0.85 /
    // 0.74, weapon 0.84, time 0.81 / 0.77, place 0.90 / 0.86, geocoded 0.96 / 0.91; with the logistic word model:
    // category 0.86 / 0.84, priority 0.74; after holdout16's misses were studied by class: priority 0.78, time
    // 0.83 / 0.79, vehicle 0.85 / 0.78, place 0.92 / 0.88, geocoded 0.98 / 0.92; after train4's part: category 0.87,
    // priority 0.80; with a bare "this morning" no stated time: time 0.85 / 0.81, priority 0.80 / 0.79. At the end of
    // the holdout20 round: category 0.87 -> 0.86 (with holdout20 and train5 in the model's training), priority 0.79,
    // vehicle 0.83 / 0.77, place 0.91 / 0.89, geocoded 0.98 / 0.96. At the end of the holdout22 round: category 0.86 ->
    // 0.83 / 0.84 (the word model's reading moved when holdout22 joined its training) and priority 0.79 -> 0.76 / 0.77
    // with it, person 0.85 / 0.83, vehicle 0.85 / 0.78, time 0.86 / 0.82. At the end of the holdout26 round: category 0.84,
    // priority 0.78 / 0.79, person 0.86 / 0.83, vehicle 0.86 / 0.79, weapon 0.84, time 0.86 / 0.82, place 0.91 / 0.89.
    let report = evaluate(include_str!("../corpus/extraction_holdout18.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.77),
        ("weapon", 0.84),
        ("person", 0.82),
        ("time", 0.81),
        ("place", 0.89),
        ("category", 0.82),
        ("priority", 0.75),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn nineteenth_held_out_corpus_scores_as_measured() {
    // Written blind (Super Bowl and Valentine's week, February 2028) while holdout16 was studied; not in the word
    // model's training, its misses never read. On arrival, after holdout16's part of the round: category 0.87 /
    // 0.88, priority 0.82 / 0.83, person 0.80, vehicle 0.77 / 0.73, weapon 1.00, time 0.87 / 0.85, place 0.95 /
    // 0.92, geocoded 0.98 / 0.93; after train4's part: category 0.88 / 0.89, priority 0.83 / 0.84; with a bare "this
    // morning" no stated time: time 0.91 / 0.90. At the end of the holdout20 round: vehicle 0.83 / 0.79, place 0.96
    // / 0.94, geocoded 0.99 / 0.97, the rest as they were. At the end of the holdout22 round: category 0.89 / 0.90, the
    // rest as they were. At the end of the holdout25 round: category 0.90 / 0.91, priority 0.87 / 0.88, vehicle 0.82 /
    // 0.77 (one vehicle more named than labelled, since the commit that made flatbeds, plow trucks and snowplows trucks
    // and let "a bike ride off" be a bike: found by its score alone, the misses unread), the rest as they were. At the end
    // of the holdout26 round: person 0.81 / 0.82 -> 0.83, the rest as they were.
    let report = evaluate(include_str!("../corpus/extraction_holdout19.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.76),
        ("weapon", 0.99),
        ("person", 0.79),
        ("time", 0.89),
        ("place", 0.93),
        ("category", 0.87),
        ("priority", 0.83),
    ];
    assert_at_least(&report, &floors, 0.96);
}

#[test]
fn twentieth_held_out_corpus_scores_as_measured() {
    // Written blind (16-22 April 2029) at the end of the holdout16/train4 round. On arrival (measured once, before
    // any change of this round): category 0.86 / 0.87, priority 0.82, person 0.73 / 0.74, vehicle 0.64 / 0.65
    // (precision 0.53 / 0.55), weapon 0.95, time 0.89, place 0.93 / 0.90, geocoded 0.97 / 0.91. Then it joined the
    // word model's training (its category is a training score from here on) and its misses were studied by class
    // (a vehicle named again by its body or by a bare make, bulk pickups and timetabled buses, someone unaccounted
    // for in a fire, a foot run over, misheard street names and blocks, crossings corrected, schedules and shifts):
    // vehicle 0.86, priority 0.92 / 0.90, time 0.94 / 0.91, weapon 1.00, place 0.94, geocoded 0.98.
    let report = evaluate(include_str!("../corpus/extraction_holdout20.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.86),
        ("weapon", 0.99),
        ("person", 0.73),
        ("time", 0.91),
        ("place", 0.93),
        ("category", 0.99),
        ("priority", 0.88),
    ];
    assert_at_least(&report, &floors, 0.97);
}

#[test]
fn twenty_first_held_out_corpus_scores_as_measured() {
    // Written blind (8-14 October 2029) at the start of the holdout20 round; not in the word model's training, its
    // misses never read. Measured at the end of that round only (before and after its last small changes, with
    // the same scores): category 0.86 / 0.84, priority 0.77, person 0.80 / 0.81, vehicle 0.90 / 0.88, weapon 0.87,
    // time 0.83, place 0.96 / 0.94, geocoded 0.97 / 0.94. Measured again at the end of the holdout22 round only:
    // category 0.86 / 0.84 -> 0.82 (the word model's reading moved when holdout22 joined its training), priority
    // 0.77 -> 0.79, the rest as they were. At the end of the holdout26 round: category 0.86, priority 0.81, person 0.86 /
    // 0.84, vehicle 0.90 / 0.88, weapon 0.87, time 0.88 / 0.89, place 0.97 / 0.96, geocoded 0.99 / 0.97.
    let report = evaluate(include_str!("../corpus/extraction_holdout21.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.88),
        ("weapon", 0.86),
        ("person", 0.79),
        ("time", 0.82),
        ("place", 0.94),
        ("category", 0.81),
        ("priority", 0.78),
    ];
    assert_at_least(&report, &floors, 0.94);
}

#[test]
fn twenty_second_held_out_corpus_scores_as_measured() {
    // Written blind (9-15 June 2031) during the holdout20 round. Measured once on arrival, at the start of the next
    // round, before any change: category 0.91 / 0.91, priority 0.78, person 0.80 / 0.80, vehicle 0.86 / 0.84, weapon
    // 0.85, time 0.92, place 0.95 / 0.94, geocoded 0.98 / 0.98. Then its misses were studied by class (clothes, a gun
    // safe, a strangling, a tooth knocked out, a partial plate said before the keyword, a price per car, a dealer,
    // Father's Day) and it joined the word model's training (its category is a training score from here on):
    // priority 0.86, vehicle 0.94 / 0.92, weapon 0.88, person 0.82.
    let report = evaluate(include_str!("../corpus/extraction_holdout22.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.91),
        ("weapon", 0.87),
        ("person", 0.81),
        ("time", 0.91),
        ("place", 0.93),
        ("category", 0.99),
        ("priority", 0.85),
    ];
    assert_at_least(&report, &floors, 0.97);
}

#[test]
fn twenty_third_held_out_corpus_scores_as_measured() {
    // Written blind (20-26 September 2032) at the start of the holdout22 round; in the word model's training since the
    // holdout25 round (with holdout24, holdout25 and train6 it lifted leave-one-set-out category from 0.874 to 0.886).
    // Measured once, at the end of that round: category 0.88 / 0.87, priority 0.80 / 0.78, person 0.73 / 0.72, vehicle
    // 0.83 / 0.82, weapon 0.95, time 0.89 / 0.87, place 0.93 / 0.92, geocoded 0.99 / 0.99. Its misses were then studied
    // by class in the holdout23 round (priority 0.89 / 0.87, time 0.94 / 0.92, person 0.76 / 0.73, vehicle 0.85,
    // weapon 1.00); the floors stay where the blind measure left them.
    let report = evaluate(include_str!("../corpus/extraction_holdout23.jsonl"), town()).unwrap();
    let floors = [
        ("vehicle", 0.81),
        ("weapon", 0.94),
        ("person", 0.71),
        ("time", 0.86),
        ("place", 0.91),
        ("category", 0.86),
        ("priority", 0.77),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn twenty_fourth_held_out_corpus_scores_as_measured() {
    // Written blind (1-7 August 2033) at the start of the holdout23 round; in the word model's training since the
    // holdout25 round.
    // Measured once, at the end of that round: category 0.91 / 0.90, priority 0.80 / 0.80, person 0.73 / 0.74, vehicle
    // 0.80 / 0.78, weapon 0.96, time 0.83 / 0.83, place 0.96 / 0.96, geocoded 0.99 / 0.99. Its misses were then studied
    // by class in the holdout24 round (priority 0.92, category 0.93, vehicle 0.88, time 0.88, person 0.77); the floors
    // stay where the blind measure left them.
    let report = evaluate(include_str!("../corpus/extraction_holdout24.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.77),
        ("weapon", 0.94),
        ("person", 0.71),
        ("time", 0.81),
        ("place", 0.94),
        ("category", 0.88),
        ("priority", 0.78),
    ];
    assert_at_least(&report, &floors, 0.98);
}

#[test]
fn twenty_fifth_held_out_corpus_scores_as_measured() {
    // Written blind (8-14 May 2034) at the start of the holdout24 round. Measured once, at the end of that round:
    // category 0.89 / 0.90, priority 0.88 / 0.87, person 0.80 / 0.80, vehicle 0.75 / 0.76 (precision 0.62 / 0.64:
    // vehicles named that the labels leave out), weapon 0.91, time 0.91 / 0.90, place 0.95 / 0.95, geocoded 0.96 /
    // 0.96. Its misses were then studied by class in the holdout25 round, and it joined the word model's training; the
    // floors stay where the blind measure left them.
    let report = evaluate(include_str!("../corpus/extraction_holdout25.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.74),
        ("weapon", 0.90),
        ("person", 0.79),
        ("time", 0.88),
        ("place", 0.93),
        ("category", 0.88),
        ("priority", 0.86),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn twenty_sixth_held_out_corpus_scores_as_measured() {
    // Written blind (25 February - 2 March 2036) at the start of the holdout25 round; not in the word model's training
    // (joining it lowered leave-one-set-out category on the earlier sets). Measured once, at the end of that round:
    // category 0.94 / 0.97, priority 0.74 / 0.74, person 0.80 / 0.80, vehicle 0.76 / 0.74 (precision 0.66 / 0.65),
    // weapon 1.00, time 0.85 / 0.84, place 0.94 / 0.93, geocoded 0.98 / 0.96. Its misses were then studied by class in
    // the holdout26 round: category 0.96 / 0.97, priority 0.90 / 0.89, person 0.85 / 0.83, vehicle 0.90 / 0.85, weapon
    // 1.00, time 0.93 / 0.90, place 0.95 / 0.94, geocoded 0.99 / 0.98.
    let report = evaluate(include_str!("../corpus/extraction_holdout26.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.84),
        ("weapon", 0.99),
        ("person", 0.82),
        ("time", 0.89),
        ("place", 0.93),
        ("category", 0.95),
        ("priority", 0.88),
    ];
    assert_at_least(&report, &floors, 0.97);
}

#[test]
fn twenty_seventh_held_out_corpus_scores_as_measured() {
    // Written blind (9-15 November 2037) at the end of the holdout25 round; not in the word model's training, its misses
    // never read. Measured once, at the end of the holdout26 round: category 0.92 / 0.92, priority 0.83 / 0.84, person
    // 0.81 / 0.80, vehicle 0.84 / 0.86 (precision 0.75 / 0.77), weapon 0.95, time 0.90 / 0.89, place 0.99 / 0.99,
    // geocoded 1.00.
    let report = evaluate(include_str!("../corpus/extraction_holdout27.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.83),
        ("weapon", 0.94),
        ("person", 0.79),
        ("time", 0.88),
        ("place", 0.98),
        ("category", 0.91),
        ("priority", 0.82),
    ];
    assert_at_least(&report, &floors, 0.99);
}

#[test]
fn twenty_eighth_held_out_corpus_scores_as_measured() {
    // Written blind (19-25 July 2038) during the holdout26 round; not in the word model's training. Measured once, early
    // in the holdout27 round (at 4b1b4cd): category 0.87 / 0.87, priority 0.78 / 0.79, person 0.79 / 0.78, vehicle 0.71 /
    // 0.69 (precision 0.58 / 0.56), weapon 0.75 / 0.80 (precision 0.64 / 0.67), time 0.81 / 0.80, place 0.93 / 0.91,
    // geocoded 0.97 / 0.96. Its misses were then studied by class.
    let report = evaluate(include_str!("../corpus/extraction_holdout28.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.68),
        ("weapon", 0.74),
        ("person", 0.76),
        ("time", 0.79),
        ("place", 0.90),
        ("category", 0.86),
        ("priority", 0.77),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn twenty_ninth_held_out_corpus_scores_as_measured() {
    // Written blind (14-20 March 2039) during the holdout27 round; not in the word model's training. Measured once, at
    // the start of the holdout29 round (at 24b3da1): category 0.86 / 0.86, priority 0.72 / 0.71, person 0.78 / 0.76,
    // vehicle 0.81 / 0.78, weapon 0.90 / 0.95, time 0.79 / 0.78, place 0.93 / 0.92, geocoded 0.96 / 0.94. Its misses
    // were then studied by class.
    let report = evaluate(include_str!("../corpus/extraction_holdout29.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.76),
        ("weapon", 0.88),
        ("person", 0.74),
        ("time", 0.77),
        ("place", 0.90),
        ("category", 0.84),
        ("priority", 0.69),
    ];
    assert_at_least(&report, &floors, 0.93);
}

#[test]
fn thirtieth_held_out_corpus_scores_as_measured() {
    // Written blind (24-30 December 2040) during the holdout29 round; not in the word model's training. Measured once, at
    // the start of the holdout30 round (at 2cfd706): category 0.87 / 0.88, priority 0.82 / 0.82, person 0.79 / 0.78,
    // vehicle 0.83 / 0.83, weapon 0.95 / 0.91, time 0.94 / 0.93, place 0.92 / 0.90, geocoded 0.99 / 0.98. Its misses
    // were then studied by class.
    let report = evaluate(include_str!("../corpus/extraction_holdout30.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.80),
        ("weapon", 0.88),
        ("person", 0.76),
        ("time", 0.90),
        ("place", 0.88),
        ("category", 0.85),
        ("priority", 0.80),
    ];
    assert_at_least(&report, &floors, 0.96);
}

#[test]
fn thirty_first_held_out_corpus_scores_as_measured() {
    // Written blind (12-18 August 2041) during the holdout30 round; not in the word model's training. Measured once, at
    // the end of that round (at 9c2056c), before any of its misses were read: category 0.90 / 0.89, priority 0.86 / 0.84,
    // person 0.81 / 0.81, vehicle 0.74 / 0.74, weapon 0.95 / 0.90, time 0.87 / 0.82, place 0.90 / 0.90, geocoded 0.98 /
    // 0.97 (the round's start scored the same but person 0.805 written).
    let report = evaluate(include_str!("../corpus/extraction_holdout31.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.71),
        ("weapon", 0.88),
        ("person", 0.78),
        ("time", 0.80),
        ("place", 0.88),
        ("category", 0.87),
        ("priority", 0.82),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn thirty_second_held_out_corpus_scores_as_measured() {
    // Written blind (30 March - 5 April 2043) during the holdout31 round; not in the word model's training. Measured once,
    // blind, midway through that round (at ce5ab99), before any of its misses were read: category 0.88 / 0.89, priority
    // 0.79 / 0.78, person 0.79 / 0.80, vehicle 0.76 / 0.79, weapon 0.84 / 0.80, time 0.86 / 0.83, place 0.92 / 0.91,
    // geocoded 0.99 / 0.98 (the round's starting code the same but person 0.785 / 0.799 and time 0.852 written).
    let report = evaluate(include_str!("../corpus/extraction_holdout32.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.74),
        ("weapon", 0.78),
        ("person", 0.77),
        ("time", 0.81),
        ("place", 0.89),
        ("category", 0.86),
        ("priority", 0.76),
    ];
    assert_at_least(&report, &floors, 0.96);
}

#[test]
fn thirty_third_held_out_corpus_scores_as_measured() {
    // Written blind (12-18 December 2044) during the holdout32 round; not in the word model's training. Measured once,
    // blind, early in that round (at 4cb7650), before any of its misses were read: category 0.90 / 0.88, priority 0.84 /
    // 0.86, person 0.82 / 0.81, vehicle 0.84 / 0.80, weapon 0.82 / 0.82, time 0.87 / 0.87, place 0.98 / 0.97, geocoded 0.99
    // / 0.98 (the round's starting code scored the same).
    let report = evaluate(include_str!("../corpus/extraction_holdout33.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.78),
        ("weapon", 0.80),
        ("person", 0.79),
        ("time", 0.85),
        ("place", 0.95),
        ("category", 0.86),
        ("priority", 0.82),
    ];
    assert_at_least(&report, &floors, 0.96);
}

#[test]
fn thirty_fourth_held_out_corpus_scores_as_measured() {
    // Written blind (1-7 January 2046) at the start of the holdout33 round; not in the word model's training. Measured
    // once, blind, before any of its misses were read, at the round's starting code (68f6be6): category 0.91 / 0.91,
    // priority 0.84 / 0.86, person 0.82 / 0.81, vehicle 0.75 / 0.69, weapon 1.00, time 0.85 / 0.85, place 0.94 / 0.94,
    // geocoded 0.955 / 0.955.
    let report = evaluate(include_str!("../corpus/extraction_holdout34.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.67),
        ("weapon", 0.97),
        ("person", 0.79),
        ("time", 0.83),
        ("place", 0.92),
        ("category", 0.89),
        ("priority", 0.82),
    ];
    assert_at_least(&report, &floors, 0.94);
}

#[test]
fn thirty_fifth_held_out_corpus_scores_as_measured() {
    // Written blind (2-8 November 2048) at the start of the holdout34 round; not in the word model's training. Measured
    // once, blind, before any of its misses were read, at the round's starting code (769b932): category 0.91 / 0.90,
    // priority 0.86 / 0.84, person 0.84 / 0.83, vehicle 0.73 / 0.77, weapon 0.84 / 0.80, time 0.90 / 0.88, place
    // 0.93 / 0.92, geocoded 0.977 / 0.966.
    let report = evaluate(include_str!("../corpus/extraction_holdout35.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.70),
        ("weapon", 0.78),
        ("person", 0.81),
        ("time", 0.86),
        ("place", 0.89),
        ("category", 0.88),
        ("priority", 0.82),
    ];
    assert_at_least(&report, &floors, 0.94);
}

#[test]
fn thirty_sixth_held_out_corpus_scores_as_measured() {
    // Written blind (19-25 October 2042) at the start of the holdout35 round; not in the word model's training. Measured
    // once, blind, before any of its misses were read, at the round's starting code (385021a): category 0.89 / 0.89,
    // priority 0.81 / 0.81, person 0.80 / 0.78, vehicle 0.77 / 0.79, weapon 0.76 / 0.78, time 0.83 / 0.84, place
    // 0.92 / 0.92, geocoded 0.944 / 0.944.
    let report = evaluate(include_str!("../corpus/extraction_holdout36.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.74),
        ("weapon", 0.73),
        ("person", 0.76),
        ("time", 0.80),
        ("place", 0.89),
        ("category", 0.86),
        ("priority", 0.79),
    ];
    assert_at_least(&report, &floors, 0.92);
}

#[test]
fn thirty_seventh_held_out_corpus_scores_as_measured() {
    // Written blind (22-28 June 2047) at the start of the holdout36 round; not in the word model's training. Measured
    // once, blind, before any of its misses were read, at the round's starting code (5539ece): category 0.91 / 0.91,
    // priority 0.91 / 0.90, person 0.83 / 0.82, vehicle 0.69 / 0.74, weapon 0.95 / 0.90, time 0.91 / 0.91, place
    // 0.95 / 0.95, geocoded 0.989 / 0.978.
    let report = evaluate(include_str!("../corpus/extraction_holdout37.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.65),
        ("weapon", 0.87),
        ("person", 0.79),
        ("time", 0.88),
        ("place", 0.92),
        ("category", 0.88),
        ("priority", 0.87),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn thirty_eighth_held_out_corpus_scores_as_measured() {
    // Written blind (26 April - 2 May 2049) at the start of the holdout37 round; not in the word model's training. Measured
    // once, blind, before any of its misses were read, at the round's starting code (b91c1a8): category 0.89 / 0.89,
    // priority 0.82 / 0.80, person 0.86 / 0.85, vehicle 0.72 / 0.72, weapon 0.84 / 0.84, time 0.98 / 0.95, place
    // 0.95 / 0.94, geocoded 0.978 / 0.967 (person 0.87 / 0.86 with the round's first four rules, made before it came).
    let report = evaluate(include_str!("../corpus/extraction_holdout38.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 90);
    let floors = [
        ("vehicle", 0.68),
        ("weapon", 0.80),
        ("person", 0.82),
        ("time", 0.91),
        ("place", 0.91),
        ("category", 0.85),
        ("priority", 0.77),
    ];
    assert_at_least(&report, &floors, 0.94);
}

#[test]
fn sixth_blind_written_set_scores_as_measured() {
    // train6 (200 tips across 2035, ids "ag") measured the extractor blind on arrival: category 0.89 / 0.88, priority
    // 0.75 / 0.74, person 0.80 / 0.76, vehicle 0.87 / 0.81, weapon 0.98, time 0.88 / 0.84, place 0.94 / 0.93, geocoded
    // 0.97 / 0.96. In the word model's training since the holdout25 round (alone it had gained 0.001 leave-one-set-out); its misses were then studied
    // by class in the holdout24 round: category 0.91 / 0.89, priority 0.85 / 0.84, person 0.82 / 0.78, vehicle 0.91,
    // time 0.91 / 0.90, place 0.94 / 0.93, geocoded 0.98 / 0.97.
    let report = evaluate(include_str!("../corpus/extraction_train6.jsonl"), town()).unwrap();
    assert_eq!(report.tips, 200);
    let floors = [
        ("vehicle", 0.89),
        ("weapon", 0.96),
        ("person", 0.77),
        ("time", 0.87),
        ("place", 0.92),
        ("category", 0.87),
        ("priority", 0.81),
    ];
    assert_at_least(&report, &floors, 0.95);
}

#[test]
fn blind_written_training_corpora_score_as_measured() {
    // train1, train2 and train3 were written blind, for the word model's training. Before joining that training
    // train1 and train2 measured the rules on new phrasing like a holdout (category 0.70 / 0.66 and 0.63,
    // priority 0.61 / 0.59 and 0.59); with them in training the category is a training score (0.84, 0.81 /
    // 0.80) while the other kinds still measure rules never tuned on them. Their floors are where the holdout11
    // round left them (its rules were checked against these sets too).
    let train1 = evaluate(include_str!("../corpus/extraction_train1.jsonl"), town()).unwrap();
    let floors =
        // (Time 0.96 since a second annotator labelled its events said to have "just" happened as now.)
        [("vehicle", 0.86), ("weapon", 0.95), ("person", 0.88), ("time", 0.96), ("place", 0.96), ("category", 0.95), ("priority", 0.88)];
    assert_at_least(&train1, &floors, 0.98);
    let train2 = evaluate(include_str!("../corpus/extraction_train2.jsonl"), town()).unwrap();
    let floors =
        [("vehicle", 0.88), ("weapon", 0.97), ("person", 0.85), ("time", 0.92), ("place", 0.98), ("category", 0.95), ("priority", 0.88)];
    assert_at_least(&train2, &floors, 0.98);
    // train4 (200 tips, across 2028, ids "b") measured the extractor blind on arrival, with the logistic word model
    // and after holdout16's classes: category 0.78 / 0.77, priority 0.73 / 0.71, person 0.81, vehicle 0.78 / 0.73,
    // weapon 0.85 / 0.83, time 0.82 / 0.83, places 0.96 / 0.95, geocoded 0.98 / 0.97. With it in the model's training
    // (category 1.00, a fit) priority was 0.77 / 0.76: the priority rules, not the category, held it down on new
    // phrasing. Its priority misses were then studied by class (signs of a stroke or a head injury, a vehicle through
    // the ice, a live wire on an occupied car, someone wedged in, a weapon cornering someone, a fire with someone
    // unaccounted for, a fire or wreck that is over, finds after a long absence, ammunition, near misses): 0.84.
    // In the holdout20 round its vehicles rose to 0.85 / 0.83 (spoken plates through "x ray", the town's name split
    // as "oak ford", "west bound").
    let train4 = evaluate(include_str!("../corpus/extraction_train4.jsonl"), town()).unwrap();
    let floors =
        [("vehicle", 0.82), ("weapon", 0.88), ("person", 0.81), ("time", 0.83), ("place", 0.96), ("category", 0.99), ("priority", 0.83)];
    assert_at_least(&train4, &floors, 0.96);
    // train3 (196 tips) measured the rules blind before it joined the training: category 0.74 / 0.75, priority
    // 0.71 / 0.70, person 0.82, vehicle 0.89 / 0.86, weapon 0.91 / 0.90, time 0.81 / 0.80, places 0.94, geocoded 0.97 /
    // 0.98. Only its category (0.95) is a training score; its misses were then studied by class with holdout12's:
    // priority 0.87 / 0.85, weapon 0.96 / 0.94, vehicle 0.92 / 0.88 (0.94 / 0.90 after holdout13's); priority
    // 0.86 / 0.84 with the logistic word model.
    let train3 = evaluate(include_str!("../corpus/extraction_train3.jsonl"), town()).unwrap();
    let floors =
        [("vehicle", 0.89), ("weapon", 0.93), ("person", 0.81), ("time", 0.80), ("place", 0.93), ("category", 0.94), ("priority", 0.84)];
    assert_at_least(&train3, &floors, 0.97);
    // train5 (200 tips, across 2030, ids "ab") measured the extractor blind on arrival, after holdout20's vehicle,
    // priority and place classes: category 0.81 / 0.80, priority 0.79 / 0.80, person 0.79 / 0.76, vehicle 0.75 / 0.74
    // (precision 0.64 / 0.62), weapon 0.96, time 0.87, places 0.94, geocoded 0.99. It then joined the model's
    // training (category 1.00, a fit; priority 0.80 / 0.81) and its misses were studied by class: priority 0.87, vehicle 0.84 / 0.80, time 0.88 / 0.89, places 0.97, geocoded 1.00.
    let train5 = evaluate(include_str!("../corpus/extraction_train5.jsonl"), town()).unwrap();
    let floors =
        [("vehicle", 0.80), ("weapon", 0.95), ("person", 0.76), ("time", 0.88), ("place", 0.96), ("category", 0.99), ("priority", 0.85)];
    assert_at_least(&train5, &floors, 0.99);
}

#[test]
fn a_make_inside_a_place_name_is_no_vehicle() {
    let a = analyse("a fifteen year old boy just collapsed in the oak ford high gym", at("2026-03-01T15:00:00Z"), town());
    assert!(a.entities.iter().all(|e| e.kind != EntityKind::Vehicle), "{:?}", a.entities);
    let behind = analyse("the dead grass on the hill behind oak ford high is on fire", at("2026-03-01T15:00:00Z"), town());
    assert!(behind.entities.iter().all(|e| e.kind != EntityKind::Vehicle), "{:?}", behind.entities);
    let b = analyse("a grey Ford Focus hit a cyclist outside Oakford High School", at("2026-03-01T15:00:00Z"), town());
    assert!(b.entities.iter().any(|e| e.kind == EntityKind::Vehicle), "{:?}", b.entities);
}

#[test]
fn only_a_recent_event_is_raised_as_happening_now() {
    let g = town();
    let now = at("2026-03-01T20:00:00Z");
    let priority = |s: &str| analyse(s, now, g).priority;
    // A theft starts at medium; ten minutes ago lifts it.
    assert_eq!(priority("Someone stole my bike from the rack at the library ten minutes ago"), Priority::High);
    // A part of the day that reaches up to the tip is not "within the last 15 minutes".
    assert_eq!(priority("Someone stole my bike from the rack at the library this afternoon"), Priority::Medium);
    // Found this morning, taken over the weekend: the finding is not the event, which is days old.
    let a = analyse("Somebody stripped the copper downspouts off my garage sometime over the weekend, I just noticed this morning.", now, g);
    assert!(a.entities.iter().all(|e| e.kind != EntityKind::Time), "{:?}", a.entities);
    assert_eq!(a.priority, Priority::Low, "{:?}", a.reasons);
    // "Last night" told the next morning is hours old, though its window reaches into the small hours.
    let morning = analyse("My car got broken into last night outside 415 Elm Street and they took my laptop bag.", at("2026-03-01T15:00:00Z"), g);
    assert_eq!((morning.category, morning.priority), (Category::Theft, Priority::Low), "{:?}", morning.reasons);
    // Weeks of absence are an earlier day.
    let away = analyse("We just got back from two weeks away and our house has been broken into, the TV is gone.", now, g);
    assert_eq!(away.priority, Priority::Low, "{:?}", away.reasons);
}

#[test]
fn demo_tips_end_to_end() {
    let g = town();
    let now = at("2026-03-01T15:00:00Z");
    let a = analyse(
        "A man in a red hoodie was waving a handgun outside the library on Elm Street about ten minutes ago. He got into a grey pickup truck, plate ABC 1234, heading north.",
        now,
        g,
    );
    assert_eq!(a.category, Category::Weapon);
    assert_eq!(a.priority, Priority::Critical);
    let place = &a.places[0];
    assert_eq!(place.kind, PlaceKind::Relative);
    let library = g.landmarks().iter().find(|l| l.name == "Oakford Public Library").unwrap().location;
    assert!(place.location.unwrap().distance_m(&library) < 1.0);
    assert!(a.time_window.contains(at("2026-03-01T14:50:00Z")) && a.time_window.end <= now);
    assert_eq!(a.agencies, vec!["oakford-pd".to_owned()]);
    let v = a.entities.iter().find(|e| e.kind == EntityKind::Vehicle).unwrap();
    assert_eq!(v.attributes["plate"], "ABC1234");

    let b = analyse("There is smoke coming out of the back of the bakery at the corner of 3rd and Main.", now, g);
    assert_eq!(b.category, Category::Fire);
    assert!(b.places.iter().any(|p| p.kind == PlaceKind::Intersection && p.confidence > 0.8));
    assert!(b.places.iter().any(|p| p.kind == PlaceKind::Landmark && p.text == "the bakery"));

    let c = analyse("Two people keep trying car door handles in the Riverside Park car park.", now, g);
    assert_eq!(c.category, Category::Theft);
    assert!(c.places.iter().any(|p| p.kind == PlaceKind::Landmark && p.text == "Riverside Park"));
    assert!(c.entities.iter().all(|e| e.kind != EntityKind::Vehicle), "{:?}", c.entities);
}

#[test]
fn ambiguity_is_reported_not_guessed() {
    // Two schools: "the school" alone names neither.
    let a = analyse("Kids fighting outside the school", at("2026-03-01T15:00:00Z"), town());
    let p = a.places.iter().find(|p| p.text.contains("school")).expect("a place");
    assert!(p.candidates.len() >= 2, "{p:?}");
    assert!(p.confidence <= 0.5);
    assert!(p.explanation.contains("ambiguous"));
}

#[test]
fn serialises_for_the_extract_stage() {
    let a = analyse("shots fired near maple square", at("2026-03-01T15:00:00Z"), town());
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["category"], "weapon");
    assert_eq!(json["priority"], "critical");
    assert!(json["places"][0]["location"]["lat"].is_f64());
    let back: correlate::Analysis = serde_json::from_value(json).unwrap();
    assert_eq!(back, a);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_spans_index_the_input(text in "\\PC{0,200}") {
        check(&text);
    }

    #[test]
    fn tip_like_text_keeps_spans_valid(words in proptest::collection::vec(prop_oneof![
        Just("the"), Just("corner"), Just("of"), Just("3rd"), Just("and"), Just("main"), Just("street"), Just("plate"),
        Just("a"), Just("b"), Just("one"), Just("two"), Just("hundred"), Just("block"), Just("forty"), Just("second"),
        Just("half"), Just("past"), Just("ten"), Just("minutes"), Just("ago"), Just("outside"), Just("library"),
        Just("red"), Just("ford"), Just("man"), Just("hoodie"), Just("gun"), Just("x-ray"), Just("double"), Just("oh"),
        Just("between"), Just("at"), Just("st."), Just("é"), Just("🚗"), Just("5'10"), Just("10:30pm"), Just(","),
    ], 0..40)) {
        check(&words.join(" "));
    }
}

fn check(text: &str) {
    let a = analyse(text, at("2026-03-01T15:00:00Z"), town());
    for e in &a.entities {
        assert_eq!(e.span.slice(text), Some(e.text.as_str()), "entity span in {text:?}");
    }
    for p in &a.places {
        let span = p.span.expect("extracted places have spans");
        assert_eq!(span.slice(text), Some(p.text.as_str()), "place span in {text:?}");
        assert!((0.0..=1.0).contains(&p.confidence));
    }
    assert!(a.time_window.start <= a.time_window.end);
}

proptest! {
    #[test]
    fn normalised_tokens_map_back_in_order(text in "\\PC{0,120}") {
        let n = correlate::normalise::normalise(&text);
        let mut last_end = 0;
        for t in &n.tokens {
            prop_assert!(t.span.start >= last_end && t.span.start < t.span.end);
            prop_assert!(t.span.slice(&text).is_some());
            prop_assert_eq!(t.norm.slice(&n.text), Some(t.text.as_str()));
            last_end = t.span.end;
        }
    }
}

proptest! {
    #[test]
    fn gazetteer_loading_never_panics(text in "\\PC{0,300}") {
        let _ = Gazetteer::from_geojson(&text);
    }

    #[test]
    fn gazetteer_loading_survives_odd_geometry(lon in -180.0f64..180.0, lat in -90.0f64..90.0, n in 0usize..4) {
        let line: Vec<String> = (0..n).map(|k| format!("[{}, {}]", lon, lat + k as f64 * 1e-4)).collect();
        let text = format!(
            r#"{{"type": "FeatureCollection", "features": [
                {{"type": "Feature", "properties": {{"name": "A Street"}}, "geometry": {{"type": "LineString", "coordinates": [{}]}}}},
                {{"type": "Feature", "properties": {{"kind": "neighbourhood", "name": "Empty"}}, "geometry": {{"type": "Polygon", "coordinates": [[{}]]}}}}
            ]}}"#,
            line.join(","),
            line.join(",")
        );
        if let Ok(g) = Gazetteer::from_geojson(&text) {
            let a = analyse("corner of A Street and A Street in Empty", at("2026-03-01T15:00:00Z"), &g);
            prop_assert!(a.places.iter().all(|p| p.location.is_none_or(|l| l.lat.is_finite() && l.lon.is_finite())));
        }
    }
}

#[test]
fn a_break_in_hours_old_is_not_in_progress_for_someone_of_the_house_there_now() {
    // "Right now" outweighs a told time only when that time reaches the present (the break-in at 4 am is over).
    let a = analyse(
        "Someone broke into my garage at 4 am. Right now my husband is in my garage taking pictures for the insurance.",
        at("2026-03-01T15:00:00Z"),
        town(),
    );
    assert!(!a.reasons.iter().any(|r| r.starts_with("in progress")), "{:?}", a.reasons);
    // "Overnight" of an event said late in the evening is the night before; of something left there, this night.
    let shed = analyse("Someone broke into my shed overnight and took my snowblower, I saw it after dinner.", at("2026-03-02T04:40:00Z"), town());
    assert!(shed.time_window.end < at("2026-03-01T12:00:00Z"), "{:?}", shed.time_window);
}
