//! PDF reader: the text layer, page by page, with pdf-extract (pure Rust).
//!
//! pdf-extract has open panic reports: `read_bytes` runs every reader behind
//! `catch_unwind`, which turns such a panic into an error for this file alone.
//! A PDF without a text layer (a scan) gives a warning, not a silent pass.

use super::{BlockSink, Limits, ReadError};
use crate::model::{BlockKind, Document, Format};
use pdf_extract::{output_doc_page, PlainTextOutput};
use std::path::Path;

pub fn read(path: &Path, bytes: Vec<u8>, limits: &Limits) -> Result<Document, ReadError> {
    if !bytes.starts_with(b"%PDF") {
        return Err(ReadError::new(path, "is not a PDF file (no %PDF header)"));
    }
    let mut doc = pdf_extract::Document::load_mem(&bytes)
        .map_err(|e| ReadError::new(path, format!("is a damaged PDF ({e})")))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(ReadError::new(
            path,
            "is an encrypted PDF protected by a password; save an unprotected copy to lint it",
        ));
    }
    let pages = doc.get_pages();
    if pages.len() > limits.max_pdf_pages as usize {
        return Err(ReadError::new(
            path,
            format!(
                "has {} pages, over the limit of {} (raise it with --max-pdf-pages)",
                pages.len(),
                limits.max_pdf_pages
            ),
        ));
    }
    let mut sink = BlockSink::default();
    let mut warnings = Vec::new();
    let mut chars = 0usize;
    let mut failed = 0usize;
    for (&number, &id) in &pages {
        if !page_tree_is_finite(&doc, id) {
            warnings.push(format!(
                "page {number} could not be read (its page tree loops on itself)"
            ));
            failed += 1;
            continue;
        }
        let mut text = String::new();
        // pdf-extract panics on some malformed pages: lose the page, not the file.
        let page = super::guarded(|| {
            let mut out = PlainTextOutput::new(&mut text);
            output_doc_page(&doc, &mut out, number).map_err(|e| e.to_string())
        })
        .unwrap_or_else(|panic| Err(format!("the PDF library failed: {panic}")));
        if let Err(e) = page {
            warnings.push(format!("page {number} could not be read ({e})"));
            failed += 1;
            continue;
        }
        chars += text.chars().filter(|c| !c.is_whitespace()).count();
        sink.page = Some(number);
        for paragraph in paragraphs(&text) {
            sink.open_kind(BlockKind::Paragraph);
            sink.push_text(&paragraph);
            sink.flush();
        }
    }
    let read = pages.len() - failed;
    if read > 0 && chars < 20 * read {
        warnings.push(
            "has almost no text layer (a scanned image?): clausier cannot judge it; run OCR on it first"
                .to_string(),
        );
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

/// Splits a page's text into paragraphs: a blank line ends one, wrapped lines are
/// joined, and a word cut by a hyphen at the end of a line is mended.
fn paragraphs(page: &str) -> Vec<String> {
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
        if current.ends_with('-') && line.chars().next().is_some_and(|c| c.is_lowercase()) {
            current.pop();
        } else if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
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
        let p = paragraphs("Article 1\n\nLe titulaire hé-\nberge les données\nen France.\n\n\nFin");
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
    fn not_a_pdf() {
        let e = read(Path::new("x.pdf"), b"hello".to_vec(), &Limits::default()).unwrap_err();
        assert!(e.message.contains("not a PDF"));
    }
}
