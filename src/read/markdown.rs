//! Markdown reader: pulldown-cmark events with their source offsets.
//!
//! Hard-wrapped lines are joined, emphasis markers vanish, struck-through text
//! (`~~…~~`) is left out like a Word tracked deletion, and HTML comments are kept
//! aside as notes (they carry suppression directives).

use super::{html_block, lines::LineIndex, BlockSink};
use crate::model::{BlockKind, Document, Format, Note};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::path::Path;

#[derive(Clone, Copy, PartialEq)]
enum Container {
    Item,
    Quote,
    Footnote,
}

/// Parses Markdown text into the document model.
pub fn parse(path: &Path, source: &str) -> Document {
    let lines = LineIndex::new(source);
    let mut sink = BlockSink::default();
    let mut notes = Vec::new();
    let mut containers: Vec<Container> = Vec::new();
    let (mut table, mut row, mut column) = (0u32, 0u32, 0u32);
    let mut struck = 0u32;
    let mut in_heading: Option<u8> = None;
    let mut line = LabelLine::default();

    // Front matter ("---⏎title: …⏎---", as static-site and MDX sources open) is the
    // page's metadata, no text of the contract.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut in_metadata = false;
    // An HTML block's chunks, with where each starts, read at its end.
    let mut html_block: Option<Vec<(String, usize)>> = None;
    let mut indented: Option<Vec<(String, usize)>> = None;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        if let Event::End(
            TagEnd::Paragraph | TagEnd::TableCell | TagEnd::Heading(_) | TagEnd::Item,
        ) = event
        {
            line = LabelLine::default();
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    sink.flush();
                    in_heading = Some(level as u8);
                    sink.open(BlockKind::Heading { level: level as u8 }, range.start);
                }
                // A loose list item's first paragraph continues the item's block.
                Tag::Paragraph
                    if containers.last() == Some(&Container::Item) && sink.is_open_and_empty() => {}
                Tag::Paragraph => {
                    sink.flush();
                    sink.open(kind_in(&containers), range.start);
                }
                Tag::Item => {
                    sink.flush();
                    containers.push(Container::Item);
                    sink.open(BlockKind::ListItem, range.start);
                }
                Tag::BlockQuote(_) => {
                    sink.flush();
                    containers.push(Container::Quote);
                }
                Tag::FootnoteDefinition(_) => {
                    sink.flush();
                    containers.push(Container::Footnote);
                }
                Tag::Table(_) => {
                    sink.flush();
                    table += 1;
                    row = 0;
                }
                Tag::TableHead | Tag::TableRow => {
                    row += 1;
                    column = 0;
                }
                Tag::TableCell => {
                    sink.flush();
                    column += 1;
                    sink.open(BlockKind::TableCell { table, row, column }, range.start);
                }
                Tag::MetadataBlock(_) => in_metadata = true,
                Tag::Strikethrough => struck += 1,
                Tag::Strong => line.strong += 1,
                Tag::HtmlBlock => {
                    sink.flush();
                    html_block = Some(Vec::new());
                }
                // An indented block of HTML (a page's markup indented past four
                // spaces after a blank line) is markup, not code: read as HTML.
                Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented) => {
                    sink.flush();
                    indented = Some(Vec::new());
                }
                Tag::List(_) | Tag::CodeBlock(_) => sink.flush(),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    sink.flush_heading(in_heading.take().unwrap_or(1));
                }
                TagEnd::Paragraph | TagEnd::TableCell => sink.flush(),
                TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => {
                    sink.flush();
                    containers.pop();
                }
                TagEnd::MetadataBlock(_) => in_metadata = false,
                TagEnd::CodeBlock => {
                    let chunks = indented.take().unwrap_or_default();
                    if chunks
                        .first()
                        .is_some_and(|(c, _)| c.trim_start().starts_with('<'))
                    {
                        html_block::read(&chunks, &mut sink, &mut table);
                    } else {
                        for (text, at) in &chunks {
                            if !sink.is_open() {
                                sink.open(kind_in(&containers), *at);
                            }
                            sink.push(text, *at);
                        }
                    }
                }
                TagEnd::HtmlBlock => {
                    if let Some(chunks) = html_block.take() {
                        html_block::read(&chunks, &mut sink, &mut table);
                    }
                }
                TagEnd::Strikethrough => struck = struck.saturating_sub(1),
                TagEnd::Strong => line.strong = line.strong.saturating_sub(1),
                _ => {}
            },
            Event::Text(_) if in_metadata => {}
            Event::Text(text) if indented.is_some() => {
                if let Some(chunks) = &mut indented {
                    chunks.push((text.to_string(), range.start));
                }
            }
            Event::Text(text) | Event::Code(text) if struck == 0 => {
                if !sink.is_open() {
                    sink.open(kind_in(&containers), range.start);
                }
                // Escapes and entities make the text shorter than its source: the
                // piece then maps to its start only, which is close enough.
                line.text(&text);
                sink.push(&text, range.start);
            }
            // A line all in bold before a break is a run-in heading (« **Durée de
            // conservation**⏎Le Prestataire conservera… »): the break then parts it from
            // the sentence like a blank line, or its words would open that sentence.
            Event::SoftBreak | Event::HardBreak if struck == 0 => {
                sink.push(if line.is_label() { "\n\n" } else { " " }, range.start);
                line = LabelLine {
                    strong: line.strong,
                    ..LabelLine::default()
                };
            }
            Event::InlineHtml(html) if struck == 0 && is_line_break(&html) && sink.is_open() => {
                sink.push("\n", range.start);
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if let Some(chunks) = &mut html_block {
                    chunks.push((html.to_string(), range.start));
                }
                for (offset, text) in html_comments(&html) {
                    let at = range.start + offset;
                    notes.push(Note {
                        text: text.trim().to_string(),
                        block: None,
                        line: Some(lines.line_col(source, at).0),
                    });
                    let index = notes.len() - 1;
                    sink.pending_notes.push(index);
                }
            }
            _ => {}
        }
    }
    sink.flush();
    let mut blocks = sink.finish(&mut notes);
    lines.locate(source, &mut blocks);
    Document {
        path: path.to_path_buf(),
        format: Format::Markdown,
        blocks,
        notes,
        warnings: Vec::new(),
        source: None,
    }
}

