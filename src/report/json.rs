//! `--format json`: the report promised in docs/json.md (version 1).

use super::{pretty_at, Outcome, Reporter, ShownText};
use crate::finding::{FamilyVerdict, FileReport, Finding};
use crate::model::Document;
use crate::rules::Lang;
use serde_json::{json, Map, Value};

pub fn render(outcomes: &[Outcome], packs: &[String], lang: Lang) -> String {
    super::render_all(&mut Json::new(packs, lang), outcomes)
}

/// Each file's object is built, written and dropped in turn: the report of a thousand
/// files never stands whole in memory. The files come first, then what is known only
/// at the end (the files that could not be read).
pub struct Json<'a> {
    packs: &'a [String],
    lang: Lang,
    files: usize,
    errors: Vec<Value>,
}

impl<'a> Json<'a> {
    pub fn new(packs: &'a [String], lang: Lang) -> Self {
        Json {
            packs,
            lang,
            files: 0,
            errors: Vec::new(),
        }
    }
}

impl Reporter for Json<'_> {
    fn begin(&mut self) -> String {
        "{\n  \"files\": [".to_string()
    }

    fn file(&mut self, o: &Outcome) -> String {
        match o {
            Outcome::Read { doc, report } => {
                self.files += 1;
                let comma = if self.files > 1 { "," } else { "" };
                format!("{comma}\n    {}", pretty_at(&file(doc, report), 4))
            }
            Outcome::Failed(e) => {
                self.errors.push(json!({
                    "path": e.path.display().to_string(),
                    "message": e.message(self.lang),
                }));
                String::new()
            }
        }
    }

    fn end(&mut self) -> String {
        let tool = json!({"name": "clausier", "version": env!("CARGO_PKG_VERSION")});
        format!(
            "{}],\n  \"errors\": {},\n  \"packs\": {},\n  \"tool\": {},\n  \"version\": 1\n}}\n",
            if self.files > 0 { "\n  " } else { "" },
            pretty_at(&self.errors, 2),
            pretty_at(&self.packs, 2),
            pretty_at(&tool, 2),
        )
    }
}

fn file(doc: &Document, report: &FileReport) -> Value {
    let shown = ShownText::of(doc);
    let families: Map<String, Value> = report
        .families
        .iter()
        .map(|f| (f.id.clone(), family(f)))
        .collect();
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| finding(doc, &shown, f))
        .collect();
    json!({
        "path": report.path.display().to_string(),
        "format": report.format.name(),
        "families": families,
        "findings": findings,
        "warnings": report.warnings,
    })
}

fn family(f: &FamilyVerdict) -> Value {
    json!({
        "status": f.status,
        "title": f.title,
        "elements": f.elements.iter().map(|e| {
            let mut v = json!({"id": e.id, "label": e.label, "state": e.state});
            if let Some(p) = &e.passage {
                v["block"] = json!(p.block + 1);
                v["excerpt"] = json!(p.excerpt);
            }
            v
        }).collect::<Vec<_>>(),
        "decided_by": f.decided_by,
    })
}

fn finding(doc: &Document, shown: &ShownText, f: &Finding) -> Value {
    let mut v = json!({
        "code": f.code,
        "name": f.name,
        "family": f.family,
        "severity": f.severity,
        "message": f.message,
        "help": f.help,
        "reference": f.reference,
    });
    if let Some(url) = &f.url {
        v["url"] = json!(url);
    }
    if let Some(m) = &f.model {
        v["model"] = json!({"text": m.text, "placement": m.placement});
    }
    if let Some(r) = &f.reading {
        v["reading"] = json!(r);
    }
    if let Some(p) = &f.passage {
        let block = &doc.blocks[p.block];
        let (start, end) = shown.span(doc, p);
        let mut location = json!({
            "block": p.block + 1,
            "heading": block.heading_path(),
        });
        if doc.format.has_lines() {
            let (line, column) = shown.line_col(start);
            location["line"] = json!(line);
            location["column"] = json!(column);
        }
        if let Some(page) = block.location.page {
            location["page"] = json!(page);
        }
        v["location"] = location;
        v["span"] = json!({"offset": start, "length": end - start});
        v["excerpt"] = json!(p.excerpt);
    }
    v
}
