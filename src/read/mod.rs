//! Reading: every input format becomes a [`Dataset`](crate::model::Dataset)
//! here, with errors that name the file, the line and the column.
//!
//! Every reader reads the same way, in layers:
//!
//! - `input.rs` opens what the user named and checks it is text, saying
//!   why a file cannot be read in one wording whichever reader meets it;
//!   `encoding.rs` is the one fallback for files saved as Windows-1252;
//! - `table.rs` reads a CSV header and the records under it (`records/`,
//!   within the size limits), `cells.rs` the numbers and years in them;
//! - a format makes rows of them: `indicators/` (the project's own
//!   schema), `data360/` (World Bank series, translated into indicator
//!   rows), `scenario.rs` (scenario files).
//!
//! This file picks the format of the files the user named. A new format is
//! one new module beside the others, and one more case here.

pub(crate) mod cells;
pub mod data360;
pub mod encoding;
pub mod error;
pub mod indicators;
pub mod input;
mod progress;
pub mod records;
pub mod scenario;
pub(crate) mod table;
pub mod workbook;

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::Dataset;
pub use error::LoadError;
pub use indicators::{load_path, load_path_with, load_reader, load_reader_limited};
use input::Opening;
pub use progress::Progress;

/// Loads what the user named: one indicator CSV in the project's schema,
/// one workbook holding such a table, or one or more World Bank Data360
/// series files, recognised by their header.
pub fn load_paths(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    load_paths_with(paths, None)
}

/// As [`load_paths`], reporting progress.
pub fn load_paths_with(
    paths: &[PathBuf],
    progress: Option<Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_paths_in(paths, None, progress)
}

/// As [`load_paths_with`], reading a workbook's sheet `sheet` (by default
/// the first with an indicator table).
pub fn load_paths_in(
    paths: &[PathBuf],
    sheet: Option<&str>,
    progress: Option<Arc<Progress>>,
) -> Result<Dataset, LoadError> {
    load_paths_opening(paths, sheet, progress, Opening::Any)
}

/// Loads the files again after they changed on disk: as [`load_paths`], but
/// a path that is not a regular file any more is an error, and is never
/// read or waited on.
pub fn reload_paths(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    reload_paths_in(paths, None)
}

/// As [`reload_paths`], from a workbook's sheet `sheet`.
pub fn reload_paths_in(paths: &[PathBuf], sheet: Option<&str>) -> Result<Dataset, LoadError> {
    load_paths_opening(paths, sheet, None, Opening::RegularOnly)
}

fn load_paths_opening(
    paths: &[PathBuf],
    sheet: Option<&str>,
    progress: Option<Arc<Progress>>,
    opening: Opening,
) -> Result<Dataset, LoadError> {
    if let Some(book) = paths.iter().find(|p| workbook::sniff(p)) {
        return match paths {
            [one] => workbook::load_indicators(one, sheet, opening),
            _ => Err(LoadError::file_level(
                &book.display().to_string(),
                "a workbook is read alone; give one workbook, or combine Data360 series as CSV files",
            )),
        };
    }
    if let (Some(_), Some(first)) = (sheet, paths.first())
        && first.is_file()
    {
        return Err(LoadError::file_level(
            &first.display().to_string(),
            "is not a workbook, so it has no sheets to choose with --sheet",
        ));
    }
    // Each file is checked for binary data before its header is read.
    let data360 = paths
        .iter()
        .map(|p| data360::sniff(p))
        .collect::<Result<Vec<bool>, LoadError>>()?;
    if data360.iter().any(|&d| d) {
        if let Some((p, _)) = paths
            .iter()
            .zip(&data360)
            .find(|(p, d)| !**d && p.is_file())
        {
            return Err(LoadError::file_level(
                &p.display().to_string(),
                "is not a World Bank Data360 series; only Data360 series can be combined",
            ));
        }
        return data360::load_opening(paths, opening);
    }
    match paths {
        [one] => indicators::load_file(one, progress, opening),
        [] => Err(LoadError::file_level("(no file)", "no file given")),
        [_, second, ..] => Err(LoadError::file_level(
            &second.display().to_string(),
            "only World Bank Data360 series can be combined; give one indicator file",
        )),
    }
}
