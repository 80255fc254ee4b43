//! `clausier rules` and `clausier explain`: everything comes from the pack's own
//! declarations, as do the generated pages of docs/rules/.

use crate::rules::{Lang, Pack, Placement, Rule, RuleKind};
use crate::ui;

pub fn rule_list(packs: &[Pack], lang: Lang) -> String {
    let mut out = String::new();
    for p in packs {
        out.push_str(&format!(
            "{} — {}\n{}\n",
            p.name,
            p.title.get(lang),
            p.description.get(lang)
        ));
        for (key, setting) in &p.settings {
            out.push_str(&format!(
                "  setting {key} = {:?} (one of: {}) — {}\n",
                setting.value,
                setting.values.join(", "),
                setting.doc.get(lang)
            ));
        }
        for r in &p.rules {
            out.push_str(&format!(
                "  {:<8} {:<8} {:<16} {}\n",
                r.code,
                r.severity.name(),
                r.family.as_deref().unwrap_or("-"),
                r.name
            ));
        }
    }
    out.push_str("clausier — suppressions (docs/suppression.md)\n");
    for r in crate::suppress::rules() {
        out.push_str(&format!(
            "  {:<8} {:<8} {:<16} {}\n",
            r.code,
            r.severity.name(),
            "-",
            r.name
        ));
    }
    out
}

fn kind_text(kind: RuleKind, lang: Lang) -> String {
    match kind {
        RuleKind::Missing => ui::t(lang, "kind-missing"),
        RuleKind::Element => ui::t(lang, "kind-element"),
        RuleKind::Hedged => ui::t(lang, "kind-hedged"),
        RuleKind::Contrary => ui::t(lang, "kind-contrary"),
        RuleKind::Check => ui::t(lang, "kind-check"),
    }
}

/// The full explanation of one rule, in Markdown (also the page in docs/rules/).
pub fn explain(pack: &Pack, rule: &Rule, lang: Lang) -> String {
    let mut out = format!("# {} {}\n\n", rule.code, rule.name);
    out.push_str(&format!("- Pack: {}\n", rule.pack));
    out.push_str(&format!(
        "- {}: {}\n",
        ui::t(lang, "family"),
        rule.family.as_deref().unwrap_or("-")
    ));
    out.push_str(&format!(
        "- {}: `{}`\n",
        ui::t(lang, "severity"),
        rule.severity.name()
    ));
    if let Some(el) = &rule.element {
        out.push_str(&format!("- {}: {}\n", ui::t(lang, "element"), el.get(lang)));
    }
    out.push_str(&format!(
        "- {}: {}\n\n",
        ui::t(lang, "effect"),
        kind_text(rule.kind, lang)
    ));
    out.push_str(&format!("## Message\n\n{}\n\n", rule.message.get(lang)));
    if let Some(e) = &rule.explanation {
        out.push_str(&format!("{}\n\n", e.get(lang)));
    }
    out.push_str(&format!(
        "## {}\n\n{}\n\n",
        ui::t(lang, "what-to-do"),
        rule.help.get(lang)
    ));
    if let Some(m) = &rule.model {
        let place = match m.placement {
            Placement::Article => "model-placement-article",
            Placement::End => "model-placement-end",
        };
        let (title, place) = (ui::t(lang, "model-clause"), ui::t(lang, place));
        let text = match lang {
            Lang::Fr => &m.fr,
            Lang::En => &m.en,
        };
        out.push_str(&format!(
            "## {title}

> {text}

({place})

"
        ));
    }
    let ex = &rule.examples;
    if !ex.fire.is_empty() || !ex.quiet.is_empty() {
        let (fires, quiet) = (ui::t(lang, "examples-fire"), ui::t(lang, "examples-quiet"));
        for (title, list) in [(fires, &ex.fire), (quiet, &ex.quiet)] {
            if !list.is_empty() {
                out.push_str(&format!("## {title}\n\n"));
                for e in list {
                    out.push_str(&format!("- {e}\n"));
                }
                out.push('\n');
            }
        }
    }
    if !rule.reference.is_empty() {
        out.push_str(&format!(
            "## {}\n\n{}\n\n",
            ui::t(lang, "references"),
            rule.reference
        ));
    }
    if let Some(status) = pack.status.as_ref().filter(|_| rule.pack == pack.name) {
        out.push_str(&format!(
            "## {}\n\n{}\n",
            ui::t(lang, "reference-status"),
            status.get(lang)
        ));
    }
    out
}

/// The generated pages of docs/rules/: one per rule, French then English, and an
/// index. Do not edit them by hand; a test fails when they are stale.
pub fn rule_pages(pack: &Pack) -> Vec<(String, String)> {
    const HEADER: &str = "<!-- generated from the pack in rules/ by `CLAUSIER_BLESS=1 cargo test docs_rules`: do not edit -->\n\n";
    let mut pages = Vec::new();
    let mut index = format!("{HEADER}# Rules of the pack `{}`\n\n| code | name | family | severity |\n|---|---|---|---|\n", pack.name);
    for r in &pack.rules {
        index.push_str(&format!(
            "| [{}]({}.md) | {} | {} | {} |\n",
            r.code,
            r.code,
            r.name,
            r.family.as_deref().unwrap_or("-"),
            r.severity.name()
        ));
        let page = format!(
            "{HEADER}{}\n---\n\n{}",
            explain(pack, r, Lang::Fr),
            explain(pack, r, Lang::En)
        );
        pages.push((format!("{}.md", r.code), page));
    }
    pages.push(("README.md".to_string(), index));
    pages
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::load_default_pack;
    use std::path::Path;

    #[test]
    fn docs_rules_are_current() {
        let pack = load_default_pack(&Default::default()).unwrap();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
        let bless = std::env::var_os("CLAUSIER_BLESS").is_some();
        let mut stale = Vec::new();
        for (name, text) in rule_pages(&pack) {
            let path = dir.join(&name);
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(name);
            }
        }
        assert!(
            stale.is_empty(),
            "docs/rules is out of date ({}): run `CLAUSIER_BLESS=1 cargo test docs_rules`",
            stale.join(", ")
        );
    }

    #[test]
    fn every_rule_has_help_reference_and_lowercase_message() {
        let pack = load_default_pack(&Default::default()).unwrap();
        for r in &pack.rules {
            for m in [&r.message.fr, &r.message.en] {
                assert!(
                    m.chars().next().is_some_and(|c| !c.is_uppercase()),
                    "{}: message starts lowercase",
                    r.code
                );
                assert!(!m.ends_with('.'), "{}: message has no final period", r.code);
            }
            assert!(
                !r.help.fr.is_empty() && !r.help.en.is_empty(),
                "{}: help",
                r.code
            );
            assert!(!r.reference.is_empty(), "{}: reference", r.code);
            // What to write where a family is missing: a whole clause, as a new article.
            if r.kind == RuleKind::Missing {
                let m = r
                    .model
                    .as_ref()
                    .unwrap_or_else(|| panic!("{}: model clause", r.code));
                assert_eq!(m.placement, Placement::End, "{}", r.code);
                assert!(
                    m.fr.ends_with('.') && m.en.ends_with('.'),
                    "{}: model is a sentence",
                    r.code
                );
            }
            assert!(
                r.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}: name is kebab-case",
                r.code
            );
        }
    }
}
