//! Leave-one-set-out accuracy of the category word model: for each hand-written set, the model is trained
//! on every other set and asked for the category of each of the held-out set's tips (both forms).
//! `cargo run -p correlate --release --example category_cv [-- system [misses]]`. With `system`, the whole extractor
//! (rules and that model) scores each held-out set's category and priority (F1, mean of both forms); with `misses`
//! too, it prints each written category it got wrong. An honest measure of the model, for choosing its features,
//! learner and weight; the rules were written from these sets, so the blind sets (`eval`) measure their share.

use correlate::extract::model::{examples, CategoryModel};
use correlate::eval::FormReport;

const SETS: &[(&str, &str)] = &[
    ("generated", include_str!("../corpus/extraction.jsonl")),
    ("hand", include_str!("../corpus/extraction_hand.jsonl")),
    ("holdout", include_str!("../corpus/extraction_holdout.jsonl")),
    ("holdout2", include_str!("../corpus/extraction_holdout2.jsonl")),
    ("holdout3", include_str!("../corpus/extraction_holdout3.jsonl")),
    ("holdout4", include_str!("../corpus/extraction_holdout4.jsonl")),
    ("holdout5", include_str!("../corpus/extraction_holdout5.jsonl")),
    ("holdout6", include_str!("../corpus/extraction_holdout6.jsonl")),
    ("holdout7", include_str!("../corpus/extraction_holdout7.jsonl")),
    ("holdout8", include_str!("../corpus/extraction_holdout8.jsonl")),
    ("holdout9", include_str!("../corpus/extraction_holdout9.jsonl")),
    ("holdout10", include_str!("../corpus/extraction_holdout10.jsonl")),
    ("holdout11", include_str!("../corpus/extraction_holdout11.jsonl")),
    ("holdout12", include_str!("../corpus/extraction_holdout12.jsonl")),
    ("holdout13", include_str!("../corpus/extraction_holdout13.jsonl")),
    ("holdout14", include_str!("../corpus/extraction_holdout14.jsonl")),
    ("holdout15", include_str!("../corpus/extraction_holdout15.jsonl")),
    ("holdout16", include_str!("../corpus/extraction_holdout16.jsonl")),
    ("train1", include_str!("../corpus/extraction_train1.jsonl")),
    ("train2", include_str!("../corpus/extraction_train2.jsonl")),
    ("train3", include_str!("../corpus/extraction_train3.jsonl")),
    ("train4", include_str!("../corpus/extraction_train4.jsonl")),
    ("holdout20", include_str!("../corpus/extraction_holdout20.jsonl")),
    ("train5", include_str!("../corpus/extraction_train5.jsonl")),
    ("holdout22", include_str!("../corpus/extraction_holdout22.jsonl")),
    ("holdout23", include_str!("../corpus/extraction_holdout23.jsonl")),
    ("holdout24", include_str!("../corpus/extraction_holdout24.jsonl")),
    ("holdout25", include_str!("../corpus/extraction_holdout25.jsonl")),
    ("train6", include_str!("../corpus/extraction_train6.jsonl")),
];

/// Sets large enough to be held out (the small early ones only ever train).
const HELD: &[&str] = &[
    "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "train1", "train2", "train3", "train4", "holdout20", "train5", "holdout22", "holdout23", "holdout24", "holdout25", "train6",
];

/// The corpus of one set, and every other set's examples to train on.
fn split(held: &str) -> (&'static str, Vec<(Vec<String>, correlate::Category)>) {
    let train: Vec<&str> = SETS.iter().filter(|(n, _)| *n != held).map(|(_, c)| *c).collect();
    (SETS.iter().find(|(n, _)| *n == held).map(|(_, c)| *c).unwrap_or_default(), examples(&train))
}

fn model_alone() {
    let mut total = 0.0;
    for held in HELD {
        let (corpus, train) = split(held);
        let model = CategoryModel::train(&train);
        let test = examples(&[corpus]);
        let right = test.iter().filter(|(f, c)| model.best(f).is_some_and(|(p, _)| p == *c)).count();
        let accuracy = right as f64 / test.len().max(1) as f64;
        total += accuracy;
        println!("{held:<10} {accuracy:.3} ({right}/{})", test.len());
    }
    println!("mean       {:.3}", total / HELD.len() as f64);
}

fn whole_extractor(misses: bool) {
    let gaz = correlate::Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).expect("demo town loads");
    let (mut category, mut priority) = (0.0, 0.0);
    for held in HELD {
        let (corpus, train) = split(held);
        let r = correlate::eval::evaluate_with(corpus, &gaz, &CategoryModel::train(&train)).expect("corpus parses");
        let f1 = |kind: &str| {
            let of = |form: &FormReport| form.kinds.get(kind).map_or(0.0, |s| s.f1());
            (of(&r.written) + of(&r.spoken)) / 2.0
        };
        if misses {
            for m in r.misses.iter().filter(|m| m.kind == "category" && m.form == "written") {
                println!("MISS {} {}", m.id, m.detail);
            }
        }
        let (c, p) = (f1("category"), f1("priority"));
        println!("{held:<10} category {c:.3} priority {p:.3}");
        category += c;
        priority += p;
    }
    let n = HELD.len() as f64;
    println!("mean       category {:.3} priority {:.3}", category / n, priority / n);
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("system") => whole_extractor(std::env::args().nth(2).as_deref() == Some("misses")),
        _ => model_alone(),
    }
}
