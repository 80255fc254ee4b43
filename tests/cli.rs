//! End-to-end tests of the command line: the real binary on files.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

const GOOD: &str = "examples/ccap_hebergement_ged.md";
const BAD: &str = "examples/cgv_saas_prestataire.md";

fn clausier() -> Command {
    let mut c = Command::cargo_bin("clausier").unwrap();
    c.env_remove("NO_COLOR");
    c
}

fn json_of(args: &[&str]) -> (Value, i32) {
    let out = clausier()
        .args(["check", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)));
    (v, out.status.code().unwrap())
}

#[test]
fn good_contract_is_ok_on_every_family_and_exits_0() {
    let (v, code) = json_of(&[GOOD]);
    assert_eq!(code, 0);
    assert_eq!(v["version"], 1);
    assert_eq!(v["packs"][0], "circulaire-2016");
    let fams = v["files"][0]["families"].as_object().unwrap();
    assert_eq!(fams.len(), 8);
    for (name, f) in fams {
        assert_eq!(f["status"], "ok", "{name}");
    }
}

#[test]
fn bad_contract_exits_1_with_located_findings() {
    let (v, code) = json_of(&[BAD]);
    assert_eq!(code, 1);
    let file = &v["files"][0];
    assert_eq!(file["families"]["confidentiality"]["status"], "contrary");
    assert_eq!(file["families"]["portability"]["status"], "contrary");
    assert_eq!(file["families"]["deletion"]["status"], "contrary");
    assert_eq!(file["families"]["auditability"]["status"], "missing");
    let conf = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "CONF050")
        .unwrap();
    assert_eq!(conf["severity"], "error");
    assert_eq!(conf["location"]["line"], 13);
    let source = fs::read_to_string(BAD).unwrap();
    let (o, l) = (
        conf["span"]["offset"].as_u64().unwrap() as usize,
        conf["span"]["length"].as_u64().unwrap() as usize,
    );
    assert_eq!(&source[o..o + l], "à des fins statistiques");
}

#[test]
fn unreadable_file_is_reported_and_the_others_still_judged() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("ancien.doc");
    fs::write(&doc, b"\xd0\xcf\x11\xe0 legacy").unwrap();
    let (v, code) = json_of(&[doc.to_str().unwrap(), GOOD, "does/not/exist.md"]);
    assert_eq!(code, 2);
    assert_eq!(v["files"].as_array().unwrap().len(), 1);
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert!(errors[0]["message"].as_str().unwrap().contains(".doc"));
    // In the user's language: French by default, English when asked.
    assert!(errors[1]["message"]
        .as_str()
        .unwrap()
        .contains("n'existe pas"));
    let (v, _) = json_of(&["--lang", "en", "does/not/exist.md", GOOD]);
    assert!(v["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("does not exist"));
}

#[test]
fn directories_are_walked_in_sorted_order() {
    let (v, _) = json_of(&["examples"]);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        vec![
            "examples/ccap_hebergement_ged.md",
            "examples/cgv_saas_prestataire.md"
        ]
    );
}

#[test]
fn short_format_is_one_line_per_finding() {
    let out = clausier()
        .args(["check", "--format", "short", BAD])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text.lines().find(|l| l.contains("[CONF050]")).unwrap();
    assert_eq!(line, "examples/cgv_saas_prestataire.md:13:73: error[CONF050] le contrat permet au titulaire de réutiliser les données pour ses propres fins");
    assert!(text
        .lines()
        .all(|l| l.starts_with("examples/cgv_saas_prestataire.md:")));
}

#[test]
fn human_format_shows_passage_help_and_scorecard_without_colour() {
    let out = clausier()
        .args(["check", "--color", "never", BAD])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "no colour codes");
    assert!(text.contains("CONF050"));
    assert!(
        text.contains("provider-reuses-data"),
        "label under the passage"
    );
    assert!(
        text.contains("s'interdit toute utilisation"),
        "model clause in help"
    );
    assert!(text.contains("Confidentialité des données"));
    assert!(text.contains("contrary"));
    assert!(text.contains("fichier(s) lu(s)"));
}

#[test]
fn english_messages() {
    let out = clausier()
        .args(["check", "--format", "short", "--lang", "en", BAD])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("the contract lets the provider reuse the data for its own purposes"));
}

