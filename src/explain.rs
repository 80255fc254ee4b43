//! `clausier rules` and `clausier explain`: everything comes from the pack's own
//! declarations, as do the generated pages of docs/rules/.

use crate::rules::{Lang, Pack, Rule, RuleKind};

pub fn rule_list(packs: &[Pack], lang: Lang) -> String {
    let mut out = String::new();
    for p in packs {
        out.push_str(&format!("{} — {}\n", p.name, p.title.get(lang)));
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
    out
}

fn kind_text(kind: RuleKind, lang: Lang) -> &'static str {
    let fr = lang == Lang::Fr;
    match kind {
        RuleKind::Missing => if fr { "la famille n'est pas traitée : statut `missing`" } else { "the family is not addressed: status `missing`" },
        RuleKind::Element => if fr { "un élément requis manque : statut `weak`" } else { "a required element is missing: status `weak`" },
        RuleKind::Hedged => if fr { "la clause est affaiblie par une réserve : statut `weak`" } else { "the clause is hedged: status `weak`" },
        RuleKind::Contrary => if fr { "une clause va à l'encontre de la famille : statut `contrary`" } else { "a clause goes against the family: status `contrary`" },
        RuleKind::Check => if fr { "constat complémentaire, sans effet sur les statuts" } else { "side finding; does not change the statuses" },
    }
}

/// The full explanation of one rule, in Markdown (also the page in docs/rules/).
pub fn explain(pack: &Pack, rule: &Rule, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    let mut out = format!("# {} {}\n\n", rule.code, rule.name);
    out.push_str(&format!(
        "- {}: {}\n- {}: {}\n- {}: `{}`\n",
        if fr { "Pack" } else { "Pack" },
        pack.name,
        if fr { "Famille" } else { "Family" },
        rule.family.as_deref().unwrap_or("-"),
        if fr { "Gravité" } else { "Severity" },
        rule.severity.name()
    ));
    if let Some(el) = &rule.element {
        out.push_str(&format!("- {}: {}\n", if fr { "Élément" } else { "Element" }, el.get(lang)));
    }
    out.push_str(&format!("- {}: {}\n\n", if fr { "Effet" } else { "Effect" }, kind_text(rule.kind, lang)));
    out.push_str(&format!("## {}\n\n{}\n\n", if fr { "Message" } else { "Message" }, rule.message.get(lang)));
    if let Some(e) = &rule.explanation {
        out.push_str(&format!("{}\n\n", e.get(lang)));
    }
    out.push_str(&format!("## {}\n\n{}\n\n", if fr { "Que faire" } else { "What to do" }, rule.help.get(lang)));
    if !rule.reference.is_empty() {
        out.push_str(&format!("## {}\n\n{}\n\n", if fr { "Références" } else { "References" }, rule.reference));
    }
    if let Some(status) = &pack.status {
        out.push_str(&format!("## {}\n\n{}\n", if fr { "Statut du texte de référence" } else { "Status of the reference text" }, status.get(lang)));
    }
    out
}
