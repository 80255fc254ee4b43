//! Clause analysis: each sentence — or a list item joined to the sentence that
//! introduces it — read as a frame: who is bound (bearer), how firmly (force), to do
//! what (actions), with what (objects), and when, where, on what condition
//! (qualifiers). The words come from the pack's lexicon; this folder holds only how a
//! clause is put together (../shared/notes/clause-frames.md): here the frame itself,
//! in `subject.rs` who it binds, in `force.rs` how firmly, in `reading.rs` what its
//! words stand for, in `surroundings.rs` what it takes from the document around it.
//!
//! The lexicon classes the engine reads by name: the forces (`liability`,
//! `prohibition`, `discretion`, `hedge`, `permission`, `obligation`), the bearers
//! `provider` (whose present tense binds: « le titulaire restitue ») and `pronoun`
//! (« il », "they": the bearer of the sentence before), and the qualifier
//! `exception` ("unless", « sauf »), where a clause's exception starts.

use super::frame::locate;
pub use super::frame::{Frame, Word};
use super::text::{starts_with_bullet, PreparedBlock, Range};
use crate::model::{BlockKind, Document};
use crate::rules::{Force, Grammar, Lang, Lexicon, LexiconCategory, Needles, Pack, FORCE_CLASSES};
use std::collections::HashMap;

mod describe;
mod force;
mod items;
mod reading;
mod subject;
mod surroundings;

pub use describe::{describe, plain_reading};
use force::*;
use reading::*;
use subject::*;
use surroundings::*;

/// A label before a colon at the head of a clause is at most this long
/// (« Migration entrante : … »).
const MAX_LABEL_WORDS: usize = 3;
/// The longest label before a colon and an imperative: an imperative right after a
/// colon instructs the reader whatever the label's length.
const MAX_IMPERATIVE_LABEL_WORDS: usize = 12;

/// A clause to read: its block, its range, the lead-in of its list, and whether it
/// continues a sentence (after « ; » or ", and").
type ClauseAt = (usize, Range, Option<(usize, Range)>, bool);

/// Reads every clause of the document as a frame, in reading order.
pub fn frames(doc: &Document, blocks: &[PreparedBlock], pack: &Pack) -> Vec<Frame> {
    use rayon::prelude::*;
    let mut clauses: Vec<ClauseAt> = Vec::new();
    let mut lead_in: Option<(usize, Range)> = None;
    for (b, pb) in blocks.iter().enumerate() {
        if !pb.is_clause_text() {
            lead_in = None;
            continue;
        }
        let text = &pb.folded.text;
        let item = matches!(doc.blocks[b].kind, BlockKind::ListItem) || starts_with_bullet(text);
        let lead = if item { lead_in } else { None };
        for &sentence in &pb.sentences {
            if pb.is_inert(sentence) {
                continue;
            }
            // An enumeration inside the sentence: each item under the words before it.
            let pieces = match items::inline_items(text, sentence) {
                Some((words_before, items)) => items
                    .into_iter()
                    .map(|item| (item, Some((b, words_before))))
                    .collect(),
                None => vec![(sentence, lead)],
            };
            for (piece, lead) in pieces {
                let parts = own_subject_clauses(text, piece, pack);
                for (i, part) in parts.into_iter().enumerate() {
                    clauses.push((b, part, lead, i > 0));
                }
            }
        }
        // A sentence ending with a colon introduces the items after it; an item that
        // ends so introduces the next ones in turn (« Cette prestation devrait inclure
        // au minimum : – … »), else an item keeps its list's lead-in. So does a
        // sentence left open on a binding word, with no closing mark, right before list
        // items ("2. We shall not" over "1. retain, use or disclose…").
        // (An item left open over the next item of its own list is no lead-in: only
        // one over items nested deeper, where the source says so by their column.)
        let next_is_item = doc.blocks.get(b + 1).is_some_and(|n| {
            matches!(n.kind, BlockKind::ListItem)
                && (!item
                    || matches!(
                        (doc.blocks[b].location.column, n.location.column),
                        (Some(here), Some(there)) if there > here
                    ))
        });
        let introduces = pb
            .sentences
            .last()
            .filter(|&&(s, e)| {
                let t = text[s..e].trim_end();
                t.ends_with(':')
                    || next_is_item
                        && !pb.heading
                        && !t.ends_with(['.', ';', '!', '?', ')', '»', '"'])
                        // A binding word, not a title ("5. TERM AND TERMINATION").
                        && pack.lexicon.force.find_iter(t).next().is_some()
            })
            .map(|&r| (b, r));
        // An item over items nested deeper is their title when it introduces nothing
        // ("11. **Data Retention**" over its sentences): the list's lead-in ends there.
        if !item || introduces.is_some() || next_is_item {
            lead_in = introduces;
        }
    }
    // Each clause is read on all cores as if it stood alone; then, in order, those
    // that lean on the clause before (a pronoun, a later clause of the sentence with
    // no object, « dans un tel cas ») are read again with it.
    let mut out: Vec<Frame> = clauses
        .par_iter()
        .map(|&(b, part, lead, continues)| read_frame(b, part, lead, blocks, pack, None, continues))
        .collect();
    let pronoun = pack.lexicon.bearer.class("pronoun");
    let loss = pack.lexicon.qualifier.class("loss");
    for i in 1..out.len() {
        let f = &out[i];
        let (_, _, _, continues) = clauses[i];
        let opening = f.text[f.sentence_start().min(f.text.len())..].trim_start();
        // A harm whose victim the clause does not name is the sentence before's
        // objects': « Vous êtes seul responsable de la sauvegarde de vos données. Nous
        // ne pourrons en aucun cas être tenus responsables de toute perte. »
        let unnamed_harm = f.force == Force::Liability
            && f.objects.is_empty()
            && f.qualifiers.iter().any(|q| Some(q.class) == loss)
            && out[i - 1].block + 1 >= f.block;
        let leans = f.bearer.is_some() && f.bearer == pronoun
            || (continues || unnamed_harm) && f.objects.is_empty()
            || pack
                .grammar
                .anaphors
                .iter()
                .any(|a| opening.starts_with(a.as_str()))
            // « Ces données … », "Such data …": a demonstrative names again.
            || opening
                .split(' ')
                .next()
                .is_some_and(|w| pack.grammar.demonstratives.iter().any(|d| d == w));
        if leans {
            let (b, part, lead, continues) = clauses[i];
            let previous = Some(&out[i - 1]);
            out[i] = read_frame(
                b,
                part,
                lead,
                blocks,
                pack,
                previous,
                continues || unnamed_harm,
            );
        }
    }
    read_around(&mut out, doc, blocks, pack);
    out
}

