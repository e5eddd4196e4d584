//! Workbooks, written with `rust_xlsxwriter`: a [`Sheet`] becomes a
//! worksheet with a bold, frozen header, an autofilter (or an Excel table),
//! and numbers stored as numbers in the format the screen shows them.
//! Text is always written as a string, never as a formula: a name that
//! starts with `=` stays text.

use rust_xlsxwriter::{Format, Table, TableColumn, Workbook, Worksheet, XlsxError};

use super::sheet::{Cell, Sheet};

/// Excel's limit on the characters of a cell, counted in UTF-16 units.
const MAX_CELL_CHARS: usize = 32_767;

/// A workbook of the given sheets, as bytes for the atomic writer.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    for sheet in sheets {
        let ws = book.add_worksheet();
        add_sheet(ws, sheet)?;
    }
    book.save_to_buffer()
}

/// Writes `sheet` into `ws` from its first cell, and names the worksheet.
pub fn add_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(&sheet.name))?;
    let bold = Format::new().set_bold();
    for (c, h) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c), fit_cell(h), &bold)?;
    }
    write_rows(ws, sheet)?;
    if !sheet.header.is_empty() {
        ws.autofilter(0, 0, last_row(sheet)?, col(sheet.header.len() - 1))?;
        ws.set_freeze_panes(1, 0)?;
    }
    print_setup(ws);
    set_widths(ws, sheet)
}

/// Printed, a sheet is landscape, as wide as the page, with its header on
/// every page: a handed-on workbook prints readably without setting up.
pub fn print_setup(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    let _ = ws.set_repeat_rows(0, 0);
}

/// Writes `sheet` into `ws` as an Excel table named `table_name` (its own
/// autofilter, banded rows, sortable columns) under a frozen header, and
/// names the worksheet. A table needs a data row: an empty one gets an
/// empty row.
pub fn add_table_sheet(
    ws: &mut Worksheet,
    sheet: &Sheet,
    table_name: &str,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(&sheet.name))?;
    if sheet.header.is_empty() {
        return Ok(());
    }
    write_rows(ws, sheet)?;
    let columns: Vec<TableColumn> = table_headers(&sheet.header)
        .into_iter()
        .map(|h| TableColumn::new().set_header(h))
        .collect();
    let table = Table::new().set_name(table_name).set_columns(&columns);
    let last = last_row(sheet)?.max(1);
    ws.add_table(0, 0, last, col(sheet.header.len() - 1), &table)?;
    ws.set_freeze_panes(1, 0)?;
    print_setup(ws);
    set_widths(ws, sheet)
}

/// Headers as a table needs them: unique (Excel refuses a table with two
/// columns of one name, ignoring case) and not empty.
fn table_headers(header: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    header
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let base = if h.trim().is_empty() {
                format!("Column {}", i + 1)
            } else {
                fit_cell(h).to_string()
            };
            let mut name = base.clone();
            let mut n = 2;
            while !seen.insert(name.to_lowercase()) {
                name = format!("{base} {n}");
                n += 1;
            }
            name
        })
        .collect()
}

/// The last row a sheet's data takes, below its header.
fn last_row(sheet: &Sheet) -> Result<u32, XlsxError> {
    u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)
}

/// Every row of `sheet` below the header row.
fn write_rows(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let formats: Vec<Format> = (0..=MAX_DECIMALS).map(number_format).collect();
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(s) => {
                    ws.write_string(r, col(c), fit_cell(s))?;
                }
                Cell::Number { value, decimals } if value.is_finite() => {
                    let f = &formats[usize::from((*decimals).min(MAX_DECIMALS))];
                    ws.write_number_with_format(r, col(c), *value, f)?;
                }
                Cell::Number { .. } => {
                    ws.write_string(r, col(c), cell.shown())?;
                }
                Cell::Empty => {}
            }
        }
    }
    Ok(())
}

/// Each column as wide as its widest cell, within reason.
fn set_widths(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    for (c, h) in sheet.header.iter().enumerate() {
        let widest = sheet
            .rows
            .iter()
            .filter_map(|r| r.get(c))
            .map(|cell| match cell {
                // Only the first characters matter: the width is capped.
                Cell::Text(s) => s.chars().take(61).count(),
                other => other.shown().chars().count(),
            })
            .chain([h.chars().take(61).count()])
            .max()
            .unwrap_or(8);
        ws.set_column_width(col(c), (widest.clamp(6, 60) + 2) as f64)?;
    }
    Ok(())
}

/// The most decimals a number format shows.
const MAX_DECIMALS: u8 = 10;

