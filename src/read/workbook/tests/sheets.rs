//! Sheets as people name and fill them: names Excel quotes, any case,
//! errors typed as text, headers pushed down, notes under the table.

use rust_xlsxwriter::{Workbook, Worksheet};

use super::*;

/// One sheet named `name` with the header on row `at` (0-based) and two
/// good rows, edited further by `edit`.
fn sheet_book(
    name: &str,
    at: u32,
    edit: impl FnOnce(&mut Worksheet),
) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name(name).unwrap();
    ws.write_string(0, 0, "Title").unwrap();
    put(
        ws,
        at,
        &[
            header_row(),
            good_row("LEG-01", 1.5),
            good_row("LEG-02", 2.0),
        ],
    );
    edit(ws);
    let path = save(dir.path(), "sheet.xlsx", &mut wb);
    (dir, path)
}

#[test]
fn a_sheet_name_excel_quotes_is_quoted_in_messages() {
    let (_d, path) = sheet_book("GCI 2024 data", 3, |ws| {
        ws.write_string(5, 5, "n/a").unwrap();
    });
    assert_eq!(
        only_error(&path),
        "'GCI 2024 data'!F6: score: \"n/a\" is not a number"
    );
}

#[test]
fn sheet_names_are_chosen_whatever_their_case() {
    let (_d, path) = sheet_book("Data", 3, |_| {});
    assert_eq!(load(&path, Some("data")).unwrap().obs.len(), 2);
}

#[test]
fn an_error_stored_as_text_in_a_number_column_reads_as_an_error() {
    let (_d, path) = sheet_book("Data", 3, |ws| {
        ws.write_string(5, 5, "#N/A").unwrap();
        // In a text column it is only text.
        ws.write_string(4, 4, "#N/A").unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Data!F6: score: holds the error #N/A: correct the formula or type the value"
    );
}

#[test]
fn a_header_below_the_rows_searched_is_named_with_its_row() {
    let (_d, path) = sheet_book("Data", 22, |_| {});
    assert_eq!(
        errors(&path, None),
        vec![format!(
            "{}: the header row of sheet \"Data\" is row 23, below the first 20 rows searched for it: delete some of the rows above it",
            path.display()
        )]
    );
}

#[test]
fn a_note_under_the_table_is_one_error_naming_its_cell() {
    let (_d, path) = sheet_book("Data", 3, |ws| {
        ws.write_string(8, 0, "Source: ITU GCI 2024").unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Data row 9: only cell A9 has a value (\"Source: ITU GCI 2024\"): a note under the table? Move notes above the header row, or delete the row"
    );
}

#[test]
fn a_missing_file_with_a_sheet_is_missing_not_a_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nosuch.xlsx");
    assert_eq!(
        errors(&path, Some("Data")),
        vec![format!("{}: cannot open: no such file", path.display())]
    );
}
