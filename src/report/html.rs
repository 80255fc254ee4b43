//! One self-contained HTML page for the people who sign: a scorecard of the eight
//! families per document, each finding with its passage highlighted in context, the
//! reference and the model clause. No script, no network, no external asset; a print
//! stylesheet so that the browser's "print to PDF" gives a clean copy.
//!
//! The page is a template (`html.jinja`, minijinja with HTML escaping); this file
//! only gathers plain data for it.

use super::human::reason;
use super::{Outcome, Reporter, ShownText};
use crate::finding::{Finding, Status};
use crate::model::Document;
use crate::rules::{Lang, Placement};
use crate::ui;
use minijinja::{value::Serde, Environment};
use serde::Serialize;

/// Characters of context kept on each side of a highlighted passage.
const CONTEXT: usize = 280;

#[derive(Serialize)]
struct Page {
    lang: &'static str,
    words: Words,
    documents: Vec<Doc>,
    summary: String,
    served: Option<Served>,
}

/// What `clausier serve` adds to the page: the reviewed copy to download, carried
/// in the page itself as a `data:` URI so that nothing is kept on the server, and a
/// link back to the upload form.
#[derive(Serialize)]
pub struct Served {
    pub download: Option<FileLink>,
    pub back_label: String,
}

#[derive(Serialize)]
pub struct FileLink {
    pub name: String,
    pub href: String,
    pub label: String,
}

/// The page's own words in the report's language.
#[derive(Serialize)]
struct Words {
    title: String,
    contents: String,
    scorecard: String,
    family: String,
    status: String,
    why: String,
    findings: String,
    no_findings: String,
    unreadable: String,
    reference: String,
    model: String,
    location: String,
    generated: String,
    colon: &'static str,
}

#[derive(Serialize)]
struct Doc {
    /// The page anchor of the document's section.
    id: String,
    path: String,
    error: Option<String>,
    warnings: Vec<String>,
    families: Vec<Family>,
    findings: Vec<Entry>,
    /// How many families have each status, for the table of contents.
    counts: String,
}

#[derive(Serialize)]
struct Family {
    title: String,
    /// `ok`, `weak`, `missing`, `contrary`: the CSS class and the machine word.
    status: &'static str,
    /// The status said in the report's language.
    word: String,
    symbol: &'static str,
    reason: String,
}

#[derive(Serialize)]
struct Entry {
    codes: String,
    severity: &'static str,
    severity_word: String,
    message: String,
    help: String,
    reference: String,
    url: Option<String>,
    place: Option<String>,
    /// The passage in its context: text before, the passage, text after.
    before: String,
    mark: String,
    after: String,
    model: Option<String>,
    placement: Option<String>,
}

pub fn render(outcomes: &[Outcome], lang: Lang) -> String {
    render_with(outcomes, lang, None)
}

/// The page, with what the server adds when it serves it.
pub fn render_with(outcomes: &[Outcome], lang: Lang, served: Option<Served>) -> String {
    let mut html = Html::new(lang);
    html.served = served;
    super::render_all(&mut html, outcomes)
}

/// The page is one template, rendered at the end; as the files come, each is reduced
/// to what the page shows of it (statuses, and each finding's passage in context).
pub struct Html {
    lang: Lang,
    served: Option<Served>,
    documents: Vec<Doc>,
    /// Findings by severity (info, warning, error).
    counts: [usize; 3],
    files: usize,
    unreadable: usize,
}

impl Html {
    pub fn new(lang: Lang) -> Self {
        Html {
            lang,
            served: None,
            documents: Vec::new(),
            counts: [0; 3],
            files: 0,
            unreadable: 0,
        }
    }
}

impl Reporter for Html {
    fn file(&mut self, o: &Outcome) -> String {
        let lang = self.lang;
        let id = format!("doc-{}", self.documents.len() + 1);
        let doc = match o {
            Outcome::Read { doc, report } => {
                self.files += 1;
                for f in &report.findings {
                    self.counts[f.severity as usize] += 1;
                }
                let shown = ShownText::of(doc);
                // The serious findings first (a stable sort keeps document order).
                let mut people = super::people::for_people(doc, &shown, &report.findings, lang);
                people.sort_by_key(|f| std::cmp::Reverse(f.severity));
                let findings = people.iter().map(|f| entry(doc, &shown, f, lang)).collect();
                let families: Vec<Family> = report
                    .families
                    .iter()
                    .map(|f| Family {
                        title: f.title.clone(),
                        status: f.status.name(),
                        word: ui::t(lang, &format!("html-status-{}", f.status.name())),
                        symbol: symbol(f.status),
                        reason: reason(f, report, lang),
                    })
                    .collect();
                Doc {
                    id,
                    path: report.path.display().to_string(),
                    error: None,
                    warnings: report.warnings.clone(),
                    counts: status_counts(&families, lang),
                    families,
                    findings,
                }
            }
            Outcome::Failed(e) => {
                self.unreadable += 1;
                Doc {
                    id,
                    path: e.path.display().to_string(),
                    error: Some(e.message(lang)),
                    warnings: Vec::new(),
                    families: Vec::new(),
                    findings: Vec::new(),
                    counts: ui::t(lang, "html-unreadable"),
                }
            }
        };
        self.documents.push(doc);
        String::new()
    }

