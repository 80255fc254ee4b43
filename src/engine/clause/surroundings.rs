//! What a clause takes from the document around it, once every clause is read: the
//! lead-in over an item, a label named again, a heading over short lines, a table's
//! column header, the party that accepted the document, a record kept after an end.

use super::*;

/// Each clause completed from what stands around it, in this order: a frame's own
/// reading first, then what it takes from its lead-in, its label, its heading, its
/// column, before the document-wide readings.
pub(super) fn read_around(
    frames: &mut [Frame],
    doc: &Document,
    blocks: &[PreparedBlock],
    pack: &Pack,
) {
    bearer_of_lead_ins(frames);
    objects_of_labels(frames);
    data_of_headings(frames, doc, pack);
    places_of_tables(frames, doc, blocks, pack);
    host_of_headings(frames, doc, pack);
    records_kept_after_end(frames, pack);
    accounts_of_the_party(frames, pack);
    causes_of_harms(frames, pack);
    harms_after_exclusions(frames, pack);
}

/// Harms listed right after a liability exclusion, named again by a demonstrative
/// ("In no event shall Spark be liable for … damages. Examples of such damages include
/// … loss of, or damage to data"), are excluded by it: the sentence takes its force.
fn harms_after_exclusions(frames: &mut [Frame], pack: &Pack) {
    let harms = harm_classes(pack);
    // Not what guards against them: « ces données sont protégées contre toute perte ».
    let protect = pack.lexicon.action.class("protect");
    for i in 1..frames.len() {
        let (before, rest) = frames.split_at_mut(i);
        let (previous, f) = (&before[i - 1], &mut rest[0]);
        if previous.force != Force::Liability
            || f.force != Force::Fact
            || f.negated
            || f.actions.iter().any(|a| Some(a.class) == protect)
            || previous.block + 1 < f.block
        {
            continue;
        }
        let Some((first_harm, _)) = first_harm(f, &harms) else {
            continue;
        };
        let start = f.sentence_start().min(first_harm);
        let names_them_again = f.text[start..first_harm]
            .split(' ')
            .any(|w| pack.grammar.demonstratives.iter().any(|d| d == w));
        if names_them_again {
            f.force = Force::Liability;
        }
    }
}

/// The pack's qualifiers for harms a clause names (`loss`, `data_loss`, `break_in`).
fn harm_classes(pack: &Pack) -> Vec<usize> {
    ["loss", "data_loss", "break_in"]
        .iter()
        .filter_map(|c| pack.lexicon.qualifier.class(c))
        .collect()
}

/// Where the first harm the frame names stands (a placed word: not one carried over).
fn first_harm(f: &Frame, harms: &[usize]) -> Option<Range> {
    f.qualifiers
        .iter()
        .filter(|w| harms.contains(&w.class) && w.end > 0)
        .map(|w| (w.at, w.end))
        .min()
}

/// After the harm a liability clause names, what a cause word introduces caused it and
/// did not suffer it: "shall not be liable for any loss caused by use of any such
/// content" excludes no loss of the content. Such objects count for nothing (unless a
/// harm of their own names them: "damage arising from loss of data").
fn causes_of_harms(frames: &mut [Frame], pack: &Pack) {
    let harms = harm_classes(pack);
    let data_loss = pack.lexicon.qualifier.class("data_loss");
    for f in frames.iter_mut().filter(|f| f.force == Force::Liability) {
        let Some((_, harm)) = first_harm(f, &harms) else {
            continue;
        };
        let Some(cause) = pack
            .grammar
            .causes
            .iter()
            .filter_map(|c| f.text[harm..].find(c.as_str()).map(|i| harm + i))
            .min()
        else {
            continue;
        };
        let suffered: Vec<Range> = f
            .qualifiers
            .iter()
            .filter(|w| Some(w.class) == data_loss)
            .map(|w| (w.at, w.end))
            .collect();
        for o in f.objects.iter_mut().filter(|o| o.at >= cause) {
            if !suffered.iter().any(|&(s, e)| s <= o.at && o.end <= e) {
                o.negated = true;
            }
        }
    }
}

