//! The data path of `clausier check`, step by step:
//! inputs → read (in parallel, each file on its own) → judge → filter → report.

use crate::cli::{CheckArgs, ColorChoice, ExtractArgs, ExtractFormat, LimitArgs, OutputFormat};
use crate::cli::{ExplainArgs, InitArgs, RulesArgs};
use crate::engine;
use crate::model::{Document, Format};
use crate::read::{self, format_of, Limits, ReadError};
use crate::report::{self, human, Outcome, Reporter};
use crate::ui::Msg;
use rayon::prelude::*;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Duration;

/// Exit codes, as ruff and ripgrep have them.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_TROUBLE: u8 = 2;

pub use crate::settings::Trouble;
use crate::settings::{resolve, CheckFlags, Settings};

pub fn limits_of(args: &LimitArgs) -> Limits {
    let d = Limits::default();
    let mib = |v: Option<u64>, default: u64| v.map_or(default, |m| m.saturating_mul(1024 * 1024));
    Limits {
        max_file_bytes: mib(args.max_file_size, d.max_file_bytes),
        max_markdown_bytes: mib(args.max_markdown_size, d.max_markdown_bytes),
        max_part_bytes: mib(args.max_part_size, d.max_part_bytes),
        max_zip_entries: args.max_zip_entries.unwrap_or(d.max_zip_entries),
        max_xml_depth: args.max_xml_depth.unwrap_or(d.max_xml_depth),
        max_pdf_pages: args.max_pdf_pages.unwrap_or(d.max_pdf_pages),
        timeout: args
            .timeout
            .and_then(|s| Duration::try_from_secs_f64(s).ok())
            .unwrap_or(d.timeout),
    }
}

/// An input: a path to read, or standard input under a name.
pub(crate) enum Input {
    File(PathBuf),
    Stdin(PathBuf, Vec<u8>),
    Missing(ReadError),
}

/// Files a folder walk leaves out unless named on the command line: a repository's
/// notes, not contracts.
const NOT_CONTRACTS: &[&str] = &["readme", "changelog", "contributing", "code_of_conduct"];

fn is_repository_note(path: &Path) -> bool {
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| NOT_CONTRACTS.contains(&s.to_ascii_lowercase().as_str()))
}

/// Expands directories (sorted, honouring .gitignore) into the files clausier reads.
/// A path that does not exist, or a folder that holds no document, is an error of
/// its own: a CI job linting the wrong folder must not pass on "0 files read".
fn collect_inputs(paths: &[PathBuf], stdin_name: Option<&Path>, exclude: &[String]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            let name = stdin_name.map_or_else(|| PathBuf::from("<stdin>.md"), Path::to_path_buf);
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => inputs.push(Input::Stdin(name, bytes)),
                Err(e) => inputs.push(Input::Missing(ReadError::new(
                    &name,
                    Msg::new("read-stdin").with("cause", e),
                ))),
            }
        } else if path.is_dir() {
            let mut old_word = 0;
            // Exclusions, in gitignore syntax, relative to the walked folder; a
            // .gitignore counts outside a git repository too.
            let mut overrides = ignore::overrides::OverrideBuilder::new(path);
            for glob in exclude {
                if let Err(e) = overrides.add(&format!("!{glob}")) {
                    inputs.push(Input::Missing(ReadError::new(
                        path,
                        Msg::new("read-bad-exclude")
                            .with("glob", glob)
                            .with("cause", e),
                    )));
                }
            }
            let mut walk = ignore::WalkBuilder::new(path);
            walk.sort_by_file_path(|a, b| a.cmp(b)).require_git(false);
            if let Ok(o) = overrides.build() {
                walk.overrides(o);
            }
            let mut found: Vec<PathBuf> = walk
                .build()
                .filter_map(|entry| match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        let p = e.into_path();
                        if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("doc")) {
                            old_word += 1;
                        }
                        (format_of(&p).is_some_and(Format::walked) && !is_repository_note(&p))
                            .then_some(p)
                    }
                    _ => None,
                })
                .collect();
            found.sort();
            if found.is_empty() {
                let why = if old_word > 0 {
                    Msg::new("read-no-documents-old").with("n", old_word)
                } else {
                    Msg::new("read-no-documents")
                };
                inputs.push(Input::Missing(ReadError::new(path, why)));
            }
            inputs.extend(found.into_iter().map(Input::File));
        } else if path.symlink_metadata().is_err() {
            // (A link to nowhere exists: its reader says what is wrong with it.)
            inputs.push(Input::Missing(ReadError::new(
                path,
                Msg::new("read-not-found"),
            )));
        } else {
            inputs.push(Input::File(path.clone()));
        }
    }
    inputs
}

