//! Clause analysis: each sentence — or a list item joined to the sentence that
//! introduces it — read as a frame: who is bound (bearer), how firmly (force), to do
//! what (actions), with what (objects), and when, where, on what condition
//! (qualifiers). The words come from the pack's lexicon; this file holds only how a
//! clause is put together (../shared/notes/clause-frames.md).
//!
//! The lexicon classes the engine reads by name: the forces (`liability`,
//! `prohibition`, `discretion`, `hedge`, `permission`, `obligation`), the bearers
//! `provider` (whose present tense binds: « le titulaire restitue ») and `pronoun`
//! (« il », "they": the bearer of the sentence before), and the qualifier
//! `exception` ("unless", « sauf »), where a clause's exception starts.

use super::text::{PreparedBlock, Range};
use crate::model::{BlockKind, Document};
use crate::rules::Force;
use crate::rules::{FrameCond, Lexicon, LexiconCategory, TextRules, NO_BEARER};

/// A word of a frame: its class in its lexicon category, and where it stands.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub class: usize,
    /// A negation stands just before it in its clause ("never outside the EU").
    pub negated: bool,
    /// Position in the frame's text.
    pub at: usize,
    pub end: usize,
}

/// One clause read as a frame.
#[derive(Debug)]
pub struct Frame {
    pub block: usize,
    pub sentence: Range,
    /// The sentence ending in a colon that introduces this list item, if any.
    pub lead_in: Option<(usize, Range)>,
    /// The folded text read: the lead-in, a space, then the sentence.
    pub text: String,
    /// Class of the bearer in the lexicon; `None` when no bearer was found.
    pub bearer: Option<usize>,
    pub force: Force,
    /// A negation bears on the action ("ne supprime pas", "will not delete").
    pub negated: bool,
    /// Where an exception starts ("unless", « sauf »), in `text`.
    pub exception: Option<usize>,
    pub actions: Vec<Word>,
    pub objects: Vec<Word>,
    pub qualifiers: Vec<Word>,
}

impl Frame {
    /// Where a position of the frame's text stands: block and folded byte offset.
    pub fn locate(&self, at: usize) -> (usize, usize) {
        match self.lead_in {
            Some((b, (s, e))) if at <= e - s => (b, s + at.min(e - s)),
            Some((_, (s, e))) => (self.block, self.sentence.0 + at - (e - s) - 1),
            None => (self.block, self.sentence.0 + at),
        }
    }

    /// Where the frame's main word stands (its first action, else its start), as a
    /// block and a folded range.
    pub fn anchor(&self) -> (usize, Range) {
        let (at, end) = self
            .actions
            .iter()
            .find(|w| self.in_sentence(w.at))
            .map_or_else(
                || (self.sentence_start(), self.text.len()),
                |w| (w.at, w.end),
            );
        // A word never straddles the lead-in and the sentence.
        let (block, start) = self.locate(at);
        (block, (start, start + (end - at)))
    }

    fn sentence_start(&self) -> usize {
        self.lead_in.map_or(0, |(_, (s, e))| e - s + 1)
    }

    fn in_sentence(&self, at: usize) -> bool {
        at >= self.sentence_start()
    }

    fn has(words: &[Word], set: u64) -> bool {
        words
            .iter()
            .any(|w| !w.negated && set & (1 << w.class) != 0)
    }

    /// Whether the frame meets `cond`; a prohibition counts as a permission when its
    /// exception holds one of the qualifiers of `through_exception`.
    pub fn meets(&self, cond: &FrameCond, through_exception: u64) -> bool {
        let mut force = self.force;
        if force == Force::Prohibition || self.negated {
            let through = self.exception.is_some_and(|x| {
                self.qualifiers
                    .iter()
                    .any(|w| w.at > x && through_exception & (1 << w.class) != 0)
            });
            if !through {
                force = Force::Prohibition;
            } else {
                force = Force::Permission;
            }
        }
        let bearer = self.bearer.map_or(NO_BEARER, |b| 1 << b);
        let any = |set: Option<u64>, f: &dyn Fn(u64) -> bool| set.is_none_or(f);
        any(cond.bearer, &|s| s & bearer != 0)
            && any(cond.force, &|s| s & force.bit() != 0)
            && any(cond.action, &|s| Frame::has(&self.actions, s))
            && any(cond.object, &|s| Frame::has(&self.objects, s))
            && any(cond.qualifier, &|s| Frame::has(&self.qualifiers, s))
            && any(cond.also, &|s| Frame::has(&self.qualifiers, s))
            && !Frame::has(&self.actions, cond.unless[0])
            && !Frame::has(&self.objects, cond.unless[1])
            && !Frame::has(&self.qualifiers, cond.unless[2])
    }
}

