//! `clausier.toml`: the user's options, found from the current directory upwards
//! (or named with `--config`), decoded strictly with errors pointing into the file.
//! Command-line flags override it; `run.rs` resolves both into the settings the
//! engine and reporters read.

use crate::rules::Lang;
use crate::ui;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "clausier.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Rule pack files, relative to this file; empty means the built-in pack.
    #[serde(default)]
    pub packs: Vec<PathBuf>,
    /// Pack settings, e.g. territory = "eu".
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    /// Language of messages: "fr" or "en".
    pub lang: Option<toml::Spanned<String>>,
    /// Lowest severity that fails the run: "error", "warning", "info" or "never".
    pub fail_on: Option<toml::Spanned<String>>,
    /// Files left out of folder walks (gitignore syntax, relative to the walked folder).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Only these rule codes (prefixes allowed).
    #[serde(default)]
    pub select: Vec<String>,
    /// Not these rule codes (prefixes allowed).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Added to `select` (and to --select), as ruff has it.
    #[serde(default, rename = "extend-select")]
    pub extend_select: Vec<String>,
    /// Added to `ignore` (and to --ignore).
    #[serde(default, rename = "extend-ignore")]
    pub extend_ignore: Vec<String>,
    /// Severity per rule code: { LOC011 = "info" }.
    #[serde(default)]
    pub severity: BTreeMap<String, toml::Spanned<String>>,
    /// Where rule pages are published, `{code}` replaced: used for links and
    /// SARIF's helpUri (which GitHub wants absolute).
    pub rule_url: Option<String>,
    /// Rule codes ignored for paths matching a glob: { "archives/**" = ["LOC"] }.
    #[serde(default)]
    pub per_path_ignore: BTreeMap<String, Vec<String>>,
}

pub use crate::located::DataFileError as ConfigError;

pub fn error(
    path: &Path,
    source: &str,
    message: String,
    span: Option<std::ops::Range<usize>>,
    help: Option<String>,
) -> Box<ConfigError> {
    ConfigError::new(
        &path.display().to_string(),
        source,
        message,
        span,
        None,
        help,
    )
}

/// The configuration file for `start`: `clausier.toml` here or in a parent.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let start = start.canonicalize().ok()?;
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Reads and decodes a configuration file; also returns its text for later errors.
/// Errors are said in `lang` (the `--lang` given, else French: the file's own
/// `lang` is not known before it is read).
pub fn load(path: &Path, lang: Lang) -> Result<(Config, String), Box<ConfigError>> {
    let source = std::fs::read_to_string(path).map_err(|e| {
        let why = ui::Msg::new("conf-cannot-read").with("cause", e);
        error(path, "", why.say(lang), None, None)
    })?;
    let config = toml::from_str(&source).map_err(|e| {
        let why = ui::Msg::new("conf-toml").with("detail", e.message());
        error(path, &source, why.say(lang), e.span(), None)
    })?;
    Ok((config, source))
}

/// The commented starter file written by `clausier init`.
pub const STARTER: &str = r#"# clausier configuration (see docs/configuration.md).
# Command-line flags override what is set here.

# Rule packs (files or folders), relative to this file. Empty: the built-in pack `circulaire-2016`.
# (a list such as ["rules/my-pack"] names pack files or folders)
# packs = []

# Language of messages: "fr" or "en".
lang = "fr"

# Lowest severity that makes `clausier check` exit with status 1:
# "error", "warning", "info" or "never".
fail-on = "error"

# Files left out of folder walks (gitignore syntax, relative to the walked folder);
# --exclude adds more. A .gitignore counts too, in a git repository or not.
exclude = []

# Only report these rule codes (prefixes allowed), or leave empty for all.
select = []

# Never report these rule codes (prefixes allowed).
ignore = []

# Added to select / ignore, and to --select / --ignore when those are given.
# extend-select = []
# extend-ignore = ["ARC001"]

# Where the rule pages (docs/rules/) are published; {code} is replaced. Links in
# reports and SARIF's helpUri use it.
# rule-url = "https://example.org/clausier/rules/{code}.md"

# Pack settings. territory = "france" (the 2016 note: public archives stay in France)
# or "eu" (EU/EEA hosting accepted).
[settings]
territory = "france"

# Severity per rule code: "error", "warning" or "info".
[severity]
# LOC011 = "info"


# Rule codes ignored for files matching a glob (relative to this file).
[per-path-ignore]
# "modeles/anciens/**" = ["LOC", "SEC010"]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_file_is_valid() {
        let c: Config = toml::from_str(STARTER).unwrap();
        assert_eq!(c.settings["territory"], "france");
        assert_eq!(c.fail_on.unwrap().into_inner(), "error");
    }

    #[test]
    fn unknown_key_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(FILE_NAME);
        std::fs::write(&p, "lang = \"fr\"\nfail_on = \"error\"\n").unwrap();
        let e = load(&p, Lang::En).unwrap_err();
        assert!(
            e.message.contains("unknown field `fail_on`"),
            "{}",
            e.message
        );
        assert_eq!(e.labels[0].offset(), "lang = \"fr\"\n".len());
    }

    #[test]
    fn discovery_walks_up() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        let found = discover(&sub).unwrap();
        assert_eq!(found, dir.path().canonicalize().unwrap().join(FILE_NAME));
    }
}