type ReadJob = Box<dyn FnOnce(&Limits) -> Result<Document, ReadError> + Send>;

/// Reads one input, giving up after the time limit (the reader thread is left
/// to finish on its own; its result is dropped).
pub(crate) fn read_input(input: Input, limits: &Limits) -> Result<Document, ReadError> {
    let (path, job): (PathBuf, ReadJob) = match input {
        Input::Missing(e) => return Err(e),
        Input::File(p) => (
            p.clone(),
            Box::new(move |l: &Limits| read::read_path(&p, l)),
        ),
        Input::Stdin(name, bytes) => {
            let format = format_of(&name).unwrap_or(Format::Markdown);
            (
                name.clone(),
                Box::new(move |l: &Limits| read::read_bytes(&name, format, bytes, l)),
            )
        }
    };
    let (tx, rx) = mpsc::channel();
    let thread_limits = limits.clone();
    let spawned = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || {
            let _ = tx.send(job(&thread_limits));
        });
    if spawned.is_err() {
        return Err(ReadError::new(&path, Msg::new("read-thread")));
    }
    match rx.recv_timeout(limits.timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(ReadError::new(
            &path,
            Msg::new("read-timeout").with("secs", limits.timeout.as_secs_f64()),
        )),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(ReadError::new(&path, Msg::new("read-stopped")))
        }
    }
}

pub fn check(args: CheckArgs) -> Result<ExitCode, Trouble> {
    let flags = CheckFlags {
        fail_on: args.fail_on,
        select: &args.select,
        ignore: &args.ignore,
        extend_select: &args.extend_select,
        extend_ignore: &args.extend_ignore,
    };
    let settings = resolve(&args.pack, flags)?;
    let limits = limits_of(&args.limits);
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let exclude: Vec<String> = settings
        .exclude
        .iter()
        .chain(&args.exclude)
        .cloned()
        .collect();
    let mut inputs = collect_inputs(&paths, args.stdin_filename.as_deref(), &exclude);
    // The same file named twice (or named and found in a folder) is read once.
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| match i {
        Input::File(p) => seen.insert(p.canonicalize().unwrap_or_else(|_| p.clone())),
        _ => true,
    });
    let baseline = match &args.baseline {
        Some(path) => Some(
            crate::baseline::read(path).map_err(|e| miette::miette!("{}", e.say(settings.lang)))?,
        ),
        None => None,
    };
    let (packs, lang) = (&settings.packs, settings.lang);
    let pack_names: Vec<String> = packs.iter().map(|p| p.name.clone()).collect();
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output_file.is_none()
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stdout().is_terminal()
        }
    };
    let style = human::Style {
        color,
        width: 100,
        lang,
        quiet: args.quiet,
    };
    let mut reporter: Box<dyn Reporter> = match args.format {
        OutputFormat::Json => Box::new(report::json::Json::new(&pack_names, lang)),
        OutputFormat::Short => Box::new(report::short::Short(lang)),
        OutputFormat::Sarif => Box::new(report::sarif::Sarif::new(packs, lang)),
        OutputFormat::Github => Box::new(report::github::Github(lang)),
        OutputFormat::MietteJson => Box::new(report::miette_json::MietteJson::new(lang)),
        OutputFormat::Html => Box::new(report::html::Html::new(lang)),
        OutputFormat::Human => Box::new(human::Human::new(&style)),
    };
    let mut file = match &args.output_file {
        Some(path) => {
            Some(crate::write::AtomicFile::create(path).map_err(|e| cannot_write(path, e, lang))?)
        }
        None => None,
    };
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut sink = Sink {
        out: match &mut file {
            Some(f) => f,
            None => &mut stdout,
        },
        failed: None,
    };
    sink.put(&reporter.begin());
    let progress = progress_bar(inputs.len());
    let mut statistics = report::statistics::Statistics::default();
    let mut baseline_entries = Vec::new();
    let (mut hidden, mut unreadable, mut failing) = (0, false, false);
    judge_in_batches(inputs, &limits, &settings, &progress, |mut o| {
        if let Outcome::Read { report, .. } = &mut o {
            if let Some(b) = &baseline {
                hidden += crate::baseline::subtract(b, &report.path, &mut report.findings);
            }
            if args.write_baseline.is_some() {
                baseline_entries.extend(crate::baseline::entries(&report.path, &report.findings));
            }
            statistics.add(report);
            failing |= settings
                .fail_on
                .is_some_and(|level| report.findings.iter().any(|f| f.severity >= level));
        } else {
            unreadable = true;
        }
        sink.put(&reporter.file(&o));
    });
    progress.finish_and_clear();
    sink.put(&reporter.end());
    if args.statistics {
        let table = statistics.render();
        // JSON, SARIF and miette-json are parsed by tools: the table goes beside.
        if matches!(
            args.format,
            OutputFormat::Json
                | OutputFormat::Sarif
                | OutputFormat::MietteJson
                | OutputFormat::Html
        ) {
            let _ = std::io::stderr().write_all(table.as_bytes());
        } else {
            sink.put(&table);
        }
    }
    let failed = sink.failed.take().or_else(|| sink.out.flush().err());
    drop(stdout);
    if let (Some(file), Some(path)) = (file, &args.output_file) {
        match failed {
            Some(e) => return Err(cannot_write(path, e, lang)),
            None => file.commit().map_err(|e| cannot_write(path, e, lang))?,
        }
    }
    if let (Some(_), Some(path)) = (&baseline, &args.baseline) {
        // Said beside the report (standard error), so that machine outputs stay
        // parseable and nobody forgets what the baseline hides.
        let n = hidden.to_string();
        let file = path.display().to_string();
        eprintln!(
            "{}",
            crate::ui::tf(lang, "baseline-hid", &[("n", &n), ("file", &file)])
        );
    }
    if let Some(path) = &args.write_baseline {
        let b = crate::baseline::Baseline {
            version: 1,
            findings: baseline_entries,
        };
        let text = serde_json::to_string_pretty(&b).unwrap_or_default() + "\n";
        crate::write::write_atomic(path, text.as_bytes())
            .map_err(|e| cannot_write(path, e, lang))?;
    }
    Ok(ExitCode::from(if unreadable {
        EXIT_TROUBLE
    } else if failing && args.write_baseline.is_none() {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }))
}

