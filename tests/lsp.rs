//! `clausier lsp` driven over stdio as an editor drives it: initialize, didOpen,
//! didChange, didSave, codeAction, hover, malformed requests, shutdown.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    next_id: i64,
}

impl Client {
    fn start(dir: &Path, capabilities: Value) -> (Client, Value) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_clausier"))
            .arg("lsp")
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || read_messages(stdout, tx));
        let mut client = Client {
            child,
            stdin,
            messages,
            next_id: 0,
        };
        let init = client.request("initialize", json!({ "capabilities": capabilities }));
        client.notify("initialized", json!({}));
        (client, init)
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its response (notifications meanwhile are kept
    /// for `next_diagnostics`? No: they are read in order, so requests are sent
    /// when no diagnostics are pending).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.receive();
            if m["id"] == json!(id) {
                return m;
            }
        }
    }

    fn receive(&mut self) -> Value {
        self.messages
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answered in time")
    }

    fn next_diagnostics(&mut self) -> Value {
        loop {
            let m = self.receive();
            if m["method"] == "textDocument/publishDiagnostics" {
                return m["params"].clone();
            }
        }
    }

    fn shutdown(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r.get("error").is_none(), "{r}");
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

fn read_messages(stdout: ChildStdout, tx: mpsc::Sender<Value>) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
            return;
        }
    }
}

fn uri_of(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn open(client: &mut Client, path: &Path, text: &str) -> Value {
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri_of(path), "languageId": "markdown", "version": 1, "text": text}}),
    );
    client.next_diagnostics()
}

fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

const CONTRACT: &str = "fixtures/lsp/contrat.md";

fn copy_contract(dir: &Path) -> (std::path::PathBuf, String) {
    let text = std::fs::read_to_string(CONTRACT).unwrap();
    let path = dir.join("contrat.md");
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

/// The diagnostics carry the codes, passages and messages `clausier check` reports,
/// and the statuses as one more, informational, diagnostic — on every Markdown file
/// of examples/ and of a labelled fixture set, and on a reStructuredText file.
#[test]
fn diagnostics_are_the_findings_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let (mut client, init) = Client::start(dir.path(), json!({}));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    let mut files: Vec<std::path::PathBuf> = [
        "examples",
        "fixtures/labelled-indep-4",
        "fixtures/lsp",
        "fixtures/formats",
    ]
    .iter()
    .flat_map(|d| std::fs::read_dir(d).unwrap())
    .map(|e| e.unwrap().path())
    .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "rst") && !p.ends_with("README.md"))
    .collect();
    files.sort();
    assert!(files.len() >= 8, "{files:?}");
    for file in files {
        let path = std::fs::canonicalize(&file).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let published = open(&mut client, &path, &text);
        assert_eq!(published["uri"], uri_of(&path));
        assert_eq!(published["version"], 1);
        let out = Command::new(env!("CARGO_BIN_EXE_clausier"))
            .args(["check", "--no-config", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let findings = report["files"][0]["findings"].as_array().unwrap();
        let diagnostics = published["diagnostics"].as_array().unwrap();
        for f in findings {
            // 1-based lines and characters in the report, 0-based here (the files
            // hold no character outside the BMP, where UTF-16 columns would differ).
            let same = diagnostics.iter().any(|d| {
                d["code"] == f["code"]
                    && d["message"] == f["message"]
                    && f.get("location").is_none_or(|l| {
                        d["range"]["start"]["line"] == json!(l["line"].as_u64().unwrap() - 1)
                            && d["range"]["start"]["character"]
                                == json!(l["column"].as_u64().unwrap() - 1)
                    })
            });
            assert!(same, "{}: no diagnostic for {f}", file.display());
        }
        let statuses: Vec<&Value> = diagnostics.iter().filter(|d| d["code"].is_null()).collect();
        assert_eq!(statuses.len(), 1, "{}", file.display());
        assert_eq!(statuses[0]["severity"], 3);
        assert_eq!(diagnostics.len(), findings.len() + 1, "{}", file.display());
    }
    client.shutdown();
}

/// A change is judged after a pause; a save at once; a closed file loses its
/// diagnostics.
#[test]
fn changes_saves_and_closes_are_followed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text) = copy_contract(dir.path());
    let (mut client, _) = Client::start(dir.path(), json!({}));
    assert!(codes(&open(&mut client, &path, &text)).contains(&"POR002".to_string()));
    let firm = text.replace("s'efforce de restituer", "restitue");
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&path), "version": 2}, "contentChanges": [{"text": firm}]}),
    );
    let changed = client.next_diagnostics();
    assert_eq!(changed["version"], 2);
    assert!(!codes(&changed).contains(&"POR002".to_string()));
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri_of(&path)}, "text": text}),
    );
    assert!(codes(&client.next_diagnostics()).contains(&"POR002".to_string()));
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri_of(&path)}}),
    );
    assert_eq!(client.next_diagnostics()["diagnostics"], json!([]));
    client.shutdown();
}

