//! A reviewed copy of a Word package: comments anchored on the runs a finding is
//! about, and (on request) model clauses as tracked insertions. Only the parts that
//! must change are rewritten — the main part, the comments part, the content types
//! and the main part's relationships —, each by inserting markup at byte offsets the
//! reader recorded; every other entry is copied as it was, compressed bytes included.

use super::package::{escape, insert_all, iso_now, rewrite, text_of};
use super::{Note, Suggestion, AUTHOR};
use crate::model::Document;
use crate::read::xml::{local, walk_at, XmlEvent};
use std::collections::HashMap;
use std::io::Cursor;
use zip::ZipArchive;

const MAIN_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_TYPE: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_CONTENT: &str =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/// Writes the reviewed copy of the package `bytes`, whose reading is `doc`.
pub fn annotate(
    bytes: &[u8],
    doc: &Document,
    notes: &[Note],
    suggestions: &[Suggestion],
) -> Result<Vec<u8>, String> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let main = main_part_name(doc);
    let mut parts: HashMap<String, String> = HashMap::new();
    for name in [
        main.clone(),
        rels_of(&main),
        "[Content_Types].xml".to_string(),
    ] {
        parts.insert(name.clone(), text_of(&mut zip, &name)?.unwrap_or_default());
    }
    let rels = parts[&rels_of(&main)].clone();
    let comments_name = comments_target(&rels)
        .map(|t| resolve(&main, &t))
        .unwrap_or_else(|| sibling(&main, "comments.xml"));
    let comments_xml = text_of(&mut zip, &comments_name)?;

    let w = prefix_of(&parts[&main]);
    let date = iso_now();
    let mut next_id = 1 + [Some(&parts[&main]), comments_xml.as_ref()]
        .into_iter()
        .flatten()
        .map(|x| max_id(x))
        .max()
        .unwrap_or(0);

    // Comments, each on the runs of its passage (or its whole paragraph).
    let mut edits: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    let mut comment_parts = String::new();
    for note in notes {
        let Some(block) = doc.blocks.get(note.block) else {
            continue;
        };
        let (Some(span), Some(part)) = (block.location.span, block.location.part.as_ref()) else {
            continue;
        };
        let xml = match parts.get(part) {
            Some(x) => x.clone(),
            None => match text_of(&mut zip, part)? {
                Some(x) => {
                    parts.insert(part.clone(), x.clone());
                    x
                }
                None => continue,
            },
        };
        let passage = note
            .range
            .and_then(|(s, e)| block.text.get(s..e))
            .unwrap_or("");
        let Some((start, end)) = anchor(&xml, span, passage) else {
            continue;
        };
        let id = next_id;
        next_id += 1;
        let list = edits.entry(part.clone()).or_default();
        list.push((start, format!("<{w}:commentRangeStart {w}:id=\"{id}\"/>")));
        list.push((
            end,
            format!(
                "<{w}:commentRangeEnd {w}:id=\"{id}\"/><{w}:r><{w}:commentReference {w}:id=\"{id}\"/></{w}:r>"
            ),
        ));
        comment_parts.push_str(&comment(id, &date, &note.paragraphs));
    }

    // Model clauses as tracked insertions, after their article or at the end.
    for s in suggestions {
        let at = match s.after_block.and_then(|b| doc.blocks.get(b)) {
            Some(b) if b.location.part.as_deref() == Some(main.as_str()) => {
                b.location.span.map(|(_, e)| e)
            }
            _ => None,
        }
        .or_else(|| body_end(&parts[&main]));
        let Some(at) = at else { continue };
        let mut xml = String::new();
        for p in &s.paragraphs {
            let (mark, run) = (next_id, next_id + 1);
            next_id += 2;
            xml.push_str(&format!(
                "<{w}:p><{w}:pPr><{w}:rPr><{w}:ins {w}:id=\"{mark}\" {w}:author=\"{AUTHOR}\" {w}:date=\"{date}\"/></{w}:rPr></{w}:pPr>\
                 <{w}:ins {w}:id=\"{run}\" {w}:author=\"{AUTHOR}\" {w}:date=\"{date}\"><{w}:r><{w}:t xml:space=\"preserve\">{}</{w}:t></{w}:r></{w}:ins></{w}:p>",
                escape(p)
            ));
        }
        edits.entry(main.clone()).or_default().push((at, xml));
    }

    if !comment_parts.is_empty() {
        let with_comments = match &comments_xml {
            Some(x) => {
                let declare = if prefix_of(x) == "w" {
                    String::new()
                } else {
                    format!(" xmlns:w=\"{MAIN_NS}\"")
                };
                let added = comment_parts.replace("<w:comment ", &format!("<w:comment{declare} "));
                insert_before_close(x, "comments", &added)?
            }
            None => format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"{MAIN_NS}\">{comment_parts}</w:comments>"
            ),
        };
        parts.insert(comments_name.clone(), with_comments);
        if comments_target(&rels).is_none() {
            let id = free_rel_id(&rels);
            let target = comments_name.rsplit('/').next().unwrap_or("comments.xml");
            let rel =
                format!("<Relationship Id=\"{id}\" Type=\"{COMMENTS_TYPE}\" Target=\"{target}\"/>");
            parts.insert(
                rels_of(&main),
                insert_before_close(&rels, "Relationships", &rel)?,
            );
        }
        let types = &parts["[Content_Types].xml"];
        let part_name = format!("/{comments_name}");
        if !types
            .to_lowercase()
            .contains(&format!("partname=\"{}\"", part_name.to_lowercase()))
        {
            let o =
                format!("<Override PartName=\"{part_name}\" ContentType=\"{COMMENTS_CONTENT}\"/>");
            let t = insert_before_close(types, "Types", &o)?;
            parts.insert("[Content_Types].xml".to_string(), t);
        }
    } else {
        parts.remove(&comments_name);
        parts.remove(&rels_of(&main));
        parts.remove("[Content_Types].xml");
    }
    for (part, list) in edits {
        let out = insert_all(&parts[&part], list);
        parts.insert(part, out);
    }
    rewrite(&mut zip, &parts)
}

