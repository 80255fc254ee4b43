//! A clause read as a frame, and the conditions the pack states over frames: who is
//! bound, how firmly, to do what, with what, when and where (clause/ reads them).

use super::text::Range;
use crate::rules::{Classes, Force, FrameCond, NO_BEARER};

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

impl Word {
    /// A word the clause takes from elsewhere (a heading, the sentence before): it has
    /// no position of its own and counts everywhere in the frame.
    pub fn unplaced(class: usize) -> Self {
        Word {
            class,
            negated: false,
            at: 0,
            end: 0,
        }
    }
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
    /// Where an exception starts and ends ("unless", « sauf »), in `text`.
    pub exception: Option<(usize, usize)>,
    pub actions: Vec<Word>,
    /// Actions named as moments (« suivant la restitution », "after the return"):
    /// not done by the clause, but a condition's `unless` still sees them.
    pub moments: Vec<Word>,
    /// How firmly each action binds, denials read: "shall keep the data
    /// confidential and shall not use them" binds to keep and forbids to use.
    pub action_forces: Vec<(Force, bool)>,
    /// Each action's direct objects, if it has some (indices in `objects`): the
    /// object right after the verb (« suppression des données ») and those listed
    /// with it. An action with one acts on them, not on an object before the verb
    /// (« Accès aux métadonnées uniquement (suppression des données personnelles) »
    /// closes no access) nor on one completing them (« la clé de l'environnement »).
    pub direct_objects: Vec<Vec<usize>>,
    pub objects: Vec<Word>,
    pub qualifiers: Vec<Word>,
    /// Qualifiers joined by « ou », "or" (indices in `qualifiers`): each is the
    /// other's alternative ("upon termination or upon the controller's request").
    pub alternatives: Vec<(usize, usize)>,
}

