//! The second layer of options: what the user typed and what `clausier.toml` says,
//! resolved into the settings the engine and reporters read. Flags win.

use crate::cli::{LangArg, PackArgs, SeverityArg};
use crate::config::{self, Config};
use crate::finding::Finding;
use crate::rules::{load_default_pack_in, load_pack_source_in, Lang, Pack, PackSource, Severity};
use crate::ui::{self, Msg};
use globset::{Glob, GlobMatcher};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

pub type Trouble = miette::Report;

pub struct Settings {
    pub packs: Vec<Pack>,
    pub lang: Lang,
    /// None: never fail on findings.
    pub fail_on: Option<Severity>,
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: HashMap<String, Severity>,
    pub per_path: Vec<(GlobMatcher, Vec<String>)>,
    /// Where relative paths of the configuration start.
    pub root: PathBuf,
    /// Globs left out of folder walks (from clausier.toml).
    pub exclude: Vec<String>,
}

/// What `check` adds on top of the pack options.
#[derive(Default)]
pub struct CheckFlags<'a> {
    pub fail_on: Option<SeverityArg>,
    pub select: &'a [String],
    pub ignore: &'a [String],
    pub extend_select: &'a [String],
    pub extend_ignore: &'a [String],
}

fn parse_fail_on(s: &str) -> Option<Option<Severity>> {
    match s {
        "never" => Some(None),
        other => Severity::parse(other).map(Some),
    }
}

pub fn resolve(args: &PackArgs, flags: CheckFlags<'_>) -> Result<Settings, Trouble> {
    let found = if args.no_config {
        None
    } else if let Some(path) = &args.config {
        Some(path.clone())
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|d| config::discover(&d))
    };
    let (config, source, root) = match &found {
        Some(path) => {
            let hint = match args.lang {
                Some(LangArg::En) => Lang::En,
                _ => Lang::Fr,
            };
            let (c, s) = config::load(path, hint).map_err(|e| miette::Report::new(*e))?;
            let root = path
                .parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            (c, s, root)
        }
        None => (Config::default(), String::new(), PathBuf::from(".")),
    };
    let config_path = found.unwrap_or_default();
    // Said in the language asked for; French until it is known.
    let bad = |lang: Lang, message: Msg, span: std::ops::Range<usize>, help: &str| {
        miette::Report::new(*config::error(
            &config_path,
            &source,
            message.say(lang),
            Some(span),
            Some(ui::t(lang, help)),
        ))
    };

    let lang = match (args.lang, &config.lang) {
        (Some(LangArg::En), _) => Lang::En,
        (Some(LangArg::Fr), _) => Lang::Fr,
        (None, Some(l)) => match l.get_ref().as_str() {
            "fr" => Lang::Fr,
            "en" => Lang::En,
            other => {
                return Err(bad(
                    Lang::Fr,
                    Msg::new("conf-unknown-lang").with("value", other),
                    l.span(),
                    "conf-unknown-lang-help",
                ))
            }
        },
        (None, None) => Lang::Fr,
    };
    let fail_on = match (flags.fail_on, &config.fail_on) {
        (Some(SeverityArg::Error), _) => Some(Severity::Error),
        (Some(SeverityArg::Warning), _) => Some(Severity::Warning),
        (Some(SeverityArg::Info), _) => Some(Severity::Info),
        (Some(SeverityArg::Never), _) => None,
        (None, Some(f)) => parse_fail_on(f.get_ref()).ok_or_else(|| {
            bad(
                lang,
                Msg::new("conf-unknown-level").with("value", f.get_ref()),
                f.span(),
                "conf-unknown-level-help",
            )
        })?,
        (None, None) => Some(Severity::Error),
    };
    let mut severity = HashMap::new();
    for (code, level) in &config.severity {
        let s = Severity::parse(level.get_ref()).ok_or_else(|| {
            bad(
                lang,
                Msg::new("conf-unknown-severity").with("value", level.get_ref()),
                level.span(),
                "conf-unknown-severity-help",
            )
        })?;
        severity.insert(code.to_ascii_uppercase(), s);
    }
    let mut per_path = Vec::new();
    for (glob, codes) in &config.per_path_ignore {
        let matcher = Glob::new(glob)
            .map_err(|e| {
                let why = Msg::new("conf-bad-glob")
                    .with("glob", glob)
                    .with("cause", e);
                miette::miette!("{}: {}", config_path.display(), why.say(lang))
            })?
            .compile_matcher();
        per_path.push((matcher, codes.clone()));
    }

    let mut settings = config.settings.clone();
    for s in &args.settings {
        let (k, v) = s.split_once('=').ok_or_else(|| {
            miette::miette!("{}", Msg::new("conf-bad-set").with("value", s).say(lang))
        })?;
        settings.insert(k.trim().to_string(), v.trim().to_string());
    }
    let pack_files: Vec<PathBuf> = if !args.packs.is_empty() {
        args.packs.clone()
    } else {
        config.packs.iter().map(|p| root.join(p)).collect()
    };
    let mut packs = load_packs(&pack_files, &settings, lang)?;
    if let Some(template) = &config.rule_url {
        for rule in packs.iter_mut().flat_map(|p| p.rules.iter_mut()) {
            rule.url = Some(template.replace("{code}", &rule.code));
        }
    }
    let tool_rules = crate::suppress::rules();
    let known: Vec<&str> = packs
        .iter()
        .flat_map(|p| &p.rules)
        .chain(&tool_rules)
        .map(|r| r.code.as_str())
        .collect();
    for (place, list) in [
        ("--select", flags.select),
        ("--ignore", flags.ignore),
        ("select (clausier.toml)", &config.select[..]),
        ("ignore (clausier.toml)", &config.ignore[..]),
        ("--extend-select", flags.extend_select),
        ("--extend-ignore", flags.extend_ignore),
        ("extend-select (clausier.toml)", &config.extend_select[..]),
        ("extend-ignore (clausier.toml)", &config.extend_ignore[..]),
    ] {
        for code in list {
            check_code(code, &known, place, lang)?;
        }
    }
    for code in config.severity.keys() {
        check_code(code, &known, "severity (clausier.toml)", lang)?;
    }
    for codes in config.per_path_ignore.values() {
        for code in codes {
            check_code(code, &known, "per-path-ignore (clausier.toml)", lang)?;
        }
    }
    // The command line replaces the file's list; the extend- lists add to either.
    // An empty selection is every rule: extending it leaves every rule.
    let pick = |cli: &[String], conf: &[String], more: [&[String]; 2], all_when_empty: bool| {
        let mut list = if cli.is_empty() {
            conf.to_vec()
        } else {
            cli.to_vec()
        };
        if !(all_when_empty && list.is_empty()) {
            list.extend(more.into_iter().flatten().cloned());
        }
        list
    };
    Ok(Settings {
        packs,
        lang,
        fail_on,
        select: pick(
            flags.select,
            &config.select,
            [flags.extend_select, &config.extend_select],
            true,
        ),
        ignore: pick(
            flags.ignore,
            &config.ignore,
            [flags.extend_ignore, &config.extend_ignore],
            false,
        ),
        severity,
        per_path,
        root,
        exclude: config.exclude.clone(),
    })
}

