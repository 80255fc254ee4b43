//! A rule pack's text: one file, or a folder of files read in the order its
//! `pack.toml` lists (`[pack] files`), joined into one TOML document. Errors found
//! in the joined text are told back in the file and at the line they come from.

use super::load::PackError;
use super::Lang;
use crate::ui;
use serde::Deserialize;
use std::ops::Range;
use std::path::Path;

/// The files of a pack, in reading order: (name shown in errors, text).
#[derive(Debug, Clone)]
pub struct PackSource {
    parts: Vec<(String, String)>,
    /// Where each part starts in `text`.
    starts: Vec<usize>,
    pub text: String,
}

/// The part of `pack.toml` that names the other files.
#[derive(Deserialize)]
struct Manifest {
    pack: ManifestPack,
}

#[derive(Deserialize)]
struct ManifestPack {
    #[serde(default)]
    files: Vec<String>,
}

impl PackSource {
    /// Joins the parts; every part after the first must open on a table header,
    /// or its first keys would land in the previous file's last table.
    pub fn new(parts: Vec<(String, String)>) -> Result<Self, Box<PackError>> {
        Self::new_in(parts, Lang::En)
    }

    /// Like [`PackSource::new`], the error said in `lang`.
    pub fn new_in(parts: Vec<(String, String)>, lang: Lang) -> Result<Self, Box<PackError>> {
        let mut text = String::new();
        let mut starts = Vec::new();
        for (i, (name, part)) in parts.iter().enumerate() {
            if i > 0 {
                if let Some((at, line)) = first_key_line(part).filter(|(_, l)| !l.starts_with('['))
                {
                    return Err(PackError::new(
                        name,
                        part,
                        ui::t(lang, "pack-table-first"),
                        Some(at..at + line.len()),
                        Some(&ui::t(lang, "pack-table-first-label")),
                        Some(ui::t(lang, "pack-table-first-help")),
                    ));
                }
                text.push('\n');
            }
            starts.push(text.len());
            text.push_str(part);
        }
        Ok(PackSource {
            parts,
            starts,
            text,
        })
    }

    /// One file.
    pub fn file(name: &str, text: &str) -> Self {
        PackSource {
            parts: vec![(name.to_string(), text.to_string())],
            starts: vec![0],
            text: text.to_string(),
        }
    }

    /// The built-in parts, or a folder's: `pack.toml`, then the files it lists.
    pub fn parts_of_folder(dir: &Path) -> Result<Vec<(String, String)>, ui::Msg> {
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| {
                ui::Msg::new("pack-cannot-read")
                    .with("file", p.display())
                    .with("cause", e)
            })
        };
        let head_path = dir.join("pack.toml");
        let head = read(&head_path)?;
        let files = toml::from_str::<Manifest>(&head)
            .map(|m| m.pack.files)
            .unwrap_or_default();
        let mut parts = vec![(head_path.display().to_string(), head)];
        for f in &files {
            let p = dir.join(f);
            parts.push((p.display().to_string(), read(&p)?));
        }
        // A file left out of the list would be silently ignored: say so.
        let listed: Vec<_> = files.iter().map(|f| dir.join(f)).collect();
        for entry in walk_toml(dir) {
            if entry != head_path && !listed.contains(&entry) {
                return Err(ui::Msg::new("pack-not-listed")
                    .with("file", entry.display())
                    .with("head", head_path.display()));
            }
        }
        Ok(parts)
    }

    /// An error at `span` of the joined text, told in the file it comes from.
    pub fn error(
        &self,
        message: impl Into<String>,
        span: Option<Range<usize>>,
        label: Option<&str>,
        help: Option<String>,
    ) -> Box<PackError> {
        let at = span.as_ref().map_or(0, |s| s.start);
        let i = self.starts.partition_point(|&s| s <= at).saturating_sub(1);
        let (name, part) = &self.parts[i];
        let start = self.starts[i];
        let span = span.map(|s| {
            let end = (s.end - start).min(part.len());
            (s.start - start).min(end)..end
        });
        PackError::new(name, part, message, span, label, help)
    }

    pub fn name(&self) -> &str {
        &self.parts[0].0
    }

    /// Whether the first file lists others (`[pack] files`): a folder's pack.toml.
    pub fn lists_files(&self) -> bool {
        toml::from_str::<Manifest>(&self.parts[0].1).is_ok_and(|m| !m.pack.files.is_empty())
    }

    pub fn is_folder(&self) -> bool {
        self.parts.len() > 1
    }
}

/// The first line that is neither blank nor a comment, and where it starts.
fn first_key_line(text: &str) -> Option<(usize, &str)> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            return Some((at + line.len() - line.trim_start().len(), trimmed));
        }
        at += line.len();
    }
    None
}

/// Every `.toml` file under `dir`, sorted.
fn walk_toml(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::DEFAULT_PACK;

    /// The embedded list and the folder's pack.toml name the same files in the same
    /// order: a file added to one and not the other would be lost or misplaced.
    #[test]
    fn the_embedded_pack_lists_the_folder_files() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/circulaire-2016");
        let parts = PackSource::parts_of_folder(&dir).unwrap();
        let on_disk: Vec<String> = parts
            .iter()
            .map(|(name, _)| {
                Path::new(name)
                    .strip_prefix(&dir)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        let embedded: Vec<String> = DEFAULT_PACK
            .iter()
            .map(|(name, _)| {
                name.trim_start_matches("rules/circulaire-2016/")
                    .to_string()
            })
            .collect();
        assert_eq!(on_disk, embedded);
        for ((_, text), (_, built_in)) in parts.iter().zip(DEFAULT_PACK) {
            assert_eq!(text, built_in);
        }
    }

    /// An error is told in the file it comes from, at its own line.
    #[test]
    fn errors_point_into_the_right_file() {
        let source = PackSource::new(vec![
            ("a.toml".into(), "[pack]\nname = \"x\"\n".into()),
            ("b.toml".into(), "[text]\nbad = 1\n".into()),
        ])
        .unwrap();
        let at = source.text.find("bad").unwrap();
        let e = source.error("boom", Some(at..at + 3), None, None);
        assert_eq!(e.source_code.name(), "b.toml");
        let label = &e.labels[0];
        assert_eq!(label.offset(), "[text]\n".len());
    }
}
