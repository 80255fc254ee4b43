//! The document's text prepared once for every rule: folded blocks cut into
//! sentences and clauses, with quoted passages marked.

use super::parties;
use crate::fold::{fold, Folded};
use crate::model::{Block, BlockKind, Document};
use crate::rules::TextRules;
use std::collections::{BTreeMap, HashMap, HashSet};

pub type Range = (usize, usize);

pub struct PreparedBlock {
    pub folded: Folded,
    /// Sentences, as folded byte ranges.
    pub sentences: Vec<Range>,
    /// Clauses: sentences cut at `;` and `:`.
    pub clauses: Vec<Range>,
    /// Passages that bind nobody: text between quotation marks, and sentences the
    /// pack calls inert (definitions).
    pub inert: Vec<Range>,
    /// Sentences that bind the provider to nothing: the buyer's duties, descriptions
    /// of what the software does.
    pub unbound: Vec<Range>,
    pub heading: bool,
    /// "Sans objet", "[à compléter]": the block binds nobody.
    pub void: bool,
    /// A price line or a row of a price schedule: it may address a family and carry
    /// a contrary clause ("remise contre la réutilisation des données"), but pricing
    /// a service meets no element.
    pub priced: bool,
    /// A heading's article number ("4" for "Article 4 – Confidentialité").
    pub article: Option<String>,
    /// Articles of the same document this block refers to ("l'article 4").
    pub references: Vec<String>,
    /// Clauses this block declares inapplicable: their numbers, and the word naming
    /// the text they stand in ("conditions" for "l'article 8.4 des conditions
    /// générales ne s'applique pas"), if any.
    pub disapplies: Vec<(String, Option<String>)>,
    /// Table row, whose cells share their context (a label cell names the topic).
    pub row: Option<(u32, u32)>,
    /// The cell that makes this cell's row optional ("Souhaitée", or a code a legend
    /// defines so), and the words that say it.
    pub optional: Option<(usize, String)>,
    /// Where the document says, in this block, that it holds the tender's rules (its
    /// title, or « le présent règlement de la consultation »): every block is void.
    pub bid_rules: Option<Range>,
}

impl PreparedBlock {
    pub fn is_inert(&self, (s, e): Range) -> bool {
        self.inert.iter().any(|&(qs, qe)| s >= qs && e <= qe)
    }

    pub fn is_unbound(&self, (s, e): Range) -> bool {
        self.unbound.iter().any(|&(qs, qe)| s >= qs && e <= qe)
    }

    pub fn sentence_of(&self, at: usize) -> Range {
        find_range(&self.sentences, at).unwrap_or((0, self.folded.text.len()))
    }

    /// Number of words in the sentence around `at`.
    pub fn sentence_words(&self, at: usize) -> usize {
        let (s, e) = self.sentence_of(at);
        self.folded.text[s..e]
            .split(' ')
            .filter(|w| w.bytes().any(|b| b.is_ascii_alphanumeric()))
            .count()
    }

    pub fn clause_of(&self, at: usize) -> Range {
        find_range(&self.clauses, at).unwrap_or_else(|| self.sentence_of(at))
    }

    /// Whether the block counts as contract text for the rules.
    pub fn is_clause_text(&self) -> bool {
        !self.heading && !self.void
    }
}

fn find_range(ranges: &[Range], at: usize) -> Option<Range> {
    let i = ranges.partition_point(|&(s, _)| s <= at).checked_sub(1)?;
    Some(ranges[i])
}

