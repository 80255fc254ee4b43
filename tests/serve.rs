//! `clausier serve` as a browser meets it: the upload page, a review carried in one
//! response (the reviewed Word copy inside it), limits, and safe headers.

use base64::Engine as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    address: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_clausier"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(extra)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    stderr.read_line(&mut line).unwrap();
    // Whatever the server says later goes to the test's output.
    std::thread::spawn(move || {
        for l in stderr.lines().map_while(Result::ok) {
            eprintln!("server: {l}");
        }
    });
    let address = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, address }
}

/// One HTTP/1.0 exchange (no chunked answer to undo): status, headers (lower-cased names) and body.
fn exchange(address: &str, head: &str, body: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .write_all(
            format!(
                "{head}Host: {address}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .as_bytes(),
        )
        .unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = headers.split(' ').nth(1).unwrap().parse().unwrap();
    (status, headers.to_lowercase(), body.to_string())
}

fn upload(address: &str, file_name: &str, bytes: &[u8]) -> (u16, String, String) {
    let mut body = format!(
        "--B0undary\r\nContent-Disposition: form-data; name=\"document\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(b"\r\n--B0undary--\r\n");
    exchange(
        address,
        "POST /review HTTP/1.0\r\nContent-Type: multipart/form-data; boundary=B0undary\r\n",
        &body,
    )
}

fn a_docx() -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run};
    let mut out = std::io::Cursor::new(Vec::new());
    Docx::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text("Article 1 – Données"))
                .style("Heading1"),
        )
        .add_paragraph(
            Paragraph::new().add_run(
                Run::new().add_text(
                    "Le prestataire choisit librement le lieu d'hébergement des données.",
                ),
            ),
        )
        .build()
        .pack(&mut out)
        .unwrap();
    out.into_inner()
}

#[test]
fn the_page_the_review_and_the_reviewed_copy() {
    let server = start(&[]);
    let (status, headers, body) = exchange(&server.address, "GET / HTTP/1.0\r\n", b"");
    assert_eq!(status, 200);
    assert!(
        headers.contains("content-security-policy: default-src 'none'"),
        "{headers}"
    );
    assert!(headers.contains("x-content-type-options: nosniff"));
    assert!(body.contains("enctype=\"multipart/form-data\""));
    assert!(!body.contains("<script"));

    // Markdown: the report, no copy to download.
    let md = std::fs::read("examples/cgv_saas_prestataire.md").unwrap();
    let (status, _, body) = upload(&server.address, "cgv.md", &md);
    assert_eq!(status, 200);
    assert_eq!(body.matches("<th scope=\"row\">").count(), 8);
    assert!(body.contains("contraire"));
    assert!(!body.contains("download=\""));

    // Word: the report and the reviewed copy in the same response; a path in the
    // file name is not followed, only its last part names the document.
    let (status, _, body) = upload(&server.address, "../../etc/ccap.docx", &a_docx());
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("ccap.docx") && !body.contains("etc"),
        "only the name is kept"
    );
    let href = body.split("base64,").nth(1).unwrap();
    // As the browser reads the attribute: HTML escaping undone.
    let encoded = href[..href.find('"').unwrap()].replace("&#x2f;", "/");
    let copy = base64::engine::general_purpose::STANDARD
        .decode(&encoded)
        .unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(copy)).unwrap();
    let mut comments = String::new();
    zip.by_name("word/comments.xml")
        .unwrap()
        .read_to_string(&mut comments)
        .unwrap();
    assert!(comments.contains("LOC050"), "{comments}");
}

#[test]
fn limits_and_wrong_requests_get_clear_answers() {
    let server = start(&["--max-upload-mib", "1", "--lang", "en"]);
    let (status, _, body) = upload(&server.address, "big.md", &vec![b'a'; 2 << 20]);
    assert_eq!(status, 413);
    assert!(body.contains("larger than allowed (1 MiB)"), "{body}");
    let (status, _, body) = upload(&server.address, "notes.rtf", b"hello");
    assert_eq!(status, 415);
    assert!(body.contains("format not supported"));
    let (status, _, _) = exchange(&server.address, "GET /etc/passwd HTTP/1.0\r\n", b"");
    assert_eq!(status, 404);
    let (status, _, body) = exchange(
        &server.address,
        "POST /review HTTP/1.0\r\nContent-Type: text/plain\r\n",
        b"x",
    );
    assert_eq!(status, 400);
    assert!(body.contains("No document received"));
    // An unreadable Word file is reported in the page, and the server goes on.
    let (status, _, body) = upload(&server.address, "broken.docx", b"PK\x03\x04 cut");
    assert_eq!(status, 200);
    assert!(body.contains("unreadable"));
    let (status, _, _) = exchange(&server.address, "GET / HTTP/1.0\r\n", b"");
    assert_eq!(status, 200);
}

#[test]
fn uploads_at_once_are_all_served() {
    let server = start(&[]);
    let md = std::fs::read("examples/ccap_hebergement_ged.md").unwrap();
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let (address, md) = (server.address.clone(), md.clone());
            std::thread::spawn(move || upload(&address, &format!("c{i}.md"), &md))
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let (status, _, body) = h.join().unwrap();
        assert_eq!(status, 200);
        assert!(body.contains(&format!("c{i}.md")));
    }
}
