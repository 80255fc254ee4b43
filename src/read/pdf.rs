//! PDF reader: the text layer, page by page, with pdf-extract (pure Rust).
//!
//! pdf-extract has open panic reports: `read_bytes` runs every reader behind
//! `catch_unwind`, which turns such a panic into an error for this file alone.
//! A PDF most of whose pages have no text layer (a scan) is not read: an error, not a
//! verdict on nothing; a few such pages give a warning naming them.

use super::pdf_layout::Layout;
use super::{BlockSink, Limits, ReadError};
use crate::model::{BlockKind, Document, Format};
use crate::ui::Msg;
use pdf_extract::output_doc_page;
use std::path::Path;

pub fn read(path: &Path, bytes: Vec<u8>, limits: &Limits) -> Result<Document, ReadError> {
    if !bytes.starts_with(b"%PDF") {
        return Err(ReadError::new(path, Msg::new("read-not-pdf")));
    }
    let mut doc = pdf_extract::Document::load_mem(&bytes)
        .map_err(|e| ReadError::new(path, Msg::new("read-damaged-pdf").with("cause", e)))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ReadError::new(path, Msg::new("read-encrypted-pdf")));
    }
    let pages = doc.get_pages();
    if pages.len() > limits.max_pdf_pages as usize {
        return Err(ReadError::new(
            path,
            Msg::new("read-pdf-pages")
                .with("n", pages.len())
                .with("limit", limits.max_pdf_pages),
        ));
    }
    let mut warnings = Vec::new();
    let mut chars = 0usize;
    let mut failed = 0usize;
    let mut texts = Vec::new();
    for (&number, &id) in &pages {
        if !page_tree_is_finite(&doc, id) {
            warnings.push(Msg::new("warn-page-loop").with("page", number));
            failed += 1;
            continue;
        }
        // pdf-extract panics on some malformed pages: lose the page, not the file.
        let page = super::guarded(|| {
            let mut layout = Layout::default();
            output_doc_page(&doc, &mut layout, number).map_err(|e| e.to_string())?;
            Ok(layout.text())
        })
        .unwrap_or_else(|panic| Err(format!("the PDF library failed: {panic}")));
        let text = match page {
            Ok(text) => text,
            Err(e) => {
                warnings.push(
                    Msg::new("warn-page-unread")
                        .with("page", number)
                        .with("cause", e),
                );
                failed += 1;
                continue;
            }
        };
        chars += text.chars().filter(|c| !c.is_whitespace()).count();
        texts.push((number, text));
    }
    let words = Vocabulary::of(texts.iter().map(|(_, t)| t.as_str()));
    let flowing: Vec<(u32, Vec<String>)> = texts
        .iter()
        .map(|(number, text)| (*number, paragraphs(text, &words)))
        .collect();
    let mut sink = BlockSink::default();
    for (number, paragraph) in flow(flowing) {
        sink.page = Some(number);
        sink.open_kind(BlockKind::Paragraph);
        sink.push_text(&paragraph);
        sink.flush();
    }
    // A page with next to no text is a scanned image. Most pages so: the file was
    // not read, and is given no status; a few: it is judged, with a warning.
    let textless: Vec<u32> = texts
        .iter()
        .filter(|(_, t)| t.chars().filter(|c| !c.is_whitespace()).count() < 20)
        .map(|(n, _)| *n)
        .collect();
    let read = pages.len() - failed;
    if read > 0 && (2 * textless.len() > read || chars < 20 * read) {
        return Err(ReadError::new(
            path,
            Msg::new("read-pdf-scanned")
                .with("n", textless.len())
                .with("total", pages.len()),
        ));
    }
    if !textless.is_empty() {
        let list: Vec<String> = textless.iter().map(u32::to_string).collect();
        warnings.push(Msg::new("warn-pages-textless").with("pages", list.join(", ")));
    }
    let blocks = sink.finish(&mut []);
    Ok(Document {
        path: path.to_path_buf(),
        format: Format::Pdf,
        blocks,
        notes: Vec::new(),
        warnings,
        source: None,
    })
}

/// Whether the chain of `/Parent` links above a page ends. pdf-extract follows it
/// to find inherited resources without a guard: a loop would recurse forever (a
/// stack overflow, which no `catch_unwind` can stop). Found by fuzzing.
fn page_tree_is_finite(doc: &pdf_extract::Document, page: pdf_extract::ObjectId) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut id = page;
    for _ in 0..256 {
        if !seen.insert(id) {
            return false;
        }
        let parent = doc
            .get_object(id)
            .and_then(|o| o.as_dict())
            .and_then(|d| d.get(b"Parent"))
            .and_then(|p| p.as_reference());
        match parent {
            Ok(next) => id = next,
            Err(_) => return true,
        }
    }
    false
}

