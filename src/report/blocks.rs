//! `clausier extract`: the document model as text, block by block, with where each
//! block stands and the headings above it.

use crate::model::Document;

pub fn render(doc: &Document) -> String {
    use crate::model::BlockKind::*;
    let mut out = format!("# {} ({})\n", doc.path.display(), doc.format.name());
    for w in &doc.warnings {
        out.push_str(&format!("warning: {w}\n"));
    }
    for b in &doc.blocks {
        let l = &b.location;
        let at = match (l.line, l.page) {
            (Some(line), _) => format!("{}:{}", line, l.column.unwrap_or(1)),
            (None, Some(page)) => format!("p{page} ¶{}", l.paragraph),
            _ => format!("¶{}", l.paragraph),
        };
        let kind = match &b.kind {
            Heading { level } => format!("h{level}"),
            Paragraph => "p".into(),
            ListItem => "li".into(),
            TableCell { table, row, column } => format!("t{table}r{row}c{column}"),
            Footnote => "note".into(),
            Quote => "quote".into(),
        };
        out.push_str(&format!(
            "{at:<10} {kind:<8} [{}] {}\n",
            b.heading_path(),
            b.text
        ));
    }
    for n in &doc.notes {
        out.push_str(&format!(
            "comment (before block {}): {}\n",
            n.block.map_or(0, |b| b + 1),
            n.text
        ));
    }
    out
}
