//! The HTML report: one self-contained, well-formed page with a scorecard per
//! document, the passages highlighted, escaped text, and the user's language.

use assert_cmd::Command;
use quick_xml::events::Event;
use serde_json::Value;

fn run(args: &[&str]) -> (String, i32) {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .arg("check")
        .args(["--format", "html"])
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        out.status.code().unwrap(),
    )
}

/// Every element closed in order (the page is written as XHTML-compatible HTML so
/// that an XML parser can check it), and the text of every `<mark>`.
fn check_well_formed(html: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(html);
    reader.config_mut().check_end_names = true;
    let (mut open, mut marks, mut in_mark) = (Vec::new(), Vec::new(), false);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = e.name().0.to_string();
                in_mark = name == "mark";
                if in_mark {
                    marks.push(String::new());
                }
                open.push(name);
            }
            Ok(Event::End(_)) => {
                open.pop();
                in_mark = false;
            }
            Ok(Event::Text(t)) if in_mark => {
                marks.last_mut().unwrap().push_str(&t.into_inner());
            }
            Ok(Event::GeneralRef(r)) if in_mark => {
                let c = match r.resolve_char_ref().unwrap() {
                    Some(c) => c,
                    None => match &*r.into_inner() {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        other => panic!("unknown entity {other}"),
                    },
                };
                marks.last_mut().unwrap().push(c);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    marks
}

#[test]
fn one_self_contained_page_with_scorecards_and_contents() {
    let (html, code) = run(&["examples/"]);
    assert_eq!(code, 1, "the second example breaks error rules");
    check_well_formed(&html);
    for external in ["<script", "<link", "src=", "@import", "url("] {
        assert!(!html.contains(external), "external asset: {external}");
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    // Two documents: a table of contents, and eight family rows in each scorecard.
    assert!(html.contains("<nav"));
    assert_eq!(html.matches("<th scope=\"row\">").count(), 16);
    assert!(
        html.contains("contraire"),
        "statuses in words, not only colours"
    );
    assert!(html.contains("@media print"));
}

#[test]
fn passages_are_highlighted_as_check_reports_them() {
    let bad = "examples/cgv_saas_prestataire.md";
    let (html, _) = run(&[bad]);
    assert!(!html.contains("<nav"), "one document: no table of contents");
    let marks = check_well_formed(&html);
    let json = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json", bad])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    let findings = report["files"][0]["findings"].as_array().unwrap();
    let located: Vec<&Value> = findings
        .iter()
        .filter(|f| f["excerpt"].is_string())
        .collect();
    assert!(!located.is_empty());
    for f in located {
        let excerpt = f["excerpt"].as_str().unwrap();
        assert!(
            marks
                .iter()
                .any(|m| !m.is_empty() && excerpt.contains(m.as_str())),
            "no highlighted passage for {} in {excerpt:?}",
            f["code"]
        );
    }
}

#[test]
fn document_text_is_escaped_and_english_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contrat.md");
    std::fs::write(
        &path,
        "# Article 1 <script>alert(1)</script>\n\nLe titulaire peut supprimer les données à tout moment, sans préavis & < 72 heures.\n",
    )
    .unwrap();
    let (html, _) = run(&["--lang", "en", path.to_str().unwrap()]);
    check_well_formed(&html);
    assert!(!html.contains("<script>"));
    assert!(!html.contains("& < 72"));
    assert!(html.contains("&amp; &lt; 72"));
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("The eight clause families"));
}

#[test]
fn unreadable_files_are_reported_in_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("tronque.docx");
    std::fs::write(&broken, b"PK\x03\x04 not a whole zip").unwrap();
    let (html, code) = run(&[broken.to_str().unwrap(), "examples/ccap_hebergement_ged.md"]);
    assert_eq!(code, 2);
    check_well_formed(&html);
    assert!(html.contains("illisible"));
    assert!(html.contains("tronque.docx"));
    assert!(html.contains("1 fichier(s) illisible(s)"));
    // The readable one is still judged.
    assert_eq!(html.matches("<th scope=\"row\">").count(), 8);
}