/// Loads the given pack files, or the built-in pack when there are none.
fn load_packs(
    files: &[PathBuf],
    settings: &BTreeMap<String, String>,
    lang: Lang,
) -> Result<Vec<Pack>, Trouble> {
    if files.is_empty() {
        return Ok(vec![
            load_default_pack_in(settings, lang).map_err(|e| miette::Report::new(*e))?
        ]);
    }
    files
        .iter()
        .map(|path| {
            // A pack is one file, or a folder whose pack.toml lists the others.
            let source = if path.is_dir() {
                let parts = PackSource::parts_of_folder(path)
                    .map_err(|e| miette::miette!("{}", e.say(lang)))?;
                PackSource::new_in(parts, lang).map_err(|e| miette::Report::new(*e))?
            } else {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    let why = Msg::new("pack-cannot-read")
                        .with("file", path.display())
                        .with("cause", e);
                    miette::miette!("{}", why.say(lang))
                })?;
                PackSource::file(&path.display().to_string(), &text)
            };
            load_pack_source_in(&source, settings, lang).map_err(|e| miette::Report::new(*e))
        })
        .collect()
}

/// A code a user names must name a rule, or be the start of some rules' codes
/// ("LOC", "LOC05"): a typo would otherwise select or ignore nothing, silently.
fn check_code(code: &str, known: &[&str], place: &str, lang: Lang) -> Result<(), Trouble> {
    let upper = code.to_ascii_uppercase();
    if !upper.is_empty() && known.iter().any(|k| k.starts_with(&upper)) {
        return Ok(());
    }
    let closest = known
        .iter()
        .min_by_key(|k| strsim::levenshtein(k, &upper))
        .copied()
        .unwrap_or_default();
    Err(miette::miette!(
        help = ui::tf(lang, "conf-unknown-code-help", &[("closest", closest)]),
        "{}",
        ui::tf(
            lang,
            "conf-unknown-code",
            &[("code", code), ("place", place)]
        )
    ))
}

fn code_matches(code: &str, list: &[String]) -> bool {
    list.iter()
        .any(|p| !p.is_empty() && code.starts_with(&p.to_ascii_uppercase()))
}

impl Settings {
    /// Applies select/ignore, per-path ignores and severity overrides to one file's findings.
    pub fn filter(&self, path: &Path, findings: &mut Vec<Finding>) {
        let relative = std::env::current_dir()
            .ok()
            .map(|cwd| cwd.join(path))
            .and_then(|abs| {
                let root = self.root.canonicalize().ok()?;
                let abs = abs.canonicalize().unwrap_or(abs);
                abs.strip_prefix(&root).ok().map(Path::to_path_buf)
            })
            .unwrap_or_else(|| path.to_path_buf());
        let path_ignores: Vec<&String> = self
            .per_path
            .iter()
            .filter(|(glob, _)| glob.is_match(&relative))
            .flat_map(|(_, codes)| codes)
            .collect();
        findings.retain(|f| {
            (self.select.is_empty() || code_matches(&f.code, &self.select))
                && !code_matches(&f.code, &self.ignore)
                && !path_ignores
                    .iter()
                    .any(|p| f.code.starts_with(&p.to_ascii_uppercase()))
        });
        for f in findings.iter_mut() {
            if let Some(&s) = self.severity.get(&f.code) {
                f.severity = s;
            }
        }
    }
}
