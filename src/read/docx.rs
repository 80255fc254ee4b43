//! DOCX reader: zip + quick-xml streaming over the package parts.
//!
//! Why not docx-rs: it reads about 8× slower, skips footnotes and endnotes, panics
//! on several malformed inputs and loops forever on a truncated document.xml (see
//! docs/architecture.md). docx-rs builds the test fixtures and cross-checks this
//! reader in the tests instead.
//!
//! What is contract text: body paragraphs, tables, text boxes, content controls,
//! hyperlinks' and fields' visible text, tracked insertions, footnotes and endnotes.
//! What is not: tracked deletions, hidden text, page headers and footers (never
//! opened), comments (kept aside as notes, they carry suppression directives).

use super::xml::{attr, local, walk, walk_at, XmlEvent};
use super::zip_package::Package;
use super::{BlockSink, Limits, ReadError};
use crate::model::{BlockKind, Document, Format, Note};
use crate::ui::Msg;
use std::collections::HashMap;
use std::path::Path;

pub fn read(path: &Path, bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let mut pkg = Package::open(path, bytes, limits, "Word (.docx)")?;
    let main = main_part(&mut pkg)?;
    let Some(body) = pkg.text(&main)? else {
        return Err(ReadError::new(
            path,
            Msg::new("read-docx-no-main").with("main", main),
        ));
    };
    let depth = limits.max_xml_depth;
    let bad = |part: &str, cause: String| {
        ReadError::new(
            path,
            Msg::new("read-part-cause")
                .with("part", part)
                .with("cause", cause),
        )
    };

    let styles = match pkg.text("word/styles.xml")? {
        Some(x) => parse_styles(&x, depth).map_err(|c| bad("word/styles.xml", c))?,
        None => HashMap::new(),
    };
    let numbering = match pkg.text("word/numbering.xml")? {
        Some(x) => parse_numbering(&x, depth).map_err(|c| bad("word/numbering.xml", c))?,
        None => Numbering::default(),
    };
    let mut notes = Vec::new();
    let mut comment_index = HashMap::new();
    if let Some(x) = pkg.text("word/comments.xml")? {
        for (id, text) in parse_comments(&x, depth).map_err(|c| bad("word/comments.xml", c))? {
            comment_index.insert(id, notes.len());
            notes.push(Note {
                text,
                block: None,
                line: None,
            });
        }
    }

    let mut reader = BodyReader {
        sink: BlockSink::default(),
        styles,
        numbering,
        counters: HashMap::new(),
        comments: comment_index,
        footnote_headings: HashMap::new(),
        ..BodyReader::default()
    };
    reader.sink.part = Some(main.clone());
    walk_at(&body, depth, |e, at| reader.event(e, at)).map_err(|c| bad(&main, c))?;
    for part in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(x) = pkg.text(part)? {
            reader.sink.flush();
            reader.sink.part = Some(part.to_string());
            reader.in_notes = true;
            walk_at(&x, depth, |e, at| reader.event(e, at)).map_err(|c| bad(part, c))?;
        }
    }
    let blocks = reader.sink.finish(&mut notes);
    Ok(Document {
        path: path.to_path_buf(),
        format: Format::Docx,
        blocks,
        notes,
        warnings: Vec::new(),
        source: None,
    })
}

/// The main document part named by the package relationships.
fn main_part(pkg: &mut Package<'_>) -> Result<String, ReadError> {
    let default = "word/document.xml".to_string();
    let Some(rels) = pkg.text("_rels/.rels")? else {
        return Ok(default);
    };
    let mut target = None;
    let _ = walk(&rels, 16, |e| {
        if let XmlEvent::Start(s) = e {
            let is_main = attr(s, b"Type").is_some_and(|t| t.ends_with("/officeDocument"));
            if local(s.name().as_ref()) == b"Relationship" && is_main {
                target = attr(s, b"Target");
            }
        }
    });
    Ok(target
        .map(|t| t.trim_start_matches('/').to_string())
        .filter(|t| pkg.has(t))
        .unwrap_or(default))
}

#[derive(Default, Debug)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    num: Option<(String, u8)>,
}

