//! Contrary clauses: wordings (`[[family.contrary]]`) and frame conditions
//! (`[[family.contrary_frame]]`), each found at most once per rule.

use super::*;

impl Context<'_> {
    pub(super) fn contraries(&self, family: &Family, in_scope: &[bool]) -> Vec<(usize, Hit)> {
        let mut contrary = Vec::new();
        for c in &family.contrary {
            for (b, pb) in self.blocks.iter().enumerate() {
                if !pb.is_clause_text() || c.in_scope && !in_scope[b] {
                    continue;
                }
                for range in c.patterns.find_iter(&pb.folded.text) {
                    let (ss, se) = pb.sentence_of(range.0);
                    let (cs, ce) = pb.clause_of(range.0);
                    let disapplied = self.pack.text.disapplied.is_match(&pb.folded.text[ss..se]);
                    if pb.is_inert(range)
                        || disapplied
                        || !self.sentence_matches_all(b, range.0, &c.with)
                        || c.unless.is_match(&pb.folded.text[cs..ce])
                        || c.negatable && self.negated(b, range.0)
                    {
                        continue;
                    }
                    contrary.push((c.rule, Hit { block: b, range }));
                    break;
                }
            }
        }
        for rule in &family.contrary_frames {
            let voided =
                |f: &clause::Frame| rule.unless_document.iter().any(|cond| f.meets(cond, 0));
            let found = self
                .frames
                .iter()
                .find(|f| f.meets(&rule.when, rule.through_exception) && !self.disapplied_frame(f));
            if let Some(frame) = found {
                if !self.frames.iter().any(voided) {
                    let (block, range) = frame.anchor();
                    contrary.push((rule.rule, Hit { block, range }));
                }
            }
        }
        contrary
    }
}