/// The objects of the frame before, carried into this one: they count everywhere in
/// it (no position of their own).
fn carried_objects(previous: Option<&Frame>) -> Vec<Word> {
    previous.map_or_else(Vec::new, |p| {
        p.objects
            .iter()
            .map(|w| Word {
                at: 0,
                end: 0,
                ..*w
            })
            .collect()
    })
}

/// A sentence cut at each « ; » — or « , et », « , mais », ", and", ", but" — after
/// which a clause opens on a subject of its own (`clause_subjects`); others keep the
/// sentence whole (« s'engage à héberger … ; à sauvegarder … » shares its subject and
/// its force).
fn own_subject_clauses(text: &str, (start, end): Range, pack: &Pack) -> Vec<Range> {
    let subjects = &pack.grammar.clause_subjects;
    let mut parts = Vec::new();
    let mut from = start;
    let grammar = &pack.grammar;
    let found = |connectors: &Needles| -> Vec<(usize, usize)> {
        connectors.find_iter(&text[start..end]).collect()
    };
    let cuts = found(&grammar.clause_connectors)
        .into_iter()
        .map(|(i, len)| (i, (len, 0)))
        // ", after which …" keeps its connector, an anaphor: the clause takes the
        // circumstances of the one before (`anaphors`); its subject follows it.
        .chain(
            found(&grammar.anaphoric_connectors)
                .into_iter()
                .map(|(i, len)| (i, (2, len - 2))),
        )
        .collect::<std::collections::BTreeMap<_, _>>();
    for (i, (len, connector)) in cuts {
        let cut = start + i + len;
        let subject_at = cut + connector;
        let first = text[subject_at..end]
            .split([' ', '\''])
            .next()
            .unwrap_or_default();
        // A party named first is a subject too (« ; le titulaire … », ", after which
        // Provider deletes it").
        let party = pack
            .lexicon
            .bearer
            .find_iter(&text[subject_at..end])
            .next()
            .is_some_and(|(_, at, _)| at == 0);
        let own = party
            || subjects.iter().any(|s| {
                s == first || s.ends_with('\'') && text[subject_at..].starts_with(s.as_str())
            });
        if own && text[from..start + i].split_whitespace().count() >= 3 {
            parts.push((from, start + i + 1));
            from = cut;
        }
    }
    parts.push((from, end));
    parts
}

