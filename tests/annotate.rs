//! `clausier annotate`: a reviewed copy of a Word contract with the findings as
//! comments and, on request, the model clauses as tracked insertions. The copy must
//! open in Word's readers, keep what was there, and read back as the original.

use assert_cmd::Command;
use docx_rs::{Comment, Docx, Paragraph, Run};
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

const CONTRARY: &str = "Le prestataire peut supprimer les données à tout moment, sans préavis.";

/// A contract with a heading, a confidentiality article, a contrary clause and a
/// comment of the buyer's suppressing a finding on its paragraph.
fn contract(path: &Path) {
    let note =
        Comment::new(1).author("Juriste").add_paragraph(
            Paragraph::new().add_run(
                Run::new().add_text(
                    "clausier-disable LOC050 hébergement hors UE accepté par avenant n° 2",
                ),
            ),
        );
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Article 1 – Confidentialité"))
                .style("Heading1"),
        )
        .add_paragraph(Paragraph::new().add_run(
            Run::new().add_text("Le titulaire garde confidentielles les données de l'acheteur."),
        ))
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Article 2 – Données"))
                .style("Heading1"),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Le service est fourni en ligne. "))
                .add_run(Run::new().add_text(CONTRARY).bold()),
        )
        .add_paragraph(
            Paragraph::new()
                .add_comment_start(note)
                .add_run(Run::new().add_text(
                    "Le prestataire choisit librement le lieu d'hébergement des données.",
                ))
                .add_comment_end(1),
        )
        .build()
        .pack(std::fs::File::create(path).unwrap())
        .unwrap();
}

fn part(docx: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

/// The findings `check` reports, as (code, block) pairs.
fn findings(path: &Path) -> BTreeSet<(String, Option<u64>)> {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json", path.to_str().unwrap()])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["location"]["block"].as_u64(),
            )
        })
        .collect()
}

fn ids(xml: &str, element: &str) -> Vec<String> {
    let open = format!("<w:{element} w:id=\"");
    xml.match_indices(&open)
        .map(|(i, m)| {
            let rest = &xml[i + m.len()..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn comments_are_anchored_and_the_copy_reads_as_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("contrat.docx");
    contract(&original);
    let before = std::fs::read(&original).unwrap();
    Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", original.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&original).unwrap(),
        before,
        "the original is untouched"
    );
    let copy = dir.path().join("contrat.clausier.docx");

    // Word's own structure: every new comment has its range and its reference, ids
    // are unique, the part is declared and linked.
    let document = part(&copy, "word/document.xml");
    let comments = part(&copy, "word/comments.xml");
    let ours = ids(&comments, "comment");
    let unique: BTreeSet<&String> = ours.iter().collect();
    assert_eq!(unique.len(), ours.len(), "comment ids are unique");
    assert!(
        ours.len() >= 3,
        "the buyer's comment and clausier's: {ours:?}"
    );
    for id in &ours {
        for element in ["commentRangeStart", "commentRangeEnd", "commentReference"] {
            assert!(
                ids(&document, element).contains(id),
                "comment {id} has no {element}"
            );
        }
    }
    assert!(
        comments.contains("w:author=\"Juriste\""),
        "the buyer's comment is kept"
    );
    assert!(comments.contains("w:author=\"clausier\""));
    assert!(part(&copy, "[Content_Types].xml").contains("/word/comments.xml"));
    assert!(part(&copy, "word/_rels/document.xml.rels").contains("relationships/comments"));

    // The contrary clause's comment stands on its run, not on the whole paragraph.
    let del = findings(&original)
        .into_iter()
        .find(|(c, _)| c.starts_with("DEL"))
        .expect("a deletion finding on the contrary clause");
    let at = comments.find(&format!("[{}", del.0)).unwrap();
    let id = &comments[..at].rsplit("w:id=\"").next().unwrap();
    let id = &id[..id.find('"').unwrap()];
    let start = document
        .find(&format!("<w:commentRangeStart w:id=\"{id}\"/>"))
        .unwrap();
    let end = document
        .find(&format!("<w:commentRangeEnd w:id=\"{id}\"/>"))
        .unwrap();
    let anchored = &document[start..end];
    assert!(anchored.contains("sans préavis"), "{anchored}");
    assert!(!anchored.contains("fourni en ligne"), "{anchored}");

    // docx-rs reads the copy, with the comments.
    let read = docx_rs::read_docx(&std::fs::read(&copy).unwrap()).unwrap();
    assert_eq!(read.comments.inner().len(), ours.len());

    // Checked again, the copy gives the same findings: comments are not contract
    // text, and the buyer's suppression still holds.
    assert_eq!(findings(&copy), findings(&original));
    assert!(!findings(&copy)
        .iter()
        .any(|(c, b)| c == "LOC050" && *b == Some(5)));
}

#[test]
fn suggested_clauses_are_tracked_insertions_not_read_as_contract_text() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("contrat.docx");
    contract(&original);
    let copy = dir.path().join("revu.docx");
    Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", "--suggest", original.to_str().unwrap(), "-o"])
        .arg(&copy)
        .assert()
        .success();
    let document = part(&copy, "word/document.xml");
    let insertions = ids(&document, "ins");
    assert!(insertions.len() >= 2, "model clauses inserted");
    assert!(document.contains("<w:ins w:id=\"") && document.contains("w:author=\"clausier\""));
    // The confidentiality model goes into article 1, before article 2's heading.
    let article_2 = document.find("Article 2").unwrap();
    assert!(document[..article_2].contains("w:author=\"clausier\""));
    // Not accepted, the insertions are not read: the same findings as the original.
    assert_eq!(findings(&copy), findings(&original));
    docx_rs::read_docx(&std::fs::read(&copy).unwrap()).unwrap();
}

#[test]
fn never_writes_over_the_original_and_reads_only_word() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("contrat.docx");
    contract(&original);
    let before = std::fs::read(&original).unwrap();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", original.to_str().unwrap(), "-o"])
        .arg(&original)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("original"));
    assert_eq!(std::fs::read(&original).unwrap(), before);

    let md = dir.path().join("c.md");
    std::fs::write(&md, "# Article 1\n\nTexte.\n").unwrap();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", "--lang", "en", md.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format html"));

    let broken = dir.path().join("b.docx");
    std::fs::write(&broken, b"PK\x03\x04broken").unwrap();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", broken.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("b.docx"));
    assert!(!dir.path().join("b.clausier.docx").exists());
}

