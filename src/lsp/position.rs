//! Positions as the protocol counts them: 0-based lines, columns in the encoding
//! negotiated at initialisation (UTF-16 code units unless the client offers UTF-8).

use lsp_types::{Position, Range};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// Where each line of a text starts, to turn byte offsets into positions and back
/// by binary search.
pub struct LineIndex {
    starts: Vec<usize>,
    encoding: Encoding,
}

impl LineIndex {
    pub fn new(text: &str, encoding: Encoding) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts, encoding }
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_boundary(text, offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let before = &text[start..offset];
        let character = match self.encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    pub fn range(&self, text: &str, (start, end): (usize, usize)) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of a position; past the end of a line, the line's end.
    pub fn offset(&self, text: &str, p: Position) -> usize {
        let Some(&start) = self.starts.get(p.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(p.line as usize + 1)
            .map_or(text.len(), |&e| e.saturating_sub(1));
        let line = &text[start..end];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= p.character as usize {
                return start + i;
            }
            units += match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
        }
        end
    }
}

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An astral character counts two UTF-16 units and four UTF-8 bytes; positions
    /// and offsets convert both ways on every boundary.
    #[test]
    fn positions_round_trip_in_both_encodings() {
        let text = "Données 𝒳 ici\nsecond é\n";
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let index = LineIndex::new(text, encoding);
            for offset in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let p = index.position(text, offset);
                assert_eq!(index.offset(text, p), offset, "{encoding:?} {offset}");
            }
        }
        let after = text.find(" ici").unwrap();
        assert_eq!(
            LineIndex::new(text, Encoding::Utf16).position(text, after),
            Position::new(0, 10)
        );
        assert_eq!(
            LineIndex::new(text, Encoding::Utf8).position(text, after),
            Position::new(0, after as u32)
        );
    }
}