/// Quick fixes: a binding wording in the hedge's place, the model clause of a
/// missing family at the end, a suppression with a reason placeholder; a hover
/// shows the rule's explanation.
#[test]
fn code_actions_and_hover() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text) = copy_contract(dir.path());
    let (mut client, _) = Client::start(dir.path(), json!({}));
    let published = open(&mut client, &path, &text);
    let diagnostics = published["diagnostics"].as_array().unwrap();
    let hedged = diagnostics.iter().find(|d| d["code"] == "POR002").unwrap();
    let actions = |client: &mut Client, d: &Value| -> Vec<Value> {
        let r = client.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri_of(&path)}, "range": d["range"], "context": {"diagnostics": [d]}}),
        );
        r["result"].as_array().unwrap().clone()
    };
    let fixes = actions(&mut client, hedged);
    let edits_of = |a: &Value| {
        a["edit"]["changes"][uri_of(&path)]
            .as_array()
            .unwrap()
            .clone()
    };
    let replace = fixes
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("Remplacer"))
        .expect("a hedge replacement");
    let edit = &edits_of(replace)[0];
    assert_eq!(edit["newText"], "s'engage à");
    assert_eq!(edit["range"]["start"]["line"], 8);
    assert_eq!(edit["range"]["start"]["character"], 13);
    assert_eq!(edit["range"]["end"]["character"], 13 + "s'efforce de".len());
    let suppress = fixes
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("Supprimer"))
        .unwrap();
    let edit = &edits_of(suppress)[0];
    assert_eq!(edit["range"]["start"]["line"], 8);
    assert_eq!(
        edit["newText"],
        "<!-- clausier-disable-next POR002 raison : à préciser -->\n"
    );

    let missing = diagnostics.iter().find(|d| d["code"] == "TRA001").unwrap();
    let fixes = actions(&mut client, missing);
    let insert = fixes
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("Insérer"))
        .expect("the model clause");
    let edit = &edits_of(insert)[0];
    let last_line = text.lines().count() as u64;
    assert_eq!(edit["range"]["start"]["line"], json!(last_line));
    let inserted = edit["newText"].as_str().unwrap();
    assert!(
        inserted.contains("## Traçabilité") && inserted.contains("journ"),
        "{inserted}"
    );

    // A missing family whose article exists: the clause goes at the end of it.
    let with_article = format!(
        "{text}\n## Article 4 – Traçabilité\n\nÀ compléter.\n\n## Article 5 – Divers\n\nRien.\n"
    );
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri_of(&path), "version": 2}, "contentChanges": [{"text": with_article}]}),
    );
    let changed = client.next_diagnostics();
    let missing = changed["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "TRA001")
        .unwrap()
        .clone();
    let insert = actions(&mut client, &missing)
        .into_iter()
        .find(|a| a["title"].as_str().unwrap().starts_with("Insérer"))
        .unwrap();
    let edit = &edits_of(&insert)[0];
    let divers = with_article
        .lines()
        .position(|l| l.contains("Article 5"))
        .unwrap();
    assert_eq!(edit["range"]["start"]["line"], json!(divers));
    assert!(!edit["newText"].as_str().unwrap().contains("##"));

    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri_of(&path)}, "position": hedged["range"]["start"]}),
    );
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("# POR002"), "{shown}");
    client.shutdown();
}

