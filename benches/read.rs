//! Reading and judging a 200-page DOCX (about 1 MB of document.xml), against the
//! floor: unzipping document.xml and tokenizing it with quick-xml.
//! Run by hand: `cargo bench --bench read`; numbers in docs/performance.md.
//! `cargo bench --bench read -- --write-docx FILE` writes the document for
//! comparisons with other tools (pandoc).

use clausier::model::Format;
use clausier::read::{read_bytes, Limits};
use clausier::rules::{load_default_pack, load_default_pack_eagerly, Lang};
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::sync::OnceLock;

const CLAUSES: [&str; 6] = [
    "Les données de la collectivité, ainsi que leurs sauvegardes, sont hébergées exclusivement sur le territoire français.",
    "Le titulaire notifie tout incident de sécurité dans les 24 heures et maintient sa certification ISO/IEC 27001.",
    "Le titulaire, son personnel et ses sous-traitants sont tenus à la confidentialité des données.",
    "Les prix sont révisés annuellement selon l'indice Syntec, le cas échéant, à la date anniversaire du marché.",
    "Le titulaire remet un plan de réversibilité et assiste le nouveau prestataire pendant quatre mois.",
    "Après restitution, le titulaire détruit les données et leurs sauvegardes sous trente jours et remet un certificat.",
];

/// A Word-like document: headings, numbered articles, text split over runs, tables.
fn document_xml(pages: usize) -> String {
    let mut body = String::new();
    for page in 0..pages {
        body.push_str(&format!(
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Article {page} – Engagements</w:t></w:r></w:p>"#
        ));
        for (i, clause) in CLAUSES.iter().cycle().take(16).enumerate() {
            let (a, b) = clause.split_at(clause.find(' ').unwrap_or(0));
            body.push_str(&format!(
                r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{page}.{i}. </w:t></w:r><w:r><w:t xml:space="preserve">{a}</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{b}</w:t></w:r></w:p>"#
            ));
        }
        body.push_str(r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Prestation</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Prix unitaire HT</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#);
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    )
}

fn docx(pages: usize) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default();
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string()),
        ("word/document.xml", document_xml(pages)),
    ];
    for (name, text) in parts {
        zip.start_file(name, opts).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

fn big() -> &'static [u8] {
    static DOC: OnceLock<Vec<u8>> = OnceLock::new();
    DOC.get_or_init(|| docx(200))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write-docx") {
        std::fs::write(&args[i + 1], big()).unwrap();
        return;
    }
    divan::main();
}

/// The floor: unzip document.xml and walk every quick-xml event.
#[divan::bench]
fn unzip_and_tokenize() -> usize {
    let mut zip = zip::ZipArchive::new(Cursor::new(big())).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut n = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) | Err(_) => break n,
            Ok(_) => n += 1,
        }
    }
}

#[divan::bench]
fn read_docx() -> usize {
    let doc = read_bytes(
        Path::new("big.docx"),
        Format::Docx,
        big().to_vec(),
        &Limits::default(),
    )
    .unwrap();
    doc.blocks.len()
}

#[divan::bench]
fn read_and_judge_docx(bencher: divan::Bencher) {
    let pack = load_default_pack(&Default::default()).unwrap();
    bencher.bench(|| {
        let doc = read_bytes(
            Path::new("big.docx"),
            Format::Docx,
            big().to_vec(),
            &Limits::default(),
        )
        .unwrap();
        clausier::engine::judge(&doc, &pack, Lang::Fr)
            .findings
            .len()
    });
}

#[divan::bench]
fn compile_default_pack() -> usize {
    load_default_pack_eagerly(&Default::default())
        .unwrap()
        .rules
        .len()
}
