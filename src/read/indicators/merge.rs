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
use std::sync::Arc;

use super::builder::Builder;
use super::header::start;
use crate::model::dataset::Dataset;
use crate::read::error::LoadError;
use crate::read::input::read_error;
use crate::read::progress::Progress;
use crate::read::records::{Limits, ReadError, RecordReader};

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

/// Loads the indicator file open as `file`, of `size` bytes, on two cores
/// when it splits near the middle.
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
#[path = "merge_tests.rs"]
mod tests;
