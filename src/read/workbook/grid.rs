//! A sheet's cells as calamine reads them, made into rows of [`Value`]s:
//! what a cell holds as a CSV cell would hold it, or why it cannot be one.
//! `.xlsx` sheets are streamed cell by cell, so a sheet that claims a huge
//! size costs only the cells it has; the other formats go through
//! calamine's range.

use std::io::{Read, Seek};

use calamine::{Data, DataRef, Dimensions, Reader, Sheets, Xlsx};

/// The most cells with a value one sheet may hold: far beyond any index
/// (100,000 rows of 14 columns is 1.4 million), and small enough that a
/// crafted workbook cannot exhaust memory through them.
pub const MAX_CELLS: usize = 50_000_000;

/// A cell, as the rows of a table see it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A number formatted as a percentage, kept as Excel's CSV would show
    /// it ("85%"), so it gets the same message as in a CSV.
    Percent(String),
    /// A date or time, as `2024-03-01` (or with its time).
    Date(String),
    /// `#DIV/0!`, `#N/A`…
    Error(String),
    /// A formula the file holds no computed value for.
    Formula(String),
}

/// One row with a value in it: its 0-based sheet row and its cells by
/// 0-based column, in column order.
#[derive(Debug, Default)]
pub struct Row {
    pub row: u32,
    pub cells: Vec<(u32, Value)>,
}

/// Every row of a sheet with a value in it, in order.
#[derive(Debug, Default)]
pub struct Grid {
    pub rows: Vec<Row>,
    pub merged: Vec<Dimensions>,
}

impl Grid {
    /// The value at a sheet position, `Empty` where there is none.
    pub fn value(&self, row: u32, col: u32) -> &Value {
        static EMPTY: Value = Value::Empty;
        self.rows
            .binary_search_by_key(&row, |r| r.row)
            .ok()
            .and_then(|i| {
                let cells = &self.rows[i].cells;
                cells
                    .binary_search_by_key(&col, |(c, _)| *c)
                    .ok()
                    .map(|j| &cells[j].1)
            })
            .unwrap_or(&EMPTY)
    }
}

/// Why a sheet could not be read.
pub enum GridError {
    Calamine(String),
    TooManyCells,
}

/// Reads sheet `name` of `book`.
pub fn read<RS: Read + Seek>(book: &mut Sheets<RS>, name: &str) -> Result<Grid, GridError> {
    let mut grid = match &mut *book {
        Sheets::Xlsx(x) => streamed(x, name)?,
        _ => ranged(book, name)?,
    };
    for row in &mut grid.rows {
        row.cells.sort_by_key(|(c, _)| *c);
    }
    grid.rows.sort_by_key(|r| r.row);
    Ok(grid)
}

fn calamine_error(e: impl std::fmt::Display) -> GridError {
    GridError::Calamine(e.to_string())
}

/// Adds a cell to the rows being built, which arrive in row order.
fn push(
    rows: &mut Vec<Row>,
    count: &mut usize,
    (row, col): (u32, u32),
    v: Value,
) -> Result<(), GridError> {
    if v == Value::Empty {
        return Ok(());
    }
    *count += 1;
    if *count > MAX_CELLS {
        return Err(GridError::TooManyCells);
    }
    match rows.last_mut() {
        Some(last) if last.row == row => last.cells.push((col, v)),
        _ => rows.push(Row {
            row,
            cells: vec![(col, v)],
        }),
    }
    Ok(())
}

/// An `.xlsx` sheet, cell by cell, with each cell's number format: a
/// percentage is shown as one. Cells that hold nothing are remembered, and
/// only if there are any is the sheet read again for formulas without a
/// computed value (a file written by a program that does not compute them).
fn streamed<RS: Read + Seek>(book: &mut Xlsx<RS>, name: &str) -> Result<Grid, GridError> {
    let mut rows = Vec::new();
    let mut count = 0;
    let mut blank = Vec::new();
    {
        let mut cells = book.worksheet_cells_reader(name).map_err(calamine_error)?;
        let percent: Vec<Option<usize>> = cells
            .styles()
            .iter()
            .map(|s| {
                s.number_format
                    .as_ref()
                    .and_then(|f| percent_decimals(&f.format_code))
            })
            .collect();
        while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(calamine_error)? {
            let pos = cell.get_position();
            let v = match (cell.get_value(), percent.get(style).copied().flatten()) {
                (DataRef::Float(f), Some(d)) => Value::Percent(format!("{:.*}%", d, f * 100.0)),
                (DataRef::Int(i), Some(d)) => {
                    Value::Percent(format!("{:.*}%", d, *i as f64 * 100.0))
                }
                (v, _) => from_ref(v),
            };
            if v == Value::Empty {
                blank.push(pos);
            }
            push(&mut rows, &mut count, pos, v)?;
        }
    }
    if !blank.is_empty() {
        blank.sort_unstable();
        let mut cells = book.worksheet_cells_reader(name).map_err(calamine_error)?;
        let mut formulas = Vec::new();
        while let Some(f) = cells.next_formula().map_err(calamine_error)? {
            if !f.get_value().is_empty() && blank.binary_search(&f.get_position()).is_ok() {
                formulas.push((f.get_position(), Value::Formula(f.get_value().clone())));
            }
        }
        for (pos, v) in formulas {
            insert(&mut rows, pos, v);
        }
    }
    Ok(Grid {
        rows,
        merged: Vec::new(),
    })
}

