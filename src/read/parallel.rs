//! Reading a large file on two cores.
//!
//! The main thread parses from the start; a second thread starts at the
//! first line end past the middle, on the guess that it is a record
//! boundary. The guess is proved when the main thread finishes a record
//! right there; then the second half's rows are merged in, their line
//! numbers shifted by the lines before the boundary. When the line end was
//! inside a quoted field the main thread runs past it, keeps going to the
//! end, and the second thread's work is dropped: the result is always what
//! one pass would give.

use std::fs::File;
use std::io::Read;

use super::error::LoadError;
use std::sync::Arc;

use super::load::{Builder, Progress, read_error, start};
use super::records::{Limits, ReadError, RecordReader};
use crate::model::dataset::Dataset;

/// Below this, starting a second thread costs more than it saves.
pub const MIN_SIZE: u64 = 8 << 20;

/// How far past the middle to look for a line end.
const SEARCH: usize = 1 << 20;

/// The guessed boundary: a run of line-end bytes near the middle, and the
/// first byte after it, where the second half starts.
struct Split {
    run_start: u64,
    start: u64,
    run: Vec<u8>,
}

/// Reads the file the first half has open, from a position of its own.
/// Opening the path again could give a different file: editors save by
/// writing a new file and renaming it over the old one.
struct At<'a> {
    file: &'a File,
    offset: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.offset)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, buf, self.offset)?;
        self.offset += n as u64;
        Ok(n)
    }
}

fn find_split(file: &File, size: u64) -> std::io::Result<Option<Split>> {
    let from = (size / 2).saturating_sub(1);
    let mut buf = Vec::with_capacity(SEARCH);
    At { file, offset: from }
        .take(SEARCH as u64)
        .read_to_end(&mut buf)?;
    let Some(nl) = buf.iter().skip(1).position(|&b| b == b'\n').map(|i| i + 1) else {
        return Ok(None);
    };
    let run_start = if buf[nl - 1] == b'\r' { nl - 1 } else { nl };
    let mut end = nl + 1;
    while end < buf.len() && matches!(buf[end], b'\n' | b'\r') {
        end += 1;
    }
    if end >= buf.len() {
        return Ok(None);
    }
    Ok(Some(Split {
        run_start: from + run_start as u64,
        start: from + end as u64,
        run: buf[run_start..end].to_vec(),
    }))
}

/// Parses the rows from `split.start` to the end of the file; an error
/// comes with lines counted from there, to be shifted once the boundary's
/// line is known.
fn second_half(
    file: &File,
    split_at: u64,
    delimiter: u8,
    mut builder: Builder,
) -> Result<Builder, ReadError> {
    let at = At {
        file,
        offset: split_at,
    };
    let mut reader = RecordReader::new(at, delimiter).mid_file();
    while let Some(record) = reader.next_record()? {
        builder.row(&record);
    }
    Ok(builder)
}

/// Which way a load went; tests check that both are exercised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
    /// Two halves, merged.
    Split,
    /// The guessed boundary was inside a record: one pass.
    Fallback,
    /// No line end near the middle: one pass.
    Whole,
}

pub fn load(
    name: &str,
    file: File,
    size: u64,
    progress: Option<Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_routed(name, file, size, progress).0
}

fn load_routed(
    name: &str,
    file: File,
    size: u64,
    progress: Option<Arc<Progress>>,
) -> (Result<Dataset, LoadError>, Route) {
    let mut route = Route::Whole;
    let result = load_inner(name, file, size, progress, &mut route);
    (result, route)
}

