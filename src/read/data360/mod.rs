//! World Bank Data360 series files (the ITU GCI as published there).
//!
//! Each pillar series becomes one pillar with one indicator; the overall
//! series is not a pillar but a cross-check of the computed index. Records
//! are translated into the project's own schema (`rows.rs`) and validated
//! by the same row builder as any indicator file, so every rule and every
//! located error still applies, with Data360's own column names
//! (`columns.rs`) in the messages.

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

mod columns;
mod rows;

use columns::TRANSLATED;
pub use columns::{is_data360_header, scale_max};
use rows::{Series, read_records};

use crate::model::dataset::Dataset;
use crate::model::gci::{GCI_PILLARS, cross_check, missing_gci_pillars};
use crate::read::encoding::{self, Reread};
use crate::read::error::LoadError;
use crate::read::indicators::builder::Builder;
use crate::read::indicators::schema::HeaderMap;
use crate::read::input::{Opening, first_row_names, open_input, read_error, repeated};

/// Reads the header of `path` and says whether it is a Data360 series,
/// after checking its first block for binary data (see
/// [`first_row_names`]). Unreadable files and those that are not regular
/// answer `false`; the real load reports why, or reads them.
pub fn sniff(path: &Path) -> Result<bool, LoadError> {
    Ok(first_row_names(path)?
        .is_some_and(|names| is_data360_header(names.iter().map(String::as_str))))
}

/// Loads one or more Data360 series files as one dataset. Series that
/// Excel saved again as Windows-1252 are decoded, as indicator files are.
pub fn load(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    load_opening(paths, Opening::Any)
}

/// As [`load`], opening only what `opening` allows.
pub(crate) fn load_opening(paths: &[PathBuf], opening: Opening) -> Result<Dataset, LoadError> {
    // Read twice, a file's every row would be a duplicate of itself.
    if let Some((a, b)) = repeated(paths) {
        return Err(LoadError::file_level(
            &paths[b].display().to_string(),
            format!(
                "is the same file as {}; give each file once",
                paths[a].display()
            ),
        ));
    }
    match load_as(paths, false, opening) {
        // Valid UTF-8, the published files, is read once, streaming.
        Err(e) if encoding::failed_on_encoding(&e) => load_as(paths, true, opening),
        other => other,
    }
}

/// How the files that are not UTF-8 were read, by file name.
#[derive(Default)]
struct Encodings {
    decoded: Vec<String>,
    /// Why a file was left undecoded.
    not_cp1252: HashMap<String, &'static str>,
}

/// With `decode`, each file is read whole, and one that is not UTF-8 but
/// plausibly Windows-1252 is decoded.
fn load_as(paths: &[PathBuf], decode: bool, opening: Opening) -> Result<Dataset, LoadError> {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let label = match names.as_slice() {
        [one] => one.clone(),
        _ => format!("{} Data360 files", names.len()),
    };
    let header = HeaderMap::from_names(TRANSLATED.iter().map(|(c, _)| c.name()));
    let mut builder = Builder::new(header, false);
    builder.rename_columns(&TRANSLATED);
    let mut series = Series {
        builder,
        published: HashMap::new(),
        series_seen: HashMap::new(),
    };
    let mut encodings = Encodings::default();
    for (path, name) in ordered(paths, &names) {
        series.builder.set_file(name);
        let file = open_input(path, name, opening)?;
        if decode {
            read_decoding(file, name, &mut series, &mut encodings)?;
        } else {
            read_records(file, name, &mut series)?;
        }
    }
    let Series {
        builder,
        published,
        series_seen,
    } = series;
    let mut ds = builder.finish(&label).map_err(|mut e| {
        for d in &mut e.diagnostics {
            let why = d.file.as_ref().and_then(|f| encodings.not_cp1252.get(f));
            if let (Some(why), true) = (why, d.message == encoding::NOT_UTF8) {
                d.message = why.to_string();
            }
        }
        e
    })?;
    for name in encodings.decoded.iter().rev() {
        let warning = if names.len() == 1 {
            encoding::DECODED.to_string()
        } else {
            format!("{name}: {}", encoding::DECODED)
        };
        ds.warnings.insert(0, warning);
    }
    match missing_gci_pillars(&series_seen) {
        Some(warning) => ds.warnings.push(warning),
        None => cross_check(&mut ds, &published),
    }
    Ok(ds)
}

/// GCI pillar files in the GCI's own order, whatever order the shell's glob
/// gave them in; other series keep their place after them.
fn ordered<'a>(paths: &'a [PathBuf], names: &'a [String]) -> Vec<(&'a PathBuf, &'a String)> {
    let rank = |name: &str| {
        let stem = Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().to_uppercase())
            .unwrap_or_default();
        GCI_PILLARS
            .iter()
            .position(|(k, _)| stem.split('_').any(|p| p == *k))
            .unwrap_or(GCI_PILLARS.len())
    };
    let mut v: Vec<_> = paths.iter().zip(names).collect();
    v.sort_by_key(|(_, n)| rank(n));
    v
}

/// Reads a file whole and decodes it if it is plausibly Windows-1252.
fn read_decoding(
    file: File,
    name: &str,
    series: &mut Series,
    encodings: &mut Encodings,
) -> Result<(), LoadError> {
    match encoding::reread(file).map_err(|e| read_error(name, e))? {
        Reread::Utf8(bytes) => read_records(&bytes[..], name, series),
        Reread::Decoded(text) => {
            encodings.decoded.push(name.to_string());
            read_records(text.as_bytes(), name, series)
        }
        Reread::Undecoded(bytes, why) => {
            encodings.not_cp1252.insert(name.to_string(), why);
            read_records(&bytes[..], name, series)
        }
    }
}

#[cfg(test)]
mod tests;
