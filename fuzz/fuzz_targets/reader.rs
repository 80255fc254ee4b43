//! Shared by the reader targets: any bytes as a file of one format. The reader must
//! return, never panic or hang, and (with `Judge::Yes`) the engine must judge whatever
//! it read.
//! Panics are not caught here (`read_unguarded`), save those a reader guards on
//! purpose (a PDF page that crashes pdf-extract), which stay quiet.

use clausier::model::Format;
use clausier::read::{read_unguarded, Limits};
use clausier::rules::{load_default_pack, Lang, Pack};
use std::path::Path;
use std::sync::{Once, OnceLock};

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(|| load_default_pack(&Default::default()).unwrap())
}

/// Whether a target sends what it read through the engine. Judging costs far more than
/// reading Markdown, so the `markdown` target reads only and `judge` does both.
#[allow(dead_code)] // each target binary uses one of the two
pub enum Judge {
    Yes,
    No,
}

pub fn run(format: Format, data: &[u8], judge: Judge) {
    static HOOK: Once = Once::new();
    HOOK.call_once(clausier::read::install_panic_hook);
    let limits = Limits {
        max_part_bytes: 8 << 20,
        max_pdf_pages: 50,
        ..Limits::default()
    };
    let name = format!("fuzz.{}", format.name());
    let read = read_unguarded(Path::new(&name), format, data.to_vec(), &limits);
    if let (Ok(doc), Judge::Yes) = (read, judge) {
        let _ = clausier::engine::judge(&doc, pack(), Lang::Fr);
    }
}