/// The words a document uses, as evidence for mending words cut at a line's end.
#[derive(Default)]
struct Vocabulary {
    words: std::collections::HashSet<String>,
}

impl Vocabulary {
    fn of<'a>(pages: impl Iterator<Item = &'a str>) -> Self {
        let mut words = std::collections::HashSet::new();
        for page in pages {
            for line in page.lines() {
                let mut tokens = line.split_whitespace().peekable();
                while let Some(t) = tokens.next() {
                    // A line's last token ending in a hyphen is a cut, not a word.
                    if tokens.peek().is_none() && t.ends_with('-') {
                        continue;
                    }
                    words.insert(bare(t).to_lowercase());
                }
            }
        }
        Vocabulary { words }
    }

    fn has(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }
}

/// A token without the punctuation around it.
fn bare(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
}

/// Whether a word cut at a line's end by a hyphen is a compound whose hyphen stays
/// ("sous-\ntraitant", "vingt-\nquatre"): the document writes it so elsewhere, or
/// writes both halves as words of their own. Otherwise the hyphen was the line's.
fn keeps_hyphen(left: &str, right: &str, words: &Vocabulary) -> bool {
    let (left, right) = (bare(left), bare(right));
    words.has(&format!("{left}-{right}"))
        || left.chars().count() >= 2
            && right.chars().count() >= 2
            && words.has(left)
            && words.has(right)
            && !words.has(&format!("{left}{right}"))
}

/// A footnote call glued to the word before it ("heures1", "données²") is taken off:
/// one or two digits after a word of three letters or more.
fn without_note_calls(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for (i, token) in line.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let end = token
            .rfind(|c: char| c.is_alphanumeric() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c))
            .map_or(0, |i| {
                i + token[i..].chars().next().map_or(1, char::len_utf8)
            });
        let (word, tail) = token.split_at(end);
        let calls = word
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰".contains(*c))
            .count();
        let stem: String = word.chars().take(word.chars().count() - calls).collect();
        if (1..=2).contains(&calls)
            && stem.chars().count() >= 3
            && stem.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        {
            out.push_str(&stem);
            out.push_str(tail);
        } else {
            out.push_str(token);
        }
    }
    out
}

/// How many paragraphs at each end of a page may be a running header or footer:
/// some PDFs draw a two-line letterhead and then the footer before the body, so the
/// footer comes third (the DINUM's CCAP).
const RUNNING_LINES: usize = 4;

