//! The document model: what every reader produces and the only thing rules see.

use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Markdown,
    Docx,
    Odt,
    Pdf,
    /// Plain text and reStructuredText.
    Text,
    /// HTML pages and web templates.
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
            Format::Text => "text",
            Format::Html => "html",
        }
    }

    /// Formats with lines of their own: locations are line and column there,
    /// paragraph (block) numbers elsewhere.
    pub fn has_lines(self) -> bool {
        matches!(self, Format::Markdown | Format::Text | Format::Html)
    }

    /// Whether a folder's walk takes files of this format. Plain text and HTML are
    /// read when named: a folder's README.txt or LICENSE.txt is no contract, nor are
    /// the pages of a website's repository.
    pub fn walked(self) -> bool {
        !matches!(self, Format::Text | Format::Html)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockKind {
    Heading { level: u8 },
    Paragraph,
    ListItem,
    TableCell { table: u32, row: u32, column: u32 },
    Footnote,
    Quote,
}

/// Where a block stands in its source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// 1-based line and column of the block's first character (text formats).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// Byte range in the source: in the file for text formats, in the part named by
    /// `part` for packages (the paragraph element, from `<w:p` to `</w:p>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<(usize, usize)>,
    /// 1-based paragraph number in reading order (every format).
    pub paragraph: u32,
    /// The part of a package the block came from (`word/document.xml`, `word/footnotes.xml`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// 1-based page (PDF).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Block {
    #[serde(flatten)]
    pub kind: BlockKind,
    pub text: String,
    /// The chain of headings above this block, outermost first.
    pub headings: Vec<String>,
    pub location: Location,
    /// For text formats: pieces of `text` and where each starts in the source, as
    /// (offset in text, offset in source), sorted. Empty when unknown.
    #[serde(skip)]
    pub source_map: Vec<(usize, usize)>,
}

impl Block {
    /// Heading path joined the way the report prints it.
    pub fn heading_path(&self) -> String {
        self.headings.join(" > ")
    }

    /// Source byte offset of a byte offset in `text`, when the format has one.
    pub fn source_offset(&self, text_offset: usize) -> Option<usize> {
        let i = self
            .source_map
            .partition_point(|&(t, _)| t <= text_offset)
            .checked_sub(1)?;
        let (t, s) = self.source_map[i];
        Some(s + (text_offset - t))
    }
}

/// A remark kept out of the contract text: Markdown HTML comments, Word comments.
/// Suppression directives live there.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub text: String,
    /// Index of the first block after the note (Markdown) or of the block it is
    /// anchored to (Word).
    pub block: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub path: PathBuf,
    pub format: Format,
    pub blocks: Vec<Block>,
    pub notes: Vec<Note>,
    /// Things the reader noticed that the user should know (a PDF without text...).
    pub warnings: Vec<crate::ui::Msg>,
    /// The original text, for formats that have one.
    #[serde(skip)]
    pub source: Option<String>,
}

/// Builds heading paths while a reader walks a document in order.
#[derive(Default)]
pub struct HeadingStack {
    stack: Vec<(u8, String)>,
}

impl HeadingStack {
    /// Path for a block under the current headings.
    pub fn path(&self) -> Vec<String> {
        self.stack.iter().map(|(_, t)| t.clone()).collect()
    }

    /// Enters a heading; returns the path above it (not including itself).
    pub fn enter(&mut self, level: u8, text: &str) -> Vec<String> {
        while self.stack.last().is_some_and(|(l, _)| *l >= level) {
            self.stack.pop();
        }
        let above = self.path();
        self.stack.push((level, text.trim().to_string()));
        above
    }
}

impl Document {
    /// The first heading whose words hold `title`'s first word (« Réversibilité »
    /// for "Réversibilité des données"): where a family's clauses usually stand.
    pub fn heading_of(&self, title: &str) -> Option<usize> {
        let word = crate::fold::fold(title.split_whitespace().next()?).text;
        self.blocks.iter().position(|b| {
            matches!(b.kind, BlockKind::Heading { .. })
                && crate::fold::fold(&b.text)
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == word)
        })
    }

    /// The last block of the article that block `i` opens or stands in: the block
    /// before the next heading of the same level or higher (the last block if none).
    pub fn article_last_block(&self, i: usize) -> usize {
        let level = self.blocks[..=i]
            .iter()
            .rev()
            .find_map(|b| match b.kind {
                BlockKind::Heading { level } => Some(level),
                _ => None,
            })
            .unwrap_or(0);
        self.blocks
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, b)| matches!(b.kind, BlockKind::Heading { level: l } if l <= level.max(1)))
            .map_or(self.blocks.len().saturating_sub(1), |(n, _)| n - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_stack_pops_to_level() {
        let mut h = HeadingStack::default();
        h.enter(1, "Titre");
        h.enter(2, "Article 12 – Réversibilité");
        h.enter(3, "12.2 Plan");
        assert_eq!(
            h.path().join(" > "),
            "Titre > Article 12 – Réversibilité > 12.2 Plan"
        );
        assert_eq!(h.enter(2, "Article 13"), vec!["Titre".to_string()]);
        assert_eq!(h.path().len(), 2);
    }

    #[test]
    fn source_offset_follows_pieces() {
        let b = Block {
            kind: BlockKind::Paragraph,
            text: "ab cd".into(),
            headings: vec![],
            location: Location::default(),
            source_map: vec![(0, 10), (3, 20)],
        };
        assert_eq!(b.source_offset(1), Some(11));
        assert_eq!(b.source_offset(4), Some(21));
    }
}
