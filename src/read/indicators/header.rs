//! The start of an indicator file: its header row read and checked
//! (required columns present, none twice, unknown ones warned about), and
//! a row builder made for the rows under it.

use std::io::{BufReader, Read};

use super::builder::Builder;
use super::schema::HeaderMap;
use crate::read::encoding::NOT_UTF8;
use crate::read::error::{Errors, LoadError};
use crate::read::input::empty;
use crate::read::records::{Limits, RecordReader};
use crate::read::table::{Reading, Table, normalize_header};
use crate::sanitize::quote;

/// Checks the start of the input and reads the header: a record reader
/// positioned at the first data row, and a builder for the rows.
/// With the file's `size`, the builder reserves room for the rows it likely
/// holds, judged by the lines in the first block.
pub(crate) fn start<R: Read>(
    name: &str,
    reader: R,
    size: Option<u64>,
    limits: Limits,
) -> Result<(RecordReader<BufReader<R>>, Builder), LoadError> {
    let how = Reading {
        delimiter: None,
        limits,
        size,
    };
    let table = Table::open(name, reader, how)?;
    let header = parse_header(name, &table.header, 1, None)?;
    let mut builder = Builder::new(header, table.delimiter == b';');
    if let Some(rows) = table.rows_estimate {
        builder.reserve(rows);
    }
    Ok((table.records, builder))
}

/// The columns of a header row on `line`, or every problem with it. A row
/// of blank names is no header: the file is empty. `place` lets a workbook
/// name the cells.
pub(crate) fn parse_header(
    name: &str,
    fields: &[Vec<u8>],
    line: u64,
    sheet: Option<std::sync::Arc<crate::read::error::SheetPlace>>,
) -> Result<HeaderMap, LoadError> {
    let mut names = Vec::with_capacity(fields.len());
    for (i, field) in fields.iter().enumerate() {
        match std::str::from_utf8(field) {
            Ok(s) => names.push(s),
            Err(_) => {
                return Err(LoadError::at(
                    name,
                    line,
                    Some(&format!("column {}", i + 1)),
                    NOT_UTF8,
                ));
            }
        }
    }
    if names.iter().all(|n| normalize_header(n).is_empty()) {
        return Err(empty(name));
    }
    let header = HeaderMap::from_names(names);
    let mut errors = Errors::in_sheet(sheet);
    for col in header.missing_required() {
        errors.push(
            line,
            Some(col.name()),
            "required column is missing from the header",
        );
    }
    for col in &header.duplicated {
        errors.push(
            line,
            Some(col),
            "column appears more than once in the header",
        );
    }
    if errors.is_empty() {
        Ok(header)
    } else {
        Err(errors.into_error(name))
    }
}

/// One warning naming the columns the schema does not know.
pub(super) fn unknown_columns_warning(unknown: &[String]) -> String {
    const SHOWN: usize = 5;
    let names: Vec<String> = unknown.iter().take(SHOWN).map(|u| quote(u)).collect();
    let more = if unknown.len() > SHOWN {
        format!(" and {} more", unknown.len() - SHOWN)
    } else {
        String::new()
    };
    format!(
        "ignored {} unknown column{}: {}{more}",
        unknown.len(),
        if unknown.len() == 1 { "" } else { "s" },
        names.join(", ")
    )
}
