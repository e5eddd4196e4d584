//! Workbooks written with rust_xlsxwriter, one per cell case, read back.

mod cells;
mod same_as_csv;
mod sheets;

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Workbook, Worksheet};

use crate::model::Dataset;
use crate::read::error::LoadError;

/// A cell to write into a test workbook.
pub(super) enum W<'a> {
    S(&'a str),
    N(f64),
}

/// The header of the project's schema, as the sample writes it.
pub(super) const HEADER: [&str; 8] = [
    "country",
    "year",
    "pillar",
    "indicator_id",
    "indicator",
    "score",
    "max_score",
    "target",
];

/// A good data row under [`HEADER`].
pub(super) fn good_row(id: &str, score: f64) -> Vec<W<'_>> {
    vec![
        W::S("ZMB"),
        W::N(2024.0),
        W::S("Legal"),
        W::S(id),
        W::S("Cybercrime law"),
        W::N(score),
        W::N(3.0),
        W::N(3.0),
    ]
}

/// Writes `rows` from row `at` (0-based) of `ws`.
pub(super) fn put(ws: &mut Worksheet, at: u32, rows: &[Vec<W<'_>>]) {
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (at + r as u32, c as u16);
            match cell {
                W::S("") => {}
                W::S(s) => {
                    ws.write_string(r, c, *s).unwrap();
                }
                W::N(n) => {
                    ws.write_number(r, c, *n).unwrap();
                }
            }
        }
    }
}

pub(super) fn header_row() -> Vec<W<'static>> {
    HEADER.iter().map(|h| W::S(h)).collect()
}

/// Saves `book` as `name` in `dir`.
pub(super) fn save(dir: &Path, name: &str, book: &mut Workbook) -> PathBuf {
    let path = dir.join(name);
    book.save(&path).unwrap();
    path
}

pub(super) fn load(path: &Path, sheet: Option<&str>) -> Result<Dataset, LoadError> {
    crate::read::load_paths_in(&[path.to_path_buf()], sheet, None)
}

/// Every diagnostic of a failed load, as printed.
/// The one error reading `path` gives, without the file name before it.
pub(super) fn only_error(path: &Path) -> String {
    let e = errors(path, None);
    assert_eq!(e.len(), 1, "{e:?}");
    e[0].strip_prefix(&format!("{}: ", path.display()))
        .unwrap_or(&e[0])
        .to_string()
}

pub(super) fn errors(path: &Path, sheet: Option<&str>) -> Vec<String> {
    load(path, sheet).unwrap_err().lines().collect()
}

/// The dataset with the file it came from left out, to compare loads of
/// two files.
pub(super) fn content(mut ds: Dataset) -> Dataset {
    ds.source = String::new();
    ds
}
