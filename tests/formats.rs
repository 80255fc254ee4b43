//! The machine-readable outputs against their schemas, and the GitHub and miette
//! formats' shapes.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const BAD: &str = "examples/cgv_saas_prestataire.md";

fn output(args: &[&str]) -> String {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn validate(schema: &str, instance: &Value) {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema);
    let index = compiler
        .compile(path.to_str().unwrap(), &mut schemas)
        .unwrap();
    if let Err(e) = schemas.validate(instance, index) {
        panic!("{schema}: {e:#}");
    }
}

/// A DOCX built here, so that formats without lines are covered too.
fn docx(dir: &Path) -> String {
    use docx_rs::{Docx, Paragraph, Run};
    let path = dir.join("contrat.docx");
    let file = std::fs::File::create(&path).unwrap();
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Article 4 – Hébergement"))
                .style("Heading1"),
        )
        .add_paragraph(
            Paragraph::new().add_run(
                Run::new().add_text(
                    "Le prestataire choisit librement le lieu d'hébergement des données.",
                ),
            ),
        )
        .build()
        .pack(file)
        .unwrap();
    path.display().to_string()
}

#[test]
fn json_report_matches_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let d = docx(dir.path());
    let v: Value =
        serde_json::from_str(&output(&["--format", "json", BAD, &d, "missing.md"])).unwrap();
    validate("docs/report.schema.json", &v);
    let docx_file = &v["files"][1];
    assert_eq!(docx_file["format"], "docx");
    let loc = docx_file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "LOC050")
        .unwrap();
    assert_eq!(loc["location"]["block"], 2);
    assert!(loc["location"].get("line").is_none(), "no line for DOCX");
    assert_eq!(loc["location"]["heading"], "Article 4 – Hébergement");
}