/// Reads every clause of the document as a frame, in reading order.
pub fn frames(
    doc: &Document,
    blocks: &[PreparedBlock],
    rules: &TextRules,
    lexicon: &Lexicon,
) -> Vec<Frame> {
    let mut out: Vec<Frame> = Vec::new();
    let mut lead_in: Option<(usize, Range)> = None;
    for (b, pb) in blocks.iter().enumerate() {
        if !pb.is_clause_text() {
            lead_in = None;
            continue;
        }
        let text = &pb.folded.text;
        let item = matches!(doc.blocks[b].kind, BlockKind::ListItem)
            || text
                .trim_start()
                .starts_with(['-', '*', '•', '–', '—', '·', '▪', '◦']);
        let lead = if item { lead_in } else { None };
        for &sentence in &pb.sentences {
            if pb.is_inert(sentence) {
                continue;
            }
            let previous = out.last();
            let frame = read_frame(b, sentence, lead, pb, blocks, rules, lexicon, previous);
            out.push(frame);
        }
        if !item {
            lead_in = pb
                .sentences
                .last()
                .filter(|&&(s, e)| text[s..e].trim_end().ends_with(':'))
                .map(|&r| (b, r));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn read_frame(
    block: usize,
    sentence: Range,
    lead_in: Option<(usize, Range)>,
    pb: &PreparedBlock,
    blocks: &[PreparedBlock],
    rules: &TextRules,
    lexicon: &Lexicon,
    previous: Option<&Frame>,
) -> Frame {
    let own = &pb.folded.text[sentence.0..sentence.1];
    let (text, own_start) = match lead_in {
        Some((lb, (s, e))) => {
            let lead = &blocks[lb].folded.text[s..e];
            (format!("{lead} {own}"), lead.len() + 1)
        }
        None => (own.to_string(), 0),
    };
    let find = |c: &LexiconCategory| -> Vec<Word> {
        c.find_iter(&text)
            .map(|(class, at, end)| Word {
                class,
                negated: false,
                at,
                end,
            })
            .collect()
    };
    // Words between quotation marks bind nobody (« une clause du type "…" »).
    let quoted = |w: &Word| {
        let (b, at) = locate_in(lead_in, block, sentence, own_start, w.at);
        blocks[b].is_inert((at, at + (w.end - w.at).min(1)))
    };
    let find = |c: &LexiconCategory| -> Vec<Word> {
        let mut words = find(c);
        words.retain(|w| !quoted(w));
        words
    };
    let bearers = find(&lexicon.bearer);
    let forces = find(&lexicon.force);
    let mut actions = find(&lexicon.action);
    // A verb's letters inside a party's name are no verb ("utilisateur").
    actions.retain(|a| !bearers.iter().any(|b| b.at <= a.at && a.end <= b.end));
    // An action whose own agent is another party is not the bearer's: « l'utilisation
    // des données par des tiers », "use by third parties".
    let provider_class = lexicon.bearer.class("provider");
    actions.retain(|a| {
        let after = window(&text, a.end, 40);
        let by = after.find(" par ").or_else(|| after.find(" by "));
        let Some(by) = by else { return true };
        let agent_at = a.end + by + 1;
        !bearers
            .iter()
            .any(|b| b.at > agent_at && b.at <= agent_at + 12 && Some(b.class) != provider_class)
    });
    let mut objects = find(&lexicon.object);
    let mut qualifiers = find(&lexicon.qualifier);
    // "Stored in France and never outside the EU": a qualifier a negation stands
    // before, in its clause, is denied.
    for q in &mut qualifiers {
        let from = q.at.saturating_sub(40);
        let from = (from..q.at)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(q.at);
        let window = &text[from..q.at];
        let cut = window.rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let start = from + cut;
        // The negation of a liability or prohibition marker ("shall not be liable
        // for any loss") belongs to the marker, not to the qualifier.
        q.negated = rules.negations.find_iter(&text[start..q.at]).any(|(s, _)| {
            !forces
                .iter()
                .any(|f| f.at <= start + s && start + s < f.end)
        });
    }

    // Bearer and force come from the item when it has a verb of its own before its
    // first action, else from the lead-in ("Le titulaire s'engage à : – restituer…").
    // The item's subject must open it: « – vous avez transmis… » inside a relative
    // clause is no subject of the item.
    let own_has_subject = lead_in.is_some()
        && subject(
            &text, own_start, &bearers, &forces, &actions, &objects, rules,
        )
        .is_some_and(|w| w.at <= own_start + 12);
    let main = if lead_in.is_some() && !own_has_subject {
        0
    } else {
        own_start
    };
    let main = skip_condition(&text, main, rules);
    let subject_found = subject(&text, main, &bearers, &forces, &actions, &objects, rules);
    let provider = lexicon.bearer.class("provider");
    let pronoun = lexicon.bearer.class("pronoun");
    let mut bearer = subject_found.map(|w| w.class);
    if bearer.is_none() {
        bearer = agent(&text, main, &bearers, &forces, &actions);
    }
    if bearer.is_some() && bearer == pronoun {
        // « Les journaux sont conservés un an. Ils sont mis à la disposition de
        // l'acheteur »: the pronoun stands for the sentence before's bearer, and with
        // no object of its own, for its objects too.
        bearer = previous.and_then(|f| f.bearer);
        if objects.is_empty() {
            if let Some(p) = previous {
                objects = p
                    .objects
                    .iter()
                    .map(|w| Word {
                        at: 0,
                        end: 0,
                        ..*w
                    })
                    .collect();
            }
        }
    }
    let first_action = actions.iter().find(|w| w.at >= main).map(|w| w.at);
    let negated = first_action.is_some_and(|a| {
        let before = &text[main..a];
        // « n'exploitera vos données que pour… » restricts, it does not deny.
        let after = window(&text, a, 60);
        let restriction = after.contains(" que ") || after.contains(" qu'");
        !restriction
            && rules
                .negations
                .find_iter(before)
                .next()
                .is_some_and(|(s, _)| {
                    !rules
                        .negation_reversers
                        .is_match(&text[main + s..a.min(text.len())])
                })
    });
    let force = force_of(
        &forces,
        lexicon,
        main,
        bearer.is_some() && bearer == provider,
        negated,
    );
    let exception = lexicon
        .qualifier
        .class("exception")
        .and_then(|x| qualifiers.iter().find(|w| w.class == x))
        .map(|w| w.at);
    Frame {
        block,
        sentence,
        lead_in,
        text,
        bearer,
        force,
        negated,
        exception,
        actions,
        objects,
        qualifiers,
    }
}

/// At most `len` bytes of `text` from `start`, cut on a letter's boundary.
fn window(text: &str, start: usize, len: usize) -> &str {
    let mut end = text.len().min(start + len);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Where a position of a frame's text stands (see `Frame::locate`).
fn locate_in(
    lead_in: Option<(usize, Range)>,
    block: usize,
    sentence: Range,
    own_start: usize,
    at: usize,
) -> (usize, usize) {
    match lead_in {
        Some((b, (s, _))) if at < own_start => (b, s + at),
        _ => (block, sentence.0 + at - own_start),
    }
}

/// A clause opening on a condition ("Si le client le demande, …", "Upon termination
/// by Customer, …") has its subject after the condition's comma.
fn skip_condition(text: &str, from: usize, rules: &TextRules) -> usize {
    let rest = &text[from..];
    let opens = rules
        .condition_openers
        .find_iter(rest)
        .next()
        .is_some_and(|(s, _)| s <= 4);
    let opens = opens
        || rest.starts_with("upon ")
        || rest.starts_with("a l'")
        || rest.starts_with("a la ")
        || rest.starts_with("au ")
        || rest.starts_with("des ")
        || rest.starts_with("on ")
        || rest.starts_with("at ")
        || rest.starts_with("after ")
        || rest.starts_with("apres ")
        || rest.starts_with("following ");
    match rest.find(", ") {
        Some(comma) if opens && comma < 160 => from + comma + 2,
        _ => from,
    }
}

/// Words that, before a party's name, make it no subject: « du titulaire », "by the
/// Customer", « à l'acheteur ».
const PREPOSITIONS: [&str; 24] = [
    "de", "du", "des", "d'", "of", "a", "au", "aux", "to", "par", "by", "pour", "for", "avec",
    "with", "chez", "aupres", "from", "sur", "entre", "between", "than", "que", "and",
];

/// The subject: the last party named before the clause's first verb (a force or an
/// action) that no preposition governs and no data noun follows ("Customer Data").
fn subject(
    text: &str,
    from: usize,
    bearers: &[Word],
    forces: &[Word],
    actions: &[Word],
    objects: &[Word],
    _rules: &TextRules,
) -> Option<Word> {
    let verb = forces
        .iter()
        .chain(actions)
        .filter(|w| w.at >= from)
        .map(|w| w.at)
        .min()?;
    bearers
        .iter()
        .rev()
        .filter(|w| w.at >= from && w.end <= verb)
        .filter(|w| !governed(text, w.at))
        .filter(|w| {
            let after = &text[w.end..];
            !after.starts_with("'s") && !objects.iter().any(|o| o.at == w.end + 1)
        })
        .copied()
        .next()
}

/// Whether a preposition stands right before `at` (skipping an article).
fn governed(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let mut words = before.rsplit([' ', ',']).filter(|w| !w.is_empty());
    let mut last = words.next().unwrap_or("");
    // « de l'acheteur »: the article is glued to the name's word or stands alone.
    let glued = |w: &str| w.ends_with('\'');
    if glued(last) && !PREPOSITIONS.contains(&last) {
        last = last.trim_end_matches(|c: char| c != '\'');
    }
    if [
        "le", "la", "les", "l'", "the", "its", "their", "son", "sa", "ses", "leur", "leurs", "un",
        "une", "a", "an", "any", "each", "tout", "toute",
    ]
    .contains(&last)
    {
        let second = words.next().unwrap_or("");
        return PREPOSITIONS.contains(&second) || second.ends_with("d'");
    }
    PREPOSITIONS.contains(&last) || last.ends_with("d'")
}

/// The agent of a passive: « … sont restituées par le titulaire », "… deleted by
/// Provider".
fn agent(
    text: &str,
    from: usize,
    bearers: &[Word],
    forces: &[Word],
    actions: &[Word],
) -> Option<usize> {
    let verb = forces
        .iter()
        .chain(actions)
        .filter(|w| w.at >= from)
        .map(|w| w.at)
        .min()?;
    bearers
        .iter()
        .filter(|w| w.at > verb)
        .find(|w| {
            let before = text[..w.at].trim_end();
            let before = before
                .strip_suffix(" le")
                .or_else(|| before.strip_suffix(" la"))
                .or_else(|| before.strip_suffix(" l'"))
                .or_else(|| before.strip_suffix(" the"))
                .unwrap_or(before);
            before.ends_with(" par") || before.ends_with(" by") || before.ends_with("par l'")
        })
        .map(|w| w.class)
}

/// How firmly the clause binds: the strongest marker of its main clause, and with
/// none, a provider's present tense binds (« le titulaire restitue »).
fn force_of(
    forces: &[Word],
    lexicon: &Lexicon,
    main: usize,
    provider: bool,
    negated: bool,
) -> Force {
    let class = |name: &str| lexicon.force.class(name);
    let present = |name: &str| {
        class(name).is_some_and(|c| {
            forces
                .iter()
                .any(|w| w.class == c && (name == "liability" || w.at >= main))
        })
    };
    if present("liability") {
        Force::Liability
    } else if present("prohibition") {
        Force::Prohibition
    } else if present("discretion") {
        Force::Discretion
    } else if present("hedge") {
        Force::Hedged
    } else if present("permission") {
        if negated {
            Force::Prohibition
        } else {
            Force::Permission
        }
    } else if present("obligation") || provider {
        if negated {
            Force::Prohibition
        } else {
            Force::Obligation
        }
    } else {
        Force::Fact
    }
}

/// What `clausier extract --clauses` prints of a frame.
pub fn describe(frame: &Frame, lexicon: &Lexicon) -> String {
    // Each class with the words that showed it: "delete(supprimees)".
    let names = |c: &LexiconCategory, words: &[Word]| {
        words
            .iter()
            .map(|w| {
                let word = frame.text.get(w.at..w.end).unwrap_or_default();
                let denied = if w.negated { "not " } else { "" };
                format!("{denied}{}({word})", c.classes[w.class])
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let bearer = frame
        .bearer
        .map_or("none", |b| lexicon.bearer.classes[b].as_str());
    format!(
        "bearer={bearer} force={}{} action=[{}] object=[{}] qualifier=[{}]",
        frame.force.name(),
        if frame.negated { " negated" } else { "" },
        names(&lexicon.action, &frame.actions),
        names(&lexicon.object, &frame.objects),
        names(&lexicon.qualifier, &frame.qualifiers),
    )
}
