//! What one record may hold, and why reading stopped: the size limits on
//! a row and a cell, the errors the reader gives, and the judge that says
//! which limit an oversized record breaks.

use std::io;

/// The most one row and one cell may hold, in bytes of the file. Evidence
/// is a paragraph or a list of links; a megabyte is far beyond any real
/// cell, and four are far beyond any real row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// A cell's content, without its enclosing quotes.
    pub cell: usize,
    /// A row from its first byte up to its line end.
    pub row: usize,
}

impl Limits {
    pub const DEFAULT: Limits = Limits {
        cell: 1 << 20,
        row: 4 << 20,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// Why reading stopped. Lines are those of the input the reader was given
/// (a reader started mid-file counts from 1).
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// A NUL byte, on this line: the input is not text.
    Binary {
        line: u64,
    },
    /// Field `field` (0-based) of the row starting on `line` is over
    /// `limit` bytes; `quoted` when it opens with a quote, which a missing
    /// closing quote makes swallow the rows after it.
    CellTooLong {
        line: u64,
        field: usize,
        quoted: bool,
        limit: usize,
    },
    /// The row starting on `line` is over `limit` bytes, no one cell of
    /// it over the cell limit.
    RowTooLong {
        line: u64,
        limit: usize,
    },
}

impl ReadError {
    /// The same error in a reader that started `offset` lines into the file.
    pub fn shifted(self, offset: u64) -> ReadError {
        match self {
            ReadError::Io(e) => ReadError::Io(e),
            ReadError::Binary { line } => ReadError::Binary {
                line: line + offset,
            },
            ReadError::CellTooLong {
                line,
                field,
                quoted,
                limit,
            } => ReadError::CellTooLong {
                line: line + offset,
                field,
                quoted,
                limit,
            },
            ReadError::RowTooLong { line, limit } => ReadError::RowTooLong {
                line: line + offset,
                limit,
            },
        }
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
}

/// Which limit a record over one breaks: the first cell over the cell
/// limit, else the row (`cut`: `raw` is the row's first `limit + 1` bytes,
/// not all of it); `None` when neither. `raw` is read by csv-core, as the
/// slow path reads it, counting each cell's bytes without its quotes.
pub(super) fn judge(
    raw: &[u8],
    line: u64,
    delimiter: u8,
    limits: Limits,
    cut: bool,
) -> Option<ReadError> {
    let mut core = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut scratch = [0u8; 4096];
    let (mut input, mut at) = (raw, 0usize);
    let (mut field, mut field_start, mut field_len) = (0usize, 0usize, 0usize);
    let too_long = |field, start: usize| ReadError::CellTooLong {
        line,
        field,
        quoted: raw.get(start) == Some(&b'"'),
        limit: limits.cell,
    };
    // An empty input would tell csv-core the file ended: stop before.
    while !input.is_empty() {
        let (result, n_in, n_out) = core.read_field(input, &mut scratch);
        input = &input[n_in..];
        at += n_in;
        field_len += n_out;
        match result {
            csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
            csv_core::ReadFieldResult::Field { record_end } => {
                if field_len > limits.cell {
                    return Some(too_long(field, field_start));
                }
                if record_end {
                    field_len = 0;
                    break;
                }
                (field, field_start, field_len) = (field + 1, at, 0);
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    // The field still open where `raw` stops.
    if field_len > limits.cell {
        return Some(too_long(field, field_start));
    }
    cut.then_some(ReadError::RowTooLong {
        line,
        limit: limits.row,
    })
}