/// The lexicon's words found in a clause, by category.
struct ClauseWords {
    bearers: Vec<Word>,
    forces: Vec<Word>,
    actions: Vec<Word>,
    objects: Vec<Word>,
}

fn read_frame(
    block: usize,
    sentence: Range,
    lead_in: Option<(usize, Range)>,
    blocks: &[PreparedBlock],
    pack: &Pack,
    previous: Option<&Frame>,
    // The frame is a later clause of the same sentence (after « ; » or ", and").
    continues: bool,
) -> Frame {
    let (lexicon, grammar) = (&pack.lexicon, &pack.grammar);
    let own = &blocks[block].folded.text[sentence.0..sentence.1];
    let (text, own_start) = match lead_in {
        Some((lb, (s, e))) => {
            let lead = &blocks[lb].folded.text[s..e];
            (format!("{lead} {own}"), lead.len() + 1)
        }
        None => (own.to_string(), 0),
    };
    // Words between quotation marks bind nobody (« une clause du type "…" »).
    let find = |c: &LexiconCategory| -> Vec<Word> {
        c.find_iter(&text)
            .map(|(class, at, end)| Word {
                class,
                negated: false,
                at,
                end,
            })
            .filter(|w| {
                let (b, at) = locate(lead_in, block, sentence, own_start, w.at);
                !blocks[b].is_inert((at, at + (w.end - w.at).min(1)))
            })
            .collect()
    };
    // A party's name joined by a hyphen to the word after it qualifies that word
    // ("customer-accessible", "client-side"): it names no party.
    let bearers: Vec<Word> = find(&lexicon.bearer)
        .into_iter()
        .filter(|w| {
            let mut after = text[w.end..].chars();
            !(after.next() == Some('-') && after.next().is_some_and(char::is_alphabetic))
        })
        .collect();
    let forces = find(&lexicon.force);
    let provider = lexicon.bearer.class("provider");
    let buyer = lexicon.bearer.class("buyer");
    let (moments, mut actions): (Vec<Word>, Vec<Word>) = find(&lexicon.action)
        .into_iter()
        .partition(|a| is_moment(&text, a.at, grammar));
    actions.retain(|a| !done_by_others(&text, a.at, grammar));
    // A noun that qualifies a party's name, inside it or right before it, names the
    // party: "Data Processor", "Data Importer", "the data subjects" hold no data. (The
    // name's own head noun stays: « le service »; "Content you download" is a noun
    // and the relative clause that describes it; and a noun that heads the party word
    // after it is qualified by it: « le compte utilisateur » is an account.)
    let contact = |b: &Word| {
        let word = text[b.at..b.end].trim();
        grammar.contact_subjects.iter().any(|c| c == word)
            || grammar.relative_subjects.iter().any(|c| c == word)
    };
    let heads_party = |o: &Word| {
        let last = text[o.at..o.end].rsplit(' ').next().unwrap_or("");
        grammar.heads_before_party.iter().any(|h| h == last)
    };
    let mut objects: Vec<Word> = find(&lexicon.object)
        .into_iter()
        .filter(|o| {
            !bearers.iter().any(|b| {
                b.at <= o.at && o.end < b.end || b.at == o.end + 1 && !contact(b) && !heads_party(o)
            })
        })
        .collect();
    // Data named right before another noun name its kind: "data backups" are backups
    // (not one before a preposition or an article: « informations … du service »,
    // « connexions au Service »).
    let heads: Vec<usize> = objects
        .iter()
        .filter(|o| {
            let first = text[o.at..].split(' ').next().unwrap_or("");
            !grammar
                .prepositions
                .iter()
                .chain(&grammar.articles)
                .any(|p| is_word(first, p.trim()))
        })
        .map(|o| o.at)
        .collect();
    // Only the data named so ("data backups", "log access" logs access).
    let data = lexicon.object.class("data");
    objects.retain(|o| Some(o.class) != data || !heads.contains(&(o.end + 1)));
    objects.retain(|o| !names_what_ends(&text, o, grammar));
    // "Content you download": the verb describes the noun before (a relative clause
    // with no pronoun), it is not what the clause does.
    // The verbs listed after it are the relative clause's too ("you download, copy, or
    // use").
    let mut listed_after: Option<usize> = None;
    actions.retain(|a| {
        let relative = in_contact_relative(&text, a.at, &objects, grammar)
            || listed_after
                .is_some_and(|end| a.at >= end && in_verb_list(&text[end..a.at], grammar));
        listed_after = relative.then_some(a.end);
        !relative
    });
    actions.retain(|a| {
        // A verb's letters inside a party's name are no verb ("utilisateur"), and an
        // action whose own agent is a third party is not the bearer's: « l'utilisation
        // des données par des tiers », "use by third parties" (the buyer's are kept:
        // "audits conducted by the Controller").
        !bearers.iter().any(|b| {
            b.at <= a.at && a.end <= b.end
                || b.at > a.end
                    && b.at <= a.end + 40
                    // Its own agent, a few words on: « l'utilisation des données par
                    // des tiers », not "download its content in the formats offered
                    // by the Service".
                    && text[a.end..b.at].split_whitespace().count() <= 4
                    && Some(b.class) != provider
                    && Some(b.class) != buyer
                    && is_agent(&text, b.at, grammar)
                    && !agent_of_participle(&text, &objects, (a.end, b.at), grammar)
        })
    });
    complemented_by_no_data(&text, &mut objects, pack);
    actions.retain(|a| !about_no_data(&text, a, &objects, pack));
    actions.retain(|a| !what_logs_record(&text, a, &objects, pack));
    let mut words = ClauseWords {
        objects,
        bearers,
        forces,
        actions,
    };
    let mut qualifiers = find(&lexicon.qualifier);
    // « n'est pas nécessaire qu'… »: a « ne … que » with « pas » between is no
    // restriction.
    if let Some(exclusive) = lexicon.qualifier.class("exclusive") {
        qualifiers.retain(|q| {
            q.class != exclusive
                || !text[q.at..q.end]
                    .split(' ')
                    .any(|w| grammar.restriction_breakers.iter().any(|b| b == w))
        });
    }
    // "a worldwide, royalty-free, transferable license": the licence's scope.
    qualifiers.retain(|q| !scopes_a_licence(&text, q, &words.actions, grammar));
    // « Le client … verra son compte clôturé »: the buyer's own account is the
    // buyer's whole service, not one person's account.
    if let (Some(individual), Some(buyer)) = (
        lexicon.qualifier.class("individual"),
        lexicon.bearer.class("buyer"),
    ) {
        qualifiers.retain(|q| {
            q.class != individual
                || !text[q.at..]
                    .split(' ')
                    .next()
                    .is_some_and(|w| grammar.own_possessives.iter().any(|p| p == w))
                || !words
                    .bearers
                    .iter()
                    .any(|b| b.class == buyer && b.end <= q.at)
        });
    }
    // « sans l'accord préalable du client », "without Customer's prior consent": no
    // consent, the act is done without it.
    if let Some(consent) = lexicon.qualifier.class("buyer_consent") {
        qualifiers.retain(|q| q.class != consent || !lacking(&text, q.at, grammar));
    }
    // « contre toute perte, altération ou destruction », "disclosed, altered, or
    // destroyed without authorization": an act listed among other harms is a harm
    // named, not something the clause does ("deactivation or deletion of your
    // account" is an act).
    // (A break-in is a harm as a loss is: "against loss or unauthorised access".)
    let harm_classes = [
        lexicon.qualifier.class("loss"),
        lexicon.qualifier.class("break_in"),
    ];
    if harm_classes.iter().any(Option::is_some) {
        let harms: Vec<&Word> = qualifiers
            .iter()
            .filter(|q| harm_classes.contains(&Some(q.class)))
            .collect();
        words
            .actions
            .retain(|a| !harms.iter().any(|q| listed_with(&text, a, q, grammar)));
    }
    // "guard against improper modification or destruction", « protéger contre la
    // destruction »: what a clause guards against is a harm too.
    let all = words.actions.clone();
    words
        .actions
        .retain(|a| !guarded_against(&text, a, &all, grammar));
    deny_qualifiers(&text, &mut qualifiers, &words, pack);

    let MainClause {
        main,
        skipped,
        supposing,
        acknowledged,
        acknowledger,
    } = main_clause(&text, own_start, lead_in.is_some(), &words, pack);
    let condition = if supposing { skipped } else { (0, 0) };
    let mut bearer = bearer_of(
        &text,
        (main, own_start),
        acknowledged,
        &words,
        &qualifiers,
        pack,
    );
    let pronoun = lexicon.bearer.class("pronoun");
    // "Customer acknowledges that it is responsible…": the pronoun is the party that
    // acknowledges.
    let acknowledging = words
        .bearers
        .iter()
        .find(|w| acknowledged && w.at >= acknowledger && w.end <= main && Some(w.class) != pronoun)
        .map(|w| w.class);
    if bearer.is_some() && bearer == pronoun {
        bearer = match acknowledging {
            Some(party) => Some(party),
            None => read_pronoun(&text, skipped, &mut words, previous, pack).unwrap_or(bearer),
        };
    }
    // A later clause of the sentence with no object of its own speaks of the earlier
    // one's: "your data may be lost, and we accept no liability for such loss".
    if continues && words.objects.is_empty() {
        words.objects = carried_objects(previous);
    }
    // « Ces données sont conservées douze mois » after a list of what is logged: the
    // demonstrative points back at the sentence before's objects.
    if points_back(&text, main, &words.objects, grammar) {
        words.objects.extend(carried_objects(previous));
    }
    // "You grant us a license to use …": the provider holds the right granted.
    let granted =
        provider.is_some() && granted_to(&text, main, &words.bearers, grammar) == provider;
    if granted {
        bearer = provider;
    }
    let provider_bound = bearer.is_some() && bearer == provider;
    let mut action_forces = action_forces(&text, &words, pack, (main, own_start), provider_bound);
    // So are those of a condition later in the clause, up to its comma: "you will
    // need to renew your subscription if you need to download any files again".
    let later = later_conditions(&text, condition.1.max(main), own_start, grammar);
    for (a, f) in words.actions.iter().zip(action_forces.iter_mut()) {
        let inside = |&(s, e): &(usize, usize)| s <= a.at && a.at < e;
        if inside(&condition) || later.iter().any(inside) {
            f.0 = Force::Supposed;
        }
    }
    if granted {
        for f in action_forces.iter_mut().filter(|f| !f.1) {
            f.0 = Force::Permission;
        }
    }
    // A return offered beside deletion is at the provider's discretion, unless the
    // buyer chooses ("Customer instructs the provider to return or delete").
    let offered = if bearer.is_some() && bearer == buyer {
        Vec::new()
    } else {
        returns_at_choice(&text, &words.actions, &qualifiers, lexicon, grammar)
    };
    for &i in &offered {
        let f = &mut action_forces[i];
        if matches!(f.0, Force::Obligation | Force::Hedged | Force::Fact) {
            f.0 = Force::Discretion;
        }
    }
    // The clause's force is its main verb's, not that of a verb describing a noun.
    let in_main = |w: &Word| w.at >= main && !in_relative(&text, w.at, &words.actions, grammar);
    let first = words
        .actions
        .iter()
        .position(in_main)
        .or_else(|| words.actions.iter().position(|w| w.at >= main));
    let negated = first.is_some_and(|i| action_forces[i].1);
    let force = match first {
        Some(i) => action_forces[i].0,
        None => force_of(&words.forces, lexicon, main, provider_bound),
    };
    // « Dans un tel cas, … », "In such event, …": the case is the sentence before's,
    // and so are its circumstances (a loss, the end of the contract).
    if let Some(p) = previous {
        let opening = &text[own_start.min(text.len())..];
        if grammar
            .anaphors
            .iter()
            .any(|a| opening.trim_start().starts_with(a.as_str()))
        {
            for q in &p.qualifiers {
                if !qualifiers.iter().any(|w| w.class == q.class) {
                    qualifiers.push(Word {
                        at: 0,
                        end: 0,
                        ..*q
                    });
                }
            }
        }
    }
    let alternatives = alternatives(&text, &qualifiers, grammar);
    // An exception ends at its comma when a verb follows it (« Sauf si le Client
    // exprime son accord exprès, ses données ne sont pas utilisées à des fins
    // publicitaires »: the purpose is the main clause's, not the exception's); else it
    // runs to the clause's end ("shall not disclose the data unless required by law").
    let exception = lexicon
        .qualifier
        .class("exception")
        .and_then(|x| qualifiers.iter().find(|w| w.class == x))
        .map(|w| {
            let end = text[w.at..]
                .find(", ")
                .map(|c| w.at + c)
                .filter(|&c| words.actions.iter().any(|a| a.at > c))
                .unwrap_or(text.len());
            (w.at, end)
        });
    let direct_objects = words
        .actions
        .iter()
        .map(|a| direct_object(&text, a, &words.objects, grammar))
        .collect();
    Frame {
        block,
        sentence,
        lead_in,
        text,
        bearer,
        force,
        negated,
        exception,
        action_forces,
        direct_objects,
        actions: words.actions,
        moments,
        objects: words.objects,
        qualifiers,
        alternatives,
    }
}

