//! Workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`), read with calamine: a
//! sheet's table becomes the same records a CSV gives, so a workbook loads
//! to exactly the dataset of the CSV Excel would save from it, and every
//! problem names its sheet and cell (`gci.xlsx: Indicators!D7: score: …`).
//!
//! - `grid.rs`: a sheet's cells, as values a CSV cell could hold or not;
//! - `cells.rs`: each value as the CSV's text, or the error it is;
//! - `table.rs`: the sheet and header row found, and the rows as records.

pub mod cells;
mod grid;
pub mod table;

use std::io::{Cursor, Read};
use std::path::Path;

use calamine::{Sheets, open_workbook_auto_from_rs};

use super::error::LoadError;
use super::indicators::builder::Builder;
use super::indicators::header::parse_header;
use super::indicators::schema::{Column, HeaderMap};
use super::input::{Opening, open_input, read_error};
use crate::model::dataset::Dataset;
use table::{Kind, SheetTable};

/// The largest workbook file read: far beyond a million-row sheet of
/// indicators (about 40 MB), small enough to hold in memory.
pub const MAX_FILE: u64 = 512 << 20;

/// The most a workbook's parts may say they hold unpacked: a few small
/// compressed bytes can unpack to gigabytes (a "zip bomb").
pub const MAX_UNPACKED: u64 = 4 << 30;

/// Whether the file at `path` is a workbook, judged by its first bytes
/// (a zip archive, or a legacy OLE document) and never by its name.
pub fn sniff(path: &Path) -> bool {
    let mut head = [0u8; 4];
    // Only a regular file, opened without waiting: a FIFO is never opened
    // here (it would wait for a writer) and is read as CSV text or refused.
    let Ok(Some(mut f)) = super::input::open_regular(path) else {
        return false;
    };
    f.read_exact(&mut head).is_ok() && is_workbook_head(&head)
}

pub(crate) fn is_workbook_head(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(b"\xD0\xCF\x11\xE0")
}

/// Opens the workbook at `path`, read whole into memory.
pub(crate) fn open(
    path: &Path,
    name: &str,
    opening: Opening,
) -> Result<Sheets<Cursor<Vec<u8>>>, LoadError> {
    let file = open_input(path, name, opening)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(name, e))?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(LoadError::file_level(
            name,
            format!(
                "is larger than {} MiB, the largest workbook read",
                MAX_FILE >> 20
            ),
        ));
    }
    if bytes.starts_with(b"PK") {
        check_unpacked(name, &bytes)?;
    }
    open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        LoadError::file_level(
            name,
            format!("looks like a workbook, but cannot be read as .xlsx, .xlsm, .xls or .ods: {e}"),
        )
    })
}

/// Refuses an archive whose parts say they unpack to more than
/// [`MAX_UNPACKED`] before anything is unpacked.
fn check_unpacked(name: &str, bytes: &[u8]) -> Result<(), LoadError> {
    let not_zip = |e: zip::result::ZipError| {
        LoadError::file_level(
            name,
            format!(
                "looks like a workbook or zip archive, but cannot be opened ({e}); is the file complete?"
            ),
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_zip)?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(not_zip)?;
        total = total.saturating_add(part.size());
    }
    if total > MAX_UNPACKED {
        return Err(LoadError::file_level(
            name,
            format!(
                "unpacks to more than {} GiB; it is not an index workbook",
                MAX_UNPACKED >> 30
            ),
        ));
    }
    Ok(())
}

/// Opens the workbook at `path` and finds its table. calamine parses
/// what the file says; should it panic on a damaged file, that is this
/// file's error, never the end of the program.
pub(crate) fn find_table(
    path: &Path,
    name: &str,
    opening: Opening,
    sheet: Option<&str>,
    test: table::HeaderTest<'_>,
) -> Result<SheetTable, LoadError> {
    let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut book = open(path, name, opening)?;
        SheetTable::find(&mut book, name, sheet, test)
    }));
    found.unwrap_or_else(|_| {
        Err(LoadError::file_level(
            name,
            "looks like a workbook, but is damaged: it could not be read",
        ))
    })
}

/// Reads the indicator table of the workbook at `path`: sheet `sheet`, or
/// the first whose header has the required columns.
pub(crate) fn load_indicators(
    path: &Path,
    sheet: Option<&str>,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let test = |names: &[String]| -> Result<(), Vec<String>> {
        let missing = HeaderMap::from_names(names.iter().map(String::as_str)).missing_required();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing.iter().map(|c| c.name().to_string()).collect())
        }
    };
    let table = find_table(path, &name, opening, sheet, &test)?;
    let place = table.place();
    let fields: Vec<Vec<u8>> = table.header.iter().map(|h| h.as_bytes().to_vec()).collect();
    let header = parse_header(&name, &fields, table.header_line(), Some(place.clone()))?;
    let kinds: Vec<Kind> = (0..fields.len())
        .map(|i| match header.column_at(i) {
            Some(Column::Year) => Kind::Year,
            Some(c) if c.is_number() => Kind::Number,
            _ => Kind::Text,
        })
        .collect();
    let mut builder = Builder::new(header, false);
    builder.errors_mut().sheet = Some(place);
    let mut errors = crate::read::error::Errors::in_sheet(builder.errors_mut().sheet.clone());
    table.rows(&kinds, &mut errors, |record| builder.row(record));
    builder.errors_mut().absorb(errors, 0);
    let mut ds = builder.finish(&name)?;
    ds.sheet = Some((table.sheet.clone(), table.header_line()));
    Ok(ds)
}

#[cfg(test)]
mod tests;
