//! `--format json`: the report promised in docs/json.md (version 1).

use super::{Outcome, ShownText};
use crate::finding::{FamilyVerdict, Finding};
use crate::model::Document;
use serde_json::{json, Map, Value};

pub fn render(outcomes: &[Outcome], packs: &[String], lang: crate::rules::Lang) -> String {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for o in outcomes {
        match o {
            Outcome::Read { doc, report } => {
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
                files.push(json!({
                    "path": report.path.display().to_string(),
                    "format": report.format.name(),
                    "families": families,
                    "findings": findings,
                    "warnings": report.warnings,
                }));
            }
            Outcome::Failed(e) => errors.push(json!({
                "path": e.path.display().to_string(),
                "message": e.message(lang),
            })),
        }
    }
    let report = json!({
        "version": 1,
        "tool": {"name": "clausier", "version": env!("CARGO_PKG_VERSION")},
        "packs": packs,
        "files": files,
        "errors": errors,
    });
    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
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