fn load_inner(
    name: &str,
    file: File,
    size: u64,
    progress: Option<Arc<Progress>>,
    route: &mut Route,
) -> Result<Dataset, LoadError> {
    // Positional reads through a second handle never move the first's offset.
    let shared = file.try_clone().map_err(|e| read_error(name, e))?;
    let (mut reader, mut builder) = start(name, file, Some(size), Limits::DEFAULT)?;
    builder.report_to(progress);
    let split = find_split(&shared, size).map_err(|e| read_error(name, e))?;
    let Some(split) = split else {
        while let Some(record) = reader
            .next_record()
            .map_err(|e| builder.read_failure(name, e))?
        {
            builder.row(&record);
        }
        return builder.finish(name);
    };
    *route = Route::Fallback;
    // The first half's columns were sized for the whole file, so the second
    // half's rows join them without moving anything.
    let mut sibling = builder.sibling();
    sibling.reserve(builder.capacity() / 2 + 1024);
    let delimiter = reader.delimiter();
    std::thread::scope(|scope| {
        let second = scope.spawn(|| second_half(&shared, split.start, delimiter, sibling));
        // Parse up to the boundary, or through it if the guess was wrong.
        let mut stopped_at = None;
        while let Some(record) = reader
            .next_record()
            .map_err(|e| builder.read_failure(name, e))?
        {
            builder.row(&record);
            let at = reader.position();
            if stopped_at.is_none() && split.run_start < at && at <= split.start {
                stopped_at = Some(at);
                break;
            }
        }
        // A panic in the second thread is a bug; parse everything here instead.
        let second = second.join().ok();
        match (stopped_at, second) {
            (Some(at), Some(second)) => {
                let rest = &split.run[(at - split.run_start) as usize..];
                let first_line = reader.line() + reader.breaks_ahead(rest);
                *route = Route::Split;
                let second =
                    second.map_err(|e| builder.read_failure(name, e.shifted(first_line - 1)))?;
                builder.absorb(second, first_line - 1);
            }
            (Some(_), None) => {
                while let Some(record) = reader
                    .next_record()
                    .map_err(|e| builder.read_failure(name, e))?
                {
                    builder.row(&record);
                }
            }
            (None, _) => {}
        }
        builder.finish(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::load_reader;
    use std::fmt::Write as _;
    use std::path::Path;

    fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Big enough that the middle is far from the header; the tests call
    /// `load_routed` directly, which splits whatever the size.
    const TEST_SIZE: usize = 400_000;

    /// A file to split, whose rows repeat with variations.
    fn big(line_end: &str, quoted_newlines: bool) -> String {
        let mut s = format!(
            "country,year,pillar,indicator_id,indicator,score,max_score,evidence{line_end}"
        );
        let mut i = 0u64;
        while s.len() < TEST_SIZE {
            let c = i / 2000;
            let ind = i % 2000;
            // Quoted line ends everywhere but near the middle, so the guess
            // there is right and the halves still have them to get right.
            let near_middle = s.len().abs_diff(TEST_SIZE / 2) < 16 * 1024;
            let evidence = if quoted_newlines && ind.is_multiple_of(3) && !near_middle {
                format!("\"line one{line_end}line two, {i}\"")
            } else {
                format!("ev {i}")
            };
            let blank = if ind == 1999 { line_end } else { "" };
            let _ = write!(
                s,
                "C{c},{},P{},I{ind},Name {ind},{},4,{evidence}{line_end}{blank}",
                2000 + (c % 7),
                ind % 9,
                ind % 5
            );
            i += 1;
        }
        s
    }

    fn assert_same(text: &str, expected: Route) {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "big.csv", text);
        let file = File::open(&path).unwrap();
        let (parallel, route) = load_routed("big.csv", file, text.len() as u64, None);
        assert_eq!(route, expected);
        let parallel = parallel.unwrap();
        let single = load_reader("big.csv", text.as_bytes()).unwrap();
        assert_eq!(parallel.countries, single.countries);
        assert_eq!(parallel.pillars, single.pillars);
        assert_eq!(parallel.indicators, single.indicators);
        assert_eq!(parallel.years, single.years);
        assert_eq!(parallel.obs.line, single.obs.line);
        assert_eq!(parallel.obs.indicator, single.obs.indicator);
        assert_eq!(
            parallel
                .obs
                .score
                .iter()
                .map(|s| s.to_bits())
                .collect::<Vec<_>>(),
            single
                .obs
                .score
                .iter()
                .map(|s| s.to_bits())
                .collect::<Vec<_>>()
        );
        assert_eq!(parallel.text, single.text);
        for i in (0..single.obs.len()).step_by(997) {
            assert_eq!(parallel.evidence(i), single.evidence(i));
        }
    }

    #[test]
    fn two_threads_give_what_one_gives() {
        assert_same(&big("\n", false), Route::Split);
        assert_same(&big("\r\n", false), Route::Split);
        assert_same(&big("\n", true), Route::Split);
        assert_same(&big("\r\n", true), Route::Split);
    }

    #[test]
    fn sources_from_both_halves_keep_the_order_of_first_appearance() {
        // First half: A, with some rows stating none. Second half: C, then
        // A again, then B.
        let mut text = String::from("year,pillar,indicator_id,score,max_score,source\n");
        let mut i = 0usize;
        while text.len() < TEST_SIZE {
            let source = match (text.len() * 8 / TEST_SIZE, i % 10) {
                (_, 0) => "",
                (0..4, _) => "Agency A",
                (4..6, _) => "\"Agency C, 2024\"",
                (6, _) => "Agency A",
                _ => "Agency B",
            };
            let _ = writeln!(text, "{},P,I{},1,2,{source}", 2000 + i / 5000, i % 5000);
            i += 1;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "big.csv", &text);
        let file = File::open(&path).unwrap();
        let (parallel, route) = load_routed("big.csv", file, text.len() as u64, None);
        assert_eq!(route, Route::Split);
        let parallel = parallel.unwrap();
        let single = load_reader("big.csv", text.as_bytes()).unwrap();
        assert_eq!(
            parallel.data_sources,
            ["Agency A", "Agency C, 2024", "Agency B"]
        );
        assert_eq!(parallel.data_sources, single.data_sources);
        assert_eq!(parallel.rows_without_source, i.div_ceil(10));
        assert_eq!(parallel.rows_without_source, single.rows_without_source);
    }

    #[test]
    fn a_split_inside_a_quoted_field_falls_back_to_one_pass() {
        // One huge quoted field spans the middle of the file, full of line ends.
        let mut text =
            String::from("year,pillar,indicator_id,score,max_score,evidence\n2024,P,A,1,2,\"");
        while text.len() < TEST_SIZE {
            text.push_str("evidence line, with a comma\n");
        }
        text.push_str("\"\n2024,P,B,2,2,short\n");
        assert_same(&text, Route::Fallback);
    }

    #[test]
    fn a_file_replaced_while_loading_is_read_as_it_was_opened() {
        let dir = tempfile::tempdir().unwrap();
        let original = big("\n", false);
        let path = write(dir.path(), "data.csv", &original);
        let file = File::open(&path).unwrap();
        // An editor saves: a new file renamed over the old path.
        let replacement = write(
            dir.path(),
            "new.csv",
            &big("\n", false).replace("ev ", "changed "),
        );
        std::fs::rename(&replacement, &path).unwrap();
        let (ds, route) = load_routed("data.csv", file, original.len() as u64, None);
        assert_eq!(route, Route::Split);
        let ds = ds.unwrap();
        assert!(
            !ds.text.contains("changed"),
            "the second half read the new file"
        );
        assert_eq!(
            ds.text,
            load_reader("data.csv", original.as_bytes()).unwrap().text
        );
    }

    #[test]
    fn errors_in_the_second_half_name_their_true_lines() {
        let mut text = big("\r\n", true);
        let lines_before = text.matches('\n').count();
        text.push_str("C0,2001,P0,I0,Name 0,abc,4,x\r\n");
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "bad.csv", &text);
        let (e, route) = load_routed(
            "bad.csv",
            File::open(&path).unwrap(),
            text.len() as u64,
            None,
        );
        assert_eq!(route, Route::Split);
        let e = e.unwrap_err();
        let single = load_reader("bad.csv", text.as_bytes()).unwrap_err();
        assert_eq!(
            e.diagnostics.iter().map(|d| d.line).collect::<Vec<_>>(),
            single
                .diagnostics
                .iter()
                .map(|d| d.line)
                .collect::<Vec<_>>()
        );
        assert!(
            e.diagnostics
                .iter()
                .any(|d| d.line == Some(lines_before as u64 + 1)
                    && d.message.contains("\"abc\" is not a number")),
            "{e}"
        );
    }

    #[test]
    fn a_nul_in_the_second_half_names_its_true_line() {
        let mut text = big("\r\n", true);
        let lines_before = text.matches('\n').count();
        text.push_str("C0,2001,P0,I0,Name 0,1,4,e\0v\r\n");
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "nul.csv", &text);
        let (e, route) = load_routed(
            "nul.csv",
            File::open(&path).unwrap(),
            text.len() as u64,
            None,
        );
        assert_eq!(route, Route::Split);
        let e = e.unwrap_err();
        assert_eq!(e, load_reader("nul.csv", text.as_bytes()).unwrap_err());
        assert_eq!(
            e.lines().collect::<Vec<_>>(),
            [format!(
                "nul.csv:{}: not CSV text: the file contains binary data (a NUL byte)",
                lines_before + 1
            )]
        );
    }
}