fn parse_styles(xml: &str, depth: usize) -> Result<HashMap<String, Style>, String> {
    let mut styles = HashMap::new();
    let mut current: Option<(String, Style)> = None;
    walk(xml, depth, |e| match e {
        XmlEvent::Start(s) => {
            let st = current.as_mut().map(|(_, st)| st);
            match (local(s.name().as_ref()), st) {
                (b"style", _) => current = attr(s, b"styleId").map(|id| (id, Style::default())),
                (b"name", Some(st)) => st.name = attr(s, b"val").unwrap_or_default(),
                (b"basedOn", Some(st)) => st.based_on = attr(s, b"val"),
                (b"outlineLvl", Some(st)) => {
                    st.outline = attr(s, b"val").and_then(|v| v.parse().ok())
                }
                (b"numId", Some(st)) => {
                    let level = st.num.as_ref().map_or(0, |n| n.1);
                    st.num = attr(s, b"val").map(|id| (id, level));
                }
                (b"ilvl", Some(st)) => {
                    let level = attr(s, b"val").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let id = st.num.take().map(|n| n.0).unwrap_or_default();
                    st.num = Some((id, level));
                }
                _ => {}
            }
        }
        XmlEvent::End(b"style") => {
            if let Some((id, st)) = current.take() {
                styles.insert(id, st);
            }
        }
        _ => {}
    })?;
    Ok(styles)
}

/// Heading level of a paragraph style, following `basedOn`.
fn style_level(styles: &HashMap<String, Style>, id: &str) -> Option<u8> {
    let mut id = id;
    for _ in 0..16 {
        let st = styles.get(id);
        let name = st.map_or(id, |s| s.name.as_str());
        if let Some(level) = heading_name_level(name).or_else(|| heading_name_level(id)) {
            return Some(level);
        }
        let st = st?;
        if let Some(o) = st.outline.filter(|&o| o < 9) {
            return Some(o + 1);
        }
        id = st.based_on.as_deref()?;
    }
    None
}

/// "Heading 2", "heading2", "Titre 2" (Word's French built-in name) → 2.
fn heading_name_level(name: &str) -> Option<u8> {
    let lower = name.to_ascii_lowercase().replace(' ', "");
    let digits = lower
        .strip_prefix("heading")
        .or_else(|| lower.strip_prefix("titre"))?;
    digits.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}

fn style_numbering(styles: &HashMap<String, Style>, id: &str) -> Option<(String, u8)> {
    let mut id = id;
    for _ in 0..16 {
        let st = styles.get(id)?;
        if let Some(n) = &st.num {
            return Some(n.clone());
        }
        id = st.based_on.as_deref()?;
    }
    None
}

#[derive(Default, Clone, Debug)]
struct Level {
    start: u32,
    format: String,
    text: String,
}

#[derive(Default)]
struct Numbering {
    abstracts: HashMap<String, HashMap<u8, Level>>,
    nums: HashMap<String, String>,
}

fn parse_numbering(xml: &str, depth: usize) -> Result<Numbering, String> {
    let mut n = Numbering::default();
    let mut abs: Option<String> = None;
    let mut lvl: Option<u8> = None;
    let mut num: Option<String> = None;
    walk(xml, depth, |e| match e {
        XmlEvent::Start(s) => match local(s.name().as_ref()) {
            b"abstractNum" => abs = attr(s, b"abstractNumId"),
            b"num" => num = attr(s, b"numId"),
            b"abstractNumId" => {
                if let (Some(id), Some(a)) = (&num, attr(s, b"val")) {
                    n.nums.insert(id.clone(), a);
                }
            }
            b"lvl" => {
                lvl = attr(s, b"ilvl").and_then(|v| v.parse().ok());
                if let (Some(a), Some(l)) = (&abs, lvl) {
                    let level = Level {
                        start: 1,
                        ..Level::default()
                    };
                    n.abstracts.entry(a.clone()).or_default().insert(l, level);
                }
            }
            name @ (b"start" | b"numFmt" | b"lvlText") => {
                let level = abs
                    .as_ref()
                    .zip(lvl)
                    .and_then(|(a, l)| n.abstracts.get_mut(a)?.get_mut(&l));
                if let (Some(level), Some(v)) = (level, attr(s, b"val")) {
                    match name {
                        b"start" => level.start = v.parse().unwrap_or(1),
                        b"numFmt" => level.format = v,
                        _ => level.text = v,
                    }
                }
            }
            _ => {}
        },
        XmlEvent::End(b"abstractNum") => abs = None,
        XmlEvent::End(b"lvl") => lvl = None,
        XmlEvent::End(b"num") => num = None,
        _ => {}
    })?;
    Ok(n)
}