pub fn prepare(doc: &Document, rules: &TextRules) -> Vec<PreparedBlock> {
    use rayon::prelude::*;
    // Each block is folded and prepared on its own: on all cores.
    let folded: Vec<Folded> = doc.blocks.par_iter().map(|b| fold(&b.text)).collect();
    let originals = doc.blocks.iter().map(|b| b.text.as_str());
    let renames = parties::renames(originals.zip(&folded), &rules.parties);
    let mut blocks: Vec<PreparedBlock> = doc
        .blocks
        .par_iter()
        .zip(folded)
        .map(|(b, f)| prepare_block(b, parties::rename(f, &renames), rules))
        .collect();
    // A price schedule (BPU, DPGF) names services to price them: "Prestation de
    // réversibilité | 5 000 €" is no reversibility clause.
    let price_tables: HashSet<u32> = blocks
        .iter()
        .filter_map(|b| {
            let (table, _) = b.row?;
            rules
                .price_cells
                .is_match(b.folded.text.trim())
                .then_some(table)
        })
        .collect();
    // "La commune s'engage à :" puts its duty on the list items that follow, "Le
    // logiciel assure les fonctions suivantes :" makes them features.
    let mut unbound_lead_in = false;
    for (b, block) in blocks.iter_mut().zip(&doc.blocks) {
        // Bullets that the source did not mark up as a list (a PDF, an indented
        // Markdown block): "• acquisition…" still follows its lead-in.
        let item = matches!(block.kind, BlockKind::ListItem);
        match block.kind {
            _ if unbound_lead_in && (item || starts_with_bullet(&b.folded.text)) => {
                b.unbound = vec![(0, b.folded.text.len())];
            }
            BlockKind::ListItem => {}
            _ => {
                unbound_lead_in = b.folded.text.trim_end().ends_with(':')
                    && b.sentences.last().is_some_and(|&s| b.is_unbound(s));
            }
        }
    }
    // A glossary defines, a table of contents points: neither binds anybody.
    let mut inert_heading: HashMap<&str, bool> = HashMap::new();
    let mut practice_heading: HashMap<&str, bool> = HashMap::new();
    for (i, (b, block)) in blocks.iter_mut().zip(&doc.blocks).enumerate() {
        let in_inert_section = block.headings.iter().any(|h| {
            *inert_heading
                .entry(h.as_str())
                .or_insert_with(|| rules.inert_sections.is_match(fold(h).text.trim()))
        });
        b.void |= in_inert_section;
        // A legal notice states the provider's practice (spec, reading conventions:
        // "hébergeur : X, adresse"): it binds nobody, as a hedge would say.
        if b.optional.is_none() {
            let practice = block.headings.iter().rev().find(|h| {
                *practice_heading
                    .entry(h.as_str())
                    .or_insert_with(|| rules.practice_sections.is_match(fold(h).text.trim()))
            });
            if let Some(h) = practice {
                b.optional = Some((i, h.clone()));
            }
        }
        b.priced |= b
            .row
            .is_some_and(|(table, _)| price_tables.contains(&table));
    }
    mark_contents(&mut blocks, rules);
    disapply(&mut blocks, doc, rules);
    mark_optional_rows(&mut blocks, doc, rules);
    mark_non_binding(&mut blocks, doc, rules);
    if let Some((at, range)) = bid_rules(&blocks, rules) {
        for b in &mut blocks {
            b.void = true;
        }
        blocks[at].bid_rules = Some(range);
    }
    blocks
}

/// A table of contents is this many lines of titles and pages in a row, at least.
const MIN_CONTENTS_LINES: usize = 3;

/// Lines of a table of contents — a title and its page, « Article 12 – Réversibilité
/// ....... 15 » — point at the articles, they bind nobody: in a run of a few, wherever
/// the document puts them (a PDF or a DOCX whose contents have no heading of their own).
fn mark_contents(blocks: &mut [PreparedBlock], rules: &TextRules) {
    let is_line = |b: &PreparedBlock| {
        !b.heading && b.row.is_none() && rules.contents_lines.is_whole_match(b.folded.text.trim())
    };
    let mut start = 0;
    while start < blocks.len() {
        let run = blocks[start..].iter().take_while(|b| is_line(b)).count();
        if run >= MIN_CONTENTS_LINES {
            for b in &mut blocks[start..start + run] {
                b.void = true;
            }
        }
        start += run.max(1);
    }
}

/// How far into a document its title is looked for: a cover page's lines.
const TITLE_BLOCKS: usize = 30;

