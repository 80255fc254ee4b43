//! Shared by the reader targets: any bytes as a file of one format. The reader must
//! return, never panic or hang, and the engine must judge whatever it read.
//! Panics are not caught here (`read_unguarded`), save those a reader guards on
//! purpose (a PDF page that crashes pdf-extract), which stay quiet.

use clausier::model::Format;
use clausier::read::{read_unguarded, Limits};
use clausier::rules::{load_pack, Lang, Pack, DEFAULT_PACK};
use std::path::Path;
use std::sync::{Once, OnceLock};

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| load_pack(DEFAULT_PACK.0, DEFAULT_PACK.1, &Default::default()).unwrap())
}

pub fn run(format: Format, data: &[u8]) {
    static HOOK: Once = Once::new();
    HOOK.call_once(clausier::read::install_panic_hook);
    let limits = Limits { max_part_bytes: 8 << 20, max_pdf_pages: 50, ..Limits::default() };
    let name = format!("fuzz.{}", format.name());
    if let Ok(doc) = read_unguarded(Path::new(&name), format, data.to_vec(), &limits) {
        let _ = clausier::engine::judge(&doc, pack(), Lang::Fr);
    }
}
