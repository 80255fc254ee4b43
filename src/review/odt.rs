//! A reviewed copy of an OpenDocument text: comments as `office:annotation` ranges on
//! the words a finding is about, and (on request) model clauses as tracked
//! insertions listed in `text:tracked-changes`. Only content.xml is rewritten, by
//! inserting markup at byte offsets the reader recorded.

use super::package::{escape, insert_all, iso_now, rewrite, text_of};
use super::{Note, Suggestion, AUTHOR};
use crate::model::Document;
use crate::read::xml::{local, walk_at, XmlEvent};
use std::collections::HashMap;
use std::io::Cursor;
use zip::ZipArchive;

const CONTENT: &str = "content.xml";
const DC_NS: &str = "http://purl.org/dc/elements/1.1/";

pub fn annotate(
    bytes: &[u8],
    doc: &Document,
    notes: &[Note],
    suggestions: &[Suggestion],
) -> Result<Vec<u8>, String> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let xml = text_of(&mut zip, CONTENT)?.ok_or("the package has no content.xml")?;
    let date = iso_now();
    // dc:creator needs its namespace; content.xml declares it almost always.
    let dc = if xml.contains(&format!("=\"{DC_NS}\"")) {
        String::new()
    } else {
        format!(" xmlns:dc=\"{DC_NS}\"")
    };
    let mut edits: Vec<(usize, String)> = Vec::new();
    for (n, note) in notes.iter().enumerate() {
        let Some(block) = doc.blocks.get(note.block) else {
            continue;
        };
        let Some(span) = block.location.span else {
            continue;
        };
        let passage = note
            .range
            .and_then(|(s, e)| block.text.get(s..e))
            .unwrap_or("");
        let Some((start, end)) = anchor(&xml, span, passage) else {
            continue;
        };
        let name = format!("clausier{}", n + 1);
        let mut body = String::new();
        for p in &note.paragraphs {
            body.push_str(&format!("<text:p>{}</text:p>", escape(p)));
        }
        edits.push((
            start,
            format!(
                "<office:annotation office:name=\"{name}\"{dc}><dc:creator>{AUTHOR}</dc:creator><dc:date>{}</dc:date>{body}</office:annotation>",
                date.trim_end_matches('Z')
            ),
        ));
        edits.push((
            end,
            format!("<office:annotation-end office:name=\"{name}\"/>"),
        ));
    }
    let mut regions = String::new();
    for (n, s) in suggestions.iter().enumerate() {
        let at = s
            .after_block
            .and_then(|b| doc.blocks.get(b))
            .and_then(|b| b.location.span)
            .map(|(_, e)| e)
            .or_else(|| text_end(&xml));
        let Some(at) = at else { continue };
        let id = format!("clausierct{}", n + 1);
        regions.push_str(&format!(
            "<text:changed-region text:id=\"{id}\"><text:insertion><office:change-info{dc}><dc:creator>{AUTHOR}</dc:creator><dc:date>{}</dc:date></office:change-info></text:insertion></text:changed-region>",
            date.trim_end_matches('Z')
        ));
        let mut inserted = String::new();
        for p in &s.paragraphs {
            inserted.push_str(&format!("<text:p>{}</text:p>", escape(p)));
        }
        // The whole inserted text is one change, from its first letter to its last.
        let inserted = inserted.replacen(
            "<text:p>",
            &format!("<text:p><text:change-start text:change-id=\"{id}\"/>"),
            1,
        );
        let last = inserted.rfind("</text:p>").unwrap_or(inserted.len());
        let inserted = format!(
            "{}<text:change-end text:change-id=\"{id}\"/>{}",
            &inserted[..last],
            &inserted[last..]
        );
        edits.push((at, inserted));
    }
    if !regions.is_empty() {
        let (at, wrap) = tracked_changes_place(&xml).ok_or("content.xml has no office:text")?;
        edits.push((
            at,
            if wrap {
                format!("<text:tracked-changes>{regions}</text:tracked-changes>")
            } else {
                regions
            },
        ));
    }
    if edits.is_empty() {
        return Ok(bytes.to_vec());
    }
    let out = insert_all(&xml, edits);
    rewrite(&mut zip, &HashMap::from([(CONTENT.to_string(), out)]))
}

