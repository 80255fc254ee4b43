//! `--statistics`: how many findings of each rule, as ruff prints them.

use super::Outcome;
use std::collections::BTreeMap;

pub fn render(outcomes: &[Outcome]) -> String {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for o in outcomes {
        if let Outcome::Read { report, .. } = o {
            for f in &report.findings {
                *counts
                    .entry((f.code.as_str(), f.name.as_str()))
                    .or_default() += 1;
            }
        }
    }
    let mut out = String::new();
    for ((code, name), n) in counts {
        out.push_str(&format!("{n:>5}  {code:<8} {name}\n"));
    }
    out
}
