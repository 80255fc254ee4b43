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
    let fr = lang == Lang::Fr;
    for d in &directives {
        let codes = d.codes.join(",");
        let where_ = d.line.map_or(String::new(), |l| format!(" (line {l})"));
        let passage = (d.at < doc.blocks.len()).then(|| Passage {
            block: d.at,
            start: 0,
            end: 0,
            excerpt: doc.blocks[d.at].text.chars().take(120).collect(),
        });
        let mut push = |code: &str,
                        name: &str,
                        fr_msg: String,
                        en_msg: String,
                        fr_help: &str,
                        en_help: &str| {
            findings.push(Finding {
                code: code.into(),
                name: name.into(),
                family: None,
                severity: Severity::Warning,
                message: if fr { fr_msg } else { en_msg },
                help: (if fr { fr_help } else { en_help }).into(),
                reference: "docs/suppression.md".into(),
                url: None,
                passage: passage.clone(),
            })
        };
        if d.reason.is_empty() || d.codes.is_empty() {
            push(
                "CLZ001",
                "suppression-without-reason",
                format!("la suppression de `{codes}`{where_} ne donne pas de raison"),
                format!("the suppression of `{codes}`{where_} gives no reason"),
                "Écrivez la raison après le code : <!-- clausier-disable LOC010 hébergement UE accepté par délibération du 3 mars -->",
                "Write the reason after the code: <!-- clausier-disable LOC010 EU hosting accepted by the board on 3 March -->",
            );
        }
        if !d.used {
            push(
                "CLZ002",
                "unused-suppression",
                format!("la suppression de `{codes}`{where_} ne supprime rien"),
                format!("the suppression of `{codes}`{where_} suppresses nothing"),
                "Retirez-la : la règle ne se déclenche plus à cet endroit.",
                "Remove it: the rule no longer fires there.",
            );
        }
    }
}