/// A pronoun's party and matter: the condition's subject before it, else the sentence
/// before's bearer; its objects, when it names none. `None`: it stays a pronoun;
/// `Some(None)`: it binds nobody, standing for the things a sentence that named no
/// party spoke of (« Les données sont conservées trente jours, après quoi elles sont
/// supprimées »).
fn read_pronoun(
    text: &str,
    skipped: (usize, usize),
    words: &mut ClauseWords,
    previous: Option<&Frame>,
    pack: &Pack,
) -> Option<Option<usize>> {
    let lexicon = &pack.lexicon;
    let grammar = &pack.grammar;
    // « Les journaux sont conservés un an. Ils sont mis à la disposition de
    // l'acheteur »: the pronoun stands for the sentence before's bearer, and with
    // no object of its own, for its objects too.
    // A pronoun for a party the lexicon does not know stays a pronoun: it is
    // someone, not nobody. After a condition, it stands for the condition's
    // subject: "If the Provider deletes the data, it will notify the Customer".
    let in_condition = (skipped.0 < skipped.1)
        .then(|| subject(text, skipped.0, words, grammar))
        .flatten()
        .filter(|w| w.end <= skipped.1 && lexicon.bearer.class("pronoun") != Some(w.class));
    let bearer = in_condition
        .map(|w| w.class)
        .or_else(|| previous.and_then(|f| f.bearer));
    // The subject of a passive (« elles sont supprimées », "it will be deleted"), not
    // an agent: « Il les supprime » may name a party the lexicon does not know.
    let pronoun = lexicon.bearer.class("pronoun");
    let passive = words
        .bearers
        .iter()
        .find(|w| Some(w.class) == pronoun && w.at >= skipped.1)
        .is_some_and(|w| passive_after(text, w.end, grammar));
    let stands_for_things = passive
        && in_condition.is_none()
        && previous.is_some_and(|f| f.bearer.is_none() && !f.objects.is_empty())
        && words.objects.is_empty()
        && !words.actions.is_empty();
    // Its objects too, when it acts on them (« Ils sont conservés un an »); an
    // exclusion of liability for « des pertes » says nothing of the data before.
    if words.objects.is_empty() && !words.actions.is_empty() {
        words.objects = carried_objects(previous);
    }
    // With no action of its own, it speaks of the sentence before's matter and
    // names only whom that binds: « Il fait respecter cette obligation par son
    // personnel et ses sous-traitants ». (Not a liability exclusion: « Il n'est
    // pas responsable des pertes » names its own harm.)
    let liability = lexicon.force.class("liability");
    if words.actions.is_empty()
        && !words.objects.is_empty()
        && !words.forces.iter().any(|w| Some(w.class) == liability)
    {
        words.objects.extend(carried_objects(previous));
    }
    if stands_for_things {
        return Some(None);
    }
    bearer.map(Some)
}

