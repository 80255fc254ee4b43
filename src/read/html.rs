//! HTML pages (`.html`, `.htm`): terms and privacy pages as websites keep them, often
//! as the templates a web framework renders (Django or Jinja `{% … %}` and `{{ … }}`,
//! Angular `{{ … }}` and `@if (…) {`, ERB or JSP `<% … %>`, PHP `<?php … ?>`).
//!
//! Template code is blanked first, byte for byte, so that every offset still points
//! into the file; the page then goes through the reader of Markdown's HTML blocks.
//! HTML comments are kept aside as notes, as in Markdown: they carry suppressions.

use super::{html_block, lines::LineIndex, markdown, BlockSink};
use crate::model::{Document, Format, Note};
use std::path::Path;

/// Parses an HTML page (or template) into the document model.
pub fn parse(path: &Path, source: &str) -> Document {
    let page = blank_template_code(source);
    let mut sink = BlockSink::default();
    let mut tables = 0;
    html_block::read(&[(page.clone(), 0)], &mut sink, &mut tables);
    let lines = LineIndex::new(source);
    let mut blocks = sink.finish(&mut []);
    lines.locate(source, &mut blocks);
    // A comment speaks of the first block after it.
    let notes = markdown::html_comments(&page)
        .into_iter()
        .map(|(at, text)| Note {
            text: text.trim().to_string(),
            block: Some(blocks.partition_point(|b| b.source_map.first().is_some_and(|p| p.1 < at))),
            line: Some(lines.line_col(source, at).0),
        })
        .collect();
    Document {
        path: path.to_path_buf(),
        format: Format::Html,
        blocks,
        notes,
        warnings: Vec::new(),
        source: None,
    }
}

/// Template delimiters: what they hold is code, not text of the page.
const TEMPLATE_CODE: [(&str, &str); 5] = [
    ("{{", "}}"),
    ("{%", "%}"),
    ("{#", "#}"),
    ("<%", "%>"),
    ("<?", "?>"),
];

/// `source` with template code turned into spaces (newlines kept): the same length and
/// the same lines.
fn blank_template_code(source: &str) -> String {
    let mut out = source.as_bytes().to_vec();
    // One pass: at each « { » or « < », the delimiter that opens there, if any.
    let mut at = 0;
    while let Some(i) = source[at..].find(['{', '<']) {
        let start = at + i;
        let Some(&(open, close)) = TEMPLATE_CODE
            .iter()
            .find(|(open, _)| source[start..].starts_with(open))
        else {
            at = start + 1;
            continue;
        };
        let inner = start + open.len();
        let end = source[inner..]
            .find(close)
            .map_or(source.len(), |e| inner + e + close.len());
        blank(&mut out, start, end);
        at = end;
    }
    // Control flow on a line of its own (Angular's `@if (…) {`, a closing `}`).
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let t = line.trim();
        let keyword = t.trim_start_matches('}').trim_start().strip_prefix('@');
        let control = t == "}"
            || (t.ends_with('{')
                && keyword.is_some_and(|k| k.starts_with(|c: char| c.is_ascii_alphabetic())));
        if control {
            blank(&mut out, line_start, line_start + line.len());
        }
        line_start += line.len();
    }
    // Only ASCII bytes were replaced, by ASCII bytes, between ASCII delimiters.
    String::from_utf8(out).unwrap_or_else(|_| source.to_string())
}

fn blank(bytes: &mut [u8], start: usize, end: usize) {
    for b in &mut bytes[start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BlockKind;

    fn doc(src: &str) -> Document {
        parse(Path::new("t.html"), src)
    }

    #[test]
    fn a_template_page_reads_as_its_text() {
        let src = "<!DOCTYPE html>\n<html><head><title>CGU</title></head>\n<body>\n{% extends \"base.html\" %}\n{% block content %}\n@if (logged) {\n<h2>Article 3 - Données</h2>\n}\n<p>Les données sont hébergées en {{ pays }}France.</p>\n<p><%= link_to \"ici\", x %> Elles sont <?php echo 1; ?>détruites.</p>\n{% endblock %}\n</body></html>\n";
        let d = doc(src);
        let texts: Vec<(&BlockKind, &str)> = d
            .blocks
            .iter()
            .map(|b| (&b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (&BlockKind::Heading { level: 2 }, "Article 3 - Données"),
                (
                    &BlockKind::Paragraph,
                    "Les données sont hébergées en France."
                ),
                (&BlockKind::Paragraph, "Elles sont détruites."),
            ]
        );
        assert_eq!(d.format, Format::Html);
        let b = &d.blocks[1];
        assert_eq!(b.location.line, Some(9));
        let s = b.source_offset(b.text.find("France").unwrap()).unwrap();
        assert_eq!(&src[s..s + 6], "France");
        assert_eq!(b.heading_path(), "Article 3 - Données");
    }

    #[test]
    fn a_comment_is_a_note_on_the_next_block() {
        let d = doc("<p>Un.</p>\n<!-- clausier-disable-next SEC011 vu -->\n<p>Deux.</p>\n");
        assert_eq!(d.notes.len(), 1);
        assert_eq!(d.notes[0].text, "clausier-disable-next SEC011 vu");
        assert_eq!(d.notes[0].block, Some(1));
        assert_eq!(d.notes[0].line, Some(2));
    }

    #[test]
    fn broken_templates_read_without_panic() {
        let src = "<p>é {{ x <% é {% ü</p>\n@é {\n}\n<?php é";
        for (i, _) in src.char_indices() {
            for (j, _) in src.char_indices().filter(|&(j, _)| j >= i) {
                let _ = doc(&src[i..j]);
            }
        }
    }
}