/// Puts a value where the sheet had none, keeping the rows in order.
fn insert(rows: &mut Vec<Row>, (row, col): (u32, u32), v: Value) {
    match rows.binary_search_by_key(&row, |r| r.row) {
        Ok(i) => rows[i].cells.push((col, v)),
        Err(i) => rows.insert(
            i,
            Row {
                row,
                cells: vec![(col, v)],
            },
        ),
    }
}

/// The decimals a percentage number format shows ("0%" → 0, "0.00%" → 2);
/// `None` for any other format.
fn percent_decimals(code: &str) -> Option<usize> {
    // Quoted text and escaped characters in a format are shown, not applied.
    let mut plain = String::new();
    let mut quoted = false;
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\\' => {
                chars.next();
            }
            c if !quoted => plain.push(c),
            _ => {}
        }
    }
    let section = plain.split(';').next().unwrap_or("");
    if !section.contains('%') {
        return None;
    }
    let decimals = section.split_once('.').map_or(0, |(_, frac)| {
        frac.chars().take_while(|&c| c == '0' || c == '#').count()
    });
    Some(decimals)
}

/// A sheet of the other formats, through calamine's range.
fn ranged<RS: Read + Seek>(book: &mut Sheets<RS>, name: &str) -> Result<Grid, GridError> {
    let range = book.worksheet_range(name).map_err(calamine_error)?;
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    let mut count = 0;
    for (r, c, v) in range.used_cells() {
        let pos = (r0 + r as u32, c0 + c as u32);
        push(&mut rows, &mut count, pos, from_data(v))?;
    }
    Ok(Grid {
        rows,
        merged: Vec::new(),
    })
}

/// The merged ranges of sheet `name`. Reading them costs another pass
/// over the sheet, so it is done only when the header needs them.
pub fn merged<RS: Read + Seek>(book: &mut Sheets<RS>, name: &str) -> Vec<Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn from_ref(v: &DataRef<'_>) -> Value {
    match v {
        DataRef::Empty => Value::Empty,
        DataRef::String(s) => Value::Text(s.clone()),
        DataRef::SharedString(s) => Value::Text((*s).to_string()),
        DataRef::Float(f) => Value::Number(*f),
        DataRef::Int(i) => Value::Number(*i as f64),
        DataRef::Bool(b) => Value::Text(bool_text(*b)),
        DataRef::DateTime(d) => date(d),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Date(s.clone()),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

fn from_data(v: &Data) -> Value {
    match v {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Bool(b) => Value::Text(bool_text(*b)),
        Data::DateTime(d) => date(d),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Date(s.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

/// A boolean as Excel writes it in a CSV.
fn bool_text(b: bool) -> String {
    if b { "TRUE" } else { "FALSE" }.to_string()
}

fn date(d: &calamine::ExcelDateTime) -> Value {
    let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
    if d.is_duration() || (h, min, s) != (0, 0, 0) {
        Value::Date(format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}:{s:02}"))
    } else {
        Value::Date(format!("{y:04}-{m:02}-{day:02}"))
    }
}

#[cfg(test)]
mod tests {
    use super::percent_decimals;

    #[test]
    fn percentage_formats_are_recognised_with_their_decimals() {
        assert_eq!(percent_decimals("0%"), Some(0));
        assert_eq!(percent_decimals("0.00%"), Some(2));
        assert_eq!(percent_decimals("0.0%;[Red]-0.0%"), Some(1));
        assert_eq!(percent_decimals("0.00"), None);
        assert_eq!(percent_decimals("0.00\"%\""), None);
        assert_eq!(percent_decimals("General"), None);
    }
}