/// Reads and judges the files a batch at a time on all cores, and hands each outcome
/// to `report`, in input order, before the next batch: memory stays flat in the
/// number of files.
fn judge_in_batches(
    inputs: Vec<Input>,
    limits: &Limits,
    settings: &Settings,
    progress: &indicatif::ProgressBar,
    mut report: impl FnMut(Outcome),
) {
    // Every document with a clause reads it with the lexicon, whose categories are
    // compiled on first use, one after the other, while the reading waits (half of a
    // one-page run). A thread of their own compiles them beside the reading; the
    // first clause takes each as it is ready, or compiles one not yet begun itself.
    std::thread::scope(|side| {
        if rayon::current_num_threads() > 1 {
            side.spawn(|| {
                for pack in &settings.packs {
                    pack.lexicon
                        .categories()
                        .iter()
                        .for_each(|c| c.compile_now());
                }
            });
        }
        judge_batches(inputs, limits, settings, progress, &mut report);
    });
}

/// The batches themselves, on the rayon pool.
fn judge_batches(
    mut inputs: Vec<Input>,
    limits: &Limits,
    settings: &Settings,
    progress: &indicatif::ProgressBar,
    mut report: impl FnMut(Outcome),
) {
    let batch = 8 * rayon::current_num_threads();
    while !inputs.is_empty() {
        let rest = inputs.split_off(batch.min(inputs.len()));
        let outcomes: Vec<Outcome> = std::mem::replace(&mut inputs, rest)
            .into_par_iter()
            .map(|input| match read_input(input, limits) {
                // A defect of the engine on one file stops neither the run nor the
                // report: the file is reported as failed, with the panic's message.
                Ok(doc) => match crate::read::guarded(|| judge(&doc, settings)) {
                    Ok(report) => Outcome::Read { doc, report },
                    Err(what) => Outcome::Failed(crate::read::ReadError::new(
                        &doc.path,
                        crate::ui::Msg::new("judge-internal").with("what", what),
                    )),
                },
                Err(e) => Outcome::Failed(e),
            })
            .inspect(|_| progress.inc(1))
            .collect();
        outcomes.into_iter().for_each(&mut report);
    }
}

/// Where the report goes, piece by piece; the first write error is kept (a closed
/// pipe stops nothing else: the exit code still tells the findings).
struct Sink<'a> {
    out: &'a mut dyn Write,
    failed: Option<std::io::Error>,
}

impl Sink<'_> {
    fn put(&mut self, text: &str) {
        if self.failed.is_none() && !text.is_empty() {
            if let Err(e) = self.out.write_all(text.as_bytes()) {
                self.failed = Some(e);
            }
        }
    }
}

