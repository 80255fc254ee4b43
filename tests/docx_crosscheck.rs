//! docx-rs as an independent second reader: on well-formed files, the words
//! clausier reads from the body must be the words docx-rs reads (paragraphs and
//! tables, tracked insertions in, deletions out). docx-rs is not the main reader
//! (docs/architecture.md) but it is a good witness.

use assert_cmd::Command;
use docx_rs::{DocumentChild, TableCellContent, TableChild, TableRowChild};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn words(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *out.entry(w.to_lowercase()).or_default() += 1;
    }
    out
}

fn docx_rs_text(bytes: &[u8]) -> String {
    let docx = docx_rs::read_docx(bytes).unwrap();
    let mut out = String::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => {
                out.push_str(&p.raw_text());
                out.push('\n');
            }
            DocumentChild::Table(t) => {
                for TableChild::TableRow(row) in &t.rows {
                    for TableRowChild::TableCell(cell) in &row.cells {
                        for c in &cell.children {
                            if let TableCellContent::Paragraph(p) = c {
                                out.push_str(&p.raw_text());
                                out.push('\n');
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn clausier_text(path: &Path) -> String {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v[0]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        // docx-rs reads the body only; footnotes are clausier's own extra.
        .filter(|b| b["kind"] != "footnote")
        .map(|b| b["text"].as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn built_with_docx_rs() {
    use docx_rs::{Delete, Docx, Insert, Paragraph, Run, Table, TableCell, TableRow};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("built.docx");
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Article 4 – Hébergement"))
                .style("Heading1"),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Les données sont "))
                .add_run(Run::new().add_text("hébergées").bold())
                .add_run(Run::new().add_text(" exclusivement en France"))
                .add_insert(Insert::new(Run::new().add_text(", sauvegardes comprises")))
                .add_delete(Delete::new().add_run(Run::new().add_delete_text(" ou dans tout pays")))
                .add_run(Run::new().add_text(".")),
        )
        .add_table(Table::new(vec![TableRow::new(vec![
            TableCell::new()
                .add_paragraph(Paragraph::new().add_run(Run::new().add_text("Sécurité"))),
            TableCell::new().add_paragraph(
                Paragraph::new().add_run(Run::new().add_text("Chiffrement AES-256 des bases.")),
            ),
        ])]))
        .build()
        .pack(std::fs::File::create(&path).unwrap())
        .unwrap();
    let ours = clausier_text(&path);
    assert!(
        ours.contains("Les données sont hébergées exclusivement en France, sauvegardes comprises."),
        "{ours}"
    );
    assert!(!ours.contains("tout pays"));
    assert_eq!(
        words(&ours),
        words(&docx_rs_text(&std::fs::read(&path).unwrap()))
    );
}

#[test]
fn labelled_docx_fixtures() {
    let dir = Path::new("fixtures/labelled-dev");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "docx") {
            continue;
        }
        let theirs = words(&docx_rs_text(&std::fs::read(&path).unwrap()));
        let ours = words(&clausier_text(&path));
        assert_eq!(ours, theirs, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 6);
}