/// Where a document says it holds the rules of the tender procedure — its title, or
/// else a sentence naming itself so (« le présent règlement de la consultation ») —
/// as a block and a range of its folded text: what it asks of candidates is no clause
/// of the contract (spec, reading conventions), so none of its blocks counts.
fn bid_rules(blocks: &[PreparedBlock], rules: &TextRules) -> Option<(usize, Range)> {
    let title = blocks
        .iter()
        .take(TITLE_BLOCKS)
        .enumerate()
        .find_map(|(i, b)| {
            let text = &b.folded.text;
            let trimmed = text.trim();
            let start = text.len() - text.trim_start().len();
            rules
                .bid_rules_titles
                .is_whole_match(trimmed)
                .then_some((i, (start, start + trimmed.len())))
        });
    title.or_else(|| {
        blocks.iter().enumerate().find_map(|(i, b)| {
            let range = rules.bid_rules_self.find_iter(&b.folded.text).next()?;
            Some((i, range))
        })
    })
}

/// "This MOU is not intended to be legally binding": a document that declares it binds
/// nobody hedges every clause it holds (spec: `ok` needs a binding clause), the
/// declaration standing as the hedge.
fn mark_non_binding(blocks: &mut [PreparedBlock], doc: &Document, rules: &TextRules) {
    let declared = blocks.iter().enumerate().find_map(|(i, b)| {
        let (s, e) = rules.non_binding.find_iter(&b.folded.text).next()?;
        let (s, e) = b.folded.original_range(s, e);
        Some((i, doc.blocks[i].text[s..e].to_string()))
    });
    if let Some((at, words)) = declared {
        for b in blocks.iter_mut().filter(|b| b.optional.is_none()) {
            b.optional = Some((at, words.clone()));
        }
    }
}

/// "| HEB-02 | Les sauvegardes sont conservées en France | S |" with a legend "| S |
/// Souhaitée : … sans valeur contractuelle |": the row asks without binding, so what
/// it requires is hedged (spec: "optional" wording is weak).
fn mark_optional_rows(blocks: &mut [PreparedBlock], doc: &Document, rules: &TextRules) {
    let cell = |b: &PreparedBlock| {
        b.folded
            .text
            .trim_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_string()
    };
    // Ordered, so that two legends defining one code give the same answer every run.
    let mut rows: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if let Some(row) = b.row {
            rows.entry(row).or_default().push(i);
        }
    }
    if rows.is_empty() {
        return;
    }
    // Legend rows: a short code, then what it means.
    let mut codes: HashMap<String, String> = HashMap::new();
    for cells in rows.values() {
        if let [code, meaning] = cells[..] {
            let code_text = cell(&blocks[code]);
            let folded = &blocks[meaning].folded;
            if let Some((s, e)) = rules.optional_levels.find_iter(&folded.text).next() {
                if (1..=3).contains(&code_text.len()) {
                    let (s, e) = folded.original_range(s, e);
                    codes.insert(code_text, doc.blocks[meaning].text[s..e].to_string());
                }
            }
        }
    }
    for cells in rows.values() {
        let level = cells.iter().find_map(|&c| {
            let text = cell(&blocks[c]);
            let words = codes.get(&text).cloned().or_else(|| {
                let whole = rules.optional_levels.is_whole_match(&text);
                whole.then(|| doc.blocks[c].text.trim().to_string())
            })?;
            Some((c, words))
        });
        if let Some((level_cell, words)) = level {
            for &c in cells.iter().filter(|&&c| c != level_cell) {
                blocks[c].optional = Some((level_cell, words.clone()));
            }
        }
    }
}

/// "L'article 8.4 des conditions générales ne s'applique pas au présent marché": the
/// clause numbered 8.4 under a heading naming the conditions générales (or anywhere,
/// when the reference names no text) binds nobody, nor do the blocks under it when it
/// is a heading. The spec: a clause the contract declares inapplicable counts for nothing.
fn disapply(blocks: &mut [PreparedBlock], doc: &Document, rules: &TextRules) {
    let cited: Vec<(usize, &String, &Option<String>)> = blocks
        .iter()
        .enumerate()
        .flat_map(|(i, b)| b.disapplies.iter().map(move |(n, q)| (i, n, q)))
        .collect();
    if cited.is_empty() {
        return;
    }
    let named: Vec<bool> = doc
        .blocks
        .iter()
        .zip(blocks.iter())
        .enumerate()
        .map(|(i, (block, b))| {
            let Some(label) = label(&b.folded.text, rules) else {
                return false;
            };
            let path = fold(&block.headings.join(" / ")).text;
            cited.iter().any(|&(at, n, q)| {
                at != i && *n == label && q.as_ref().is_none_or(|q| path.contains(q.as_str()))
            })
        })
        .collect();
    let headings: HashSet<&str> = doc
        .blocks
        .iter()
        .zip(&named)
        .filter(|&(block, &named)| named && matches!(block.kind, BlockKind::Heading { .. }))
        .map(|(block, _)| block.text.trim())
        .collect();
    for ((b, block), named) in blocks.iter_mut().zip(&doc.blocks).zip(named) {
        b.void |= named || block.headings.iter().any(|h| headings.contains(h.as_str()));
    }
}

