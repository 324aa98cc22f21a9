//! Tip text from the public: extraction and geocoding against the demo town must never panic, and every
//! span must index the input.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static TOWN: OnceLock<correlate::Gazetteer> = OnceLock::new();
    let town = TOWN.get_or_init(|| correlate::Gazetteer::from_geojson(include_str!("../../config/demo/town.geojson")).unwrap());
    let text = String::from_utf8_lossy(data);
    let received = chrono::DateTime::from_timestamp(1_764_000_000, 0).unwrap();
    let a = correlate::analyse(&text, received, town);
    for e in &a.entities {
        assert!(e.span.slice(&text).is_some(), "entity span out of the input");
    }
});
