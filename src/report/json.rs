//! `--format json`: the report promised in docs/json.md (version 1).

use super::{Outcome, ShownText};
use crate::finding::{FamilyVerdict, FileReport, Finding};
use crate::model::Document;
use serde::ser::{SerializeSeq, Serializer};
use serde::Serialize;
use serde_json::{json, Map, Value};

pub fn render(outcomes: &[Outcome], packs: &[String], lang: crate::rules::Lang) -> String {
    // Each file's object is built, written and dropped in turn: the report of a
    // thousand files never stands whole in memory as a tree. The fields come in the
    // order serde_json's maps give them (alphabetical), as before.
    let report = Report {
        errors: Errors { outcomes, lang },
        files: Files { outcomes },
        packs,
        tool: json!({"name": "clausier", "version": env!("CARGO_PKG_VERSION")}),
        version: 1,
    };
    serde_json::to_string_pretty(&report).unwrap_or_default() + "\n"
}

#[derive(Serialize)]
struct Report<'a> {
    errors: Errors<'a>,
    files: Files<'a>,
    packs: &'a [String],
    tool: Value,
    version: u32,
}

struct Files<'a> {
    outcomes: &'a [Outcome],
}

impl Serialize for Files<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for o in self.outcomes {
            if let Outcome::Read { doc, report } = o {
                seq.serialize_element(&file(doc, report))?;
            }
        }
        seq.end()
    }
}

struct Errors<'a> {
    outcomes: &'a [Outcome],
    lang: crate::rules::Lang,
}

impl Serialize for Errors<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        for o in self.outcomes {
            if let Outcome::Failed(e) = o {
                seq.serialize_element(&json!({
                    "path": e.path.display().to_string(),
                    "message": e.message(self.lang),
                }))?;
            }
        }
        seq.end()
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
