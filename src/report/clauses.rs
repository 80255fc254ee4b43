//! `clausier extract --clauses`: every clause of a document as the engine reads it,
//! so a user or a maintainer sees why a status was given.

use crate::engine::{clause, text};
use crate::model::Document;
use crate::rules::Pack;

pub fn render(doc: &Document, pack: &Pack) -> String {
    let blocks = text::prepare(doc, &pack.text);
    let frames = clause::frames(doc, &blocks, pack);
    let mut out = format!("# {} ({})\n", doc.path.display(), doc.format.name());
    for f in &frames {
        let (s, e) = f.sentence;
        let original = &doc.blocks[f.block].text;
        let (os, oe) = blocks[f.block].folded.original_range(s, e);
        let lead = if f.lead_in.is_some() { "  ↳ " } else { "" };
        out.push_str(&format!(
            "¶{:<4} {lead}{}\n       {}\n",
            f.block + 1,
            original.get(os..oe).unwrap_or_default().trim(),
            clause::describe(f, &pack.lexicon)
        ));
    }
    out
}
