//! Each kind of cell a workbook holds, and the message for each that
//! cannot be read, checked exactly.

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};

use super::*;

/// A workbook with one sheet "Indicators": a title in A1, a note in A2,
/// the header in row 4 and good rows below; `edit` changes it further.
fn book(edit: impl FnOnce(&mut Worksheet)) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Indicators").unwrap();
    ws.write_string(0, 0, "Zambia cybersecurity index, working sheet")
        .unwrap();
    ws.write_string(1, 0, "Scores out of max_score; see the notes tab")
        .unwrap();
    put(
        ws,
        3,
        &[
            header_row(),
            good_row("LEG-01", 1.5),
            good_row("LEG-02", 2.0),
        ],
    );
    edit(ws);
    let path = save(dir.path(), "book.xlsx", &mut wb);
    (dir, path)
}

#[test]
fn the_header_is_found_under_title_rows_and_the_rows_load() {
    let (_d, path) = book(|_| {});
    let ds = load(&path, None).unwrap();
    assert_eq!(ds.obs.len(), 2);
    assert_eq!(ds.score(0), Some(1.5));
    assert_eq!(ds.years, vec![2024]);
}

#[test]
fn a_text_cell_in_a_number_column_names_sheet_cell_and_column() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 0.0)]);
        ws.write_string(6, 5, "abc").unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Indicators!F7: score: \"abc\" is not a number"
    );
}

#[test]
fn numbers_stored_as_text_read_with_a_point_or_a_comma() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 0.0)]);
        ws.write_string(6, 5, "2,5").unwrap();
        put(ws, 7, &[good_row("LEG-04", 0.0)]);
        ws.write_string(7, 5, " 1.25").unwrap();
    });
    let ds = load(&path, None).unwrap();
    let scores: Vec<_> = (0..ds.obs.len()).map(|i| ds.score(i)).collect();
    assert!(
        scores.contains(&Some(2.5)) && scores.contains(&Some(1.25)),
        "{scores:?}"
    );
}

#[test]
fn a_percentage_keeps_the_csv_hint() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 0.0)]);
        let pct = Format::new().set_num_format("0%");
        ws.write_number_with_format(6, 5, 0.85, &pct).unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Indicators!F7: score: \"85%\" is not a number: write the score without a % sign"
    );
}

#[test]
fn a_date_in_the_year_column_says_what_to_do() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 1.0)]);
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let d = ExcelDateTime::from_ymd(2024, 1, 1).unwrap();
        ws.write_datetime_with_format(6, 1, &d, &date).unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Indicators!B7: year: is a date (2024-01-01), not a year: type the year as a number like 2024, and format the cell as Number or General"
    );
}

#[test]
fn error_cells_and_booleans_are_located_errors() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 1.0), good_row("LEG-04", 1.0)]);
        ws.write_formula(6, 5, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        ws.write_boolean(7, 5, true).unwrap();
    });
    let e = errors(&path, None);
    let at = |s: &str| format!("{}: {s}", path.display());
    assert_eq!(
        e,
        vec![
            at(
                "Indicators!F7: score: holds the error #DIV/0!: correct the formula or type the value"
            ),
            at("Indicators!F8: score: \"TRUE\" is not a number"),
        ]
    );
}

#[test]
fn a_formula_gives_its_saved_value() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 0.0)]);
        ws.write_formula(6, 5, Formula::new("=F5+1").set_result("2.5"))
            .unwrap();
    });
    let ds = load(&path, None).unwrap();
    assert!((0..ds.obs.len()).any(|i| ds.score(i) == Some(2.5)));
}

#[test]
fn every_problem_is_listed_with_its_cell() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 1.0), good_row("LEG-04", 1.0)]);
        ws.write_string(6, 5, "x").unwrap();
        ws.write_number(7, 5, 9.0).unwrap();
        ws.write_string(7, 0, "").unwrap();
    });
    let e = errors(&path, None);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(
        e[0].contains("Indicators!F7: score: \"x\" is not a number"),
        "{e:?}"
    );
    assert!(e[1].contains("Indicators!F8: score:"), "{e:?}");
}

#[test]
fn a_cell_beside_the_table_is_an_error_naming_it() {
    let (_d, path) = book(|ws| {
        ws.write_string(4, 9, "stray").unwrap();
    });
    assert_eq!(
        only_error(&path),
        "Indicators row 5: cell J5 is outside the table, whose header spans A–H"
    );
}

#[test]
fn empty_formatted_rows_and_columns_below_and_beside_are_ignored() {
    let (_d, path) = book(|ws| {
        let bold = Format::new().set_bold();
        for r in 6..40 {
            for c in 0..12 {
                ws.write_blank(r, c, &bold).unwrap();
            }
        }
    });
    assert_eq!(load(&path, None).unwrap().obs.len(), 2);
}