/// The document's paragraphs in reading order, each with the page it starts on:
/// running headers and footers (a line at a page's top or bottom that recurs, digits
/// aside, on half the pages or more) are dropped, and a paragraph a page break cut
/// ("…stemming directly from" | "the GDPR or the FADP…") is joined again.
fn flow(pages: Vec<(u32, Vec<String>)>) -> Vec<(u32, String)> {
    let shape = |p: &str| -> String {
        p.chars()
            .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let at_end = |i: usize, n: usize| i < RUNNING_LINES || i + RUNNING_LINES >= n;
    // The shapes of a page's first and last lines, each counted once per page.
    let ends = |paragraphs: &[String]| -> Vec<String> {
        let n = paragraphs.len();
        let mut shapes: Vec<String> = (0..n)
            .filter(|&i| at_end(i, n))
            .map(|i| shape(&paragraphs[i]))
            .collect();
        shapes.sort();
        shapes.dedup();
        shapes
    };
    let mut recurring: std::collections::HashMap<String, usize> = Default::default();
    for (_, paragraphs) in &pages {
        for s in ends(paragraphs) {
            *recurring.entry(s).or_default() += 1;
        }
    }
    let threshold = (pages.len() / 2).max(3);
    let running = |p: &str| recurring.get(&shape(p)).is_some_and(|&n| n >= threshold);
    let mut out: Vec<(u32, String)> = Vec::new();
    for (number, paragraphs) in pages {
        let n = paragraphs.len();
        let mut first = true;
        for (i, paragraph) in paragraphs.into_iter().enumerate() {
            if at_end(i, n) && running(&paragraph) {
                continue;
            }
            let cut = first
                && paragraph.chars().next().is_some_and(char::is_lowercase)
                && out.last().is_some_and(|(page, last)| {
                    *page != number && !last.trim_end().ends_with(['.', ';', ':', '!', '?'])
                });
            first = false;
            match out.last_mut() {
                Some((_, last)) if cut => {
                    last.push(' ');
                    last.push_str(&paragraph);
                }
                _ => out.push((number, paragraph)),
            }
        }
    }
    out
}

/// Splits a page's text into paragraphs: a blank line ends one, wrapped lines are
/// joined, a word cut by a hyphen at the end of a line is mended (its hyphen kept
/// when it is a compound's), and footnote calls are taken off the words.
fn paragraphs(page: &str, words: &Vocabulary) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in page.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.trim().is_empty() {
                out.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        }
        let line = without_note_calls(line);
        if current.ends_with('-') && line.chars().next().is_some_and(|c| c.is_lowercase()) {
            let left = current
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .trim_end_matches('-');
            let right = line.split(' ').next().unwrap_or("");
            if !keeps_hyphen(left, right, words) {
                current.pop();
            }
        } else if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&line);
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_join_lines_and_split_on_blank() {
        let p = paragraphs(
            "Article 1\n\nLe titulaire hé-\nberge les données\nen France.\n\n\nFin",
            &Vocabulary::default(),
        );
        assert_eq!(
            p,
            vec![
                "Article 1",
                "Le titulaire héberge les données en France.",
                "Fin"
            ]
        );
    }

    #[test]
    fn compounds_keep_their_hyphen_and_note_calls_go() {
        let page = "Il notifie sous vingt-\nquatre (24) heures1 tout incident.\n\n\
                    Le sous-\ntraitant ultérieur est autorisé par écrit².\n\n\
                    Un sous-traitant, quatre ou vingt. L'infor-\nmation reste.";
        let p = paragraphs(page, &Vocabulary::of([page].into_iter()));
        assert_eq!(
            p,
            vec![
                "Il notifie sous vingt-quatre (24) heures tout incident.",
                "Le sous-traitant ultérieur est autorisé par écrit.",
                "Un sous-traitant, quatre ou vingt. L'information reste.",
            ]
        );
        // Codes and numbers are no note calls.
        assert_eq!(
            without_note_calls("ISO27001, AES256, article 12 et mp3"),
            "ISO27001, AES256, article 12 et mp3"
        );
    }

    #[test]
    fn running_lines_go_and_a_paragraph_cut_by_a_page_joins() {
        let page = |n: u32, body: &[&str]| {
            let mut p = vec!["DATA PROCESSING AGREEMENT".to_string()];
            p.extend(body.iter().map(|s| s.to_string()));
            p.push(format!("PAGE {n} OF 3"));
            (n, p)
        };
        let pages = vec![
            page(
                1,
                &[
                    "1. Scope.",
                    "The processor shall make available all information stemming from",
                ],
            ),
            page(2, &["the GDPR and allow for audits.", "2. Transfers."]),
            page(3, &["Transfers need consent."]),
        ];
        let flowed: Vec<String> = flow(pages).into_iter().map(|(_, p)| p).collect();
        assert_eq!(
            flowed,
            vec![
                "1. Scope.",
                "The processor shall make available all information stemming from the GDPR and allow for audits.",
                "2. Transfers.",
                "Transfers need consent.",
            ]
        );
    }

    /// A PDF that draws a two-line letterhead and then the footer before the body
    /// puts the footer third on every page: it still goes.
    #[test]
    fn a_footer_drawn_after_a_letterhead_goes_too() {
        let page = |n: u32, body: &str| {
            let lines = ["Secrétariat général", "Direction des achats"];
            let mut p: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
            p.push(format!("CCAP 25_BAM   Page {n} | 3"));
            p.push(body.to_string());
            (n, p)
        };
        let pages = vec![
            page(1, "Le titulaire tient un registre"),
            page(2, "des traitements."),
            page(3, "Fin."),
        ];
        let flowed: Vec<String> = flow(pages).into_iter().map(|(_, p)| p).collect();
        assert_eq!(
            flowed,
            vec!["Le titulaire tient un registre des traitements.", "Fin."]
        );
    }

    #[test]
    fn not_a_pdf() {
        let e = read(Path::new("x.pdf"), b"hello".to_vec(), &Limits::default()).unwrap_err();
        assert!(e.to_string().contains("not a PDF"));
    }
}
