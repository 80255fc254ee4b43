//! What a clause's words stand for: acts that are harms named or guarded against,
//! conditions that suppose their verbs, direct objects, enumerations, relative clauses,
//! moments, and nouns about no data.

use super::*;

/// Whether the act `a` is what the clause guards against: a `harm_markers` word
/// (« contre », "against") before it, with at most two other words, other acts and
/// enumeration links between ("against improper modification or destruction").
pub(super) fn guarded_against(text: &str, a: &Word, actions: &[Word], grammar: &Grammar) -> bool {
    let from = window_start(text, a.at, 80);
    // The words before the act, nearest first, with where each starts.
    let mut at = from;
    let mut words: Vec<(usize, &str)> = Vec::new();
    for word in text[from..a.at].split(' ') {
        words.push((at, word.trim_matches(',')));
        at += word.len() + 1;
    }
    let mut others = 0;
    for &(at, word) in words.iter().rev().filter(|(_, w)| !w.is_empty()) {
        if grammar.harm_markers.iter().any(|m| m == word) {
            return true;
        }
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

/// The objects the verb `a` acts on directly (indices in `objects`), if any: the one
/// right after it — at most three words between, none a link that would start another
/// clause or list member (`subject_links`: « fermé et les données supprimées » does not
/// close the data) — and the later ones that do not complete it.
/// How many words may stand between two objects listed together.
const MAX_LISTED_GAP_WORDS: usize = 6;

pub(super) fn direct_object(
    text: &str,
    a: &Word,
    objects: &[Word],
    grammar: &Grammar,
) -> Vec<usize> {
    let Some((j, o)) = objects
        .iter()
        .enumerate()
        .find(|(_, o)| o.at >= a.end && o.end > 0)
    else {
        return Vec::new();
    };
    let between = &text[a.end..o.at];
    let words: Vec<&str> = between.split_whitespace().collect();
    let linked = words
        .iter()
        .any(|w| grammar.subject_links.iter().any(|l| is_word(w, l)));
    if words.len() > 3 || linked || between.contains([',', ';', ':', '.']) {
        return Vec::new();
    }
    // The direct object, and the objects after it save those that complete it (« la
    // clé de l'environnement »: the environment is the key's, not exported).
    let mut group = vec![j];
    // Where the object named last ends: what is listed with it follows within a few
    // words ("delete Customer Data during the Term in a manner consistent with the
    // functionality of the Services" deletes no service).
    let mut last = o.end;
    for (k, next) in objects.iter().enumerate().skip(j + 1) {
        if next.end == 0 || next.at < last {
            continue;
        }
        // A complement word first, or after one word naming the object (« clé vNKP
        // de l'environnement »).
        let gap: Vec<&str> = text[last..next.at].split_whitespace().collect();
        let completes = gap.len() <= 3
            && gap
                .iter()
                .take(2)
                .any(|w| grammar.complements.iter().any(|c| is_word(w, c)));
        if gap.len() > MAX_LISTED_GAP_WORDS {
            break;
        }
        if !completes {
            group.push(k);
        }
        last = next.end;
    }
    group
}

/// The conditions that open after `from` (`suppositions`: "if", « si »), each up to
/// its comma, semicolon or the clause's end. A condition left open on the colon that
/// ends a list's lead-in (`own_start`, where the item's own text begins) takes the
/// whole item: "if the change does not: (ii) expand, or remove, any restriction".
pub(super) fn later_conditions(
    text: &str,
    from: usize,
    own_start: usize,
    grammar: &Grammar,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in grammar
        .suppositions
        .find_iter(&text[from.min(text.len())..])
    {
        let start = from + at + 1;
        let mut end = text[start..]
            .find([',', ';', ':'])
            .map_or(text.len(), |e| start + e);
        if start < own_start && end < own_start && text[end..own_start].trim() == ":" {
            end = text.len();
        }
        out.push((start, end));
    }
    out
}

/// Whether the word at `at` is what something is done without (`absences`: « sans
/// l'accord », "without Customer's consent"): articles and a possessive name may stand
/// between.
pub(super) fn lacking(text: &str, at: usize, grammar: &Grammar) -> bool {
    text[..at]
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .find(|w| {
            !grammar.articles.iter().any(|a| a == w)
                && !grammar.possessives.iter().any(|p| w.ends_with(p.as_str()))
        })
        .is_some_and(|w| grammar.absences.iter().any(|a| a == w))
}

/// Whether `a` and `b`, two words, stand in one enumeration: the words between them
/// are commas and `enumeration_links` (« perte, altération ou destruction »).
pub(super) fn listed_with(text: &str, a: &Word, b: &Word, grammar: &Grammar) -> bool {
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

/// Where the last word of `text[from..to]` that joins verbs (`conjunctions`: « et »,
/// "and") starts: what follows it is the later verb's.
pub(super) fn last_conjunction(text: &str, (from, to): Range, grammar: &Grammar) -> Option<usize> {
    text[from..to]
        .match_indices(' ')
        .map(|(i, _)| from + i + 1)
        .filter(|&i| {
            let word = text[i..].split([' ', ',']).next().unwrap_or("");
            grammar.conjunctions.iter().any(|c| c == word)
        })
        .last()
}

/// Whether a qualifier stands among the adjectives of a licence noun, before any
/// action: "a worldwide, royalty-free license to use".
pub(super) fn scopes_a_licence(text: &str, q: &Word, actions: &[Word], grammar: &Grammar) -> bool {
    // A moment or circumstance ("upon termination", « en cas de résiliation ») is no
    // adjective.
    let first = text[q.at..q.end].split(' ').next().unwrap_or("");
    if grammar
        .moments
        .iter()
        .chain(&grammar.prepositions)
        .any(|m| m == first)
    {
        return false;
    }
    let rest = &text[q.end..];
    let rest = &rest[..rest.find(['.', ';']).unwrap_or(rest.len())];
    let next_action = actions
        .iter()
        .filter(|a| a.at >= q.end)
        .map(|a| a.at - q.end)
        .min()
        .unwrap_or(rest.len());
    // Adjectives only stand between: an article opens another noun phrase ("upon
    // termination of this Agreement, the licenses shall terminate").
    rest[..next_action.min(rest.len())]
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(MAX_LICENCE_ADJECTIVES)
        .take_while(|w| !grammar.articles.iter().any(|a| a == w))
        .any(|w| grammar.licences.iter().any(|l| l == w))
}

/// The most words between a licence's scope and the word licence: "a worldwide,
/// nonexclusive, royalty-free, perpetual, revocable, transferable, assignable, and
/// sub-licensable (through multiple tiers) license".
const MAX_LICENCE_ADJECTIVES: usize = 20;

/// A noun whose complement is no data of the buyer's is about that complement:
/// « journaux de chantier », « le dossier des ouvrages », "copies of the tenders".
/// (Persons are not `no_data`: « les données des personnes concernées » are data.)
pub(super) fn complemented_by_no_data(text: &str, objects: &mut [Word], pack: &Pack) {
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
pub(super) fn about_no_data(text: &str, action: &Word, objects: &[Word], pack: &Pack) -> bool {
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
pub(super) fn what_logs_record(text: &str, action: &Word, objects: &[Word], pack: &Pack) -> bool {
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
pub(super) fn is_complement(gap: &str, grammar: &Grammar) -> bool {
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
pub(super) fn in_relative(text: &str, at: usize, actions: &[Word], grammar: &Grammar) -> bool {
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
pub(super) fn in_contact_relative(
    text: &str,
    at: usize,
    objects: &[Word],
    grammar: &Grammar,
) -> bool {
    let before = text[..at].trim_end();
    let Some(space) = before.rfind(' ') else {
        return false;
    };
    let subject = &before[space + 1..];
    grammar.contact_subjects.iter().any(|s| s == subject) && objects.iter().any(|o| o.end == space)
        || in_object_relative(text, at, objects, grammar)
}

/// Whether the verb at `at` stands in a relative clause opened by a pronoun after a
/// noun, its subject and the verbs listed before it (« le contenu que vous soumettez
/// ou téléchargez », "the data that you submit or upload"): it describes the noun.
fn in_object_relative(text: &str, at: usize, objects: &[Word], grammar: &Grammar) -> bool {
    let before = &text[..at];
    let clause_start = before.rfind([',', ';', ':', '.']).map_or(0, |i| i + 1);
    objects
        .iter()
        .filter(|o| o.end >= clause_start && o.end < at)
        .any(|o| {
            let mut words = text[o.end..at].split(' ').filter(|w| !w.is_empty());
            let first = words.next();
            let opens =
                first.is_some_and(|r| grammar.object_relatives.iter().any(|x| is_word(r, x)));
            // « qu'ils » is one word: the subject is glued to the pronoun.
            let glued = first
                .and_then(|r| r.split_once('\''))
                .is_some_and(|(_, s)| grammar.relative_subjects.iter().any(|x| x == s));
            let subject = glued
                || words
                    .next()
                    .is_some_and(|s| grammar.relative_subjects.iter().any(|x| x == s));
            // After the subject, only other verbs of the relative and their links.
            let rest: Vec<&str> = words.collect();
            opens && subject && rest.len() <= 3 && !rest.iter().any(|w| w.ends_with(','))
        })
}

/// Whether `gap`, between two verbs, only lists them: commas, « ou », "or", « et »,
/// "and", and at most a few other verbs the lexicon does not know ("copy, purchase").
pub(super) fn in_verb_list(gap: &str, grammar: &Grammar) -> bool {
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
pub(super) fn done_by_others(text: &str, at: usize, grammar: &Grammar) -> bool {
    let before = &text[..at];
    grammar.relatives.find_iter(before).any(|(i, _)| {
        let starts_word = i == 0 || !before[..i].ends_with(|c: char| c.is_alphanumeric());
        starts_word && !before[i..].contains(['.', ';', ':'])
    })
}

/// Whether the word at `at` follows a moment's preposition, an article between
/// (« suivant la restitution », "after the return"): it names when, not what is done.
pub(super) fn is_moment(text: &str, at: usize, grammar: &Grammar) -> bool {
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

/// Whether an object is the complement of an end noun read as a moment (« après la
/// résiliation du service », "upon termination of your account", « à la fin du
/// contrat »): it names what ends, not what the clause acts on.
pub(super) fn names_what_ends(text: &str, object: &Word, grammar: &Grammar) -> bool {
    // An object's words may open on the small words of its complement (« du service »,
    // "the Service"): they belong to the gap.
    let mut at = object.at;
    for word in text[object.at..object.end].split(' ') {
        let small =
            grammar.complements.iter().any(|c| is_word(word, c)) || determiner(word, grammar);
        if !small || at + word.len() >= object.end {
            break;
        }
        at += word.len() + 1;
    }
    let gap_before = |end: usize| end <= at && complement_gap(&text[end..at], grammar);
    // The words before the object, back to the end noun.
    let before = &text[..at];
    let mut start = before.len();
    for word in before.split(' ').rev().take(5) {
        start = start.saturating_sub(word.len() + 1);
        if grammar.end_nouns.iter().any(|n| n == word) {
            return gap_before(start + 1 + word.len()) && opens_moment(&text[..start], grammar);
        }
    }
    false
}

/// A complement's small words: a preposition of complement, then at most two
/// articles or possessives (« de la », "of your", « d'une »).
fn complement_gap(gap: &str, grammar: &Grammar) -> bool {
    let mut words = gap.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let Some(c) = grammar.complements.iter().find(|c| is_word(first, c)) else {
        return false;
    };
    let glued = first.get(c.len()..).filter(|g| !g.is_empty());
    let rest: Vec<&str> = glued.into_iter().chain(words).collect();
    rest.len() <= 2 && rest.iter().all(|w| determiner(w, grammar))
}

/// An article or a possessive (« la », "your"), as a complement's small words hold.
fn determiner(word: &str, grammar: &Grammar) -> bool {
    grammar.articles.iter().any(|a| is_word(word, a))
        || grammar.clause_subjects.iter().any(|a| a == word)
}

/// Whether the words before an end noun make it a moment: « après la », "upon", « à
/// la », "at the" (not "may result in suspension or termination of your account").
fn opens_moment(before: &str, grammar: &Grammar) -> bool {
    let before = before.trim_end();
    let last = before.rsplit(' ').next().unwrap_or("");
    let before = if grammar.articles.iter().any(|a| a == last) {
        before[..before.len() - last.len()].trim_end()
    } else {
        before
    };
    grammar
        .moments
        .iter()
        .chain(&grammar.circumstances)
        .any(|m| {
            before
                .strip_suffix(m.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
}

/// Whether the clause's first object, from `main` on, follows a demonstrative
/// (« ces données », "such data"): it names again what the sentence before spoke of.
pub(super) fn points_back(text: &str, main: usize, objects: &[Word], grammar: &Grammar) -> bool {
    objects
        .iter()
        .filter(|o| o.end > 0 && o.at >= main)
        .min_by_key(|o| o.at)
        .is_some_and(|o| {
            let before = text[main..o.at].trim_end();
            let word = before.rsplit(' ').next().unwrap_or("");
            word.len() == before.len() && grammar.demonstratives.iter().any(|d| d == word)
        })
}
