//! `--format miette-json`: each finding through miette's JSON report handler, as a
//! JSON array, for tools built on miette. Offsets are bytes in the text the human
//! report shows (the Markdown source, or the blocks one per line).

use super::diagnostic::{diagnostic, Reader};
use super::{Outcome, Reporter, ShownText};
use crate::rules::Lang;
use miette::JSONReportHandler;
use std::sync::Arc;

pub fn render(outcomes: &[Outcome], lang: Lang) -> String {
    super::render_all(&mut MietteJson::new(lang), outcomes)
}

pub struct MietteJson {
    lang: Lang,
    handler: JSONReportHandler,
    first: bool,
}

impl MietteJson {
    pub fn new(lang: Lang) -> Self {
        MietteJson {
            lang,
            handler: JSONReportHandler::new(),
            first: true,
        }
    }
}

impl Reporter for MietteJson {
    fn begin(&mut self) -> String {
        "[".to_string()
    }

    fn file(&mut self, o: &Outcome) -> String {
        let lang = self.lang;
        let mut items = Vec::new();
        // A file that could not be read is reported too, in the same shape.
        if let Outcome::Failed(e) = o {
            items.push(
                serde_json::json!({
                    "message": e.message(lang),
                    "code": "clausier::unreadable",
                    "severity": "error",
                    "causes": [],
                    "filename": e.path.display().to_string(),
                    "labels": [],
                    "related": [],
                })
                .to_string(),
            );
        }
        if let Outcome::Read { doc, report } = o {
            let shown = ShownText::of(doc);
            let source: Arc<str> = Arc::from(shown.text.as_str());
            for f in &report.findings {
                let mut s = String::new();
                if self
                    .handler
                    .render_report(
                        &mut s,
                        &diagnostic(doc, &shown, &source, f, lang, Reader::Tool),
                    )
                    .is_ok()
                {
                    // miette names the file from a label's span; a finding about the
                    // whole document has none, and must still say which file.
                    if f.passage.is_none() {
                        if let Ok(mut v) = serde_json::from_str::<serde_json::Value>(&s) {
                            v["filename"] = serde_json::json!(doc.path.display().to_string());
                            s = v.to_string();
                        }
                    }
                    items.push(s);
                }
            }
        }
        let mut out = String::new();
        for item in items {
            if !std::mem::take(&mut self.first) {
                out.push_str(",\n");
            }
            out.push_str(&item);
        }
        out
    }

    fn end(&mut self) -> String {
        "]\n".to_string()
    }
}