#[test]
fn sarif_matches_the_official_schema() {
    let dir = tempfile::tempdir().unwrap();
    let d = docx(dir.path());
    let cfg = dir.path().join("clausier.toml");
    std::fs::write(
        &cfg,
        "rule-url = \"https://example.org/rules/{code}.html\"\n",
    )
    .unwrap();
    let args = [
        "--format",
        "sarif",
        "--config",
        cfg.to_str().unwrap(),
        BAD,
        &d,
        "missing.md",
    ];
    let v: Value = serde_json::from_str(&output(&args)).unwrap();
    validate("tests/schemas/sarif-2.1.0.json", &v);
    let plain: Value = serde_json::from_str(&output(&["--format", "sarif", BAD])).unwrap();
    validate("tests/schemas/sarif-2.1.0.json", &plain);
    assert_eq!(
        plain["runs"][0]["tool"]["driver"]["rules"][0]["properties"]["docs"],
        "docs/rules/LOC001.md"
    );
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(rules.iter().all(|r| r["help"]["text"].is_string()));
    assert_eq!(rules[0]["helpUri"], "https://example.org/rules/LOC001.html");
    let results = run["results"].as_array().unwrap();
    let conf = results.iter().find(|r| r["ruleId"] == "CONF050").unwrap();
    assert_eq!(conf["level"], "error");
    assert_eq!(
        conf["locations"][0]["physicalLocation"]["region"]["startLine"],
        13
    );
    assert_eq!(
        rules[conf["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "CONF050"
    );
    let in_docx = results.iter().find(|r| r["ruleId"] == "LOC050").unwrap();
    assert_eq!(
        in_docx["locations"][0]["physicalLocation"]["region"]["startLine"], 2,
        "paragraph number"
    );
    assert_eq!(
        in_docx["locations"][0]["logicalLocations"][0]["name"],
        "paragraph 2"
    );
    assert_eq!(
        run["invocations"][0]["executionSuccessful"], false,
        "missing.md could not be read"
    );
}

#[test]
fn github_annotations() {
    let text = output(&["--format", "github", BAD]);
    let line = text.lines().find(|l| l.contains("CONF050")).unwrap();
    assert!(line.starts_with("::error file=examples/cgv_saas_prestataire.md,line=13,col=73,title=CONF050 provider-reuses-data::"), "{line}");
    assert!(text.lines().all(|l| l.starts_with("::error ")
        || l.starts_with("::warning ")
        || l.starts_with("::notice ")));
}

#[test]
fn miette_json_is_an_array_of_diagnostics() {
    let v: Value = serde_json::from_str(&output(&["--format", "miette-json", BAD])).unwrap();
    let items = v.as_array().unwrap();
    let conf = items.iter().find(|d| d["code"] == "CONF050").unwrap();
    assert_eq!(conf["severity"], "error");
    // The label names the rule, then the headings the passage stands under; the
    // filename is the file's path and nothing else.
    let label = conf["labels"][0]["label"].as_str().unwrap();
    assert!(label.starts_with("provider-reuses-data"), "{label}");
    assert!(conf["labels"][0]["span"]["offset"].as_u64().unwrap() > 0);
    for d in items {
        assert_eq!(d["filename"], BAD, "{d}");
    }
    // A whole-document finding: the file named, no label.
    let whole = items.iter().find(|d| d["code"] == "AUD001").unwrap();
    assert!(whole["labels"].as_array().unwrap().is_empty());
    // An unreadable file is reported, in the same shape.
    let v: Value = serde_json::from_str(&output(&[
        "--format",
        "miette-json",
        BAD,
        "no/such/file.md",
    ]))
    .unwrap();
    let bad = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "clausier::unreadable")
        .expect("unreadable file reported");
    assert_eq!(bad["filename"], "no/such/file.md");
}

/// SARIF: relative paths are relative to SRCROOT (given in originalUriBaseIds), an
/// absolute path becomes a file URI, and a finding's fingerprint survives an edit
/// elsewhere in the file.
#[test]
fn sarif_locations_and_fingerprints() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.md");
    let text = "# Contrat\n\nLe prestataire choisit librement le lieu d'hébergement des données.\n";
    std::fs::write(&file, text).unwrap();
    let sarif = |path: &str, cwd: &std::path::Path| -> serde_json::Value {
        let out = assert_cmd::Command::cargo_bin("clausier")
            .unwrap()
            .current_dir(cwd)
            .args(["check", "--format", "sarif", path])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let rel = sarif("c.md", dir.path());
    let run = &rel["runs"][0];
    assert!(run["originalUriBaseIds"]["SRCROOT"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("file:///"));
    let loc = &run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(loc["uri"], "c.md");
    assert_eq!(loc["uriBaseId"], "SRCROOT");
    let abs = sarif(file.to_str().unwrap(), dir.path());
    let loc = &abs["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert!(
        loc["uri"].as_str().unwrap().starts_with("file:///"),
        "{loc}"
    );
    let prints = |v: &serde_json::Value| -> Vec<(String, String)> {
        let mut p: Vec<(String, String)> = v["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["ruleId"].as_str().unwrap().to_string(),
                    r["partialFingerprints"]["clausierPassage/v1"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                )
            })
            .collect();
        p.sort();
        p
    };
    let before = prints(&rel);
    std::fs::write(
        &file,
        format!("{text}\nArticle 2 — Les prix sont fermes.\n").replacen(
            "# Contrat\n",
            "# Contrat\n\nPréambule ajouté.\n",
            1,
        ),
    )
    .unwrap();
    let after = prints(&sarif("c.md", dir.path()));
    assert_eq!(before, after);
}

/// The same finding has the same line and column (characters, 1-based) in the human
/// report, JSON, short, GitHub and SARIF, accents and curly quotes before it.
#[test]
fn the_same_column_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("col.md");
    std::fs::write(
        &file,
        "# Contrat\n\nÉtant donné l’été, le prestataire choisit librement le lieu d’hébergement des données.\n",
    )
    .unwrap();
    let run = |format: &str| {
        let out = assert_cmd::Command::cargo_bin("clausier")
            .unwrap()
            .current_dir(dir.path())
            .args(["check", "--color", "never", "--format", format, "col.md"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    let f = json["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "LOC050")
        .unwrap();
    let (line, col) = (
        f["location"]["line"].as_u64().unwrap(),
        f["location"]["column"].as_u64().unwrap(),
    );
    assert!(run("short").contains(&format!("col.md:{line}:{col}: error[LOC050]")));
    assert!(run("github").contains(&format!("line={line},col={col},title=LOC050")));
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let r = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "LOC050")
        .unwrap();
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        col
    );
    assert!(
        run("human").contains(&format!(":{line}:{col}]")),
        "{}",
        run("human")
    );
}

/// A finding decided on a clause frame says, in JSON, how the clause was read.
#[test]
fn frame_findings_carry_the_clause_reading() {
    let v: Value = serde_json::from_str(&output(&["--format", "json", BAD])).unwrap();
    let f = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "CONF052")
        .expect("CONF052 fires on the bad example");
    let reading = f["reading"].as_str().unwrap();
    assert!(
        reading.contains("bearer=provider") && reading.contains("reuse("),
        "{reading}"
    );
}
