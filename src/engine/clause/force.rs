//! How firmly each verb of a clause binds: the modal that governs it, the negation
//! that denies it, the discretion or hedge after it.

use super::*;

/// How firmly a clause with no action binds: the first force class of
/// `FORCE_CLASSES` (strongest first) found in its main clause — a liability
/// exclusion anywhere in the frame — and with none, a provider's present tense binds
/// (« le titulaire restitue »). A denied permission or obligation is a prohibition.
pub(super) fn force_of(forces: &[Word], lexicon: &Lexicon, main: usize, provider: bool) -> Force {
    let found = FORCE_CLASSES.iter().copied().find(|&name| {
        lexicon.force.class(name).is_some_and(|c| {
            forces
                .iter()
                .any(|w| w.class == c && (name == "liability" || w.at >= main))
        })
    });
    force_named(found, provider, false)
}

pub(super) fn force_named(name: Option<&str>, provider: bool, negated: bool) -> Force {
    let denied = |force| if negated { Force::Prohibition } else { force };
    match name {
        Some("liability") => Force::Liability,
        Some("prohibition") => Force::Prohibition,
        Some("discretion") => Force::Discretion,
        Some("hedge") => Force::Hedged,
        Some("advice") => Force::Advice,
        Some("permission") => denied(Force::Permission),
        Some(_) => denied(Force::Obligation),
        None if provider => denied(Force::Obligation),
        None => Force::Fact,
    }
}

/// The object nouns a negation ending at `neg_end` determines (« aucune donnée »,
/// "no data"): those that start right after it.
pub(super) fn nouns_determined(objects: &[Word], neg_end: usize) -> impl Iterator<Item = &Word> {
    objects
        .iter()
        .filter(move |o| o.at >= neg_end && o.at <= neg_end + 2)
}

