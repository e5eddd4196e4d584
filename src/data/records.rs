//! A streaming CSV record reader that knows which line each record starts on.
//!
//! The csv crate's record positions are where the parser resumed, not where
//! the record starts: skipped blank lines are not counted and with CRLF line
//! ends every record is one line early. Errors must name the right line, so
//! this reader drives `csv_core` itself and counts newlines in the bytes each
//! record consumes.

use std::io::{self, Read};

/// Four times the BufReader's 64 KiB that callers peek through, so reads
/// into the free part of this buffer are large enough that BufReader hands
/// them straight to the file instead of copying every byte once more.
const BUF_SIZE: usize = 1 << 18;

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
        #[cfg(test)]
        if self.slow_only {
            return self.slow_record();
        }
        loop {
            match self.fast_record()? {
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
                    if !self.fill_more()? {
                        // Nothing more will come; the next pass sees eof.
                        continue;
                    }
                }
                Fast::Irregular => return self.slow_record(),
            }
        }
    }

    /// Parses the record at `pos` if it is whole in the buffer and regular:
    /// a quoted field holds no `""` escape and its closing quote is followed
    /// by a delimiter or line end. Fields are left in the buffer, as ranges.
    /// Anything else is left to csv-core, which then sees the record from
    /// its first byte, so the two always agree.
    fn fast_record(&mut self) -> io::Result<Fast> {
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
            return Ok(if self.eof { Fast::End } else { Fast::NeedMore });
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
                None => return Ok(Fast::NeedMore),
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
                    return Ok(Fast::NeedMore);
                }
                unterminated = true;
                bounds.push((open + 1, len));
                break len;
            };
            bounds.push((open + 1, close));
            let after = close + 1;
            if after == len {
                if !eof {
                    return Ok(Fast::NeedMore);
                }
                break len;
            }
            match buf[after] {
                b'"' => return Ok(Fast::Irregular),
                b if b == delim => i = after + 1,
                b'\n' | b'\r' => break after,
                _ => return Ok(Fast::Irregular),
            }
        };
        let line = self.line;
        self.line += inner_breaks;
        // The record's last byte is a field's, a quote or a delimiter — no
        // \r — unless the input ended inside a quoted field.
        self.after_cr = unterminated && buf[term - 1] == b'\r';
        // The terminator: one byte, like csv-core, so a CRLF's \n is skipped
        // as a blank next time with `after_cr` set.
        let end = if term < len {
            self.line += scan(&mut self.after_cr, &buf[term..term + 1]).0;
            term + 1
        } else {
            len
        };
        self.consumed += (end - self.pos) as u64;
        self.pos = end;
        Ok(Fast::Record(FastEnd { line, unterminated }))
    }

    /// csv-core's reading of the record at `pos`, for records the fast path
    /// declines.
    fn slow_record(&mut self) -> io::Result<Option<Record<'_>>> {
        let out_size = self.out.capacity().max(4096);
        self.out.resize(out_size, 0);
        let ends_size = self.ends.capacity().max(64);
        self.ends.resize(ends_size, 0);
        let (mut out_len, mut ends_len) = (0, 0);
        let mut start_line = None;
        let mut quotes = 0usize;
        loop {
            if self.pos == self.len && !self.eof {
                self.fill_more()?;
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

    /// Keeps the unconsumed bytes, moved to the front, and reads more after
    /// them until the buffer is full, growing it when one record fills it.
    /// Returns false at the end of input.
    ///
    /// Filling the whole buffer matters for pipes, which hand over 64 KiB
    /// per read: the fast path rescans an unfinished record from its start
    /// after every fill, so a 20 MB field read 64 KiB at a time cost
    /// hundreds of rescans (quadratic); with the buffer doubling and filled
    /// each time, it costs a handful.
    fn fill_more(&mut self) -> io::Result<bool> {
        self.buf.copy_within(self.pos..self.len, 0);
        self.len -= self.pos;
        self.pos = 0;
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
                Err(e) => return Err(e),
            }
        }
        if self.at_start {
            self.at_start = false;
            if self.buf[..self.len].starts_with(b"\xEF\xBB\xBF") {
                self.pos = 3;
                self.consumed = 3;
            }
        }
        Ok(self.len > before)
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

    /// Reads in chunks of the given sizes, so records straddle refills.
    struct Chunked<'a> {
        data: &'a [u8],
        sizes: Vec<usize>,
        n: usize,
    }

    impl Read for Chunked<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let want = self.sizes[self.n % self.sizes.len()].max(1);
            self.n += 1;
            let k = want.min(buf.len()).min(self.data.len());
            buf[..k].copy_from_slice(&self.data[..k]);
            self.data = &self.data[k..];
            Ok(k)
        }
    }

    /// Start line and fields of each record, and the reader's line and
    /// position after it. Truncation is left out: csv-core's path judges it
    /// by quote parity, which a literal quote in an unquoted field fools;
    /// the fast path sees field starts and is exact (see the test below).
    type Seen = Vec<(u64, Vec<Vec<u8>>, u64, u64)>;

    fn records(mut r: RecordReader<Chunked<'_>>) -> Seen {
        let mut v = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            let item = (rec.line, rec.iter().map(<[u8]>::to_vec).collect());
            v.push((item.0, item.1, r.line(), r.position()));
        }
        v
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// The fast path reads every input exactly as csv-core does: fields,
        /// start lines, truncation, and where it leaves off after each record.
        #[test]
        fn fast_path_agrees_with_csv_core(
            text in proptest::collection::vec(proptest::prop_oneof![
                proptest::prelude::Just(b'a'), proptest::prelude::Just(b'"'), proptest::prelude::Just(b','),
                proptest::prelude::Just(b';'), proptest::prelude::Just(b'\n'), proptest::prelude::Just(b'\r'),
                proptest::prelude::Just(b' '), proptest::prelude::Just(0xC3u8),
            ], 0..200),
            sizes in proptest::collection::vec(1usize..40, 1..5),
            semicolon in proptest::prelude::any::<bool>(),
        ) {
            let delim = if semicolon { b';' } else { b',' };
            let fast = RecordReader::new(Chunked { data: &text, sizes: sizes.clone(), n: 0 }, delim);
            let mut slow = RecordReader::new(Chunked { data: &text, sizes, n: 0 }, delim);
            slow.slow_only = true;
            proptest::prop_assert_eq!(records(fast), records(slow));
        }
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
        // A quote inside an unquoted field is a literal, not an opening.
        assert!(!read_all(b"h\n \"")[1].2);
        assert!(!read_all(b"h\na\"b")[1].2);
        assert!(read_all(b"h\na,\"b\"\"c")[1].2);
    }
}