fn prepare_block(block: &Block, folded: Folded, rules: &TextRules) -> PreparedBlock {
    let sentences = split_sentences(&folded, &block.text, rules);
    let clauses = split_clauses(&folded.text, &sentences);
    let mut inert = quotes(&folded.text);
    inert.extend(
        sentences
            .iter()
            .filter(|&&(s, e)| rules.inert.is_match(&folded.text[s..e])),
    );
    let unbound = sentences
        .iter()
        .copied()
        .filter(|&(s, e)| {
            let sentence = &folded.text[s..e];
            rules.buyer_duties.is_match(sentence) || rules.features.is_match(sentence)
        })
        .collect();
    let void = rules
        .void
        .matches_near_start(&folded.text, leading_label_len(&folded.text));
    let priced = rules.price_lines.is_match(folded.text.trim_end());
    let heading = matches!(block.kind, BlockKind::Heading { .. });
    let article = heading.then(|| label(&folded.text, rules)).flatten();
    let cited: Vec<&str> = rules
        .article_reference
        .find_iter(&folded.text)
        .map(|(s, e)| &folded.text[s..e])
        .collect();
    let references = cited
        .iter()
        .filter(|m| m.ends_with(|c: char| c.is_ascii_digit()))
        .flat_map(|m| numbers(m))
        .collect();
    // Only a block that cites an article can disapply one, and only in the clause that
    // says so: in "(ii) in Clause 7, the docking clause does not apply; (iii) … the
    // notice period set at 30 days per Section 6.1", Section 6.1 still applies.
    let disapplies = sentences
        .iter()
        .filter(|_| !cited.is_empty())
        .flat_map(|&(s, e)| folded.text[s..e].split(';'))
        .filter(|clause| rules.disapplied.is_match(clause))
        .flat_map(|clause| {
            rules
                .article_reference
                .find_iter(clause)
                .map(|(s, e)| &clause[s..e])
        })
        .flat_map(|m| {
            let qualifier = m
                .rsplit([' ', '\''])
                .next()
                .filter(|w| !w.starts_with(|c: char| c.is_ascii_digit()))
                .map(str::to_string);
            numbers(m).into_iter().map(move |n| (n, qualifier.clone()))
        })
        .collect();
    PreparedBlock {
        sentences,
        clauses,
        inert,
        unbound,
        heading,
        article,
        references,
        disapplies,
        void,
        priced,
        row: match block.kind {
            BlockKind::TableCell { table, row, .. } => Some((table, row)),
            _ => None,
        },
        optional: None,
        bid_rules: None,
        folded,
    }
}

/// The number a block starts with ("4" for "Article 4 – Confidentialité", "8.4" for
/// "8.4 Ludiweb peut…").
fn label(text: &str, rules: &TextRules) -> Option<String> {
    let (s, e) = rules.article_number.find_iter(text).next()?;
    (s == 0).then(|| numbers(&text[s..e]).into_iter().next())?
}

/// Whether a block opens as a list item the source did not mark up: a bullet, or an
/// enumeration's marker.
pub(super) fn starts_with_bullet(text: &str) -> bool {
    let text = text.trim_start();
    text.starts_with([
        '•', '◦', '▪', '▫', '‣', '⁃', '–', '—', '-', '*', '➔', '→', '·',
    ]) || starts_with_marker(text)
}

