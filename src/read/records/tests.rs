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

/// The records read, and the error that ended the reading, if any.
fn records(mut r: RecordReader<Chunked<'_>>) -> (Seen, Option<String>) {
    let mut v = Vec::new();
    loop {
        match r.next_record() {
            Ok(Some(rec)) => {
                let item = (rec.line, rec.iter().map(<[u8]>::to_vec).collect());
                v.push((item.0, item.1, r.line(), r.position()));
            }
            Ok(None) => return (v, None),
            Err(e) => return (v, Some(format!("{e:?}"))),
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// The fast path reads every input exactly as csv-core does: fields,
    /// start lines, truncation, and where it leaves off after each record;
    /// and with small limits and a NUL byte, the same records before the
    /// same error.
    #[test]
    fn fast_path_agrees_with_csv_core(
        text in proptest::collection::vec(proptest::prop_oneof![
            proptest::prelude::Just(b'a'), proptest::prelude::Just(b'"'), proptest::prelude::Just(b','),
            proptest::prelude::Just(b';'), proptest::prelude::Just(b'\n'), proptest::prelude::Just(b'\r'),
            proptest::prelude::Just(b' '), proptest::prelude::Just(0xC3u8),
        ], 0..200),
        sizes in proptest::collection::vec(1usize..40, 1..5),
        semicolon in proptest::prelude::any::<bool>(),
        small in proptest::option::of((1usize..30, 1usize..80)),
        nul in proptest::option::of(0usize..200),
    ) {
        let mut text = text;
        if let Some(at) = nul.filter(|&at| at < text.len()) {
            text[at] = 0;
        }
        let limits = small.map_or(Limits::DEFAULT, |(cell, row)| Limits { cell, row });
        let delim = if semicolon { b';' } else { b',' };
        let fast = RecordReader::new(Chunked { data: &text, sizes: sizes.clone(), n: 0 }, delim)
            .limits(limits);
        let mut slow = RecordReader::new(Chunked { data: &text, sizes, n: 0 }, delim).limits(limits);
        slow.slow_only = true;
        proptest::prop_assert_eq!(records(fast), records(slow));
    }
}

/// Endless bytes, panicking once far more than any limit has been read:
/// reading must stop long before.
struct Endless {
    line: Vec<u8>,
    fill: u8,
    read: usize,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        assert!(
            self.read < 64 << 20,
            "read {} bytes and still going",
            self.read
        );
        let n = buf.len().min(1 << 16);
        for (i, b) in buf[..n].iter_mut().enumerate() {
            *b = self.line.get(self.read + i).copied().unwrap_or(self.fill);
        }
        self.read += n;
        Ok(n)
    }
}

fn endless(start: &str, fill: u8) -> Endless {
    Endless {
        line: start.as_bytes().to_vec(),
        fill,
        read: 0,
    }
}

/// What reading `src` to its end or first error gives, on both paths.
fn outcome<R: Read>(src: R, slow_only: bool) -> (usize, String) {
    let mut r = RecordReader::new(src, b',');
    r.slow_only = slow_only;
    let mut n = 0;
    loop {
        match r.next_record() {
            Ok(Some(_)) => n += 1,
            Ok(None) => return (n, "end".into()),
            Err(e) => return (n, format!("{e:?}")),
        }
    }
}

#[test]
fn an_endless_line_stops_at_the_limits_on_both_paths() {
    for slow in [false, true] {
        // One endless unquoted cell, the fourth of the second line.
        let got = outcome(endless("h\n1,2,3,", b'x'), slow);
        assert_eq!(
            got,
            (
                1,
                "CellTooLong { line: 2, field: 3, quoted: false, limit: 1048576 }".into()
            )
        );
        // An endless quoted cell, full of line ends.
        let got = outcome(endless("h\n\"", b'\n'), slow);
        assert_eq!(
            got,
            (
                1,
                "CellTooLong { line: 2, field: 0, quoted: true, limit: 1048576 }".into()
            )
        );
        // An endless row of short cells.
        let got = outcome(endless("", b','), slow);
        assert_eq!(got, (0, "RowTooLong { line: 1, limit: 4194304 }".into()));
    }
}

#[test]
fn the_reader_holds_at_most_twice_the_row_limit() {
    let mut r = RecordReader::new(endless("", b'x'), b',');
    assert!(r.next_record().is_err());
    assert!(r.buf.len() <= 2 * Limits::DEFAULT.row, "{}", r.buf.len());
    let mut r = RecordReader::new(endless("\"", b'x'), b',');
    r.slow_only = true;
    assert!(r.next_record().is_err());
    assert!(r.buf.len() <= 2 * Limits::DEFAULT.row, "{}", r.buf.len());
    assert!(r.out.len() <= 2 * Limits::DEFAULT.row, "{}", r.out.len());
}

#[test]
fn a_nul_byte_ends_the_text_at_its_line_wherever_it_is() {
    for slow in [false, true] {
        // Past the first buffer, in a quoted cell that spans lines.
        let mut text = b"h\n".repeat(200_000);
        text.extend_from_slice(b"\"a\nb\0\"\nc\n");
        let got = outcome(
            Chunked {
                data: &text,
                sizes: vec![7, 4096],
                n: 0,
            },
            slow,
        );
        assert_eq!(got, (200_000, "Binary { line: 200002 }".into()));
        // Right after a complete record: that record is still read.
        let got = outcome(&b"h\r\nx\r\n\0"[..], slow);
        assert_eq!(got, (2, "Binary { line: 3 }".into()));
    }
}

#[test]
fn cells_and_rows_at_the_limits_are_read() {
    let limits = Limits { cell: 4, row: 9 };
    for slow in [false, true] {
        let read = |text: &[u8]| {
            let mut r = RecordReader::new(text, b',').limits(limits);
            r.slow_only = slow;
            let mut v = Vec::new();
            loop {
                match r.next_record() {
                    Ok(Some(rec)) => v.push(rec.iter().map(<[u8]>::len).sum::<usize>()),
                    Ok(None) => return Ok(v),
                    Err(e) => return Err(format!("{e:?}")),
                }
            }
        };
        // Quotes and escapes do not count towards a cell; every byte
        // counts towards a row.
        assert_eq!(read(b"abcd,efgh\n\"ab\"\"c\"\n"), Ok(vec![8, 4]));
        assert_eq!(
            read(b"abcd,efghi\n"),
            Err("CellTooLong { line: 1, field: 1, quoted: false, limit: 4 }".into())
        );
        assert_eq!(
            read(b"ab,cd,ef,g\n"),
            Err("RowTooLong { line: 1, limit: 9 }".into())
        );
        assert_eq!(read(b"\n\nab,cd,ef\r\n"), Ok(vec![6]));
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