/// The main part: the part the body's blocks came from.
fn main_part_name(doc: &Document) -> String {
    doc.blocks
        .iter()
        .filter_map(|b| b.location.part.clone())
        .find(|p| !p.contains("footnotes") && !p.contains("endnotes"))
        .unwrap_or_else(|| "word/document.xml".to_string())
}

/// `word/document.xml` → `word/_rels/document.xml.rels`.
fn rels_of(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, name)) => format!("{dir}/_rels/{name}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

fn sibling(part: &str, name: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{name}"),
        None => name.to_string(),
    }
}

/// A relationship target, relative to the part's folder, as a package path.
fn resolve(part: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    let mut dirs: Vec<&str> = part.split('/').collect();
    dirs.pop();
    for piece in target.split('/') {
        match piece {
            ".." => {
                dirs.pop();
            }
            "." | "" => {}
            p => dirs.push(p),
        }
    }
    dirs.join("/")
}

/// The target of the main part's comments relationship, if it has one.
fn comments_target(rels: &str) -> Option<String> {
    let mut found = None;
    let _ = walk_at(rels, 16, |e, _| {
        if let XmlEvent::Start(s) = e {
            let ty = crate::read::xml::attr(s, b"Type");
            if found.is_none() && ty.is_some_and(|t| t.ends_with("/comments")) {
                found = crate::read::xml::attr(s, b"Target");
            }
        }
    });
    found
}

fn free_rel_id(rels: &str) -> String {
    (1..)
        .map(|n| format!("rIdClausier{n}"))
        .find(|id| !rels.contains(&format!("\"{id}\"")))
        .unwrap_or_default()
}