/// Where the clause's main part starts, past what heads it, and what it skipped.
struct MainClause {
    main: usize,
    /// The condition or circumstance skipped at the clause's opening.
    skipped: (usize, usize),
    /// Whether what was skipped is a condition (its verbs supposed).
    supposing: bool,
    /// Whether an acknowledgement ("Customer agrees that") was read past.
    acknowledged: bool,
    /// Where the acknowledgement's own words start (its party is named there).
    acknowledger: usize,
}

/// How far into a clause an acknowledgement ("Customer agrees that") may start.
const MAX_ACKNOWLEDGEMENT_AT: usize = 40;

/// The main part of a clause: from the item or its lead-in, past an opening condition
/// or circumstance, a short label and an acknowledgement.
fn main_clause(
    text: &str,
    own_start: usize,
    has_lead_in: bool,
    words: &ClauseWords,
    pack: &Pack,
) -> MainClause {
    let grammar = &pack.grammar;
    // Bearer and force come from the item when it opens on a subject of its own,
    // else from the lead-in ("Le titulaire s'engage à : – restituer…"); « – vous
    // avez transmis… » inside a relative clause is no subject of the item.
    // An item that opens on an acknowledgement of its own ("(2) Customer acknowledges
    // that it is…") is read on its own too.
    let own_acknowledgement = grammar
        .acknowledgements
        .find_iter(&text[own_start..])
        .next()
        .is_some_and(|(s, _)| s <= MAX_ACKNOWLEDGEMENT_AT);
    let own_has_subject = has_lead_in
        && (own_acknowledgement
            || subject(text, own_start, words, grammar).is_some_and(|w| {
                w.at <= own_start + 12
                    && grammar
                        .infinitives
                        .find_iter(&text[w.end..])
                        .next()
                        .is_none_or(|(s, _)| s != 1)
            }));
    let main = if has_lead_in && !own_has_subject {
        0
    } else {
        own_start
    };
    // A short label before a colon heads the clause, it is not its subject:
    // « Téléchargement de fichiers : L'Utilisateur peut … », "Additional audits: Only
    // if …, Langfuse shall …".
    let past_label = |main: usize| -> usize {
        let Some(colon) = text[main..].find(':') else {
            return main;
        };
        let label = &text[main..main + colon];
        let count = label.split_whitespace().count();
        // A label names a topic: no party and no modal in it (« Le Contributeur peut : »
        // opens a list of what the contributor may do).
        let inside = |w: &Word| w.at >= main && w.at < main + colon;
        let plain = !words.bearers.iter().any(inside) && !words.forces.iter().any(inside);
        if plain
            && (1..=MAX_LABEL_WORDS).contains(&count)
            && !text[main + colon + 1..].trim().is_empty()
        {
            main + colon + 1
        } else {
            main
        }
    };
    // Where the clause starts past its label, its number (« 3.3 When developing …, you
    // shall »: the condition opens after it) and the spaces after them.
    let labelled = text.len() - text[past_label(main)..].trim_start().len();
    let labelled = match pack.text.article_number.find_iter(&text[labelled..]).next() {
        Some((0, e)) if e > 0 && text[labelled + e..].starts_with(' ') => {
            text.len() - text[labelled + e..].trim_start().len()
        }
        _ => labelled,
    };
    let (after_condition, supposing) = skip_condition(text, labelled, &words.forces, pack);
    let (condition_from, mut main) = if supposing || after_condition != labelled {
        (labelled, after_condition)
    } else {
        (main, main)
    };
    // The verbs of a condition opening the clause are supposed, not done.
    let skipped = (condition_from, main);
    main = past_label(main);
    // "Customer agrees that Customer Data may be stored…", "Please note that…": read
    // the clause after, whose subject is the bearer (not the one asked to note).
    let acknowledged = grammar
        .acknowledgements
        .find_iter(&text[main..])
        .next()
        .filter(|&(s, _)| s <= MAX_ACKNOWLEDGEMENT_AT);
    let acknowledger = main;
    if let Some((_, end)) = acknowledged {
        main += end;
    }
    MainClause {
        main,
        skipped,
        supposing,
        acknowledged: acknowledged.is_some(),
        acknowledger,
    }
}

