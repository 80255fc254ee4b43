//! `clausier lsp`: a language server over standard input and output, for contracts
//! written in Markdown or plain text. Diagnostics are published on open, on save, and
//! a moment after the last change; code actions and hovers answer from the last
//! judgement.
//! Other formats (DOCX, ODT, PDF) are not text an editor edits: they get no
//! diagnostics, and requests on them get empty answers.

mod actions;
mod diagnostics;
mod position;

use crate::cli::PackArgs;
use crate::finding::FileReport;
use crate::model::Document;
use crate::report::ShownText;
use crate::settings::{CheckFlags, Settings};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeActionParams, CodeActionProviderCapability, HoverParams, HoverProviderCapability,
    InitializeParams, MessageType, PositionEncodingKind, PublishDiagnosticsParams,
    ServerCapabilities, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use position::{Encoding, LineIndex};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

/// How long after the last change a document is judged again.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// A document's last judgement, kept for code actions and hovers.
pub struct Judged {
    doc: Document,
    report: FileReport,
    shown: ShownText,
    settings: Arc<Settings>,
}

struct Open {
    path: PathBuf,
    text: String,
    version: i32,
    judged: Option<Judged>,
}

struct Server {
    conn: Connection,
    encoding: Encoding,
    args: PackArgs,
    open: HashMap<Uri, Open>,
    due: HashMap<Uri, Instant>,
    /// Settings by configuration file (None: no file), with the file's time.
    settings: HashMap<Option<PathBuf>, (Option<SystemTime>, Arc<Settings>)>,
}

pub fn serve(args: PackArgs) -> Result<ExitCode, crate::settings::Trouble> {
    let (conn, io) = Connection::stdio();
    // Before any settings are read, the language is the command line's (French
    // unless `--lang en`), as for usage errors.
    let lang = match args.lang {
        Some(crate::cli::LangArg::En) => crate::rules::Lang::En,
        _ => crate::rules::Lang::Fr,
    };
    let failed = |e: &dyn std::fmt::Display| {
        miette::miette!(
            "{}",
            crate::ui::tf(lang, "lsp-transport", &[("cause", &e.to_string())])
        )
    };
    let (id, params) = conn.initialize_start().map_err(|e| failed(&e))?;
    let init: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let encoding = negotiate(&init);
    let capabilities = ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": {"name": "clausier", "version": env!("CARGO_PKG_VERSION")},
    });
    // Answered by hand rather than with `initialize_finish`, which fails when a
    // client sends a request before its `initialized` notification: that
    // notification is simply ignored in the loop.
    conn.sender
        .send(Message::Response(Response::new_ok(id, result)))
        .map_err(|e| failed(&e))?;
    let mut server = Server {
        conn,
        encoding,
        args,
        open: HashMap::new(),
        due: HashMap::new(),
        settings: HashMap::new(),
    };
    server.run();
    let Server { conn, .. } = server;
    drop(conn);
    io.join().map_err(|e| failed(&e))?;
    Ok(ExitCode::SUCCESS)
}

