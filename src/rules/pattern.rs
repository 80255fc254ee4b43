//! Patterns as written in rule files, turned into fast regexes over folded text.
//!
//! A pattern is a regex written in plain French or English: accents and case are
//! folded away when it is compiled (so it matches folded text), `{name}` inserts a
//! vocabulary entry, and `word~` means "the word and its forms" (its Snowball stem
//! followed by any letters: `hébergées~` matches héberger, hébergement, hébergées).
//! Word boundaries are ASCII ones around the whole pattern: the regex engine then
//! stays on its fast path (see ../shared/notes/engineering-facts.md).

use crate::fold::fold;
use regex::Regex;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::BTreeMap;

/// Folds the letters of a pattern without touching its regex syntax.
pub fn fold_pattern(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut escaped = false;
    for c in raw.chars() {
        if escaped {
            out.push(c);
            escaped = false;
        } else if c == '\\' {
            out.push(c);
            escaped = true;
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.push_str(&fold(&c.to_string()).text);
        }
    }
    out
}

/// Expands `{name}` from the vocabulary and `word~` into stem + letters.
pub fn expand(pattern: &str, vocabulary: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len() * 2);
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' && i + 1 < bytes.len() {
            // The escaped character may be a letter of several bytes: `\é`.
            let escaped = pattern[i + 1..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&pattern[i..i + 1 + escaped]);
            i += 1 + escaped;
            continue;
        }
        if c == b'{' {
            if let Some(len) = pattern[i + 1..].find('}') {
                let name = &pattern[i + 1..i + 1 + len];
                if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                    let body = vocabulary
                        .get(name)
                        .ok_or_else(|| format!("unknown vocabulary entry `{{{name}}}`"))?;
                    out.push_str("(?:");
                    out.push_str(body);
                    out.push(')');
                    i += len + 2;
                    continue;
                }
            }
        }
        if c == b'~' {
            let word_start = out
                .bytes()
                .rposition(|b| !b.is_ascii_lowercase())
                .map_or(0, |p| p + 1);
            let word = out[word_start..].to_string();
            if word.is_empty() {
                return Err("`~` must follow a word (`word~` means the word and its forms)".into());
            }
            out.truncate(word_start);
            out.push_str(&stem(&word));
            out.push_str("[a-z]*");
            i += 1;
            continue;
        }
        let ch = pattern[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    Ok(out)
}

/// The shorter of the French and English stems, at least three letters long.
fn stem(word: &str) -> String {
    let fr = Stemmer::create(Algorithm::French).stem(word).into_owned();
    let en = Stemmer::create(Algorithm::English).stem(word).into_owned();
    let s = if en.len() < fr.len() { en } else { fr };
    if s.len() >= 3 && word.starts_with(&s) {
        s
    } else {
        word[..word.len().min(3.max(s.len()))].to_string()
    }
}

/// Compiles a folded, expanded pattern with ASCII word boundaries around it.
pub fn compile(patterns: &[String]) -> Result<Option<Regex>, regex::Error> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let alternation = patterns
        .iter()
        .map(|p| bounded(p))
        .collect::<Vec<_>>()
        .join("|");
    regex::RegexBuilder::new(&alternation)
        .size_limit(50 << 20)
        .build()
        .map(Some)
}

/// Puts ASCII word boundaries where the pattern starts and ends with a word: not
/// before `\(` or after `'`, where a boundary could never match.
fn bounded(p: &str) -> String {
    let lead = starts_with_word(p);
    let last = p.chars().last().unwrap_or(' ');
    let escaped_end = p.ends_with("\\)") || p.ends_with("\\]") || p.ends_with("\\.");
    let trail = !escaped_end
        && (last.is_ascii_alphanumeric() || matches!(last, ')' | ']' | '*' | '?' | '+'));
    format!(
        "{}(?:{p}){}",
        if lead { r"(?-u:\b)" } else { "" },
        if trail { r"(?-u:\b)" } else { "" }
    )
}

/// Whether the first thing a pattern matches is a word character, looking into a
/// leading group or class: `(?:le |la )?titulaire` does, `(?::|-) ?\d+ €` does not.
fn starts_with_word(p: &str) -> bool {
    let mut rest = p;
    loop {
        if let Some(r) = rest.strip_prefix("(?:") {
            rest = r;
        } else if let Some(r) = rest.strip_prefix('(').filter(|r| !r.starts_with('?')) {
            rest = r;
        } else {
            break;
        }
    }
    if let Some(r) = rest.strip_prefix('[') {
        rest = r.strip_prefix('^').unwrap_or(r);
    }
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_ascii_alphanumeric() => true,
        Some('\\') => matches!(chars.next(), Some('d' | 'w')),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn re(p: &str) -> Regex {
        let mut v = BTreeMap::new();
        v.insert("provider".to_string(), "titulaire|prestataire".to_string());
        compile(&[expand(&fold_pattern(p), &v).unwrap()])
            .unwrap()
            .unwrap()
    }

    #[test]
    fn folded_letters_keep_regex_escapes() {
        assert_eq!(fold_pattern(r"Réversibilité\S+\W"), r"reversibilite\S+\W");
        assert_eq!(fold_pattern("l’accès"), "l'acces");
    }

    #[test]
    fn word_forms() {
        let r = re("hébergées~");
        for w in ["heberger", "hebergement", "hebergees", "heberge"] {
            assert!(r.is_match(w), "{w}");
        }
        assert!(!re("logs?").is_match("logiciel"));
        assert!(re("chiffrement~").is_match("donnees chiffrees"));
    }

    #[test]
    fn vocabulary_and_repetition() {
        assert!(re("le {provider} peut").is_match("le prestataire peut"));
        assert!(re(r"\d{2} heures").is_match("24 heures"));
        assert!(re(r"n'").is_match("il n'est"));
        assert!(re(r"\(pas\)").is_match("securite (pas) remis"));
        // A pattern whose group starts with punctuation gets no word boundary.
        assert!(re(r"(?::|-) ?\d+ €").is_match("restitution : 800 €"));
        assert!(re("(?:le |la )?titulaire").is_match("le titulaire"));
        assert!(!re("(?:le |la )?titulaire").is_match("cotitulaire"));
        assert!(!re(r"[0-9]+ jours").is_match("a30 jours"));
        // An escaped letter of several bytes is one character (found by fuzzing).
        assert_eq!(
            expand("\\\u{4bb}|", &BTreeMap::new()).unwrap(),
            "\\\u{4bb}|"
        );
        assert!(expand("{nope}", &BTreeMap::new())
            .unwrap_err()
            .contains("unknown vocabulary"));
    }
}
