//! A streaming CSV record reader that knows which line each record starts on.
//!
//! The csv crate's record positions are where the parser resumed, not where
//! the record starts: skipped blank lines are not counted and with CRLF line
//! ends every record is one line early. Errors must name the right line, so
//! this reader drives `csv_core` itself and counts newlines in the bytes each
//! record consumes.

use std::io::{self, Read};

const BUF_SIZE: usize = 1 << 16;

pub struct RecordReader<R> {
    core: csv_core::Reader,
    delimiter: u8,
    src: R,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    eof: bool,
    at_start: bool,
    /// Line of the next unconsumed byte, 1-based.
    line: u64,
    /// The last consumed byte was `\r`, so a `\n` next completes a CRLF.
    after_cr: bool,
    /// Bytes of input consumed so far, counted from where the reader began.
    consumed: u64,
    out: Vec<u8>,
    ends: Vec<usize>,
}

/// One record: its fields (trimmed of ASCII whitespace) and where it starts.
pub struct Record<'a> {
    pub line: u64,
    out: &'a [u8],
    ends: &'a [usize],
    /// The file ended inside a quoted field.
    pub unterminated_quote: bool,
}

impl<'a> Record<'a> {
    /// A record made from fields already split: `out` holds them back to
    /// back and `ends[i]` is where field `i` ends.
    pub fn from_parts(line: u64, out: &'a [u8], ends: &'a [usize]) -> Record<'a> {
        Record {
            line,
            out,
            ends,
            unterminated_quote: false,
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&'a [u8]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(self.out[start..end].trim_ascii())
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
            src,
            buf: vec![0; BUF_SIZE],
            pos: 0,
            len: 0,
            eof: false,
            at_start: true,
            line: 1,
            after_cr: false,
            consumed: 0,
            out: vec![0; 4096],
            ends: vec![0; 64],
        }
    }

    /// For input that starts in the middle of a file, at a record boundary:
    /// no byte-order mark is looked for.
    pub fn mid_file(mut self) -> Self {
        self.at_start = false;
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

    /// The next record, or `None` at the end of input.
    pub fn next_record(&mut self) -> io::Result<Option<Record<'_>>> {
        let (mut out_len, mut ends_len) = (0, 0);
        let mut start_line = None;
        let mut quotes = 0usize;
        loop {
            if self.pos == self.len && !self.eof {
                self.refill()?;
            }
            let input = &self.buf[self.pos..self.len];
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
                    let Some(line) = start_line else {
                        // A record of nothing but line ends: a blank line.
                        out_len = 0;
                        ends_len = 0;
                        continue;
                    };
                    let at_eof = self.eof && self.pos == self.len;
                    return Ok(Some(Record {
                        line,
                        out: &self.out[..out_len],
                        ends: &self.ends[..ends_len],
                        // Balanced quoting always has an even count; an odd one
                        // in the last record means the input stopped mid-field.
                        unterminated_quote: at_eof && quotes % 2 == 1,
                    }));
                }
                csv_core::ReadRecordResult::End => return Ok(None),
            }
        }
    }

    fn refill(&mut self) -> io::Result<()> {
        self.pos = 0;
        self.len = loop {
            match self.src.read(&mut self.buf) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        if self.at_start {
            self.at_start = false;
            if self.buf[..self.len].starts_with(b"\xEF\xBB\xBF") {
                self.pos = 3;
                self.consumed = 3;
            }
        }
        self.eof = self.len == 0;
        Ok(())
    }
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
mod tests {
    use super::*;

    fn read_all(text: &[u8]) -> Vec<(u64, Vec<String>, bool)> {
        let mut r = RecordReader::new(text, b',');
        let mut v = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            let fields = rec
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            v.push((rec.line, fields, rec.unterminated_quote));
        }
        v
    }

    fn lines(text: &[u8]) -> Vec<u64> {
        read_all(text).into_iter().map(|r| r.0).collect()
    }

    #[test]
    fn lines_are_exact_with_lf_crlf_cr_and_blank_lines() {
        assert_eq!(lines(b"h\n\"a\nb\"\nc\n"), vec![1, 2, 4]);
        assert_eq!(lines(b"h\r\n\"a\r\nb\"\r\nc\r\n"), vec![1, 2, 4]);
        assert_eq!(lines(b"h\n\n\nc\n"), vec![1, 4]);
        assert_eq!(lines(b"h\r\n\r\n\r\nc\r\nd"), vec![1, 4, 5]);
        assert_eq!(lines(b"\n\nh\nc"), vec![3, 4]);
        assert_eq!(lines(b"h\r\"a\rb\"\rc\r\rd"), vec![1, 2, 4, 6]);
    }

    #[test]
    fn crlf_split_across_reads_counts_once() {
        // A reader that returns one byte at a time splits every CRLF.
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                let Some((&b, rest)) = self.0.split_first() else {
                    return Ok(0);
                };
                buf[0] = b;
                self.0 = rest;
                Ok(1)
            }
        }
        let mut r = RecordReader::new(Trickle(b"h\r\n\"a\r\nb\"\r\n\r\nc\r\n"), b',');
        let mut got = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            got.push(rec.line);
        }
        assert_eq!(got, vec![1, 2, 5]);
    }

    #[test]
    fn bom_is_stripped_and_fields_trimmed() {
        let all = read_all(b"\xEF\xBB\xBFyear , pillar\n 2024,\" Legal, x \"\n");
        assert_eq!(all[0].1, vec!["year", "pillar"]);
        assert_eq!(all[1].1, vec!["2024", "Legal, x"]);
    }

    #[test]
    fn long_fields_and_many_columns_grow_the_buffers() {
        let long = "x".repeat(200_000);
        let wide = vec!["c"; 5000].join(",");
        let text = format!("{wide}\n\"{long}\"\n");
        let all = read_all(text.as_bytes());
        assert_eq!(all[0].1.len(), 5000);
        assert_eq!(all[1].1[0].len(), 200_000);
    }

    #[test]
    fn truncation_inside_a_quoted_field_is_flagged() {
        let all = read_all(b"h,e\n1,\"complete \"\"quoted\"\"\"\n2,\"cut off");
        assert_eq!(all.len(), 3);
        assert!(!all[1].2);
        assert!(all[2].2);
        // A final record with balanced quotes and no newline is fine.
        assert!(!read_all(b"h\n\"x\"")[1].2);
    }
}
