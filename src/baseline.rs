//! Baselines for repositories that adopt clausier late: `--write-baseline FILE`
//! records today's findings, `--baseline FILE` reports only the new ones.
//!
//! A finding is recorded by file, code and a fingerprint of its passage (the folded
//! sentence around it), so edits elsewhere in the file do not make it new again.

use crate::finding::Finding;
use crate::fold::fold;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub path: String,
    pub code: String,
    pub fingerprint: String,
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms, unlike `DefaultHasher`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn fingerprint(f: &Finding) -> String {
    let text = f
        .passage
        .as_ref()
        .map_or(String::new(), |p| fold(&p.excerpt).text);
    format!(
        "{:016x}",
        fnv1a(format!("{}\u{0}{}", f.code, text).as_bytes())
    )
}

pub fn path_key(path: &Path) -> String {
    path.display()
        .to_string()
        .replace('\\', "/")
        .trim_start_matches("./")
        .to_string()
}

pub fn entries<'a>(path: &Path, findings: impl IntoIterator<Item = &'a Finding>) -> Vec<Entry> {
    let key = path_key(path);
    findings
        .into_iter()
        .map(|f| Entry {
            path: key.clone(),
            code: f.code.clone(),
            fingerprint: fingerprint(f),
        })
        .collect()
}

/// Drops the findings the baseline already holds, as many times as it holds them.
/// Removes the findings the baseline holds; returns how many it hid.
pub fn subtract(baseline: &Baseline, path: &Path, findings: &mut Vec<Finding>) -> usize {
    let before = findings.len();
    let key = path_key(path);
    let mut known: HashMap<(String, String), usize> = HashMap::new();
    for e in baseline.findings.iter().filter(|e| e.path == key) {
        *known
            .entry((e.code.clone(), e.fingerprint.clone()))
            .or_default() += 1;
    }
    findings.retain(|f| match known.get_mut(&(f.code.clone(), fingerprint(f))) {
        Some(n) if *n > 0 => {
            *n -= 1;
            false
        }
        _ => true,
    });
    before - findings.len()
}

pub fn read(path: &Path) -> Result<Baseline, crate::ui::Msg> {
    use crate::ui::Msg;
    let file = path.display();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Msg::new("baseline-unreadable")
            .with("file", &file)
            .with("cause", e)
    })?;
    serde_json::from_str(&text).map_err(|e| {
        Msg::new("baseline-invalid")
            .with("file", &file)
            .with("cause", e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Passage;
    use crate::rules::Severity;

    fn finding(code: &str, excerpt: &str, block: usize) -> Finding {
        Finding {
            code: code.into(),
            name: String::new(),
            family: None,
            severity: Severity::Error,
            message: String::new(),
            help: String::new(),
            reference: String::new(),
            url: None,
            passage: Some(Passage {
                block,
                start: 0,
                end: 1,
                excerpt: excerpt.into(),
            }),
            model: None,
            reading: None,
        }
    }

    #[test]
    fn fingerprint_survives_moves_and_typography_but_not_new_wording() {
        let a = finding("LOC050", "Le prestataire choisit librement le lieu.", 3);
        let moved = finding("LOC050", "Le  prestataire choisit librement le lieu.", 40);
        let changed = finding("LOC050", "Le prestataire choisit le lieu.", 3);
        assert_eq!(fingerprint(&a), fingerprint(&moved));
        assert_ne!(fingerprint(&a), fingerprint(&changed));
    }

    #[test]
    fn subtract_counts_duplicates() {
        let f = finding("SEC010", "x", 1);
        let b = Baseline {
            version: 1,
            findings: entries(Path::new("./a.md"), [&f]),
        };
        let mut now = vec![f.clone(), f.clone(), finding("SEC011", "y", 2)];
        subtract(&b, Path::new("a.md"), &mut now);
        assert_eq!(
            now.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
            vec!["SEC010", "SEC011"]
        );
    }
}
