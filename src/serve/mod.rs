//! `clausier serve`: one page where a member of a shared IT operator drops a draft
//! and gets it back reviewed — the HTML report, and for Word files the reviewed copy
//! to download, carried in the same response. Files are read in memory and
//! forgotten once the response is sent; nothing from the request is used as a path.

mod multipart;

use crate::cli::ServeArgs;
use crate::model::Format;
use crate::read::Limits;
use crate::report::html::{render_with, FileLink, Served};
use crate::report::Outcome;
use crate::rules::Lang;
use crate::run::{judge, limits_of, read_input, Input, Trouble};
use crate::settings::{resolve, CheckFlags, Settings};
use crate::ui::{self, Msg};
use base64::Engine as _;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use tiny_http::{Header, Method, Request, Response, Server};

/// No script at all, styles only from the page itself, forms only to this server.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub fn serve(args: ServeArgs) -> Result<ExitCode, Trouble> {
    let settings = resolve(&args.pack, CheckFlags::default())?;
    let lang = settings.lang;
    let limits = limits_of(&args.limits);
    let server = Server::http(args.bind.as_str()).map_err(|e| {
        miette::miette!(
            "{}",
            Msg::new("serve-cannot-bind")
                .with("bind", &args.bind)
                .with("cause", e)
                .say(lang)
        )
    })?;
    let address = server
        .server_addr()
        .to_ip()
        .map_or(args.bind.clone(), |a| a.to_string());
    eprintln!(
        "{}",
        Msg::new("serve-listening")
            .with("url", format!("http://{address}/"))
            .say(lang)
    );
    let max_upload = args.max_upload_mib.saturating_mul(1 << 20);
    // Several uploads at once are served in parallel, one worker each.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().max(2));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Ok(request) = server.recv() {
                    handle(request, &settings, &limits, max_upload);
                }
            });
        }
    });
    Ok(ExitCode::SUCCESS)
}

fn handle(mut request: Request, settings: &Settings, limits: &Limits, max_upload: u64) {
    let lang = settings.lang;
    let path = request.url().split('?').next().unwrap_or("").to_string();
    let (status, body) = match (request.method(), path.as_str()) {
        (Method::Get, "/") => (200, upload_page(lang, None)),
        (Method::Post, "/review") => match review(&mut request, settings, limits, max_upload) {
            Ok(page) => (200, page),
            Err((status, msg)) => (status, upload_page(lang, Some(msg.say(lang)))),
        },
        (Method::Get | Method::Post, _) => {
            (404, upload_page(lang, Some(ui::t(lang, "serve-not-found"))))
        }
        _ => (405, upload_page(lang, Some(ui::t(lang, "serve-method")))),
    };
    let mut response = Response::from_string(body).with_status_code(status);
    for (name, value) in [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Security-Policy", CSP),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cache-Control", "no-store"),
    ] {
        if let Ok(h) = Header::from_bytes(name, value) {
            response.add_header(h);
        }
    }
    let _ = request.respond(response);
}

/// The reviewed document's page, or the status and message of what went wrong.
fn review(
    request: &mut Request,
    settings: &Settings,
    limits: &Limits,
    max_upload: u64,
) -> Result<String, (u16, Msg)> {
    let lang = settings.lang;
    let too_big = || (413, Msg::new("serve-too-big").with("mib", max_upload >> 20));
    if request.body_length().is_some_and(|n| n as u64 > max_upload) {
        return Err(too_big());
    }
    let boundary = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Content-Type"))
        .and_then(|h| multipart::boundary(h.value.as_str()))
        .ok_or((400, Msg::new("serve-no-file")))?;
    let mut body = Vec::new();
    request
        .as_reader()
        .take(max_upload + 1)
        .read_to_end(&mut body)
        .map_err(|_| (400, Msg::new("serve-no-file")))?;
    if body.len() as u64 > max_upload {
        return Err(too_big());
    }
    let upload = multipart::file_part(&body, &boundary, "document")
        .ok_or((400, Msg::new("serve-no-file")))?;
    drop(body);
    // Only the last component of the browser's file name is kept, for its extension
    // and to name the document in the report.
    let name: String = upload
        .file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    let name = PathBuf::from(if name.is_empty() {
        "document".into()
    } else {
        name
    });
    let Some(format) = crate::read::format_of(&name) else {
        return Err((415, Msg::new("serve-format").with("file", name.display())));
    };
    let bytes = upload.bytes;
    let original = matches!(format, Format::Docx | Format::Odt).then(|| bytes.clone());
    let outcome = match read_input(Input::Stdin(name.clone(), bytes), limits) {
        Ok(doc) => {
            let report = judge(&doc, settings);
            Outcome::Read { doc, report }
        }
        Err(e) => Outcome::Failed(e),
    };
    let download = match (&outcome, original) {
        (Outcome::Read { doc, report }, Some(bytes)) => {
            let notes = crate::review::notes(doc, report, lang);
            let suggestions = crate::review::suggestions(doc, report);
            crate::review::copy_of(&bytes, doc, &notes, &suggestions)
                .map_err(|cause| {
                    let why = Msg::new("annotate-failed")
                        .with("file", name.display())
                        .with("cause", cause);
                    eprintln!("{}", why.say(lang));
                })
                .ok()
                .map(|copy| FileLink {
                    name: crate::review::default_output(&name).display().to_string(),
                    href: format!(
                        "data:{};base64,{}",
                        media_type(format),
                        base64::engine::general_purpose::STANDARD.encode(copy)
                    ),
                    label: ui::t(lang, "serve-download"),
                })
        }
        _ => None,
    };
    let served = Served {
        download,
        back_label: ui::t(lang, "serve-another"),
    };
    Ok(render_with(&[outcome], lang, Some(served)))
}

fn media_type(format: Format) -> &'static str {
    match format {
        Format::Odt => "application/vnd.oasis.opendocument.text",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
}

fn upload_page(lang: Lang, error: Option<String>) -> String {
    let mut env = minijinja::Environment::new();
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
    let t = |k: &str| ui::t(lang, k);
    let context = minijinja::context! {
        lang => lang.code(),
        title => t("serve-title"),
        intro => t("serve-intro"),
        choose => t("serve-choose"),
        submit => t("serve-submit"),
        privacy => t("serve-privacy"),
        error => error,
    };
    env.render_str(include_str!("page.jinja"), context)
        .unwrap_or_else(|e| format!("<!DOCTYPE html><p>template error: {e}</p>"))
}
