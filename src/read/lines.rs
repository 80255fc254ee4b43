//! Lines of a text format's source: where each starts, so that a block's byte offset
//! becomes the line and column a report shows.

use crate::model::Block;

/// Byte offset to 1-based line and column (in characters).
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, source: &str, offset: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let start = self.starts[line];
        let col = source
            .get(start..offset.min(source.len()))
            .map_or(1, |s| s.chars().count() + 1);
        (line as u32 + 1, col as u32)
    }

    /// Sets each block's line, column and byte span from where its text starts and
    /// ends in `source`.
    pub fn locate(&self, source: &str, blocks: &mut [Block]) {
        for b in blocks {
            if let Some(start) = b.source_map.first().map(|p| p.1) {
                let (line, col) = self.line_col(source, start);
                b.location.line = Some(line);
                b.location.column = Some(col);
                let end = b.source_offset(b.text.len()).unwrap_or(start);
                b.location.span = Some((start, end.max(start)));
            }
        }
    }
}
