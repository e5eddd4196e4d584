//! The rows of one Data360 series file: each observation checked against
//! the others of its series, the overall series kept aside to cross-check
//! the computed index, and every other row translated into a row of the
//! project's own schema for the row builder.

use std::collections::HashMap;
use std::io::Read;

use super::columns::{Columns, scale_max};
use crate::model::gci::{Published, attribution, is_overall, pillar_name};
use crate::read::error::LoadError;
use crate::read::indicators::builder::Builder;
use crate::read::records::Record;
use crate::read::table::{Reading, Table, normalize_header, reading_error};
use crate::sanitize::{quote, short};

/// What reading the files builds up.
pub(super) struct Series {
    pub(super) builder: Builder,
    /// The published overall value of each (country, year).
    pub(super) published: HashMap<(String, i32), Published>,
    /// The file each series was read from.
    pub(super) series_seen: HashMap<String, String>,
}

/// (REF_AREA, INDICATOR, TIME_PERIOD) as read.
type ObservationKey = (Vec<u8>, Vec<u8>, Vec<u8>);

/// Reads the rows of the series file `source` into `series`; `name` is used
/// in messages.
pub(super) fn read_records(
    source: impl Read,
    name: &str,
    series: &mut Series,
) -> Result<(), LoadError> {
    // Published series are always comma-separated: the delimiter found is
    // not needed, only the check that this is text.
    let how = Reading {
        delimiter: Some(b','),
        ..Reading::default()
    };
    let mut table = Table::open(name, source, how)?;
    // Data360's column names, to name a cell over the limit.
    let names: Vec<String> = table
        .header
        .iter()
        .map(|f| normalize_header(&String::from_utf8_lossy(f)).to_uppercase())
        .collect();
    let cols = Columns::from_header(name, &table.header, table.header_line)?;
    let mut file = SeriesFile {
        name,
        cols,
        series,
        seen_here: HashMap::new(),
        out: Vec::new(),
        bounds: Vec::new(),
    };
    let column = |i: usize| names.get(i).cloned();
    while let Some(rec) = table
        .records
        .next_record()
        .map_err(|e| reading_error(name, e, column))?
    {
        if rec.iter().all(<[u8]>::is_empty) {
            continue;
        }
        if let Next::StopFile = file.row(&rec) {
            break;
        }
    }
    Ok(())
}

/// One series file being read.
struct SeriesFile<'a> {
    name: &'a str,
    cols: Columns,
    series: &'a mut Series,
    /// The line of each observation read from this file, to name duplicates.
    seen_here: HashMap<ObservationKey, u64>,
    /// The translated row, reused from row to row.
    out: Vec<u8>,
    bounds: Vec<(usize, usize)>,
}

/// Whether to go on reading a file after one of its rows.
enum Next {
    Row,
    /// The file's series was read from another file: every row of it
    /// would repeat that one's.
    StopFile,
}

impl SeriesFile<'_> {
    fn row(&mut self, rec: &Record<'_>) -> Next {
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let code = String::from_utf8_lossy(cell(self.cols.indicator)).into_owned();
        let label = text(rec, self.cols.indicator_label);
        if !self.claim_series(rec.line, &code) {
            return Next::StopFile;
        }
        if !self.first_observation(rec, &code) {
            return Next::Row;
        }
        if is_overall(&code, &label) {
            self.publish(rec);
        } else {
            self.translate(rec, &code, &label);
        }
        Next::Row
    }

    /// Whether `code` is this file's series, and not another file's.
    fn claim_series(&mut self, line: u64, code: &str) -> bool {
        let series = &mut *self.series;
        if let Some(first) = series.series_seen.get(code)
            && first != self.name
        {
            series.builder.errors_mut().push(
                line,
                Some("INDICATOR"),
                format!("series {} was already read from {first}", quote(code)),
            );
            return false;
        }
        series
            .series_seen
            .insert(code.to_string(), self.name.to_string());
        true
    }

    /// Whether the row is the first of its (REF_AREA, INDICATOR,
    /// TIME_PERIOD) in this file; a repeat is an error naming both lines.
    fn first_observation(&mut self, rec: &Record<'_>, code: &str) -> bool {
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let key = (
            cell(self.cols.ref_area).to_vec(),
            code.as_bytes().to_vec(),
            cell(self.cols.time_period).to_vec(),
        );
        if let Some(first) = self.seen_here.get(&key) {
            let msg = format!(
                "duplicate observation for ({}, {}, {}): already given at line {first}",
                short(&String::from_utf8_lossy(&key.0)),
                short(&String::from_utf8_lossy(&key.2)),
                short(code)
            );
            let errors = self.series.builder.errors_mut();
            errors.push(rec.line, Some("TIME_PERIOD"), msg);
            return false;
        }
        self.seen_here.insert(key, rec.line);
        true
    }

    /// Keeps a row of the overall series, to cross-check the index with.
    fn publish(&mut self, rec: &Record<'_>) {
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let country = String::from_utf8_lossy(cell(self.cols.ref_area)).into_owned();
        let year = std::str::from_utf8(cell(self.cols.time_period))
            .ok()
            .and_then(|y| y.parse().ok());
        let value = std::str::from_utf8(cell(self.cols.obs_value))
            .ok()
            .and_then(|v| v.parse::<f64>().ok());
        if let (Some(year), Some(value)) = (year, value) {
            self.series.published.insert(
                (country, year),
                Published {
                    value,
                    file: self.name.to_string(),
                    line: rec.line,
                },
            );
        }
    }

    /// A pillar series row, as a row of the project's schema: one pillar
    /// with one indicator, scored out of its scale's maximum.
    fn translate(&mut self, rec: &Record<'_>, code: &str, label: &str) {
        let cols = &self.cols;
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let unit = String::from_utf8_lossy(cell(cols.unit_measure)).into_owned();
        let Some(max) = scale_max(&unit) else {
            self.series.builder.errors_mut().push(
                rec.line,
                Some("UNIT_MEASURE"),
                format!("{} is not a scale like 0_TO_20", quote(&unit)),
            );
            return;
        };
        let pillar = pillar_name(code, label);
        let max = max.to_string();
        let source = attribution(
            &text(rec, cols.database_id),
            &text(rec, cols.database_id_label),
        );
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
        self.out.clear();
        self.bounds.clear();
        for f in fields {
            self.bounds.push((self.out.len(), self.out.len() + f.len()));
            self.out.extend_from_slice(f);
        }
        let row = Record::from_parts(rec.line, &self.out, &self.bounds);
        self.series.builder.row(&row);
    }
}

/// The text of an optional column's cell; empty without the column.
fn text(rec: &Record<'_>, i: Option<usize>) -> String {
    i.map(|i| String::from_utf8_lossy(rec.get(i).unwrap_or_default()).into_owned())
        .unwrap_or_default()
}
