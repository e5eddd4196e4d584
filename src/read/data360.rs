//! World Bank Data360 series files (the ITU GCI as published there).
//!
//! Each pillar series becomes one pillar with one indicator; the overall
//! series is not a pillar but a cross-check of the computed index. Records
//! are translated into the project's own schema and validated by the same
//! [`Builder`] as any indicator file, so every rule and every located error
//! still applies, with Data360's own column names in the messages.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::encoding;
use super::error::LoadError;
use super::load::{Builder, Opening, open_input, open_regular, reading_error, text_head};
use super::records::{Record, RecordReader};
use super::schema::{Column, HeaderMap, normalize_header};
use crate::model::dataset::Dataset;
use crate::model::gci::{
    GCI_PILLARS, Published, attribution, cross_check, is_overall, missing_gci_pillars, pillar_name,
};
use crate::sanitize::{quote, short};

/// Columns a Data360 file must have (normalized, lower case).
const REQUIRED: [&str; 5] = [
    "ref_area",
    "indicator",
    "time_period",
    "obs_value",
    "unit_measure",
];

/// Whether a header row is a Data360 header.
pub fn is_data360_header<'a>(names: impl IntoIterator<Item = &'a str>) -> bool {
    let names: HashSet<String> = names.into_iter().map(normalize_header).collect();
    REQUIRED.iter().all(|r| names.contains(*r))
}

/// Reads the header of `path` and says whether it is a Data360 series,
/// after checking its first block for binary data: a file that is not text
/// is refused here, before its "header" is read (a 2 GB file of NULs has
/// no line end to stop that read). Unreadable files answer `false`; the
/// real load reports why. So do pipes and other files that are not regular
/// (`/dev/stdin`, `<(…)`, a FIFO), without opening them: what this read
/// would be gone for the load that follows.
pub fn sniff(path: &Path) -> Result<bool, LoadError> {
    let Ok(Some(file)) = open_regular(path) else {
        return Ok(false);
    };
    let mut buffered = BufReader::with_capacity(1 << 16, file);
    text_head(&path.display().to_string(), &mut buffered)?;
    // A header over the row limit is not Data360's; the load says why.
    let mut reader = RecordReader::new(buffered, b',');
    Ok(match reader.next_record() {
        Ok(Some(rec)) => is_data360_header(rec.iter().filter_map(|f| std::str::from_utf8(f).ok())),
        _ => false,
    })
}

/// The maximum of a scale code: `0_TO_20` → 20.
pub fn scale_max(unit: &str) -> Option<f64> {
    let (low, high) = unit.split_once("_TO_")?;
    let (low, high): (f64, f64) = (low.parse().ok()?, high.parse().ok()?);
    (low == 0.0 && high > 0.0 && high.is_finite()).then_some(high)
}

/// Position of the columns in one file.
struct Columns {
    ref_area: usize,
    ref_area_label: Option<usize>,
    indicator: usize,
    indicator_label: Option<usize>,
    time_period: usize,
    obs_value: usize,
    unit_measure: usize,
    database_id: Option<usize>,
    database_id_label: Option<usize>,
}

impl Columns {
    fn from_header(file: &str, rec: &Record<'_>) -> Result<Columns, LoadError> {
        let names: Vec<String> = rec
            .iter()
            .map(|f| normalize_header(&String::from_utf8_lossy(f)))
            .collect();
        let find = |n: &str| names.iter().position(|x| x == n);
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|r| find(r).is_none())
            .collect();
        if let Some(first) = missing.first() {
            return Err(LoadError::at(
                file,
                rec.line,
                Some(&first.to_uppercase()),
                "required Data360 column is missing from the header",
            ));
        }
        Ok(Columns {
            ref_area: find("ref_area").unwrap_or(0),
            ref_area_label: find("ref_area_label"),
            indicator: find("indicator").unwrap_or(0),
            indicator_label: find("indicator_label"),
            time_period: find("time_period").unwrap_or(0),
            obs_value: find("obs_value").unwrap_or(0),
            unit_measure: find("unit_measure").unwrap_or(0),
            database_id: find("database_id"),
            database_id_label: find("database_id_label"),
        })
    }
}

/// The own-schema columns a Data360 record is translated into, and what
/// they are called in the Data360 file.
const TRANSLATED: [(Column, &str); 9] = [
    (Column::Country, "REF_AREA"),
    (Column::CountryName, "REF_AREA_LABEL"),
    (Column::Year, "TIME_PERIOD"),
    (Column::Pillar, "INDICATOR_LABEL"),
    (Column::IndicatorId, "INDICATOR"),
    (Column::Indicator, "INDICATOR_LABEL"),
    (Column::Score, "OBS_VALUE"),
    (Column::MaxScore, "UNIT_MEASURE"),
    (Column::Source, "DATABASE_ID"),
];

/// (REF_AREA, INDICATOR, TIME_PERIOD) as read.
type ObservationKey = (Vec<u8>, Vec<u8>, Vec<u8>);

/// Loads one or more Data360 series files as one dataset. Series that
/// Excel saved again as Windows-1252 are decoded, as indicator files are.
pub fn load(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    load_opening(paths, Opening::Any)
}

