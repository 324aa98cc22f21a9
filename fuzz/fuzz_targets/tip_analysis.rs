//! Tip text from the public: extraction and geocoding against the demo town.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| tipline_fuzz_targets::tip_analysis(data));
