//! The one file of a `multipart/form-data` upload (RFC 7578), read from memory.
//!
//! Written here rather than taken from a crate: the maintained parsers (multer) are
//! async and would bring an async runtime for one form field; the sync `multipart`
//! crate is unmaintained. What is needed is small: find the part named `document`,
//! its file name (only its extension is used) and its bytes.

/// The uploaded file: the name the browser gave and the bytes.
#[derive(Debug, PartialEq, Eq)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// The boundary of a `multipart/form-data` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"').to_string())
            .filter(|b| !b.is_empty() && b.len() <= 70)
    })
}

/// The part whose field name is `field`, if the body has one with a file name.
pub fn file_part(body: &[u8], boundary: &str, field: &str) -> Option<Upload> {
    let delimiter = format!("--{boundary}");
    let mut rest = body;
    loop {
        let at = find(rest, delimiter.as_bytes())?;
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            return None;
        }
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
        let head_end = find(rest, b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let content = &rest[head_end + 4..];
        let end = find(content, format!("\r\n{delimiter}").as_bytes())?;
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition:"))?;
        if param(disposition, "name").as_deref() == Some(field) {
            let file_name = param(disposition, "filename")?;
            return Some(Upload {
                file_name,
                bytes: content[..end].to_vec(),
            });
        }
        rest = &content[end..];
    }
}

/// A quoted or bare parameter of a header line (`name="document"`).
fn param(line: &str, key: &str) -> Option<String> {
    line.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_named_file_part_is_found() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"lang\"\r\n\r\nfr\r\n--XyZ\r\nContent-Disposition: form-data; name=\"document\"; filename=\"../../etc/ccap.md\"\r\nContent-Type: text/markdown\r\n\r\n# Article\r\n\r\ntexte\r\n--XyZ--\r\n";
        let b = boundary("multipart/form-data; boundary=XyZ").unwrap();
        let up = file_part(body, &b, "document").unwrap();
        assert_eq!(up.file_name, "../../etc/ccap.md");
        assert_eq!(up.bytes, b"# Article\r\n\r\ntexte");
        assert_eq!(file_part(body, &b, "other"), None);
        assert_eq!(file_part(b"--XyZ\r\ntruncated", &b, "document"), None);
        assert_eq!(boundary("text/plain; boundary=x"), None);
        assert_eq!(
            boundary("multipart/form-data; boundary=\"q q\"").unwrap(),
            "q q"
        );
    }
}