/// Where the comment on `passage` starts and ends in the paragraph at `span`: right
/// before its first letter and after its last (annotations stand inside the text),
/// or around the paragraph's whole content when the words cannot be found.
fn anchor(xml: &str, span: (usize, usize), passage: &str) -> Option<(usize, usize)> {
    let para = xml.get(span.0..span.1)?;
    // The paragraph's own text, each piece with where it is in the XML.
    let mut text = String::new();
    let mut pieces: Vec<(usize, usize)> = Vec::new(); // (text offset, xml offset)
    let (mut depth, mut skipped) = (0usize, 0usize);
    let (mut content_start, mut content_end) = (None, None);
    walk_at(para, 256, |e, (s, end)| match e {
        XmlEvent::Start(t) => {
            depth += 1;
            let qname = t.name();
            let name = local(qname.as_ref());
            if depth == 1 {
                content_start = Some(end);
            } else if matches!(name, b"note" | b"annotation" | b"p" | b"h") {
                skipped += 1;
            }
        }
        XmlEvent::End(name) => {
            if depth == 1 {
                content_end = Some(s);
            } else if matches!(name, b"note" | b"annotation" | b"p" | b"h") {
                skipped = skipped.saturating_sub(1);
            }
            depth = depth.saturating_sub(1);
        }
        XmlEvent::Text(t) => {
            if skipped == 0 && depth >= 1 {
                // A text event is the raw bytes between tags; a character reference
                // comes as its own event: pieces map back exactly.
                let raw_is_text = para.get(s..end) == Some(t.as_ref());
                pieces.push((text.len(), if raw_is_text { s } else { usize::MAX }));
                text.push_str(&t);
            }
        }
    })
    .ok()?;
    let whole = (content_start? + span.0, content_end? + span.0);
    let passage = passage.trim();
    let Some(at) = (!passage.is_empty()).then(|| text.find(passage)).flatten() else {
        return Some(whole);
    };
    let locate = |offset: usize| {
        let i = pieces
            .partition_point(|&(t, _)| t <= offset)
            .checked_sub(1)?;
        let (t, x) = pieces[i];
        (x != usize::MAX).then(|| x + offset - t)
    };
    let last = text[at..at + passage.len()].chars().next_back()?.len_utf8();
    match (locate(at), locate(at + passage.len() - last)) {
        (Some(s), Some(e)) => Some((s + span.0, e + last + span.0)),
        _ => Some(whole),
    }
}

/// Where the body's text ends: before `</office:text>`.
fn text_end(xml: &str) -> Option<usize> {
    let mut at = None;
    let _ = walk_at(xml, 256, |e, (s, _)| {
        if let XmlEvent::End(b"text") = e {
            at = Some(s);
        }
    });
    at
}

/// Where the list of tracked changes goes: before the end of an existing
/// `text:tracked-changes` (false), or a new one right after `office:text`'s start
/// and its forms (true).
fn tracked_changes_place(xml: &str) -> Option<(usize, bool)> {
    let (mut depth, mut text_depth) = (0usize, None);
    let (mut after_start, mut existing) = (None, None);
    let _ = walk_at(xml, 256, |e, (s, end)| match e {
        XmlEvent::Start(t) => {
            depth += 1;
            let qname = t.name();
            let name = local(qname.as_ref());
            if name == b"text" && text_depth.is_none() && qname.as_ref().starts_with("office:") {
                text_depth = Some(depth);
                after_start = Some(end);
            }
        }
        XmlEvent::End(name) => {
            if text_depth == Some(depth - 1) {
                match name {
                    b"forms" => after_start = Some(end),
                    b"tracked-changes" if existing.is_none() => existing = Some(s),
                    _ => {}
                }
            }
            depth = depth.saturating_sub(1);
        }
        XmlEvent::Text(_) => {}
    });
    existing
        .map(|e| (e, false))
        .or(after_start.map(|a| (a, true)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_is_anchored_on_its_words() {
        let xml = "<office:text><text:p text:style-name=\"P1\">Le titulaire <text:span>h&#233;berge les donn\u{e9}es</text:span> en France.</text:p></office:text>";
        let start = xml.find("<text:p").unwrap();
        let end = xml.find("</office:text>").unwrap();
        let (s, e) = anchor(xml, (start, end), "les données en France").unwrap();
        assert!(xml[s..].starts_with("les donn"));
        assert!(xml[..e].ends_with("en France"));
        // Words across a character reference cannot be mapped byte for byte: the
        // whole content.
        let (s, e) = anchor(xml, (start, end), "hébergé").unwrap();
        assert!(xml[s..].starts_with("Le titulaire"));
        assert!(xml[e..].starts_with("</text:p>"));
    }

    #[test]
    fn tracked_changes_go_after_forms_or_into_the_list() {
        let xml = "<office:body><office:text><office:forms/><text:p/></office:text></office:body>";
        let (at, wrap) = tracked_changes_place(xml).unwrap();
        assert!(wrap && xml[at..].starts_with("<text:p/>"));
        let xml = "<office:text><text:tracked-changes><x/></text:tracked-changes></office:text>";
        let (at, wrap) = tracked_changes_place(xml).unwrap();
        assert!(!wrap && xml[at..].starts_with("</text:tracked-changes>"));
        assert_eq!(text_end(xml), xml.find("</office:text>"));
    }
}
