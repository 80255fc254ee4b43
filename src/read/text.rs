//! Plain-text reader, for `.txt` files and reStructuredText (`.rst`).
//!
//! Paragraphs are parted by blank lines and their hard-wrapped lines joined. A line
//! underlined (and maybe overlined) by a row of one punctuation mark is a heading, its
//! level given by the order in which each style first appears, as reStructuredText
//! does. Bullets and numbers open list items. reStructuredText's directives
//! (« .. note:: ») are markup, its comments (« .. text ») notes, and its inline
//! markers (`**`, ``` `` ```, `` `label <url>`_ ``) vanish with a map back to the source.

use super::{lines::LineIndex, BlockSink};
use crate::model::{BlockKind, Document, Format, Note};
use std::path::Path;

/// One line of the source: its text without the line ending, and where it starts.
#[derive(Clone, Copy)]
struct Line<'s> {
    text: &'s str,
    at: usize,
    number: u32,
}

/// Parses plain text or reStructuredText into the document model.
pub fn parse(path: &Path, source: &str) -> Document {
    let lines: Vec<Line> = source
        .split_inclusive('\n')
        .scan(0usize, |at, raw| {
            let line = (*at, raw.trim_end_matches(['\n', '\r']));
            *at += raw.len();
            Some(line)
        })
        .enumerate()
        .map(|(i, (at, text))| Line {
            text,
            at,
            number: i as u32 + 1,
        })
        .collect();
    let mut sink = BlockSink::default();
    let mut notes = Vec::new();
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.text.trim();
        if trimmed.is_empty() {
            sink.flush();
            i += 1;
            continue;
        }
        if let Some((title, style, next)) = heading_at(&lines, i).filter(|_| !sink.is_open()) {
            let level = match styles.iter().position(|&s| s == style) {
                Some(p) => p + 1,
                None => {
                    styles.push(style);
                    styles.len()
                }
            };
            let level = level.min(6) as u8;
            sink.open(BlockKind::Heading { level }, title.at);
            push_inline(&mut sink, title.text, title.at);
            sink.flush_heading(level);
            i = next;
            continue;
        }
        if adornment(trimmed).is_some() || is_table_border(trimmed) {
            sink.flush(); // a transition or a table's border: no text
            i += 1;
            continue;
        }
        let indent = line.text.len() - line.text.trim_start().len();
        if let Some(rest) = trimmed.strip_prefix(".. ") {
            sink.flush();
            // « .. note:: » is markup (its text follows, indented); anything else
            // after « .. » is a comment, kept aside as a note.
            if !is_directive(rest) {
                notes.push(Note {
                    text: rest.trim().to_string(),
                    block: None,
                    line: Some(line.number),
                });
                sink.pending_notes.push(notes.len() - 1);
            }
            i += 1;
            continue;
        }
        let start = line.at + indent;
        if let Some(marker) = list_marker(trimmed) {
            sink.flush();
            sink.open(BlockKind::ListItem, start + marker);
            push_inline(&mut sink, &trimmed[marker..], start + marker);
        } else if sink.is_open() {
            sink.push(" ", start);
            push_inline(&mut sink, trimmed, start);
        } else {
            sink.open(BlockKind::Paragraph, start);
            push_inline(&mut sink, trimmed, start);
        }
        i += 1;
    }
    sink.flush();
    let mut blocks = sink.finish(&mut notes);
    LineIndex::new(source).locate(source, &mut blocks);
    Document {
        path: path.to_path_buf(),
        format: Format::Text,
        blocks,
        notes,
        warnings: Vec::new(),
        source: None,
    }
}

/// A title at line `i`: an optional overline, the title, its underline of the same
/// mark. The title's line, its style (mark, overlined) and the line after it.
fn heading_at<'s>(lines: &[Line<'s>], i: usize) -> Option<(Line<'s>, (char, bool), usize)> {
    let mark = |k: usize| lines.get(k).and_then(|l| adornment(l.text.trim()));
    let over = mark(i);
    let t = if over.is_some() { i + 1 } else { i };
    let title = *lines.get(t)?;
    if title.text.trim().is_empty() || mark(t).is_some() {
        return None;
    }
    let under = mark(t + 1)?;
    if over.is_some_and(|o| o != under) {
        return None;
    }
    Some((title, (under, over.is_some()), t + 2))
}

/// The mark a line is made of, when it is a row of one punctuation mark (« ===== »).
fn adornment(line: &str) -> Option<char> {
    let first = line.chars().next()?;
    (line.chars().count() >= 3 && first.is_ascii_punctuation() && line.chars().all(|c| c == first))
        .then_some(first)
}

/// A grid table's border: "+-----+----+" or "+=====+".
fn is_table_border(line: &str) -> bool {
    line.starts_with('+')
        && line.len() >= 3
        && line.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
}

/// « note:: », "image:: path": a directive's name and its « :: ».
fn is_directive(rest: &str) -> bool {
    rest.split_once("::").is_some_and(|(name, _)| {
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '|' | ' '))
            && !name.contains("  ")
    })
}

