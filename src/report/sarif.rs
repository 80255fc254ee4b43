//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. For formats
//! without lines (DOCX, ODT, PDF) the region's line is the paragraph number and a
//! logical location names the paragraph and its headings.

use super::{pretty_at, Outcome, Reporter, ShownText};
use crate::finding::Finding;
use crate::model::Document;
use crate::rules::{Lang, Pack, Severity};
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn render(outcomes: &[Outcome], packs: &[Pack], lang: Lang) -> String {
    super::render_all(&mut Sarif::new(packs, lang), outcomes)
}

/// The results are written file by file, never held whole; what is known only at the
/// end (whether every file could be read) comes last, in the run's invocations.
pub struct Sarif {
    lang: Lang,
    tool: Value,
    codes: Vec<String>,
    results: usize,
    notifications: Vec<Value>,
}

impl Sarif {
    pub fn new(packs: &[Pack], lang: Lang) -> Self {
        let tool_rules = crate::suppress::rules();
        let rules: Vec<(&str, Value)> = packs
            .iter()
            .flat_map(|p| &p.rules)
            .chain(&tool_rules)
            .map(|r| {
                let mut rule = json!({
                    "id": r.code,
                    "name": r.name,
                    "shortDescription": {"text": r.message.get(lang)},
                    "fullDescription": {"text": format!("{} ({})", r.message.get(lang), r.reference)},
                    "help": {"text": r.help.get(lang), "markdown": r.help.get(lang)},
                    "defaultConfiguration": {"level": level(r.severity)},
                    "properties": {"tags": r.family.iter().collect::<Vec<_>>()},
                });
                // SARIF wants an absolute helpUri; a relative page goes in the properties.
                match &r.url {
                    Some(url) if url.contains("://") => rule["helpUri"] = json!(url),
                    Some(url) => rule["properties"]["docs"] = json!(url),
                    None => {}
                }
                (r.code.as_str(), rule)
            })
            .collect();
        let codes = rules.iter().map(|(c, _)| c.to_string()).collect();
        let mut tool = json!({"driver": {
            "name": "clausier",
            "version": env!("CARGO_PKG_VERSION"),
            "rules": rules.iter().map(|(_, r)| r).collect::<Vec<_>>(),
        }});
        // Only an absolute address: the package's homepage or repository, when it has one.
        if let Some(uri) = information_uri(env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY"))
        {
            tool["driver"]["informationUri"] = json!(uri);
        }
        Sarif {
            lang,
            tool,
            codes,
            results: 0,
            notifications: Vec::new(),
        }
    }
}

impl Reporter for Sarif {
    fn begin(&mut self) -> String {
        // Relative paths are relative to where clausier ran.
        let base = json!({"SRCROOT": {"uri": root_uri()}});
        format!(
            "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"runs\": [\n    {{\n      \"originalUriBaseIds\": {},\n      \"tool\": {},\n      \"results\": [",
            pretty_at(&base, 6),
            pretty_at(&self.tool, 6)
        )
    }

    fn file(&mut self, o: &Outcome) -> String {
        let mut out = String::new();
        match o {
            Outcome::Read { doc, report } => {
                let shown = ShownText::of(doc);
                for f in &report.findings {
                    let index = self.codes.iter().position(|c| *c == f.code);
                    self.results += 1;
                    out.push_str(if self.results > 1 {
                        ",\n        "
                    } else {
                        "\n        "
                    });
                    out.push_str(&pretty_at(&result(doc, &shown, f, index), 8));
                }
            }
            Outcome::Failed(e) => self.notifications.push(json!({
                "level": "error",
                "message": {"text": e.message(self.lang)},
                "locations": [{"physicalLocation": {"artifactLocation": artifact(&e.path)}}],
            })),
        }
        out
    }

