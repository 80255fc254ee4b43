//! What the reviewed copies of Word and OpenDocument packages share: rewriting a
//! zip package with some parts changed, and the small XML helpers.

use std::collections::HashMap;
use std::io::{Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// A copy of the package with `changed` parts replaced (or added), other entries
/// copied raw.
pub fn rewrite(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    changed: &HashMap<String, String>,
) -> Result<Vec<u8>, String> {
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut written = Vec::new();
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).map_err(|e| e.to_string())?;
        let name = file.name().map_err(|e| e.to_string())?.to_string();
        match changed.get(&name) {
            Some(text) => {
                drop(file);
                out.start_file(name.as_str(), options)
                    .map_err(|e| e.to_string())?;
                out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
            }
            None => out.raw_copy_file(file).map_err(|e| e.to_string())?,
        }
        written.push(name);
    }
    let mut added: Vec<&String> = changed.keys().filter(|k| !written.contains(k)).collect();
    added.sort();
    for name in added {
        out.start_file(name.as_str(), options)
            .map_err(|e| e.to_string())?;
        out.write_all(changed[name].as_bytes())
            .map_err(|e| e.to_string())?;
    }
    out.finish()
        .map(|c| c.into_inner())
        .map_err(|e| e.to_string())
}

/// `xml` with each insertion made at its byte offset; insertions at one offset keep
/// their order.
pub fn insert_all(xml: &str, mut edits: Vec<(usize, String)>) -> String {
    edits.sort_by_key(|(at, _)| *at);
    let mut out = String::with_capacity(xml.len() + edits.iter().map(|e| e.1.len()).sum::<usize>());
    let mut from = 0;
    for (at, insert) in edits {
        out.push_str(&xml[from..at]);
        out.push_str(&insert);
        from = at;
    }
    out.push_str(&xml[from..]);
    out
}

pub fn text_of(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("{name}: {e}")),
    };
    let mut s = String::new();
    file.read_to_string(&mut s)
        .map_err(|e| format!("{name}: {e}"))?;
    Ok(Some(s))
}

/// Now, as Word dates its comments and revisions (`2026-12-03T09:30:00Z`).
pub fn iso_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // XML 1.0 has no place for these control characters.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_dates() {
        assert_eq!(escape("a < b & \"c\"\u{1}"), "a &lt; b &amp; &quot;c&quot;");
        let now = iso_now();
        assert!(
            now.len() == 20 && now.starts_with("20") && now.ends_with('Z'),
            "{now}"
        );
    }
}
