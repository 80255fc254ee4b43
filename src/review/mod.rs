//! Reviewed copies for the people who sign (`clausier annotate`): the findings as
//! Word comments in the margin, and on request the model clauses as tracked
//! insertions they accept or reject with Word's own buttons. The original is never
//! written: the copy goes to another file.

pub mod docx;
pub mod odt;
mod package;

use crate::cli::AnnotateArgs;
use crate::finding::{FileReport, Status};
use crate::model::{BlockKind, Document, Format};
use crate::report::ShownText;
use crate::rules::{Lang, Placement};
use crate::run::{judge, limits_of, Trouble, EXIT_OK};
use crate::settings::{resolve, CheckFlags};
use crate::ui::{self, Msg};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Who the comments and insertions are by; the reader leaves out text inserted by
/// this author and not yet accepted, so a reviewed copy is judged as the original.
pub const AUTHOR: &str = "clausier";

/// A comment to write: on a passage of a block (a byte range of its text), or on
/// the whole block.
pub struct Note {
    pub block: usize,
    pub range: Option<(usize, usize)>,
    pub paragraphs: Vec<String>,
}

/// A model clause to insert: after a block (the end of the family's article), or
/// at the end of the body.
pub struct Suggestion {
    pub after_block: Option<usize>,
    pub paragraphs: Vec<String>,
}

pub fn annotate(args: AnnotateArgs) -> Result<ExitCode, Trouble> {
    let settings = resolve(&args.pack, CheckFlags::default())?;
    let lang = settings.lang;
    let say = |m: Msg| miette::miette!("{}", m.say(lang));
    let input = &args.path;
    let output = args.output.clone().unwrap_or_else(|| default_output(input));
    if same_file(input, &output) {
        return Err(say(
            Msg::new("annotate-same-file").with("file", output.display())
        ));
    }
    let limits = limits_of(&args.limits);
    let doc = crate::read::read_path(input, &limits).map_err(|e| say_error(&e, lang))?;
    if !matches!(doc.format, Format::Docx | Format::Odt) {
        return Err(say(
            Msg::new("annotate-not-docx").with("file", input.display())
        ));
    }
    let report = judge(&doc, &settings);
    let notes = notes(&doc, &report, lang);
    let suggestions = if args.suggest {
        suggestions(&doc, &report)
    } else {
        Vec::new()
    };
    let bytes = std::fs::read(input).map_err(|e| {
        let why = Msg::new("read-io").with("cause", e).say(lang);
        miette::miette!("{}: {why}", input.display())
    })?;
    let copy = copy_of(&bytes, &doc, &notes, &suggestions).map_err(|cause| {
        say(Msg::new("annotate-failed")
            .with("file", input.display())
            .with("cause", cause))
    })?;
    crate::write::write_atomic(&output, &copy).map_err(|e| {
        say(Msg::new("cannot-write")
            .with("file", output.display())
            .with("cause", e))
    })?;
    eprintln!(
        "{}",
        Msg::new("annotate-wrote")
            .with("file", output.display())
            .with("comments", notes.len())
            .with("clauses", suggestions.len())
            .say(lang)
    );
    Ok(ExitCode::from(EXIT_OK))
}

/// The reviewed copy of a Word or OpenDocument package.
pub fn copy_of(
    bytes: &[u8],
    doc: &Document,
    notes: &[Note],
    suggestions: &[Suggestion],
) -> Result<Vec<u8>, String> {
    match doc.format {
        Format::Odt => odt::annotate(bytes, doc, notes, suggestions),
        _ => docx::annotate(bytes, doc, notes, suggestions),
    }
}

fn say_error(e: &crate::read::ReadError, lang: Lang) -> Trouble {
    miette::miette!("{}: {}", e.path.display(), e.message(lang))
}

/// `contrat.docx` → `contrat.clausier.docx`, beside it.
pub fn default_output(input: &Path) -> PathBuf {
    let stem = input
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = input
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "docx".to_string());
    input.with_file_name(format!("{stem}.clausier.{ext}"))
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// One comment per passage (all its codes), and one per whole-document finding on
/// the title or first heading.
pub fn notes(doc: &Document, report: &FileReport, lang: Lang) -> Vec<Note> {
    let shown = ShownText::of(doc);
    let title = doc
        .blocks
        .iter()
        .position(|b| matches!(b.kind, BlockKind::Heading { .. }))
        .unwrap_or(0);
    crate::report::people::for_people(doc, &shown, &report.findings, lang)
        .into_iter()
        .map(|f| {
            let mut paragraphs = vec![format!("[{}] {}", f.code, f.message)];
            if !f.help.is_empty() {
                paragraphs.push(f.help.clone());
            }
            if !f.reference.is_empty() {
                paragraphs.push(format!(
                    "{}{}{}",
                    capitalised(&ui::t(lang, "reference")),
                    ui::colon(lang),
                    f.reference
                ));
            }
            if let Some(m) = &f.model {
                paragraphs.push(format!(
                    "{} ({}){}{}",
                    ui::t(lang, "model-clause"),
                    ui::t(lang, placement_key(m.placement)),
                    ui::colon(lang),
                    m.text
                ));
            }
            match &f.passage {
                Some(p) => Note {
                    block: p.block,
                    range: Some((p.start, p.end)),
                    paragraphs,
                },
                None => Note {
                    block: title,
                    range: None,
                    paragraphs,
                },
            }
        })
        .collect()
}

/// For each family `missing` or `weak`, its model clause: at the end of the
/// family's article when the contract has one and the clause belongs there, else in
/// a new article at the end.
pub fn suggestions(doc: &Document, report: &FileReport) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for family in &report.families {
        if !matches!(family.status, Status::Missing | Status::Weak) {
            continue;
        }
        let Some(model) = report
            .findings
            .iter()
            .filter(|f| f.family.as_deref() == Some(family.id.as_str()))
            .find_map(|f| f.model.clone())
        else {
            continue;
        };
        let article = match model.placement {
            Placement::Article => doc.heading_of(&family.title),
            Placement::End => None,
        };
        let mut paragraphs = Vec::new();
        if article.is_none() {
            paragraphs.push(family.title.clone());
        }
        paragraphs.extend(
            model
                .text
                .split("\n\n")
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        );
        out.push(Suggestion {
            after_block: article.map(|h| doc.article_last_block(h)),
            paragraphs,
        });
    }
    out
}

fn placement_key(p: Placement) -> &'static str {
    match p {
        Placement::Article => "model-placement-article",
        Placement::End => "model-placement-end",
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
