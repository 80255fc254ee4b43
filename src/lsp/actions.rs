//! Code actions and hovers on clausier's diagnostics: insert the pack's model
//! clause, put a binding wording in a hedge's place, suppress a finding with its
//! reason; on hover, the rule's explanation.

use super::diagnostics::{contains, span_of, SOURCE};
use super::position::LineIndex;
use super::Judged;
use crate::ui;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, Hover, HoverContents,
    MarkupContent, MarkupKind, NumberOrString, Position, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;

pub fn code_actions(
    judged: &Judged,
    uri: &Uri,
    text: &str,
    index: &LineIndex,
    diagnostics: &[Diagnostic],
) -> Vec<CodeActionOrCommand> {
    let lang = judged.settings.lang;
    let mut out = Vec::new();
    let action = |title: String, edits: Vec<TextEdit>, d: &Diagnostic, preferred: bool| {
        CodeActionOrCommand::CodeAction(CodeAction {
            title,
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![d.clone()]),
            edit: Some(WorkspaceEdit {
                changes: Some(HashMap::from([(uri.clone(), edits)])),
                ..WorkspaceEdit::default()
            }),
            is_preferred: Some(preferred),
            ..CodeAction::default()
        })
    };
    for d in diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(SOURCE))
    {
        let Some(NumberOrString::String(code)) = &d.code else {
            continue;
        };
        let data = d.data.clone().unwrap_or_default();
        if let Some(model) = data
            .get("model")
            .and_then(|m| m.get("text"))
            .and_then(|t| t.as_str())
        {
            let whole = data["whole_document"].as_bool().unwrap_or(true);
            let at_end = whole || data["model"]["placement"].as_str() == Some("end");
            let title = data["title"].as_str().unwrap_or(code);
            // A family the contract does not address may still have its article
            // (« Article 5 – Réversibilité », empty or about something else).
            let article = if whole {
                heading_of(judged, title)
            } else {
                None
            };
            let (offset, insert) = if let Some(heading) = article {
                (article_end(judged, text, heading), format!("{model}\n\n"))
            } else if at_end {
                let sep = if text.ends_with('\n') { "\n" } else { "\n\n" };
                (text.len(), format!("{sep}## {title}\n\n{model}\n"))
            } else {
                (
                    article_end(judged, text, index.offset(text, d.range.start)),
                    format!("{model}\n\n"),
                )
            };
            let p = index.position(text, offset);
            out.push(action(
                ui::tf(lang, "lsp-insert-model", &[("family", title)]),
                vec![TextEdit::new(lsp_types::Range::new(p, p), insert)],
                d,
                true,
            ));
        }
        let (start, end) = (
            index.offset(text, d.range.start),
            index.offset(text, d.range.end),
        );
        // A passage may be the hedge's first word alone: its wording goes on.
        let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
        for (s, e, replacement, wording) in hedge_edits(judged, text, start, line_end) {
            let shown_replacement = if replacement.is_empty() {
                "∅".to_string()
            } else {
                replacement.clone()
            };
            out.push(action(
                ui::tf(
                    lang,
                    "lsp-replace-hedge",
                    &[("hedge", &wording), ("binding", &shown_replacement)],
                ),
                vec![TextEdit::new(index.range(text, (s, e)), replacement)],
                d,
                false,
            ));
        }
        let (line_start, directive) = if data["whole_document"].as_bool().unwrap_or(false) {
            (0, "clausier-disable")
        } else {
            (
                text[..start.min(text.len())]
                    .rfind('\n')
                    .map_or(0, |i| i + 1),
                "clausier-disable-next",
            )
        };
        let reason = ui::t(lang, "lsp-reason-placeholder");
        let p = index.position(text, line_start);
        out.push(action(
            ui::tf(lang, "lsp-suppress", &[("code", code)]),
            vec![TextEdit::new(
                lsp_types::Range::new(p, p),
                format!("<!-- {directive} {code} {reason} -->\n"),
            )],
            d,
            false,
        ));
    }
    out
}

/// Where the heading whose words hold the family title's first word starts
/// (« Réversibilité » for "Réversibilité des données").
fn heading_of(judged: &Judged, title: &str) -> Option<usize> {
    let doc = &judged.doc;
    doc.heading_of(title)
        .and_then(|i| doc.blocks[i].location.span)
        .map(|(s, _)| s)
}

