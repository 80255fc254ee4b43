//! Patterns as written in rule files, turned into fast regexes over folded text.
//!
//! A pattern is a regex written in plain French or English: accents and case are
//! folded away when it is compiled (so it matches folded text), `{name}` inserts a
//! vocabulary entry, and `word~` means "the word and its forms" (its Snowball stem
//! followed by any letters: `hébergées~` matches héberger, hébergement, hébergées).
//! Word boundaries are ASCII ones around the whole pattern: the regex engine then
//! stays on its fast path (see ../shared/notes/engineering-facts.md).
//!
//! A repeated class that takes every letter but a few ASCII ones is compiled to match
//! bytes, not characters (`bytewise`): a gap such as `[^.;]{0,80}` is then 80 states
//! rather than 80 small UTF-8 automata. Compiling the default pack costs a
//! third less, and the lazy DFA meets fewer states (docs/performance.md). Folded text
//! is nearly all ASCII, so counting bytes instead of characters moves no judgement;
//! `Matcher` puts a match that would cut a letter back on the letter's boundaries.

use crate::fold::fold;
use regex_automata::meta::{self, Regex};
use regex_syntax::hir::{self, Class, ClassBytes, ClassBytesRange, ClassUnicode, Hir, HirKind};
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

/// Compiles folded, expanded patterns into one alternation, with ASCII word
/// boundaries around each. The error is the regex parser's message.
pub fn compile(patterns: &[String]) -> Result<Option<Regex>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let alternation = patterns
        .iter()
        .map(|p| bounded(p))
        .collect::<Vec<_>>()
        .join("|");
    let parsed = regex_syntax::Parser::new()
        .parse(&alternation)
        .map_err(|e| e.to_string())?;
    meta::Builder::new()
        .configure(meta_config())
        .build_from_hir(&bytewise(parsed))
        .map(Some)
        .map_err(|e| e.to_string())
}

/// The regex engines' settings: room for the pack's large alternations.
fn meta_config() -> meta::Config {
    // Only where a match is, never what a group captured: the engines need no
    // capture slots, and the pack compiles faster without them.
    // No literal prefilter: the lexicon is searched clause by clause, the families'
    // patterns block by block, texts too short for a prefilter to pay for building it
    // (literal extraction, Teddy, Aho–Corasick: a fifth of a one-line run). Without
    // them a one-line run costs 407 → 324 M instructions and the 200-page one
    // 1,238 → 1,141 M, with the same matches (docs/performance.md).
    meta::Config::new()
        .nfa_size_limit(Some(50 << 20))
        .which_captures(regex_automata::nfa::thompson::WhichCaptures::Implicit)
        .auto_prefilter(false)
}

/// Compiles several classes of patterns into one regex whose pattern `i` is class
/// `i`: one scan of a text finds every class (the lexicon's categories).
pub fn compile_many(classes: &[Vec<String>]) -> Result<Option<Regex>, String> {
    if classes.is_empty() {
        return Ok(None);
    }
    let hirs = classes
        .iter()
        .map(|patterns| {
            let alternation = if patterns.is_empty() {
                // A class with no words matches nothing.
                r"[^\x00-\x{10FFFF}]".to_string()
            } else {
                patterns
                    .iter()
                    .map(|p| bounded(p))
                    .collect::<Vec<_>>()
                    .join("|")
            };
            regex_syntax::Parser::new()
                .parse(&alternation)
                .map(bytewise)
                .map_err(|e| e.to_string())
        })
        .collect::<Result<Vec<Hir>, String>>()?;
    meta::Builder::new()
        .configure(meta_config())
        .build_many_from_hir(&hirs)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// The same regex where a class repeated more than once that holds every non-ASCII
/// letter (`[^.;]{0,80}`, `.*`, `(?:[^.;]|\.\d){0,80}`) matches bytes: its ASCII part,
/// and any byte from 0x80. On valid UTF-8 an unbounded repetition matches what it
/// matched; a bounded one counts a letter of several bytes several times. A class
/// matched once keeps matching one whole letter.
fn bytewise(h: Hir) -> Hir {
    // The tree is taken apart and rebuilt, never cloned: the pack's alternations
    // are large, and a clone at each level made this a fifth of a short run. A
    // branch with nothing repeated is kept as it is.
    if !repeats(&h) {
        return h;
    }
    match h.into_kind() {
        HirKind::Repetition(r) => {
            let once = matches!(r.max, Some(0 | 1));
            let sub = if once {
                bytewise(*r.sub)
            } else {
                repeated(*r.sub)
            };
            Hir::repetition(hir::Repetition {
                sub: Box::new(sub),
                ..r
            })
        }
        HirKind::Capture(c) => Hir::capture(hir::Capture {
            sub: Box::new(bytewise(*c.sub)),
            ..c
        }),
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(bytewise).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(bytewise).collect()),
        other => rebuilt(other),
    }
}

/// Whether something in the tree may match more than once.
fn repeats(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Repetition(r) => !matches!(r.max, Some(0 | 1)) || repeats(&r.sub),
        HirKind::Capture(c) => repeats(&c.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(repeats),
        _ => false,
    }
}