fn format_number(n: u32, format: &str) -> String {
    const ROMAN: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let roman = || {
        let mut n = n.min(3999);
        let mut s = String::new();
        for (v, r) in ROMAN {
            while n >= v {
                s.push_str(r);
                n -= v;
            }
        }
        s
    };
    let letter = || {
        let c = (b'a' + ((n.max(1) - 1) % 26) as u8) as char;
        c.to_string().repeat(((n.max(1) - 1) / 26 + 1) as usize)
    };
    match format {
        "upperRoman" => roman().to_uppercase(),
        "lowerRoman" => roman(),
        "upperLetter" => letter().to_uppercase(),
        "lowerLetter" => letter(),
        _ => n.to_string(),
    }
}

fn parse_comments(xml: &str, depth: usize) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let mut in_t = false;
    walk(xml, depth, |e| match e {
        XmlEvent::Start(s) => match local(s.name().as_ref()) {
            b"comment" => current = Some((attr(s, b"id").unwrap_or_default(), String::new())),
            b"t" => in_t = true,
            b"p" => {
                if let Some((_, t)) = &mut current {
                    if !t.is_empty() {
                        t.push(' ');
                    }
                }
            }
            _ => {}
        },
        XmlEvent::End(b"t") => in_t = false,
        XmlEvent::End(b"comment") => {
            if let Some((id, t)) = current.take() {
                out.push((id, t.trim().to_string()));
            }
        }
        XmlEvent::Text(t) if in_t => {
            if let Some((_, s)) = &mut current {
                s.push_str(&t);
            }
        }
        _ => {}
    })?;
    Ok(out)
}

#[derive(Default)]
struct Paragraph {
    style: Option<String>,
    outline: Option<u8>,
    num_id: Option<String>,
    num_level: Option<u8>,
    comments: Vec<String>,
    text: String,
    /// Where the paragraph element starts and ends in its part (`<w:p` … `</w:p>`).
    xml: (usize, usize),
    /// Whether the paragraph has bold letters, and letters that are not bold: an
    /// all-bold short line is an article title in documents without heading styles.
    bold_letters: bool,
    plain_letters: bool,
}

#[derive(Clone, Copy)]
struct TablePos {
    id: u32,
    row: u32,
    column: u32,
}

#[derive(Default)]
struct BodyReader {
    sink: BlockSink,
    styles: HashMap<String, Style>,
    numbering: Numbering,
    counters: HashMap<String, [u32; 9]>,
    comments: HashMap<String, usize>,
    footnote_headings: HashMap<String, Vec<String>>,
    paragraphs: Vec<Paragraph>,
    tables: Vec<TablePos>,
    table_count: u32,
    deleted: u32,
    fallback: u32,
    in_run: bool,
    in_run_props: bool,
    in_para_props: bool,
    hidden: bool,
    bold: bool,
    in_text: bool,
    in_notes: bool,
    skip_note: bool,
    /// For each open tracked insertion, whether clausier suggested it (`annotate
    /// --suggest`): not accepted yet, it is no contract text.
    insertions: Vec<bool>,
}

impl BodyReader {
    fn event(&mut self, e: XmlEvent<'_, '_>, at: (usize, usize)) {
        match e {
            XmlEvent::Start(s) => self.start(s, at),
            XmlEvent::End(name) => self.end(name, at),
            XmlEvent::Text(t) => {
                if self.in_text && self.visible() {
                    if let Some(p) = self.paragraphs.last_mut() {
                        p.text.push_str(&t);
                        // Stops at the first letter: this runs on every piece of text.
                        let seen = if self.bold {
                            &mut p.bold_letters
                        } else {
                            &mut p.plain_letters
                        };
                        if !*seen {
                            *seen = t.chars().any(char::is_alphanumeric);
                        }
                    }
                }
            }
        }
    }