/// A malformed request gets an error and the server goes on; an unknown method
/// too; a Word file gets no diagnostics and empty answers.
#[test]
fn malformed_requests_and_other_formats_do_not_stop_it() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text) = copy_contract(dir.path());
    let (mut client, _) = Client::start(dir.path(), json!({}));
    let r = client.request("textDocument/hover", json!({"textDocument": 3}));
    assert_eq!(r["error"]["code"], -32602);
    let r = client.request("workspace/symbol", json!({"query": ""}));
    assert_eq!(r["error"]["code"], -32601);
    client.send(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"nonsense": true}}),
    );
    let docx = dir.path().join("contrat.docx");
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri_of(&docx), "languageId": "plaintext", "version": 1, "text": "PK\u{3}\u{4}"}}),
    );
    let r = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri_of(&docx)}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    assert_eq!(r["result"], json!([]));
    // The next diagnostics published are the Markdown file's: none for the DOCX.
    let published = open(&mut client, &path, &text);
    assert_eq!(published["uri"], uri_of(&path));
    client.shutdown();
}

/// UTF-8 positions when the client offers them; the folder's clausier.toml is read,
/// and read again when it changes.
#[test]
fn encoding_and_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let (path, text) = copy_contract(dir.path());
    let text = text.replace("# Contrat", "# Contrat 𝒳");
    std::fs::write(dir.path().join("clausier.toml"), "lang = \"en\"\n").unwrap();
    let (mut client, init) = Client::start(
        dir.path(),
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
    );
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    let published = open(&mut client, &path, &text);
    let hedged = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "POR002")
        .unwrap()
        .clone();
    assert!(
        hedged["message"].as_str().unwrap().starts_with("the "),
        "{hedged}"
    );
    // Byte columns: « Le titulaire » is 13 bytes.
    assert_eq!(hedged["range"]["start"]["character"], 13);
    std::thread::sleep(Duration::from_millis(1100));
    assert!(
        hedged.get("codeDescription").is_none(),
        "relative rule pages: no link"
    );
    std::fs::write(
        dir.path().join("clausier.toml"),
        "lang = \"en\"\nignore = [\"POR002\"]\nrule-url = \"https://example.org/rules/{code}.html\"\n",
    )
    .unwrap();
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri_of(&path)}}),
    );
    let saved = client.next_diagnostics();
    assert!(!codes(&saved).contains(&"POR002".to_string()));
    let por012 = saved["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "POR012")
        .unwrap();
    assert_eq!(
        por012["codeDescription"]["href"],
        "https://example.org/rules/POR012.html"
    );
    client.shutdown();
}

/// A contrary clause points at the commitment it contradicts; a client that opens a
/// file before saying `initialized` is served all the same.
#[test]
fn a_contrary_clause_points_at_the_commitment_it_contradicts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contrat.md");
    let text = "# Contrat\n\n## Article 1 – Localisation\n\nLes données sont hébergées exclusivement en France, y compris les sauvegardes.\n\n## Article 9 – Sous-traitance\n\nLe titulaire peut transférer les données hors de l'Union européenne.\n";
    std::fs::write(&path, text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_clausier"))
        .arg("lsp")
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, messages) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || read_messages(stdout, tx));
    let mut client = Client {
        stdin: child.stdin.take().unwrap(),
        child,
        messages,
        next_id: 0,
    };
    client.request("initialize", json!({"capabilities": {}}));
    let published = open(&mut client, &path, text);
    let contrary = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "LOC050")
        .expect("the transfer is contrary")
        .clone();
    assert_eq!(contrary["range"]["start"]["line"], 8);
    let related = contrary["relatedInformation"].as_array().unwrap();
    assert!(related
        .iter()
        .all(|r| r["location"]["range"]["start"]["line"] == 4
            && r["location"]["uri"] == uri_of(&path)));
    assert!(related[0]["message"]
        .as_str()
        .unwrap()
        .contains("contredit"));
    client.shutdown();
}

/// An editor that goes away before the handshake ends the server with an error in
/// the user's language, not a panic.
#[test]
fn broken_exchange_is_said_in_the_users_language() {
    for (lang, words) in [
        ("fr", "échange avec l'éditeur interrompu"),
        ("en", "exchange with the editor broken"),
    ] {
        let out = assert_cmd::Command::cargo_bin("clausier")
            .unwrap()
            .args(["lsp", "--lang", lang])
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(words), "{lang}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}
