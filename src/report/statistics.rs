//! `--statistics`: how many findings of each rule, as ruff prints them.

use crate::finding::FileReport;
use std::collections::BTreeMap;

/// Counts kept as the files are judged: (code, name) → findings.
#[derive(Default)]
pub struct Statistics {
    counts: BTreeMap<(String, String), usize>,
}

impl Statistics {
    pub fn add(&mut self, report: &FileReport) {
        for f in &report.findings {
            *self
                .counts
                .entry((f.code.clone(), f.name.clone()))
                .or_default() += 1;
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for ((code, name), n) in &self.counts {
            out.push_str(&format!("{n:>5}  {code:<8} {name}\n"));
        }
        out
    }
}
