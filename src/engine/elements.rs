//! The family's required elements, looked for in its scope: the strongest state each
//! reaches (bound, partial, hedged), and the passage that shows it.

use super::scope::About;
use super::*;

impl Context<'_> {
    pub(super) fn elements(
        &self,
        family: &Family,
        found: &About,
        in_scope: &[bool],
    ) -> Vec<ElementFind> {
        let about = &found.about;
        let mut elements = Vec::new();
        for el in &family.elements {
            let mut best: (ElementState, Option<Hit>, Option<(String, Hit)>) =
                (ElementState::Missing, None, None);
            // The passage shown for an element: the strongest state, and among
            // equals one that speaks of the family itself over a mere neighbour.
            let mut best_about = false;
            for (b, pb) in self.blocks.iter().enumerate() {
                if !pb.is_clause_text() || pb.priced || !(el.anywhere || in_scope[b]) {
                    continue;
                }
                let full = el.patterns.find_iter(&pb.folded.text).map(|r| (r, true));
                let partial = el
                    .partial
                    .find_iter(&pb.folded.text)
                    .map(|r| (r, el.partial_ok));
                for (range, meets) in full.chain(partial) {
                    if run_in_label(pb, range.0, self.pack.text.min_clause_words)
                        || pb.is_inert(range)
                        || pb.is_unbound(range)
                        // A word in a sense the family excludes ("droit à la
                        // portabilité" of data subjects) is no element either.
                        || overlaps_any(range, found.excluded_in(family, b, &pb.folded.text))
                        // Nor is a word in a clause that addresses nothing (a user's
                        // duty, a definition): the evidence is the clause's.
                        || self
                            .frame_at(b, range.0)
                            .is_some_and(|f| self.addresses_nothing_in(family, f))
                        || !self.sentence_matches_all(b, range.0, &el.with)
                        || el.negatable && self.element_negated(b, range)
                        || !el.when.is_empty()
                            && !self
                                .frame_at(b, range.0)
                                .is_some_and(|f| el.when.iter().any(|c| f.meets(c, 0)))
                    {
                        continue;
                    }
                    let hit = Hit { block: b, range };
                    let (state, hedge) = match self.hedge_at(family, b, range.0) {
                        Some(h) => (ElementState::Hedged, Some(h)),
                        None if meets => (ElementState::Bound, None),
                        None => (ElementState::Partial, None),
                    };
                    if rank(state) > rank(best.0)
                        || rank(state) == rank(best.0) && about[b] && !best_about
                    {
                        best = (state, Some(hit), hedge);
                        best_about = about[b];
                    }
                }
                if best.0 == ElementState::Bound && best_about {
                    break;
                }
            }
            if rank(best.0) < rank(ElementState::Bound) {
                if let Some(found) = self.met_by_frame(family, el, in_scope) {
                    if rank(found.0) > rank(best.0) {
                        best = found;
                    }
                }
            }
            if best.0 == ElementState::Bound {
                if let Some(f) = self.frames.iter().find(|f| {
                    el.weakened_by.iter().any(|c| f.meets(c, 0)) && !self.disapplied_frame(f)
                }) {
                    let (block, range) = f.anchor();
                    let hit = Hit { block, range };
                    best.2 = Some((self.original_sentence(hit), hit));
                    best.0 = ElementState::Hedged;
                }
            }
            elements.push(best);
        }

        elements
    }

    /// The element met by a frame in scope that does what `met_by` asks: bound, or
    /// hedged when a hedge weakens that clause.
    fn met_by_frame(
        &self,
        family: &Family,
        el: &crate::rules::Element,
        in_scope: &[bool],
    ) -> Option<ElementFind> {
        if el.met_by.is_empty() {
            return None;
        }
        let f = self.frames.iter().find(|f| {
            (el.anywhere || in_scope.get(f.block).copied().unwrap_or(false))
                && el.met_by.iter().any(|c| f.meets(c, 0))
                && !self.addresses_nothing_in(family, f)
                && !self.disapplied_frame(f)
        })?;
        let (block, range) = f.anchor();
        let hit = Hit { block, range };
        Some(match self.hedge_at(family, block, range.0) {
            Some(h) => (ElementState::Hedged, Some(hit), Some(h)),
            None => (ElementState::Bound, Some(hit), None),
        })
    }
}

/// Whether `at` stands in a run-in heading: a sentence of a word or two opening a
/// paragraph that goes on (« __Confidentialité.__ Vous êtes tenu de… »). It names the
/// paragraph's topic; it meets no element. (A table cell may be that short and still
/// be the clause.)
fn run_in_label(pb: &super::text::PreparedBlock, at: usize, min_words: usize) -> bool {
    let (start, end) = pb.sentence_of(at);
    pb.row.is_none()
        && start == 0
        && end + 1 < pb.folded.text.len()
        && pb.sentence_words(at) < min_words
}
