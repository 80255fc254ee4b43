//! `--format short`: `path:line:col: severity[CODE] message`, one line per finding,
//! for editors' quickfix lists and grep. For formats without lines, the line is
//! the paragraph number.

use super::{Outcome, Reporter, ShownText};
use crate::rules::Lang;

pub struct Short(pub Lang);

pub fn render(outcomes: &[Outcome], lang: Lang) -> String {
    super::render_all(&mut Short(lang), outcomes)
}

impl Reporter for Short {
    fn file(&mut self, o: &Outcome) -> String {
        let lang = self.0;
        let mut out = String::new();
        match o {
            Outcome::Read { doc, report } => {
                let shown = ShownText::of(doc);
                for f in &super::people::for_people(doc, &shown, &report.findings, lang) {
                    let (line, col) = match &f.passage {
                        Some(p) => shown.line_col(shown.span(doc, p).0),
                        None => (1, 1),
                    };
                    out.push_str(&format!(
                        "{}:{line}:{col}: {}[{}] {}\n",
                        report.path.display(),
                        f.severity.name(),
                        f.code,
                        f.message
                    ));
                }
            }
            Outcome::Failed(e) => out.push_str(&format!(
                "{}:1:1: error[read] {}\n",
                e.path.display(),
                e.message(lang)
            )),
        }
        out
    }
}