/// `xml` with `insert` as the last children of its root element, whose local name
/// is `root`: before its closing tag, or in it when it is empty (`<w:comments/>`).
fn insert_before_close(xml: &str, root: &str, insert: &str) -> Result<String, String> {
    let mut open: Option<(usize, usize, String)> = None;
    let mut close = None;
    let _ = walk_at(xml, 8, |e, at| match e {
        XmlEvent::Start(s) if open.is_none() => {
            open = Some((at.0, at.1, s.name().as_ref().to_string()));
        }
        XmlEvent::End(name) if name == root.as_bytes() => close = Some(at),
        _ => {}
    });
    let (start, end, name) = open.ok_or_else(|| format!("the package has no {root} part"))?;
    if local(&name) != root.as_bytes() {
        return Err(format!("the part's root is not {root}"));
    }
    match close {
        // An empty root gives its start and end on the same bytes.
        Some((s, e)) if (s, e) == (start, end) => {
            let tag = xml[start..end].trim_end_matches("/>").trim_end();
            Ok(format!(
                "{}{tag}>{insert}</{name}>{}",
                &xml[..start],
                &xml[end..]
            ))
        }
        Some((s, _)) => Ok(format!("{}{insert}{}", &xml[..s], &xml[s..])),
        None => Err(format!("no closing {root} tag")),
    }
}

/// The prefix the part binds to WordprocessingML's main namespace (`w` almost always).
fn prefix_of(xml: &str) -> String {
    let needle = format!("=\"{MAIN_NS}\"");
    xml.find(&needle)
        .and_then(|i| {
            let before = &xml[..i];
            let start = before.rfind("xmlns:")? + "xmlns:".len();
            Some(before[start..].trim().to_string())
        })
        .filter(|p| !p.is_empty() && !p.contains(char::is_whitespace))
        .unwrap_or_else(|| "w".to_string())
}

/// The largest numeric `id` attribute in a part: new comment and revision ids
/// start above it, so no id is taken twice.
fn max_id(xml: &str) -> u64 {
    xml.match_indices(":id=\"")
        .filter_map(|(i, m)| {
            let rest = &xml[i + m.len()..];
            rest[..rest.find('"')?].parse::<u64>().ok()
        })
        .max()
        .unwrap_or(0)
}

/// Where a paragraph may be inserted at the end of the body: before the body's
/// section properties, else before `</w:body>`.
fn body_end(xml: &str) -> Option<usize> {
    let (mut depth, mut body_depth, mut at) = (0usize, None, None);
    let _ = walk_at(xml, 256, |e, (s, _)| match e {
        XmlEvent::Start(t) => {
            depth += 1;
            match local(t.name().as_ref()) {
                b"body" => body_depth = Some(depth),
                b"sectPr" if body_depth == Some(depth - 1) && at.is_none() => at = Some(s),
                _ => {}
            }
        }
        XmlEvent::End(name) => {
            if name == b"body" && at.is_none() {
                at = Some(s);
            }
            depth = depth.saturating_sub(1);
        }
        XmlEvent::Text(_) => {}
    });
    at
}

/// Where a comment on `passage` starts and ends in the paragraph at `span`: before
/// the run holding its first letter and after the run holding its last, or around
/// the whole paragraph's content when the words cannot be told.
fn anchor(xml: &str, span: (usize, usize), passage: &str) -> Option<(usize, usize)> {
    let para = xml.get(span.0..span.1)?;
    let mut runs: Vec<Run> = Vec::new();
    let mut text = String::new();
    let (mut depth, mut p_depth, mut deleted) = (0usize, 0usize, 0usize);
    let (mut content_start, mut content_end) = (None, None);
    let (mut in_text, mut in_props) = (false, false);
    let walked = walk_at(para, 256, |e, (s, end)| match e {
        XmlEvent::Start(t) => {
            depth += 1;
            match local(t.name().as_ref()) {
                b"p" => p_depth += 1,
                b"pPr" if p_depth == 1 => in_props = true,
                b"r" if p_depth == 1 && deleted == 0 => runs.push(Run {
                    xml: (s, s),
                    text: (text.len(), text.len()),
                }),
                b"t" if p_depth == 1 && deleted == 0 => in_text = true,
                b"tab" if p_depth == 1 && deleted == 0 && !in_props => text.push('\t'),
                b"br" | b"cr" if p_depth == 1 && deleted == 0 && !in_props => text.push('\n'),
                b"del" | b"moveFrom" => deleted += 1,
                _ => {}
            }
            if p_depth == 1 && depth == 1 && content_start.is_none() {
                content_start = Some(end);
            }
        }
        XmlEvent::End(name) => {
            match name {
                b"pPr" if p_depth == 1 && depth == 2 => {
                    in_props = false;
                    content_start = Some(end);
                }
                b"r" if p_depth == 1 && deleted == 0 => {
                    if let Some(r) = runs.last_mut() {
                        r.xml.1 = end;
                        r.text.1 = text.len();
                    }
                }
                b"t" => in_text = false,
                b"del" | b"moveFrom" => deleted = deleted.saturating_sub(1),
                b"p" => {
                    if p_depth == 1 && depth == 1 {
                        content_end = Some(s);
                    }
                    p_depth -= 1;
                }
                _ => {}
            }
            depth = depth.saturating_sub(1);
        }
        XmlEvent::Text(t) => {
            if in_text && p_depth == 1 && deleted == 0 {
                text.push_str(&t);
            }
        }
    });
    walked.ok()?;
    let whole = (content_start? + span.0, content_end? + span.0);
    let passage = passage.trim();
    if passage.is_empty() {
        return Some(whole);
    }
    let Some(at) = text.find(passage) else {
        return Some(whole);
    };
    let last = at + passage.len();
    let first_run = runs.iter().find(|r| r.text.1 > at && r.xml.1 > r.xml.0);
    let last_run = runs
        .iter()
        .rev()
        .find(|r| r.text.0 < last && r.xml.1 > r.xml.0);
    match (first_run, last_run) {
        (Some(f), Some(l)) if f.xml.0 <= l.xml.0 => Some((f.xml.0 + span.0, l.xml.1 + span.0)),
        _ => Some(whole),
    }
}

