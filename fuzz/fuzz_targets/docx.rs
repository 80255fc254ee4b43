#![no_main]
//! Any bytes as a docx file (see reader.rs).

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| reader::run(
    clausier::model::Format::Docx,
    data,
    reader::Judge::Yes
));
