//! A table in a workbook: the sheet it is on, its header row (searched for
//! in the first rows, under any title and notes), the columns under that
//! header, and its rows as the records every CSV reader takes, with what a
//! workbook adds (dates, error cells, formulas without a value) reported
//! at the cell.

use std::io::{Read, Seek};
use std::sync::Arc;

use calamine::{Reader, Sheets};

pub use super::cells::Kind;
use super::cells::{cell_text, number_text};
use super::grid::{self, Grid, GridError, Value};
use crate::read::error::{Errors, LoadError, SheetPlace};
use crate::read::records::Record;
use crate::read::table::normalize_header;
use crate::sanitize::quote;

/// Rows searched for the header: title and note rows above it are common.
pub const HEADER_SEARCH_ROWS: u32 = 20;

/// A sheet's table, found.
pub struct SheetTable {
    pub sheet: String,
    /// 0-based sheet row of the header.
    pub header_row: u32,
    /// 0-based sheet column of the table's first column.
    pub first_col: u32,
    /// The header's cells, trimmed; merged cells give their value to every
    /// cell they cover.
    pub header: Vec<String>,
    grid: Grid,
}

/// What a reader says of a candidate header row: it is the header, or it
/// lacks these columns.
pub type HeaderTest<'a> = &'a dyn Fn(&[String]) -> Result<(), Vec<String>>;

impl SheetTable {
    /// The first sheet (or `wanted`) with a header row that `test` accepts
    /// in its first [`HEADER_SEARCH_ROWS`] rows.
    pub fn find<RS: Read + Seek>(
        book: &mut Sheets<RS>,
        file: &str,
        wanted: Option<&str>,
        test: HeaderTest<'_>,
    ) -> Result<SheetTable, LoadError> {
        let names = book.sheet_names();
        let candidates: Vec<String> = match wanted {
            // Excel's sheet names ignore case: "data" is the sheet "Data".
            Some(w) => match names
                .iter()
                .find(|n| n.as_str() == w)
                .or_else(|| names.iter().find(|n| n.to_lowercase() == w.to_lowercase()))
            {
                Some(n) => vec![n.clone()],
                None => {
                    return Err(LoadError::file_level(
                        file,
                        format!("has no sheet {}; its sheets are {}", quote(w), list(&names)),
                    ));
                }
            },
            None => names.clone(),
        };
        // The first sheet's closest miss explains a file where none fits,
        // unless a header lies further down than the rows searched.
        let mut first_miss: Option<(String, u32, Vec<String>)> = None;
        let mut deeper: Option<(String, u32)> = None;
        for sheet in candidates {
            let mut grid = grid::read(book, &sheet).map_err(|e| grid_error(file, &sheet, e))?;
            // Merged cells matter only where the header is not plain: none
            // found, a gap in it, or cells beside it.
            let plain = header_in(&grid, test, HEADER_SEARCH_ROWS)
                .ok()
                .filter(|h| is_plain(&grid, h));
            if plain.is_none() {
                grid.merged = grid::merged(book, &sheet);
            }
            match plain.map_or_else(|| header_in(&grid, test, HEADER_SEARCH_ROWS), Ok) {
                Ok((row, first_col, header)) => {
                    return Ok(SheetTable {
                        sheet,
                        header_row: row,
                        first_col,
                        header,
                        grid,
                    });
                }
                Err(miss) => {
                    if first_miss.is_none() {
                        first_miss = miss.map(|(row, missing)| (sheet.clone(), row, missing));
                    }
                    if deeper.is_none() {
                        deeper = header_in(&grid, test, u32::MAX)
                            .ok()
                            .map(|(row, _, _)| (sheet.clone(), row));
                    }
                }
            }
        }
        if let Some((sheet, row)) = deeper {
            return Err(LoadError::file_level(
                file,
                format!(
                    "the header row of sheet {} is row {}, below the first {HEADER_SEARCH_ROWS} rows searched for it: delete some of the rows above it",
                    quote(&sheet),
                    row + 1
                ),
            ));
        }
        Err(no_header(file, wanted, &names, first_miss))
    }

    /// Where messages about this table's cells point.
    pub fn place(&self) -> Arc<SheetPlace> {
        let letters = self
            .header
            .iter()
            .enumerate()
            .map(|(i, h)| (normalize_header(h), letter(self.first_col + i as u32)))
            .collect();
        Arc::new(SheetPlace {
            sheet: self.sheet.clone(),
            letters,
        })
    }

    /// The header's 1-based row, as messages give it.
    pub fn header_line(&self) -> u64 {
        u64::from(self.header_row) + 1
    }

