//! ODT reader: content.xml with quick-xml, the same model as DOCX.
//!
//! Headings come from `text:h` and its outline level; tracked deletions live in
//! `text:tracked-changes` and are skipped whole; annotations are notes, not text.
//! Insertions by clausier (`annotate --suggest`) not yet accepted are not read.

use super::xml::{attr, local, walk_at, XmlEvent};
use super::zip_package::Package;
use super::{BlockSink, Limits, ReadError};
use crate::model::{BlockKind, Document, Format, Note};
use crate::ui::Msg;
use std::collections::HashSet;
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let mut pkg = Package::open(path, bytes, limits, "OpenDocument (.odt)")?;
    let Some(content) = pkg.text("content.xml")? else {
        return Err(ReadError::new(path, Msg::new("read-odt-no-content")));
    };
    let mut r = OdtReader::default();
    r.sink.part = Some("content.xml".into());
    walk_at(&content, limits.max_xml_depth, |e, at| r.event(e, at)).map_err(|c| {
        ReadError::new(
            path,
            Msg::new("read-part-cause")
                .with("part", "content.xml")
                .with("cause", c),
        )
    })?;
    let mut notes = r.notes;
    let blocks = r.sink.finish(&mut notes);
    Ok(Document {
        path: path.to_path_buf(),
        format: Format::Odt,
        blocks,
        notes,
        warnings: Vec::new(),
        source: None,
    })
}

struct Para {
    heading: Option<u8>,
    text: String,
    /// Where the paragraph element starts and ends in content.xml.
    xml: (usize, usize),
}

#[derive(Default)]
struct OdtReader {
    sink: BlockSink,
    notes: Vec<Note>,
    paragraphs: Vec<Para>,
    /// Inside text:tracked-changes (deleted text lives there) or a note citation.
    skipped: u32,
    annotation: Option<String>,
    lists: u32,
    in_note: u32,
    tables: Vec<(u32, u32, u32)>,
    table_count: u32,
    /// The tracked changes being listed: the region's id, and whether the
    /// creator's name is being read.
    region: Option<String>,
    in_creator: bool,
    /// Ids of the insertions clausier suggested, and how many of them are open.
    ours: HashSet<String>,
    in_ours: u32,
}

impl OdtReader {
    fn event(&mut self, e: XmlEvent<'_, '_>, at: (usize, usize)) {
        match e {
            XmlEvent::Start(s) => {
                let qname = s.name();
                let name = local(qname.as_ref());
                match name {
                    b"tracked-changes" | b"note-citation" => self.skipped += 1,
                    b"changed-region" => self.region = attr(s, b"id"),
                    b"creator" if self.region.is_some() => self.in_creator = true,
                    b"change-start" | b"change-end" => {
                        let ours = attr(s, b"change-id").is_some_and(|id| self.ours.contains(&id));
                        if ours && name == b"change-start" {
                            self.in_ours += 1;
                        } else if ours {
                            self.in_ours = self.in_ours.saturating_sub(1);
                        }
                    }
                    b"annotation" => self.annotation = Some(String::new()),
                    _ if self.skipped > 0 => {}
                    b"h" | b"p" if self.annotation.is_some() => {}
                    b"h" | b"p" => {
                        let heading = (name == b"h").then(|| {
                            attr(s, b"outline-level")
                                .and_then(|l| l.parse().ok())
                                .unwrap_or(1u8)
                                .clamp(1, 9)
                        });
                        self.paragraphs.push(Para {
                            heading,
                            text: String::new(),
                            xml: at,
                        });
                    }
                    b"s" => {
                        let n = attr(s, b"c")
                            .and_then(|c| c.parse().ok())
                            .unwrap_or(1usize)
                            .min(100);
                        self.push(&" ".repeat(n));
                    }
                    b"tab" => self.push("\t"),
                    b"line-break" => self.push("\n"),
                    b"list" => self.lists += 1,
                    b"note" => self.in_note += 1,
                    b"table" => {
                        self.table_count += 1;
                        self.tables.push((self.table_count, 0, 0));
                    }
                    b"table-row" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.1 += 1;
                            t.2 = 0;
                        }
                    }
                    b"table-cell" => {
                        if let Some(t) = self.tables.last_mut() {
                            t.2 += 1;
                        }
                    }
                    _ => {}
                }
            }
            XmlEvent::End(name) => match name {
                b"tracked-changes" | b"note-citation" => {
                    self.skipped = self.skipped.saturating_sub(1)
                }
                b"changed-region" => self.region = None,
                b"creator" => self.in_creator = false,
                b"annotation" => {
                    if let Some(text) = self.annotation.take() {
                        self.notes.push(Note {
                            text: text.trim().to_string(),
                            block: None,
                            line: None,
                        });
                        self.sink.anchor_note_here(self.notes.len() - 1);
                    }
                }
                _ if self.skipped > 0 => {}
                b"h" | b"p" if self.annotation.is_some() => {
                    if let Some(a) = &mut self.annotation {
                        a.push(' ');
                    }
                }
                b"h" | b"p" => {
                    if let Some(mut p) = self.paragraphs.pop() {
                        p.xml.1 = at.1;
                        self.emit(p);
                    }
                }
                b"list" => self.lists = self.lists.saturating_sub(1),
                b"note" => self.in_note = self.in_note.saturating_sub(1),
                b"table" => {
                    self.tables.pop();
                }
                _ => {}
            },
            XmlEvent::Text(t) => {
                if self.in_creator && t.trim() == crate::review::AUTHOR {
                    if let Some(id) = &self.region {
                        self.ours.insert(id.clone());
                    }
                }
                if self.skipped == 0 {
                    self.push(&t)
                }
            }
        }
    }

    fn push(&mut self, s: &str) {
        if self.in_ours > 0 {
            return;
        }
        if let Some(a) = &mut self.annotation {
            a.push_str(s);
        } else if let Some(p) = self.paragraphs.last_mut() {
            p.text.push_str(s);
        }
    }

    fn emit(&mut self, p: Para) {
        if p.text.trim().is_empty() {
            return;
        }
        let kind = if self.in_note > 0 {
            BlockKind::Footnote
        } else if let Some(level) = p.heading {
            BlockKind::Heading { level }
        } else if let Some(&(table, row, column)) = self.tables.last() {
            BlockKind::TableCell { table, row, column }
        } else if self.lists > 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        self.sink.open_kind(kind);
        self.sink.push_text(&p.text);
        self.sink.set_span(p.xml);
        self.sink.flush();
    }
}
