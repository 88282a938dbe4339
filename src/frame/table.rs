//! Rows pasted from a spreadsheet: tab- or pipe-separated lines read cell by cell.
//!
//! A figure in a cell is read with its row's first cell (what is measured, `Rank among
//! foreign investors`) and its column's header cell (whose figure it is, `Japan`) as
//! context, the way an editor reads a table. The cell separators are the syntax of a
//! paste, not of a language.

use crate::token::Tokens;
use std::ops::Range;

/// The labels of the cell a figure stands in, as token ranges.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// The row's first cell.
    pub row_label: Range<usize>,
    /// The header cell of the figure's column.
    pub header: Range<usize>,
    /// Whether the figure stands in the row's first cell (`| 3 | Japan | 79 billion |`
    /// under `| Rank | Investor | … |`): then `row_label` is the rest of the row and
    /// `header` the whole header row, and only a rank reads them.
    pub first_column: bool,
}

/// Whether `line` is a row of a pasted table: two or more cells.
fn cells(line: &str) -> Option<Vec<Range<usize>>> {
    let sep = if line.contains('\t') { '\t' } else { '|' };
    if line.matches(sep).count() < 2 && !(sep == '\t' && line.matches(sep).count() == 1) {
        return None;
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in line.char_indices() {
        if c == sep {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    out.push(start..line.len());
    // `| a | b |`: the empty cells outside the outer pipes are not columns.
    if sep == '|' {
        if out
            .first()
            .is_some_and(|r| line[r.clone()].trim().is_empty())
        {
            out.remove(0);
        }
        if out
            .last()
            .is_some_and(|r| line[r.clone()].trim().is_empty())
        {
            out.pop();
        }
    }
    (out.len() >= 2).then_some(out)
}

/// A separator row (`|---|:--:|`).
fn is_rule(line: &str) -> bool {
    !line.trim().is_empty()
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t' | '+'))
}

/// The labels of the cell at byte `at` of `text`, when it lies in a pasted table's body.
pub fn cell_at(text: &str, tokens: &Tokens, at: usize) -> Option<Cell> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[line_start..line_end];
    let row = cells(line)?;
    let column = row.iter().position(|r| r.contains(&(at - line_start)))?;
    // The header: the first row of the block of table lines above.
    let mut header: Option<(usize, &str)> = None;
    let mut end = line_start;
    while end > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let above = &text[start..end - 1];
        if is_rule(above) {
            end = start;
            continue;
        }
        if cells(above).is_none() {
            break;
        }
        header = Some((start, above));
        end = start;
    }
    let (h_start, h_line) = header?;
    let h_cells = cells(h_line)?;
    let h_cell = h_cells.get(column)?;
    let to_tokens = |r: Range<usize>| token_range(tokens, r);
    if column == 0 {
        let rest = row.get(1).map_or(line.len(), |r| r.start)..line.len();
        return Some(Cell {
            row_label: to_tokens(line_start + rest.start..line_start + rest.end),
            header: to_tokens(h_start..h_start + h_line.len()),
            first_column: true,
        });
    }
    Some(Cell {
        row_label: to_tokens(line_start + row[0].start..line_start + row[0].end),
        header: to_tokens(h_start + h_cell.start..h_start + h_cell.end),
        first_column: false,
    })
}

/// The last line looked at, so that a paragraph of thousands of figures is split into
/// cells once.
#[derive(Debug, Default)]
pub struct Lines {
    line: Option<(Range<usize>, bool)>,
}

impl Lines {
    /// [`cell_at`], skipping at once the figures of a line that is no table row.
    pub fn cell_at(&mut self, text: &str, tokens: &Tokens, at: usize) -> Option<Cell> {
        let known = self
            .line
            .as_ref()
            .filter(|(r, _)| r.contains(&at) || r.end == at);
        let is_row = match known {
            Some((_, row)) => *row,
            None => {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
                let row = cells(&text[start..end]).is_some();
                self.line = Some((start..end, row));
                row
            }
        };
        if is_row {
            cell_at(text, tokens, at)
        } else {
            None
        }
    }
}

/// The tokens lying within bytes `r`.
fn token_range(tokens: &Tokens, r: Range<usize>) -> Range<usize> {
    let start = tokens.list.partition_point(|t| t.span.start < r.start);
    let end = tokens.list.partition_point(|t| t.span.end <= r.end);
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::token::tokenize;

    #[test]
    fn reads_the_row_label_and_column_header_of_pipe_and_tab_tables() {
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "| Indicator | Japan | South Korea |\n|---|---|---|\n| Rank among investors | 3rd | 1st |\n",
                "1st",
                "Rank among investors",
                "South Korea",
            ),
            (
                "Indicator\tKansai\tKanto\nOppervlakte (km2)\t13.000\t32.400\n",
                "13.000",
                "Oppervlakte (km2)",
                "Kansai",
            ),
        ];
        for (text, figure, label, header) in rows {
            let tokens = tokenize(text, Lang::En.vocabulary());
            let at = text.find(figure).unwrap_or_default();
            let cell = cell_at(text, &tokens, at).unwrap_or_else(|| panic!("{text}"));
            let span = |r: Range<usize>| {
                &text[tokens.list[r.start].span.start..tokens.list[r.end - 1].span.end]
            };
            assert_eq!(span(cell.row_label), *label);
            assert_eq!(span(cell.header), *header);
        }
        let prose = "Japan is third.\n";
        assert_eq!(
            cell_at(prose, &tokenize(prose, Lang::En.vocabulary()), 9),
            None
        );
    }
}
