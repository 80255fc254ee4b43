#![no_main]
//! Any bytes as a plain-text or reStructuredText file, read only (see reader.rs).

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reader::run(clausier::model::Format::Text, data, reader::Judge::No)
});
