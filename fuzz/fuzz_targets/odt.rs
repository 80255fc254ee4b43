#![no_main]
//! Any bytes as a odt file: the reader must return, never panic or hang, and the
//! engine must judge whatever it read. Panics are not caught here (read_unguarded).

use clausier::model::Format;
use clausier::read::{read_unguarded, Limits};
use clausier::rules::{load_pack, Lang, Pack, DEFAULT_PACK};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| load_pack(DEFAULT_PACK.0, DEFAULT_PACK.1, &Default::default()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    // Panics that the readers guard on purpose (a dependency's, page by page) stay
    // quiet; any other panic still reaches libFuzzer's hook and is a crash.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(clausier::read::install_panic_hook);
    let limits = Limits { max_part_bytes: 8 << 20, max_pdf_pages: 50, ..Limits::default() };
    if let Ok(doc) = read_unguarded(Path::new("fuzz.odt"), Format::Odt, data.to_vec(), &limits) {
        let _ = clausier::engine::judge(&doc, pack(), Lang::Fr);
    }
});
