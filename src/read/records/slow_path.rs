//! The slow path of the record reader: csv-core reads the records the fast
//! path declines (escaped quotes, text after a closing quote), within the
//! row limit.

use std::io::Read;

use super::limits::judge;
use super::{ReadError, Record, RecordReader, scan};

impl<R: Read> RecordReader<R> {
    /// csv-core's reading of the record at `pos`, for records the fast path
    /// declines. csv-core is given no more than the row limit of the
    /// record, and the record's bytes stay in the buffer (`mark`) until it
    /// ends, so that an oversized one is judged on the same bytes as on the
    /// fast path.
    // One function on purpose, though long: csv-core's calls, the line count
    // and the limits share the state of one record, and the fast path is
    // checked against this one as it is (records/tests.rs).
    pub(super) fn slow_record(&mut self) -> Result<Option<Record<'_>>, ReadError> {
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
}
