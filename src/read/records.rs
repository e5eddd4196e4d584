//! A streaming CSV record reader that knows which line each record starts on.
//!
//! The csv crate's record positions are where the parser resumed, not where
//! the record starts: skipped blank lines are not counted and with CRLF line
//! ends every record is one line early. Errors must name the right line, so
//! this reader drives `csv_core` itself and counts newlines in the bytes each
//! record consumes.
//!
//! It is also where every input is bounded: a row and a cell have a size
//! limit, checked while reading (an endless line costs a few MiB, not all
//! memory), and a NUL byte anywhere makes the input binary.

use std::io::{self, Read};

/// Four times the BufReader's 64 KiB that callers peek through, so reads
/// into the free part of this buffer are large enough that BufReader hands
/// them straight to the file instead of copying every byte once more.
const BUF_SIZE: usize = 1 << 18;

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

pub struct RecordReader<R> {
    core: csv_core::Reader,
    delimiter: u8,
    limits: Limits,
    src: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    /// Where the record csv-core is reading starts in `buf`: its bytes are
    /// kept until it ends, so that an oversized one is judged on the same
    /// bytes as on the fast path.
    mark: Option<usize>,
    eof: bool,
    /// The line of the NUL byte the input was cut at: it is binary.
    binary: Option<u64>,
    at_start: bool,
    /// Line of the next unconsumed byte, 1-based.
    line: u64,
    /// The last consumed byte was `\r`, so a `\n` next completes a CRLF.
    after_cr: bool,
    /// Bytes of input consumed so far, counted from where the reader began.
    consumed: u64,
    out: Vec<u8>,
    ends: Vec<usize>,
    /// Field ranges of the current record, into `buf` (fast path) or `out`.
    bounds: Vec<(usize, usize)>,
    /// Tests compare the fast path with csv-core alone.
    #[cfg(test)]
    slow_only: bool,
}

#[cfg(test)]
thread_local! {
    /// Readers made on this thread use csv-core alone, so that tests can run
    /// whole loads through the path the fast one falls back to.
    pub(crate) static SLOW_ONLY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// What the fast path made of the buffer.
enum Fast {
    Record(FastEnd),
    End,
    /// The record runs past the buffer: read more and try again.
    NeedMore,
    /// Not a record the fast path reads exactly like csv-core.
    Irregular,
    /// Over a limit, or running into a NUL byte.
    Refused(ReadError),
}

struct FastEnd {
    line: u64,
    unterminated: bool,
}

/// One record: its fields (trimmed of ASCII whitespace) and where it starts.
pub struct Record<'a> {
    pub line: u64,
    data: &'a [u8],
    /// Each field's byte range in `data`.
    bounds: &'a [(usize, usize)],
    /// The file ended inside a quoted field.
    pub unterminated_quote: bool,
}

