//! The indicator CSV, the project's own schema (README "Data format"): one
//! row per country, year and indicator, validated into a [`Dataset`] with
//! every problem located. By file:
//!
//! - `schema.rs`: the columns, and how a header row maps onto them;
//! - `header.rs`: the header row checked, and a row builder made for it;
//! - `builder.rs`: the row builder, which takes the rows one at a time;
//!   `validate.rs` checks a row's cells, `store.rs` stores a valid row
//!   (names made ids by `interner.rs`), `finish.rs` checks the rows as a
//!   whole and makes the dataset;
//! - `merge.rs`: a large file read on two cores, and `absorb.rs`: the
//!   second half's rows taken into the first half's builder.
//!
//! Records are read as byte slices and names are interned, so a row costs
//! no `String` allocation except for its evidence text, which goes into one
//! shared arena.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

mod absorb;
pub(crate) mod builder;
mod finish;
pub(crate) mod header;
mod interner;
mod merge;
pub mod schema;
mod store;
mod validate;

use crate::model::dataset::Dataset;
use crate::read::encoding;
use crate::read::error::LoadError;
use crate::read::input::{Opening, open_input, read_error};
use crate::read::progress::Progress;
use crate::read::records::Limits;

/// Reads and validates an indicator CSV file. The file is only ever read.
pub fn load_path(path: &Path) -> Result<Dataset, LoadError> {
    load_path_with(path, None)
}

/// As [`load_path`], reporting progress.
pub fn load_path_with(path: &Path, progress: Option<Arc<Progress>>) -> Result<Dataset, LoadError> {
    load_file(path, progress, Opening::Any)
}

/// As [`load_path_with`], opening only what `opening` allows.
pub(crate) fn load_file(
    path: &Path,
    progress: Option<Arc<Progress>>,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    load_path_parallel_from(path, progress, merge::MIN_SIZE, opening)
}

/// As [`load_file`], with files of `parallel_from` bytes or more parsed on
/// two cores; tests lower it to cover that path on small files.
pub(crate) fn load_path_parallel_from(
    path: &Path,
    progress: Option<Arc<Progress>>,
    parallel_from: u64,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    let name = path.display().to_string();
    let file = open_input(path, &name, opening)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let first = if size >= parallel_from {
        let handle = file.try_clone().map_err(|e| read_error(&name, e))?;
        merge::load(&name, handle, size, progress.clone())
    } else {
        load_stream(&name, &file, Some(size), progress.clone())
    };
    // Valid UTF-8 never fails on its encoding, so it is read once.
    encoding::retry_as_cp1252(&file, first, |text| {
        if let Some(p) = &progress {
            p.rows.store(0, std::sync::atomic::Ordering::Relaxed);
        }
        let size = Some(text.len() as u64);
        let mut ds = load_stream(&name, text.as_bytes(), size, progress)?;
        ds.warnings.insert(0, encoding::DECODED.to_string());
        Ok(ds)
    })
}

/// Reads and validates indicator CSV from any reader; `name` is used in
/// messages.
pub fn load_reader(name: &str, reader: impl Read) -> Result<Dataset, LoadError> {
    load_stream(name, reader, None, None)
}

/// As [`load_reader`], with other limits on the size of a row and a cell
/// than the usual ones; the fuzz target uses small ones to reach them.
#[doc(hidden)]
pub fn load_reader_limited(
    name: &str,
    reader: impl Read,
    limits: Limits,
) -> Result<Dataset, LoadError> {
    load_limited(name, reader, None, None, limits)
}

/// One pass over `reader`; with its `size`, room for the rows is reserved
/// up front.
fn load_stream(
    name: &str,
    reader: impl Read,
    size: Option<u64>,
    progress: Option<Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_limited(name, reader, size, progress, Limits::DEFAULT)
}

fn load_limited(
    name: &str,
    reader: impl Read,
    size: Option<u64>,
    progress: Option<Arc<Progress>>,
    limits: Limits,
) -> Result<Dataset, LoadError> {
    let (mut reader, mut builder) = header::start(name, reader, size, limits)?;
    builder.report_to(progress);
    while let Some(record) = reader
        .next_record()
        .map_err(|e| builder.read_failure(name, e))?
    {
        builder.row(&record);
    }
    builder.finish(name)
}

#[cfg(test)]
mod tests;
