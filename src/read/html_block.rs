//! The text of an HTML block inside Markdown. Terms pages kept as Markdown often hold
//! their clauses as raw HTML (`<p>…</p>`, `<h2>`, `<li>`), which Markdown passes through
//! untouched: their text is read here, a block per paragraph, heading, list item or
//! cell, with entities decoded and whitespace collapsed as a browser would.

use super::BlockSink;
use crate::model::BlockKind;

/// Elements whose content is no text of the page. (Not `<template>`: a Vue component
/// holds its whole page in one.)
const SKIPPED: [&str; 4] = ["script", "style", "svg", "title"];
/// Elements that part blocks.
const BLOCKS: [&str; 22] = [
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "blockquote",
    "hr",
    "figure",
    "figcaption",
    "form",
    "pre",
];

/// Reads `html` (the chunks of one HTML block and where each starts in the source)
/// into `sink`.
pub(super) fn read(chunks: &[(String, usize)], sink: &mut BlockSink, tables: &mut u32) {
    let mut grid = Grid {
        tables,
        row: 0,
        column: 0,
    };
    let html: String = chunks.iter().map(|(c, _)| c.as_str()).collect();
    // Where each byte of `html` stands in the source: the chunk's start plus the offset.
    let mut starts = Vec::with_capacity(chunks.len());
    let mut at = 0;
    for (c, source) in chunks {
        starts.push((at, *source));
        at += c.len();
    }
    let source_of = |i: usize| {
        let k = starts.partition_point(|&(s, _)| s <= i).max(1) - 1;
        starts.get(k).map_or(0, |&(s, src)| src + (i - s))
    };
    let mut skipping: Option<String> = None;
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            // Comments are notes, read by the Markdown reader.
            i += 4 + comment.find("-->").map_or(comment.len(), |e| e + 3);
            continue;
        }
        if let Some(declaration) = rest
            .strip_prefix("<!")
            .filter(|d| d.starts_with(|c: char| c.is_ascii_alphabetic() || c == '['))
        {
            // <!DOCTYPE html>, <![CDATA[…]]>: no text of the page.
            i += 2 + declaration.find('>').map_or(declaration.len(), |e| e + 1);
            continue;
        }
        // A tag opens on a letter or a slash; "less than < 5 days" is text.
        let opens_tag = rest.starts_with('<')
            && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
        if opens_tag {
            let Some(close) = tag_end(rest) else {
                break; // an unclosed tag: the rest is markup
            };
            let tag = Tag::parse(&rest[1..close]);
            i += close + 1;
            let Some(tag) = tag else { continue };
            if let Some(name) = &skipping {
                if tag.closing && &tag.name == name {
                    skipping = None;
                }
                continue;
            }
            if SKIPPED.contains(&tag.name.as_str()) && !tag.closing {
                skipping = Some(tag.name);
                continue;
            }
            element(&tag, sink, &mut grid, source_of(i));
            continue;
        }
        // (Past the first character, which may be a bare « < ».)
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..]
            .find('<')
            .map_or(html.len(), |e| i + first + e);
        if skipping.is_none() {
            text(&html[i..end], source_of(i), sink);
        }
        i = end;
    }
    sink.flush();
}

/// The table being read: its number in the document, the row and column of the cell.
struct Grid<'t> {
    tables: &'t mut u32,
    row: u32,
    column: u32,
}

struct Tag {
    name: String,
    closing: bool,
}

impl Tag {
    /// "p class=…", "/p", "br/": the element's name, lowercased; `None` for a
    /// declaration or anything else that is no element.
    fn parse(inner: &str) -> Option<Tag> {
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        (!name.is_empty()).then_some(Tag { name, closing })
    }
}

/// Where the tag opening `text` closes: its `>`, quotes in attributes skipped.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// What an element does to the blocks: a heading, a list item or a cell opens one;
/// a block element closes the one open; a line break breaks the line.
fn element(tag: &Tag, sink: &mut BlockSink, grid: &mut Grid, source: usize) {
    let name = tag.name.as_str();
    if let [b'h', digit @ b'1'..=b'6'] = name.as_bytes() {
        let level = digit - b'0';
        if tag.closing {
            sink.flush_heading(level);
        } else {
            sink.open(BlockKind::Heading { level }, source);
        }
    } else if name == "li" {
        sink.flush();
        if !tag.closing {
            sink.open(BlockKind::ListItem, source);
        }
    } else if matches!(name, "td" | "th") {
        sink.flush();
        if !tag.closing {
            grid.column += 1;
            let (table, row, column) = (*grid.tables, grid.row, grid.column);
            sink.open(BlockKind::TableCell { table, row, column }, source);
        }
    } else if name == "table" && !tag.closing {
        sink.flush();
        *grid.tables += 1;
        grid.row = 0;
    } else if name == "tr" && !tag.closing {
        sink.flush();
        grid.row += 1;
        grid.column = 0;
    } else if name == "br" {
        if sink.is_open() {
            sink.push("\n", source);
        }
    } else if BLOCKS.contains(&name) {
        // "<li><p>…" : a paragraph opening an item (or a cell) is the item's text.
        if tag.closing || !sink.is_open_and_empty() {
            sink.flush();
        }
    }
}