/// An enumeration's marker opening a paragraph — « (a) », « b) », « (iv) », « 2) »,
/// « 3° » — followed by a space: an item the source wrote as a paragraph of its own.
/// (Not « 2. », which numbers articles as often as items.)
fn starts_with_marker(text: &str) -> bool {
    let rest = text.strip_prefix('(').unwrap_or(text);
    let label = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let (name, after) = rest.split_at(label);
    let counts = match name.len() {
        1 => true,
        2 => name.bytes().all(|b| b.is_ascii_digit()) || is_roman(name),
        3 | 4 => is_roman(name),
        _ => false,
    };
    let closed = after.strip_prefix(')').or_else(|| after.strip_prefix('°'));
    counts && closed.is_some_and(|a| a.starts_with(char::is_whitespace))
}

fn is_roman(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
}

/// Every number, with its dotted parts, in `text` ("8.4" and "11" in "articles 8.4
/// et 11"), the words between them skipped.
fn numbers(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|n| n.trim_matches('.'))
        .filter(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        .map(str::to_string)
        .collect()
}

/// Length of a leading clause number ("4.1. ", "a) ", "- "), so that
/// "4.2. Sans objet." is void like "Sans objet.".
fn leading_label_len(text: &str) -> usize {
    let label = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b')' | b'-' | b' ' | b'*'))
        .count();
    label.min(12)
}

fn split_sentences(folded: &Folded, original: &str, rules: &TextRules) -> Vec<Range> {
    let text = folded.text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..text.len() {
        if text[i] == b' ' && i > start && line_break_ends_sentence(folded, original, i) {
            out.push((start, i));
            start = i + 1;
            continue;
        }
        if !matches!(text[i], b'.' | b'!' | b'?') || text.get(i + 1) != Some(&b' ') {
            continue;
        }
        // The next word must start like a sentence: not lowercase in the original.
        let (o, _) = folded.original_range(i + 2, i + 3);
        let next = original[o..].chars().next().unwrap_or('A');
        if next.is_lowercase() && !opens_with_item_label(&original[o..]) {
            continue;
        }
        let word_start = text[..i]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        // An article number opening the block is a label, not a sentence: « 6.2. Il
        // fait respecter… » opens on its subject.
        if text[start..i]
            .iter()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b')' | b' '))
        {
            if text[start..i].iter().any(u8::is_ascii_digit) {
                start = i + 2;
            }
            continue;
        }
        let word = &folded.text[word_start..i];
        if !word.is_empty()
            && (rules.abbreviations.contains(word) || word.len() == 1 && text[i] == b'.')
        {
            continue;
        }
        out.push((start, i + 1));
        start = i + 2;
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Whether a text opens on a list item's letter label, « c) » or "iv)": after a full
/// stop, such an item starts a sentence although it starts in lowercase (« … d'intérêt
/// public. c) garantir la confidentialité… »).
fn opens_with_item_label(text: &str) -> bool {
    let letters = text.chars().take_while(char::is_ascii_lowercase).count();
    (1..=4).contains(&letters) && text[letters..].starts_with(") ")
}

/// Whether the space at `i` of the folded text stands for a line break that ends a
/// sentence. Table cells and list-like paragraphs put one item per line with no stop
/// (« (EN)<br>Transférer la sauvegarde… », "- Activez…<br>- Utilisez…"): a blank line
/// always ends one; a single break ends one before a list mark, or before a capital
/// after punctuation. A break after a word and before a capital is layout inside a
/// sentence (« par le⏎Titulaire »).
fn line_break_ends_sentence(folded: &Folded, original: &str, i: usize) -> bool {
    let (s, e) = folded.original_range(i, i + 1);
    let gap = &original[s..e];
    let breaks = gap.matches('\n').count();
    if breaks == 0 {
        return false;
    }
    let next = original[e..].chars().next().unwrap_or(' ');
    let mut after = original[e..].chars().skip(1);
    let list_mark = matches!(next, '-' | '•' | '*' | '–' | '—') && after.next() == Some(' ');
    let prev = original[..s].chars().next_back().unwrap_or(' ');
    breaks >= 2 || list_mark || next.is_uppercase() && !prev.is_alphanumeric() && prev != ','
}

fn split_clauses(text: &str, sentences: &[Range]) -> Vec<Range> {
    let mut out = Vec::new();
    for &(s, e) in sentences {
        let mut start = s;
        for (i, b) in text[s..e].bytes().enumerate() {
            if b == b';' || b == b':' && text.as_bytes().get(s + i + 1) == Some(&b' ') {
                out.push((start, s + i));
                start = s + i + 1;
            }
        }
        out.push((start, e));
    }
    out
}

