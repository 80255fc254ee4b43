//! Readers: one file per format, each turning bytes into the document model.
//!
//! Every reader runs behind [`read_path`], which picks the format, enforces the
//! limits and turns a panic in a dependency into an error for that file alone.

mod docx;
mod html;
mod html_block;
pub mod limits;
mod lines;
mod markdown;
mod odt;
mod pdf;
mod pdf_layout;
mod text;
pub(crate) mod xml;
mod zip_package;

pub use limits::Limits;

use crate::model::{Block, BlockKind, Document, Format, HeadingStack, Location, Note};
use crate::ui::Msg;
use std::fmt;
use std::path::{Path, PathBuf};

/// A file that could not be read: its path and why, said in the user's language.
#[derive(Debug, Clone)]
pub struct ReadError {
    pub path: PathBuf,
    why: Msg,
}

impl ReadError {
    pub fn new(path: &Path, why: Msg) -> Self {
        ReadError {
            path: path.to_path_buf(),
            why,
        }
    }

    /// Why, in `lang`.
    pub fn message(&self, lang: crate::rules::Lang) -> String {
        self.why.say(lang)
    }
}

/// In English (logs, tests); reports say it in the user's language.
impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.why)
    }
}

impl std::error::Error for ReadError {}

/// The format a path's extension names, if clausier reads it.
pub fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        // MDX is Markdown with JSX components and import lines: its prose reads the same.
        "md" | "markdown" | "mdx" => Some(Format::Markdown),
        "docx" => Some(Format::Docx),
        "odt" => Some(Format::Odt),
        "pdf" => Some(Format::Pdf),
        "txt" | "text" | "rst" => Some(Format::Text),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// Reads one file into the document model. Never panics and never writes.
pub fn read_path(path: &Path, limits: &Limits) -> Result<Document, ReadError> {
    let format = format_of(path).ok_or_else(|| {
        let what = match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("doc") => Msg::new("read-legacy-doc"),
            Some(e) => Msg::new("read-unsupported").with("ext", e),
            None => Msg::new("read-no-extension"),
        };
        ReadError::new(path, what)
    })?;
    let bytes = limits.read_file(path)?;
    read_bytes(path, format, bytes, limits)
}

/// Reads bytes already in memory (standard input, tests).
pub fn read_bytes(
    path: &Path,
    format: Format,
    bytes: Vec<u8>,
    limits: &Limits,
) -> Result<Document, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::new(path, Msg::new("read-empty")));
    }
    let run = || read_unguarded(path, format, bytes, limits);
    guarded(run).unwrap_or_else(|what| {
        Err(ReadError::new(
            path,
            Msg::new("read-internal").with("what", what),
        ))
    })
}

thread_local! {
    /// Set while a guarded reader runs: its panics are reported as errors, not printed.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps the panic messages of guarded readers off the terminal (they become read
/// errors or warnings); any other panic is printed as usual.
pub fn install_panic_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !GUARDED.with(|g| g.get()) {
            default(info)
        }
    }));
}

/// Runs `f`, turning a panic (from a dependency, on hostile input) into its message.
pub(crate) fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    let was = GUARDED.with(|g| g.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    result.map_err(|panic| {
        panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default()
    })
}

/// The reader itself, without the panic guard: for fuzz targets, which must see
/// panics. Everything else calls [`read_bytes`].
pub fn read_unguarded(
    path: &Path,
    format: Format,
    bytes: Vec<u8>,
    limits: &Limits,
) -> Result<Document, ReadError> {
    match format {
        Format::Markdown | Format::Text | Format::Html
            if bytes.len() as u64 > limits.max_markdown_bytes =>
        {
            Err(ReadError::new(
                path,
                Msg::new("read-markdown-size")
                    .with(
                        "what",
                        match format {
                            Format::Markdown => "Markdown",
                            Format::Html => "HTML",
                            _ => "text",
                        },
                    )
                    .with("size", limits::mib(bytes.len() as u64))
                    .with("limit", limits::mib(limits.max_markdown_bytes)),
            ))
        }
        Format::Markdown => read_text(path, bytes, markdown::parse),
        Format::Text => read_text(path, bytes, text::parse),
        Format::Html => read_text(path, bytes, html::parse),
        Format::Docx => docx::read(path, &bytes, limits),
        Format::Odt => odt::read(path, &bytes, limits),
        Format::Pdf => pdf::read(path, bytes, limits),
    }
}

/// Reads a text format: the bytes must be UTF-8; the source is kept for diagnostics.
fn read_text(
    path: &Path,
    bytes: Vec<u8>,
    parse: fn(&Path, &str) -> Document,
) -> Result<Document, ReadError> {
    let source = String::from_utf8(bytes).map_err(|e| {
        ReadError::new(
            path,
            Msg::new("read-not-utf8").with("offset", e.utf8_error().valid_up_to()),
        )
    })?;
    let mut doc = parse(path, &source);
    doc.source = Some(source);
    Ok(doc)
}

