//! What each reader keeps and drops, through `clausier extract --format json`.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

mod common;
use common::{document, package, part};

fn extract(path: &Path) -> Value {
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["extract", "--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout).unwrap()[0].clone()
}

fn blocks(doc: &Value) -> Vec<(String, String, String)> {
    doc["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            let kind = match b["kind"].as_str().unwrap() {
                "heading" => format!("h{}", b["level"]),
                "table_cell" => format!("cell{}.{}", b["row"], b["column"]),
                k => k.to_string(),
            };
            let path = b["headings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(" > ");
            (kind, b["text"].as_str().unwrap().to_string(), path)
        })
        .collect()
}

fn text_of(doc: &Value) -> String {
    blocks(doc)
        .into_iter()
        .map(|b| b.1)
        .collect::<Vec<_>>()
        .join("\n")
}

const STYLES: &str = r#"
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="ClauseTitre"><w:name w:val="Clause titre"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="Plan"><w:name w:val="Plan"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>"#;

const NUMBERING: &str = r#"<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="12"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Article %1 –"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>"#;

#[test]
fn docx_structure_styles_numbering_tables_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.docx");
    let body = r#"
<w:p><w:pPr><w:pStyle w:val="Titre1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Réversibilité</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="ClauseTitre"/></w:pPr><w:r><w:t>12.2 Plan</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Le titu</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">laire remet un </w:t></w:r><w:r><w:t>plan</w:t><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Plan"/></w:pPr><w:r><w:t>Calendrier</w:t></w:r></w:p>
<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Annexe</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Phase</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Durée</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Transfert</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Quatre mois</w:t></w:r><w:endnoteReference w:id="1"/></w:p></w:tc></w:tr></w:tbl>
<w:sectPr><w:headerReference w:type="default" r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>"#;
    package(
        &path,
        &[
            ("word/document.xml", document(body)),
            ("word/styles.xml", part("styles", STYLES)),
            ("word/numbering.xml", part("numbering", NUMBERING)),
            (
                "word/footnotes.xml",
                part(
                    "footnotes",
                    r#"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:t>Voir l'annexe 3.</w:t></w:r></w:p></w:footnote>"#,
                ),
            ),
            (
                "word/endnotes.xml",
                part(
                    "endnotes",
                    r#"<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote><w:endnote w:id="1"><w:p><w:r><w:t>Délai maximal.</w:t></w:r></w:p></w:endnote>"#,
                ),
            ),
            (
                "word/header1.xml",
                part(
                    "hdr",
                    "<w:p><w:r><w:t>CONFIDENTIEL EN-TÊTE</w:t></w:r></w:p>",
                ),
            ),
            (
                "word/footer1.xml",
                part("ftr", "<w:p><w:r><w:t>Pied de page 1/3</w:t></w:r></w:p>"),
            ),
        ],
        true,
    );
    let doc = extract(&path);
    let b = blocks(&doc);
    let want = [
        ("h1", "Article 12 – Réversibilité", ""),
        ("h2", "12.2 Plan", "Article 12 – Réversibilité"),
        (
            "paragraph",
            "Le titulaire remet un plan.",
            "Article 12 – Réversibilité > 12.2 Plan",
        ),
        ("h3", "Calendrier", "Article 12 – Réversibilité > 12.2 Plan"),
        ("h1", "Annexe", ""),
        ("cell1.1", "Phase", "Annexe"),
        ("cell1.2", "Durée", "Annexe"),
        ("cell2.1", "Transfert", "Annexe"),
        ("cell2.2", "Quatre mois", "Annexe"),
        (
            "footnote",
            "Voir l'annexe 3.",
            "Article 12 – Réversibilité > 12.2 Plan",
        ),
        ("footnote", "Délai maximal.", "Annexe"),
    ];
    let got: Vec<(&str, &str, &str)> = b
        .iter()
        .map(|(k, t, p)| (k.as_str(), t.as_str(), p.as_str()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(doc["blocks"][9]["location"]["part"], "word/footnotes.xml");
    assert_eq!(doc["blocks"][2]["location"]["paragraph"], 3);
    assert!(!text_of(&doc).contains("CONFIDENTIEL") && !text_of(&doc).contains("Pied de page"));
}

#[test]
fn docx_inline_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.docx");
    let body = r#"
<w:p><w:r><w:t xml:space="preserve">Inséré: </w:t></w:r><w:ins w:id="1"><w:r><w:t>oui</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>supprimé</w:delText></w:r></w:del><w:moveFrom w:id="3"><w:r><w:t>déplacé-ici</w:t></w:r></w:moveFrom></w:p>
<w:p><w:hyperlink r:id="rId1" xmlns:r="x"><w:r><w:t>lien visible</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF annexe \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> champ affiché</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Zone de texte</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Zone de texte</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:t>ré</w:t><w:softHyphen/><w:t>versibilité, porte</w:t><w:noBreakHyphen/><w:t>parole</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>caché</w:t></w:r></w:p>
<w:sdt><w:sdtContent><w:p><w:r><w:t>Contrôle de contenu</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:commentRangeStart w:id="5"/><w:r><w:t>Commenté</w:t></w:r><w:commentRangeEnd w:id="5"/></w:p>"#;
    package(
        &path,
        &[
            ("word/document.xml", document(body)),
            (
                "word/comments.xml",
                part(
                    "comments",
                    r#"<w:comment w:id="5" w:author="A"><w:p><w:r><w:t>clausier-disable LOC001 raison</w:t></w:r></w:p></w:comment>"#,
                ),
            ),
        ],
        true,
    );
    let doc = extract(&path);
    let text = text_of(&doc);
    assert!(
        text.contains("Inséré: oui") && !text.contains("supprimé") && !text.contains("déplacé-ici"),
        "{text}"
    );
    assert!(
        text.contains("lien visible champ affiché") && !text.contains("REF"),
        "{text}"
    );
    assert_eq!(text.matches("Zone de texte").count(), 1, "{text}");
    assert!(
        text.contains("a\tb\nc")
            && text.contains("ré\u{ad}versibilité")
            && text.contains("porte\u{2011}parole"),
        "{text:?}"
    );
    assert!(!text.contains("caché"));
    assert!(text.contains("Contrôle de contenu"));
    assert!(
        !text.contains("clausier-disable"),
        "comments are not contract text"
    );
    assert_eq!(doc["notes"][0]["text"], "clausier-disable LOC001 raison");
    let commented = doc["notes"][0]["block"].as_u64().unwrap() as usize;
    assert_eq!(doc["blocks"][commented]["text"], "Commenté");
}

