//! Findings as a person reads them (the human and short formats): the findings of
//! one passage in one entry carrying all their codes, and a rule that fires at many
//! places of a document shown at its first place with the number of the others.
//! Machine formats keep one result per code and place, as their consumers expect.

use super::ShownText;
use crate::finding::Finding;
use crate::model::Document;
use crate::rules::Lang;
use crate::ui;
use std::collections::HashMap;

/// A finding kept for people, with the number of other places of its rule left out.
type Kept<'a> = (&'a Finding, usize);

/// From this many places in one document, a rule is shown once.
pub const MANY_PLACES: usize = 3;

pub fn for_people(
    doc: &Document,
    shown: &ShownText,
    findings: &[Finding],
    lang: Lang,
) -> Vec<Finding> {
    let span = |f: &Finding| f.passage.as_ref().map(|p| shown.span(doc, p));
    let mut places: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    for f in findings {
        if let Some(s) = span(f) {
            let list = places.entry(f.code.as_str()).or_default();
            if !list.contains(&s) {
                list.push(s);
            }
        }
    }
    // Each kept finding, with the number of places left out for its rule.
    let mut kept: Vec<Kept> = Vec::new();
    for f in findings {
        let list = places.get(f.code.as_str());
        match (span(f), list) {
            (Some(s), Some(list)) if list.len() >= MANY_PLACES => {
                if list[0] == s && !kept.iter().any(|(k, _)| k.code == f.code) {
                    kept.push((f, list.len() - 1));
                }
            }
            _ => kept.push((f, 0)),
        }
    }
    // A passage is where it starts: two rules may underline more or fewer words.
    let mut out: Vec<(Option<usize>, Vec<Kept>)> = Vec::new();
    for (f, more) in kept {
        let s = span(f).map(|(start, _)| start);
        match out.iter_mut().find(|(o, _)| s.is_some() && *o == s) {
            Some((_, group)) => group.push((f, more)),
            None => out.push((s, vec![(f, more)])),
        }
    }
    out.into_iter()
        .map(|(_, group)| merged(&group, lang))
        .collect()
}

/// One finding standing for a passage's findings.
fn merged(group: &[Kept], lang: Lang) -> Finding {
    let message = |(f, more): &Kept| {
        if *more == 0 {
            f.message.clone()
        } else {
            let n = more.to_string();
            format!(
                "{} {}",
                f.message,
                ui::tf(lang, "more-places", &[("n", &n)])
            )
        }
    };
    let mut first = group[0].0.clone();
    first.message = message(&group[0]);
    if group.len() == 1 {
        return first;
    }
    let distinct = |part: fn(&Finding) -> &str| {
        let mut seen: Vec<&str> = Vec::new();
        for (f, _) in group {
            let p = part(f);
            if !p.is_empty() && !seen.contains(&p) {
                seen.push(p);
            }
        }
        seen
    };
    first.code = distinct(|f| &f.code).join(", ");
    first.name = distinct(|f| &f.name).join(", ");
    first.severity = group
        .iter()
        .map(|(f, _)| f.severity)
        .max()
        .unwrap_or(first.severity);
    let mut messages: Vec<String> = Vec::new();
    for m in group.iter().map(message) {
        if !messages.contains(&m) {
            messages.push(m);
        }
    }
    first.message = messages.join(ui::semicolon(lang));
    first.help = distinct(|f| &f.help).join("\n");
    first.reference = distinct(|f| &f.reference).join(ui::semicolon(lang));
    first
}