/// Text cut to what a cell holds, ending in "…" when cut: a 1 MiB evidence
/// field would otherwise fail the whole workbook.
fn fit_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() <= MAX_CELL_CHARS || s.encode_utf16().count() <= MAX_CELL_CHARS {
        return s.into();
    }
    let mut units = 0;
    let mut out = String::new();
    for ch in s.chars() {
        units += ch.len_utf16();
        if units > MAX_CELL_CHARS - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out.into()
}

/// The Excel number format showing `decimals` decimals: "0", "0.00"…
fn number_format(decimals: u8) -> Format {
    let pattern = if decimals == 0 {
        "0".to_string()
    } else {
        format!("0.{}", "0".repeat(usize::from(decimals)))
    };
    Format::new().set_num_format(pattern)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A name Excel accepts: at most 31 characters, none of `[]:*?/\`, and
/// never empty.
pub fn sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .take(31)
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').to_string();
    if cleaned.is_empty() {
        "Sheet".to_string()
    } else {
        cleaned
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Data, Reader, Xlsx};

    #[test]
    fn numbers_read_back_as_numbers_and_text_as_text() {
        let sheet = Sheet {
            name: "Pillars: 2024/25".into(),
            header: vec!["pillar".into(), "score".into()],
            rows: vec![vec![Cell::text("Legal"), Cell::score(17.391_23)]],
        };
        let bytes = workbook(&[sheet]).unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), vec!["Pillars  2024 25".to_string()]);
        let range = book.worksheet_range("Pillars  2024 25").unwrap();
        assert_eq!(range.get((0, 1)), Some(&Data::String("score".into())));
        assert_eq!(range.get((1, 0)), Some(&Data::String("Legal".into())));
        assert_eq!(range.get((1, 1)), Some(&Data::Float(17.391_23)));
    }

    fn read_back(sheet: &Sheet, table: bool) -> calamine::Range<Data> {
        let mut book = Workbook::new();
        if table {
            add_table_sheet(book.add_worksheet(), sheet, "T").unwrap();
        } else {
            add_sheet(book.add_worksheet(), sheet).unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        book.worksheet_range(&sheet_name(&sheet.name)).unwrap()
    }

    #[test]
    fn text_reads_back_as_written_whatever_it_holds() {
        let hostile = [
            "=1+2",
            "@SUM(A1)",
            "-3.2",
            "_x0041_ stays",
            "bell\u{7} esc\u{1b}[2J tab\t",
            "\u{202e}bidi 日本 👍",
            "<b>&amp;</b>",
        ];
        let sheet = Sheet {
            name: "Hostile".into(),
            header: vec!["text".into()],
            rows: hostile.iter().map(|h| vec![Cell::text(*h)]).collect(),
        };
        for table in [false, true] {
            let range = read_back(&sheet, table);
            for (r, h) in hostile.iter().enumerate() {
                assert_eq!(range.get((r + 1, 0)), Some(&Data::String(h.to_string())));
            }
        }
    }

    #[test]
    fn text_longer_than_a_cell_holds_is_cut_not_refused() {
        let long = "é".repeat(40_000);
        let sheet = Sheet {
            name: "Long".into(),
            header: vec!["evidence".into()],
            rows: vec![
                vec![Cell::text(long.as_str())],
                vec![Cell::text("👍".repeat(20_000))],
            ],
        };
        let range = read_back(&sheet, true);
        let Some(Data::String(cut)) = range.get((1, 0)) else {
            panic!("a string")
        };
        assert_eq!(cut.encode_utf16().count(), MAX_CELL_CHARS);
        assert!(cut.ends_with('…') && long.starts_with(cut.trim_end_matches('…')));
        // Characters outside the BMP take two units: never one cut in half.
        let Some(Data::String(cut)) = range.get((2, 0)) else {
            panic!("a string")
        };
        assert!(cut.encode_utf16().count() <= MAX_CELL_CHARS && cut.ends_with('…'));
    }

    #[test]
    fn a_table_takes_any_header_and_no_rows() {
        let sheet = Sheet {
            name: "Tabled".into(),
            header: vec!["Score".into(), "score".into(), "".into()],
            rows: vec![],
        };
        let range = read_back(&sheet, true);
        assert_eq!(range.get((0, 1)), Some(&Data::String("score 2".into())));
        assert_eq!(range.get((0, 2)), Some(&Data::String("Column 3".into())));
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name(""), "Sheet");
        assert_eq!(sheet_name("a[b]"), "a b");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
