//! Bytes claiming to be an OpenStreetMap PBF extract (an agency's file, or one fetched for it).
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::osm_pbf(data));
