//! `--format github`: GitHub Actions workflow commands, which show each finding as
//! an annotation on the file in the pull request.

use super::{Outcome, Reporter, ShownText};
use crate::rules::{Lang, Severity};

/// Escapes data as GitHub's toolkit does (`%`, CR, LF), and properties too (`:` `,`).
fn escape(s: &str, property: bool) -> String {
    let mut out = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        out = out.replace(':', "%3A").replace(',', "%2C");
    }
    out
}

pub struct Github(pub Lang);

pub fn render(outcomes: &[Outcome], lang: Lang) -> String {
    super::render_all(&mut Github(lang), outcomes)
}

impl Reporter for Github {
    fn file(&mut self, o: &Outcome) -> String {
        let lang = self.0;
        let mut out = String::new();
        match o {
            Outcome::Read { doc, report } => {
                let shown = ShownText::of(doc);
                let file = escape(&report.path.display().to_string(), true);
                for f in &report.findings {
                    let level = match f.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let (line, col) = f
                        .passage
                        .as_ref()
                        .map_or((1, 1), |p| shown.line_col(shown.span(doc, p).0));
                    out.push_str(&format!(
                        "::{level} file={file},line={line},col={col},title={}::{}\n",
                        escape(&format!("{} {}", f.code, f.name), true),
                        escape(&format!("{} — {}", f.message, f.help), false)
                    ));
                }
            }
            Outcome::Failed(e) => out.push_str(&format!(
                "::error file={},title=unreadable::{}\n",
                escape(&e.path.display().to_string(), true),
                escape(&e.message(lang), false)
            )),
        }
        out
    }
}
