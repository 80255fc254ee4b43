//! Where a PDF page's glyphs stand, turned into lines and paragraphs.
//!
//! pdf-extract's own plain-text output breaks a paragraph wherever two lines stand
//! more than 1.5 font sizes apart, and spaces words wherever two glyph runs stand a
//! tenth of a font size apart. Documents set with generous leading come out one
//! block per line ("the data processor shall delete all personal data" cut in three
//! blocks, each read as a clause of its own), and kerned capitals as split words
//! ("D PA", "A rticle"). Here the page's own leading decides: a paragraph ends where
//! the gap between two lines is clearly wider than the page's usual one. And a page
//! that writes its spaces as glyphs says where its words end: gaps between runs there
//! are the font's widths misstated, not spaces.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One glyph as the PDF places it (a character, or a ligature's few): its baseline,
/// where it starts and ends, its size, and whether it opens a run of text.
#[derive(Debug, Clone)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
    opens_run: bool,
}

/// Collects a page's glyphs; `text` lays them out.
#[derive(Default)]
pub struct Layout {
    glyphs: Vec<Glyph>,
    page_height: f64,
    opens_run: bool,
}

/// Two glyphs further apart than this share no line (in font sizes).
const SAME_LINE: f64 = 0.5;
/// A gap between runs wider than this is a space (in font sizes), as pdf-extract
/// reads it: tightly justified lines space words barely more than a tenth apart.
const WORD_GAP: f64 = 0.1;
/// On a page that writes its spaces as glyphs, only a gap this wide adds one more (a
/// table's next cell): narrower gaps between runs are the font's widths misstated
/// ("D PA", "Pres ta tair e", "MA Y": glyphs found standing up to two and a half sizes
/// further on than the widths pdf-extract reads).
const WIDE_GAP: f64 = 3.0;
/// A line gap this much wider than the page's usual one ends a paragraph.
const PARAGRAPH_GAP: f64 = 1.3;
/// With no usual gap to go by, a gap of this many font sizes ends a paragraph.
const DEFAULT_PARAGRAPH_GAP: f64 = 1.5;