    fn end(&mut self) -> String {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        // The template is embedded and covered by the tests: it cannot fail to parse.
        if let Err(e) = env.add_template("report", include_str!("html.jinja")) {
            return format!("<!DOCTYPE html><p>template error: {e}</p>");
        }
        let page = Page {
            lang: self.lang.code(),
            words: words(self.lang),
            documents: std::mem::take(&mut self.documents),
            summary: self.summary(),
            served: self.served.take(),
        };
        env.get_template("report")
            .and_then(|t| t.render(Serde(&page)))
            .unwrap_or_else(|e| format!("<!DOCTYPE html><p>template error: {e}</p>"))
    }
}

impl Html {
    fn summary(&self) -> String {
        let lang = self.lang;
        let [infos, warnings, errors] = self.counts.map(|n| n.to_string());
        let files = self.files.to_string();
        let mut summary = ui::tf(
            lang,
            "summary",
            &[
                ("files", files.as_str()),
                ("errors", &errors),
                ("warnings", &warnings),
                ("infos", &infos),
            ],
        );
        if self.unreadable > 0 {
            summary.push_str(&ui::tf(
                lang,
                "summary-unreadable",
                &[("n", &self.unreadable.to_string())],
            ));
        }
        summary
    }
}

fn words(lang: Lang) -> Words {
    let w = |key: &str| ui::t(lang, key);
    Words {
        title: w("html-title"),
        contents: w("html-contents"),
        scorecard: w("html-scorecard"),
        family: w("family"),
        status: w("html-status"),
        why: w("html-why"),
        findings: w("html-findings"),
        no_findings: w("html-no-findings"),
        unreadable: w("html-unreadable"),
        reference: w("reference"),
        model: w("model-clause"),
        location: w("html-location"),
        generated: ui::tf(
            lang,
            "html-generated",
            &[("version", env!("CARGO_PKG_VERSION"))],
        ),
        colon: ui::colon(lang),
    }
}

fn entry(doc: &Document, shown: &ShownText, f: &Finding, lang: Lang) -> Entry {
    let (mut before, mut mark, mut after) = (String::new(), String::new(), String::new());
    let mut place = None;
    if let Some(p) = &f.passage {
        let block = &doc.blocks[p.block];
        let text = &block.text;
        let (s, e) = (floor(text, p.start), floor(text, p.end.max(p.start)));
        before = tail_chars(&text[..s], CONTEXT);
        mark = text[s..e].to_string();
        after = head_chars(&text[e..], CONTEXT);
        let (line, _) = shown.line_col(shown.span(doc, p).0);
        let mut where_ = ui::tf(lang, "html-line", &[("line", &line.to_string())]);
        let path = block.heading_path();
        if !path.is_empty() {
            where_ = format!("{path} — {where_}");
        }
        place = Some(where_);
    }
    let (model, placement) = match &f.model {
        Some(m) => {
            let key = match m.placement {
                Placement::Article => "model-placement-article",
                Placement::End => "model-placement-end",
            };
            (Some(m.text.clone()), Some(ui::t(lang, key)))
        }
        None => (None, None),
    };
    Entry {
        codes: f.code.clone(),
        severity: f.severity.name(),
        severity_word: ui::t(lang, &format!("html-severity-{}", f.severity.name())),
        message: f.message.clone(),
        help: f.help.clone(),
        reference: f.reference.clone(),
        url: f.url.clone().filter(|u| is_absolute_url(u)),
        place,
        before,
        mark,
        after,
        model,
        placement,
    }
}

fn symbol(status: Status) -> &'static str {
    match status {
        Status::Ok => "✔",
        Status::Weak => "~",
        Status::Missing => "✘",
        Status::Contrary => "⛔",
    }
}

/// "2 ok, 3 faible, …": the statuses a document got, for the table of contents.
fn status_counts(families: &[Family], lang: Lang) -> String {
    let mut parts = Vec::new();
    for status in [Status::Contrary, Status::Missing, Status::Weak, Status::Ok] {
        let n = families
            .iter()
            .filter(|f| f.status == status.name())
            .count();
        if n > 0 {
            parts.push(format!(
                "{n} {}",
                ui::t(lang, &format!("html-status-{}", status.name()))
            ));
        }
    }
    parts.join(", ")
}

/// Only links that leave the page on their own: a relative rule URL would point into
/// whatever folder the page was saved in.
fn is_absolute_url(u: &str) -> bool {
    u.starts_with("https://") || u.starts_with("http://")
}

fn floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The last `n` characters of `s`, from a word start, with "…" when cut.
fn tail_chars(s: &str, n: usize) -> String {
    let count = s.chars().count();
    if count <= n {
        return s.to_string();
    }
    let cut: String = s.chars().skip(count - n).collect();
    let from_word = cut.find(' ').map_or(cut.as_str(), |i| &cut[i + 1..]);
    format!("…{from_word}")
}

/// The first `n` characters of `s`, to a word end, with "…" when cut.
fn head_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n).collect();
    let to_word = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{to_word}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_words() {
        let s = "un deux trois quatre cinq";
        assert_eq!(tail_chars(s, 9), "…cinq");
        assert_eq!(head_chars(s, 9), "un deux…");
        assert_eq!(tail_chars(s, 100), s);
        assert_eq!(head_chars("é".repeat(5).as_str(), 3), "ééé…");
    }
}
