//! Which passages are about a family, and which blocks its elements are looked for
//! in: the blocks that speak of it, their table rows, the paragraphs near them under
//! the same heading, the articles they cite, and what stands under a heading about it.

use super::*;

/// Where a family is spoken of in a document.
pub(super) struct About {
    /// Blocks whose family words count.
    pub about: Vec<bool>,
    /// Blocks about it in a real sentence, not a label: they speak for their article.
    pub speaks: Vec<bool>,
    /// Where the family is first addressed.
    pub addressed: Option<Hit>,
    /// Where each block uses the family's words in a sense that does not count:
    /// found when first asked for (`excluded_in`), since most blocks never are.
    pub excluded: Vec<std::cell::OnceCell<Vec<Range>>>,
}

impl About {
    /// The senses of the family's words that do not count in block `b`.
    pub fn excluded_in<'a>(&'a self, family: &Family, b: usize, text: &str) -> &'a [Range] {
        self.excluded[b].get_or_init(|| excluded_senses(family, text))
    }
}

impl Context<'_> {
    /// The blocks about `family`: its topic words, without the senses that do not
    /// count, in clauses that address it.
    pub(super) fn about(&self, family: &Family) -> About {
        let n = self.blocks.len();
        // Which blocks are about the family, and where it is first addressed.
        let mut about = vec![false; n];
        // About it in a real sentence, not a label: such a block speaks for its article.
        let mut speaks = vec![false; n];
        let mut addressed = None;
        // Where each block uses the family's words in a sense that does not count.
        let excluded: Vec<std::cell::OnceCell<Vec<Range>>> = vec![std::cell::OnceCell::new(); n];
        // Clauses that address the family by what they do, whatever their words.
        let mut by_frame: Vec<Option<Hit>> = vec![None; n];
        for f in self.frames {
            if by_frame[f.block].is_none()
                && family.addressing.iter().any(|c| f.meets(c, 0))
                && !self.addresses_nothing_in(family, f)
                && !self.disapplied_frame(f)
            {
                let (block, range) = f.anchor();
                by_frame[f.block] = Some(Hit { block, range });
            }
        }
        for (b, pb) in self.blocks.iter().enumerate() {
            if !pb.is_clause_text() {
                continue;
            }
            let text = &pb.folded.text;
            let hits: Vec<Range> = family
                .topic
                .find_iter(text)
                .filter(|&r| {
                    !pb.is_inert(r)
                        && !pb.is_unbound(r)
                        && !overlaps_any(
                            r,
                            excluded[b].get_or_init(|| excluded_senses(family, text)),
                        )
                        && !self.addresses_nothing(family, b, r.0)
                })
                .collect();
            about[b] = !hits.is_empty() || by_frame[b].is_some();
            let min = self.pack.text.min_clause_words;
            let first = hits
                .iter()
                .find(|r| pb.sentence_words(r.0) >= min)
                .map(|&range| Hit { block: b, range })
                .or(by_frame[b]);
            if let Some(hit) = first {
                addressed.get_or_insert(hit);
                speaks[b] = pb.row.is_none();
            }
        }
        About {
            about,
            speaks,
            addressed,
            excluded,
        }
    }

    /// The blocks in which the family's elements are looked for.
    pub(super) fn scope(&self, family: &Family, found: &About) -> Vec<bool> {
        let (about, speaks) = (&found.about, &found.speaks);
        let n = self.blocks.len();
        let mut rows: HashMap<(u32, u32), bool> = HashMap::new();
        for (b, pb) in self.blocks.iter().enumerate() {
            if let Some(row) = pb.row {
                *rows.entry(row).or_default() |= about[b];
            }
        }
        // An article is one clause: a paragraph about the family brings the
        // paragraphs near it under the same heading into scope ("Il en remet un
        // certificat"). List items and table cells count with the paragraph before
        // them; far paragraphs under a document-wide heading stay out.
        let mut paragraph = 0usize;
        let paragraph_of: Vec<usize> = self
            .doc
            .blocks
            .iter()
            .map(|block| {
                if !matches!(
                    block.kind,
                    BlockKind::ListItem | BlockKind::TableCell { .. }
                ) {
                    paragraph += 1;
                }
                paragraph
            })
            .collect();
        let mut speakers: HashMap<&[String], Vec<usize>> = HashMap::new();
        for (b, block) in self.doc.blocks.iter().enumerate() {
            if speaks[b] && !block.headings.is_empty() {
                speakers
                    .entry(block.headings.as_slice())
                    .or_default()
                    .push(paragraph_of[b]);
            }
        }
        let reach = self.pack.text.article_reach;
        let near_speaker = |b: usize| {
            speakers
                .get(self.doc.blocks[b].headings.as_slice())
                .is_some_and(|ps| {
                    reach == 0 || ps.iter().any(|&p| p.abs_diff(paragraph_of[b]) <= reach)
                })
        };
        let mut heading_cache: HashMap<String, bool> = HashMap::new();
        let mut heading_about = |h: &str| -> bool {
            if let Some(&about) = heading_cache.get(h) {
                return about;
            }
            let about = !self
                .topic_hits(family, &crate::fold::fold(h).text)
                .is_empty();
            heading_cache.insert(h.to_string(), about);
            about
        };
        // Articles about the family, by number: "Les obligations de l'article 4
        // s'imposent à son personnel" is in the scope of article 4.
        let mut cited: HashSet<&str> = HashSet::new();
        for (b, block) in self.doc.blocks.iter().enumerate() {
            let Some(number) = self.blocks[b].article.as_deref() else {
                continue;
            };
            let mut path = block.headings.clone();
            path.push(block.text.clone());
            if speakers.contains_key(path.as_slice()) || heading_about(&block.text) {
                cited.insert(number);
            }
        }
        (0..n)
            .map(|b| {
                about[b]
                    || self.blocks[b].row.is_some_and(|r| rows[&r])
                    || !self.blocks[b].heading && near_speaker(b)
                    || self.blocks[b]
                        .references
                        .iter()
                        .any(|r| cited.contains(r.as_str()))
                    || self.doc.blocks[b].headings.iter().any(|h| heading_about(h))
            })
            .collect()
    }
}
