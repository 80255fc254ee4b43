#![no_main]
//! Any text as a rule pack: loading must return a located error or a pack, never panic.

use clausier::rules::load_pack;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = load_pack("fuzz.toml", text, &Default::default());
    }
});
