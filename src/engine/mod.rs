//! The rule engine: a compiled pack × a document → family verdicts and findings.
//!
//! The document's blocks are prepared (`text.rs`: folded text, sentences, clauses)
//! and read as clause frames (`clause/`). Then, for each family, in stages:
//! - `scope.rs`: the passages *about* it (topic words, minus the senses that do not
//!   count, in clauses whose frame addresses it) and the scope they give — the
//!   block, its table row, the paragraphs near it under the same heading, the
//!   articles it cites, a heading above;
//! - `elements.rs`: each required element, looked for in scope; a hedge in the same
//!   clause makes it hedged;
//! - `contrary.rs`: contrary clauses, as wordings or as frame conditions, anywhere
//!   unless negated or declared inapplicable.
//!
//! Then, as docs/judgement.md says: contrary if any clause goes against the family; else
//! ok if every element is bound; else weak if the family is addressed at all; else
//! missing.

pub mod clause;
mod contrary;
mod elements;
mod frame;
mod parties;
mod scope;
pub mod text;

use crate::finding::*;
use crate::model::{BlockKind, Document};
use crate::rules::{Family, Hedge, Lang, Pack, Rule};
use std::collections::{HashMap, HashSet};
use text::{prepare, PreparedBlock, Range};

/// A label heading a clause is at most this long ("Additional audits: …").
const MAX_LABEL_BYTES: usize = 40;

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
    // The families are judged on all cores: a single long contract uses both too.
    let judged: Vec<Judged> = {
        use rayon::prelude::*;
        pack.families
            .par_iter()
            .map(|family| ctx.judge_family(family))
            .collect()
    };
    for (family, judged) in pack.families.iter().zip(judged) {
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
        warnings: doc.warnings.iter().map(|w| w.say(lang)).collect(),
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
        // A short label may head it ("Additional audits: Only if …, Langfuse shall …"),
        // and the condition may hold commas of its own: it ends at the first comma a
        // modal soon follows, else at the first.
        let clause = &self.text(b)[clause_start..at];
        let label = clause
            .find(": ")
            .filter(|&c| c <= MAX_LABEL_BYTES && !clause[..c].contains(','))
            .map_or(0, |c| c + 2);
        let opener = text.condition_openers.find_iter(&clause[label..]).next();
        if let Some((0..=12, _)) = opener {
            let condition = &clause[label..];
            let forces = &self.pack.lexicon.force;
            let modal_near = |c: usize| {
                let after = clause::window(condition, c + 1, clause::MODAL_AFTER_CONDITION);
                forces.find_iter(after).next().is_some()
            };
            if let Some(end) = clause::condition_end(condition, modal_near) {
                clause_start += label + end;
            }
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
        // A clause whose verb is a wish hedges what it holds, and a list item takes
        // its lead-in's: « Cette prestation devrait inclure : – l'export des données… ».
        let frame = self.frame_at(b, at)?;
        // Advice the provider gives addresses nothing (the pack's not_addressing);
        // what is left of it, the buyer's recommendation, is a wish.
        use crate::rules::Force::{Advice, Hedged};
        if !matches!(frame.force, Hedged | Advice) {
            return None;
        }
        let force = &self.pack.lexicon.force;
        let hedges = [force.class("hedge"), force.class("advice")];
        let (_, s, e) = force
            .find_iter(&frame.text)
            .find(|&(c, _, _)| hedges.contains(&Some(c)))?;
        let (block, start) = frame.locate(s);
        Some((
            frame.text[s..e].to_string(),
            Hit {
                block,
                range: (start, start + (e - s)),
            },
        ))
    }

    /// Whether the clause at `at` is one whose family words address nothing (the
    /// pack's `not_addressing`: a candidate's or a user's clause, persons or goods).
    fn addresses_nothing(&self, family: &Family, b: usize, at: usize) -> bool {
        let Some(frame) = self.frame_at(b, at) else {
            return false;
        };
        self.addresses_nothing_in(family, frame)
            || !family.addressed_by.is_empty()
                && !family.addressed_by.iter().any(|c| frame.meets(c, 0))
    }

    /// The frame of the sentence at `at` in block `b`, if it was read as one.
    /// Words before an enumeration inside the sentence (« We may, to (a) … ; (b) … »)
    /// belong to its first item's frame.
    fn frame_at(&self, b: usize, at: usize) -> Option<&clause::Frame> {
        let i = self
            .frames
            .partition_point(|f| (f.block, f.sentence.0) <= (b, at));
        i.checked_sub(1)
            .map(|i| &self.frames[i])
            .filter(|f| f.block == b && at < f.sentence.1)
            .or_else(|| {
                self.frames.get(i).filter(|f| {
                    f.lead_in
                        .is_some_and(|(lb, (s, e))| lb == b && f.block == b && s <= at && at < e)
                })
            })
    }

    /// Whether the pack declares `frame` to address nothing for `family`.
    fn addresses_nothing_in(&self, family: &Family, frame: &clause::Frame) -> bool {
        self.pack
            .not_addressing
            .iter()
            .any(|c| c.holds_for(&family.id) && frame.meets(&c.when, 0))
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

    /// A family's judgement, in stages: where the document speaks of it, the scope
    /// its elements are looked for in, the elements, the contrary clauses; then the
    /// status as docs/judgement.md says.
    fn judge_family(&self, family: &Family) -> Judged {
        let about = self.about(family);
        let in_scope = self.scope(family, &about);
        let elements = self.elements(family, &about, &in_scope);
        let contrary = self.contraries(family, &in_scope);
        let addressed = about
            .addressed
            .or_else(|| {
                elements
                    .iter()
                    .zip(&family.elements)
                    .find(|(e, def)| e.0 != ElementState::Missing && def.addresses)
                    .and_then(|(e, _)| e.1)
            })
            .or_else(|| contrary.first().map(|c| c.1));
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

    /// The sentence of `hit` as written, cut after a dozen words: what a message
    /// quotes of a clause that weakens another.
    fn original_sentence(&self, hit: Hit) -> String {
        let excerpt = self.passage(hit).excerpt;
        let words: Vec<&str> = excerpt.split_whitespace().collect();
        if words.len() <= 12 {
            excerpt
        } else {
            format!("{} …", words[..12].join(" "))
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
            reading: None,
        }
    }

    fn verdict(&self, family: &Family, j: &Judged) -> (FamilyVerdict, Vec<Finding>) {
        let rules = &self.pack.rules;
        let mut findings = Vec::new();
        let title = family.title.get(self.lang);
        match j.status {
            Status::Contrary => {
                for &(rule, hit) in &j.contrary {
                    let mut finding = self.finding(&rules[rule], Some(hit), &[]);
                    // Why a frame rule fired: the clause as it was read.
                    let frame_rule = family.contrary_frames.iter().find(|r| r.rule == rule);
                    if let Some(frame_rule) = frame_rule {
                        let frame = self.frame_at(hit.block, hit.range.0);
                        finding.reading = frame.map(|f| clause::describe(f, &self.pack.lexicon));
                        // …and in the message, in plain words where the pack says them.
                        let cond = Some(&frame_rule.when);
                        if let Some(plain) = frame.and_then(|f| {
                            let through = frame_rule.through_exception;
                            clause::plain_reading(f, &self.pack.lexicon, self.lang, cond, through)
                        }) {
                            finding.message = crate::ui::tf(
                                self.lang,
                                "finding-read-as",
                                &[("message", &finding.message), ("reading", &plain)],
                            );
                        }
                    }
                    findings.push(finding);
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
            let when = when.or_else(|| {
                check.when_bid_rules.then_some(())?;
                self.blocks.iter().enumerate().find_map(|(block, pb)| {
                    Some(Hit {
                        block,
                        range: pb.bid_rules?,
                    })
                })
            });
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
