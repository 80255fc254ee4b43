//! Helpers shared by the integration tests: hand-made packages.

#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::Path;

pub const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#;

/// A zip package from (name, bytes) parts.
pub fn package(path: &Path, parts: &[(&str, Vec<u8>)], deflate: bool) {
    let mut zip = zip::ZipWriter::new(fs::File::create(path).unwrap());
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .large_file(true);
    for (name, bytes) in parts {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// A word/document.xml with this body.
pub fn document(body: &str) -> Vec<u8> {
    format!(r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#)
        .into_bytes()
}

/// A Word part of another kind (styles, footnotes, comments…) with this content.
pub fn part(root: &str, content: &str) -> Vec<u8> {
    format!(r#"<?xml version="1.0"?><w:{root} {W}>{content}</w:{root}>"#).into_bytes()
}
