//! The labelled fixtures: every folder of fixtures/ with a labels.json is scored
//! like ../shared/tools/score-corpus does, and the suite fails under 95% of the
//! (document, family) cells.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

use clausier::rules::FAMILY_IDS as FAMILIES;

#[test]
fn labelled_fixtures_score_at_least_95_percent() {
    let mut right = 0;
    let mut total = 0;
    let mut misses = Vec::new();
    let mut sets = 0;
    for entry in std::fs::read_dir("fixtures").unwrap().flatten() {
        let labels_path = entry.path().join("labels.json");
        if !labels_path.is_file() {
            continue;
        }
        sets += 1;
        let labels: BTreeMap<String, BTreeMap<String, String>> =
            serde_json::from_str(&std::fs::read_to_string(&labels_path).unwrap()).unwrap();
        let paths: Vec<String> = labels
            .keys()
            .map(|k| entry.path().join(k).display().to_string())
            .collect();
        for p in &paths {
            assert!(Path::new(p).is_file(), "labelled file {p} is missing");
        }
        let out = Command::cargo_bin("clausier")
            .unwrap()
            .args(["check", "--format", "json"])
            .args(&paths)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(
            report["errors"].as_array().unwrap().is_empty(),
            "{}",
            report["errors"]
        );
        for file in report["files"].as_array().unwrap() {
            let path = file["path"].as_str().unwrap();
            let name = Path::new(path).file_name().unwrap().to_str().unwrap();
            for family in FAMILIES {
                let want = &labels[name][family];
                let got = file["families"][family]["status"].as_str().unwrap();
                total += 1;
                if got == want {
                    right += 1;
                } else {
                    misses.push(format!("{path}: {family}: expected {want}, got {got}"));
                }
            }
        }
    }
    assert!(
        sets > 0 && total >= 30 * 8,
        "at least 30 labelled documents ({total} cells)"
    );
    let accuracy = 100.0 * right as f64 / total as f64;
    println!("labelled fixtures: {accuracy:.1}% ({right}/{total})");
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(
        accuracy >= 95.0,
        "accuracy {accuracy:.1}% under 95%:\n{}",
        misses.join("\n")
    );
}
