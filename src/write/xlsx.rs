//! Workbooks, written with `rust_xlsxwriter`: a [`Sheet`] becomes a
//! worksheet with a bold, frozen header, an autofilter, and numbers stored
//! as numbers in the format the screen shows them.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::sheet::{Cell, Sheet};

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
        ws.write_string_with_format(0, col(c), h, &bold)?;
    }
    let formats: Vec<Format> = (0..=6u8).map(number_format).collect();
    for (r, row) in sheet.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Text(s) => {
                    ws.write_string(r, col(c), s)?;
                }
                Cell::Number { value, decimals } if value.is_finite() => {
                    let f = &formats[usize::from((*decimals).min(6))];
                    ws.write_number_with_format(r, col(c), *value, f)?;
                }
                Cell::Number { .. } => {
                    ws.write_string(r, col(c), cell.shown())?;
                }
                Cell::Empty => {}
            }
        }
    }
    if !sheet.header.is_empty() {
        let last_row =
            u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        ws.autofilter(0, 0, last_row, col(sheet.header.len() - 1))?;
        ws.set_freeze_panes(1, 0)?;
    }
    for (c, h) in sheet.header.iter().enumerate() {
        let widest = sheet
            .rows
            .iter()
            .filter_map(|r| r.get(c))
            .map(|cell| cell.shown().chars().count())
            .chain([h.chars().count()])
            .max()
            .unwrap_or(8);
        ws.set_column_width(col(c), (widest.clamp(6, 60) + 2) as f64)?;
    }
    Ok(())
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

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name(""), "Sheet");
        assert_eq!(sheet_name("a[b]"), "a b");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
    }
}