/// Each action's force and whether it is denied. The modal that governs a verb is
/// the last one before it ("will be deleted and cannot be recovered": "cannot" is
/// the second verb's); a negation between that modal (or the previous verb) and the
/// verb denies it, and a verb joined to a denied one under the same modal is denied
/// too ("shall not copy or disclose"). A liability exclusion anywhere governs all.
pub(super) fn action_forces(
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
            .chain(grammar.coordinations.last_ends(span))
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
        // Right before the modal means no word between: « ne peut », not « est
        // prohibée et peut » (a predicate of its own, then another joined to it).
        let right_before = |e: usize, g: &Word| {
            let between = &text[(from + e).min(g.at)..g.at];
            g.at.saturating_sub(from + e) <= 4
                && !between
                    .split_whitespace()
                    .any(|w| grammar.conjunctions.iter().any(|c| c == w))
        };
        let denies = |s: usize, e: usize| {
            !beyond_que(e)
                && match governing {
                    Some((_, g)) if g.at < a.at && from + s < g.at => {
                        right_before(e, g) || determines_subject(e)
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
        // A negation the modal's own words hold ("has no obligation to", « n'est pas
        // tenu de ») is the modal's meaning, no denial of the verb.
        let in_modal = |s: usize, e: usize| {
            governing.is_some_and(|(_, g)| g.at <= from + s && from + e <= g.end)
        };
        let direct = !restriction
            && rules
                .negations
                .find_iter(&text[from..a.at])
                .find(|&(s, e)| !in_modal(s, e) && denies(s, e) && !relative_verb_only(s, e))
                // A reverser inside the negation's own words (« sans » of « sans
                // possibilité de ») turns nothing round.
                .is_some_and(|(s, e)| {
                    !rules
                        .negation_reversers
                        .find_iter(&text[from + s..a.at])
                        .any(|(_, re)| re > e - s)
                });
        // Verbs listed under one denied modal are all denied: "shall not copy or
        // disclose", "do not store, retrieve nor extract".
        let inherited = previous.is_some_and(|(end, g, denied)| {
            let between: Vec<&str> = text[end.min(a.at)..a.at]
                .split([' ', ','])
                .filter(|w| !w.is_empty())
                .collect();
            denied
                && g == governing.map(|(i, _)| i)
                && (between.is_empty()
                    || between
                        .iter()
                        .any(|w| grammar.disjunctions.iter().any(|d| d == w)))
        });
        let negated = direct || inherited;
        let mut name = governing.map(|(_, w)| lexicon.force.classes[w.class].as_str());
        // « ne peut avoir lieu sans être journalisé »: a prohibition whose verb a
        // second negation turns round binds.
        if let (Some("prohibition"), Some((gi, g))) = (name, governing) {
            // With an earlier verb under the same modal, only the words from the last
            // link before this verb count: the rest is the earlier verb's complement.
            let mut reach = g.end.min(a.at);
            if let Some((end, Some(pg), _)) = previous {
                if pg == gi && end > reach && end <= a.at {
                    if let Some(link) = last_conjunction(text, (end, a.at), grammar) {
                        reach = link;
                    }
                }
            }
            if rules.negation_reversers.is_match(&text[reach..a.at]) {
                name = Some("obligation");
            } else if restriction
                // The modal opens on a negation that is not the whole modal: « ne
                // pourront », not « s'interdit ».
                && rules
                    .negations
                    .find_iter(&text[g.at..g.end])
                    .next()
                    .is_some_and(|(s, e)| s == 0 && e < g.end - g.at)
            {
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

/// "Stored in France and never outside the EU": a qualifier a negation stands before,
/// in its clause, is denied.
pub(super) fn deny_qualifiers(
    text: &str,
    qualifiers: &mut [Word],
    words: &ClauseWords,
    pack: &Pack,
) {
    let (grammar, rules) = (&pack.grammar, &pack.text);
    for q in qualifiers.iter_mut() {
        let from = window_start(text, q.at, 40);
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
                // "including but not limited to loss of data": a list left open, no
                // denial (`negation_reversers`).
                && !rules.negation_reversers.is_match(&text[start + s..q.at])
                // « n'est assuré que pour une durée de 12 mois »: restricted, not denied.
                && !text[start + e..q.at]
                    .split([' ', '\''])
                    .chain(text[start + e..q.at].split(' '))
                    .any(|w| grammar.restrictions.iter().any(|r| is_word(w, r)))
        });
    }
}

/// Returns offered as an alternative to deletion (« supprimer ou restituer », "delete
/// and/or return", "return or destroy") in a clause where the buyer decides nothing
/// (no request, no choice of its): which one happens is the provider's choice, so
/// the return is at its discretion (real-en NOTES: "at the provider's own choice it
/// is hedged"; spec: portability "not at the provider's option").
pub(super) fn returns_at_choice(
    text: &str,
    actions: &[Word],
    qualifiers: &[Word],
    lexicon: &Lexicon,
    grammar: &Grammar,
) -> Vec<usize> {
    let (Some(give_back), Some(delete)) = (
        lexicon.action.class("return"),
        lexicon.action.class("delete"),
    ) else {
        return Vec::new();
    };
    let buyer_decides = lexicon
        .qualifier
        .class("buyer_consent")
        .is_some_and(|c| qualifiers.iter().any(|q| q.class == c));
    if buyer_decides {
        return Vec::new();
    }
    // Only an enumeration's links between the two verbs (`enumeration_links`: "and/or",
    // « ou »), one of them a disjunction.
    let alternative = |a: &Word, b: &Word| {
        let (first, second) = if a.at < b.at { (a, b) } else { (b, a) };
        let Some(between) = text.get(first.end..second.at) else {
            return false;
        };
        let joins: Vec<&str> = between
            .split([' ', ',', '/'])
            .filter(|w| !w.is_empty())
            .collect();
        let listed = |w: &&str, list: &[String]| list.iter().any(|d| d == w);
        joins.iter().any(|w| listed(w, &grammar.disjunctions))
            && joins.iter().all(|w| listed(w, &grammar.enumeration_links))
    };
    actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.class == give_back)
        .filter(|(_, a)| {
            actions
                .iter()
                .any(|d| d.class == delete && alternative(a, d))
        })
        .map(|(i, _)| i)
        .collect()
}