/// Pairs of qualifiers joined by a disjunction within a few words ("upon termination
/// or upon request", « à la résiliation ou à la demande »).
fn alternatives(text: &str, qualifiers: &[Word], grammar: &Grammar) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, a) in qualifiers.iter().enumerate() {
        for (j, b) in qualifiers.iter().enumerate().skip(i + 1) {
            let (first, second) = if a.end <= b.at { (a, b) } else { (b, a) };
            if first.end > second.at {
                continue;
            }
            let between = &text[first.end..second.at];
            let gap: Vec<&str> = between
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .collect();
            let Some(or) = gap
                .iter()
                .rposition(|w| grammar.disjunctions.iter().any(|d| d == w))
            else {
                continue;
            };
            // The second qualifier follows the disjunction with at most a preposition
            // and an article between, no comma: in « vers un pays tiers ou à une
            // organisation internationale, en vertu du droit… » the « ou » joins the
            // third country to the organisation, not to the law.
            let after_or = between.rfind(gap[or]).map_or("", |k| &between[k..]);
            if gap.len() <= 6 && gap.len() - or <= 4 && !after_or.contains(',') {
                out.push((i, j));
            }
        }
    }
    out
}

/// Where a window of at most `len` bytes ending at `end` starts, on a letter's
/// boundary.
fn window_start(text: &str, end: usize, len: usize) -> usize {
    (end.saturating_sub(len)..end)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(end)
}

