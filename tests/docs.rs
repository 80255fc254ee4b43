//! The documentation a user reads stands on its own: nothing in the README or docs/
//! points outside the repository.

use std::fs;
use std::path::Path;

/// Every file under `dir` whose extension is `ext`.
fn files_with_extension(dir: &Path, ext: &str, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            files_with_extension(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

#[test]
fn docs_link_nothing_outside_the_repository() {
    let mut files = vec![Path::new("README.md").to_path_buf()];
    files_with_extension(Path::new("docs"), "md", &mut files);
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

/// The lexicon classes the engine reads by name (`lexicon.qualifier.class("loss")`)
/// are the pack's contract with the code: docs/rules.md names each of them.
#[test]
fn every_class_the_engine_reads_by_name_is_documented() {
    let docs = fs::read_to_string("docs/rules.md").unwrap();
    let mut files = Vec::new();
    files_with_extension(Path::new("src/engine"), "rs", &mut files);
    let mut names = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for piece in text.split(".class(\"").skip(1) {
            let name = &piece[..piece.find('"').unwrap()];
            names.push((name.to_string(), f.display().to_string()));
        }
    }
    assert!(names.len() >= 10, "{names:?}");
    for (name, file) in names {
        assert!(
            docs.contains(&format!("`{name}`")),
            "docs/rules.md does not name the class `{name}` that {file} reads"
        );
    }
}
