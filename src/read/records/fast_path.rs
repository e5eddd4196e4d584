//! The fast path of the record reader: a record that is whole in the
//! buffer and regular is split in place, without csv-core.

use std::io::Read;

use super::limits::judge;
use super::{Fast, FastEnd, ReadError, RecordReader, scan};

impl<R: Read> RecordReader<R> {
    /// Parses the record at `pos` if it is whole in the buffer and regular:
    /// a quoted field holds no `""` escape and its closing quote is followed
    /// by a delimiter or line end. Fields are left in the buffer, as ranges.
    /// Anything else is left to csv-core, which then sees the record from
    /// its first byte, so the two always agree.
    // One function on purpose, though long: it is the loop every byte of a
    // file goes through, and its speed is measured (benches/load.rs).
    pub(super) fn fast_record(&mut self) -> Fast {
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
}
