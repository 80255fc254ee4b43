#![no_main]
//! Any bytes as a Markdown file, read then judged by the default pack: the engine's
//! sentence, clause and quote splitting, folding and scopes on arbitrary text.

#[path = "reader.rs"]
mod reader;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    reader::run(clausier::model::Format::Markdown, data, reader::Judge::Yes)
});
