//! The words of clausier's own interface, from `locales/ui.toml` (embedded): the
//! report's frame in French and English. Rule messages come from the packs.

use crate::rules::{Lang, Text};
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn table() -> &'static BTreeMap<String, Text> {
    static UI: OnceLock<BTreeMap<String, Text>> = OnceLock::new();
    // The file is embedded and checked by a test: it cannot fail at run time.
    UI.get_or_init(|| toml::from_str(include_str!("../locales/ui.toml")).unwrap_or_default())
}

/// The interface text `key` in `lang` (the key itself if it is missing).
pub fn t(lang: Lang, key: &str) -> String {
    table()
        .get(key)
        .map_or_else(|| key.to_string(), |text| text.get(lang).to_string())
}

/// Like [`t`], with `{name}` placeholders filled.
pub fn tf(lang: Lang, key: &str, vars: &[(&str, &str)]) -> String {
    vars.iter()
        .fold(t(lang, key), |s, (k, v)| s.replace(&format!("{{{k}}}"), v))
}

/// « : » with French spacing, ": " in English.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " : ",
        Lang::En => ": ",
    }
}

/// « ; » with French spacing, "; " in English.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => " ; ",
        Lang::En => "; ",
    }
}

/// A message of clausier's own (a file that cannot be read, a warning), said in the
/// user's language when it is shown: a key of `locales/ui.toml` and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    key: &'static str,
    vars: Vec<(&'static str, String)>,
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg {
            key,
            vars: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Msg {
        self.vars.push((name, value.to_string()));
        self
    }

    pub fn say(&self, lang: Lang) -> String {
        let vars: Vec<(&str, &str)> = self.vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        tf(lang, self.key, &vars)
    }
}

/// In English: the document model's JSON (`clausier extract`).
impl serde::Serialize for Msg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// In English: logs and tests.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_loads_and_every_key_used_in_the_code_exists() {
        let parsed: BTreeMap<String, Text> =
            toml::from_str(include_str!("../locales/ui.toml")).unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut used = Vec::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let src = std::fs::read_to_string(&path).unwrap();
                    for part in src.split("Msg::new(\"").skip(1) {
                        if let Some(key) = part.split('"').next() {
                            used.push(key.to_string());
                        }
                    }
                    for part in src.split("ui::t").skip(1) {
                        if let Some(key) = part.split('"').nth(1) {
                            if part.starts_with("(lang, \"") || part.starts_with("f(lang, \"") {
                                used.push(key.to_string());
                            }
                        }
                    }
                }
            }
        }
        assert!(used.len() > 10, "keys found: {used:?}");
        for key in used {
            assert!(parsed.contains_key(&key), "locales/ui.toml has no `{key}`");
        }
    }
}