/// A cell under a column whose header names a place (the pack's `place_headers`:
/// « Pays », "Location") says where its row's processing happens: « Mailchimp | Envoi
/// des courriels | États-Unis » hosts data in the United States, as « … hébergées aux
/// États-Unis » does. (Only a cell that acts on nothing and names a place the lexicon
/// knows, `inside` or `abroad`.)
fn places_of_tables(frames: &mut [Frame], doc: &Document, blocks: &[PreparedBlock], pack: &Pack) {
    let lexicon = &pack.lexicon;
    let (Some(host), Some(data)) = (lexicon.action.class("host"), lexicon.object.class("data"))
    else {
        return;
    };
    let places: Vec<usize> = ["inside", "abroad"]
        .iter()
        .filter_map(|c| lexicon.qualifier.class(c))
        .collect();
    // Each table's header cells, by table and column (rows count from 1, the header's).
    let headers: HashMap<(u32, u32), usize> = doc
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| match b.kind {
            BlockKind::TableCell {
                table,
                row: 1,
                column,
            } => Some(((table, column), i)),
            _ => None,
        })
        .collect();
    for f in frames
        .iter_mut()
        .filter(|f| f.actions.is_empty() && f.lead_in.is_none())
    {
        let BlockKind::TableCell { table, row, column } = doc.blocks[f.block].kind else {
            continue;
        };
        let Some(&header) = headers.get(&(table, column)).filter(|_| row > 1) else {
            continue;
        };
        let name = blocks[header]
            .folded
            .text
            .trim()
            .trim_end_matches([':', '.', ' ']);
        // The header, or its first word: « Pays destinataire », "Location of processing".
        let first = name.split(' ').next().unwrap_or(name);
        if !pack
            .grammar
            .place_headers
            .iter()
            .any(|p| p == name || p == first)
        {
            continue;
        }
        // A bare place (« France ») is read as its preposition would introduce it.
        if !f.qualifiers.iter().any(|q| places.contains(&q.class)) {
            let cell = f.text.trim();
            let place = pack
                .grammar
                .place_prepositions
                .iter()
                .find_map(|p| whole_place(&lexicon.qualifier, &format!("{p} {cell}"), &places));
            let Some(place) = place else {
                continue;
            };
            f.qualifiers.push(Word::unplaced(place));
        }
        f.actions.push(Word::unplaced(host));
        f.action_forces.push((Force::Fact, false));
        f.direct_objects.push(Vec::new());
        f.objects.push(Word::unplaced(data));
    }
}

/// The place class that `said` is wholly, if any.
fn whole_place(qualifiers: &LexiconCategory, said: &str, places: &[usize]) -> Option<usize> {
    qualifiers
        .find_iter(said)
        .find(|&(c, s, e)| places.contains(&c) && s == 0 && e == said.len())
        .map(|(c, ..)| c)
}

/// « le compte de l'utilisateur », "the User's account": where no clause binds a buyer,
/// the user is the party that accepted the document, and its account is its whole
/// service; elsewhere it is one person's account among the buyer's, read as the pack's
/// `individual`. (The pack's `user_account` qualifier, which no rule names.)
fn accounts_of_the_party(frames: &mut [Frame], pack: &Pack) {
    let (Some(user_account), Some(individual), Some(buyer)) = (
        pack.lexicon.qualifier.class("user_account"),
        pack.lexicon.qualifier.class("individual"),
        pack.lexicon.bearer.class("buyer"),
    ) else {
        return;
    };
    // A buyer named as such, not only addressed (« vous », "you": in terms a person
    // accepts, the user).
    let named = frames.iter().any(|f| {
        f.bearer == Some(buyer)
            && pack.lexicon.bearer.find_iter(&f.text).any(|(c, s, e)| {
                c == buyer && !pack.grammar.addressees.iter().any(|a| a == &f.text[s..e])
            })
    });
    if !named {
        return;
    }
    for q in frames.iter_mut().flat_map(|f| f.qualifiers.iter_mut()) {
        if q.class == user_account {
            q.class = individual;
        }
    }
}

/// What the service keeps for a time after an end is a record it holds, whatever its
/// name: « Le Mandat est conservé pendant 6 ans à compter de la date de fin du mandat »
/// keeps the buyer's data. (A retention in the passive that names no object, with the
/// pack's `after_end` qualifier; not « tant que la Société conservera des droits ».)
fn records_kept_after_end(frames: &mut [Frame], pack: &Pack) {
    let lexicon = &pack.lexicon;
    let (Some(retain), Some(after_end), Some(data)) = (
        lexicon.action.class("retain"),
        lexicon.qualifier.class("after_end"),
        lexicon.object.class("data"),
    ) else {
        return;
    };
    for f in frames
        .iter_mut()
        .filter(|f| f.objects.is_empty() && !f.negated)
    {
        let kept = f
            .actions
            .iter()
            .zip(&f.action_forces)
            .any(|(a, &(force, denied))| {
                a.class == retain
                    && !denied
                    && matches!(force, Force::Fact | Force::Obligation)
                    && f.text[..a.at.min(f.text.len())]
                        .split_whitespace()
                        .rev()
                        .take(2)
                        .any(|w| pack.grammar.passive_auxiliaries.iter().any(|x| x == w))
            });
        if kept && f.qualifiers.iter().any(|q| q.class == after_end) {
            f.objects.push(Word::unplaced(data));
        }
    }
}

/// An item that names no bearer, under a lead-in that is itself an item and names none
/// either, continues the sentence of the lead-in's own frame, which was read with its
/// own lead-in: « Creator shall: – procure that the data subjects: – … ; – provide
/// Mulerun with documentation » binds the Creator. (Under a lead-in read whole, an item
/// that names nobody, « Il est interdit de… », stays so.)
fn bearer_of_lead_ins(frames: &mut [Frame]) {
    for i in 0..frames.len() {
        let Some((b, range)) = frames[i].lead_in else {
            continue;
        };
        if frames[i].bearer.is_some() {
            continue;
        }
        // Frames are in reading order: the lead-in's is at or after its block's first.
        let lead = frames[..i]
            .iter()
            .rev()
            .take_while(|f| f.block >= b)
            .find(|f| f.block == b && f.sentence == range)
            .filter(|f| f.lead_in.is_some())
            .and_then(|f| f.bearer);
        frames[i].bearer = lead;
    }
}