/// A run of the paragraph: where it is in the XML, and which bytes of the
/// paragraph's text it holds.
struct Run {
    xml: (usize, usize),
    text: (usize, usize),
}

fn comment(id: u64, date: &str, paragraphs: &[String]) -> String {
    let mut xml = format!(
        "<w:comment w:id=\"{id}\" w:author=\"{AUTHOR}\" w:date=\"{date}\" w:initials=\"CL\">"
    );
    for p in paragraphs {
        xml.push_str(&format!(
            "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            escape(p)
        ));
    }
    xml.push_str("</w:comment>");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_is_anchored_on_its_runs() {
        let xml = r#"<w:body><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>Le titulaire </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>héberge les données</w:t></w:r><w:r><w:t> en France.</w:t></w:r></w:p></w:body>"#;
        let start = xml.find("<w:p>").unwrap();
        let end = xml.find("</w:body>").unwrap();
        let (s, e) = anchor(xml, (start, end), "héberge les données").unwrap();
        assert!(xml[s..].starts_with("<w:r><w:rPr><w:b/>"));
        assert!(xml[..e].ends_with("héberge les données</w:t></w:r>"));
        // Words that cannot be found: the whole content, after the properties.
        let (s, e) = anchor(xml, (start, end), "introuvable").unwrap();
        assert!(xml[s..].starts_with("<w:r><w:t>Le titulaire"));
        assert!(xml[e..].starts_with("</w:p>"));
    }

    #[test]
    fn paths_and_ids() {
        assert_eq!(rels_of("word/document.xml"), "word/_rels/document.xml.rels");
        assert_eq!(
            resolve("word/document.xml", "comments.xml"),
            "word/comments.xml"
        );
        assert_eq!(resolve("word/document.xml", "../c.xml"), "c.xml");
        assert_eq!(
            max_id(r#"<w:c w:id="4"/><w:d w:id="12"/><x r:id="rId3"/>"#),
            12
        );
        assert_eq!(
            prefix_of(&format!("<x:document xmlns:x=\"{MAIN_NS}\">")),
            "x"
        );
        let x = "<?xml version=\"1.0\"?><w:comments xmlns:w=\"u\" />";
        assert_eq!(
            insert_before_close(x, "comments", "<c/>").unwrap(),
            "<?xml version=\"1.0\"?><w:comments xmlns:w=\"u\"><c/></w:comments>"
        );
        let x = "<Types><Default/></Types>";
        assert_eq!(
            insert_before_close(x, "Types", "<O/>").unwrap(),
            "<Types><Default/><O/></Types>"
        );
        let now = iso_now();
        assert!(
            now.len() == 20 && now.starts_with("20") && now.ends_with('Z'),
            "{now}"
        );
    }
}
