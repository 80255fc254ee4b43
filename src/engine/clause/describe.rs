//! A frame said back: as the pack's classes with the words that showed them
//! (`describe`, for `extract --clauses` and the JSON `reading`), and in plain words
//! (`plain_reading`, which ends a frame rule's message).

use super::*;
use crate::rules::Classes;

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

/// The clause as a person reads it, in the pack's words (`says`): who, how firmly,
/// does what, to what, when — « le titulaire · peut · supprimer · les données · à la
/// fin du service ». None when the pack says nothing of any of its acts.
pub fn plain_reading(
    frame: &Frame,
    lexicon: &Lexicon,
    lang: Lang,
    rule: Option<&crate::rules::FrameCond>,
    through_exception: Classes,
) -> Option<String> {
    let say = |category: &str, class: &str| {
        lexicon
            .says
            .get(&format!("{category}:{class}"))
            .map(|t| t.get(lang).to_string())
    };
    // The act read: the first the pack can say that the clause does, not supposes —
    // one the rule asks for first (DEL058 reads the deletion, not the suspension
    // before it).
    let wanted = |set: Option<Classes>, class: usize| set.is_some_and(|s| s & (1 << class) != 0);
    let acts = |preferred: bool| {
        frame.actions.iter().enumerate().find_map(|(i, w)| {
            let supposed = frame
                .action_forces
                .get(i)
                .is_some_and(|f| f.0 == Force::Supposed);
            let said = say("action", &lexicon.action.classes[w.class])?;
            let fits = !preferred || wanted(rule.and_then(|r| r.action), w.class);
            (!w.negated && !supposed && fits).then_some((i, said))
        })
    };
    let (i, act) = acts(true).or_else(|| acts(false))?;
    let (force, denied) = frame
        .action_forces
        .get(i)
        .copied()
        .unwrap_or((frame.force, false));
    // Read as the rule read it: "shall not transfer … except under standard
    // contractual clauses" may transfer.
    let force = frame.read_force(force, denied, through_exception);
    let mut parts: Vec<String> = Vec::new();
    parts.extend(
        frame
            .bearer
            .and_then(|b| say("bearer", &lexicon.bearer.classes[b])),
    );
    parts.extend(say("force", force.name()));
    parts.push(act);
    let object = |preferred: bool| {
        frame.objects.iter().filter(|o| !o.negated).find_map(|o| {
            let fits = !preferred || wanted(rule.and_then(|r| r.object), o.class);
            fits.then(|| say("object", &lexicon.object.classes[o.class]))
                .flatten()
        })
    };
    parts.extend(object(true).or_else(|| object(false)));
    for q in frame.qualifiers.iter().filter(|q| !q.negated) {
        if let Some(said) = say("qualifier", &lexicon.qualifier.classes[q.class]) {
            if !parts.contains(&said) {
                parts.push(said);
            }
        }
    }
    Some(parts.join(" · "))
}
