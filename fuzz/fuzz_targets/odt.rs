#![no_main]
//! Any bytes as a odt file (see reader.rs).

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| reader::run(
    clausier::model::Format::Odt,
    data,
    reader::Judge::Yes
));
