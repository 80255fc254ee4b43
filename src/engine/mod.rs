//! The rule engine: a compiled pack × a document → family verdicts and findings.
//!
//! For each family: passages *about* it (topic words, minus the senses that do not
//! count) give the scope — the sentence's block, its table row, or a heading above
//! it. In scope, each required element is looked for; a hedge in the same clause
//! makes it hedged. Contrary clauses are looked for everywhere, unless negated
//! before them in their clause or declared inapplicable. Then, as dimensions.md
//! says: contrary if any clause goes against the family; else ok if every element
//! is bound; else weak if the family is addressed at all; else missing.

pub mod clause;
mod parties;
pub mod text;

use crate::finding::*;
use crate::model::{BlockKind, Document};
use crate::rules::{Family, Hedge, Lang, Pack, Rule};
use std::collections::{HashMap, HashSet};
use text::{prepare, PreparedBlock, Range};

/// A match: block index and folded byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    block: usize,
    range: Range,
}

/// How an element was found: its state, where, and the hedge that weakened it.
type ElementFind = (ElementState, Option<Hit>, Option<(String, Hit)>);

struct Judged {
    status: Status,
    elements: Vec<ElementFind>,
    /// Contrary clauses: the rule, and where.
    contrary: Vec<(usize, Hit)>,
    addressed: Option<Hit>,
}

/// Judges one document against the pack.
pub fn judge(doc: &Document, pack: &Pack, lang: Lang) -> FileReport {
    let blocks = prepare(doc, &pack.text);
    let frames = clause::frames(doc, &blocks, pack);
    let ctx = Context {
        doc,
        pack,
        blocks: &blocks,
        frames: &frames,
        lang,
    };
    let mut families = Vec::new();
    let mut findings = Vec::new();
    let mut addressed = Vec::new();
    for family in &pack.families {
        let judged = ctx.judge_family(family);
        addressed.push(judged.addressed.is_some());
        let (verdict, mut found) = ctx.verdict(family, &judged);
        families.push(verdict);
        findings.append(&mut found);
    }
    findings.extend(ctx.checks(&addressed));
    FileReport {
        path: doc.path.clone(),
        format: doc.format,
        families,
        findings,
        warnings: doc.warnings.clone(),
    }
}

struct Context<'a> {
    doc: &'a Document,
    pack: &'a Pack,
    blocks: &'a [PreparedBlock],
    frames: &'a [clause::Frame],
    lang: Lang,
}

