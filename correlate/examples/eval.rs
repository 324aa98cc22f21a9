//! Evaluates a bundled corpus against the demo town and prints the report and every miss:
//! `cargo run -p correlate --example eval [-- generated|hand|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|holdout16|holdout17|holdout18|holdout19|holdout20|holdout21|holdout22|holdout23|holdout24|holdout25|holdout26|holdout27|holdout28|holdout29|holdout30|holdout31|holdout32|holdout33|holdout34|holdout35|holdout36|holdout37|holdout38|train1|train2|train3|train4|train5|train6 [KIND]]`
//! (KIND filters the misses, e.g. `place/address`).

fn main() {
    let gaz = correlate::Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).expect("demo town loads");
    let corpus = match std::env::args().nth(1).as_deref() {
        Some("hand") => include_str!("../corpus/extraction_hand.jsonl"),
        Some("holdout") => include_str!("../corpus/extraction_holdout.jsonl"),
        Some("holdout2") => include_str!("../corpus/extraction_holdout2.jsonl"),
        Some("holdout3") => include_str!("../corpus/extraction_holdout3.jsonl"),
        Some("holdout4") => include_str!("../corpus/extraction_holdout4.jsonl"),
        Some("holdout5") => include_str!("../corpus/extraction_holdout5.jsonl"),
        Some("holdout6") => include_str!("../corpus/extraction_holdout6.jsonl"),
        Some("holdout7") => include_str!("../corpus/extraction_holdout7.jsonl"),
        Some("holdout8") => include_str!("../corpus/extraction_holdout8.jsonl"),
        Some("holdout9") => include_str!("../corpus/extraction_holdout9.jsonl"),
        Some("holdout10") => include_str!("../corpus/extraction_holdout10.jsonl"),
        Some("holdout11") => include_str!("../corpus/extraction_holdout11.jsonl"),
        Some("holdout12") => include_str!("../corpus/extraction_holdout12.jsonl"),
        Some("holdout13") => include_str!("../corpus/extraction_holdout13.jsonl"),
        Some("holdout14") => include_str!("../corpus/extraction_holdout14.jsonl"),
        Some("holdout15") => include_str!("../corpus/extraction_holdout15.jsonl"),
        Some("holdout16") => include_str!("../corpus/extraction_holdout16.jsonl"),
        Some("holdout17") => include_str!("../corpus/extraction_holdout17.jsonl"),
        Some("holdout18") => include_str!("../corpus/extraction_holdout18.jsonl"),
        Some("holdout19") => include_str!("../corpus/extraction_holdout19.jsonl"),
        Some("holdout20") => include_str!("../corpus/extraction_holdout20.jsonl"),
        Some("holdout21") => include_str!("../corpus/extraction_holdout21.jsonl"),
        Some("holdout22") => include_str!("../corpus/extraction_holdout22.jsonl"),
        Some("holdout23") => include_str!("../corpus/extraction_holdout23.jsonl"),
        Some("holdout24") => include_str!("../corpus/extraction_holdout24.jsonl"),
        Some("holdout25") => include_str!("../corpus/extraction_holdout25.jsonl"),
        Some("holdout26") => include_str!("../corpus/extraction_holdout26.jsonl"),
        Some("holdout27") => include_str!("../corpus/extraction_holdout27.jsonl"),
        Some("holdout28") => include_str!("../corpus/extraction_holdout28.jsonl"),
        Some("holdout29") => include_str!("../corpus/extraction_holdout29.jsonl"),
        Some("holdout30") => include_str!("../corpus/extraction_holdout30.jsonl"),
        Some("holdout31") => include_str!("../corpus/extraction_holdout31.jsonl"),
        Some("holdout32") => include_str!("../corpus/extraction_holdout32.jsonl"),
        Some("holdout33") => include_str!("../corpus/extraction_holdout33.jsonl"),
        Some("holdout34") => include_str!("../corpus/extraction_holdout34.jsonl"),
        Some("holdout35") => include_str!("../corpus/extraction_holdout35.jsonl"),
        Some("holdout36") => include_str!("../corpus/extraction_holdout36.jsonl"),
        Some("holdout37") => include_str!("../corpus/extraction_holdout37.jsonl"),
        Some("holdout38") => include_str!("../corpus/extraction_holdout38.jsonl"),
        Some("train1") => include_str!("../corpus/extraction_train1.jsonl"),
        Some("train2") => include_str!("../corpus/extraction_train2.jsonl"),
        Some("train3") => include_str!("../corpus/extraction_train3.jsonl"),
        Some("train4") => include_str!("../corpus/extraction_train4.jsonl"),
        Some("train5") => include_str!("../corpus/extraction_train5.jsonl"),
        Some("train6") => include_str!("../corpus/extraction_train6.jsonl"),
        _ => include_str!("../corpus/extraction.jsonl"),
    };
    let report = correlate::eval::evaluate(corpus, &gaz).expect("corpus parses");
    let filter = std::env::args().nth(2);
    for m in &report.misses {
        if filter.as_deref().is_none_or(|f| m.kind == f || m.form == f) {
            println!("{} {:<8} {:<18} {:<8} {}", m.id, m.form, m.kind, m.what, m.detail);
        }
    }
    println!("\n{report}");
}
