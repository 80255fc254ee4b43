//! `--format miette-json`: each finding through miette's JSON report handler, as a
//! JSON array, for tools built on miette. Offsets are bytes in the text the human
//! report shows (the Markdown source, or the blocks one per line).

use super::diagnostic::diagnostic;
use super::{Outcome, ShownText};
use crate::rules::Lang;
use miette::JSONReportHandler;
use std::sync::Arc;

pub fn render(outcomes: &[Outcome], lang: Lang) -> String {
    let handler = JSONReportHandler::new();
    let mut items = Vec::new();
    for o in outcomes {
        if let Outcome::Read { doc, report } = o {
            let shown = ShownText::of(doc);
            let source: Arc<str> = Arc::from(shown.text.as_str());
            for f in &report.findings {
                let mut s = String::new();
                if handler
                    .render_report(&mut s, &diagnostic(doc, &shown, &source, f, lang))
                    .is_ok()
                {
                    items.push(s);
                }
            }
        }
    }
    format!("[{}]\n", items.join(",\n"))
}
