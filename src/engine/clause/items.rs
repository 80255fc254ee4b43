//! Enumerations written inside a sentence: "We reserve the right, at our sole
//! discretion, to (a) monitor the Services; (b) refuse content which infringes the
//! law; (c) remove files that are excessive in size". Each item is a clause of its own
//! under the words before the first marker, as a list item is under its lead-in: a
//! qualifier of one item («which infringes») says nothing of the others.

use super::Range;

/// How the items of an enumeration are counted.
#[derive(Clone, Copy, PartialEq)]
enum Count {
    Letter,
    Roman,
    Digit,
}

const ROMAN: [&str; 10] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/// The words before the first marker must be a lead-in of this many words at least:
/// "(a)" opening a sentence is a list written on one line, not a lead-in's item.
const MIN_LEAD_IN_WORDS: usize = 2;

/// The lead-in and the items of an enumeration inside `sentence`, when it holds one:
/// two markers at least — « (a) », « a) », « (i) », « 1) » after a space — counting
/// up from the first.
pub(super) fn inline_items(text: &str, (start, end): Range) -> Option<(Range, Vec<Range>)> {
    let markers = markers(text, start, end);
    let first = markers.iter().position(|m| m.2 == 1)?;
    let (kind, mut next) = (markers[first].1, 2);
    let mut chain = vec![markers[first].0];
    for &(at, k, n) in &markers[first + 1..] {
        if k == kind && n == next {
            chain.push(at);
            next += 1;
        }
    }
    if chain.len() < 2 {
        return None;
    }
    let lead = (start, chain[0]);
    let words = text[lead.0..lead.1]
        .split_whitespace()
        .filter(|w| w.bytes().any(|b| b.is_ascii_alphabetic()))
        .count();
    if words < MIN_LEAD_IN_WORDS {
        return None;
    }
    let lead = (start, trim_end(text, start, chain[0]));
    let items = chain
        .iter()
        .enumerate()
        .map(|(i, &at)| (at, chain.get(i + 1).copied().unwrap_or(end)))
        .map(|(s, e)| (s, trim_end(text, s, e)))
        .collect();
    Some((lead, items))
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// Every marker in the sentence: where it starts, how it counts, its rank. « (i) »
/// is both the ninth letter and the first Roman numeral.
fn markers(text: &str, start: usize, end: usize) -> Vec<(usize, Count, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (i, _) in text[start..end].match_indices(')') {
        let close = start + i;
        let word_start = text[start..close]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_alphanumeric())
            .map_or(start, |(p, c)| start + p + c.len_utf8());
        let label = &text[word_start..close];
        if label.is_empty() || label.len() > 4 {
            continue;
        }
        let open = word_start > start && bytes[word_start - 1] == b'(';
        let at = if open { word_start - 1 } else { word_start };
        // After a space (or at the sentence's start), before a space.
        let spaced_before = at == start || bytes[at - 1] == b' ';
        let spaced_after = bytes.get(close + 1).is_none_or(|&b| b == b' ');
        if !spaced_before || !spaced_after {
            continue;
        }
        if let Some(n) = ROMAN.iter().position(|r| *r == label) {
            out.push((at, Count::Roman, n + 1));
        }
        if let [b] = label.as_bytes() {
            if b.is_ascii_lowercase() {
                out.push((at, Count::Letter, (b - b'a') as usize + 1));
            } else if (b'1'..=b'9').contains(b) {
                out.push((at, Count::Digit, (b - b'0') as usize));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::inline_items;

    fn split(text: &str) -> Option<(String, Vec<String>)> {
        let (lead, items) = inline_items(text, (0, text.len()))?;
        Some((
            text[lead.0..lead.1].to_string(),
            items.iter().map(|&(s, e)| text[s..e].to_string()).collect(),
        ))
    }

    #[test]
    fn items_written_in_a_sentence_are_split_under_their_lead_in() {
        let (lead, items) =
            split("we may, to (a) monitor the services; (b) refuse content; and (c) remove files.")
                .unwrap();
        assert_eq!(lead, "we may, to");
        assert_eq!(
            items,
            [
                "(a) monitor the services;",
                "(b) refuse content; and",
                "(c) remove files."
            ]
        );
        let (_, items) =
            split("le titulaire doit : a) heberger les donnees ; b) les sauvegarder.").unwrap();
        assert_eq!(items.len(), 2);
        // Roman numerals, with a letter inside an item left in it.
        let (_, items) =
            split("the provider shall (i) host the data, (a) in france; (ii) back them up.")
                .unwrap();
        assert_eq!(
            items,
            ["(i) host the data, (a) in france;", "(ii) back them up."]
        );
    }

    #[test]
    fn references_and_lone_markers_are_no_enumeration() {
        assert!(split("as required by article 28(3)(a) and (b) of the gdpr.").is_none());
        assert!(split("the provider (a) hosts the data in france.").is_none());
        assert!(split("(a) the provider hosts; (b) it backs up.").is_none());
        assert!(split("see section 4 b) and c) below.").is_none());
        // A letter of several bytes before a closing bracket (this panicked once).
        assert!(split("des justificatifs (liens familiaux…) et (a) autres…).").is_none());
    }
}