/// How many bytes a list item's marker takes at the start of `line`: "- ", "* ",
/// "• ", "#. ", "1. ", "12) ", "a) ", "(b) ", "(iv) ".
fn list_marker(line: &str) -> Option<usize> {
    if let Some(bullet) = ["- ", "* ", "+ ", "• ", "#. "]
        .into_iter()
        .find(|b| line.starts_with(b))
    {
        return Some(bullet.len());
    }
    let (inner, closings): (&str, &[&str]) = match line.strip_prefix('(') {
        Some(inner) => (inner, &[") "]),
        None => (line, &[". ", ") "]),
    };
    let label_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let label = &inner[..label_len];
    let digits = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    // A letter or a small roman numeral, closed by a parenthesis only: "a. " may be
    // the start of a sentence's abbreviation.
    let letters = !label.is_empty()
        && label.len() <= 4
        && label.bytes().all(|b| b.is_ascii_lowercase())
        && (label.len() == 1 || label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')));
    let rest = &inner[label_len..];
    closings
        .iter()
        .find(|c| rest.starts_with(*c) && (digits || letters && c.starts_with(')')))
        .map(|c| line.len() - rest.len() + c.len())
}

/// Pushes a line's text without reStructuredText's inline markers: `**strong**`,
/// `*emphasis*`, ``` ``literal`` ```, and a link `` `label <url>`_ `` read as its label.
fn push_inline(sink: &mut BlockSink, text: &str, at: usize) {
    let mut from = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let marker = match bytes[i] {
            b'*' if text[i..].starts_with("**") => 2,
            b'`' if text[i..].starts_with("``") => 2,
            b'`' => 1,
            _ => 0,
        };
        if marker == 0 {
            i += 1;
            continue;
        }
        sink.push(&text[from..i], at + from);
        i += marker;
        // A link's target: "`label <https://…>`_" keeps the label.
        if marker == 1 {
            if let Some(close) = text[i..].find('`') {
                let inner = &text[i..i + close];
                let label = inner.find(" <").map_or(inner, |lt| &inner[..lt]);
                sink.push(label, at + i);
                i += close + 1;
                i += text[i..].bytes().take_while(|&b| b == b'_').count();
            }
        }
        from = i;
    }
    sink.push(&text[from..], at + from);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str) -> Document {
        parse(Path::new("t.rst"), src)
    }

    #[test]
    fn underlined_titles_are_headings_by_order_of_style() {
        let d = doc("=====\nTerms\n=====\n\n1. Data\n-------\n\nWe host the data\nin France.\n\nDeletion\n--------\n\nWe delete them.\n");
        let texts: Vec<(&BlockKind, &str)> = d
            .blocks
            .iter()
            .map(|b| (&b.kind, b.text.as_str()))
            .collect();
        assert_eq!(texts[0], (&BlockKind::Heading { level: 1 }, "Terms"));
        assert_eq!(texts[1], (&BlockKind::Heading { level: 2 }, "1. Data"));
        assert_eq!(texts[2].1, "We host the data in France.");
        assert_eq!(d.blocks[2].heading_path(), "Terms > 1. Data");
        assert_eq!(d.blocks[2].location.line, Some(8));
        assert_eq!(d.blocks[4].heading_path(), "Terms > Deletion");
    }

    #[test]
    fn lists_directives_comments_and_inline_markup() {
        let src = ".. note::\n\n   We **never** sell the data.\n\n.. clausier-disable-next LOC001 reason\n\n- one item\n  goes on\n- see `the policy <https://x.org>`_ and ``code``\n\n(a) lettered\n";
        let d = doc(src);
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "We never sell the data.",
                "one item goes on",
                "see the policy and code",
                "lettered"
            ]
        );
        assert_eq!(d.blocks[1].kind, BlockKind::ListItem);
        assert_eq!(d.notes[0].text, "clausier-disable-next LOC001 reason");
        assert_eq!(d.notes[0].block, Some(1));
        let b = &d.blocks[0];
        let s = b.source_offset(b.text.find("sell").unwrap()).unwrap();
        assert_eq!(&src[s..s + 4], "sell");
    }

    /// Never panics: every cut of a text full of markers, multibyte letters and
    /// half-made headings, lists and links.
    #[test]
    fn any_text_reads_without_panic() {
        let src = "é==\n``**`a <b`_ (é) 1) ¶\n.. x::\n\n+-+\n—\n===\ntitre é\n===\n- `l <u>`_\n(iv) x\r\n";
        let chars: Vec<(usize, char)> = src.char_indices().collect();
        for &(i, _) in &chars {
            for &(j, _) in chars.iter().filter(|(j, _)| *j >= i) {
                let d = doc(&src[i..j]);
                for b in &d.blocks {
                    assert!(!b.text.is_empty());
                    let _ = b.source_offset(b.text.len());
                }
            }
        }
    }

    #[test]
    fn a_plain_text_contract_reads_as_paragraphs() {
        let d = doc("ARTICLE 5 - DONNEES\r\nLe titulaire heberge les donnees\r\nen France.\r\n\r\nSa responsabilite...\r\n");
        let texts: Vec<&str> = d.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "ARTICLE 5 - DONNEES Le titulaire heberge les donnees en France.",
                "Sa responsabilite..."
            ]
        );
        assert_eq!(
            super::super::format_of(Path::new("a.TXT")),
            Some(Format::Text)
        );
    }
}
