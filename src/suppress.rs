//! Inline suppressions, reviewed like code.
//!
//! - Markdown `<!-- clausier-disable CODE reason -->`: CODE is off for the rest of
//!   the file (and for findings about the whole document);
//! - Markdown `<!-- clausier-disable-next CODE reason -->`: CODE is off for the next block;
//! - a Word or LibreOffice comment whose text starts with `clausier-disable CODE
//!   reason`: CODE is off for the paragraph the comment is anchored to, and for
//!   findings about the whole document.
//!
//! CODE may be a prefix (`LOC`) or a comma-separated list. A suppression without a
//! reason, or one that suppresses nothing, is itself reported.

use crate::finding::{Finding, Passage};
use crate::model::Document;
use crate::rules::{Lang, Severity};
use crate::ui;

const DISABLE: &str = "clausier-disable";
const DISABLE_NEXT: &str = "clausier-disable-next";

#[derive(Debug, PartialEq)]
enum Scope {
    RestOfFile(usize),
    Block(usize),
}

#[derive(Debug)]
struct Directive {
    codes: Vec<String>,
    reason: String,
    scope: Scope,
    /// Block the directive stands at, for reporting it.
    at: usize,
    line: Option<u32>,
    used: bool,
}

fn parse(doc: &Document) -> Vec<Directive> {
    let mut out = Vec::new();
    for note in &doc.notes {
        let text = note.text.trim();
        let (rest, next) = if let Some(r) = text.strip_prefix(DISABLE_NEXT) {
            (r, true)
        } else if let Some(r) = text.strip_prefix(DISABLE) {
            (r, false)
        } else {
            continue;
        };
        if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let rest = rest.trim();
        let (codes, reason) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let codes = codes
            .split(',')
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        let at = note.block.unwrap_or(doc.blocks.len());
        let scope = match (doc.format.has_lines(), next) {
            (true, true) => Scope::Block(at),
            (true, false) => Scope::RestOfFile(at),
            (false, _) => Scope::Block(at),
        };
        out.push(Directive {
            codes,
            reason: reason.trim().to_string(),
            scope,
            at,
            line: note.line,
            used: false,
        });
    }
    out
}

fn covers(d: &Directive, f: &Finding) -> bool {
    if !d.codes.iter().any(|c| f.code.starts_with(c.as_str())) {
        return false;
    }
    match (&f.passage, &d.scope) {
        (None, Scope::RestOfFile(_)) => true,
        // A Word comment also covers findings about the whole document.
        (None, Scope::Block(_)) => d.line.is_none(),
        (Some(p), Scope::RestOfFile(from)) => p.block >= *from,
        (Some(p), Scope::Block(b)) => p.block == *b,
    }
}

/// Removes suppressed findings and adds findings about the suppressions themselves.
pub fn apply(doc: &Document, findings: &mut Vec<Finding>, lang: Lang) {
    let mut directives = parse(doc);
    if directives.is_empty() {
        return;
    }
    findings.retain(|f| {
        let mut suppressed = false;
        for d in directives.iter_mut() {
            if covers(d, f) {
                d.used = true;
                suppressed = true;
            }
        }
        !suppressed
    });
    for d in &directives {
        let codes = d.codes.join(",");
        let line = d.line.map(|l| l.to_string());
        let at = line.map_or(String::new(), |l| ui::tf(lang, "at-line", &[("line", &l)]));
        let vars = [("codes", codes.as_str()), ("where", at.as_str())];
        let passage = (d.at < doc.blocks.len()).then(|| Passage {
            block: d.at,
            start: 0,
            end: 0,
            excerpt: doc.blocks[d.at].text.chars().take(120).collect(),
        });
        let mut push = |code: &str, name: &str| {
            findings.push(Finding {
                code: code.into(),
                name: name.into(),
                family: None,
                severity: Severity::Warning,
                message: ui::tf(lang, name, &vars),
                help: ui::t(lang, &format!("{name}-help")),
                reference: "docs/suppression.md".into(),
                url: None,
                passage: passage.clone(),
                model: None,
                reading: None,
            })
        };
        if d.reason.is_empty() || d.codes.is_empty() {
            push("CLZ001", "suppression-without-reason");
        }
        if !d.used {
            push("CLZ002", "unused-suppression");
        }
    }
}

/// The suppression checks as rules, listed, explained and described (SARIF) like the
/// pack's: CLZ001 (no reason given) and CLZ002 (suppresses nothing).
pub fn rules() -> Vec<crate::rules::Rule> {
    use crate::rules::{Examples, Lang, Rule, RuleKind, Text};
    let text = |key: &str| Text {
        fr: ui::t(Lang::Fr, key)
            .replace("{codes}", "…")
            .replace("{where}", ""),
        en: ui::t(Lang::En, key)
            .replace("{codes}", "…")
            .replace("{where}", ""),
    };
    [
        ("CLZ001", "suppression-without-reason"),
        ("CLZ002", "unused-suppression"),
    ]
    .into_iter()
    .map(|(code, name)| Rule {
        code: code.into(),
        name: name.into(),
        pack: "clausier".into(),
        family: None,
        kind: RuleKind::Check,
        severity: Severity::Warning,
        message: text(name),
        help: text(&format!("{name}-help")),
        reference: "docs/suppression.md".into(),
        explanation: None,
        element: None,
        url: None,
        examples: Examples::default(),
        model: None,
    })
    .collect()
}
