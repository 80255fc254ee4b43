//! Opening DOCX and ODT packages safely: zip checks, size caps, clear causes.

use super::limits::mib;
use super::{Limits, ReadError};
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
                format!(
                    "is an OLE container, not a {what} package: either a password-protected \
                     (encrypted) document or a legacy binary file (.doc) renamed; remove the \
                     password or save it again as {what}"
                ),
            ));
        }
        if !bytes.starts_with(b"PK") {
            return Err(ReadError::new(
                path,
                format!("is not a {what} file (not a zip package)"),
            ));
        }
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            ReadError::new(path, format!("is a damaged or truncated zip package ({e})"))
        })?;
        if archive.len() > limits.max_zip_entries {
            return Err(ReadError::new(
                path,
                format!(
                    "has {} entries in its package, over the limit of {} (raise it with --max-zip-entries)",
                    archive.len(),
                    limits.max_zip_entries
                ),
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
                    format!("cannot open part {name} ({e})"),
                ))
            }
        };
        if file.encrypted() {
            return Err(ReadError::new(path, format!("part {name} is encrypted")));
        }
        let mut bytes = Vec::new();
        // The declared size can lie: cap what is actually inflated.
        file.by_ref()
            .take(cap + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::new(path, format!("part {name} is damaged ({e})")))?;
        if bytes.len() as u64 > cap {
            return Err(ReadError::new(
                path,
                format!(
                    "part {name} inflates to more than {} (a zip bomb?); raise the limit with --max-part-size",
                    mib(cap)
                ),
            ));
        }
        let text = String::from_utf8(bytes)
            .map_err(|_| ReadError::new(path, format!("part {name} is not UTF-8 XML")))?;
        Ok(Some(text))
    }
}
