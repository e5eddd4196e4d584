//! A CSV table as every CSV reader sees it: the input checked to be text,
//! its delimiter, its header row, and a reader of the records under it;
//! and what is the same for the rows of every CSV format (blank and short
//! rows, records the reader refused, header names as people type them).

use std::io::{BufRead, BufReader, Read};

use super::error::{Errors, LoadError};
use super::input::{BINARY, empty, read_error, text_head};
use super::records::{Limits, ReadError, Record, RecordReader};

/// How to read a table.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reading {
    /// The delimiter, when the format fixes one; else the header line's.
    pub delimiter: Option<u8>,
    pub limits: Limits,
    /// The input's size in bytes, when known: then the rows it probably
    /// holds are judged from its first block, to reserve room for them.
    pub size: Option<u64>,
}

impl Default for Reading {
    fn default() -> Self {
        Reading {
            delimiter: None,
            limits: Limits::DEFAULT,
            size: None,
        }
    }
}

/// An input whose header row has been read.
pub(crate) struct Table<R> {
    /// The header row's fields, trimmed, as bytes: each format decides
    /// what to make of names that are not UTF-8.
    pub header: Vec<Vec<u8>>,
    /// The line the header row is on (blank lines may come before it).
    pub header_line: u64,
    pub delimiter: u8,
    /// Rows the input probably holds, a little over; `None` without a size
    /// or when its first block says too little.
    pub rows_estimate: Option<usize>,
    /// Positioned at the first row under the header.
    pub records: RecordReader<BufReader<R>>,
}

impl<R: Read> Table<R> {
    /// Checks the start of `source` and reads its header row; `name` is
    /// used in messages. An input without one is "empty", in every format.
    pub(crate) fn open(name: &str, source: R, how: Reading) -> Result<Table<R>, LoadError> {
        let mut buffered = BufReader::with_capacity(1 << 16, source);
        let sniffed = text_head(name, &mut buffered)?;
        // Already read by text_head: this only looks at the buffer again.
        let head = buffered.fill_buf().map_err(|e| read_error(name, e))?;
        let rows_estimate = how.size.and_then(|size| estimate_rows(head, size));
        let delimiter = how.delimiter.unwrap_or(sniffed);
        let mut records = RecordReader::new(buffered, delimiter).limits(how.limits);
        let (header, header_line) = match records
            .next_record()
            .map_err(|e| reading_error(name, e, |_| None))?
        {
            Some(record) => (record.iter().map(<[u8]>::to_vec).collect(), record.line),
            None => return Err(empty(name)),
        };
        Ok(Table {
            header,
            header_line,
            delimiter,
            rows_estimate,
            records,
        })
    }
}

/// Rows in a file of `size` bytes whose first block is `head`, a little
/// over; `None` when the block says too little.
fn estimate_rows(head: &[u8], size: u64) -> Option<usize> {
    /// Far beyond any real index file; a bad guess must not reserve gigabytes.
    const CAP: u64 = 20_000_000;
    let lines = head.iter().filter(|&&b| b == b'\n').count() as u64;
    if lines < 8 {
        return None;
    }
    let per_row = (head.len() as u64 / lines).max(1);
    Some((size / per_row + size / per_row / 50 + 16).min(CAP) as usize)
}

/// The located error for what the record reader refused; `column` names
/// field `i` of the row when it can ("column N" otherwise).
pub(crate) fn reading_error(
    name: &str,
    e: ReadError,
    column: impl Fn(usize) -> Option<String>,
) -> LoadError {
    match e {
        ReadError::Io(e) => read_error(name, e),
        ReadError::Binary { line } => LoadError::at(name, line, None, BINARY),
        ReadError::CellTooLong {
            line,
            field,
            quoted,
            limit,
        } => {
            let col = column(field).unwrap_or_else(|| format!("column {}", field + 1));
            // An opening quote never closed makes one cell of the rows after it.
            let hint = if quoted {
                "; is a closing quote missing?"
            } else {
                ""
            };
            LoadError::at(
                name,
                line,
                Some(&col),
                format!(
                    "is longer than {}, the most one cell may hold{hint}",
                    byte_size(limit)
                ),
            )
        }
        ReadError::RowTooLong { line, limit } => LoadError::at(
            name,
            line,
            None,
            format!(
                "the row is longer than {}, the most one row may hold",
                byte_size(limit)
            ),
        ),
    }
}

fn byte_size(bytes: usize) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// Whether a data row can be read cell by cell: not cut off inside quotes
/// (an error), not blank (Excel leaves rows of bare separators below the
/// data; skipped), and as wide as the header (an error).
pub(crate) fn usable_record(record: &Record<'_>, fields: usize, errors: &mut Errors) -> bool {
    let line = record.line;
    if record.unterminated_quote {
        errors.push(
            line,
            None,
            "the file ends inside a quoted field that starts on this line; is it truncated?",
        );
        return false;
    }
    if record.iter().all(<[u8]>::is_empty) {
        return false;
    }
    if record.len() != fields {
        errors.push(
            line,
            None,
            format!(
                "row has {} field{} but the header has {}",
                record.len(),
                if record.len() == 1 { "" } else { "s" },
                fields
            ),
        );
        return false;
    }
    true
}

/// Header names as people type them in Excel: "Max Score", "indicator-id",
/// " YEAR " all mean the canonical snake_case column.
pub fn normalize_header(raw: &str) -> String {
    raw.trim_start_matches('\u{feff}')
        .trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' | '.' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}
