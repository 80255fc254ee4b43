//! Hostile and broken inputs: each one gives its error (or is read), quickly, and
//! the run goes on with the other files. Every case runs the real binary beside a
//! good file, which must still be judged.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

mod common;
use common::{document, package};
use std::time::{Duration, Instant};

const GOOD: &str = "examples/ccap_hebergement_ged.md";

/// Runs `check --format json` on the file and the good one; returns the error
/// message for the file (None if it was read) after checking the good file was judged.
fn check(file: &Path, extra: &[&str]) -> (Option<String>, Value) {
    let start = Instant::now();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json", "--lang", "en"])
        .args(extra)
        .arg(file)
        .arg(GOOD)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{}: took {:?}",
        file.display(),
        start.elapsed()
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    let good_judged = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["path"] == GOOD);
    assert!(
        good_judged,
        "the good file is still judged after {}",
        file.display()
    );
    let error = v["errors"]
        .as_array()
        .unwrap()
        .first()
        .map(|e| e["message"].as_str().unwrap().to_string());
    if error.is_some() {
        assert_eq!(out.status.code(), Some(2));
    }
    (error, v)
}

#[track_caller]
fn expect_error(file: &Path, extra: &[&str], words: &str) {
    let (error, _) = check(file, extra);
    let error = error.unwrap_or_else(|| panic!("{} was read without error", file.display()));
    assert!(
        error.contains(words),
        "{}: `{error}` should say `{words}`",
        file.display()
    );
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn zip_bomb_is_capped() {
    let dir = tmp();
    let p = dir.path().join("bomb.docx");
    // 300 MB of spaces inflate from a few hundred KB; written in chunks.
    let mut zip = zip::ZipWriter::new(fs::File::create(&p).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("word/document.xml", opts).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..300 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap();
    assert!(fs::metadata(&p).unwrap().len() < 2 << 20);
    expect_error(
        &p,
        &["--max-part-size", "10"],
        "inflates to more than 10 MiB (a zip bomb?)",
    );
}

#[test]
fn billion_laughs_is_not_expanded() {
    let dir = tmp();
    let p = dir.path().join("laughs.docx");
    let mut dtd = String::from(r#"<!DOCTYPE w:document [<!ENTITY l0 "ha">"#);
    for i in 1..10 {
        let prev = i - 1;
        dtd.push_str(&format!(r#"<!ENTITY l{i} "&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};&l{prev};">"#));
    }
    dtd.push_str("]>");
    let xml = format!(
        r#"<?xml version="1.0"?>{dtd}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Début &l9; fin</w:t></w:r></w:p></w:body></w:document>"#
    );
    package(&p, &[("word/document.xml", xml.into_bytes())], true);
    let (error, v) = check(&p, &[]);
    assert!(error.is_none(), "{error:?}");
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract", "--format", "json"])
        .arg(&p)
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc[0]["blocks"][0]["text"], "Début  fin");
    assert_eq!(v["files"][0]["format"], "docx");
}

#[test]
fn external_entity_is_never_read() {
    let dir = tmp();
    let p = dir.path().join("xxe.docx");
    let xml = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>X&xxe;Y</w:t></w:r></w:p></w:body></w:document>"#;
    package(&p, &[("word/document.xml", xml.as_bytes().to_vec())], true);
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract"])
        .arg(&p)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("XY") && !text.contains("root:"), "{text}");
}

#[test]
fn docx_without_document_xml() {
    let dir = tmp();
    let p = dir.path().join("empty-package.docx");
    package(&p, &[("word/styles.xml", b"<w:styles/>".to_vec())], true);
    expect_error(&p, &[], "has no word/document.xml");
}

#[test]
fn hundred_thousand_empty_paragraphs() {
    let dir = tmp();
    let p = dir.path().join("vide.docx");
    let body = "<w:p/>".repeat(100_000) + "<w:p><w:r><w:t>Fin.</w:t></w:r></w:p>";
    package(&p, &[("word/document.xml", document(&body))], true);
    let (error, v) = check(&p, &[]);
    assert!(error.is_none(), "{error:?}");
    assert_eq!(
        v["files"][0]["families"]["localisation"]["status"],
        "missing"
    );
}

#[test]
fn deep_xml_nesting() {
    let dir = tmp();
    let p = dir.path().join("deep.docx");
    let body = "<w:sdt>".repeat(10_000) + &"</w:sdt>".repeat(10_000);
    package(&p, &[("word/document.xml", document(&body))], true);
    expect_error(&p, &[], "nested deeper than 256 levels");
}

#[test]
fn sparse_gigabyte_file_is_refused_without_reading_it() {
    let dir = tmp();
    let p = dir.path().join("huge.pdf");
    let f = fs::File::create(&p).unwrap();
    f.set_len(1 << 30).unwrap();
    expect_error(&p, &[], "over the limit of 200 MiB");
}

#[cfg(unix)]
#[test]
fn symlink_loop() {
    let dir = tmp();
    let a = dir.path().join("a.md");
    let b = dir.path().join("b.md");
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    expect_error(&a, &[], "symbolic links");
    // A directory walk does not follow them into a loop either.
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(serde_json::from_slice::<Value>(&out.stdout).is_ok());
}

#[cfg(unix)]
#[test]
fn path_with_non_utf8_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tmp();
    let name = std::ffi::OsStr::from_bytes(b"contrat-\xff.md");
    let p: PathBuf = dir.path().join(name);
    fs::copy(GOOD, &p).unwrap();
    let (error, v) = check(&p, &[]);
    assert!(error.is_none(), "{error:?}");
    assert!(v["files"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("contrat-\u{fffd}.md"));
}

#[test]
fn pdf_with_broken_xref_is_read_or_refused_cleanly() {
    let dir = tmp();
    let p = dir.path().join("xref.pdf");
    let mut bytes = common::pdf_of_pages(&["Article 1 Objet du contrat"]);
    let at = String::from_utf8_lossy(&bytes).find("xref\n").unwrap();
    bytes[at + 5..at + 40].fill(b'#');
    fs::write(&p, &bytes).unwrap();
    // lopdf may rebuild the table; either way: no panic, no hang, a message if refused.
    let (error, _) = check(&p, &[]);
    if let Some(e) = error {
        assert!(
            e.contains("damaged PDF") || e.contains("internal error"),
            "{e}"
        );
    }
}

#[test]
fn encrypted_pdf() {
    // Made with qpdf 11 (AES-256): one with a user password, one with an owner
    // password only (printing restrictions), which opens without a password.
    expect_error(
        Path::new("fixtures/hostile/encrypted-user-password.pdf"),
        &[],
        "encrypted PDF protected by a password",
    );
    let (error, v) = check(Path::new("fixtures/hostile/encrypted-owner-only.pdf"), &[]);
    assert!(error.is_none(), "{error:?}");
    assert_eq!(v["files"][0]["format"], "pdf");
}

#[test]
fn password_protected_word_file() {
    let dir = tmp();
    let p = dir.path().join("protege.docx");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(4096, 0);
    fs::write(&p, bytes).unwrap();
    expect_error(&p, &[], "password-protected");
}

#[test]
fn markdown_of_one_fifty_megabyte_line() {
    let dir = tmp();
    let p = dir.path().join("ligne.md");
    fs::write(&p, "données ".repeat(50 * 1024 * 1024 / 9)).unwrap();
    expect_error(
        &p,
        &[],
        "is a Markdown file of 50 MiB, over the limit of 20 MiB for text formats (raise it with --max-markdown-size)",
    );
}

#[test]
fn plain_text_over_the_limit_is_named_text() {
    let dir = tmp();
    let p = dir.path().join("ligne.txt");
    fs::write(&p, "données ".repeat(25 * 1024 * 1024 / 9)).unwrap();
    expect_error(&p, &[], "is a text file of");
}

#[test]
fn slow_file_is_reported_not_waited_for() {
    // 200,000 paragraphs take far longer than a millisecond to read.
    let dir = tmp();
    let p = dir.path().join("long.docx");
    let body = "<w:p><w:r><w:t>Texte.</w:t></w:r></w:p>".repeat(200_000);
    package(&p, &[("word/document.xml", document(&body))], true);
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json", "--timeout", "0.001"])
        .args(["--lang", "en"])
        .arg(&p)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2));
    let message = v["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains(
            "took longer than 0.001 s to read and was abandoned (raise the limit with --timeout)"
        ),
        "{message}"
    );
}