    fn visible(&self) -> bool {
        self.deleted == 0 && self.fallback == 0 && !self.hidden && !self.skip_note
    }

    fn push_char(&mut self, c: char) {
        if self.in_run && self.visible() {
            if let Some(p) = self.paragraphs.last_mut() {
                p.text.push(c);
            }
        }
    }

    fn start(&mut self, s: &quick_xml::events::BytesStart<'_>, at: (usize, usize)) {
        let val = || attr(s, b"val");
        match local(s.name().as_ref()) {
            b"p" => self.paragraphs.push(Paragraph {
                xml: at,
                ..Paragraph::default()
            }),
            b"pPr" => self.in_para_props = true,
            b"pStyle" if self.in_para_props => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.style = val();
                }
            }
            b"outlineLvl" if self.in_para_props => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.outline = val().and_then(|v| v.parse().ok());
                }
            }
            b"numId" if self.in_para_props => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.num_id = val();
                }
            }
            b"ilvl" if self.in_para_props => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.num_level = val().and_then(|v| v.parse().ok());
                }
            }
            b"r" => {
                self.in_run = true;
                self.hidden = false;
                self.bold = false;
            }
            b"rPr" if self.in_run => self.in_run_props = true,
            b"b" | b"bCs" if self.in_run_props => {
                self.bold = !matches!(val().as_deref(), Some("0" | "false" | "off"))
            }
            b"vanish" if self.in_run_props => {
                self.hidden = !matches!(val().as_deref(), Some("0" | "false" | "off"))
            }
            b"t" if self.in_run => self.in_text = true,
            b"tab" if self.in_run && !self.in_run_props => self.push_char('\t'),
            b"br" | b"cr" if self.in_run && !self.in_run_props => self.push_char('\n'),
            b"noBreakHyphen" => self.push_char('\u{2011}'),
            b"softHyphen" => self.push_char('\u{AD}'),
            b"del" | b"moveFrom" if !self.in_run_props && !self.in_para_props => self.deleted += 1,
            b"Fallback" => self.fallback += 1,
            b"ins" if !self.in_run_props && !self.in_para_props => {
                let ours = attr(s, b"author").as_deref() == Some(crate::review::AUTHOR);
                self.deleted += u32::from(ours);
                self.insertions.push(ours);
            }
            b"commentRangeStart" | b"commentReference" => {
                if let (Some(id), Some(p)) = (attr(s, b"id"), self.paragraphs.last_mut()) {
                    if !p.comments.contains(&id) {
                        p.comments.push(id);
                    }
                }
            }
            b"footnoteReference" | b"endnoteReference" => {
                if let Some(id) = attr(s, b"id") {
                    let prefix = if local(s.name().as_ref()) == b"footnoteReference" {
                        "f"
                    } else {
                        "e"
                    };
                    self.footnote_headings
                        .insert(format!("{prefix}{id}"), self.sink_path());
                }
            }
            name @ (b"footnote" | b"endnote") if self.in_notes => {
                let kind = attr(s, b"type");
                self.skip_note = kind.is_some_and(|k| k != "normal");
                let prefix = if name == b"footnote" { "f" } else { "e" };
                let key = format!("{prefix}{}", attr(s, b"id").unwrap_or_default());
                self.sink.heading_override = self.footnote_headings.get(&key).cloned();
            }
            b"tbl" => {
                self.table_count += 1;
                self.tables.push(TablePos {
                    id: self.table_count,
                    row: 0,
                    column: 0,
                });
            }
            b"tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row += 1;
                    t.column = 0;
                }
            }
            b"tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.column += 1;
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8], at: (usize, usize)) {
        match name {
            b"p" => {
                if let Some(mut p) = self.paragraphs.pop() {
                    p.xml.1 = at.1;
                    self.emit(p);
                }
            }
            b"pPr" => self.in_para_props = false,
            b"r" => {
                self.in_run = false;
                self.hidden = false;
            }
            b"rPr" => self.in_run_props = false,
            b"t" => self.in_text = false,
            b"del" | b"moveFrom" if !self.in_run_props && !self.in_para_props => {
                self.deleted = self.deleted.saturating_sub(1)
            }
            b"Fallback" => self.fallback = self.fallback.saturating_sub(1),
            b"ins" if !self.in_run_props && !self.in_para_props => {
                let ours = self.insertions.pop() == Some(true);
                self.deleted = self.deleted.saturating_sub(u32::from(ours));
            }
            b"tbl" => {
                self.tables.pop();
            }
            b"footnote" | b"endnote" => {
                self.skip_note = false;
                self.sink.heading_override = None;
            }
            _ => {}
        }
    }

    fn sink_path(&self) -> Vec<String> {
        self.sink.heading_path()
    }

    fn emit(&mut self, p: Paragraph) {
        let style_level = p
            .style
            .as_deref()
            .and_then(|s| style_level(&self.styles, s));
        let level = p
            .outline
            .filter(|&o| o < 9)
            .map(|o| o + 1)
            .or(style_level)
            .or_else(|| {
                // Many contracts have no heading styles: their article titles are short,
                // all-bold "Normal" paragraphs without final punctuation. Outside tables.
                let title = p.text.trim();
                let looks_like_title = p.bold_letters
                    && !p.plain_letters
                    && title.chars().count() <= 150
                    && !title.ends_with(['.', ';', ':', ','])
                    && self.tables.is_empty()
                    && !self.in_notes;
                looks_like_title.then_some(2)
            });
        let num = match (&p.num_id, p.num_level) {
            (Some(id), level) => Some((id.clone(), level.unwrap_or(0))),
            (None, _) => p
                .style
                .as_deref()
                .and_then(|s| style_numbering(&self.styles, s)),
        };
        let label = num.and_then(|(id, lvl)| self.number_label(&id, lvl));
        let is_list = label.is_some();
        let mut text = p.text;
        if let Some(label) = label.filter(|l| !l.trim().is_empty()) {
            text = format!("{} {}", label.trim_end(), text);
        }
        if text.trim().is_empty() {
            return;
        }
        let kind = if self.in_notes {
            BlockKind::Footnote
        } else if let Some(level) = level {
            BlockKind::Heading { level }
        } else if let Some(t) = self.tables.last() {
            BlockKind::TableCell {
                table: t.id,
                row: t.row,
                column: t.column,
            }
        } else if is_list {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        self.sink.open_kind(kind);
        self.sink.push_text(&text);
        self.sink.set_span(p.xml);
        for id in &p.comments {
            if let Some(&n) = self.comments.get(id) {
                self.sink.anchor_note_here(n);
            }
        }
        self.sink.flush();
    }

    /// Advances the list counter and renders the label ("Article 12", "3.2", "b)"),
    /// or `Some("")` for a bullet.
    fn number_label(&mut self, num_id: &str, ilvl: u8) -> Option<String> {
        let abs = self.numbering.nums.get(num_id)?;
        let levels = self.numbering.abstracts.get(abs)?;
        let ilvl = (ilvl as usize).min(8);
        let this = levels.get(&(ilvl as u8))?;
        if matches!(this.format.as_str(), "bullet" | "none") {
            return Some(String::new());
        }
        let counters = self.counters.entry(num_id.to_string()).or_insert([0; 9]);
        counters[ilvl] = if counters[ilvl] == 0 {
            this.start.max(1)
        } else {
            counters[ilvl] + 1
        };
        for c in counters.iter_mut().skip(ilvl + 1) {
            *c = 0;
        }
        let mut label = this.text.clone();
        for (i, c) in counters.iter().enumerate().take(ilvl + 1) {
            let format = levels
                .get(&(i as u8))
                .map_or("decimal", |l| l.format.as_str());
            let start = levels.get(&(i as u8)).map_or(1, |l| l.start.max(1));
            let value = if *c == 0 { start } else { *c };
            label = label.replace(&format!("%{}", i + 1), &format_number(value, format));
        }
        Some(label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heading_names() {
        assert_eq!(heading_name_level("Heading 3"), Some(3));
        assert_eq!(heading_name_level("titre 1"), Some(1));
        assert_eq!(heading_name_level("Titre10"), None);
        assert_eq!(heading_name_level("Normal"), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(2, "lowerLetter"), "b");
        assert_eq!(format_number(12, "decimal"), "12");
    }
}
