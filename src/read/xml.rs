//! A thin, safe walk over an XML part with quick-xml.
//!
//! Entities are never expanded (quick-xml does not read DTDs): only the five
//! predefined ones and character references are resolved, so billion-laughs and
//! external-entity files read as plain text. Depth is capped.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::borrow::Cow;

pub enum XmlEvent<'a, 'b> {
    Start(&'b BytesStart<'a>),
    End(&'b [u8]),
    Text(Cow<'b, str>),
}

/// The local name of an element (`w:p` → `p`).
pub fn local(name: &str) -> &[u8] {
    name.rsplit(':').next().unwrap_or(name).as_bytes()
}

/// The value of the attribute whose local name is `key`.
pub fn attr(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (local(a.key.as_ref()) == key).then(|| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
    })
}

/// Walks `xml`, calling `f` for each start, end and text; an empty element gives a
/// start then an end. Returns a cause in words when the XML is malformed or too deep.
pub fn walk(
    xml: &str,
    max_depth: usize,
    mut f: impl FnMut(XmlEvent<'_, '_>),
) -> Result<(), String> {
    walk_at(xml, max_depth, |e, _| f(e))
}

/// Like [`walk`], also giving each event's byte range in `xml` (a tag's `<` to its
/// `>`), so that a writer can insert markup next to what was read.
pub fn walk_at(
    xml: &str,
    max_depth: usize,
    mut f: impl FnMut(XmlEvent<'_, '_>, (usize, usize)),
) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = false;
    let mut depth = 0usize;
    loop {
        let start = reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| format!("malformed XML at byte {}: {e}", reader.error_position()))?;
        let at = (start, reader.buffer_position() as usize);
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > max_depth {
                    return Err(format!(
                        "XML nested deeper than {max_depth} levels (raise it with --max-xml-depth)"
                    ));
                }
                f(XmlEvent::Start(&e), at);
            }
            Event::Empty(e) => {
                f(XmlEvent::Start(&e), at);
                f(XmlEvent::End(local(e.name().as_ref())), at);
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                f(XmlEvent::End(local(e.name().as_ref())), at);
            }
            Event::Text(t) => f(XmlEvent::Text(t.xml10_content()), at),
            Event::CData(t) => f(XmlEvent::Text(t.into_inner()), at),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match &*r {
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "amp" => Some('&'),
                        "apos" => Some('\''),
                        "quot" => Some('"'),
                        _ => None,
                    },
                };
                if let Some(c) = c {
                    f(XmlEvent::Text(c.to_string().into()), at);
                }
            }
            // A part that ends with elements still open was cut short (a truncated
            // download): what is missing cannot be judged.
            Event::Eof if depth > 0 => {
                return Err(format!(
                    "ends with {depth} element(s) still open (the file is truncated?)"
                ))
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(xml: &str) -> Result<String, String> {
        let mut s = String::new();
        walk(xml, 50, |e| {
            if let XmlEvent::Text(t) = e {
                s.push_str(&t)
            }
        })?;
        Ok(s)
    }

    #[test]
    fn entities_are_not_expanded() {
        let xml = r#"<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "xxxxxxxx"><!ENTITY b "&a;&a;&a;">
            <!ENTITY x SYSTEM "file:///etc/passwd">]><r>&b;&x;&amp;&#233;</r>"#;
        assert_eq!(texts(xml).unwrap(), "&é");
    }

    #[test]
    fn positions_are_the_tags_bytes() {
        let xml = "<a><b x=\"1\">t&amp;</b><c/></a>";
        let mut seen = Vec::new();
        walk_at(xml, 10, |e, (s, end)| {
            if !matches!(e, XmlEvent::Text(_)) {
                seen.push(&xml[s..end]);
            }
        })
        .unwrap();
        assert_eq!(seen, ["<a>", "<b x=\"1\">", "</b>", "<c/>", "<c/>", "</a>"]);
    }

    #[test]
    fn depth_is_capped() {
        let xml = "<a>".repeat(100) + &"</a>".repeat(100);
        assert!(texts(&xml).unwrap_err().contains("deeper than 50"));
    }

    #[test]
    fn truncated_xml_is_an_error() {
        // Ends (no hang), and says the part was cut short, at a tag's end or not.
        assert!(texts("<a><b>text</b>").unwrap_err().contains("still open"));
        assert!(texts("<a><b>te").is_err());
        assert_eq!(texts("<a><b>text</b></a>").unwrap(), "text");
    }
}