    /// Every row under the header as a record of the header's width, given
    /// to `take`; a row with a cell no CSV cell could be is reported in
    /// `errors` (by the column's header name) and not given.
    pub fn rows(&self, kinds: &[Kind], errors: &mut Errors, mut take: impl FnMut(&Record<'_>)) {
        let width = self.header.len() as u32;
        let end = self.first_col + width;
        let mut data = Vec::new();
        let mut bounds = Vec::with_capacity(self.header.len());
        let mut fields: Vec<&Value> = Vec::with_capacity(self.header.len());
        let start = self.grid.rows.partition_point(|r| r.row <= self.header_row);
        for row in &self.grid.rows[start..] {
            let line = u64::from(row.row) + 1;
            fields.clear();
            fields.resize(self.header.len(), &Value::Empty);
            let mut bad = false;
            if let Some(note) = lone_text(row, self.header.len()) {
                errors.push(
                    line,
                    None,
                    format!(
                        "only cell {}{line} has a value ({}): a note under the table? Move notes above the header row, or delete the row",
                        letter(note.0),
                        crate::sanitize::quote(&note.1)
                    ),
                );
                continue;
            }
            for (col, v) in &row.cells {
                if (self.first_col..end).contains(col) {
                    fields[(col - self.first_col) as usize] = v;
                } else {
                    bad = true;
                    errors.push(
                        line,
                        None,
                        format!(
                            "cell {}{line} is outside the table, whose header spans {}–{}",
                            letter(*col),
                            letter(self.first_col),
                            letter(end - 1)
                        ),
                    );
                }
            }
            data.clear();
            bounds.clear();
            for (i, v) in fields.iter().enumerate() {
                let kind = kinds.get(i).copied().unwrap_or(Kind::Text);
                let from = data.len();
                match cell_text(v, kind) {
                    Ok(text) => data.extend_from_slice(text.as_bytes()),
                    Err(msg) => {
                        bad = true;
                        errors.push(line, Some(&normalize_header(&self.header[i])), msg);
                    }
                }
                bounds.push((from, data.len()));
            }
            if !bad {
                take(&Record::from_parts(line, &data, &bounds));
            }
        }
    }
}

/// The one cell of a row of a table of three columns or more, when it is
/// text: a note typed under (or inside) the table, not a row of data.
fn lone_text(row: &grid::Row, width: usize) -> Option<(u32, String)> {
    match row.cells.as_slice() {
        [(col, Value::Text(s))] if width >= 3 => {
            Some((*col, crate::sanitize::short(s).into_owned()))
        }
        _ => None,
    }
}

/// Whether a header found has a name in every column and no cell of the
/// rows under it lies beside it: then no merged cell can change it.
fn is_plain(grid: &Grid, (row, first, names): &(u32, u32, Vec<String>)) -> bool {
    let end = first + names.len() as u32;
    names.iter().all(|n| !n.is_empty())
        && grid
            .rows
            .iter()
            .filter(|r| r.row >= *row)
            .all(|r| r.cells.iter().all(|(c, _)| (*first..end).contains(c)))
}

/// The header row, its first column and its names, or the row that came
/// closest and the columns it lacks (`None` for a sheet with no text).
#[allow(clippy::type_complexity)]
fn header_in(
    grid: &Grid,
    test: HeaderTest<'_>,
    rows: u32,
) -> Result<(u32, u32, Vec<String>), Option<(u32, Vec<String>)>> {
    let mut best: Option<(u32, Vec<String>)> = None;
    for row in grid.rows.iter().take_while(|r| r.row < rows) {
        let (Some(first), Some(last)) = (row.cells.first(), row.cells.last()) else {
            continue;
        };
        // A header cell merged down from the row above is part of the row.
        let covering = grid
            .merged
            .iter()
            .filter(|m| m.start.0 <= row.row && row.row <= m.end.0);
        let first = covering.clone().map(|m| m.start.1).fold(first.0, u32::min);
        let last = covering.map(|m| m.end.1).fold(last.0, u32::max);
        let names: Vec<String> = (first..=last)
            .map(|c| header_cell(grid, row.row, c))
            .collect();
        match test(&names) {
            Ok(()) => return Ok((row.row, first, names)),
            Err(missing) => {
                if best.as_ref().is_none_or(|(_, m)| missing.len() < m.len()) {
                    best = Some((row.row, missing));
                }
            }
        }
    }
    Err(best)
}

/// A header cell's name; an empty cell inside a merged range takes the
/// range's value.
fn header_cell(grid: &Grid, row: u32, col: u32) -> String {
    let own = grid.value(row, col);
    let v = match own {
        Value::Empty => grid
            .merged
            .iter()
            .find(|m| m.contains(row, col))
            .map_or(own, |m| grid.value(m.start.0, m.start.1)),
        _ => own,
    };
    match v {
        Value::Text(s) => s.trim().to_string(),
        Value::Number(n) => number_text(*n),
        _ => String::new(),
    }
}

fn no_header(
    file: &str,
    wanted: Option<&str>,
    names: &[String],
    miss: Option<(String, u32, Vec<String>)>,
) -> LoadError {
    let scope = match wanted {
        Some(w) => format!("sheet {} has no", quote(w)),
        None if names.len() == 1 => format!("its sheet {} has no", quote(&names[0])),
        None => format!("none of its sheets ({}) has a", list(names)),
    };
    let closest = match miss {
        Some((sheet, row, missing)) => format!(
            "; the closest, {sheet} row {}, lacks {}",
            row + 1,
            missing.join(", ")
        ),
        None => String::new(),
    };
    LoadError::file_level(
        file,
        format!(
            "{scope} header row with the required columns in its first {HEADER_SEARCH_ROWS} rows{closest}"
        ),
    )
}

fn list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| quote(n))
        .collect::<Vec<_>>()
        .join(", ")
}

fn grid_error(file: &str, sheet: &str, e: GridError) -> LoadError {
    match e {
        GridError::Calamine(msg) => {
            LoadError::file_level(file, format!("cannot read sheet {}: {msg}", quote(sheet)))
        }
        GridError::TooManyCells => LoadError::file_level(
            file,
            format!(
                "sheet {} has more than {} cells with a value, more than any index; is it the right file?",
                quote(sheet),
                grid::MAX_CELLS
            ),
        ),
    }
}

/// A column's letters: 0 → A, 25 → Z, 26 → AA.
pub fn letter(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(16_383), "XFD");
    }
}