/// As [`load`], opening only what `opening` allows.
pub(crate) fn load_opening(paths: &[PathBuf], opening: Opening) -> Result<Dataset, LoadError> {
    // Read twice, a file's every row would be a duplicate of itself.
    if let Some((a, b)) = crate::write::repeated(paths) {
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
    let mut published: HashMap<(String, i32), Published> = HashMap::new();
    let mut series_seen: HashMap<String, String> = HashMap::new();

    let mut encodings = Encodings::default();
    for (path, name) in ordered(paths, &names) {
        builder.set_file(name);
        let mut state = (&mut builder, &mut published, &mut series_seen);
        if decode {
            read_decoding(
                open_input(path, name, opening)?,
                name,
                &mut state,
                &mut encodings,
            )?;
        } else {
            read_records(open_input(path, name, opening)?, name, &mut state)?;
        }
    }
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

/// What reading the files builds up: rows, published overall values, and
/// which file each series came from.
type State<'a> = (
    &'a mut Builder,
    &'a mut HashMap<(String, i32), Published>,
    &'a mut HashMap<String, String>,
);

/// Reads a file whole and decodes it if it is plausibly Windows-1252.
fn read_decoding(
    mut file: File,
    name: &str,
    state: &mut State<'_>,
    encodings: &mut Encodings,
) -> Result<(), LoadError> {
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .map_err(|e| LoadError::file_level(name, format!("cannot read: {e}")))?;
    if std::str::from_utf8(&bytes).is_ok() {
        return read_records(&bytes[..], name, state);
    }
    match encoding::not_cp1252(&bytes) {
        None => {
            encodings.decoded.push(name.to_string());
            read_records(encoding::decode_cp1252(&bytes).as_bytes(), name, state)
        }
        Some(why) => {
            encodings.not_cp1252.insert(name.to_string(), why);
            read_records(&bytes[..], name, state)
        }
    }
}

fn read_records(source: impl Read, name: &str, state: &mut State<'_>) -> Result<(), LoadError> {
    let (builder, published, series_seen) = state;
    let mut buffered = BufReader::new(source);
    // Published series are always comma-separated: the delimiter found is
    // not needed, only the check that this is text.
    text_head(name, &mut buffered)?;
    let mut reader = RecordReader::new(buffered, b',');
    // Data360's column names, to name a cell over the limit.
    let names: Vec<String>;
    let cols = match reader
        .next_record()
        .map_err(|e| reading_error(name, e, |_| None))?
    {
        Some(rec) => {
            names = rec
                .iter()
                .map(|f| normalize_header(&String::from_utf8_lossy(f)).to_uppercase())
                .collect();
            Columns::from_header(name, &rec)?
        }
        None => {
            return Err(LoadError::at(
                name,
                1,
                None,
                "the file is empty: expected a header row",
            ));
        }
    };
    let mut seen_here: HashMap<ObservationKey, u64> = HashMap::new();
    let (mut out, mut bounds) = (Vec::new(), Vec::new());
    let column = |i: usize| names.get(i).cloned();
    while let Some(rec) = reader
        .next_record()
        .map_err(|e| reading_error(name, e, column))?
    {
        let line = rec.line;
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let text = |i: Option<usize>| {
            i.map(|i| String::from_utf8_lossy(cell(i)).into_owned())
                .unwrap_or_default()
        };
        if rec.iter().all(<[u8]>::is_empty) {
            continue;
        }
        let code = String::from_utf8_lossy(cell(cols.indicator)).into_owned();
        let label = text(cols.indicator_label);
        if let Some(first) = series_seen.get(&code)
            && first != name
        {
            builder.errors_mut().push(
                line,
                Some("INDICATOR"),
                format!("series {} was already read from {first}", quote(&code)),
            );
            return Ok(());
        }
        series_seen.insert(code.clone(), name.to_string());

        let key = (
            cell(cols.ref_area).to_vec(),
            code.as_bytes().to_vec(),
            cell(cols.time_period).to_vec(),
        );
        if let Some(first) = seen_here.get(&key) {
            let msg = format!(
                "duplicate observation for ({}, {}, {}): already given at line {first}",
                short(&String::from_utf8_lossy(&key.0)),
                short(&String::from_utf8_lossy(&key.2)),
                short(&code)
            );
            builder.errors_mut().push(line, Some("TIME_PERIOD"), msg);
            continue;
        }
        seen_here.insert(key, line);

        if is_overall(&code, &label) {
            let country = String::from_utf8_lossy(cell(cols.ref_area)).into_owned();
            let year = std::str::from_utf8(cell(cols.time_period))
                .ok()
                .and_then(|y| y.parse().ok());
            let value = std::str::from_utf8(cell(cols.obs_value))
                .ok()
                .and_then(|v| v.parse::<f64>().ok());
            if let (Some(year), Some(value)) = (year, value) {
                published.insert(
                    (country, year),
                    Published {
                        value,
                        file: name.to_string(),
                        line,
                    },
                );
            }
            continue;
        }
        let unit = String::from_utf8_lossy(cell(cols.unit_measure)).into_owned();
        let Some(max) = scale_max(&unit) else {
            builder.errors_mut().push(
                line,
                Some("UNIT_MEASURE"),
                format!("{} is not a scale like 0_TO_20", quote(&unit)),
            );
            continue;
        };
        let pillar = pillar_name(&code, &label);
        let max = max.to_string();
        let source = attribution(&text(cols.database_id), &text(cols.database_id_label));
        let fields: [&[u8]; 9] = [
            cell(cols.ref_area),
            cols.ref_area_label.map(cell).unwrap_or_default(),
            cell(cols.time_period),
            pillar.as_bytes(),
            code.as_bytes(),
            label.as_bytes(),
            cell(cols.obs_value),
            max.as_bytes(),
            source.as_bytes(),
        ];
        out.clear();
        bounds.clear();
        for f in fields {
            bounds.push((out.len(), out.len() + f.len()));
            out.extend_from_slice(f);
        }
        builder.row(&Record::from_parts(line, &out, &bounds));
    }
    Ok(())
}

#[cfg(test)]
#[path = "data360_tests.rs"]
mod tests;
