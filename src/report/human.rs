//! The default output: miette diagnostics showing each passage in its context,
//! then a scorecard of the eight families per file, then a summary line.

use super::{Outcome, ShownText};
use crate::finding::{ElementState, FamilyVerdict, FileReport, Finding, Status};
use crate::model::Document;
use crate::rules::{Lang, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use std::fmt;
use std::sync::Arc;

pub struct Style {
    pub color: bool,
    pub width: usize,
    pub lang: Lang,
    pub quiet: bool,
}

struct FindingDiagnostic<'a> {
    finding: &'a Finding,
    source: Option<NamedSource<Arc<str>>>,
    span: Option<(usize, usize)>,
    help: String,
}

impl fmt::Debug for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.code)
    }
}

impl fmt::Display for FindingDiagnostic<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
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
        let label = self.finding.name.clone();
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(label),
            s..e,
        ))))
    }
}

pub fn render(outcomes: &[Outcome], style: &Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_context_lines(1)
        .with_links(false);
    let mut out = String::new();
    let (mut counts, mut unreadable, mut files) = ([0usize; 3], 0, 0);
    for o in outcomes {
        match o {
            Outcome::Read { doc, report } => {
                files += 1;
                let shown = ShownText::of(doc);
                let source: Arc<str> = Arc::from(shown.text.as_str());
                for f in &report.findings {
                    counts[f.severity as usize] += 1;
                    let diag = diagnostic(doc, &shown, &source, f, style.lang);
                    let _ = handler.render_report(&mut out, &diag);
                }
                for w in &report.warnings {
                    out.push_str(&format!("{}: {}\n", report.path.display(), w));
                }
                if !style.quiet {
                    out.push_str(&scorecard(report, style));
                }
            }
            Outcome::Failed(e) => {
                unreadable += 1;
                out.push_str(&paint(style, "1;31", "error"));
                out.push_str(&format!(": {e}\n"));
            }
        }
    }
    if !style.quiet {
        out.push_str(&summary(files, unreadable, counts, style.lang));
    }
    out
}

fn diagnostic<'a>(
    doc: &Document,
    shown: &ShownText,
    source: &Arc<str>,
    f: &'a Finding,
    lang: Lang,
) -> FindingDiagnostic<'a> {
    let mut help = f.help.clone();
    if !f.reference.is_empty() {
        let word = if lang == Lang::Fr {
            "référence"
        } else {
            "reference"
        };
        help.push_str(&format!("\n{word} : {}", f.reference));
    }
    let Some(p) = &f.passage else {
        return FindingDiagnostic {
            finding: f,
            source: None,
            span: None,
            help,
        };
    };
    let block = &doc.blocks[p.block];
    let mut title = doc.path.display().to_string();
    if !doc.format.has_lines() {
        let para = if lang == Lang::Fr {
            "paragraphe"
        } else {
            "paragraph"
        };
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
        source: Some(NamedSource::new(title, source.clone())),
        span: Some(shown.span(doc, p)),
        help,
    }
}

fn paint(style: &Style, code: &str, text: &str) -> String {
    if style.color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn scorecard(report: &FileReport, style: &Style) -> String {
    let mut out = format!(
        "\n{}\n",
        paint(style, "1", &report.path.display().to_string())
    );
    for f in &report.families {
        let (colour, mark) = match f.status {
            Status::Ok => ("32", "✔"),
            Status::Weak => ("33", "~"),
            Status::Missing => ("31", "✘"),
            Status::Contrary => ("1;31", "✘"),
        };
        let status = paint(style, colour, &format!("{mark} {:<8}", f.status.name()));
        out.push_str(&format!(
            "  {:<28} {status} {}\n",
            f.title,
            reason(f, report, style.lang)
        ));
    }
    out
}

/// One line saying why a family got its status.
fn reason(f: &FamilyVerdict, report: &FileReport, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match f.status {
        Status::Ok => (if fr {
            "tous les éléments requis sont stipulés"
        } else {
            "every required element is bound"
        })
        .into(),
        Status::Missing => (if fr {
            "aucune clause ne lie le titulaire"
        } else {
            "no clause binds the provider"
        })
        .into(),
        Status::Contrary => {
            let codes = f.decided_by.join(", ");
            let first = report
                .findings
                .iter()
                .find(|x| f.decided_by.first() == Some(&x.code))
                .map_or(String::new(), |x| x.message.clone());
            format!("{codes} : {first}")
        }
        Status::Weak => {
            let (mut missing, mut hedged) = (Vec::new(), Vec::new());
            for e in &f.elements {
                match e.state {
                    ElementState::Bound => {}
                    ElementState::Hedged => hedged.push(e.label.as_str()),
                    _ => missing.push(e.label.as_str()),
                }
            }
            let mut parts = Vec::new();
            if !missing.is_empty() {
                parts.push(format!(
                    "{} : {}",
                    if fr { "manque" } else { "missing" },
                    missing.join(" ; ")
                ));
            }
            if !hedged.is_empty() {
                parts.push(format!(
                    "{} : {}",
                    if fr { "réservé" } else { "hedged" },
                    hedged.join(" ; ")
                ));
            }
            parts.join(" — ")
        }
    }
}

fn summary(files: usize, unreadable: usize, counts: [usize; 3], lang: Lang) -> String {
    let [info, warning, error] = counts;
    if lang == Lang::Fr {
        let mut s = format!(
            "\n{files} fichier(s) lu(s) : {error} erreur(s), {warning} avertissement(s), {info} information(s)"
        );
        if unreadable > 0 {
            s.push_str(&format!(" ; {unreadable} fichier(s) illisible(s)"));
        }
        s + "\n"
    } else {
        let mut s =
            format!("\n{files} file(s) read: {error} error(s), {warning} warning(s), {info} info");
        if unreadable > 0 {
            s.push_str(&format!("; {unreadable} file(s) unreadable"));
        }
        s + "\n"
    }
}