#[test]
fn legacy_doc_and_unknown_extension() {
    let dir = tmp();
    let doc = dir.path().join("ancien.doc");
    fs::write(&doc, b"binary").unwrap();
    expect_error(&doc, &[], "legacy Word .doc");
    let txt = dir.path().join("notes.rtf");
    fs::write(&txt, b"texte").unwrap();
    expect_error(&txt, &[], "unsupported extension `.rtf`");
}

/// Regression: found by the pdf fuzz target. pdf-extract 0.12.1 panics ("Font",
/// lib.rs:204) on a page whose font resource is missing; the page is lost with a
/// warning, the file and the run go on, and nothing is printed as a panic.
#[test]
fn fuzz_pdf_page_whose_font_is_missing() {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract", "fixtures/hostile/fuzz-pdf-font-panic.pdf"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stdout.contains("warning: page 1 could not be read (the PDF library failed: Font)"),
        "{stdout}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// Regression: found by the pdf fuzz target (a timeout). A page that is its own
/// `/Parent` sent pdf-extract's inherited-resource lookup into endless recursion: an
/// infinite loop in release builds, a stack overflow (killing the whole run) in debug.
/// The page is now refused before pdf-extract sees it.
#[test]
fn fuzz_pdf_page_that_is_its_own_parent() {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract", "fixtures/hostile/fuzz-pdf-parent-loop.pdf", GOOD])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.contains("warning: page 1 could not be read (its page tree loops on itself)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("# examples/ccap_hebergement_ged.md"),
        "the next file is read"
    );
}

