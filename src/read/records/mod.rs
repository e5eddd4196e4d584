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

mod fast_path;
mod limits;
mod slow_path;

use limits::judge;
pub use limits::{Limits, ReadError};

/// Four times the BufReader's 64 KiB that callers peek through, so reads
/// into the free part of this buffer are large enough that BufReader hands
/// them straight to the file instead of copying every byte once more.
const BUF_SIZE: usize = 1 << 18;

/// Reads the records of `src` one at a time, each with the line it starts
/// on: by the fast path (`fast_path.rs`) when it can, by csv-core
/// (`slow_path.rs`) when it cannot.
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
mod tests;
