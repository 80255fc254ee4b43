//! Normalisation for matching, done once per block.
//!
//! Rules are written and compiled in folded form (lowercase, no accents, straight
//! apostrophes and quotes, single ASCII spaces), so that `RÉVERSIBILITÉ`,
//! `réversibilité` and `reversibilite` are the same word and the regex engine stays
//! on its fast ASCII path. The map sends every folded byte back to the original byte
//! that produced it, so a finding points at the exact words the user wrote.

use unicode_normalization::char::decompose_canonical;

/// A folded text and its map back to the original.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `map[i]` is the byte offset, in the original, of the character that produced
    /// folded byte `i`.
    map: Vec<usize>,
    original_len: usize,
}

impl Folded {
    /// Original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.map.get(start).copied().unwrap_or(self.original_len);
        let e = self.map.get(end).copied().unwrap_or(self.original_len);
        (s, e.max(s))
    }

    /// The same text with every whole-word `name` read as `word` ("nubalis
    /// s'engage" → "titulaire s'engage"); the new word maps back to the name.
    pub fn rename(&self, name: &str, word: &str) -> Folded {
        let text = self.text.as_bytes();
        let is_word = |i: usize| text.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
        let mut out = String::with_capacity(self.text.len());
        let mut map = Vec::with_capacity(self.map.len());
        let mut copied = 0;
        for (at, _) in self.text.match_indices(name) {
            let end = at + name.len();
            if at < copied || at > 0 && is_word(at - 1) || is_word(end) {
                continue;
            }
            out.push_str(&self.text[copied..at]);
            map.extend_from_slice(&self.map[copied..at]);
            out.push_str(word);
            map.extend(std::iter::repeat_n(self.map[at], word.len()));
            copied = end;
        }
        out.push_str(&self.text[copied..]);
        map.extend_from_slice(&self.map[copied..]);
        Folded {
            text: out,
            map,
            original_len: self.original_len,
        }
    }
}

/// Folds `text` for matching. See the module documentation.
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    let mut last_space = true; // drops leading spaces and collapses runs
    let bytes = text.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let pos = next;
        // Most of a contract is ASCII: a letter, digit or sign is lowercased as it
        // stands, a space joins the run before it (what the general path below does,
        // byte by byte, with no character decoded).
        let b = bytes[pos];
        if b.is_ascii() && b != b'`' {
            next += 1;
            if matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r') {
                if !last_space {
                    out.push(' ');
                    map.push(pos);
                    last_space = true;
                }
            } else {
                out.push(char::from(b.to_ascii_lowercase()));
                map.push(pos);
                last_space = false;
            }
            continue;
        }
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        next += c.len_utf8();
        let push = |s: &str, out: &mut String, map: &mut Vec<usize>| {
            out.push_str(s);
            map.extend(std::iter::repeat_n(pos, s.len()));
        };
        if c.is_whitespace() {
            if !last_space {
                push(" ", &mut out, &mut map);
                last_space = true;
            }
            continue;
        }
        match c {
            // Soft hyphen and zero-width characters vanish.
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => continue,
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => {
                push("'", &mut out, &mut map)
            }
            '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2039}'
            | '\u{203A}' => push("\"", &mut out, &mut map),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
                push("-", &mut out, &mut map)
            }
            '\u{0153}' | '\u{0152}' => push("oe", &mut out, &mut map),
            '\u{00E6}' | '\u{00C6}' => push("ae", &mut out, &mut map),
            '\u{00DF}' => push("ss", &mut out, &mut map),
            '\u{FB00}' => push("ff", &mut out, &mut map),
            '\u{FB01}' => push("fi", &mut out, &mut map),
            '\u{FB02}' => push("fl", &mut out, &mut map),
            '\u{FB03}' => push("ffi", &mut out, &mut map),
            '\u{FB04}' => push("ffl", &mut out, &mut map),
            '\u{00B0}' | '\u{00BA}' => push("o", &mut out, &mut map), // n°, nº
            _ if c.is_ascii() => {
                let l = c.to_ascii_lowercase();
                let mut buf = [0u8; 4];
                push(l.encode_utf8(&mut buf), &mut out, &mut map)
            }
            _ => {
                let mut buf = String::new();
                decompose_canonical(c, |d| {
                    if !is_combining_mark(d) {
                        buf.extend(d.to_lowercase());
                    }
                });
                push(&buf, &mut out, &mut map)
            }
        }
        last_space = false;
    }
    if out.ends_with(' ') {
        out.pop();
        map.pop();
    }
    Folded {
        text: out,
        map,
        original_len: text.len(),
    }
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_composition_fold_alike() {
        assert_eq!(fold("RÉVERSIBILITÉ").text, "reversibilite");
        assert_eq!(fold("réversibilité").text, "reversibilite");
        assert_eq!(fold("re\u{301}versibilite\u{301}").text, "reversibilite");
    }

    #[test]
    fn typography_folds_to_ascii() {
        assert_eq!(
            fold("l’accès «\u{a0}données\u{a0}»").text,
            "l'acces \" donnees \""
        );
        assert_eq!(
            fold("24\u{a0}heures\u{202f}; œuvre").text,
            "24 heures ; oeuvre"
        );
        assert_eq!(fold("réversi\u{ad}bilité").text, "reversibilite");
        assert_eq!(fold("  a \t\n b  ").text, "a b");
        // Every ASCII space is one, and the backquote an apostrophe, as in the general path.
        assert_eq!(fold("A\x0BB\x0C\rC`D").text, "a b c'd");
        assert_eq!(fold("n° 7").text, "no 7");
    }

    #[test]
    fn map_points_back_to_original_bytes() {
        let original = "Les DONNÉES sont hébergées";
        let f = fold(original);
        let start = f.text.find("hebergees").unwrap();
        let (s, e) = f.original_range(start, start + "hebergees".len());
        assert_eq!(&original[s..e], "hébergées");
        let start = f.text.find("donnees").unwrap();
        let (s, e) = f.original_range(start, start + "donnees".len());
        assert_eq!(&original[s..e], "DONNÉES");
    }

    #[test]
    fn renamed_words_map_back_to_the_name() {
        let original = "Nubalis s’engage ; NUBALIS’s data, not Nubaliserie.";
        let f = fold(original).rename("nubalis", "titulaire");
        assert_eq!(
            f.text,
            "titulaire s'engage ; titulaire's data, not nubaliserie."
        );
        let start = f.text.find("s'engage").unwrap();
        let (s, e) = f.original_range(start, start + 8);
        assert_eq!(&original[s..e], "s’engage");
        let (s, e) = f.original_range(0, "titulaire".len());
        assert_eq!(&original[s..e], "Nubalis");
        let at = f.text.rfind("titulaire").unwrap();
        let (s, e) = f.original_range(at, at + "titulaire's".len());
        assert_eq!(&original[s..e], "NUBALIS’s");
    }

    #[test]
    fn map_handles_decomposed_and_ligatures() {
        let original = "une e\u{301}preuve d’œuvre";
        let f = fold(original);
        let start = f.text.find("oeuvre").unwrap();
        let (s, e) = f.original_range(start, start + 6);
        assert_eq!(&original[s..e], "œuvre");
        let (s, e) = f.original_range(4, 11);
        assert_eq!(&original[s..e], "e\u{301}preuve");
    }
}