impl Frame {
    /// Where a position of the frame's text stands: block and folded byte offset.
    pub fn locate(&self, at: usize) -> (usize, usize) {
        locate(
            self.lead_in,
            self.block,
            self.sentence,
            self.sentence_start(),
            at,
        )
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

    pub(super) fn sentence_start(&self) -> usize {
        self.lead_in.map_or(0, |(_, (s, e))| e - s + 1)
    }

    fn in_sentence(&self, at: usize) -> bool {
        at >= self.sentence_start()
    }

    /// The force of the verb a qualifier at `at` belongs to: the last one before it,
    /// else the first. A qualifier of the list item belongs to the item's verbs, not
    /// the lead-in's ("Such audits shall be subject to: - where access is not
    /// feasible, the provider may provide documentation").
    /// A verb supposed by a condition owns no qualifier: « Si le client ferme son
    /// compte, ses données sont supprimées » deletes at the account's closure.
    fn owner(&self, at: usize) -> Option<(Force, bool)> {
        let done: Vec<usize> = (0..self.actions.len())
            .filter(|&i| self.action_forces[i].0 != Force::Supposed)
            .collect();
        let from = if self.in_sentence(at) {
            done.iter()
                .position(|&i| self.in_sentence(self.actions[i].at))
                .unwrap_or(0)
        } else {
            0
        };
        let k = done[from.min(done.len())..]
            .iter()
            .rposition(|&i| self.actions[i].at < at)
            .map(|k| k + from)
            .or_else(|| (from < done.len()).then_some(from))
            .or_else(|| (!done.is_empty()).then_some(0))?;
        Some(self.action_forces[done[k]])
    }

    /// Whether a qualifier stands in the sentence before any verb of it.
    fn opens_sentence(&self, q: &Word) -> bool {
        q.end > 0
            && self.in_sentence(q.at)
            && self
                .actions
                .iter()
                .filter(|a| self.in_sentence(a.at))
                .all(|a| a.at > q.at)
    }

    /// Whether an object of `set` stands in the same clause as the verb `w` (no
    /// « ; », colon or full stop between them): "the copy may only be used with the
    /// software ; no description of the data is given" uses no data. An object
    /// carried over from the sentence before (a pronoun's) counts everywhere.
    fn has_object_near(&self, i: usize, set: Classes) -> bool {
        let w = &self.actions[i];
        let direct = self.direct_objects.get(i).map_or(&[][..], Vec::as_slice);
        self.objects.iter().enumerate().any(|(j, o)| {
            if o.negated || set & (1 << o.class) == 0 {
                return false;
            }
            if o.end == 0 {
                return true;
            }
            // Before the verb, an object is its own only when it has none after it.
            // With a direct object, the verb acts on it and on what is listed with
            // it, not on an object before the verb nor on one that completes it
            // (« Exportez la clé de l'environnement »).
            if !direct.is_empty() && !direct.contains(&j) && (o.end <= w.at || o.at > w.end) {
                return false;
            }
            let (from, to) = if o.at < w.at {
                (o.end, w.at)
            } else {
                (w.end, o.at)
            };
            from > to || !self.text[from..to].contains([';', ':', '.'])
        })
    }

    /// Whether an object of the condition's `unless` voids it: not one that comes,
    /// after a comma, once an object asked for is named (« supprimer un compte …,
    /// sans préjudice des actions contre la personne concernée » deletes an account).
    fn unless_object(&self, cond: &FrameCond) -> bool {
        let (unless, wanted) = (cond.unless[1], cond.object.unwrap_or(0));
        self.objects.iter().any(|u| {
            !u.negated
                && unless & (1 << u.class) != 0
                && !self.objects.iter().any(|w| {
                    !w.negated
                        && wanted & (1 << w.class) != 0
                        && w.end > 0
                        && w.end <= u.at
                        && self.text[w.end..u.at].contains(',')
                })
        })
    }

    fn has(words: &[Word], set: Classes) -> bool {
        words
            .iter()
            .any(|w| !w.negated && set & (1 << w.class) != 0)
    }

    /// Whether an action of `set` voids a condition: one denied does not
    /// (« supprimées sans possibilité de récupération »). A return offered at the
    /// provider's choice ("delete or return") does: it is still a way out.
    fn voiding_action(&self, set: Classes) -> bool {
        self.actions.iter().enumerate().any(|(i, w)| {
            !w.negated
                && set & (1 << w.class) != 0
                && !self.action_forces.get(i).is_some_and(|&(_, denied)| denied)
        })
    }

    /// A verb's force as a rule reads it: denied, it is a prohibition (or, stated, a
    /// denial) — unless its exception holds one of `through_exception`, which permits
    /// ("shall not transfer … except under standard contractual clauses"). A supposed
    /// act stays supposed, denied or not ("if the Agreement does not already grant audit
    /// rights").
    pub fn read_force(&self, force: Force, negated: bool, through_exception: Classes) -> Force {
        if force != Force::Prohibition && !negated || force == Force::Supposed {
            return force;
        }
        let through = self.exception.is_some_and(|x| {
            self.qualifiers
                .iter()
                .any(|w| w.at > x.0 && w.at < x.1 && through_exception & (1 << w.class) != 0)
        });
        match (through, force) {
            (true, _) => Force::Permission,
            (false, Force::Fact) => Force::Denied,
            (false, _) => Force::Prohibition,
        }
    }

    /// Whether the frame meets `cond`; a prohibition counts as a permission when its
    /// exception holds one of the qualifiers of `through_exception`.
    pub fn meets(&self, cond: &FrameCond, through_exception: Classes) -> bool {
        let read = |force: Force, negated: bool| self.read_force(force, negated, through_exception);
        let bearer = self.bearer.map_or(NO_BEARER, |b| 1 << b);
        let any = |set: Option<Classes>, f: &dyn Fn(Classes) -> bool| set.is_none_or(f);
        // With actions named, the force is the one that governs such an action;
        // with qualifiers named too, the one of the verb the qualifier follows
        // ("hébergées en France ; aucune copie ne peut être stockée hors du
        // territoire": "hors du territoire" is forbidden, not stated).
        // A supposed act (« si le titulaire supprime… », "the risk that your content be
        // deleted") meets only a condition that names the supposed force.
        let forced = |f: Force, denied: bool| match cond.force {
            None => f != Force::Supposed,
            Some(s) => s & read(f, denied).bit() != 0,
        };
        // The verbs of `actions` the condition's force governs, by index.
        let acting = |actions: Classes| {
            self.actions
                .iter()
                .zip(&self.action_forces)
                .enumerate()
                .filter(move |&(_, (w, &(f, denied)))| {
                    !w.negated && actions & (1 << w.class) != 0 && forced(f, denied)
                })
                .map(|(i, _)| i)
        };
        let acted = match (cond.action, cond.qualifier) {
            (None, _) => any(cond.force, &|s| {
                s & read(self.force, self.negated).bit() != 0
            }),
            (Some(actions), None) => {
                acting(actions).any(|i| cond.object.is_none_or(|o| self.has_object_near(i, o)))
            }
            // (A supposed act of the class asked for is none: "may keep the data after
            // termination provided it has removed all identifiers" deletes nothing.)
            (Some(actions), Some(qualifiers)) => {
                acting(actions).next().is_some()
                    && self.qualifiers.iter().any(|q| {
                        !q.negated
                            && qualifiers & (1 << q.class) != 0
                            && (self
                                .owner(q.at)
                                .is_some_and(|(f, denied)| forced(f, denied))
                                // A circumstance opening the sentence ("After the end of
                                // the subscription, we need not keep your files and may
                                // delete them") is every verb's: one of those asked for,
                                // with the force asked for, meets it.
                                || self.opens_sentence(q) && acting(actions).next().is_some())
                    })
            }
        };
        any(cond.bearer, &|s| s & bearer != 0)
            && acted
            && any(cond.object, &|s| Frame::has(&self.objects, s))
            && any(cond.qualifier, &|s| Frame::has(&self.qualifiers, s))
            && any(cond.also, &|s| Frame::has(&self.qualifiers, s))
            && !self.voiding_action(cond.unless[0])
            && !Frame::has(&self.moments, cond.unless[0])
            && !self.unless_object(cond)
            // A qualifier voids the condition denied or not (« pas au-delà d'un an »),
            // but not as an alternative to one the condition asks for: "deleted upon
            // termination or upon request" is deleted upon termination.
            && !self.qualifiers.iter().enumerate().any(|(i, w)| {
                cond.unless[2] & (1 << w.class) != 0
                    && !self.alternatives.iter().any(|&(a, b)| {
                        let other = if a == i { b } else if b == i { a } else { return false };
                        cond.qualifier
                            .is_some_and(|q| q & (1 << self.qualifiers[other].class) != 0)
                    })
            })
    }
}

/// Where a position of a frame's text stands: the lead-in's block before
/// `own_start`, the sentence's from it.
pub(super) fn locate(
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
