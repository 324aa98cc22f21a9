//! Prints the analysis of each argument against the demo town: `cargo run -p correlate --example analyse -- "TEXT"`.

fn main() {
    let gaz = correlate::Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).expect("demo town loads");
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-01T15:00:00Z").expect("constant").with_timezone(&chrono::Utc);
    for text in std::env::args().skip(1) {
        let a = correlate::analyse(&text, at, &gaz);
        println!("{}", serde_json::to_string_pretty(&a).expect("plain data"));
    }
}
