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