impl Context<'_> {
    fn text(&self, b: usize) -> &str {
        &self.blocks[b].folded.text
    }

    /// Topic matches of `family` in `text`, without the senses that do not count.
    fn topic_hits(&self, family: &Family, text: &str) -> Vec<Range> {
        let excluded = excluded_senses(family, text);
        family
            .topic
            .find_iter(text)
            .filter(|&r| !overlaps_any(r, &excluded))
            .collect()
    }

    /// Whether a negation stands before `at` in its clause.
    fn negated(&self, b: usize, at: usize) -> bool {
        let (clause_start, _) = self.blocks[b].clause_of(at);
        let before = &self.text(b)[clause_start..at];
        self.pack.text.negations.is_match(before)
    }

    /// Whether a negation bears on the element at `at`: one stands within the pack's
    /// reach before it, and no reverser follows the clause's first negation ("ne
    /// peut s'opposer à aucun audit").
    fn element_negated(&self, b: usize, (at, end): Range) -> bool {
        let (mut clause_start, _) = self.blocks[b].clause_of(at);
        let text = &self.pack.text;
        // "Unless prohibited by law, the Provider will delete …": the condition's
        // negation stays in the condition.
        let clause = &self.text(b)[clause_start..at];
        let opener = text.condition_openers.find_iter(clause).next();
        if let (Some((0..=12, _)), Some(comma)) = (opener, clause.find(", ")) {
            clause_start += comma + 2;
        }
        let before = &self.text(b)[clause_start..at];
        // The reverser may stand inside the match: "ne sont conservés que un an".
        let through = &self.text(b)[clause_start..end];
        text.negations
            .is_match(last_words(before, text.negation_reach))
            && text
                .negations
                .find_iter(before)
                .next()
                .is_some_and(|(s, _)| !text.negation_reversers.is_match(&through[s..]))
    }

    /// The first hedge qualifying the clause around `at`, if any.
    fn hedge_at(&self, family: &Family, b: usize, at: usize) -> Option<(String, Hit)> {
        if let Some((cell, words)) = &self.blocks[b].optional {
            let range = (0, self.text(*cell).len());
            return Some((
                words.clone(),
                Hit {
                    block: *cell,
                    range,
                },
            ));
        }
        let (cs, ce) = self.blocks[b].clause_of(at);
        let clause = &self.text(b)[cs..ce];
        let hedges: Vec<&Hedge> = self.pack.hedges.iter().chain(&family.hedges).collect();
        for h in hedges {
            if h.unless.is_match(clause) {
                continue;
            }
            for (s, e) in h.matcher.find_iter(clause) {
                let range = (cs + s, cs + e);
                if self.blocks[b].is_inert(range) || h.negatable && self.negated(b, range.0) {
                    continue;
                }
                return Some((h.label.clone(), Hit { block: b, range }));
            }
        }
        None
    }

    /// Whether the clause at `at` is one whose family words address nothing (the
    /// pack's `not_addressing`: a candidate's or a user's clause, persons or goods).
    fn addresses_nothing(&self, family: &Family, b: usize, at: usize) -> bool {
        let i = self
            .frames
            .partition_point(|f| (f.block, f.sentence.0) <= (b, at));
        let Some(frame) = i
            .checked_sub(1)
            .map(|i| &self.frames[i])
            .filter(|f| f.block == b && at < f.sentence.1)
        else {
            return false;
        };
        self.pack
            .not_addressing
            .iter()
            .any(|c| c.holds_for(&family.id) && frame.meets(&c.when, 0))
            || !family.addressed_by.is_empty()
                && !family.addressed_by.iter().any(|c| frame.meets(c, 0))
    }

    /// A frame in a sentence that declares a clause inapplicable, or in quotes.
    fn disapplied_frame(&self, f: &clause::Frame) -> bool {
        let pb = &self.blocks[f.block];
        let (s, e) = f.sentence;
        pb.is_inert((s, e)) || self.pack.text.disapplied.is_match(&pb.folded.text[s..e])
    }

    fn sentence_matches_all(&self, b: usize, at: usize, with: &[crate::rules::Matcher]) -> bool {
        let (s, e) = self.blocks[b].sentence_of(at);
        let sentence = &self.text(b)[s..e];
        with.iter().all(|m| m.is_match(sentence))
    }

    fn judge_family(&self, family: &Family) -> Judged {
        let n = self.blocks.len();
        // Which blocks are about the family, and where it is first addressed.
        let mut about = vec![false; n];
        // About it in a real sentence, not a label: such a block speaks for its article.
        let mut speaks = vec![false; n];
        let mut addressed = None;
        // Where each block uses the family's words in a sense that does not count.
        let mut excluded: Vec<Vec<Range>> = vec![Vec::new(); n];
        for (b, pb) in self.blocks.iter().enumerate() {
            if !pb.is_clause_text() {
                continue;
            }
            excluded[b] = excluded_senses(family, &pb.folded.text);
            let hits: Vec<Range> = family
                .topic
                .find_iter(&pb.folded.text)
                .filter(|&r| {
                    !pb.is_inert(r)
                        && !pb.is_unbound(r)
                        && !overlaps_any(r, &excluded[b])
                        && !self.addresses_nothing(family, b, r.0)
                })
                .collect();
            about[b] = !hits.is_empty();
            let min = self.pack.text.min_clause_words;
            if let Some(&range) = hits.iter().find(|r| pb.sentence_words(r.0) >= min) {
                addressed.get_or_insert(Hit { block: b, range });
                speaks[b] = pb.row.is_none();
            }
        }
        let mut rows: HashMap<(u32, u32), bool> = HashMap::new();
        for (b, pb) in self.blocks.iter().enumerate() {
            if let Some(row) = pb.row {
                *rows.entry(row).or_default() |= about[b];
            }
        }
        // An article is one clause: a paragraph about the family brings the
        // paragraphs near it under the same heading into scope ("Il en remet un
        // certificat"). List items and table cells count with the paragraph before
        // them; far paragraphs under a document-wide heading stay out.
        let mut paragraph = 0usize;
        let paragraph_of: Vec<usize> = self
            .doc
            .blocks
            .iter()
            .map(|block| {
                if !matches!(
                    block.kind,
                    BlockKind::ListItem | BlockKind::TableCell { .. }
                ) {
                    paragraph += 1;
                }
                paragraph
            })
            .collect();
        let mut speakers: HashMap<&[String], Vec<usize>> = HashMap::new();
        for (b, block) in self.doc.blocks.iter().enumerate() {
            if speaks[b] && !block.headings.is_empty() {
                speakers
                    .entry(block.headings.as_slice())
                    .or_default()
                    .push(paragraph_of[b]);
            }
        }
        let reach = self.pack.text.article_reach;
        let near_speaker = |b: usize| {
            speakers
                .get(self.doc.blocks[b].headings.as_slice())
                .is_some_and(|ps| {
                    reach == 0 || ps.iter().any(|&p| p.abs_diff(paragraph_of[b]) <= reach)
                })
        };
        let mut heading_cache: HashMap<String, bool> = HashMap::new();
        let mut heading_about = |h: &str| -> bool {
            if let Some(&about) = heading_cache.get(h) {
                return about;
            }
            let about = !self
                .topic_hits(family, &crate::fold::fold(h).text)
                .is_empty();
            heading_cache.insert(h.to_string(), about);
            about
        };
        // Articles about the family, by number: "Les obligations de l'article 4
        // s'imposent à son personnel" is in the scope of article 4.
        let mut cited: HashSet<&str> = HashSet::new();
        for (b, block) in self.doc.blocks.iter().enumerate() {
            let Some(number) = self.blocks[b].article.as_deref() else {
                continue;
            };
            let mut path = block.headings.clone();
            path.push(block.text.clone());
            if speakers.contains_key(path.as_slice()) || heading_about(&block.text) {
                cited.insert(number);
            }
        }
        let in_scope: Vec<bool> = (0..n)
            .map(|b| {
                about[b]
                    || self.blocks[b].row.is_some_and(|r| rows[&r])
                    || !self.blocks[b].heading && near_speaker(b)
                    || self.blocks[b]
                        .references
                        .iter()
                        .any(|r| cited.contains(r.as_str()))
                    || self.doc.blocks[b].headings.iter().any(|h| heading_about(h))
            })
            .collect();

        let mut elements = Vec::new();
        for el in &family.elements {
            let mut best: (ElementState, Option<Hit>, Option<(String, Hit)>) =
                (ElementState::Missing, None, None);
            // The passage shown for an element: the strongest state, and among
            // equals one that speaks of the family itself over a mere neighbour.
            let mut best_about = false;
            for (b, pb) in self.blocks.iter().enumerate() {
                if !pb.is_clause_text() || pb.priced || !(el.anywhere || in_scope[b]) {
                    continue;
                }
                let full = el.patterns.find_iter(&pb.folded.text).map(|r| (r, true));
                let partial = el
                    .partial
                    .find_iter(&pb.folded.text)
                    .map(|r| (r, el.partial_ok));
                for (range, meets) in full.chain(partial) {
                    if pb.is_inert(range)
                        || pb.is_unbound(range)
                        // A word in a sense the family excludes ("droit à la
                        // portabilité" of data subjects) is no element either.
                        || overlaps_any(range, &excluded[b])
                        || !self.sentence_matches_all(b, range.0, &el.with)
                        || el.negatable && self.element_negated(b, range)
                    {
                        continue;
                    }
                    let hit = Hit { block: b, range };
                    let (state, hedge) = match self.hedge_at(family, b, range.0) {
                        Some(h) => (ElementState::Hedged, Some(h)),
                        None if meets => (ElementState::Bound, None),
                        None => (ElementState::Partial, None),
                    };
                    if rank(state) > rank(best.0)
                        || rank(state) == rank(best.0) && about[b] && !best_about
                    {
                        best = (state, Some(hit), hedge);
                        best_about = about[b];
                    }
                }
                if best.0 == ElementState::Bound && best_about {
                    break;
                }
            }
            if best.0 != ElementState::Missing && addressed.is_none() {
                addressed = best.1;
            }
            elements.push(best);
        }

        let mut contrary = Vec::new();
        for c in &family.contrary {
            for (b, pb) in self.blocks.iter().enumerate() {
                if !pb.is_clause_text() || c.in_scope && !in_scope[b] {
                    continue;
                }
                for range in c.patterns.find_iter(&pb.folded.text) {
                    let (ss, se) = pb.sentence_of(range.0);
                    let (cs, ce) = pb.clause_of(range.0);
                    let disapplied = self.pack.text.disapplied.is_match(&pb.folded.text[ss..se]);
                    if pb.is_inert(range)
                        || disapplied
                        || !self.sentence_matches_all(b, range.0, &c.with)
                        || c.unless.is_match(&pb.folded.text[cs..ce])
                        || c.negatable && self.negated(b, range.0)
                    {
                        continue;
                    }
                    contrary.push((c.rule, Hit { block: b, range }));
                    break;
                }
            }
        }
        for rule in &family.contrary_frames {
            let voided =
                |f: &clause::Frame| rule.unless_document.iter().any(|cond| f.meets(cond, 0));
            let found = self
                .frames
                .iter()
                .find(|f| f.meets(&rule.when, rule.through_exception) && !self.disapplied_frame(f));
            if let Some(frame) = found {
                if !self.frames.iter().any(voided) {
                    let (block, range) = frame.anchor();
                    contrary.push((rule.rule, Hit { block, range }));
                }
            }
        }
        if addressed.is_none() {
            addressed = contrary.first().map(|c| c.1);
        }

        let status = if !contrary.is_empty() {
            Status::Contrary
        } else if !elements.is_empty() && elements.iter().all(|e| e.0 == ElementState::Bound) {
            Status::Ok
        } else if addressed.is_some() {
            Status::Weak
        } else {
            Status::Missing
        };
        Judged {
            status,
            elements,
            contrary,
            addressed,
        }
    }

    fn passage(&self, hit: Hit) -> Passage {
        let pb = &self.blocks[hit.block];
        let original = &self.doc.blocks[hit.block].text;
        let (start, end) = pb.folded.original_range(hit.range.0, hit.range.1);
        let (ss, se) = pb.sentence_of(hit.range.0);
        let (xs, xe) = pb.folded.original_range(ss, se);
        Passage {
            block: hit.block,
            start,
            end,
            excerpt: original.get(xs..xe).unwrap_or_default().trim().to_string(),
        }
    }

    fn finding(&self, rule: &Rule, hit: Option<Hit>, vars: &[(&str, &str)]) -> Finding {
        let fill = |t: &str| {
            let mut s = t.to_string();
            for (k, v) in vars {
                s = s.replace(&format!("{{{k}}}"), v);
            }
            s
        };
        Finding {
            code: rule.code.clone(),
            name: rule.name.clone(),
            family: rule.family.clone(),
            severity: rule.severity,
            message: fill(rule.message.get(self.lang)),
            help: fill(rule.help.get(self.lang)),
            reference: rule.reference.clone(),
            url: rule.url.clone(),
            passage: hit.map(|h| self.passage(h)),
            model: rule.model.as_ref().map(|m| Model {
                text: match self.lang {
                    Lang::Fr => m.fr.clone(),
                    Lang::En => m.en.clone(),
                },
                placement: m.placement,
            }),
        }
    }

    fn verdict(&self, family: &Family, j: &Judged) -> (FamilyVerdict, Vec<Finding>) {
        let rules = &self.pack.rules;
        let mut findings = Vec::new();
        let title = family.title.get(self.lang);
        match j.status {
            Status::Contrary => {
                for &(rule, hit) in &j.contrary {
                    findings.push(self.finding(&rules[rule], Some(hit), &[]));
                }
            }
            Status::Missing => {
                findings.push(self.finding(&rules[family.missing], None, &[("family", title)]))
            }
            Status::Weak | Status::Ok => {
                for (el, (state, hit, hedge)) in family.elements.iter().zip(&j.elements) {
                    let label = el.label.get(self.lang);
                    match (state, hedge) {
                        (ElementState::Bound, _) => {}
                        (ElementState::Hedged, Some((words, at))) => findings.push(self.finding(
                            &rules[family.hedged],
                            Some(*at),
                            &[("hedge", words), ("element", label), ("family", title)],
                        )),
                        _ => findings.push(self.finding(
                            &rules[el.rule],
                            hit.or(j.addressed),
                            &[("element", label), ("family", title)],
                        )),
                    }
                }
            }
        }
        let elements = family
            .elements
            .iter()
            .zip(&j.elements)
            .map(|(el, (state, hit, _))| ElementVerdict {
                id: el.id.clone(),
                label: el.label.get(self.lang).to_string(),
                state: *state,
                passage: hit.map(|h| self.passage(h)),
            })
            .collect();
        let mut decided_by: Vec<String> = findings.iter().map(|f| f.code.clone()).collect();
        decided_by.dedup();
        let verdict = FamilyVerdict {
            id: family.id.clone(),
            title: title.to_string(),
            status: j.status,
            elements,
            decided_by,
        };
        (verdict, findings)
    }

    fn checks(&self, addressed: &[bool]) -> Vec<Finding> {
        let mut out = Vec::new();
        for check in &self.pack.checks {
            let unless = self
                .blocks
                .iter()
                .any(|pb| pb.is_clause_text() && check.unless.is_match(&pb.folded.text));
            if unless {
                continue;
            }
            let when = self.blocks.iter().enumerate().find_map(|(b, pb)| {
                if !pb.is_clause_text() {
                    return None;
                }
                let range = check
                    .when
                    .find_iter(&pb.folded.text)
                    .find(|&r| !pb.is_inert(r) && !self.negated(b, r.0))?;
                Some(Hit { block: b, range })
            });
            let by_family = check.when_family.is_some_and(|f| addressed[f]);
            if when.is_some() || by_family {
                out.push(self.finding(&self.pack.rules[check.rule], when, &[]));
            }
        }
        out
    }
}

/// Where `text` uses the family's words in a sense that does not count (`not_topic`).
fn excluded_senses(family: &Family, text: &str) -> Vec<Range> {
    family
        .not_topic
        .iter()
        .flat_map(|m| m.find_iter(text))
        .collect()
}

/// The end of `text` from the start of its `n`-th word from the end (all of it when
/// `n` is 0 or the text is shorter).
fn last_words(text: &str, n: usize) -> &str {
    if n == 0 {
        return text;
    }
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices().rev() {
        if c == ' ' {
            if in_word {
                words += 1;
                if words == n {
                    return &text[i + 1..];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

fn overlaps_any((s, e): Range, ranges: &[Range]) -> bool {
    ranges.iter().any(|&(xs, xe)| s < xe && xs < e)
}

fn rank(s: ElementState) -> u8 {
    match s {
        ElementState::Missing => 0,
        ElementState::Partial => 1,
        ElementState::Hedged => 2,
        ElementState::Bound => 3,
    }
}

#[cfg(test)]
mod tests;
