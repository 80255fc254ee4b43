//! The documentation a user reads stands on its own: nothing in the README or docs/
//! points outside the repository.

use std::fs;
use std::path::Path;

fn markdown_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

#[test]
fn docs_link_nothing_outside_the_repository() {
    let mut files = vec![Path::new("README.md").to_path_buf()];
    markdown_files(Path::new("docs"), &mut files);
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        assert!(
            !text.contains("../shared"),
            "{} points outside the repository",
            f.display()
        );
    }
}

/// Every key of the pack's `[grammar]` table is told in docs/rules.md: a key added to
/// the format without its line there fails here.
#[test]
fn every_grammar_key_is_documented() {
    let format = std::fs::read_to_string("src/rules/format.rs").unwrap();
    let docs = std::fs::read_to_string("docs/rules.md").unwrap();
    let start = format.find("pub struct GrammarDef").unwrap();
    let body = &format[start..start + format[start..].find("\n}").unwrap()];
    let keys: Vec<&str> = body
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub "))
        .filter_map(|l| l.split(':').next())
        .filter(|k| !k.contains(' '))
        .collect();
    assert!(keys.len() >= 10, "{keys:?}");
    for key in keys {
        assert!(
            docs.contains(&format!("`{key}`")),
            "docs/rules.md does not tell `{key}`"
        );
    }
}