#[test]
fn a_header_cell_merged_down_from_the_row_above_names_its_column() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Indicators").unwrap();
    // "country" spans rows 1–2; the other names are on row 2.
    ws.merge_range(0, 0, 1, 0, "country", &Format::new())
        .unwrap();
    let mut header = header_row();
    header[0] = W::S("");
    put(ws, 1, &[header, good_row("LEG-01", 1.5)]);
    let path = save(dir.path(), "merged.xlsx", &mut wb);
    let ds = load(&path, None).unwrap();
    assert_eq!(ds.countries[0].code, "ZMB");
}

#[test]
fn the_first_sheet_with_the_columns_is_read_and_sheet_chooses() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let notes = wb.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "Read me first").unwrap();
    let data = wb.add_worksheet().set_name("2024").unwrap();
    put(data, 0, &[header_row(), good_row("LEG-01", 1.5)]);
    let other = wb.add_worksheet().set_name("2020").unwrap();
    put(
        other,
        0,
        &[
            header_row(),
            good_row("LEG-01", 0.5),
            good_row("LEG-02", 1.0),
        ],
    );
    let path = save(dir.path(), "two.xlsx", &mut wb);
    assert_eq!(load(&path, None).unwrap().score(0), Some(1.5));
    assert_eq!(load(&path, Some("2020")).unwrap().obs.len(), 2);
    assert_eq!(
        errors(&path, Some("2019")),
        vec![format!(
            "{}: has no sheet \"2019\"; its sheets are \"Notes\", \"2024\", \"2020\"",
            path.display()
        )]
    );
    assert_eq!(
        errors(&path, Some("Notes")),
        vec![format!(
            "{}: sheet \"Notes\" has no header row with the required columns in its first 20 rows; the closest, Notes row 1, lacks year, pillar, indicator_id, score, max_score",
            path.display()
        )]
    );
}

#[test]
fn a_missing_column_in_the_header_row_names_its_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Data").unwrap();
    let mut header = header_row();
    header[6] = W::S("max");
    put(ws, 2, &[header, good_row("LEG-01", 1.5)]);
    let path = save(dir.path(), "nomax.xlsx", &mut wb);
    assert_eq!(
        errors(&path, None),
        vec![format!(
            "{}: its sheet \"Data\" has no header row with the required columns in its first 20 rows; the closest, Data row 3, lacks max_score",
            path.display()
        )]
    );
}

#[test]
fn a_sheet_option_on_a_csv_file_is_refused() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let e = errors(&path, Some("Indicators"));
    assert!(e[0].ends_with("is not a workbook, so it has no sheets to choose with --sheet"));
}

#[test]
fn a_damaged_workbook_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.xlsx");
    let (_d, good) = book(|_| {});
    let bytes = std::fs::read(good).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let e = errors(&path, None);
    assert_eq!(e.len(), 1);
    assert!(
        e[0].ends_with(
            "cannot be opened (invalid Zip archive: Could not find EOCD); is the file complete?"
        ),
        "{e:?}"
    );
}

/// `path`'s workbook with every formula's saved value taken out, as
/// programs that write formulas without computing them leave it.
fn without_formula_values(path: &Path) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).unwrap();
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut part = zin.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut text = Vec::new();
        part.read_to_end(&mut text).unwrap();
        if name.starts_with("xl/worksheets/") {
            let s = String::from_utf8(text).unwrap();
            let cut = regex_free_strip(&s);
            text = cut.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&text).unwrap();
    }
    std::fs::write(path, out.finish().unwrap().into_inner()).unwrap();
}

/// Removes `<v>…</v>` after each `</f>`.
fn regex_free_strip(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("</f><v>") {
        out.push_str(&rest[..i + 4]);
        let after = &rest[i + 4..];
        let end = after.find("</v>").unwrap() + 4;
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn a_formula_without_a_saved_value_names_its_cell() {
    let (_d, path) = book(|ws| {
        put(ws, 6, &[good_row("LEG-03", 0.0)]);
        ws.write_formula(6, 5, Formula::new("=F5+1")).unwrap();
    });
    without_formula_values(&path);
    assert_eq!(
        only_error(&path),
        "Indicators!F7: score: the formula =F5+1 has no saved value: open and save the file in Excel or LibreOffice, which store the values"
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

    /// A damaged workbook (bytes changed anywhere, or cut short) is an
    /// error or a load, never a panic or a hang.
    #[test]
    fn a_damaged_workbook_never_panics(
        at in proptest::prelude::any::<proptest::sample::Index>(),
        byte in proptest::prelude::any::<u8>(),
        cut in proptest::prelude::any::<proptest::sample::Index>(),
    ) {
        let (_d, path) = book(|ws| {
            put(ws, 6, &[good_row("LEG-03", 1.0)]);
        });
        let mut bytes = std::fs::read(&path).unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        bytes.truncate(bytes.len() - cut.index(bytes.len() / 4));
        std::fs::write(&path, &bytes).unwrap();
        let result = std::panic::catch_unwind(|| load(&path, None));
        proptest::prop_assert!(result.is_ok(), "the load panicked");
    }
}