/// What the current line of a paragraph holds so far: bold text, other text.
#[derive(Default)]
struct LabelLine {
    strong: u32,
    bold: bool,
    plain: bool,
}

impl LabelLine {
    fn text(&mut self, text: &str) {
        if self.strong > 0 {
            self.bold = true;
        } else if !text.trim().is_empty() {
            self.plain = true;
        }
    }

    fn is_label(&self) -> bool {
        self.bold && !self.plain && self.strong == 0
    }
}

fn kind_in(containers: &[Container]) -> BlockKind {
    match containers.last() {
        Some(Container::Item) => BlockKind::ListItem,
        Some(Container::Quote) => BlockKind::Quote,
        Some(Container::Footnote) => BlockKind::Footnote,
        None => BlockKind::Paragraph,
    }
}

/// Whether inline HTML is a line break: `<br>`, `<br/>`, `<BR />`.
fn is_line_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    inner.trim() == "br"
}

/// The inner texts of `<!-- … -->` comments, with their offsets in `html` (also the
/// HTML reader's).
pub(super) fn html_comments(html: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut rest = 0;
    while let Some(open) = html[rest..].find("<!--") {
        let start = rest + open + 4;
        let Some(close) = html[start..].find("-->") else {
            break;
        };
        found.push((rest + open, &html[start..start + close]));
        rest = start + close + 3;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str) -> Document {
        parse(Path::new("t.md"), src)
    }

    #[test]
    fn headings_paths_and_joined_lines() {
        let d = doc("# Contrat\n\n## Article 12 – Réversibilité\n\n### 12.2 Plan\n\nLe titulaire\nremet un *plan*.\n");
        let last = d.blocks.last().unwrap();
        assert_eq!(last.text, "Le titulaire remet un plan.");
        assert_eq!(
            last.heading_path(),
            "Contrat > Article 12 – Réversibilité > 12.2 Plan"
        );
        assert_eq!(last.location.line, Some(7));
        assert_eq!(d.blocks[1].kind, BlockKind::Heading { level: 2 });
    }

    #[test]
    fn front_matter_is_no_text_and_mdx_reads_as_markdown() {
        let d =
            doc("---\ntitle: \"Terms\"\ncategory: company\n---\n\nWe host the data in France.\n");
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["We host the data in France."]);
        assert_eq!(
            super::super::format_of(Path::new("terms.mdx")),
            Some(Format::Markdown)
        );
    }

    #[test]
    fn source_offsets_point_at_original_words() {
        let src = "Intro\n\nLes **données** sont hébergées\nen France.\n";
        let d = doc(src);
        let b = &d.blocks[1];
        let t = b.text.find("France").unwrap();
        let s = b.source_offset(t).unwrap();
        assert_eq!(&src[s..s + 6], "France");
        assert_eq!(b.location.line, Some(3));
    }

    #[test]
    fn lists_tables_quotes_footnotes() {
        let src = "- un\n- deux\n\n| A | B |\n|---|---|\n| x | y |\n\n> cité\n\nTexte[^1].\n\n[^1]: Une note.\n";
        let d = doc(src);
        let kinds: Vec<_> = d
            .blocks
            .iter()
            .map(|b| (b.kind.clone(), b.text.clone()))
            .collect();
        assert!(kinds.contains(&(BlockKind::ListItem, "deux".into())));
        assert!(kinds.contains(&(
            BlockKind::TableCell {
                table: 1,
                row: 2,
                column: 2
            },
            "y".into()
        )));
        assert!(kinds.contains(&(BlockKind::Quote, "cité".into())));
        assert!(kinds.contains(&(BlockKind::Footnote, "Une note.".into())));
    }

    #[test]
    fn indented_html_is_read_as_html_and_indented_text_as_text() {
        let d = doc("<ol>\n<li><p>One.</p>\n\n\t\t<ol type=\"a\">\n\t\t\t<li><p>&nbsp;Two &amp; three.</p></li>\n\t\t</ol>\n\nText.\n\n    indented words\n");
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec!["One.", "Two & three.", "Text.", "indented words"]
        );
    }

    #[test]
    fn html_line_breaks_in_cells_are_line_breaks() {
        let d = doc("| A |\n|---|\n| Voir (EN)<br><br>Transférer<BR />- Activez |\n");
        assert_eq!(d.blocks[1].text, "Voir (EN)\n\nTransférer\n- Activez");
    }

    #[test]
    fn a_bold_line_before_a_break_is_a_run_in_heading() {
        let d = doc("**Durée de conservation**\nLe Prestataire conserve.\n\nLes **données** sont\nhébergées.\n\n**Note :** voir\nplus bas.\n");
        assert_eq!(
            d.blocks[0].text,
            "Durée de conservation\n\nLe Prestataire conserve."
        );
        assert_eq!(d.blocks[1].text, "Les données sont hébergées.");
        assert_eq!(d.blocks[2].text, "Note : voir plus bas.");
    }

    #[test]
    fn comments_are_notes_and_strikethrough_is_gone() {
        let d = doc("<!-- clausier-disable-next LOC001 raison -->\n\nUn ~~deux~~ trois.\n");
        assert_eq!(d.notes[0].text, "clausier-disable-next LOC001 raison");
        assert_eq!(d.notes[0].block, Some(0));
        assert_eq!(d.blocks[0].text, "Un  trois.");
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        let e =
            super::super::read_text(Path::new("x.md"), vec![b'a', 0xff, b'b'], parse).unwrap_err();
        assert!(e.to_string().contains("not valid UTF-8"), "{e}");
    }
}
