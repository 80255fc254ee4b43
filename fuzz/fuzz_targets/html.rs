#![no_main]
//! Any bytes as an HTML page or web template, read only (see reader.rs).

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reader::run(clausier::model::Format::Html, data, reader::Judge::No)
});