    fn end(&mut self) -> String {
        let invocations = json!([{
            "executionSuccessful": self.notifications.is_empty(),
            "toolExecutionNotifications": self.notifications,
        }]);
        format!(
            "{}],\n      \"invocations\": {}\n    }}\n  ],\n  \"version\": \"2.1.0\"\n}}\n",
            if self.results > 0 { "\n      " } else { "" },
            pretty_at(&invocations, 6)
        )
    }
}

/// Where a file is: a relative path under SRCROOT, an absolute one as a file URI.
fn artifact(path: &std::path::Path) -> Value {
    let text = path.display().to_string();
    if path.is_absolute() {
        let abs = uri(&text);
        let sep = if abs.starts_with('/') { "" } else { "/" };
        json!({"uri": format!("file://{sep}{abs}")})
    } else {
        json!({"uri": uri(&text), "uriBaseId": "SRCROOT"})
    }
}

/// The directory clausier ran in, as a file URI ending in a slash.
fn root_uri() -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut u = uri(&cwd.display().to_string());
    if !u.ends_with('/') {
        u.push('/');
    }
    let sep = if u.starts_with('/') { "" } else { "/" };
    format!("file://{sep}{u}")
}

/// A fingerprint that stays the same across runs and edits elsewhere in the file:
/// the rule and the words of the passage (or the family, for a whole-document
/// finding), hashed with FNV-1a (stable, unlike the standard library's hasher).
fn fingerprint(f: &Finding) -> String {
    let words = f.passage.as_ref().map_or_else(
        || f.family.clone().unwrap_or_default(),
        |p| p.excerpt.split_whitespace().collect::<Vec<_>>().join(" "),
    );
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in f.code.bytes().chain([0]).chain(words.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A relative path as a URI reference: forward slashes, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    for c in path.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out.trim_start_matches("./").to_string()
}

fn result(doc: &Document, shown: &ShownText, f: &Finding, index: Option<usize>) -> Value {
    let mut location = json!({
        "physicalLocation": {"artifactLocation": artifact(&doc.path)},
    });
    if let Some(p) = &f.passage {
        let (start, end) = shown.span(doc, p);
        let (line, column) = shown.line_col(start);
        let (end_line, end_column) = shown.line_col(end);
        location["physicalLocation"]["region"] = json!({
            "startLine": line, "startColumn": column,
            "endLine": end_line, "endColumn": end_column,
            "snippet": {"text": p.excerpt},
        });
        let block = &doc.blocks[p.block];
        let mut name = format!("paragraph {}", p.block + 1);
        if let Some(page) = block.location.page {
            name.push_str(&format!(", page {page}"));
        }
        let mut logical = json!({"name": name, "kind": "element"});
        if !block.headings.is_empty() {
            logical["fullyQualifiedName"] = json!(format!("{} > {name}", block.heading_path()));
        }
        location["logicalLocations"] = json!([logical]);
    } else {
        location["physicalLocation"]["region"] = json!({"startLine": 1});
    }
    let mut r = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": {"text": format!("{} — {}", f.message, f.help)},
        "locations": [location],
        "partialFingerprints": {"clausierPassage/v1": fingerprint(f)},
    });
    if let Some(i) = index {
        r["ruleIndex"] = json!(i);
    }
    r
}

/// The tool's page for SARIF's `informationUri`: the first absolute address of the
/// package's homepage and repository.
fn information_uri<'a>(homepage: &'a str, repository: &'a str) -> Option<&'a str> {
    [homepage, repository]
        .into_iter()
        .find(|u| u.starts_with("https://") || u.starts_with("http://"))
}

#[cfg(test)]
mod information_tests {
    #[test]
    fn information_uri_is_absolute_or_absent() {
        use super::information_uri;
        assert_eq!(information_uri("", ""), None);
        assert_eq!(information_uri("docs/", ""), None);
        assert_eq!(
            information_uri("", "https://example.org/clausier"),
            Some("https://example.org/clausier")
        );
    }
}