/// Pushes a run of text word by word, each at its place in the source, entities
/// decoded and whitespace collapsed to one space.
fn text(raw: &str, source: usize, sink: &mut BlockSink) {
    let mut at = 0;
    while at < raw.len() {
        let rest = &raw[at..];
        let start = at + (rest.len() - rest.trim_start().len());
        if start >= raw.len() {
            break;
        }
        let end = raw[start..]
            .find(char::is_whitespace)
            .map_or(raw.len(), |e| start + e);
        let word = decode(&raw[start..end]);
        if !sink.is_open() {
            sink.open(BlockKind::Paragraph, source + start);
        } else if start > at {
            sink.push(" ", source + at);
        }
        // A decoded no-break space parts words as a space does.
        sink.push(&word.replace('\u{a0}', " "), source + start);
        at = end;
    }
    if raw.ends_with(char::is_whitespace) && sink.is_open() {
        sink.push(" ", source + raw.len() - 1);
    }
}

/// Decodes character references (quick-xml knows HTML5's named ones); a bare « & »
/// ("AT&T") stays as written.
fn decode(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let reference = rest[1..]
            .find(';')
            .filter(|&e| e <= 32)
            .and_then(|e| resolve(&rest[1..1 + e], &mut out).then_some(e + 2));
        match reference {
            Some(len) => rest = &rest[len..],
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Pushes what the reference `name` (between « & » and « ; ») stands for, if it is one.
fn resolve(name: &str, out: &mut String) -> bool {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        return match code.and_then(char::from_u32) {
            Some(c) => {
                out.push(c);
                true
            }
            None => false,
        };
    }
    match quick_xml::escape::resolve_html5_entity(name) {
        Some(text) => {
            out.push_str(text);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{BlockKind, Document};
    use std::path::Path;

    fn doc(src: &str) -> Document {
        super::super::markdown::parse(Path::new("t.md"), src)
    }

    #[test]
    fn html_blocks_are_read_as_blocks() {
        let src = "# Terms\n\n<h2 class=\"x\">4. Data</h2>\n<p>We host the <b>data</b> in\n  France &amp; never&nbsp;sell them.<br>AT&T</p>\n<ul><li>one</li><li><p>two &#8217; &rsquo;</p></li></ul>\n<table><tr><th>Who</th></tr><tr><td>Cloud &#x26; co</td></tr></table>\n<script>var x = \"<p>no</p>\";</script>\n<p>Last.</p>\n\nPlain **Markdown** again.\n";
        let d = doc(src);
        let texts: Vec<(&BlockKind, &str)> = d
            .blocks
            .iter()
            .map(|b| (&b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (&BlockKind::Heading { level: 1 }, "Terms"),
                (&BlockKind::Heading { level: 2 }, "4. Data"),
                (
                    &BlockKind::Paragraph,
                    "We host the data in France & never sell them.\nAT&T"
                ),
                (&BlockKind::ListItem, "one"),
                (&BlockKind::ListItem, "two ’ ’"),
                (
                    &BlockKind::TableCell {
                        table: 1,
                        row: 1,
                        column: 1
                    },
                    "Who"
                ),
                (
                    &BlockKind::TableCell {
                        table: 1,
                        row: 2,
                        column: 1
                    },
                    "Cloud & co"
                ),
                (&BlockKind::Paragraph, "Last."),
                (&BlockKind::Paragraph, "Plain Markdown again."),
            ]
        );
        assert_eq!(d.blocks[2].heading_path(), "Terms > 4. Data");
        let b = &d.blocks[2];
        let s = b.source_offset(b.text.find("France").unwrap()).unwrap();
        assert_eq!(&src[s..s + 6], "France");
    }

    /// A « < » that opens no tag is text, and the block goes on after it.
    #[test]
    fn a_bare_less_than_is_text() {
        let d = doc(
            "<p>Notice in less than < 5 days, a <b>b</b> <- c.</p>\n<p>Data are deleted.</p>\n",
        );
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Notice in less than < 5 days, a b <- c.",
                "Data are deleted."
            ]
        );
    }

    #[test]
    fn broken_html_reads_without_panic() {
        let src = "<p>é<a href=\"x>\n\n<div>ü &#xFFFFFF; &#; &; <</div>\n\n<h7>x</h7><h1>é";
        for (i, _) in src.char_indices() {
            for (j, _) in src.char_indices().filter(|&(j, _)| j >= i) {
                let _ = doc(&src[i..j]);
            }
        }
    }
}