/// Ranges between pairs of double quotes (typographic ones fold to `"`).
fn quotes(text: &str) -> Vec<Range> {
    let marks: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    marks
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| (c[0], c[1] + 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Matcher;

    fn rules() -> TextRules {
        TextRules {
            abbreviations: ["art", "cf", "m"].iter().map(|s| s.to_string()).collect(),
            void: Matcher::default(),
            negations: Matcher::default(),
            disapplied: Matcher::default(),
            inert: Matcher::default(),
            article_number: Matcher::default(),
            article_reference: Matcher::default(),
            buyer_duties: Matcher::default(),
            features: Matcher::default(),
            inert_sections: Matcher::default(),
            practice_sections: Matcher::default(),
            price_cells: Matcher::default(),
            price_lines: Matcher::default(),
            contents_lines: Matcher::default(),
            optional_levels: Matcher::default(),
            non_binding: Matcher::default(),
            bid_rules_titles: Matcher::default(),
            bid_rules_self: Matcher::default(),
            negation_reversers: Matcher::default(),
            negation_reach: 0,
            condition_openers: Matcher::default(),
            min_clause_words: 0,
            article_reach: 0,
            parties: Default::default(),
        }
    }

    fn sentences(t: &str) -> Vec<String> {
        let f = fold(t);
        split_sentences(&f, t, &rules())
            .iter()
            .map(|&(s, e)| f.text[s..e].to_string())
            .collect()
    }

    #[test]
    fn line_breaks_end_sentences_between_items_not_inside_one() {
        assert_eq!(
            sentences("Guides (EN)\nTransférer une sauvegarde\n\nGérer les snapshots"),
            vec![
                "guides (en)",
                "transferer une sauvegarde",
                "gerer les snapshots"
            ]
        );
        assert_eq!(
            sentences("- Activez le chiffrement\n- Utilisez le VPN"),
            vec!["- activez le chiffrement", "- utilisez le vpn"]
        );
        assert_eq!(
            sentences("6.2. Il fait respecter cette obligation. 7. Il la fait respecter."),
            vec![
                "il fait respecter cette obligation.",
                "il la fait respecter."
            ]
        );
        assert_eq!(
            sentences("Les données sont hébergées par le\nTitulaire en France."),
            vec!["les donnees sont hebergees par le titulaire en france."]
        );
    }

    #[test]
    fn an_enumeration_marker_opens_an_item_a_number_does_not() {
        for item in [
            "(a) delete the data;",
            "b) suspend",
            "(iv) return",
            "2) notify",
            "3° le titulaire",
            "• acquisition",
        ] {
            assert!(starts_with_bullet(item), "{item}");
        }
        for text in [
            "2. Scope",
            "(ab) x",
            "a)b",
            "(2025) report",
            "Article 3) x",
            "abc) x",
        ] {
            assert!(!starts_with_bullet(text), "{text}");
        }
    }

    #[test]
    fn sentences_respect_abbreviations_and_case() {
        assert_eq!(
            sentences("Voir l'art. 5 du CCAP. Le titulaire, cf. annexe, signe. M. Dupont vient."),
            vec![
                "voir l'art. 5 du ccap.",
                "le titulaire, cf. annexe, signe.",
                "m. dupont vient."
            ]
        );
        assert_eq!(
            sentences("Les données etc. sont là."),
            vec!["les donnees etc. sont la."]
        );
        // A lowercase item label after a full stop opens a sentence; a lowercase word
        // does not.
        assert_eq!(
            sentences("Il en informe l'acheteur. c) garantir la confidentialité. voire plus."),
            vec![
                "il en informe l'acheteur.",
                "c) garantir la confidentialite. voire plus."
            ]
        );
    }

    #[test]
    fn clauses_and_quotes() {
        let t = "a ; b : c « d » e";
        let f = fold(t);
        let s = split_sentences(&f, t, &rules());
        assert_eq!(split_clauses(&f.text, &s).len(), 3);
        assert_eq!(quotes(&f.text), vec![(10, 15)]);
    }
}
