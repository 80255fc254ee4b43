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

use super::frame::locate;
pub use super::frame::{Frame, Word};
use super::text::{starts_with_bullet, PreparedBlock, Range};
use crate::model::{BlockKind, Document};
use crate::rules::{Force, Grammar, Lexicon, LexiconCategory, Pack, FORCE_CLASSES};

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
            let parts = own_subject_clauses(text, sentence, pack);
            for (i, part) in parts.into_iter().enumerate() {
                clauses.push((b, part, lead, i > 0));
            }
        }
        // A sentence ending with a colon introduces the items after it; an item that
        // ends so introduces the next ones in turn (« Cette prestation devrait inclure
        // au minimum : – … »), else an item keeps its list's lead-in.
        let introduces = pb
            .sentences
            .last()
            .filter(|&&(s, e)| text[s..e].trim_end().ends_with(':'))
            .map(|&r| (b, r));
        if !item || introduces.is_some() {
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
    for i in 1..out.len() {
        let f = &out[i];
        let (_, _, _, continues) = clauses[i];
        let opening = f.text[f.sentence_start().min(f.text.len())..].trim_start();
        let leans = f.bearer.is_some() && f.bearer == pronoun
            || continues && f.objects.is_empty()
            || pack
                .grammar
                .anaphors
                .iter()
                .any(|a| opening.starts_with(a.as_str()));
        if leans {
            let (b, part, lead, continues) = clauses[i];
            out[i] = read_frame(b, part, lead, blocks, pack, Some(&out[i - 1]), continues);
        }
    }
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
    let found = |connectors: &[String]| -> Vec<(usize, usize)> {
        connectors
            .iter()
            .flat_map(|c| text[start..end].match_indices(c.as_str()))
            .map(|(i, m)| (i, m.len()))
            .collect()
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
    let (lexicon, grammar, rules) = (&pack.lexicon, &pack.grammar, &pack.text);
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
    let bearers = find(&lexicon.bearer);
    let forces = find(&lexicon.force);
    let provider = lexicon.bearer.class("provider");
    let buyer = lexicon.bearer.class("buyer");
    let (moments, mut actions): (Vec<Word>, Vec<Word>) = find(&lexicon.action)
        .into_iter()
        .partition(|a| is_moment(&text, a.at, grammar));
    actions.retain(|a| !done_by_others(&text, a.at, grammar));
    let mut objects = find(&lexicon.object);
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
    // « contre toute perte, altération ou destruction », "disclosed, altered, or
    // destroyed without authorization": an act listed among other harms is a harm
    // named, not something the clause does ("deactivation or deletion of your
    // account" is an act).
    if let Some(loss) = lexicon.qualifier.class("loss") {
        let harms: Vec<&Word> = qualifiers.iter().filter(|q| q.class == loss).collect();
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
    // "Stored in France and never outside the EU": a qualifier a negation stands
    // before, in its clause, is denied.
    for q in &mut qualifiers {
        let from = q.at.saturating_sub(40);
        let from = (from..q.at)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(q.at);
        let cut = text[from..q.at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
        let start = from + cut;
        // The negation of a liability or prohibition marker ("shall not be liable
        // for any loss") belongs to the marker, not to the qualifier.
        // Nor does one that stands before a noun it determines ("aucune copie … au-
        // delà de la fin", "no copy … beyond"): it denies the copy, the verb with it.
        // And one before the qualifier's verb denies the verb (« ne conserve … »).
        let verb = words
            .actions
            .iter()
            .filter(|a| a.end <= q.at)
            .map(|a| a.at)
            .max()
            .unwrap_or(0);
        q.negated = rules.negations.find_iter(&text[start..q.at]).any(|(s, e)| {
            start + s > verb
                && !words
                    .forces
                    .iter()
                    .any(|f| f.at <= start + s && start + s < f.end)
                && nouns_determined(&words.objects, start + e).next().is_none()
                // « n'est assuré que pour une durée de 12 mois »: restricted, not denied.
                && !text[start + e..q.at]
                    .split([' ', '\''])
                    .chain(text[start + e..q.at].split(' '))
                    .any(|w| grammar.restrictions.iter().any(|r| is_word(w, r)))
        });
    }

    // Bearer and force come from the item when it opens on a subject of its own,
    // else from the lead-in ("Le titulaire s'engage à : – restituer…"); « – vous
    // avez transmis… » inside a relative clause is no subject of the item.
    let own_has_subject = lead_in.is_some()
        && subject(&text, own_start, &words, grammar).is_some_and(|w| {
            w.at <= own_start + 12
                && grammar
                    .infinitives
                    .find_iter(&text[w.end..])
                    .next()
                    .is_none_or(|(s, _)| s != 1)
        });
    let main = if lead_in.is_some() && !own_has_subject {
        0
    } else {
        own_start
    };
    let condition_from = main;
    let (mut main, supposing) = skip_condition(&text, main, pack);
    // The verbs of a condition opening the clause are supposed, not done.
    let skipped = (condition_from, main);
    let condition = if supposing { skipped } else { (0, 0) };
    // A short label before a colon heads the clause, it is not its subject:
    // « Téléchargement de fichiers : L'Utilisateur peut … ».
    let clause_words = &words;
    if let Some(colon) = text[main..].find(':') {
        let label = &text[main..main + colon];
        let words = label.split_whitespace().count();
        // A label names a topic: no party and no modal in it (« Le Contributeur peut : »
        // opens a list of what the contributor may do).
        let inside = |w: &Word| w.at >= main && w.at < main + colon;
        let plain =
            !clause_words.bearers.iter().any(inside) && !clause_words.forces.iter().any(inside);
        if plain
            && (1..=MAX_LABEL_WORDS).contains(&words)
            && !text[main + colon + 1..].trim().is_empty()
        {
            main += colon + 1;
        }
    }
    // "Customer agrees that Customer Data may be stored…", "Please note that…": read
    // the clause after, whose subject is the bearer (not the one asked to note).
    let acknowledged = grammar
        .acknowledgements
        .find_iter(&text[main..])
        .next()
        .filter(|&(s, _)| s <= 40);
    if let Some((_, end)) = acknowledged {
        main += end;
    }
    // An imperative opens the clause, or follows a label and a colon (« Migration
    // entrante : Souscrivez… », « Scénario de migration des données chiffrées avec
    // vNKP : Mettez en place… »): a label that names no party.
    let opens = |at: usize| {
        let at = at.min(text.len());
        let rest = &text[at..];
        let label_end = rest
            .find(':')
            .filter(|&c| {
                rest[..c].split_whitespace().count() <= MAX_IMPERATIVE_LABEL_WORDS
                    && !words
                        .bearers
                        .iter()
                        .any(|w| w.at >= at && w.at < at + c && !governed(&text, w.at, grammar))
            })
            .map_or(0, |c| c + 1);
        [0, label_end].into_iter().any(|from| {
            let rest = &rest[from..];
            let skip = rest.len()
                - rest
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            grammar
                .imperatives
                .find_iter(&rest[skip..])
                .next()
                .is_some_and(|(s, _)| s == 0)
        })
    };
    // « Il est interdit de… » names no party; « Il appartient au titulaire de… » the
    // one right after it.
    let impersonal = {
        let rest = &text[main.min(text.len())..];
        let skip = rest.len() - rest.trim_start().len();
        grammar
            .impersonals
            .find_iter(&rest[skip..])
            .next()
            .filter(|&(s, _)| s == 0)
            .map(|(_, e)| main + skip + e)
    };
    let mut bearer = if opens(main) || acknowledged.is_none() && opens(own_start) {
        buyer
    } else if let Some(end) = impersonal {
        let pronoun = lexicon.bearer.class("pronoun");
        words
            .bearers
            .iter()
            .find(|w| w.at >= end && w.at <= end + 4 && Some(w.class) != pronoun)
            .map(|w| w.class)
    } else {
        subject(&text, main, &words, grammar)
            .map(|w| w.class)
            .or_else(|| {
                // The agent of the main verb stands before any exception: in "…, unless
                // the data is deleted by the data exporter", the exporter deletes.
                let exception = lexicon.qualifier.class("exception");
                let before = qualifiers
                    .iter()
                    .filter(|q| Some(q.class) == exception && q.at > main)
                    .map(|q| q.at)
                    .min()
                    .unwrap_or(text.len());
                agent(&text[..before], main, &words, grammar)
            })
    };
    if bearer.is_some() && bearer == lexicon.bearer.class("pronoun") {
        // « Les journaux sont conservés un an. Ils sont mis à la disposition de
        // l'acheteur »: the pronoun stands for the sentence before's bearer, and with
        // no object of its own, for its objects too.
        // A pronoun for a party the lexicon does not know stays a pronoun: it is
        // someone, not nobody. After a condition, it stands for the condition's
        // subject: "If the Provider deletes the data, it will notify the Customer".
        let in_condition = (skipped.0 < skipped.1)
            .then(|| subject(&text, skipped.0, &words, grammar))
            .flatten()
            .filter(|w| w.end <= skipped.1 && lexicon.bearer.class("pronoun") != Some(w.class));
        if let Some(w) = in_condition {
            bearer = Some(w.class);
        } else if let Some(b) = previous.and_then(|f| f.bearer) {
            bearer = Some(b);
        }
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
    }
    // A later clause of the sentence with no object of its own speaks of the earlier
    // one's: "your data may be lost, and we accept no liability for such loss".
    if continues && words.objects.is_empty() {
        words.objects = carried_objects(previous);
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
    let later = later_conditions(&text, condition.1.max(main), grammar);
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
            let gap: Vec<&str> = text[first.end..second.at]
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .collect();
            if gap.len() <= 6
                && gap
                    .iter()
                    .any(|w| grammar.disjunctions.iter().any(|d| d == w))
            {
                out.push((i, j));
            }
        }
    }
    out
}

/// At most `len` bytes of `text` from `start`, cut on a letter's boundary.
fn window(text: &str, start: usize, len: usize) -> &str {
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
fn skip_condition(text: &str, from: usize, pack: &Pack) -> (usize, bool) {
    let rest = &text[from..];
    let condition = pack
        .text
        .condition_openers
        .find_iter(rest)
        .next()
        .is_some_and(|(s, _)| s <= 4);
    let opens = condition
        || pack
            .grammar
            .circumstances
            .iter()
            .any(|w| opens_with(rest, w));
    match rest.find(", ") {
        Some(comma) if opens && comma < 160 => (from + comma + 2, condition),
        _ => (from, false),
    }
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

/// The subject: the last party named before the clause's first verb that no
/// preposition governs and that is no possessive or noun adjunct ("Customer's",
/// "Customer Data").
fn subject(text: &str, from: usize, words: &ClauseWords, grammar: &Grammar) -> Option<Word> {
    // With no verb the lexicon knows (« Le mémoire technique précise … »), a party
    // opening the clause is its subject.
    let Some(verb) = first_verb(&words.forces, &words.actions, from) else {
        return words
            .bearers
            .iter()
            .find(|w| w.at >= from && w.at <= from + 4 && !governed(text, w.at, grammar))
            .copied();
    };
    // A marker that spans its own subject ("in no event shall Provider be liable")
    // names it inside.
    let spanning = words
        .forces
        .iter()
        .find(|f| f.at == verb)
        .map_or(verb, |f| f.end);
    let inside = words
        .bearers
        .iter()
        .find(|w| w.at > verb && w.end < spanning && !governed(text, w.at, grammar));
    if inside.is_some() {
        return inside.copied();
    }
    let candidates: Vec<&Word> = words
        .bearers
        .iter()
        .filter(|w| w.at >= from && w.end <= verb)
        .filter(|w| !governed(text, w.at, grammar))
        .filter(|w| {
            let after = &text[w.end..];
            !grammar
                .possessives
                .iter()
                .any(|p| after.starts_with(p.as_str()))
                && !words.objects.iter().any(|o| o.at == w.end + 1)
        })
        .collect();
    // The last party before the verb, unless a verb stands between it and the party
    // before: "The Provider gives the Customer storage space".
    let mut subject = candidates.last().copied();
    for pair in candidates.windows(2).rev() {
        let (before, later) = (pair[0], pair[1]);
        let acts = {
            let rest = text[later.end..verb].trim();
            grammar.infinitive_markers.iter().any(|m| rest == m)
        };
        if subject.is_some_and(|s| std::ptr::eq(s, later))
            && !acts
            && object_of_verb_between(text, before, later, grammar)
        {
            subject = Some(before);
        }
    }
    subject.copied()
}

/// Whether the act `a` is what the clause guards against: a `harm_markers` word
/// (« contre », "against") before it, with at most two other words, other acts and
/// enumeration links between ("against improper modification or destruction").
fn guarded_against(text: &str, a: &Word, actions: &[Word], grammar: &Grammar) -> bool {
    let from = a.at.saturating_sub(80);
    let from = (from..a.at)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(a.at);
    let before = &text[from..a.at];
    let mut others = 0;
    for (i, word) in before
        .split(' ')
        .enumerate()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let word = word.trim_matches(',');
        if word.is_empty() {
            continue;
        }
        if grammar.harm_markers.iter().any(|m| m == word) {
            return true;
        }
        // Where the word starts in `text`: the words before it and their spaces.
        let at = from
            + before
                .split(' ')
                .take(i)
                .map(|w| w.len() + 1)
                .sum::<usize>();
        let linked = grammar.enumeration_links.iter().any(|l| l == word)
            || actions.iter().any(|x| x.at <= at && at < x.end);
        if !linked {
            others += 1;
            if others > 2 {
                return false;
            }
        }
    }
    false
}

/// The object right after the verb `a`, if any: at most three words between, none a
/// link that would start another clause or list member (`subject_links`: « fermé et
/// les données supprimées » does not close the data).
fn direct_object(text: &str, a: &Word, objects: &[Word], grammar: &Grammar) -> Option<usize> {
    let (j, o) = objects
        .iter()
        .enumerate()
        .find(|(_, o)| o.at >= a.end && o.end > 0)?;
    let between = &text[a.end..o.at];
    let words: Vec<&str> = between.split_whitespace().collect();
    let linked = words
        .iter()
        .any(|w| grammar.subject_links.iter().any(|l| is_word(w, l)));
    (words.len() <= 3 && !linked && !between.contains([',', ';', ':', '.'])).then_some(j)
}

/// The conditions that open after `from` (`suppositions`: "if", « si »), each up to
/// its comma, semicolon or the clause's end.
fn later_conditions(text: &str, from: usize, grammar: &Grammar) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for s in &grammar.suppositions {
        let marker = format!(" {s} ");
        for (at, _) in text[from.min(text.len())..].match_indices(marker.as_str()) {
            let start = from + at + 1;
            let end = text[start..]
                .find([',', ';', ':'])
                .map_or(text.len(), |e| start + e);
            out.push((start, end));
        }
    }
    out
}

/// Whether `a` and `b`, two words, stand in one enumeration: the words between them
/// are commas and `enumeration_links` (« perte, altération ou destruction »).
fn listed_with(text: &str, a: &Word, b: &Word, grammar: &Grammar) -> bool {
    if a.at < b.end && b.at < a.end {
        // One word read twice ("deletion" is an act and a harm): not a list.
        return false;
    }
    let (first, second) = if a.at < b.at { (a, b) } else { (b, a) };
    let between = &text[first.end.min(second.at)..second.at];
    between.len() <= 40
        && between
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .all(|w| grammar.enumeration_links.iter().any(|l| l == w))
}

/// Whether the words between two parties are a verb the lexicon does not know, whose
/// object the later party is: a word or two, no comma, no link that would make the
/// later a subject (`subject_links`).
fn object_of_verb_between(text: &str, before: &Word, later: &Word, grammar: &Grammar) -> bool {
    let between = &text[before.end..later.at];
    let words: Vec<&str> = between.split_whitespace().collect();
    let articles = |w: &&str| grammar.articles.iter().any(|a| a.trim() == *w);
    let content = words.iter().filter(|w| !articles(w)).count();
    (1..=3).contains(&content)
        && !between.contains([',', '(', ':', ';'])
        && !words
            .iter()
            .any(|w| grammar.subject_links.iter().any(|l| is_word(w, l)))
}

/// Whether a preposition stands right before `at` (« du titulaire », « d'un tiers »).
fn governed(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = word_before(text, at, grammar);
    grammar
        .prepositions
        .iter()
        .any(|p| before == p || p.ends_with('\'') && before.ends_with(p.as_str()))
        || grammar.enablers.iter().any(|e| e == before)
}

/// Whether the party named at `at` is the agent of a passive (« … par le titulaire »).
fn is_agent(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = word_before(text, at, grammar);
    grammar.agents.iter().any(|a| a == before)
}

/// The agent of a passive: « … sont restituées par le titulaire », "… deleted by
/// Provider".
fn agent(text: &str, from: usize, words: &ClauseWords, grammar: &Grammar) -> Option<usize> {
    let verb = first_verb(&words.forces, &words.actions, from)?;
    // The agent of the verb, not of a participle describing its object: « supprimer
    // les contenus renseignés par l'utilisateur » names who filled the contents in.
    let of_the_verb = |w: &&Word| {
        let action = words.actions.iter().rev().find(|a| a.end <= w.at);
        action.is_none_or(|a| !agent_of_participle(text, &words.objects, (a.end, w.at), grammar))
    };
    words
        .bearers
        .iter()
        .filter(|w| w.end <= text.len() && w.at > verb && is_agent(text, w.at, grammar))
        .find(of_the_verb)
        .map(|w| w.class)
}

/// Whether a qualifier stands among the adjectives of a licence noun, before any
/// action: "a worldwide, royalty-free license to use".
fn scopes_a_licence(text: &str, q: &Word, actions: &[Word], grammar: &Grammar) -> bool {
    let rest = &text[q.end..];
    let rest = &rest[..rest.find(['.', ';']).unwrap_or(rest.len())];
    let next_action = actions
        .iter()
        .filter(|a| a.at >= q.end)
        .map(|a| a.at - q.end)
        .min()
        .unwrap_or(rest.len());
    rest[..next_action.min(rest.len())]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .any(|w| grammar.licences.iter().any(|l| l == w))
}

/// The party a grant in the clause is made to: the first party named within a few
/// words after the grant (« concède au prestataire », "grant us", "grants Provider").
fn granted_to(text: &str, main: usize, bearers: &[Word], grammar: &Grammar) -> Option<usize> {
    let (_, end) = grammar.grants.find_iter(&text[main..]).next()?;
    let end = main + end;
    bearers
        .iter()
        .find(|b| b.at >= end && text[end..b.at].split_whitespace().count() <= 2)
        .map(|b| b.class)
}

/// Whether the agent at `at` belongs to a participle describing an object after
/// `from` rather than to the verb before: « supprimer les contenus renseignés par
/// l'utilisateur » (a word between the object and « par »), not « l'utilisation des
/// données par des tiers ».
fn agent_of_participle(
    text: &str,
    objects: &[Word],
    (from, at): (usize, usize),
    grammar: &Grammar,
) -> bool {
    let small = |w: &str| {
        let w = w.trim_end_matches('\'');
        [&grammar.agents, &grammar.articles, &grammar.prepositions]
            .iter()
            .any(|list| list.iter().any(|x| x.trim_end_matches('\'') == w))
    };
    objects
        .iter()
        .rev()
        .find(|o| o.at >= from && o.end <= at)
        .is_some_and(|o| text[o.end..at].split_whitespace().any(|w| !small(w)))
}

/// How firmly a clause with no action binds: the first force class of
/// `FORCE_CLASSES` (strongest first) found in its main clause — a liability
/// exclusion anywhere in the frame — and with none, a provider's present tense binds
/// (« le titulaire restitue »). A denied permission or obligation is a prohibition.
fn force_of(forces: &[Word], lexicon: &Lexicon, main: usize, provider: bool) -> Force {
    let found = FORCE_CLASSES.iter().copied().find(|&name| {
        lexicon.force.class(name).is_some_and(|c| {
            forces
                .iter()
                .any(|w| w.class == c && (name == "liability" || w.at >= main))
        })
    });
    force_named(found, provider, false)
}

fn force_named(name: Option<&str>, provider: bool, negated: bool) -> Force {
    let denied = |force| if negated { Force::Prohibition } else { force };
    match name {
        Some("liability") => Force::Liability,
        Some("prohibition") => Force::Prohibition,
        Some("discretion") => Force::Discretion,
        Some("hedge") => Force::Hedged,
        Some("permission") => denied(Force::Permission),
        Some(_) => denied(Force::Obligation),
        None if provider => denied(Force::Obligation),
        None => Force::Fact,
    }
}

/// A noun whose complement is no data of the buyer's is about that complement:
/// « journaux de chantier », « le dossier des ouvrages », "copies of the tenders".
/// (Persons are not `no_data`: « les données des personnes concernées » are data.)
fn complemented_by_no_data(text: &str, objects: &mut [Word], pack: &Pack) {
    let Some(no_data) = pack.lexicon.object.class("no_data") else {
        return;
    };
    let grammar = &pack.grammar;
    let complemented: Vec<usize> = (0..objects.len())
        .filter(|&i| {
            let o = &objects[i];
            o.class != no_data
                && objects.iter().find(|n| n.at >= o.end).is_some_and(|n| {
                    n.class == no_data && is_complement(&text[o.end..n.at], grammar)
                })
        })
        .collect();
    for i in complemented {
        objects[i].class = no_data;
    }
}

/// Whether an action noun is about persons or things that are no data of the
/// buyer's, by its complement: « la sécurité de ses agents », « la confidentialité
/// des offres », "the safety of persons".
fn about_no_data(text: &str, action: &Word, objects: &[Word], pack: &Pack) -> bool {
    let classes = ["no_data", "persons"].map(|c| pack.lexicon.object.class(c));
    objects
        .iter()
        .find(|n| n.at >= action.end)
        .is_some_and(|n| {
            classes.contains(&Some(n.class))
                && is_complement(&text[action.end..n.at], &pack.grammar)
        })
}

/// Whether an action word only names what logs record: « les logs d'audit », « le
/// journal des suppressions », "audit logs" are logs, not an audit or a deletion.
fn what_logs_record(text: &str, action: &Word, objects: &[Word], pack: &Pack) -> bool {
    let Some(logs) = pack.lexicon.object.class("logs") else {
        return false;
    };
    objects.iter().filter(|o| o.class == logs).any(|o| {
        let before = o.end <= action.at && is_complement(&text[o.end..action.at], &pack.grammar);
        let adjunct = o.at > action.end && text[action.end..o.at].trim().is_empty();
        before || adjunct
    })
}

/// Whether `gap`, the words between two nouns, makes the second the first's
/// complement: a preposition and at most one article (« de ses », « d'un », "of the").
fn is_complement(gap: &str, grammar: &Grammar) -> bool {
    let mut words = gap.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // « d'un tiers »: the elided preposition is glued to its article.
    let (preposition, glued) = match grammar.complements.iter().find(|c| is_word(first, c)) {
        Some(c) if first.len() > c.len() => (true, Some(&first[c.len()..])),
        Some(_) => (true, None),
        None => (false, None),
    };
    let articles: Vec<&str> = glued.into_iter().chain(words).collect();
    preposition
        && articles.len() <= 1
        && articles
            .iter()
            .all(|a| grammar.articles.iter().any(|x| is_word(a, x)))
}

/// Whether the action at `at` is the verb of a relative clause (« les comptes qui
/// n'ont pas été utilisés »): a relative pronoun a few words before it, in the same
/// clause, with no other action between.
fn in_relative(text: &str, at: usize, actions: &[Word], grammar: &Grammar) -> bool {
    let before = &text[..at];
    let clause = before.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1);
    let words: Vec<(usize, &str)> = before[clause..]
        .split(' ')
        .scan(clause, |pos, w| {
            let at = *pos;
            *pos += w.len() + 1;
            Some((at, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    words.iter().rev().take(6).any(|&(i, w)| {
        grammar.relative_pronouns.iter().any(|r| r == w)
            && !actions.iter().any(|a| a.at > i && a.at < at)
    })
}

/// Whether the action at `at` is the verb of a relative clause with no pronoun: an
/// object noun, then one of `contact_subjects`, then the verb ("Content you
/// download", "the data we store").
fn in_contact_relative(text: &str, at: usize, objects: &[Word], grammar: &Grammar) -> bool {
    let before = text[..at].trim_end();
    let Some(space) = before.rfind(' ') else {
        return false;
    };
    let subject = &before[space + 1..];
    grammar.contact_subjects.iter().any(|s| s == subject) && objects.iter().any(|o| o.end == space)
}

/// Whether `gap`, between two verbs, only lists them: commas, « ou », "or", « et »,
/// "and", and at most a few other verbs the lexicon does not know ("copy, purchase").
fn in_verb_list(gap: &str, grammar: &Grammar) -> bool {
    let words: Vec<&str> = gap.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    (gap.contains(',')
        || words
            .iter()
            .any(|w| grammar.disjunctions.iter().any(|d| d == w)))
        && words.len() <= 5
        && !gap.contains([';', ':', '.'])
}

/// Whether the action at `at` stands in a relative clause about other persons
/// (« ceux qui veulent télécharger », "anyone who downloads"), in the same clause.
fn done_by_others(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = &text[..at];
    grammar.relatives.iter().any(|r| {
        before.match_indices(r.as_str()).any(|(i, _)| {
            let starts_word = i == 0 || !before[..i].ends_with(|c: char| c.is_alphanumeric());
            starts_word && !before[i..].contains(['.', ';', ':'])
        })
    })
}

/// Whether the word at `at` follows a moment's preposition, an article between
/// (« suivant la restitution », "after the return"): it names when, not what is done.
fn is_moment(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = text[..at].trim_end();
    let mut words = before.rsplit(' ');
    let last = words.next().unwrap_or("");
    let (last, glued) = match grammar
        .articles
        .iter()
        .find(|a| a.ends_with('\'') && last == a.as_str())
    {
        Some(_) => (words.next().unwrap_or(""), true),
        None => (last, false),
    };
    let word = if glued || !grammar.articles.iter().any(|a| a == last) {
        last
    } else {
        words.next().unwrap_or("")
    };
    grammar.moments.iter().any(|m| m == word)
}

/// Whether `word` is the grammar entry `entry`, or begins with it when the entry is
/// an elided form (« l' », « qu' ») glued to the next word.
fn is_word(word: &str, entry: &str) -> bool {
    word == entry || entry.ends_with('\'') && word.starts_with(entry)
}

/// The object nouns a negation ending at `neg_end` determines (« aucune donnée »,
/// "no data"): those that start right after it.
fn nouns_determined(objects: &[Word], neg_end: usize) -> impl Iterator<Item = &Word> {
    objects
        .iter()
        .filter(move |o| o.at >= neg_end && o.at <= neg_end + 2)
}

/// Each action's force and whether it is denied. The modal that governs a verb is
/// the last one before it ("will be deleted and cannot be recovered": "cannot" is
/// the second verb's); a negation between that modal (or the previous verb) and the
/// verb denies it, and a verb joined to a denied one under the same modal is denied
/// too ("shall not copy or disclose"). A liability exclusion anywhere governs all.
fn action_forces(
    text: &str,
    words: &ClauseWords,
    pack: &Pack,
    (main, own_start): (usize, usize),
    provider: bool,
) -> Vec<(Force, bool)> {
    // A modal governs no verb past its sentence, nor past a colon that opens a
    // clause of its own (« format propriétaire : la restitution … se fait »). A
    // colon before an enumeration ("shall not: (a) sell; (b) use") or ending a
    // lead-in (« s'engage à : – restituer ») keeps it, and so do semicolons, which
    // enumerate under one modal.
    let same_clause = |from: usize, to: usize| {
        from >= to
            || !text[from..to].char_indices().any(|(i, c)| match c {
                '.' => true,
                ':' => {
                    let next = text[from + i + 1..].split_whitespace().next().unwrap_or("");
                    from + i + 2 != own_start
                        && pack.grammar.articles.iter().any(|a| is_word(next, a))
                }
                _ => false,
            })
    };
    let (lexicon, grammar, rules) = (&pack.lexicon, &pack.grammar, &pack.text);
    let liability = lexicon.force.class("liability");
    if words.forces.iter().any(|w| Some(w.class) == liability) {
        return vec![(Force::Liability, false); words.actions.len()];
    }
    let mut out: Vec<(Force, bool)> = Vec::with_capacity(words.actions.len());
    // The previous verb of the same part (condition or main clause): its end, its
    // governing modal, whether it was denied.
    let mut previous: Option<(usize, Option<usize>, bool)> = None;
    for a in &words.actions {
        let lower = if a.at >= main { main } else { 0 };
        if a.at >= main && previous.is_some_and(|(end, _, _)| end <= main) {
            previous = None;
        }
        let governing = words
            .forces
            .iter()
            .enumerate()
            .rfind(|(_, w)| w.at >= lower && w.at <= a.at && same_clause(w.end, a.at))
            // With none before it, a noun's modal follows it in its clause, before
            // any other verb: « aucun audit … n'est autorisé », « la suppression des
            // données peut intervenir ».
            .or_else(|| {
                words.forces.iter().enumerate().find(|(_, w)| {
                    w.at > a.end
                        && same_clause(a.end, w.at)
                        && !words.actions.iter().any(|o| o.at > a.at && o.at < w.at)
                })
            });
        // A negation before the modal denies it (« ne peut », "may not"), one
        // between an earlier verb and this one is that verb's.
        let from = previous
            .map_or(lower, |(end, _, _)| end.max(lower))
            .min(a.at);
        // Nor does one cross a clause's end: "includes, but is not limited to: – logs",
        // "has no further obligation …, and reserves the right to destroy".
        let span = &text[from..a.at];
        let from = span
            .rfind([';', ':', '.'])
            .map(|i| i + 1)
            .into_iter()
            .chain(
                grammar
                    .coordinations
                    .iter()
                    .filter_map(|c| span.rfind(c.as_str()).map(|i| i + c.len())),
            )
            .max()
            .map_or(from, |i| from + i);
        // « n'exploitera vos données que pour… » restricts, it does not deny.
        let after = window(text, a.at, 60);
        let restriction = grammar
            .restrictions
            .iter()
            .any(|r| after.split(' ').skip(1).any(|w| is_word(w, r)));
        // Under a modal, the negation that denies the verb stands right before the
        // modal (« ne peut », « n'est pas autorisé ») or between it and the verb ("may
        // not"): « n'est pas tenu de donner suite et se réserve le droit de
        // supprimer » does not deny « supprimer ».
        // A negation determining the verb's subject denies the verb too: "no data
        // will be returned", « aucune donnée ne sera restituée ».
        let determines_subject =
            |e: usize| nouns_determined(&words.objects, from + e).any(|o| o.end <= a.at);
        // A « que » between the negation and the verb puts the verb in another
        // clause (« ne revendiquons aucun droit sur vos données, que vous téléchargez »)
        // or restricts it (« ne peut que restituer »): it is not denied.
        let beyond_que = |e: usize| {
            text[(from + e).min(a.at)..a.at]
                .split(' ')
                .any(|w| grammar.restrictions.iter().any(|r| is_word(w, r)))
        };
        let denies = |s: usize, e: usize| {
            !beyond_que(e)
                && match governing {
                    Some((_, g)) if g.at < a.at && from + s < g.at => {
                        g.at.saturating_sub(from + e) <= 4 || determines_subject(e)
                    }
                    _ => true,
                }
        };
        // A negation opening a relative clause denies that clause's verb, a word or
        // two on, not the main verb after it: « les comptes qui n'ont pas servi depuis
        // deux ans sont supprimés ».
        let relative_verb_only = |s: usize, e: usize| {
            let opens_relative = text[..from + s]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| grammar.relative_pronouns.iter().any(|r| r == w));
            opens_relative && text[from + e..a.at].split_whitespace().count() > 2
        };
        let direct = !restriction
            && rules
                .negations
                .find_iter(&text[from..a.at])
                .find(|&(s, e)| denies(s, e) && !relative_verb_only(s, e))
                .is_some_and(|(s, _)| !rules.negation_reversers.is_match(&text[from + s..a.at]));
        let inherited = previous.is_some_and(|(end, g, denied)| {
            denied
                && g == governing.map(|(i, _)| i)
                && text[end.min(a.at)..a.at]
                    .split([' ', ','])
                    .any(|w| grammar.disjunctions.iter().any(|d| d == w))
        });
        let negated = direct || inherited;
        let mut name = governing.map(|(_, w)| lexicon.force.classes[w.class].as_str());
        // « ne peut avoir lieu sans être journalisé »: a prohibition whose verb a
        // second negation turns round binds.
        if let (Some("prohibition"), Some((_, g))) = (name, governing) {
            if rules
                .negation_reversers
                .is_match(&text[g.end.min(a.at)..a.at])
            {
                name = Some("obligation");
            } else if restriction && text[g.at..].starts_with("ne ") {
                // « ne pourront être récupérées qu'au moyen de l'outil du
                // prestataire »: a modal denied and restricted permits, only so.
                name = Some("permission");
            }
        }
        // "will notify … at our discretion", « informe … s'il le juge utile »: a
        // discretion or hedge after the verb, before the next one, qualifies it.
        let adverbial = words
            .forces
            .iter()
            .filter(|w| w.at > a.at)
            .map(|w| lexicon.force.classes[w.class].as_str())
            .take_while(|&c| c == "discretion" || c == "hedge")
            .next();
        if adverbial.is_some() && !negated && name != Some("prohibition") {
            name = adverbial;
        }
        out.push((force_named(name, provider, negated), negated));
        previous = Some((a.end, governing.map(|(i, _)| i), negated));
    }
    out
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
    // An action whose own force is not the clause's says so: "return(returned:supposed)",
    // "delete(supprimer:prohibition denied)".
    let actions = frame
        .actions
        .iter()
        .zip(&frame.action_forces)
        .map(|(w, &(force, denied))| {
            let word = frame.text.get(w.at..w.end).unwrap_or_default();
            let own = if force != frame.force || denied != frame.negated {
                let denied = if denied { " denied" } else { "" };
                format!(":{}{denied}", force.name())
            } else {
                String::new()
            };
            let negated = if w.negated { "not " } else { "" };
            format!("{negated}{}({word}{own})", lexicon.action.classes[w.class])
        })
        .collect::<Vec<_>>()
        .join(" ");
    let bearer = frame
        .bearer
        .map_or("none", |b| lexicon.bearer.classes[b].as_str());
    format!(
        "bearer={bearer} force={}{} action=[{}] object=[{}] qualifier=[{}]",
        frame.force.name(),
        if frame.negated { " negated" } else { "" },
        actions,
        names(&lexicon.object, &frame.objects),
        names(&lexicon.qualifier, &frame.qualifiers),
    )
}
