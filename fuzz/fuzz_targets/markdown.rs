#![no_main]
//! Any bytes as a Markdown file, read only (see reader.rs; `judge` adds the engine).

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reader::run(clausier::model::Format::Markdown, data, reader::Judge::No)
});
