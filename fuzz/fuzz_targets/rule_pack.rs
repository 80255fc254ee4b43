#![no_main]
//! Any text as a rule pack — one file, or a pack folder's files separated by NUL
//! bytes: loading must return a located error or a pack, never panic.

use clausier::rules::{load_pack_source, PackSource};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parts = text
        .split('\0')
        .enumerate()
        .map(|(i, t)| (format!("part{i}.toml"), t.to_string()))
        .collect();
    if let Ok(source) = PackSource::new(parts) {
        let _ = load_pack_source(&source, &Default::default());
    }
});
