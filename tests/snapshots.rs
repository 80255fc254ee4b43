//! Snapshots of the outputs people read, without colour at a fixed width.
//! Review changes with `cargo insta review` (or INSTA_UPDATE=always, then git diff).

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn human_report_bad_contract() {
    insta::assert_snapshot!(run(&[
        "check",
        "--color",
        "never",
        "examples/cgv_saas_prestataire.md"
    ]));
}

#[test]
fn human_report_english_good_contract() {
    insta::assert_snapshot!(run(&[
        "check",
        "--color",
        "never",
        "--lang",
        "en",
        "examples/ccap_hebergement_ged.md"
    ]));
}

#[test]
fn short_report() {
    insta::assert_snapshot!(run(&["check", "--format", "short", "examples"]));
}

#[test]
fn statistics() {
    insta::assert_snapshot!(run(&[
        "check",
        "--format",
        "short",
        "--statistics",
        "examples/cgv_saas_prestataire.md"
    ]));
}