pub fn extract(args: ExtractArgs) -> Result<ExitCode, Trouble> {
    let limits = limits_of(&args.limits);
    // The settings give the language of the errors, and the pack for --clauses.
    let settings = resolve(&args.pack, CheckFlags::default())?;
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    let mut docs = Vec::new();
    for path in &args.paths {
        match read::read_path(path, &limits) {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                failed = true;
                let error = crate::ui::t(settings.lang, "error");
                eprintln!(
                    "{error}: {}: {}",
                    e.path.display(),
                    e.message(settings.lang)
                );
            }
        }
    }
    let text = if args.clauses {
        let pack = &settings.packs[0];
        docs.iter()
            .map(|doc| crate::report::clauses::render(doc, pack))
            .collect()
    } else {
        match args.format {
            ExtractFormat::Json => serde_json::to_string_pretty(&docs).unwrap_or_default() + "\n",
            ExtractFormat::Text => docs.iter().map(report::blocks::render).collect(),
        }
    };
    let _ = out.write_all(text.as_bytes());
    Ok(ExitCode::from(if failed { EXIT_TROUBLE } else { EXIT_OK }))
}

/// Judges one document with every active pack and applies the user's filters.
pub fn judge(doc: &Document, settings: &Settings) -> crate::finding::FileReport {
    let mut report = engine::judge(doc, &settings.packs[0], settings.lang);
    for extra in &settings.packs[1..] {
        let more = engine::judge(doc, extra, settings.lang);
        report.families.extend(more.families);
        report.findings.extend(more.findings);
    }
    crate::suppress::apply(doc, &mut report.findings, settings.lang);
    settings.filter(&doc.path, &mut report.findings);
    // Document-level findings first, then in reading order, as linters print them.
    report.findings.sort_by(|a, b| {
        let key = |f: &crate::finding::Finding| f.passage.as_ref().map(|p| (p.block, p.start));
        key(a).cmp(&key(b)).then_with(|| a.code.cmp(&b.code))
    });
    report
}

pub fn rules(args: RulesArgs) -> Result<ExitCode, Trouble> {
    let settings = resolve(&args.pack, CheckFlags::default())?;
    let packs = &settings.packs;
    let Some(dir) = args.write_docs else {
        print!("{}", crate::explain::rule_list(packs, settings.lang));
        return Ok(ExitCode::from(EXIT_OK));
    };
    std::fs::create_dir_all(&dir).map_err(|e| cannot_write(&dir, e, settings.lang))?;
    for pack in packs {
        for (name, text) in crate::explain::rule_pages(pack) {
            let path = dir.join(name);
            crate::write::write_atomic(&path, text.as_bytes())
                .map_err(|e| cannot_write(&path, e, settings.lang))?;
        }
    }
    Ok(ExitCode::from(EXIT_OK))
}

/// A file or folder clausier could not write, said in the user's language.
fn cannot_write(path: &Path, e: std::io::Error, lang: crate::rules::Lang) -> Trouble {
    let why = Msg::new("cannot-write")
        .with("file", path.display())
        .with("cause", e);
    miette::miette!("{}", why.say(lang))
}

pub fn explain(args: ExplainArgs) -> Result<ExitCode, Trouble> {
    let settings = resolve(&args.pack, CheckFlags::default())?;
    let tool_rules = crate::suppress::rules();
    let text = settings
        .packs
        .iter()
        .find_map(|p| {
            p.rule(&args.code)
                .map(|r| crate::explain::explain(p, r, settings.lang))
        })
        .or_else(|| {
            let rule = tool_rules
                .iter()
                .find(|r| r.code.eq_ignore_ascii_case(&args.code))?;
            Some(crate::explain::explain(
                &settings.packs[0],
                rule,
                settings.lang,
            ))
        })
        .ok_or_else(|| {
            miette::miette!(
                help = crate::ui::t(settings.lang, "explain-no-rule-help"),
                "{}",
                crate::ui::tf(settings.lang, "explain-no-rule", &[("code", &args.code)])
            )
        })?;
    print!("{text}");
    Ok(ExitCode::from(EXIT_OK))
}

pub fn init(args: InitArgs) -> Result<ExitCode, Trouble> {
    let path = Path::new(crate::config::FILE_NAME);
    // No configuration yet: the default language.
    let lang = match args.lang {
        Some(crate::cli::LangArg::En) => crate::rules::Lang::En,
        _ => crate::rules::Lang::Fr,
    };
    let file = path.display().to_string();
    if path.exists() && !args.force {
        return Err(miette::miette!(
            help = crate::ui::t(lang, "init-exists-help"),
            "{}",
            crate::ui::tf(lang, "init-exists", &[("file", &file)])
        ));
    }
    crate::write::write_atomic(path, crate::config::STARTER.as_bytes())
        .map_err(|e| cannot_write(path, e, lang))?;
    eprintln!("{}", crate::ui::tf(lang, "init-wrote", &[("file", &file)]));
    Ok(ExitCode::from(EXIT_OK))
}

/// A progress bar on standard error for long runs, only for a person at a terminal:
/// never in CI logs or when standard error is piped.
fn progress_bar(files: usize) -> indicatif::ProgressBar {
    let wanted = files > 30 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
    if !wanted {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(files as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}