mod common;

/// A small but whole OpenDocument text (mimetype first and stored, a manifest).
fn odt(path: &Path) {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:text><text:h text:outline-level="1">Article 1 – Confidentialité</text:h><text:p>Le titulaire garde confidentielles les données de l'acheteur.</text:p><text:h text:outline-level="1">Article 2 – Données</text:h><text:p>Le service est fourni en ligne. <text:span>Le prestataire peut supprimer les données à tout moment, sans préavis.</text:span></text:p></office:text></office:body></office:document-content>"#;
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    common::package(
        path,
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.text".to_vec(),
            ),
            ("content.xml", content.as_bytes().to_vec()),
            ("META-INF/manifest.xml", manifest.as_bytes().to_vec()),
        ],
        false,
    );
}

#[test]
fn an_opendocument_copy_has_annotations_and_tracked_insertions() {
    let dir = tempfile::tempdir().unwrap();
    let original = dir.path().join("contrat.odt");
    odt(&original);
    let before = std::fs::read(&original).unwrap();
    Command::cargo_bin("clausier")
        .unwrap()
        .args(["annotate", "--suggest", original.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(std::fs::read(&original).unwrap(), before);
    let copy = dir.path().join("contrat.clausier.odt");
    let content = part(&copy, "content.xml");
    let names: Vec<&str> = content
        .match_indices("<office:annotation office:name=\"")
        .map(|(i, m)| {
            let rest = &content[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert!(names.len() >= 2, "{content}");
    for name in &names {
        assert!(content.contains(&format!("<office:annotation-end office:name=\"{name}\"/>")));
    }
    // The contrary clause's annotation covers the words check points at, no more.
    let del = content.find("[DEL").unwrap();
    let name = &content[..del].rsplit("office:name=\"").next().unwrap();
    let name = &name[..name.find('"').unwrap()];
    let start = content[del..].find("</office:annotation>").unwrap() + del;
    let end = content
        .find(&format!("<office:annotation-end office:name=\"{name}\"/>"))
        .unwrap();
    let anchored = &content[start..end];
    assert!(
        anchored.contains("supprimer") && !anchored.contains("en ligne"),
        "{anchored}"
    );
    // Suggested clauses: listed as insertions by clausier, and not read back.
    assert!(content.contains("<text:changed-region text:id=\"clausierct1\"><text:insertion>"));
    assert!(content.contains("<text:change-start text:change-id=\"clausierct1\"/>"));
    assert_eq!(findings(&copy), findings(&original));
    // The mimetype entry stays first and stored, as OpenDocument requires.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&copy).unwrap()).unwrap();
    let first = zip.by_index(0).unwrap();
    assert_eq!(first.name().unwrap(), "mimetype");
    assert_eq!(first.compression(), zip::CompressionMethod::Stored);
}