/// Collects blocks while a reader walks a document in reading order.
#[derive(Default)]
pub(crate) struct BlockSink {
    blocks: Vec<Block>,
    headings: HeadingStack,
    current: Option<Block>,
    /// Notes waiting for the next block to anchor to.
    pub pending_notes: Vec<usize>,
    anchored: Vec<(usize, usize)>,
    /// The package part being read, recorded in each block's location.
    pub part: Option<String>,
    pub page: Option<u32>,
    /// Heading path for the next blocks instead of the current one (footnotes take
    /// the path of the paragraph that calls them).
    pub heading_override: Option<Vec<String>>,
}

impl BlockSink {
    pub fn heading_path(&self) -> Vec<String> {
        self.headings.path()
    }

    pub fn is_open(&self) -> bool {
        self.current.is_some()
    }

    pub fn is_open_and_empty(&self) -> bool {
        self.current
            .as_ref()
            .is_some_and(|b| b.text.trim().is_empty())
    }

    pub fn open(&mut self, kind: BlockKind, source_start: usize) {
        self.open_kind(kind);
        if let Some(b) = &mut self.current {
            b.source_map.push((0, source_start));
        }
    }

    pub fn open_kind(&mut self, kind: BlockKind) {
        self.flush();
        self.current = Some(Block {
            kind,
            text: String::new(),
            headings: Vec::new(),
            location: Location {
                part: self.part.clone(),
                page: self.page,
                ..Location::default()
            },
            source_map: Vec::new(),
        });
    }

    /// Appends text that starts at `source_offset` in the source file.
    pub fn push(&mut self, text: &str, source_offset: usize) {
        if let Some(b) = &mut self.current {
            if b.source_map.last().is_some_and(|&(t, _)| t == b.text.len()) {
                b.source_map.pop();
            }
            b.source_map.push((b.text.len(), source_offset));
            b.text.push_str(text);
        }
    }

    /// Appends text from a format without source offsets.
    pub fn push_text(&mut self, text: &str) {
        if let Some(b) = &mut self.current {
            b.text.push_str(text);
        }
    }

    /// Records where the open block's element is in its source (a package part).
    pub fn set_span(&mut self, span: (usize, usize)) {
        if let Some(b) = &mut self.current {
            b.location.span = Some(span);
        }
    }

    pub fn set_kind(&mut self, kind: BlockKind) {
        if let Some(b) = &mut self.current {
            b.kind = kind;
        }
    }

    /// Closes the open block, keeping it if it has text.
    pub fn flush(&mut self) {
        let Some(mut b) = self.current.take() else {
            return;
        };
        let trimmed_start = b.text.len() - b.text.trim_start().len();
        if trimmed_start > 0 {
            b.text.drain(..trimmed_start);
            for p in &mut b.source_map {
                let shift = trimmed_start.min(p.0);
                p.0 -= shift;
                p.1 += trimmed_start - shift;
            }
            // Several pieces may now start at 0: the last one holds the text there.
            b.source_map.reverse();
            b.source_map.dedup_by_key(|p| p.0);
            b.source_map.reverse();
        }
        b.text.truncate(b.text.trim_end().len());
        if b.text.is_empty() {
            return;
        }
        b.headings = match b.kind {
            BlockKind::Heading { level } => self.headings.enter(level, &b.text),
            _ => match &self.heading_override {
                Some(path) => path.clone(),
                None => self.headings.path(),
            },
        };
        let index = self.blocks.len();
        for n in self.pending_notes.drain(..) {
            self.anchored.push((n, index));
        }
        b.location.paragraph = index as u32 + 1;
        self.blocks.push(b);
    }

    /// Closes the open block as a heading of `level`.
    pub fn flush_heading(&mut self, level: u8) {
        self.set_kind(BlockKind::Heading { level });
        self.flush();
    }

    /// Anchors a note to the block being built (or the next one).
    pub fn anchor_note_here(&mut self, note: usize) {
        self.pending_notes.push(note);
    }

    pub fn finish(mut self, notes: &mut [Note]) -> Vec<Block> {
        self.flush();
        for (n, b) in self.anchored {
            if let Some(note) = notes.get_mut(n) {
                note.block = Some(b);
            }
        }
        self.blocks
    }
}

/// Markdown text straight into the model, for unit tests of later steps.
#[cfg(test)]
pub fn markdown_for_tests(text: &str) -> Document {
    let mut doc = markdown::parse(Path::new("test.md"), text);
    doc.source = Some(text.to_string());
    doc
}