#[test]
fn odt_structure() {
    let doc = extract(Path::new("fixtures/formats/features.odt"));
    let b = blocks(&doc);
    let got: Vec<(&str, &str)> = b.iter().map(|(k, t, _)| (k.as_str(), t.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("h1", "Article 4 – Localisation"),
            ("footnote", "Sauvegardes comprises."),
            ("paragraph", "Les données sont hébergées  en France."),
            ("list_item", "Chiffrement AES-256."),
            ("cell1.1", "Audit"),
        ]
    );
    assert!(
        !text_of(&doc).contains("dans tout pays"),
        "tracked deletion left out"
    );
    assert_eq!(doc["notes"][0]["text"], "clausier-disable LOC011 raison");
    assert_eq!(doc["blocks"][2]["location"]["part"], "content.xml");
}

#[test]
fn pdf_pages_and_paragraphs() {
    let doc = extract(Path::new("fixtures/formats/one-page.pdf"));
    let b = doc["blocks"].as_array().unwrap();
    assert_eq!(b[0]["text"], "Article 1 Objet");
    assert_eq!(b[1]["text"], "Les donnees sont hebergees en France.");
    assert_eq!(b[1]["location"]["page"], 1);
    assert!(doc["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn pdf_without_text_layer_is_not_judged() {
    // The one-page fixture with its text operators blanked: a page with no text.
    let mut bytes = std::fs::read("fixtures/formats/one-page.pdf").unwrap();
    let text = String::from_utf8_lossy(&bytes).into_owned();
    for marker in [
        "(Article 1 Objet)",
        "(Les donnees sont hebergees en France.)",
    ] {
        let at = text.find(marker).unwrap();
        bytes[at + 1..at + marker.len() - 1].fill(b' ');
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scan.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    // Not read, so not judged: an error with the reason, exit status 2.
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(v["files"].as_array().unwrap().is_empty(), "{v}");
    let error = v["errors"][0]["message"].as_str().unwrap();
    assert!(
        error.contains("pas de couche texte") && error.contains("OCR"),
        "{error}"
    );
}

#[test]
fn markdown_locations() {
    let doc = extract(Path::new("examples/cgv_saas_prestataire.md"));
    let first = &doc["blocks"][0];
    assert_eq!(first["kind"], "heading");
    assert_eq!(first["location"]["line"], 1);
    assert_eq!(first["location"]["span"][0], 2);
}

/// A PDF with a few text-less pages is judged, with a warning naming them; one most
/// of whose pages hold no text is not read.
#[test]
fn textless_pages_are_named_or_make_the_file_unread() {
    let dir = tempfile::tempdir().unwrap();
    let few = dir.path().join("few.pdf");
    std::fs::write(
        &few,
        common::pdf_of_pages(&[
            "Article 1 Les donnees sont hebergees en France par le titulaire.",
            "",
            "Article 3 Le titulaire restitue les donnees au format CSV a la fin.",
        ]),
    )
    .unwrap();
    let most = dir.path().join("most.pdf");
    std::fs::write(
        &most,
        common::pdf_of_pages(&["", "", "Article 3 Le titulaire restitue les donnees."]),
    )
    .unwrap();
    let out = Command::cargo_bin("clausier")
        .unwrap()
        .args(["check", "--format", "json"])
        .arg(&few)
        .arg(&most)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{v}");
    let warning = files[0]["warnings"][0].as_str().unwrap();
    assert!(warning.contains("page(s) 2 "), "{warning}");
    assert_eq!(files[0]["families"]["localisation"]["status"], "weak");
    assert!(v["errors"][0]["path"]
        .as_str()
        .unwrap()
        .ends_with("most.pdf"));
    assert_eq!(out.status.code(), Some(2));
}
