//! Opening DOCX and ODT packages safely: zip checks, size caps, clear causes.

use super::limits::mib;
use super::{Limits, ReadError};
use crate::ui::Msg;
use std::io::{Cursor, Read};
use std::path::Path;
use zip::ZipArchive;

const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    path: &'a Path,
    limits: &'a Limits,
}

impl<'a> Package<'a> {
    pub fn open(
        path: &'a Path,
        bytes: &'a [u8],
        limits: &'a Limits,
        what: &str,
    ) -> Result<Self, ReadError> {
        if bytes.starts_with(OLE_MAGIC) {
            return Err(ReadError::new(
                path,
                Msg::new("read-ole").with("what", what),
            ));
        }
        if !bytes.starts_with(b"PK") {
            return Err(ReadError::new(
                path,
                Msg::new("read-not-zip").with("what", what),
            ));
        }
        let archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ReadError::new(path, Msg::new("read-damaged-zip").with("cause", e)))?;
        if archive.len() > limits.max_zip_entries {
            return Err(ReadError::new(
                path,
                Msg::new("read-zip-entries")
                    .with("n", archive.len())
                    .with("limit", limits.max_zip_entries),
            ));
        }
        Ok(Package {
            archive,
            path,
            limits,
        })
    }

    pub fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// Reads a part as UTF-8 text; `Ok(None)` when the package has no such part.
    pub fn text(&mut self, name: &str) -> Result<Option<String>, ReadError> {
        let cap = self.limits.max_part_bytes;
        let path = self.path;
        let mut file = match self.archive.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(ReadError::new(
                    path,
                    Msg::new("read-part-open")
                        .with("name", name)
                        .with("cause", e),
                ))
            }
        };
        if file.encrypted() {
            return Err(ReadError::new(
                path,
                Msg::new("read-part-encrypted").with("name", name),
            ));
        }
        let mut bytes = Vec::new();
        // The declared size can lie: cap what is actually inflated.
        file.by_ref()
            .take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                ReadError::new(
                    path,
                    Msg::new("read-part-damaged")
                        .with("name", name)
                        .with("cause", e),
                )
            })?;
        if bytes.len() as u64 > cap {
            return Err(ReadError::new(
                path,
                Msg::new("read-part-bomb")
                    .with("name", name)
                    .with("limit", mib(cap)),
            ));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| ReadError::new(path, Msg::new("read-part-not-utf8").with("name", name)))?;
        Ok(Some(text))
    }
}
