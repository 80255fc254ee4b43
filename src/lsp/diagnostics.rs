//! Findings as the protocol's diagnostics: the same codes, passages and messages as
//! `clausier check`, and the family statuses as one informational diagnostic on the
//! first heading.

use super::position::LineIndex;
use super::Judged;
use crate::finding::Finding;
use crate::finding::{ElementState, Status};
use crate::model::BlockKind;
use crate::rules::Severity;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, Range, Uri,
};
use serde_json::json;
use std::str::FromStr;

pub const SOURCE: &str = "clausier";

/// The byte range a finding is shown at: its passage, or the first heading for a
/// finding about the whole document (a missing family).
pub fn span_of(judged: &Judged, f: &Finding) -> (usize, usize) {
    match &f.passage {
        Some(p) => judged.shown.span(&judged.doc, p),
        None => first_heading(judged),
    }
}

fn first_heading(judged: &Judged) -> (usize, usize) {
    judged
        .doc
        .blocks
        .iter()
        .find(|b| matches!(b.kind, BlockKind::Heading { .. }))
        .and_then(|b| b.location.span)
        .unwrap_or((0, 0))
}

/// A contrary finding's second passages: the family's elements the contract binds
/// elsewhere, which the contrary clause contradicts ("hébergement en France" bound
/// in article 1, "may transfer outside the EU" in article 9).
fn contradicted(
    judged: &Judged,
    f: &Finding,
    uri: &Uri,
    text: &str,
    index: &LineIndex,
) -> Option<Vec<DiagnosticRelatedInformation>> {
    let verdict = judged
        .report
        .families
        .iter()
        .find(|v| Some(&v.id) == f.family.as_ref())?;
    if verdict.status != Status::Contrary || !verdict.decided_by.contains(&f.code) {
        return None;
    }
    let lang = judged.settings.lang;
    let related: Vec<DiagnosticRelatedInformation> = verdict
        .elements
        .iter()
        .filter(|e| e.state != ElementState::Missing)
        .filter_map(|e| {
            let p = e.passage.as_ref()?;
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri: uri.clone(),
                    range: index.range(text, judged.shown.span(&judged.doc, p)),
                },
                message: crate::ui::tf(lang, "lsp-contradicted", &[("element", &e.label)]),
            })
        })
        .collect();
    (!related.is_empty()).then_some(related)
}

pub fn diagnostics(judged: &Judged, uri: &Uri, text: &str, index: &LineIndex) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = judged
        .report
        .findings
        .iter()
        .map(|f| {
            let (start, end) = span_of(judged, f);
            let title = f.family.as_deref().and_then(|id| {
                judged
                    .report
                    .families
                    .iter()
                    .find(|v| v.id == id)
                    .map(|v| v.title.clone())
            });
            Diagnostic {
                range: index.range(text, (start, end)),
                severity: Some(severity(f.severity)),
                code: Some(NumberOrString::String(f.code.clone())),
                code_description: f
                    .url
                    .as_deref()
                    .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                    .and_then(|u| Uri::from_str(u).ok())
                    .map(|href| CodeDescription { href }),
                source: Some(SOURCE.to_string()),
                message: f.message.clone(),
                related_information: contradicted(judged, f, uri, text, index),
                data: Some(json!({
                    "family": f.family,
                    "title": title,
                    "model": f.model,
                    "whole_document": f.passage.is_none(),
                })),
                ..Diagnostic::default()
            }
        })
        .collect();
    if !judged.report.families.is_empty() {
        let statuses: Vec<String> = judged
            .report
            .families
            .iter()
            .map(|v| {
                let colon = crate::ui::colon(judged.settings.lang);
                format!("{}{colon}{}", v.title, v.status.name())
            })
            .collect();
        out.push(Diagnostic {
            range: index.range(text, first_heading(judged)),
            severity: Some(DiagnosticSeverity::INFORMATION),
            source: Some(SOURCE.to_string()),
            message: statuses.join(" · "),
            ..Diagnostic::default()
        });
    }
    out
}

fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// Whether a diagnostic's range holds a position (its ends included, so that a
/// cursor right after the passage still finds it).
pub fn contains(range: &Range, p: lsp_types::Position) -> bool {
    (range.start.line, range.start.character) <= (p.line, p.character)
        && (p.line, p.character) <= (range.end.line, range.end.character)
}
