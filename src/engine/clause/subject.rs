//! Who a clause binds: its subject, the agent of a passive, a party told to act,
//! a grantee.

use super::*;

/// The subject: the last party named before the clause's first verb that no
/// preposition governs and that is no possessive or noun adjunct ("Customer's",
/// "Customer Data").
pub(super) fn subject(
    text: &str,
    from: usize,
    words: &ClauseWords,
    grammar: &Grammar,
) -> Option<Word> {
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
    // A party opening the clause is governed by nothing before it: « (Le client
    // accepte) que le titulaire supprime … » — the « que » is the clause's own.
    let opens_clause = |w: &Word| {
        text[from.min(w.at)..w.at]
            .split_whitespace()
            .all(|x| grammar.articles.iter().any(|a| a.trim() == x))
    };
    let candidates: Vec<&Word> = words
        .bearers
        .iter()
        .filter(|w| w.at >= from && w.end <= verb)
        .filter(|w| {
            opens_clause(w)
                || !governed(text, w.at, grammar)
                    && !in_relative_subject(text, w.at, w.end, verb, grammar)
        })
        .filter(|w| {
            let after = &text[w.end..];
            let possessive = grammar
                .possessives
                .iter()
                .find(|p| after.starts_with(p.as_str()));
            match possessive {
                Some(p) => names_duties(&after[p.len()..], grammar),
                None => !words.objects.iter().any(|o| o.at == w.end + 1),
            }
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

/// Whether what a possessive holds is its holder's duties ("'s confidentiality
/// obligations"): one word may stand before the duty noun.
fn names_duties(after: &str, grammar: &Grammar) -> bool {
    after
        .split_whitespace()
        .take(2)
        .any(|w| grammar.duty_nouns.iter().any(|d| d == w))
}

/// Whether the words between two parties are a verb the lexicon does not know, whose
/// object the later party is: a word or two, no comma, no link that would make the
/// later a subject (`subject_links`).
pub(super) fn object_of_verb_between(
    text: &str,
    before: &Word,
    later: &Word,
    grammar: &Grammar,
) -> bool {
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

/// Whether the party at `at` opens a relative clause about a noun before it (« tout
/// auditeur qu'elle mandate »): it is that clause's subject, not the sentence's. A
/// relative clause has a verb of its own before the main one; a party the main verb
/// follows at once ("this means that you: are responsible") is the sentence's subject.
fn in_relative_subject(text: &str, at: usize, end: usize, verb: usize, grammar: &Grammar) -> bool {
    if text[end..verb.max(end)]
        .trim_matches(|c: char| c.is_whitespace() || c == ':' || c == ',')
        .is_empty()
    {
        return false;
    }
    let before = text[..at].trim_end();
    let last = before.rsplit([' ', ',']).next().unwrap_or("");
    grammar.object_relatives.iter().any(|r| r == last)
}

/// Whether a preposition stands right before `at` (« du titulaire », « d'un tiers »).
pub(super) fn governed(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = word_before(text, at, grammar);
    grammar
        .prepositions
        .iter()
        .any(|p| before == p || p.ends_with('\'') && before.ends_with(p.as_str()))
        || grammar.enablers.iter().any(|e| e == before)
}

/// Whether the party named at `at` is the agent of a passive (« … par le titulaire »).
pub(super) fn is_agent(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = word_before(text, at, grammar);
    grammar.agents.iter().any(|a| a == before)
}

/// The agent of a passive: « … sont restituées par le titulaire », "… deleted by
/// Provider".
pub(super) fn agent(
    text: &str,
    from: usize,
    words: &ClauseWords,
    grammar: &Grammar,
) -> Option<usize> {
    let verb = first_verb(&words.forces, &words.actions, from)?;
    // The agent of the verb, not of a participle describing its object: « supprimer
    // les contenus renseignés par l'utilisateur » names who filled the contents in.
    let of_the_verb = |w: &&Word| {
        let action = words.actions.iter().rev().find(|a| a.end <= w.at);
        action.is_none_or(|a| !agent_of_participle(text, &words.objects, (a.end, w.at), grammar))
    };
    // Nor the agent of a later verb phrase joined to it: in « les journaux sont conservés
    // un an et peuvent être exportés par l'acheteur », the buyer exports, it keeps
    // nothing. (Participles joined under one auxiliary share it: « interrompu et
    // supprimé par l'éditeur ».)
    let of_a_later_verb = |w: &&Word| {
        let Some(last) = words.actions.iter().rfind(|a| a.at > verb && a.end <= w.at) else {
            return false;
        };
        let Some(link) = last_conjunction(text, (verb, last.at), grammar) else {
            return false;
        };
        words.forces.iter().any(|f| f.at > link && f.at < last.at)
            || text[link..last.at]
                .split_whitespace()
                .any(|x| grammar.passive_auxiliaries.iter().any(|a| a == x))
    };
    words
        .bearers
        .iter()
        .filter(|w| w.end <= text.len() && w.at > verb && is_agent(text, w.at, grammar))
        .filter(|w| !after_ability(text, w.at, grammar))
        .filter(|w| !of_a_later_verb(w))
        .find(of_the_verb)
        .map(|w| w.class)
}

/// Whether the agent at `at` follows an adjective of ability (« consultables par
/// l'acheteur », "accessible by Customer"): it names who can, not who does the act.
fn after_ability(text: &str, at: usize, grammar: &Grammar) -> bool {
    let mut words = text[..at].rsplit([' ', ',']).filter(|w| !w.is_empty());
    let mut word = words.next().unwrap_or("");
    // Past the article and the agent's marker (« par l' », "by the").
    while grammar.articles.iter().any(|a| a.trim() == word) || word.ends_with('\'') {
        word = words.next().unwrap_or("");
    }
    if !grammar.agents.iter().any(|a| a == word) {
        return false;
    }
    let adjective = words.next().unwrap_or("");
    grammar
        .ability_suffixes
        .iter()
        .any(|s| adjective.len() > s.len() + 2 && adjective.ends_with(s.as_str()))
}

/// The party a grant in the clause is made to: the first party named within a few
/// words after the grant (« concède au prestataire », "grant us", "grants Provider").
pub(super) fn granted_to(
    text: &str,
    main: usize,
    bearers: &[Word],
    grammar: &Grammar,
) -> Option<usize> {
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
pub(super) fn agent_of_participle(
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

/// Whether a passive's auxiliary follows `at` within a few words (« Le service peut
/// être interrompu », "it will be deleted"): the word before is the passive's subject.
pub(super) fn passive_after(text: &str, at: usize, grammar: &Grammar) -> bool {
    text[at..]
        .split_whitespace()
        .take(4)
        .any(|x| grammar.passive_auxiliaries.iter().any(|a| a == x))
}

/// How far after « verra » the act undergone may stand (« verra son accès au Service
/// immédiatement supprimé »).
const MAX_UNDERGONE_AT: usize = 60;

/// Who the clause binds: the buyer when it opens on an imperative, the party an
/// impersonal names, else its subject, else the agent of its passive.
pub(super) fn bearer_of(
    text: &str,
    (main, own_start): (usize, usize),
    acknowledged: bool,
    words: &ClauseWords,
    qualifiers: &[Word],
    pack: &Pack,
) -> Option<usize> {
    let (lexicon, grammar) = (&pack.lexicon, &pack.grammar);
    let buyer = lexicon.bearer.class("buyer");
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
                        .any(|w| w.at >= at && w.at < at + c && !governed(text, w.at, grammar))
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
    // A list item may open on one under its lead-in (« – Il est interdit d'utiliser… »).
    let impersonal_at = |from: usize| {
        let rest = &text[from.min(text.len())..];
        let skip = rest.len() - rest.trim_start().len();
        grammar
            .impersonals
            .find_iter(&rest[skip..])
            .next()
            .filter(|&(s, _)| s == 0)
            .map(|(_, e)| from + skip + e)
    };
    let impersonal = impersonal_at(main).or_else(|| {
        (!acknowledged && own_start > main)
            .then(|| impersonal_at(own_start))
            .flatten()
    });
    if opens(main) || !acknowledged && opens(own_start) {
        buyer
    } else if let Some(end) = impersonal {
        let pronoun = lexicon.bearer.class("pronoun");
        words
            .bearers
            .iter()
            .find(|w| w.at >= end && w.at <= end + 4 && Some(w.class) != pronoun)
            .map(|w| w.class)
    } else {
        // A thing a party acts on, as a passive's subject, leaves the act to the agent:
        // « Le service peut être interrompu définitivement par l'éditeur ».
        let software = lexicon.bearer.class("software");
        let passive = |w: &Word| passive_after(text, w.end, grammar);
        // A party that undergoes the act (« verra son accès supprimé ») is no agent.
        // (The act a few words after the verb: « verra son compte clôturé ».)
        let undergoes = |w: &Word| {
            let mut at = w.end;
            text[w.end..].split(' ').any(|x| {
                let here = at;
                at += x.len() + 1;
                grammar.undergoing.iter().any(|a| a == x)
                    && words
                        .actions
                        .iter()
                        .any(|a| a.at > here && a.at <= here + MAX_UNDERGONE_AT)
            })
        };
        subject(text, main, words, grammar)
            .filter(|w| !undergoes(w))
            .filter(|w| {
                Some(w.class) != software
                    || !passive(w)
                    || agent(text, main, words, grammar).is_none()
            })
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
                agent(&text[..before], main, words, grammar)
            })
    }
}