/// What a repetition repeats: a class, or an alternation of classes and others.
fn repeated(h: Hir) -> Hir {
    match h.into_kind() {
        HirKind::Class(class) => byte_class(class),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(repeated).collect()),
        other => bytewise(rebuilt(other)),
    }
}

/// A leaf of the tree back as a tree (the smart constructors simplify as they build).
fn rebuilt(kind: HirKind) -> Hir {
    match kind {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(hir::Literal(bytes)) => Hir::literal(bytes),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Look(look) => Hir::look(look),
        HirKind::Repetition(r) => Hir::repetition(r),
        HirKind::Capture(c) => Hir::capture(c),
        HirKind::Concat(subs) => Hir::concat(subs),
        HirKind::Alternation(subs) => Hir::alternation(subs),
    }
}

fn byte_class(class: Class) -> Hir {
    let Class::Unicode(class) = class else {
        return Hir::class(class);
    };
    let mut left = ClassUnicode::new([hir::ClassUnicodeRange::new('\u{80}', char::MAX)]);
    left.difference(&class);
    if !left.ranges().is_empty() {
        return Hir::class(Class::Unicode(class));
    }
    let mut bytes: Vec<ClassBytesRange> = class
        .ranges()
        .iter()
        .filter(|r| r.start().is_ascii())
        .map(|r| ClassBytesRange::new(r.start() as u8, r.end().min('\x7f') as u8))
        .collect();
    bytes.push(ClassBytesRange::new(0x80, 0xff));
    Hir::class(Class::Bytes(ClassBytes::new(bytes)))
}

/// Puts ASCII word boundaries where the pattern starts and ends with a word: not
/// before `\(` or after `'`, where a boundary could never match.
fn bounded(p: &str) -> String {
    let p = &ascii_boundaries(p);
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

/// `\b` and `\B` as ASCII word boundaries: a Unicode one makes the lazy DFA give
/// up at the first non-ASCII byte and the search fall back to the slow NFA engines.
/// Text is folded before it is matched (no accents), so the two agree on letters.
fn ascii_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(b @ ('b' | 'B')) => out.push_str(&format!("(?-u:\\{b})")),
                Some(other) => {
                    out.push(c);
                    out.push(other);
                }
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
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

    fn matcher(p: &str) -> crate::rules::Matcher {
        crate::rules::Matcher::new(
            compile(&[expand(&fold_pattern(p), &BTreeMap::new()).unwrap()]).unwrap(),
        )
    }

    #[test]
    fn gaps_match_bytes_but_never_cut_a_letter() {
        // A repeated `.` is compiled bytewise: "ab" and two bytes of "€" match; the
        // match is put back on the letter's boundaries.
        assert_eq!(
            matcher("ab.{1,2}").find_iter("ab€ c").collect::<Vec<_>>(),
            [(0, 5)]
        );
        assert_eq!(
            matcher("[^.;]b").find_iter("€b").collect::<Vec<_>>(),
            [(0, 4)]
        );
        // The gap still stops at its ASCII exceptions, and other classes are untouched.
        assert!(!matcher("conserv~[^.;]{0,20}copie").is_match("conserve. une copie"));
        assert!(matcher("conserv~[^.;]{0,20}copie").is_match("conserve « une » copie"));
        assert!(matcher("-[^a-z]x").is_match("-€x"));
        assert!(!matcher("-[^a-z€]x").is_match("-€x"));
        // A bounded repetition counts bytes: "€" is three.
        assert!(matcher("-[^a-z]{1,3}x").is_match("-€x"));
        assert!(!matcher("-[^a-z]{1,2}x").is_match("-€x"));
        assert!(matcher("-[^a-z]*x").is_match("-€€x"));
    }

    #[test]
    fn matches_near_start_is_anchored_within_its_reach() {
        let m = matcher("[^.]{1,20}?(?:\\. ?){4,} ?\\d+");
        assert!(m.matches_near_start("article 3 .... 12", 0));
        assert!(m.matches_near_start("4.1. sommaire .... 12", 5));
        let sans_objet = matcher("sans objet");
        assert!(sans_objet.matches_near_start("4.2. sans objet.", 5));
        assert!(!sans_objet.matches_near_start("4.2. le lot est sans objet.", 5));
    }
}

#[cfg(test)]
mod boundary_tests {
    use super::*;

    /// Word boundaries become ASCII ones (the lazy DFA never gives up on them), an
    /// escaped backslash stays, and a boundary still bounds a word.
    #[test]
    fn word_boundaries_are_ascii() {
        assert_eq!(ascii_boundaries(r"a\b"), r"a(?-u:\b)");
        assert_eq!(ascii_boundaries(r"\Bx\d"), r"(?-u:\B)x\d");
        assert_eq!(ascii_boundaries(r"a\\b"), r"a\\b");
        let re = compile(&[r"acces\b".to_string()]).unwrap().unwrap();
        assert!(re.is_match("l'acces aux donnees"));
        assert!(!re.is_match("accessible"));
        assert!(re.is_match("acces €"));
    }
}