/// The lines of a legal notice under a heading that names the hosting (« Hébergement »
/// over « Scaleway SAS », « 75008 Paris », « France »): each short line that acts on
/// nothing says who hosts, and where, as « Hébergeur : Scaleway SAS, 75008 Paris » does
/// on one line. (Not a duty: only statements, a few words long.)
fn host_of_headings(frames: &mut [Frame], doc: &Document, pack: &Pack) {
    let (Some(host), Some(host_named)) = (
        pack.lexicon.action.class("host"),
        pack.lexicon.qualifier.class("host_named"),
    ) else {
        return;
    };
    let mut headings = HeadingWords::new(doc, &pack.lexicon.action, host);
    for f in frames.iter_mut().filter(|f| {
        f.actions.is_empty()
            && f.force == Force::Fact
            && !f.negated
            && f.lead_in.is_none()
            && f.text.split_whitespace().count() <= MAX_NOTICE_LINE_WORDS
    }) {
        if headings.name(f.block, Some(MAX_NOTICE_LINE_WORDS)) {
            f.actions.push(Word::unplaced(host));
            f.action_forces.push((Force::Fact, false));
            f.direct_objects.push(Vec::new());
            f.qualifiers.push(Word::unplaced(host_named));
        }
    }
}

/// A legal notice's heading and lines are short: at most this many words.
const MAX_NOTICE_LINE_WORDS: usize = 8;

/// A category named again by its label speaks of what the label listed first: after
/// « Données d'hébergeur : identifiant de connexion, …, logs de connexion », the clause
/// « Données d'hébergeur : ces données sont conservées 12 mois » keeps the logs. (Only
/// a short label that names an object itself, first seen with objects after it.)
fn objects_of_labels(frames: &mut [Frame]) {
    let mut listed: HashMap<String, Vec<usize>> = HashMap::new();
    for f in frames.iter_mut() {
        let start = f.sentence_start();
        let own = &f.text[start..];
        let opening = own.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(colon) = opening.find(':') else {
            continue;
        };
        let label = opening[..colon].trim();
        if label.is_empty() || label.split(' ').count() > MAX_LABEL_WORDS {
            continue;
        }
        let label_at = start + (own.len() - opening.len());
        let colon_at = label_at + colon;
        if !f
            .objects
            .iter()
            .any(|o| o.at >= label_at && o.end <= colon_at)
        {
            continue;
        }
        match listed.get(label) {
            Some(classes) => {
                for &class in classes {
                    if !f.objects.iter().any(|o| o.class == class) {
                        f.objects.push(Word::unplaced(class));
                    }
                }
            }
            None => {
                let after: Vec<usize> = f
                    .objects
                    .iter()
                    .filter(|o| o.at > colon_at)
                    .map(|o| o.class)
                    .collect();
                if !after.is_empty() {
                    listed.insert(label.to_string(), after);
                }
            }
        }
    }
}

/// A statement that acts on nothing named, under a heading that names the buyer's
/// data (« Purpose of Processing and Use of Data: – Analysis … for internal purposes
/// and statistics »), acts on them: the heading names its matter. (Not a duty or a
/// denial: "we do not retrieve anything from visitor devices" under a heading about
/// data says nothing of returning them.)
fn data_of_headings(frames: &mut [Frame], doc: &Document, pack: &Pack) {
    let Some(data) = pack.lexicon.object.class("data") else {
        return;
    };
    let mut headings = HeadingWords::new(doc, &pack.lexicon.object, data);
    for f in frames.iter_mut().filter(|f| {
        f.objects.is_empty()
            && !f.actions.is_empty()
            && matches!(f.force, Force::Fact | Force::Obligation)
            && !f.negated
    }) {
        if headings.name(f.block, None) {
            f.objects.push(Word::unplaced(data));
        }
    }
}

/// Whether the heading over a block names one class of a lexicon category, each
/// heading folded and searched once.
struct HeadingWords<'a> {
    doc: &'a Document,
    category: &'a LexiconCategory,
    class: usize,
    seen: HashMap<&'a str, bool>,
}

impl<'a> HeadingWords<'a> {
    fn new(doc: &'a Document, category: &'a LexiconCategory, class: usize) -> Self {
        Self {
            doc,
            category,
            class,
            seen: HashMap::new(),
        }
    }

    /// Whether the last heading over `block` names the class, in at most `max_words`
    /// words when given.
    fn name(&mut self, block: usize, max_words: Option<usize>) -> bool {
        let Some(heading) = self.doc.blocks[block].headings.last() else {
            return false;
        };
        let (category, class) = (self.category, self.class);
        *self.seen.entry(heading.as_str()).or_insert_with(|| {
            let folded = crate::fold::fold(heading).text;
            max_words.is_none_or(|m| folded.split_whitespace().count() <= m)
                && category.find_iter(&folded).any(|(c, _, _)| c == class)
        })
    }
}