impl<'a> Record<'a> {
    /// A record made from fields already split: field `i` is
    /// `data[bounds[i].0..bounds[i].1]`.
    pub fn from_parts(line: u64, data: &'a [u8], bounds: &'a [(usize, usize)]) -> Record<'a> {
        Record {
            line,
            data,
            bounds,
            unterminated_quote: false,
        }
    }

    pub fn len(&self) -> usize {
        self.bounds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bounds.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let (start, end) = *self.bounds.get(i)?;
        Some(self.data[start..end].trim_ascii())
    }

    pub fn iter(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

impl<R: Read> RecordReader<R> {
    pub fn new(src: R, delimiter: u8) -> Self {
        RecordReader {
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            delimiter,
            limits: Limits::DEFAULT,
            src,
            buf: vec![0; BUF_SIZE],
            pos: 0,
            len: 0,
            mark: None,
            eof: false,
            binary: None,
            at_start: true,
            line: 1,
            after_cr: false,
            consumed: 0,
            out: vec![0; 4096],
            ends: vec![0; 64],
            bounds: Vec::with_capacity(64),
            #[cfg(test)]
            slow_only: SLOW_ONLY.with(std::cell::Cell::get),
        }
    }

    /// For input that starts in the middle of a file, at a record boundary:
    /// no byte-order mark is looked for.
    pub fn mid_file(mut self) -> Self {
        self.at_start = false;
        self
    }

    /// Other limits than [`Limits::DEFAULT`]; the fuzz target and tests
    /// use small ones.
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Bytes consumed so far: where the next record (or blank line) begins,
    /// relative to where the reader began.
    pub fn position(&self) -> u64 {
        self.consumed
    }

    /// Line of the next unconsumed byte, 1-based.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// Line breaks in `bytes`, were they consumed next. For bytes known to
    /// follow the reader's position, such as the line ends before a split.
    pub fn breaks_ahead(&self, bytes: &[u8]) -> u64 {
        scan(&mut self.after_cr.clone(), bytes).0
    }

    /// The next record, or `None` at the end of input. After an error the
    /// reader is not to be used again.
    pub fn next_record(&mut self) -> Result<Option<Record<'_>>, ReadError> {
        #[cfg(test)]
        if self.slow_only {
            return self.slow_record();
        }
        loop {
            match self.fast_record() {
                Fast::Record(end) => {
                    return Ok(Some(Record {
                        line: end.line,
                        data: &self.buf[..self.len],
                        bounds: &self.bounds,
                        unterminated_quote: end.unterminated,
                    }));
                }
                Fast::End => return Ok(None),
                Fast::NeedMore => {
                    // All that is buffered from `pos` on is the unfinished
                    // record: refused here once it is over the limit, so
                    // the buffer never holds more than twice the limit.
                    if self.len - self.pos > self.limits.row {
                        let raw = &self.buf[self.pos..=self.pos + self.limits.row];
                        return Err(judge(raw, self.line, self.delimiter, self.limits, true)
                            .unwrap_or(ReadError::RowTooLong {
                                line: self.line,
                                limit: self.limits.row,
                            }));
                    }
                    // Nothing more will come when this is false; the next
                    // pass sees eof.
                    self.fill_more()?;
                }
                Fast::Irregular => return self.slow_record(),
                Fast::Refused(e) => return Err(e),
            }
        }
    }

    /// Parses the record at `pos` if it is whole in the buffer and regular:
    /// a quoted field holds no `""` escape and its closing quote is followed
    /// by a delimiter or line end. Fields are left in the buffer, as ranges.
    /// Anything else is left to csv-core, which then sees the record from
    /// its first byte, so the two always agree.
    fn fast_record(&mut self) -> Fast {
        // Blank lines and the \n of a CRLF belong to no record: consume them.
        let blank = self.buf[self.pos..self.len]
            .iter()
            .position(|&b| b != b'\n' && b != b'\r')
            .unwrap_or(self.len - self.pos);
        if blank > 0 {
            let run = &self.buf[self.pos..self.pos + blank];
            self.line += scan(&mut self.after_cr, run).0;
            self.pos += blank;
            self.consumed += blank as u64;
        }
        if self.pos == self.len {
            return match (self.eof, self.binary) {
                (true, Some(line)) => Fast::Refused(ReadError::Binary { line }),
                (true, None) => Fast::End,
                (false, _) => Fast::NeedMore,
            };
        }
        let (buf, len, delim, eof) = (&self.buf[..self.len], self.len, self.delimiter, self.eof);
        let bounds = &mut self.bounds;
        bounds.clear();
        let mut i = self.pos;
        // Line ends inside quoted fields; unquoted fields cannot hold any.
        let mut inner_breaks = 0u64;
        let mut unterminated = false;
        // Index of the terminator byte, or `len` at the end of input.
        let term = loop {
            // Unquoted fields up to the line end, one memchr over them all.
            let seg_end = match memchr::memchr2(b'\n', b'\r', &buf[i..len]) {
                Some(k) => i + k,
                None if eof => len,
                None => return Fast::NeedMore,
            };
            let mut start = i;
            let mut quote_at = (start < seg_end && buf[start] == b'"').then_some(start);
            if quote_at.is_none() {
                for k in memchr::memchr_iter(delim, &buf[i..seg_end]) {
                    bounds.push((start, i + k));
                    start = i + k + 1;
                    if start < seg_end && buf[start] == b'"' {
                        quote_at = Some(start);
                        break;
                    }
                }
            }
            let Some(open) = quote_at else {
                bounds.push((start, seg_end));
                break seg_end;
            };
            // The closing quote, counting line ends on the way (a CRLF once).
            let mut close = None;
            for at in memchr::memchr3_iter(b'"', b'\n', b'\r', &buf[open + 1..len]) {
                let at = open + 1 + at;
                match buf[at] {
                    b'"' => {
                        close = Some(at);
                        break;
                    }
                    b'\n' if buf[at - 1] == b'\r' && at - 1 > open => {}
                    _ => inner_breaks += 1,
                }
            }
            let Some(close) = close else {
                if !eof {
                    return Fast::NeedMore;
                }
                unterminated = true;
                bounds.push((open + 1, len));
                break len;
            };
            bounds.push((open + 1, close));
            let after = close + 1;
            if after == len {
                if !eof {
                    return Fast::NeedMore;
                }
                break len;
            }
            match buf[after] {
                b'"' => return Fast::Irregular,
                b if b == delim => i = after + 1,
                b'\n' | b'\r' => break after,
                _ => return Fast::Irregular,
            }
        };
        let line = self.line;
        let end = (term + 1).min(len);
        // One comparison a record: no cell can be over its limit unless
        // the record is.
        if term - self.pos > self.limits.cell.min(self.limits.row) {
            let cut = term - self.pos > self.limits.row;
            let raw = if cut {
                &buf[self.pos..=self.pos + self.limits.row]
            } else {
                &buf[self.pos..end]
            };
            if let Some(e) = judge(raw, line, delim, self.limits, cut) {
                return Fast::Refused(e);
            }
        }
        if let (true, Some(line)) = (term == len, self.binary) {
            // The record runs into the NUL byte that ended the text.
            return Fast::Refused(ReadError::Binary { line });
        }
        self.line += inner_breaks;
        // The record's last byte is a field's, a quote or a delimiter — no
        // \r — unless the input ended inside a quoted field.
        self.after_cr = unterminated && buf[term - 1] == b'\r';
        // The terminator: one byte, like csv-core, so a CRLF's \n is skipped
        // as a blank next time with `after_cr` set.
        if term < len {
            self.line += scan(&mut self.after_cr, &buf[term..end]).0;
        }
        self.consumed += (end - self.pos) as u64;
        self.pos = end;
        Fast::Record(FastEnd { line, unterminated })
    }

    /// csv-core's reading of the record at `pos`, for records the fast path
    /// declines. csv-core is given no more than the row limit of the
    /// record, and the record's bytes stay in the buffer (`mark`) until it
    /// ends, so that an oversized one is judged on the same bytes as on the
    /// fast path.
    fn slow_record(&mut self) -> Result<Option<Record<'_>>, ReadError> {
        let out_size = self.out.capacity().max(4096);
        self.out.resize(out_size, 0);
        let ends_size = self.ends.capacity().max(64);
        self.ends.resize(ends_size, 0);
        let (mut out_len, mut ends_len) = (0, 0);
        let mut start_line = None;
        let mut quotes = 0usize;
        self.mark = None;
        loop {
            if let Some(m) = self.mark
                && self.pos - m > self.limits.row
            {
                let line = start_line.unwrap_or(self.line);
                let raw = &self.buf[m..=m + self.limits.row];
                return Err(
                    judge(raw, line, self.delimiter, self.limits, true).unwrap_or(
                        ReadError::RowTooLong {
                            line,
                            limit: self.limits.row,
                        },
                    ),
                );
            }
            if self.pos == self.len && !self.eof {
                self.fill_more()?;
            }
            if let (true, true, Some(nul_line)) = (self.pos == self.len, self.eof, self.binary) {
                // The text ended at a NUL byte; a record that ran into it
                // is judged first, as on the fast path.
                let judged = self.mark.and_then(|m| {
                    let line = start_line.unwrap_or(self.line);
                    judge(
                        &self.buf[m..self.pos],
                        line,
                        self.delimiter,
                        self.limits,
                        false,
                    )
                });
                return Err(judged.unwrap_or(ReadError::Binary { line: nul_line }));
            }
            let budget = match self.mark {
                Some(m) => m + self.limits.row + 1 - self.pos,
                None => {
                    let blanks = self.buf[self.pos..self.len]
                        .iter()
                        .position(|&b| b != b'\n' && b != b'\r')
                        .unwrap_or(self.len - self.pos);
                    blanks + self.limits.row + 1
                }
            };
            let input = &self.buf[self.pos..self.len.min(self.pos + budget)];
            let (result, n_in, n_out, n_ends) =
                self.core
                    .read_record(input, &mut self.out[out_len..], &mut self.ends[ends_len..]);
            let mut consumed = &input[..n_in];
            if start_line.is_none() {
                // Newlines before the first byte of the record belong to the
                // previous terminator or to blank lines.
                let skip = consumed
                    .iter()
                    .position(|&b| b != b'\n' && b != b'\r')
                    .unwrap_or(consumed.len());
                self.line += scan(&mut self.after_cr, &consumed[..skip]).0;
                if skip < consumed.len() {
                    start_line = Some(self.line);
                    self.mark = Some(self.pos + skip);
                }
                consumed = &consumed[skip..];
            }
            let (breaks, quote_chars) = scan(&mut self.after_cr, consumed);
            self.line += breaks;
            quotes += quote_chars;
            self.pos += n_in;
            self.consumed += n_in as u64;
            out_len += n_out;
            ends_len += n_ends;
            match result {
                csv_core::ReadRecordResult::InputEmpty => {}
                csv_core::ReadRecordResult::OutputFull => {
                    let grown = self.out.len() * 2;
                    self.out.resize(grown, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let grown = self.ends.len() * 2;
                    self.ends.resize(grown, 0);
                }
                csv_core::ReadRecordResult::Record => {
                    let (Some(line), Some(m)) = (start_line, self.mark.take()) else {
                        // A record of nothing but line ends: a blank line.
                        out_len = 0;
                        ends_len = 0;
                        continue;
                    };
                    if out_len > self.limits.cell
                        && let Some(e) = judge(
                            &self.buf[m..self.pos],
                            line,
                            self.delimiter,
                            self.limits,
                            false,
                        )
                    {
                        return Err(e);
                    }
                    let at_eof = self.eof && self.pos == self.len;
                    self.bounds.clear();
                    let mut start = 0;
                    for &end in &self.ends[..ends_len] {
                        self.bounds.push((start, end));
                        start = end;
                    }
                    return Ok(Some(Record {
                        line,
                        data: &self.out[..out_len],
                        bounds: &self.bounds,
                        // Balanced quoting always has an even count; an odd one
                        // in the last record means the input stopped mid-field.
                        unterminated_quote: at_eof && quotes % 2 == 1,
                    }));
                }
                csv_core::ReadRecordResult::End => return Ok(None),
            }
        }
    }

    /// Keeps the unconsumed bytes (and those of the record csv-core is
    /// reading), moved to the front, and reads more after them until the
    /// buffer is full, growing it when one record fills it. Returns false
    /// at the end of input.
    ///
    /// Filling the whole buffer matters for pipes, which hand over 64 KiB
    /// per read: the fast path rescans an unfinished record from its start
    /// after every fill, so a 20 MB field read 64 KiB at a time cost
    /// hundreds of rescans (quadratic); with the buffer doubling and filled
    /// each time, it costs a handful.
    ///
    /// The new bytes are searched for a NUL: text has none, so the input
    /// ends there, and reading it stops with [`ReadError::Binary`] once
    /// the records before it are read.
    fn fill_more(&mut self) -> Result<bool, ReadError> {
        let keep = self.mark.unwrap_or(self.pos).min(self.pos);
        self.buf.copy_within(keep..self.len, 0);
        self.len -= keep;
        self.pos -= keep;
        if let Some(m) = self.mark.as_mut() {
            *m -= keep;
        }
        if self.len == self.buf.len() {
            let grown = self.buf.len() * 2;
            self.buf.resize(grown, 0);
        }
        let before = self.len;
        while self.len < self.buf.len() {
            match self.src.read(&mut self.buf[self.len..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => self.len += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(ReadError::Io(e)),
            }
        }
        if self.at_start {
            self.at_start = false;
            if self.buf[..self.len].starts_with(b"\xEF\xBB\xBF") {
                self.pos = 3;
                self.consumed = 3;
            }
        }
        if let Some(k) = memchr::memchr(0, &self.buf[before..self.len]) {
            let at = before + k;
            let breaks = scan(&mut self.after_cr.clone(), &self.buf[self.pos..at]).0;
            self.binary = Some(self.line + breaks);
            self.len = at;
            self.eof = true;
        }
        Ok(self.len > before)
    }
}

/// Which limit a record over one breaks: the first cell over the cell
/// limit, else the row (`cut`: `raw` is the row's first `limit + 1` bytes,
/// not all of it); `None` when neither. `raw` is read by csv-core, as the
/// slow path reads it, counting each cell's bytes without its quotes.
fn judge(raw: &[u8], line: u64, delimiter: u8, limits: Limits, cut: bool) -> Option<ReadError> {
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

/// Line breaks in `bytes` from the start of the input, counted as the
/// reader counts them.
pub fn line_breaks(bytes: &[u8]) -> u64 {
    scan(&mut false, bytes).0
}

/// Line breaks (`\n`, `\r\n` once, and a lone `\r` as in Excel for Mac's
/// old "CSV (Macintosh)" format) and quote characters in the next consumed
/// bytes, in one memchr3 pass: a record has only a few such bytes.
fn scan(after_cr: &mut bool, bytes: &[u8]) -> (u64, usize) {
    let (mut breaks, mut quotes) = (0u64, 0usize);
    let mut prev_cr = *after_cr;
    let mut prev_at = None;
    for at in memchr::memchr3_iter(b'\n', b'\r', b'"', bytes) {
        // A \n right after a \r completes a CRLF already counted at the \r.
        let follows_cr = match prev_at {
            Some(p) => prev_cr && p + 1 == at,
            None => prev_cr && at == 0,
        };
        match bytes[at] {
            b'\n' => breaks += u64::from(!follows_cr),
            b'\r' => breaks += 1,
            _ => quotes += 1,
        }
        prev_cr = bytes[at] == b'\r';
        prev_at = Some(at);
    }
    if let Some(&last) = bytes.last() {
        *after_cr = last == b'\r';
    }
    (breaks, quotes)
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;