#[test]
fn select_ignore_and_fail_on() {
    let out = clausier()
        .args(["check", "--format", "short", "--select", "CONF", BAD])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.lines().count() > 0 && text.lines().all(|l| l.contains("[CONF")),
        "{text}"
    );
    let out = clausier()
        .args([
            "check",
            "--format",
            "short",
            "--ignore",
            "LOC,SEC,CONF,TRA,AUD,REV,POR,DEL",
            BAD,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "only warnings and info left");
    let out = clausier()
        .args([
            "check",
            "--fail-on",
            "warning",
            "--ignore",
            "LOC,SEC,CONF,TRA,AUD,REV,POR,DEL",
            BAD,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = clausier()
        .args(["check", "--fail-on", "never", BAD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn stdin_is_markdown_under_a_name() {
    let out = clausier()
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "projet.md",
            "-",
        ])
        .write_stdin("Le prestataire choisit librement le lieu d'hébergement des données.\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "projet.md");
    assert_eq!(
        v["files"][0]["families"]["localisation"]["status"],
        "contrary"
    );
}

#[test]
fn settings_change_the_judgement() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ue.md");
    fs::write(
        &f,
        "Les données et leurs sauvegardes sont hébergées exclusivement dans l'Union européenne.\n",
    )
    .unwrap();
    let (v, _) = json_of(&[f.to_str().unwrap()]);
    assert_eq!(v["files"][0]["families"]["localisation"]["status"], "weak");
    let (v, _) = json_of(&["--set", "territory=eu", f.to_str().unwrap()]);
    assert_eq!(v["files"][0]["families"]["localisation"]["status"], "ok");
    let out = clausier()
        .args(["check", "--set", "territory=moon", GOOD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("valeurs admises : france, eu"));
}

#[test]
fn rules_and_explain() {
    let out = clausier().arg("rules").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for code in ["LOC001", "SEC011", "DEL050", "ARC001", "EXT001", "SUB001"] {
        assert!(text.contains(code), "{code}");
    }
    let out = clausier().args(["explain", "del050"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("# DEL050 provider-keeps-data"));
    assert!(
        text.contains("question écrite n° 7619"),
        "the note's legal status is stated"
    );
    let out = clausier().args(["explain", "XYZ999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("XYZ999"));
}

#[test]
fn a_bad_rule_file_is_a_located_error() {
    // The default pack is a folder: each case edits one of its files in a copy and
    // expects the error told in that file, at the place.
    let pack = Path::new("rules/circulaire-2016");
    let cases = [
        (
            "pack.toml",
            "[pack]\n",
            "[pack]\ncolour = \"blue\"\n",
            "unknown field `colour`",
            "pack.toml:10",
        ),
        (
            "families/security.toml",
            "id = \"security\"",
            "id = \"securite\"",
            "unknown family `securite`",
            "families/security.toml",
        ),
        (
            "families/security.toml",
            "\"secnumcloud\",",
            "\"secnum(cloud\",",
            "invalid pattern",
            "secnum(cloud",
        ),
        (
            "families/localisation.toml",
            "severity = \"error\"",
            "severity = \"fatal\"",
            "unknown severity `fatal`",
            "families/localisation.toml",
        ),
        // Checked once the matchers are compiled (the second pass of the loader).
        (
            "conventions.toml",
            "provider_word = \"titulaire\"",
            "provider_word = \"zorglub\"",
            "`zorglub` is not a name of this party",
            "conventions.toml",
        ),
        // A force the engine does not read, named in how forces are said.
        (
            "lexicon.toml",
            "obligation = { fr = \"doit\", en = \"must\" }",
            "obligaton = { fr = \"doit\", en = \"must\" }",
            "unknown force class `obligaton`",
            "lexicon.toml:{line}:1",
        ),
        // A file must open on a table, or its keys would join the previous file's.
        (
            "checks.toml",
            "[[check]]",
            "stray = 1\n[[check]]",
            "must open on a table",
            "checks.toml",
        ),
    ];
    for (file, from, to, message, shown) in cases {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(pack, dir.path());
        let edited = dir.path().join(file);
        let text = fs::read_to_string(&edited).unwrap();
        assert!(text.contains(from), "{file} no longer holds {from}");
        fs::write(&edited, text.replacen(from, to, 1)).unwrap();
        let out = clausier()
            .args([
                "check",
                "--color",
                "never",
                "--pack",
                dir.path().to_str().unwrap(),
                "--lang",
                "en",
                GOOD,
            ])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(message), "{message}: {err}");
        // `{line}`: the line the edit is on, wherever the file has it now.
        let line = text[..text.find(from).unwrap()].lines().count() + 1;
        let shown = shown.replace("{line}", &line.to_string());
        assert!(err.contains(&shown), "{shown}: {err}");
    }
    // In French, the default: the same error in the user's language.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(pack, dir.path());
    let edited = dir.path().join("families/localisation.toml");
    let text = fs::read_to_string(&edited).unwrap();
    fs::write(
        &edited,
        text.replacen("severity = \"error\"", "severity = \"fatal\"", 1),
    )
    .unwrap();
    let out = clausier()
        .args(["check", "--pack", dir.path().to_str().unwrap(), GOOD])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gravité inconnue `fatal`"), "{err}");
    assert!(err.contains("employez \"error\""), "{err}");
    // A pack folder's pack.toml alone is refused, and so is an unlisted file.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(pack, dir.path());
    let out = clausier()
        .args([
            "check",
            "--pack",
            dir.path().join("pack.toml").to_str().unwrap(),
            GOOD,
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("ce pack est un dossier"));
    fs::write(dir.path().join("families/extra.toml"), "[[check]]\n").unwrap();
    let out = clausier()
        .args(["check", "--pack", dir.path().to_str().unwrap(), GOOD])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("extra.toml est dans le dossier du pack"),
        "{err}"
    );
}

/// The default pack folder, copied, gives the same report as the built-in pack.
#[test]
fn the_pack_folder_is_the_built_in_pack() {
    let run = |extra: &[&str]| {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(extra);
        args.push("examples/");
        clausier().args(&args).output().unwrap().stdout
    };
    assert_eq!(run(&[]), run(&["--pack", "rules/circulaire-2016"]));
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn extract_prints_the_document_model() {
    let out = clausier().args(["extract", GOOD]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[Syndicat mixte numérique des Hautes-Combes > Article 3 – Sécurité] 3.1. Le titulaire exploite"), "{text}");
    let out = clausier()
        .args(["extract", "--format", "json", GOOD])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let block = &v[0]["blocks"][4];
    assert_eq!(block["kind"], "paragraph");
    assert_eq!(block["location"]["line"], 9);
}

#[test]
fn same_report_twice() {
    let a = clausier()
        .args(["check", "--format", "json", "examples"])
        .output()
        .unwrap();
    let b = clausier()
        .args(["check", "--format", "json", "examples"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn config_is_found_upwards_and_flags_override_it() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("marches/2026");
    fs::create_dir_all(&sub).unwrap();
    fs::copy(BAD, sub.join("cgv.md")).unwrap();
    fs::write(
        dir.path().join("clausier.toml"),
        "lang = \"en\"\nfail-on = \"never\"\nignore = [\"SUB\"]\n[severity]\nCONF050 = \"info\"\n[per-path-ignore]\n\"marches/**\" = [\"DEL\"]\n",
    )
    .unwrap();
    let out = clausier()
        .current_dir(&sub)
        .args(["check", "--format", "short", "cgv.md"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "fail-on never");
    assert!(
        text.contains("info[CONF050] the contract lets the provider"),
        "{text}"
    );
    assert!(
        !text.contains("[SUB001]") && !text.contains("[DEL"),
        "{text}"
    );
    let out = clausier()
        .current_dir(&sub)
        .args([
            "check",
            "--format",
            "short",
            "--fail-on",
            "error",
            "--lang",
            "fr",
            "cgv.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("le contrat"));
    let out = clausier()
        .current_dir(&sub)
        .args(["check", "--no-config", "--format", "short", "cgv.md"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("[SUB001]"));
}

#[test]
fn bad_config_value_points_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("clausier.toml");
    fs::write(&cfg, "lang = \"de\"\n").unwrap();
    let out = clausier()
        .args([
            "check",
            "--color",
            "never",
            "--config",
            cfg.to_str().unwrap(),
            GOOD,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("langue inconnue `de`") && err.contains("1 │ lang = \"de\""),
        "{err}"
    );
}

#[test]
fn init_writes_a_starter_config_once() {
    let dir = tempfile::tempdir().unwrap();
    clausier()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .success();
    let text = fs::read_to_string(dir.path().join("clausier.toml")).unwrap();
    assert!(text.contains("territory = \"france\""));
    clausier()
        .current_dir(dir.path())
        .arg("init")
        .assert()
        .code(2);
    clausier()
        .current_dir(dir.path())
        .args(["init", "--force"])
        .assert()
        .success();
    // The starter file is accepted as it is.
    fs::copy(GOOD, dir.path().join("c.md")).unwrap();
    clausier()
        .current_dir(dir.path())
        .args(["check", "c.md"])
        .assert()
        .success();
    // And with every commented key uncommented: each stands under its own table.
    let uncommented: String = text
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            // A key (no space in it) then " = ": not a sentence of prose.
            Some(rest)
                if rest
                    .split_once(" = ")
                    .is_some_and(|(key, _)| !key.contains(' ') || key.starts_with('"')) =>
            {
                rest
            }
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert_ne!(uncommented, text, "the starter has commented keys");
    fs::write(dir.path().join("clausier.toml"), &uncommented).unwrap();
    let out = clausier()
        .current_dir(dir.path())
        .args(["check", "c.md"])
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{uncommented}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn markdown_suppressions_are_applied_and_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.md");
    let text = "# Contrat\n\n<!-- clausier-disable-next LOC050 accepté par délibération du 3 mars -->\n\nLe prestataire choisit librement le lieu d'hébergement des données.\n\n<!-- clausier-disable AUD -->\n\n<!-- clausier-disable-next SEC050 sans objet ici -->\n\nFin.\n";
    fs::write(&f, text).unwrap();
    let (v, _) = json_of(&["--lang", "en", f.to_str().unwrap()]);
    let codes: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_str().unwrap())
        .collect();
    assert!(
        !codes.contains(&"LOC050"),
        "suppressed for the next block: {codes:?}"
    );
    assert!(
        !codes.contains(&"AUD001"),
        "suppressed for the rest of the file: {codes:?}"
    );
    assert!(codes.contains(&"CONF001"), "others stay: {codes:?}");
    let clz: Vec<String> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["code"].as_str().unwrap().starts_with("CLZ"))
        .map(|x| {
            format!(
                "{} {}",
                x["code"].as_str().unwrap(),
                x["message"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        clz,
        vec![
            "CLZ001 the suppression of `AUD` (line 7) gives no reason".to_string(),
            "CLZ002 the suppression of `SEC050` (line 9) suppresses nothing".to_string(),
        ]
    );
    // The status is still told: suppression hides a finding, it does not change the law.
    assert_eq!(
        v["files"][0]["families"]["localisation"]["status"],
        "contrary"
    );
}

#[test]
fn word_comment_suppresses_its_paragraph() {
    use docx_rs::{Comment, Docx, Paragraph, Run};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.docx");
    let comment = Comment::new(1).add_paragraph(Paragraph::new().add_run(
        Run::new().add_text("clausier-disable LOC050 hébergement hors UE accepté par avenant"),
    ));
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_comment_start(comment)
                .add_run(Run::new().add_text(
                    "Le prestataire choisit librement le lieu d'hébergement des données.",
                ))
                .add_comment_end(1),
        )
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Les données peuvent être hébergées dans tout pays.")),
        )
        .build()
        .pack(fs::File::create(&path).unwrap())
        .unwrap();
    let (v, _) = json_of(&[path.to_str().unwrap()]);
    let loc: Vec<u64> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["code"] == "LOC050")
        .map(|x| x["location"]["block"].as_u64().unwrap())
        .collect();
    assert_eq!(
        loc,
        vec![2],
        "the commented paragraph is suppressed, the next one is not"
    );
    let out = clausier()
        .args(["extract", path.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("comment (before block 1): clausier-disable LOC050"),
        "{text}"
    );
}

#[test]
fn baseline_reports_only_new_findings() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.md");
    let b = dir.path().join("baseline.json");
    fs::write(
        &f,
        "# Contrat\n\nLe prestataire choisit librement le lieu d'hébergement.\n",
    )
    .unwrap();
    let out = clausier()
        .args([
            "check",
            "--format",
            "short",
            "--write-baseline",
            b.to_str().unwrap(),
            f.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let out = clausier()
        .args([
            "check",
            "--format",
            "short",
            "--baseline",
            b.to_str().unwrap(),
            f.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty());
    // It says how many findings the baseline hid (beside the report).
    let err = String::from_utf8_lossy(&out.stderr);
    let hidden: usize = err
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count of hidden findings: {err}"));
    assert!(hidden > 0, "{err}");
    // Edits elsewhere keep old findings old; a new bad clause is new.
    fs::write(&f, "# Contrat modifié\n\nPréambule ajouté.\n\nLe prestataire choisit librement le lieu d'hébergement.\n\nLe prestataire conserve une copie des données pendant une durée indéterminée.\n").unwrap();
    let out = clausier()
        .args([
            "check",
            "--format",
            "short",
            "--baseline",
            b.to_str().unwrap(),
            f.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text.contains("DEL050") && !text.contains("LOC050"),
        "{text}"
    );
}

#[test]
fn a_thousand_documents_give_the_same_report_twice_and_no_progress_bar_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(GOOD).unwrap();
    let bad = fs::read_to_string(BAD).unwrap();
    for i in 0..1000 {
        let sub = dir.path().join(format!("lot{}", i % 7));
        fs::create_dir_all(&sub).unwrap();
        fs::write(
            sub.join(format!("doc{i:04}.md")),
            if i % 3 == 0 { &bad } else { &good },
        )
        .unwrap();
    }
    let run = || {
        clausier()
            .args(["check", "--format", "json"])
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(a.stdout, b.stdout);
    assert!(a.stderr.is_empty(), "no progress bar on a pipe");
    let v: Value = serde_json::from_slice(&a.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 1000);
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted, "directories expanded in sorted order");
}

#[test]
fn every_format_is_checked() {
    let (v, code) = json_of(&[
        "fixtures/formats/features.docx",
        "fixtures/formats/features.odt",
        "fixtures/formats/one-page.pdf",
        GOOD,
    ]);
    assert_eq!(code, 1, "errors found, none unreadable");
    let files = v["files"].as_array().unwrap();
    let formats: Vec<&str> = files
        .iter()
        .map(|f| f["format"].as_str().unwrap())
        .collect();
    assert_eq!(formats, vec!["docx", "odt", "pdf", "markdown"]);
    // The Word and LibreOffice comments "clausier-disable LOC011 raison" suppress LOC011
    // on their paragraph; the tracked deletion "dans tout pays" counts for nothing.
    for f in &files[..2] {
        let codes: Vec<&str> = f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["code"].as_str().unwrap())
            .collect();
        assert!(!codes.contains(&"LOC050"), "{codes:?}");
        assert_eq!(f["families"]["localisation"]["status"], "weak");
    }
    let pdf = files[2]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["location"].is_object());
    assert!(pdf.is_none_or(|x| x["location"]["page"] == 1));
}

/// A format read only when named (`fixture`, the same hosting agreement in each):
/// the format's name, the deletion error at `error_at` (line, and column if given)
/// under its heading path, the unused directive at `directive_line`; and a folder's
/// walk leaves the file out.
fn read_when_named_not_walked(
    fixture: &str,
    format: &str,
    error_at: (u64, Option<u64>),
    directive_line: u64,
) {
    let (v, _) = json_of(&[fixture]);
    let file = &v["files"][0];
    assert_eq!(file["format"], format);
    assert_eq!(file["families"]["deletion"]["status"], "contrary");
    let findings = file["findings"].as_array().unwrap();
    let finding = findings
        .iter()
        .find(|f| f["family"] == "deletion" && f["severity"] == "error")
        .expect("a deletion error");
    assert_eq!(finding["location"]["line"], error_at.0);
    if let Some(column) = error_at.1 {
        assert_eq!(finding["location"]["column"], column);
    }
    assert_eq!(
        finding["location"]["heading"],
        "Hosting agreement > 2. Deletion"
    );
    // The « clausier-disable-next » comment is read, and said unused here.
    let unused = findings
        .iter()
        .find(|f| f["code"] == "CLZ002")
        .expect("the directive is read");
    assert_eq!(unused["location"]["line"], directive_line);
    let dir = tempfile::tempdir().unwrap();
    let name = std::path::Path::new(fixture).file_name().unwrap();
    std::fs::copy(fixture, dir.path().join(name)).unwrap();
    std::fs::copy(GOOD, dir.path().join("good.md")).unwrap();
    let (v, _) = json_of(&[dir.path().to_str().unwrap()]);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 1, "{paths:?}");
    assert!(paths[0].ends_with("good.md"), "{paths:?}");
}

/// Plain text and reStructuredText are read when named, with their lines, headings
/// and comment directives; a folder's walk leaves them out (a README.txt is no
/// contract).
#[test]
fn plain_text_is_read_when_named_and_left_out_of_walks() {
    read_when_named_not_walked("fixtures/formats/terms.rst", "text", (13, Some(8)), 18);
}

/// An HTML page, or a web template, is read when named: template code is no text,
/// locations are its lines, its comments carry directives; a folder's walk leaves it
/// out (a website's pages are no contracts).
#[test]
fn an_html_page_is_read_when_named_and_left_out_of_walks() {
    read_when_named_not_walked("fixtures/formats/terms.html", "html", (12, Some(10)), 15);
}

#[test]
fn quiet_and_version() {
    let out = clausier()
        .args(["check", "--quiet", "--color", "never", BAD])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("CONF050")
            && !text.contains("fichier(s) lu(s)")
            && !text.contains("Confidentialité des données ")
    );
    let out = clausier().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("clausier {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn bold_short_paragraphs_are_article_titles_in_word_files_without_styles() {
    let out = clausier()
        .args([
            "extract",
            "--format",
            "json",
            "fixtures/labelled-dev/28_cctp_titres_gras_insertion_suivie.docx",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let blocks = v[0]["blocks"].as_array().unwrap();
    assert_eq!(blocks[1]["kind"], "heading");
    assert_eq!(blocks[1]["text"], "Article 4 – Confidentialité des données");
    assert_eq!(blocks[2]["kind"], "paragraph");
    assert_eq!(
        blocks[2]["headings"][0],
        "Article 4 – Confidentialité des données"
    );
    // The tracked insertion is in, as Word shows it once accepted.
    assert!(blocks[2]["text"]
        .as_str()
        .unwrap()
        .contains("s'impose à son personnel"));
}

/// A folder with no document, a folder of old .doc files, a path that does not
/// exist: each is an error (exit 2) that says so, and the other inputs are still
/// reported. A repository's README and CHANGELOG are not contracts: a folder walk
/// leaves them out, naming one lints it.
#[test]
fn walking_folders_says_what_it_could_not_find() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    let old = dir.path().join("old");
    let repo = dir.path().join("repo");
    for d in [&empty, &old, &repo] {
        fs::create_dir_all(d).unwrap();
    }
    fs::write(old.join("ccap.doc"), b"\xd0\xcf\x11\xe0").unwrap();
    fs::write(
        repo.join("README.md"),
        "# Modèles\n\nLes données sont hébergées.\n",
    )
    .unwrap();
    fs::write(repo.join("CHANGELOG.md"), "# 1.0\n").unwrap();
    fs::write(repo.join("ccap.md"), "# CCAP\n\nLes prix sont fermes.\n").unwrap();
    let run = |args: &[&str]| {
        let out = clausier().args(args).output().unwrap();
        // Unreadable inputs are reported in the output itself (short format) or on
        // standard error: look in both.
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        let both = stdout.clone() + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), stdout, both)
    };
    let p = |p: &Path| p.to_str().unwrap().to_string();
    let (code, _, err) = run(&["check", "--format", "short", &p(&empty)]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("ne contient aucun document"), "{err}");
    let (code, _, err) = run(&["check", "--format", "short", &p(&old)]);
    assert_eq!(code, Some(2));
    assert!(err.contains(".doc"), "{err}");
    let missing = dir.path().join("nope");
    let (code, out, err) = run(&["check", "--format", "short", &p(&missing), &p(&repo)]);
    assert_eq!(code, Some(2));
    assert!(err.contains("n'existe pas"), "{err}");
    assert!(
        out.contains("ccap.md"),
        "the other inputs are reported: {out}"
    );
    assert!(
        !out.contains("README.md") && !out.contains("CHANGELOG.md"),
        "{out}"
    );
    let (_, out, _) = run(&["check", "--format", "short", &p(&repo.join("README.md"))]);
    assert!(out.contains("README.md"), "a README named is linted: {out}");
}

/// With a machine format, `--statistics` goes to standard error and the report
/// stays parseable; `--output-file` writes the report to a file, not to stdout.
#[test]
fn machine_outputs_stay_machine_readable() {
    let out = clausier()
        .args(["check", "--format", "json", "--statistics", "examples/"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let code = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .map(|f| f["code"].as_str().unwrap().to_string())
        .next()
        .expect("the examples break some rules");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&code),
        "the statistics table is on stderr: {err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.sarif");
    let out = clausier()
        .args([
            "check",
            "--format",
            "sarif",
            "--output-file",
            file.to_str().unwrap(),
            GOOD,
        ])
        .output()
        .unwrap();
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["version"], "2.1.0");
}

/// A rule code that names no rule, on the command line or in clausier.toml, is an
/// error naming the closest code; prefixes of real codes are fine.
#[test]
fn unknown_rule_codes_are_errors_with_the_closest_code() {
    let out = clausier()
        .args(["check", "--select", "LOC0O1", GOOD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("code de règle inconnu `LOC0O1`") && err.contains("LOC001"),
        "{err}"
    );
    let out = clausier()
        .args(["check", "--lang", "en", "--select", "LOC0O1", GOOD])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown rule code `LOC0O1`"), "{err}");
    let out = clausier()
        .args(["check", "--ignore", "loc,SEC05", GOOD])
        .output()
        .unwrap();
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("clausier.toml"), "ignore = [\"DELL001\"]\n").unwrap();
    fs::copy(GOOD, dir.path().join("ccap.md")).unwrap();
    let out = clausier()
        .current_dir(dir.path())
        .args(["check", "ccap.md"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("dans ignore (clausier.toml)"));
}

/// `--extend-select` and `--extend-ignore` add to the lists the file or the other
/// flags give, as ruff has them.
#[test]
fn extend_select_and_ignore_add_to_the_lists() {
    let codes = |args: &[&str]| -> Vec<String> {
        let (v, _) = json_of(&[args, &["examples/"]].concat());
        let mut c: Vec<String> = v["files"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|f| f["findings"].as_array().unwrap())
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        c.sort();
        c.dedup();
        c
    };
    let every = codes(&[]);
    let two: Vec<&str> = every.iter().take(2).map(String::as_str).collect();
    assert_eq!(two.len(), 2, "the examples break at least two rules");
    let picked = codes(&["--select", two[0], "--extend-select", two[1]]);
    assert_eq!(picked, [two[0], two[1]]);
    // Extending the default (every rule) leaves every rule.
    assert_eq!(codes(&["--extend-select", two[0]]), every);
    let left = codes(&["--ignore", two[0], "--extend-ignore", two[1]]);
    assert!(!left.iter().any(|c| c == two[0] || c == two[1]), "{left:?}");
}

/// `--exclude` and `exclude` in clausier.toml leave files out of folder walks
/// (gitignore syntax); a .gitignore counts outside a git repository too; a file
/// named on the command line is linted whatever the patterns.
#[test]
fn exclusions_leave_files_out_of_folder_walks() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    fs::create_dir_all(docs.join("old")).unwrap();
    for f in ["a.md", "b.md", "old/c.md", "d.md"] {
        fs::write(docs.join(f), "# CCAP\n\nLes prix sont fermes.\n").unwrap();
    }
    fs::write(docs.join(".gitignore"), "d.md\n").unwrap();
    fs::write(dir.path().join("clausier.toml"), "exclude = [\"old/\"]\n").unwrap();
    let linted = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["check", "--format", "json"];
        all.extend_from_slice(args);
        let out = clausier()
            .current_dir(dir.path())
            .args(&all)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap().replace('\\', "/"))
            .collect()
    };
    assert_eq!(linted(&["--exclude", "b.md", "docs"]), ["docs/a.md"]);
    assert_eq!(linted(&["docs/d.md"]), ["docs/d.md"]);
}

/// The suppression checks are rules like the others: listed, explained, and
/// described in SARIF, where their results point at their rule entry.
#[test]
fn suppression_checks_are_rules() {
    let out = clausier().arg("rules").output().unwrap();
    let list = String::from_utf8_lossy(&out.stdout);
    assert!(list.contains("CLZ001") && list.contains("CLZ002"), "{list}");
    let out = clausier().args(["explain", "CLZ001"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("suppression-without-reason"));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.md");
    fs::write(
        &f,
        "# Contrat\n\n<!-- clausier-disable-next SEC050 sans objet ici -->\n\nFin du contrat.\n",
    )
    .unwrap();
    let out = clausier()
        .args(["check", "--format", "sarif", f.to_str().unwrap()])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let run = &v["runs"][0];
    let result = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "CLZ002")
        .expect("an unused suppression");
    let index = result["ruleIndex"].as_u64().expect("a rule entry") as usize;
    assert_eq!(run["tool"]["driver"]["rules"][index]["id"], "CLZ002");
}

/// The same file named twice, or named and found again in its folder, is read and
/// reported once.
#[test]
fn the_same_file_is_read_once() {
    let (v, _) = json_of(&[GOOD, GOOD, "examples/", "./examples"]);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let examples = fs::read_dir("examples")
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "md")
        })
        .count();
    assert_eq!(paths.len(), examples, "{paths:?}");
}

/// For people (human and short formats) one entry per passage carries all its codes,
/// and a rule that fires at many places is shown once with the number of the
/// others; JSON keeps one result per code and place.
#[test]
fn people_see_each_passage_once_and_machines_every_finding() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.md");
    let abroad = [
        "Le titulaire peut transférer les données hors de l'Union européenne.",
        "Le titulaire peut héberger les données aux États-Unis.",
        "Les sauvegardes peuvent être stockées dans tout pays.",
        "Le titulaire peut transférer les copies hors de l'Union européenne.",
        "Le Prestataire conserve une copie des données pendant une durée indéterminée.",
    ];
    fs::write(&f, format!("# Contrat\n\n{}\n", abroad.join("\n\n"))).unwrap();
    let (v, _) = json_of(&[f.to_str().unwrap()]);
    let json_codes: Vec<&str> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    let loc050 = json_codes.iter().filter(|c| **c == "LOC050").count();
    assert!(loc050 >= 3, "{json_codes:?}");
    assert!(json_codes.contains(&"DEL050") && json_codes.contains(&"DEL055"));
    let out = clausier()
        .args(["check", "--format", "short", f.to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().filter(|l| l.contains("LOC050")).collect();
    assert_eq!(lines.len(), 1, "{text}");
    let others = format!("(et {} autres endroits)", loc050 - 1);
    assert!(lines[0].contains(&others), "{text}");
    assert!(text.contains("DEL050, DEL055"), "{text}");
    let out = clausier()
        .args(["check", "--color", "never", f.to_str().unwrap()])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    // The diagnostic's title (with its rule page) once.
    assert_eq!(human.matches("LOC050 (docs/rules/").count(), 1, "{human}");
}

/// The GitHub Action's commands use options `clausier check` has, and values it takes.
#[test]
fn the_github_action_calls_existing_options() {
    let action = fs::read_to_string("action.yml").unwrap();
    let help = clausier().args(["check", "--help"]).output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    let runs: Vec<&str> = action
        .lines()
        .filter_map(|l| l.trim().strip_prefix("run: clausier check "))
        .collect();
    assert_eq!(runs.len(), 2, "{action}");
    for run in runs {
        for flag in run.split_whitespace().filter(|w| w.starts_with("--")) {
            assert!(help.contains(flag), "`{flag}` is not an option of check");
        }
    }
    // The defaults of the inputs are values the options take.
    for (option, value) in [("--fail-on", "error"), ("--lang", "fr")] {
        let out = clausier()
            .args(["check", option, value, "--format", "short", GOOD])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{option} {value}");
    }
}

/// Errors of clausier's own files are said in the user's language too.
#[test]
fn baseline_and_output_errors_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.json");
    let out = clausier()
        .args(["check", "--baseline", missing.to_str().unwrap(), GOOD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("impossible de lire la base de référence"),
        "{err}"
    );
    let out = clausier()
        .args([
            "check",
            "--lang",
            "en",
            "-o",
            dir.path().join("no/such/dir/r.json").to_str().unwrap(),
            GOOD,
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot write"), "{err}");
}

#[test]
fn extract_says_read_errors_in_the_users_language() {
    let out = clausier()
        .args([
            "extract",
            "--no-config",
            "absent.docx",
            "examples/ccap_hebergement_ged.md",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("erreur: absent.docx: n'existe pas"));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("ccap_hebergement_ged.md"),
        "the other file is still read"
    );
    let out = clausier()
        .args(["extract", "--no-config", "--lang", "en", "absent.docx"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: absent.docx: does not exist"));
}

/// The report is written batch by batch as files are judged: with more files than a
/// batch, unreadable ones among them, every machine format stays one parseable
/// document, in input order, with each file once; `--output-file` leaves no
/// temporary file beside the report.
#[test]
fn streamed_reports_keep_input_order_across_batches() {
    let dir = tempfile::tempdir().unwrap();
    let good = fs::read_to_string(GOOD).unwrap();
    let mut names = Vec::new();
    for i in 0..70 {
        let path = dir.path().join(format!("c{i:03}.md"));
        if i % 23 == 5 {
            fs::write(&path, [0xff, 0xfe, 0x00]).unwrap(); // not UTF-8: unreadable
        } else {
            fs::write(&path, &good).unwrap();
        }
        names.push(path.to_str().unwrap().to_string());
    }
    let args = |format: &str| {
        let mut a = vec!["check".to_string(), "--format".into(), format.into()];
        a.extend(names.iter().cloned());
        a
    };
    let out = clausier().args(args("json")).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    let readable: Vec<&str> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 23 != 5)
        .map(|(_, n)| n.as_str())
        .collect();
    assert_eq!(paths, readable);
    assert_eq!(v["errors"].as_array().unwrap().len(), 3);
    let out = clausier().args(args("sarif")).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("one SARIF document");
    let run = &v["runs"][0];
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let uris: Vec<&str> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        uris.windows(2).all(|w| w[0] <= w[1]),
        "results in input order"
    );
    let out = clausier().args(args("miette-json")).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
    assert!(v.as_array().unwrap().len() >= 3);
    let report = dir.path().join("out").join("report.json");
    fs::create_dir(report.parent().unwrap()).unwrap();
    let mut a = args("json");
    a.extend([
        "--output-file".to_string(),
        report.to_str().unwrap().to_string(),
    ]);
    let out = clausier().args(a).output().unwrap();
    assert!(out.stdout.is_empty());
    let v: Value = serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(v["files"].as_array().unwrap().len(), 67);
    assert_eq!(fs::read_dir(report.parent().unwrap()).unwrap().count(), 1);
}