/// At most `len` bytes of `text` from `start`, cut on a letter's boundary.
pub(crate) fn window(text: &str, start: usize, len: usize) -> &str {
    let mut end = text.len().min(start + len);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// A clause opening on a condition or a circumstance ("Si le client le demande, …",
/// "Upon termination by Customer, …") has its subject after the first comma.
/// Also whether what it skipped is a condition (« si », "in the event"), whose verbs
/// are supposed, rather than a circumstance ("upon", « après »), whose are done.
fn skip_condition(text: &str, from: usize, forces: &[Word], pack: &Pack) -> (usize, bool) {
    let rest = &text[from..];
    // The opener comes first, or after a conjunction ("and if …"): in "you should
    // provide" the « should » is the modal, not the inverted "should you need".
    let condition = pack
        .text
        .condition_openers
        .find_iter(rest)
        .next()
        .is_some_and(|(s, _)| {
            let before = rest[..s].trim();
            before.is_empty() || pack.grammar.conjunctions.iter().any(|c| c == before)
        });
    let opens = condition
        || pack
            .grammar
            .circumstances
            .iter()
            .any(|w| opens_with(rest, w));
    if !opens {
        return (from, false);
    }
    let modal_near = |at: usize| {
        forces
            .iter()
            .any(|f| f.at > from + at && f.at <= from + at + MODAL_AFTER_CONDITION)
    };
    match condition_end(rest, modal_near) {
        Some(end) => (from + end, condition),
        None => (from, false),
    }
}

/// How far a condition opening a clause may reach; how near the comma that ends it
/// the main clause's modal stands; how far the first comma may stand when no modal
/// follows any.
const MAX_CONDITION_BYTES: usize = 300;
pub(crate) const MODAL_AFTER_CONDITION: usize = 40;
const FIRST_COMMA_BYTES: usize = 160;

/// Where a condition opening `text` ends, just past its comma. A condition may hold
/// commas of its own ("Only if required by an authority, a material issue, or if the
/// reports … do not provide sufficient evidence, Langfuse shall …"): it ends at the
/// first comma a modal soon follows (`modal_near(comma)`), else at the first comma.
pub(crate) fn condition_end(text: &str, modal_near: impl Fn(usize) -> bool) -> Option<usize> {
    let commas: Vec<usize> = text.match_indices(", ").map(|(i, _)| i).collect();
    commas
        .iter()
        .copied()
        .take_while(|&c| c < MAX_CONDITION_BYTES)
        .find(|&c| modal_near(c))
        .or_else(|| commas.first().copied().filter(|&c| c < FIRST_COMMA_BYTES))
        .map(|c| c + 2)
}

/// Whether `text` starts with the word `w` ("au" opens "au terme", not "autre"); a
/// word ending in an apostrophe ("a l'") is glued to the next.
fn opens_with(text: &str, w: &str) -> bool {
    text.strip_prefix(w)
        .is_some_and(|rest| w.ends_with('\'') || rest.starts_with(' '))
}

/// Where the clause's first verb stands: its first force or action word from `from`.
fn first_verb(forces: &[Word], actions: &[Word], from: usize) -> Option<usize> {
    forces
        .iter()
        .chain(actions)
        .filter(|w| w.at >= from)
        .map(|w| w.at)
        .min()
}

/// The word before `at`, an article skipped (« de l'acheteur » → « de »).
fn word_before<'t>(text: &'t str, at: usize, grammar: &Grammar) -> &'t str {
    let mut words = text[..at].rsplit([' ', ',']).filter(|w| !w.is_empty());
    let last = words.next().unwrap_or("");
    if grammar.articles.iter().any(|a| a == last) {
        let before = words.next().unwrap_or("");
        // Folded « à » is also the English article "a": after no preposition of its
        // own it is the preposition (« l'accès à la plateforme »), not "to a party".
        let preposition = |w: &str| grammar.prepositions.iter().any(|p| p == w);
        if preposition(last) && !preposition(before) {
            return last;
        }
        return before;
    }
    last
}

/// Whether `word` is the grammar entry `entry`, or begins with it when the entry is
/// an elided form (« l' », « qu' ») glued to the next word.
fn is_word(word: &str, entry: &str) -> bool {
    word == entry || entry.ends_with('\'') && word.starts_with(entry)
}
