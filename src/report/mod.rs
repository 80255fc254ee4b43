//! Reporters: one file per output format. Each renders the same findings; none
//! judges anything.

pub mod blocks;
pub mod clauses;
mod diagnostic;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod miette_json;
pub(crate) mod people;
pub mod sarif;
pub mod short;
pub mod statistics;

use crate::finding::{FileReport, Passage};
use crate::model::Document;
use crate::read::ReadError;

/// A report written as the files are judged, one file at a time and in input order.
/// It keeps only what its end needs (counts, the unreadable files), so memory stays
/// flat in the number of files.
pub trait Reporter {
    fn begin(&mut self) -> String {
        String::new()
    }
    fn file(&mut self, outcome: &Outcome) -> String;
    fn end(&mut self) -> String {
        String::new()
    }
}

/// The whole report of `outcomes` at once (the server, the tests).
pub fn render_all(reporter: &mut dyn Reporter, outcomes: &[Outcome]) -> String {
    let mut out = reporter.begin();
    for o in outcomes {
        out.push_str(&reporter.file(o));
    }
    out + &reporter.end()
}

/// `value` as pretty JSON, its lines after the first indented by `indent` spaces, to
/// be written inside an object or array at that depth.
fn pretty_at(value: &impl serde::Serialize, indent: usize) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    // A JSON string holds no raw newline: every one is between tokens.
    text.replace('\n', &format!("\n{}", " ".repeat(indent)))
}

/// One file's outcome, in command-line order.
pub enum Outcome {
    Read { doc: Document, report: FileReport },
    Failed(ReadError),
}

/// The text a report shows for a file, and where each block starts in it: the
/// source itself for Markdown, else the blocks one per line (so that a line number
/// is a paragraph number).
pub struct ShownText {
    pub text: String,
    block_starts: Vec<usize>,
    from_source: bool,
    /// Where each line starts: an offset's line is found by binary search, so
    /// locating every finding of a long file costs no more than reading it once.
    line_starts: Vec<usize>,
}

impl ShownText {
    pub fn of(doc: &Document) -> ShownText {
        if let Some(source) = &doc.source {
            return ShownText {
                line_starts: line_starts(source),
                text: source.clone(),
                block_starts: Vec::new(),
                from_source: true,
            };
        }
        let mut text = String::new();
        let mut block_starts = Vec::with_capacity(doc.blocks.len());
        for b in &doc.blocks {
            block_starts.push(text.len());
            text.extend(
                b.text
                    .chars()
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
            );
            text.push('\n');
        }
        ShownText {
            line_starts: line_starts(&text),
            text,
            block_starts,
            from_source: false,
        }
    }

    /// Byte range of a passage in the shown text.
    pub fn span(&self, doc: &Document, p: &Passage) -> (usize, usize) {
        let block = &doc.blocks[p.block];
        if self.from_source {
            let s = block.source_offset(p.start).unwrap_or(0);
            let e = block
                .source_offset(p.end.saturating_sub(1))
                .map_or(s, |e| e + 1);
            let s = floor_boundary(&self.text, s);
            (s, floor_boundary(&self.text, e.max(s)))
        } else {
            let base = self.block_starts[p.block];
            (base + p.start, base + p.end)
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_boundary(&self.text, offset);
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }
}

/// The offset each line of `text` starts at (the first is 0).
fn line_starts(text: &str) -> Vec<usize> {
    std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect()
}

/// The nearest char boundary at or before `i`, within `text`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod line_tests {
    use super::*;

    /// The line index gives what counting from the start gives, on every offset,
    /// accents and a last line without a newline included.
    #[test]
    fn lines_and_columns_by_index_match_counting() {
        let text = "Article 1\nLes données sont hébergées.\n\nÉlimination : oui\nfin";
        let shown = ShownText {
            line_starts: line_starts(text),
            text: text.to_string(),
            block_starts: Vec::new(),
            from_source: true,
        };
        for offset in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before[start..].chars().count() + 1;
            assert_eq!(shown.line_col(offset), (line, column), "offset {offset}");
        }
    }
}
