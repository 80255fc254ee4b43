//! Limits that keep one hostile or enormous file from exhausting the run.

use super::ReadError;
use crate::ui::Msg;
use std::path::Path;
use std::time::Duration;

/// Caps applied while reading. Each has a command-line flag to raise it.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Size of a file on disk.
    pub max_file_bytes: u64,
    /// Size of a Markdown file (one block of text is judged as a whole).
    pub max_markdown_bytes: u64,
    /// Decompressed size of one part of a DOCX/ODT package (zip bombs).
    pub max_part_bytes: u64,
    /// Number of entries in a package.
    pub max_zip_entries: usize,
    /// Nesting depth of XML elements.
    pub max_xml_depth: usize,
    /// Pages read from a PDF.
    pub max_pdf_pages: u32,
    /// Time one file may take before it is reported and abandoned.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 200 * 1024 * 1024,
            max_markdown_bytes: 20 * 1024 * 1024,
            max_part_bytes: 256 * 1024 * 1024,
            max_zip_entries: 10_000,
            max_xml_depth: 256,
            max_pdf_pages: 2_000,
            timeout: Duration::from_secs(60),
        }
    }
}

pub(crate) fn mib(bytes: u64) -> String {
    format!("{:.0} MiB", bytes as f64 / (1024.0 * 1024.0))
}

impl Limits {
    /// Reads a whole file, refusing directories, special files and files over the cap.
    pub fn read_file(&self, path: &Path) -> Result<Vec<u8>, ReadError> {
        let meta = std::fs::metadata(path).map_err(|e| ReadError::new(path, io_cause(&e)))?;
        if meta.is_dir() {
            return Err(ReadError::new(path, Msg::new("read-directory")));
        }
        if !meta.is_file() {
            return Err(ReadError::new(path, Msg::new("read-not-regular")));
        }
        if meta.len() > self.max_file_bytes {
            return Err(ReadError::new(
                path,
                Msg::new("read-file-size")
                    .with("size", mib(meta.len()))
                    .with("limit", mib(self.max_file_bytes)),
            ));
        }
        std::fs::read(path).map_err(|e| ReadError::new(path, io_cause(&e)))
    }
}

/// An I/O error in words, without Rust's debug noise.
pub fn io_cause(e: &std::io::Error) -> Msg {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => Msg::new("read-not-found"),
        PermissionDenied => Msg::new("read-permission"),
        _ if e.raw_os_error() == Some(40) => Msg::new("read-symlink-loop"),
        _ => Msg::new("read-io").with("cause", e),
    }
}