impl OutputDev for Layout {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The text matrix's scale gives the size on the page: the side of the square
        // with the area of the transformed (size × size) box.
        let sx = font_size * (trm.m11 + trm.m21);
        let sy = font_size * (trm.m12 + trm.m22);
        let size = (sx * sy).abs().sqrt();
        let (x, y) = (trm.m31, self.page_height - trm.m32);
        if !x.is_finite() || !y.is_finite() || !size.is_finite() {
            return Ok(());
        }
        // pdf-extract reads some embedded CID fonts' widths only in part and gives the
        // other glyphs none: each then seems to stand a letter's width from the next,
        // and words break apart or run together. Such a glyph is given a standard
        // width (Helvetica's, which Arial shares and Times comes near).
        let width = if width == 0.0 && !text.trim().is_empty() {
            text.chars().map(standard_width).sum()
        } else {
            width
        };
        self.glyphs.push(Glyph {
            x,
            y,
            end: x + width * size,
            size,
            text: text.to_string(),
            opens_run: self.opens_run,
        });
        self.opens_run = false;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        self.opens_run = true;
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A line of text and where it stands.
struct Line {
    y: f64,
    size: f64,
    text: String,
}

impl Layout {
    /// The page's text: lines joined by a newline, paragraphs by a blank line.
    pub fn text(&self) -> String {
        let lines = self.lines();
        let leading = usual_gap(&lines);
        let mut out = String::new();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                let before = &lines[i - 1];
                let gap = line.y - before.y;
                let size = before.size.max(line.size);
                let wide = match leading {
                    Some(usual) => gap > usual * PARAGRAPH_GAP + 0.5,
                    None => gap > size * DEFAULT_PARAGRAPH_GAP,
                };
                // Moving up the page (a new column, a footer) or far down ends one.
                out.push_str(if gap <= 0.0 || wide { "\n\n" } else { "\n" });
            }
            out.push_str(line.text.trim());
        }
        out
    }

    fn lines(&self) -> Vec<Line> {
        // First which glyphs share a line, then how each line spaces its words.
        let mut rows: Vec<Vec<&Glyph>> = Vec::new();
        let mut last: Option<&Glyph> = None;
        for g in &self.glyphs {
            let same_line = last.is_some_and(|l| {
                (g.y - l.y).abs() <= SAME_LINE * l.size.max(g.size)
                    // Far back to the left on the same baseline: a new line of a
                    // table or a column set side by side.
                    && g.x >= l.end - 2.0 * l.size.max(g.size)
            });
            match rows.last_mut() {
                Some(row) if same_line => row.push(g),
                _ => rows.push(vec![g]),
            }
            last = Some(g);
        }
        let spaces = |glyphs: &[&Glyph]| glyphs.iter().filter(|g| g.text == " ").count();
        let all: usize = rows.iter().map(Vec::len).sum();
        let page_spaced = rows.iter().map(|r| spaces(r)).sum::<usize>() * 20 > all;
        let mut lines: Vec<Line> = rows
            .iter()
            .map(|row| {
                // A line that writes its spaces as glyphs (one glyph in twenty or more)
                // says where its words end; one that writes next to none spaces them by
                // position, even on a page whose other lines write them (the DINUM's
                // terms set some paragraphs one way, some the other). A short line
                // follows the page (a heading of kerned capitals).
                let glyph_spaces = if row.len() < 20 {
                    page_spaced
                } else {
                    spaces(row) * 20 > row.len()
                };
                let word_gap = if glyph_spaces { WIDE_GAP } else { WORD_GAP };
                let mut line = Line {
                    y: row[0].y,
                    size: row[0].size,
                    text: row[0].text.clone(),
                };
                for pair in row.windows(2) {
                    let (l, g) = (pair[0], pair[1]);
                    let gap = g.x - l.end;
                    let size = l.size.max(g.size);
                    let spaced = line.text.ends_with(' ') || g.text.starts_with(' ');
                    if !spaced
                        && (gap > word_gap * size && g.opens_run || gap > word_gap * 2.0 * size)
                    {
                        line.text.push(' ');
                    }
                    line.text.push_str(&g.text);
                    line.size = line.size.max(g.size);
                }
                line
            })
            .collect();
        lines.retain(|l| !l.text.trim().is_empty());
        lines
    }
}

/// A character's advance in Helvetica (AFM widths, in ems), letters with accents as
/// their base letter.
fn standard_width(c: char) -> f64 {
    let base = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ç' => 'c',
        'ÿ' => 'y',
        'À' | 'Â' | 'Ä' | 'Á' => 'A',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'Î' | 'Ï' | 'Í' => 'I',
        'Ô' | 'Ö' | 'Ó' => 'O',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'Ç' => 'C',
        c => c,
    };
    let thousandths = match base {
        'f' | 't' | ' ' | '!' | ',' | '.' | '/' | ':' | ';' | '[' | ']' | '\\' | 'I' => 278,
        'i' | 'j' | 'l' | '\'' | '’' | '‘' => 222,
        'r' | '-' | '(' | ')' | '`' | '“' | '”' => 333,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 500,
        'm' | 'M' => 833,
        'w' | 'C' | 'D' | 'H' | 'N' | 'R' | 'U' => 722,
        'F' | 'T' | 'Z' => 611,
        'G' | 'O' | 'Q' => 778,
        'L' => 556,
        'W' => 944,
        'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' => 667,
        '—' => 1000,
        'œ' | 'Œ' => 944,
        '%' => 889,
        '@' => 1015,
        _ => 556,
    };
    f64::from(thousandths) / 1000.0
}