/// UTF-8 when the client offers it (no conversion), else the protocol's UTF-16.
fn negotiate(init: &InitializeParams) -> Encoding {
    let offered = init
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(list) if list.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

impl Server {
    fn run(&mut self) {
        loop {
            let next = self.due.values().min().copied();
            let message = match next {
                Some(at) => {
                    let wait = at.saturating_duration_since(Instant::now());
                    match self.conn.receiver.recv_timeout(wait) {
                        Ok(m) => Some(m),
                        Err(crossbeam_timeout) if crossbeam_timeout.is_timeout() => None,
                        Err(_) => return,
                    }
                }
                None => match self.conn.receiver.recv() {
                    Ok(m) => Some(m),
                    Err(_) => return,
                },
            };
            match message {
                Some(Message::Request(req)) => {
                    if self.conn.handle_shutdown(&req).unwrap_or(true) {
                        return;
                    }
                    self.request(req);
                }
                Some(Message::Notification(n)) => {
                    if n.method == "exit" {
                        return;
                    }
                    self.notification(n);
                }
                Some(Message::Response(_)) => {}
                None => {
                    let now = Instant::now();
                    let ready: Vec<Uri> = self
                        .due
                        .iter()
                        .filter(|(_, &at)| at <= now)
                        .map(|(u, _)| u.clone())
                        .collect();
                    for uri in ready {
                        self.due.remove(&uri);
                        self.judge(&uri);
                    }
                }
            }
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(n.params)
                else {
                    return;
                };
                let doc = p.text_document;
                let Some(path) = path_of(&doc.uri) else {
                    return;
                };
                self.open.insert(
                    doc.uri.clone(),
                    Open {
                        path,
                        text: doc.text,
                        version: doc.version,
                        judged: None,
                    },
                );
                self.judge(&doc.uri);
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(n.params)
                else {
                    return;
                };
                let uri = p.text_document.uri;
                if let (Some(open), Some(change)) = (
                    self.open.get_mut(&uri),
                    p.content_changes.into_iter().last(),
                ) {
                    // Full synchronisation: the last change is the whole text.
                    open.text = change.text;
                    open.version = p.text_document.version;
                    self.due.insert(uri, Instant::now() + DEBOUNCE);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidSaveTextDocumentParams>(n.params)
                {
                    let uri = p.text_document.uri;
                    if let (Some(open), Some(text)) = (self.open.get_mut(&uri), p.text) {
                        open.text = text;
                    }
                    self.due.remove(&uri);
                    self.judge(&uri);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) =
                    serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(n.params)
                {
                    let uri = p.text_document.uri;
                    self.open.remove(&uri);
                    self.due.remove(&uri);
                    self.publish(uri, Vec::new(), None);
                }
            }
            _ => {}
        }
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let response = match req.method.as_str() {
            CodeActionRequest::METHOD => {
                match serde_json::from_value::<CodeActionParams>(req.params) {
                    Ok(p) => {
                        let actions = self.with_judged(&p.text_document.uri, |j, text, index| {
                            actions::code_actions(
                                j,
                                &p.text_document.uri,
                                text,
                                index,
                                &p.context.diagnostics,
                            )
                        });
                        Response::new_ok(id, actions.unwrap_or_default())
                    }
                    Err(e) => invalid(id, e),
                }
            }
            HoverRequest::METHOD => match serde_json::from_value::<HoverParams>(req.params) {
                Ok(p) => {
                    let at = p.text_document_position_params;
                    let hover = self
                        .with_judged(&at.text_document.uri, |j, text, index| {
                            actions::hover(j, text, index, at.position)
                        })
                        .flatten();
                    Response::new_ok(id, hover)
                }
                Err(e) => invalid(id, e),
            },
            other => Response::new_err(
                id,
                ErrorCode::MethodNotFound as i32,
                format!("clausier does not answer `{other}`"),
            ),
        };
        let _ = self.conn.sender.send(Message::Response(response));
    }

    /// Runs `f` on a document's last judgement, if it has one.
    fn with_judged<T>(
        &self,
        uri: &Uri,
        f: impl FnOnce(&Judged, &str, &LineIndex) -> T,
    ) -> Option<T> {
        let open = self.open.get(uri)?;
        let judged = open.judged.as_ref()?;
        let index = LineIndex::new(&open.text, self.encoding);
        Some(f(judged, &open.text, &index))
    }

    fn judge(&mut self, uri: &Uri) {
        let Some(open) = self.open.get(uri) else {
            return;
        };
        let Some(format) = crate::read::format_of(&open.path).filter(|f| f.has_lines()) else {
            return;
        };
        let (path, text, version) = (open.path.clone(), open.text.clone(), open.version);
        let settings = match self.settings_for(&path) {
            Ok(s) => s,
            Err(message) => {
                self.show(MessageType::ERROR, message);
                return;
            }
        };
        let limits = crate::read::Limits::default();
        let judged = crate::read::read_bytes(&path, format, text.clone().into_bytes(), &limits)
            .ok()
            // A defect of the engine on this text leaves it without diagnostics
            // rather than stopping the server.
            .and_then(|doc| {
                let report = crate::read::guarded(|| crate::run::judge(&doc, &settings)).ok()?;
                let shown = ShownText::of(&doc);
                Some(Judged {
                    doc,
                    report,
                    shown,
                    settings,
                })
            });
        let index = LineIndex::new(&text, self.encoding);
        let found = judged
            .as_ref()
            .map(|j| diagnostics::diagnostics(j, uri, &text, &index))
            .unwrap_or_default();
        if let Some(open) = self.open.get_mut(uri) {
            open.judged = judged;
        }
        self.publish(uri.clone(), found, Some(version));
    }

    /// The settings for a document: its folder's clausier.toml (or the one given on
    /// the command line), read again when the file changes.
    fn settings_for(&mut self, path: &Path) -> Result<Arc<Settings>, String> {
        let config = if self.args.no_config {
            None
        } else if let Some(c) = &self.args.config {
            Some(c.clone())
        } else {
            path.parent().and_then(crate::config::discover)
        };
        let modified = config
            .as_ref()
            .and_then(|c| std::fs::metadata(c).and_then(|m| m.modified()).ok());
        if let Some((at, s)) = self.settings.get(&config) {
            if *at == modified {
                return Ok(s.clone());
            }
        }
        let args = PackArgs {
            config: config.clone(),
            no_config: config.is_none(),
            packs: self.args.packs.clone(),
            settings: self.args.settings.clone(),
            lang: self.args.lang,
        };
        let settings = crate::settings::resolve(&args, CheckFlags::default())
            .map(Arc::new)
            .map_err(|e| format!("clausier: {e:?}"))?;
        self.settings.insert(config, (modified, settings.clone()));
        Ok(settings)
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        let n = Notification::new(PublishDiagnostics::METHOD.to_string(), params);
        let _ = self.conn.sender.send(Message::Notification(n));
    }

    fn show(&self, typ: MessageType, message: String) {
        let n = Notification::new(
            ShowMessage::METHOD.to_string(),
            ShowMessageParams { typ, message },
        );
        let _ = self.conn.sender.send(Message::Notification(n));
    }
}

fn invalid(id: lsp_server::RequestId, e: serde_json::Error) -> Response {
    Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string())
}

/// The path of a `file:` URI, percent-decoded; other schemes have none.
fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8_lossy(&out).into_owned()))
}