#[test]
fn package_and_page_limits_have_flags() {
    let dir = tmp();
    let p = dir.path().join("many.docx");
    let mut parts: Vec<(String, Vec<u8>)> = (0..50)
        .map(|i| (format!("media/{i}.bin"), vec![0u8; 4]))
        .collect();
    parts.push((
        "word/document.xml".into(),
        document("<w:p><w:r><w:t>Texte.</w:t></w:r></w:p>"),
    ));
    let refs: Vec<(&str, Vec<u8>)> = parts.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    package(&p, &refs, false);
    expect_error(
        &p,
        &["--max-zip-entries", "20"],
        "has 51 entries in its package, over the limit of 20 (raise it with --max-zip-entries)",
    );
    expect_error(
        Path::new("fixtures/formats/one-page.pdf"),
        &["--max-pdf-pages", "0"],
        "has 1 pages, over the limit of 0 (raise it with --max-pdf-pages)",
    );
    expect_error(
        Path::new("fixtures/formats/features.odt"),
        &["--max-xml-depth", "3"],
        "nested deeper than 3 levels",
    );
}

#[test]
fn empty_file_not_a_zip_and_truncated_zip() {
    let dir = tmp();
    let empty = dir.path().join("vide.md");
    fs::write(&empty, b"").unwrap();
    expect_error(&empty, &[], "is empty");
    let text = dir.path().join("texte.docx");
    fs::write(&text, b"Ceci n'est pas un document Word.").unwrap();
    expect_error(&text, &[], "not a Word (.docx) file (not a zip package)");
    let bytes = fs::read("fixtures/formats/features.docx").unwrap();
    let cut = dir.path().join("coupe.docx");
    fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    expect_error(&cut, &[], "damaged or truncated zip package");
}

#[test]
fn misuse_is_exit_2() {
    for args in [
        vec!["check", "--format", "xml"],
        vec!["check", "--fail-on", "sometimes"],
        vec!["frobnicate"],
        vec!["explain"],
    ] {
        let out = Command::cargo_bin("clausier")
            .unwrap()
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

/// Regression: found by the rule_pack fuzz target (a panic). A pattern escaping a
/// letter of several bytes (`"\\һ"`) was cut inside the letter while `{name}` and
/// `word~` were expanded, and the whole run crashed. It is now an invalid pattern,
/// located in the pack, exit 2.
#[test]
fn fuzz_pack_pattern_escaping_a_multibyte_letter() {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args([
            "rules",
            "--pack",
            "fixtures/hostile/fuzz-pack-escaped-multibyte.toml",
            "--lang",
            "en",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("invalid pattern"), "{stderr}");
    assert!(
        stderr.contains("fuzz-pack-escaped-multibyte.toml:11"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A DOCX whose document.xml was cut short (a truncated download), even at a tag's
/// end, is not read: an error saying so, no status.
#[test]
fn truncated_docx_is_not_judged() {
    let dir = tmp();
    let full = String::from_utf8(document(
        "<w:p><w:r><w:t>Les données sont hébergées en France.</w:t></w:r></w:p><w:p><w:r><w:t>Fin.</w:t></w:r></w:p>",
    ))
    .unwrap();
    let cut = &full[..full.find("<w:p><w:r><w:t>Fin").unwrap()];
    let p = dir.path().join("cut.docx");
    package(&p, &[("word/document.xml", cut.as_bytes().to_vec())], true);
    expect_error(&p, &[], "truncated");
}
