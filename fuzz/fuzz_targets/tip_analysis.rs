//! Tip text from the public: extraction and geocoding against the demo town.
#![no_main]
// The first analysis loads the demo town and trains the category word model; done once before fuzzing starts, so
// libFuzzer's per-input timeout measures the analysis, not that one-off set-up.
libfuzzer_sys::fuzz_target!(init: tipline_fuzz_targets::tip_analysis(b""), |data: &[u8]| tipline_fuzz_targets::tip_analysis(data));
