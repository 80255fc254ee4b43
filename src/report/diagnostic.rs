//! A finding as a miette diagnostic: the passage in the text the report shows, the
//! label under the words that triggered it, the help with the model clause, the
//! reference and the rule's page. Codes and severities come from the pack at run
//! time, hence a hand-written `Diagnostic` (the derive wants literals).

use super::ShownText;
use crate::finding::Finding;
use crate::model::Document;
use crate::rules::{Lang, Severity};
use crate::ui;
use miette::{
    Diagnostic, LabeledSpan, MietteError, MietteSpanContents, NamedSource, SourceCode, SourceSpan,
    SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// The text a diagnostic shows, whose passage's column is counted in characters,
/// as every other format counts it (miette counts bytes: « l’été » is 5 characters,
/// 9 bytes).
pub struct CharColumns(NamedSource<Arc<str>>);

impl SourceCode for CharColumns {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let contents = self.0.read_span(span, before, after)?;
        if before != 0 || after != 0 {
            return Ok(contents);
        }
        // The passage's own place: its column in characters.
        let text: &str = self.0.inner();
        let start = span.offset().min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = text
            .get(line_start..start)
            .map_or(contents.column(), |s| s.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            self.0.name().to_string(),
            contents.data(),
            *contents.span(),
            contents.line(),
            column,
            contents.line_count(),
        )))
    }
}

pub struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: Option<CharColumns>,
    span: Option<(usize, usize)>,
    help: String,
    /// The file, for findings about the whole document (no passage to show it).
    file: Option<String>,
    /// The label's text: the rule's name, and for tools the heading path too.
    label: String,
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.code)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file}: {}", self.finding.message),
            None => f.write_str(&self.finding.message),
        }
    }
}

impl std::error::Error for FindingDiagnostic<'_> {}

impl Diagnostic for FindingDiagnostic<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.finding.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.help))
    }

    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.finding
            .url
            .as_ref()
            .map(|u| Box::new(u) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (s, e) = self.span?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.label.clone()),
            s..e,
        ))))
    }
}

/// Who reads the diagnostic: a person (the heading path in the title above the
/// passage) or a tool (the file's path alone as its name, the heading path in the
/// label, and a whole-document finding named by its file with no label).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Person,
    Tool,
}

pub fn diagnostic<'a>(
    doc: &Document,
    shown: &ShownText,
    source: &Arc<str>,
    f: &'a Finding,
    lang: Lang,
    reader: Reader,
) -> FindingDiagnostic<'a> {
    let mut help = f.help.clone();
    if !f.reference.is_empty() {
        let word = ui::t(lang, "reference");
        help.push_str(&format!("\n{word}{}{}", ui::colon(lang), f.reference));
    }
    let path = doc.path.display().to_string();
    let Some(p) = &f.passage else {
        return match reader {
            Reader::Person => FindingDiagnostic {
                finding: f,
                source: None,
                span: None,
                help,
                file: Some(path),
                label: f.name.clone(),
            },
            Reader::Tool => FindingDiagnostic {
                finding: f,
                source: Some(CharColumns(NamedSource::new(path, source.clone()))),
                span: None,
                help,
                file: None,
                label: f.name.clone(),
            },
        };
    };
    let block = &doc.blocks[p.block];
    if reader == Reader::Tool {
        let mut label = f.name.clone();
        if !block.headings.is_empty() {
            label.push_str(&format!(" — {}", block.heading_path()));
        }
        return FindingDiagnostic {
            finding: f,
            source: Some(CharColumns(NamedSource::new(path, source.clone()))),
            span: Some(shown.span(doc, p)),
            help,
            file: None,
            label,
        };
    }
    let mut title = path;
    if !doc.format.has_lines() {
        let para = ui::t(lang, "paragraph");
        title.push_str(&format!(" ({para} {}", p.block + 1));
        if let Some(page) = block.location.page {
            title.push_str(&format!(", page {page}"));
        }
        title.push(')');
    }
    if !block.headings.is_empty() {
        title.push_str(&format!(" — {}", block.heading_path()));
    }
    FindingDiagnostic {
        finding: f,
        source: Some(CharColumns(NamedSource::new(title, source.clone()))),
        span: Some(shown.span(doc, p)),
        help,
        file: None,
        label: f.name.clone(),
    }
}
