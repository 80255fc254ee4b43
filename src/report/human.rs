//! The default output: miette diagnostics showing each passage in its context,
//! then a scorecard of the eight families per file, then a summary line.

use super::diagnostic::{diagnostic, Reader};
use super::{Outcome, Reporter, ShownText};
use crate::finding::{ElementState, FamilyVerdict, FileReport, Status};
use crate::rules::Lang;
use crate::ui;
use miette::{GraphicalReportHandler, GraphicalTheme};
use std::sync::Arc;

pub struct Style {
    pub color: bool,
    pub width: usize,
    pub lang: Lang,
    pub quiet: bool,
}

pub fn render(outcomes: &[Outcome], style: &Style) -> String {
    super::render_all(&mut Human::new(style), outcomes)
}

pub struct Human<'a> {
    style: &'a Style,
    handler: GraphicalReportHandler,
    /// Findings by severity (info, warning, error), files read, files not read.
    counts: [usize; 3],
    files: usize,
    unreadable: usize,
}

impl<'a> Human<'a> {
    pub fn new(style: &'a Style) -> Self {
        let theme = if style.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(style.width)
            .with_context_lines(1)
            .with_links(false);
        Human {
            style,
            handler,
            counts: [0; 3],
            files: 0,
            unreadable: 0,
        }
    }
}

impl Reporter for Human<'_> {
    fn file(&mut self, o: &Outcome) -> String {
        let style = self.style;
        let mut out = String::new();
        match o {
            Outcome::Read { doc, report } => {
                self.files += 1;
                let shown = ShownText::of(doc);
                let source: Arc<str> = Arc::from(shown.text.as_str());
                for f in &report.findings {
                    self.counts[f.severity as usize] += 1;
                }
                for f in &super::people::for_people(doc, &shown, &report.findings, style.lang) {
                    let diag = diagnostic(doc, &shown, &source, f, style.lang, Reader::Person);
                    let _ = self.handler.render_report(&mut out, &diag);
                    out.push('\n');
                }
                for w in &report.warnings {
                    out.push_str(&format!("{}: {}\n", report.path.display(), w));
                }
                if !style.quiet {
                    out.push_str(&scorecard(report, style));
                }
            }
            Outcome::Failed(e) => {
                self.unreadable += 1;
                out.push_str(&paint(style, "1;31", "error"));
                out.push_str(&format!(
                    ": {}: {}\n",
                    e.path.display(),
                    e.message(style.lang)
                ));
            }
        }
        out
    }

    fn end(&mut self) -> String {
        if self.style.quiet {
            return String::new();
        }
        summary(self.files, self.unreadable, self.counts, self.style.lang)
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
pub(super) fn reason(f: &FamilyVerdict, report: &FileReport, lang: Lang) -> String {
    match f.status {
        Status::Ok => ui::t(lang, "status-ok"),
        Status::Missing => ui::t(lang, "status-missing"),
        Status::Contrary => {
            let codes = f.decided_by.join(", ");
            let first = report
                .findings
                .iter()
                .find(|x| f.decided_by.first() == Some(&x.code))
                .map_or(String::new(), |x| x.message.clone());
            format!("{codes}{}{first}", ui::colon(lang))
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
                    "{}{}{}",
                    ui::t(lang, "elements-missing"),
                    ui::colon(lang),
                    missing.join(ui::semicolon(lang))
                ));
            }
            if !hedged.is_empty() {
                parts.push(format!(
                    "{}{}{}",
                    ui::t(lang, "elements-hedged"),
                    ui::colon(lang),
                    hedged.join(ui::semicolon(lang))
                ));
            }
            parts.join(" — ")
        }
    }
}

fn summary(files: usize, unreadable: usize, counts: [usize; 3], lang: Lang) -> String {
    let [infos, warnings, errors] = counts.map(|n| n.to_string());
    let files = files.to_string();
    let vars = [
        ("files", files.as_str()),
        ("errors", &errors),
        ("warnings", &warnings),
        ("infos", &infos),
    ];
    let mut s = format!("\n{}", ui::tf(lang, "summary", &vars));
    if unreadable > 0 {
        s.push_str(&ui::tf(
            lang,
            "summary-unreadable",
            &[("n", &unreadable.to_string())],
        ));
    }
    s + "\n"
}