/// Where the article holding `offset` ends: before the next heading of the same
/// level or higher, else at the end of the text.
fn article_end(judged: &Judged, text: &str, offset: usize) -> usize {
    let blocks = &judged.doc.blocks;
    let start = |b: &crate::model::Block| b.location.span.map_or(0, |(s, _)| s);
    let here = blocks.iter().rposition(|b| start(b) <= offset).unwrap_or(0);
    let last = judged.doc.article_last_block(here);
    blocks.get(last + 1).map_or(text.len(), start)
}

/// The hedges in `text[start..end]` that the pack can replace by a binding wording:
/// (start, end, replacement, wording as written). A hedge struck out takes its
/// commas with it: « restitue, dans la mesure du possible, les données ».
fn hedge_edits(
    judged: &Judged,
    text: &str,
    start: usize,
    end: usize,
) -> Vec<(usize, usize, String, String)> {
    let (start, end) = (start.min(text.len()), end.min(text.len()));
    if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Vec::new();
    }
    let original = &text[start..end];
    let folded = crate::fold::fold(original);
    let mut out: Vec<(usize, usize, String, String)> = Vec::new();
    let hedges = judged
        .settings
        .packs
        .iter()
        .flat_map(|p| p.families.iter().flat_map(|f| &f.hedges).chain(&p.hedges));
    for hedge in hedges {
        for (ms, me) in hedge.matcher.find_iter(&folded.text) {
            let found = (ms..me.max(ms + 1))
                .filter(|&i| folded.text.is_char_boundary(i))
                .find_map(|i| {
                    hedge
                        .binding
                        .iter()
                        .find(|(from, _)| {
                            folded.text[i..].starts_with(from.as_str())
                                && !folded.text[i + from.len()..]
                                    .starts_with(|c: char| c.is_alphanumeric())
                        })
                        .map(|b| (i, b))
                });
            let Some((i, (from, to))) = found else {
                continue;
            };
            let (os, oe) = folded.original_range(i, i + from.len());
            let (mut s, mut e) = (start + os, start + oe);
            let wording = text[s..e].to_string();
            let mut to = to.clone();
            if to.is_empty() {
                (s, e) = strike_out(text, s, e);
            } else if wording.starts_with(char::is_uppercase) {
                to = capitalised(&to);
            }
            if !out.iter().any(|&(a, b, _, _)| a < e && s < b) {
                out.push((s, e, to, wording));
            }
        }
    }
    out
}

/// The range to delete so that a struck-out hedge leaves a clean sentence.
fn strike_out(text: &str, s: usize, e: usize) -> (usize, usize) {
    let before = text[..s].trim_end();
    let after = &text[e..];
    if before.ends_with(',') && after.starts_with(',') {
        return (before.len() - 1, e + 1);
    }
    if let Some(rest) = after.strip_prefix(',') {
        return (s, e + 1 + (rest.len() - rest.trim_start().len()));
    }
    if after.starts_with(['.', ';', ':']) || after.is_empty() {
        return (before.len(), e);
    }
    (s, e + (after.len() - after.trim_start_matches(' ').len()))
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The explanation of every rule whose finding covers the position (findings about
/// the whole document stand on the first heading).
pub fn hover(judged: &Judged, text: &str, index: &LineIndex, at: Position) -> Option<Hover> {
    let mut codes: Vec<&str> = Vec::new();
    for f in &judged.report.findings {
        let range = index.range(text, span_of(judged, f));
        if contains(&range, at) && !codes.contains(&f.code.as_str()) {
            codes.push(&f.code);
        }
    }
    let tool_rules = crate::suppress::rules();
    let pages: Vec<String> = codes
        .iter()
        .filter_map(|code| {
            let settings = &judged.settings;
            settings
                .packs
                .iter()
                .find_map(|p| {
                    p.rule(code)
                        .map(|r| crate::explain::explain(p, r, settings.lang))
                })
                .or_else(|| {
                    let r = tool_rules.iter().find(|r| r.code == *code)?;
                    Some(crate::explain::explain(
                        &settings.packs[0],
                        r,
                        settings.lang,
                    ))
                })
        })
        .collect();
    (!pages.is_empty()).then(|| Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: pages.join("\n---\n\n"),
        }),
        range: None,
    })
}