/// The most common gap between consecutive lines of the page (to half a point), if
/// some gap recurs: the leading of its body text.
fn usual_gap(lines: &[Line]) -> Option<f64> {
    let mut counts: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for pair in lines.windows(2) {
        let gap = pair[1].y - pair[0].y;
        if gap > 0.0 && gap < 3.0 * pair[0].size.max(pair[1].size) {
            *counts.entry((gap * 2.0).round() as i64).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .max_by_key(|&(gap, n)| (n, std::cmp::Reverse(gap)))
        .map(|(gap, _)| gap as f64 / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(x: f64, y: f64, text: &str, opens_run: bool) -> Glyph {
        Glyph {
            x,
            y,
            end: x + 5.0 * text.chars().count() as f64,
            size: 10.0,
            text: text.to_string(),
            opens_run,
        }
    }

    fn layout(glyphs: Vec<Glyph>) -> Layout {
        Layout {
            glyphs,
            page_height: 800.0,
            opens_run: false,
        }
    }

    #[test]
    fn generous_leading_keeps_a_paragraph_whole() {
        // Lines 16 points apart (1.6 font sizes) make one paragraph; a 30-point gap
        // ends it.
        let page = layout(vec![
            glyph(0.0, 100.0, "The processor shall", true),
            glyph(0.0, 116.0, "delete all personal", true),
            glyph(0.0, 132.0, "data.", true),
            glyph(0.0, 162.0, "Next paragraph", true),
            glyph(0.0, 178.0, "goes on.", true),
        ]);
        assert_eq!(
            page.text(),
            "The processor shall\ndelete all personal\ndata.\n\nNext paragraph\ngoes on."
        );
    }

    #[test]
    fn runs_space_by_glyph_where_the_page_writes_spaces_so() {
        // Spaces written as glyphs: "D" then "PA" two tenths of a size apart, "Pres"
        // then "ta" half a size apart, are one word each (the font's widths are
        // misstated); a gap of four sizes is a table's next cell.
        let page = layout(vec![
            glyph(0.0, 100.0, "D", true),
            glyph(7.0, 100.0, "PA", true),
            glyph(17.0, 100.0, " ", false),
            glyph(22.0, 100.0, "Pres", true),
            glyph(47.0, 100.0, "ta", true),
            glyph(97.0, 100.0, "cell", true),
        ]);
        assert_eq!(page.text(), "DPA Presta cell");
        // Without glyph spaces, a tenth of a size and more is a space.
        let page = layout(vec![
            glyph(0.0, 100.0, "A", true),
            glyph(6.1, 100.0, "transfer", true),
            glyph(47.5, 100.0, "to", true),
        ]);
        assert_eq!(page.text(), "A transfer to");
    }

    #[test]
    fn a_line_without_glyph_spaces_is_spaced_by_position_on_a_page_with_them() {
        // One line writes its spaces as glyphs; the next positions its 24 words.
        let mut glyphs = Vec::new();
        for (i, w) in "the data are kept".split(' ').enumerate() {
            glyphs.push(glyph(i as f64 * 30.0, 100.0, w, true));
            glyphs.push(glyph(
                i as f64 * 30.0 + 5.0 * w.len() as f64,
                100.0,
                " ",
                false,
            ));
        }
        let words: Vec<String> = (0..24).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            glyphs.push(glyph(i as f64 * 20.0, 112.0, w, true));
        }
        let text = layout(glyphs).text();
        assert!(text.ends_with(&words.join(" ")), "{text}");
    }

    #[test]
    fn glyphs_given_no_width_get_a_standard_one() {
        // As pdf-extract reads the DINUM's CID Arial: "a", "l" and "i" with no width.
        let mut page = layout(Vec::new());
        for (x, text, width) in [
            (71.84, "L", 0.556),
            (77.98, "a", 0.0),
            (87.93, "l", 0.0),
            (90.39, "i", 0.0),
            (92.84, "s", 0.5),
            (98.36, "t", 0.278),
            (101.43, "e", 0.556),
        ] {
            page.begin_word().unwrap();
            let at = Transform::row_major(1.0, 0.0, 0.0, 1.0, x, 700.0);
            page.output_character(&at, width, 0.0, 11.04, text).unwrap();
        }
        assert_eq!(page.text(), "La liste");
    }

    #[test]
    fn a_page_with_no_recurring_gap_falls_back_on_the_font_size() {
        let page = layout(vec![
            glyph(0.0, 100.0, "Title", true),
            glyph(0.0, 130.0, "Body", true),
        ]);
        assert_eq!(page.text(), "Title\n\nBody");
    }
}
