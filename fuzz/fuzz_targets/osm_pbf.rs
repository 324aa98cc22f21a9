//! Bytes claiming to be an OpenStreetMap PBF extract (an agency's file, or one fetched for it).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = correlate::gazetteer::osm::import(std::io::Cursor::new(data));
});
