//! Scenarios on disk: a small CSV, `country,year,indicator_id,score`, one
//! row per indicator whose score the scenario changes. It names rows by
//! code, year and id rather than by position, so it still applies after
//! the data file is edited, and every row that no longer fits is reported
//! with its line.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use super::cells::{parse_number, parse_year};
use super::encoding::{self, NOT_UTF8};
use super::error::{Errors, LoadError, SheetPlace};
use super::input::{Opening, open_input};
use super::records::Record;
use super::table::{Reading, Table, normalize_header, reading_error, usable_record};
use crate::model::dataset::Dataset;
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, IndicatorIx};
use crate::sanitize::{quote, short};

/// The columns, in the order they are written.
pub const COLUMNS: [&str; 4] = ["country", "year", "indicator_id", "score"];

/// Reads a scenario file and checks every row against `ds`. A file Excel
/// saved as Windows-1252 is decoded, as data files are.
pub fn load_scenario(path: &Path, ds: &Dataset) -> Result<Scenario, LoadError> {
    if super::workbook::sniff(path) {
        return load_workbook_scenario(path, ds);
    }
    let name = path.display().to_string();
    let file = open_input(path, &name, Opening::Any)?;
    let first = read_scenario(&name, &file, ds);
    encoding::retry_as_cp1252(&file, first, |text| {
        read_scenario(&name, text.as_bytes(), ds)
    })
}

/// Reads a scenario from the first sheet of the workbook at `path` whose
/// header has the scenario's columns.
fn load_workbook_scenario(path: &Path, ds: &Dataset) -> Result<Scenario, LoadError> {
    let name = path.display().to_string();
    let test = |names: &[String]| -> Result<(), Vec<String>> {
        let missing = missing_columns(names);
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing)
        }
    };
    let table = super::workbook::find_table(path, &name, Opening::Any, None, &test)?;
    from_sheet(&name, &table, ds)
}

/// As [`load_scenario`], from any reader; `name` is used in messages.
pub fn read_scenario(name: &str, reader: impl Read, ds: &Dataset) -> Result<Scenario, LoadError> {
    let mut table = Table::open(name, reader, Reading::default())?;
    let header = Header::parse(name, &table.header, 1, None)?;
    let mut rows = Rows::new(ds, header, table.delimiter == b';');
    while let Some(record) = table
        .records
        .next_record()
        .map_err(|e| reading_error(name, e, |_| None))?
    {
        rows.row(&record);
    }
    if rows.errors.is_empty() {
        Ok(rows.scenario)
    } else {
        Err(rows.errors.into_error(name))
    }
}

/// The scenario columns a workbook header row lacks.
pub(crate) fn missing_columns(names: &[String]) -> Vec<String> {
    let have: Vec<String> = names.iter().map(|n| normalize_header(n)).collect();
    COLUMNS
        .iter()
        .filter(|c| !have.iter().any(|h| h == *c))
        .map(|c| c.to_string())
        .collect()
}

/// A scenario from a workbook sheet's table.
pub(crate) fn from_sheet(
    name: &str,
    table: &super::workbook::table::SheetTable,
    ds: &Dataset,
) -> Result<Scenario, LoadError> {
    use super::workbook::table::Kind;
    let place = table.place();
    let fields: Vec<Vec<u8>> = table.header.iter().map(|h| h.as_bytes().to_vec()).collect();
    let header = Header::parse(name, &fields, table.header_line(), Some(place.clone()))?;
    let kinds: Vec<Kind> = (0..fields.len())
        .map(|i| match header.at.iter().position(|&p| p == i) {
            Some(1) => Kind::Year,
            Some(3) => Kind::Number,
            _ => Kind::Text,
        })
        .collect();
    let mut rows = Rows::new(ds, header, false);
    rows.errors.sheet = Some(place.clone());
    let mut cells = Errors::in_sheet(Some(place));
    table.rows(&kinds, &mut cells, |record| rows.row(record));
    rows.errors.absorb(cells, 0);
    if rows.errors.is_empty() {
        Ok(rows.scenario)
    } else {
        Err(rows.errors.into_error(name))
    }
}

/// Positions of the four columns in the file; others are ignored.
struct Header {
    at: [usize; 4],
    fields: usize,
}

impl Header {
    /// The header row on `line`; `sheet` names its cells in a workbook.
    fn parse(
        name: &str,
        fields: &[Vec<u8>],
        line: u64,
        sheet: Option<std::sync::Arc<SheetPlace>>,
    ) -> Result<Header, LoadError> {
        let mut at = [None; 4];
        let mut errors = Errors::in_sheet(sheet);
        for (pos, field) in fields.iter().enumerate() {
            let norm = normalize_header(&String::from_utf8_lossy(field));
            if let Some(col) = COLUMNS.iter().position(|c| *c == norm) {
                if at[col].is_some() {
                    errors.push(
                        line,
                        Some(COLUMNS[col]),
                        "column appears more than once in the header",
                    );
                }
                at[col] = Some(pos);
            }
        }
        for (col, found) in at.iter().enumerate() {
            if found.is_none() {
                errors.push(
                    line,
                    Some(COLUMNS[col]),
                    "required column is missing from the header (a scenario has country,year,indicator_id,score)",
                );
            }
        }
        match at {
            [Some(c), Some(y), Some(i), Some(s)] if errors.is_empty() => Ok(Header {
                at: [c, y, i, s],
                fields: fields.len(),
            }),
            _ => Err(errors.into_error(name)),
        }
    }
}

/// Validates rows into a scenario, collecting every problem.
struct Rows<'d> {
    ds: &'d Dataset,
    header: Header,
    decimal_comma: bool,
    country_by_code: HashMap<&'d str, CountryIx>,
    indicator_by_id: HashMap<&'d str, IndicatorIx>,
    /// Observation to the line that first set it, to name duplicates.
    seen: HashMap<usize, u64>,
    scenario: Scenario,
    errors: Errors,
}

impl<'d> Rows<'d> {
    fn new(ds: &'d Dataset, header: Header, decimal_comma: bool) -> Rows<'d> {
        let country_by_code = ds
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.as_str(), i as CountryIx))
            .collect();
        let indicator_by_id = ds
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.as_str(), i as IndicatorIx))
            .collect();
        Rows {
            ds,
            header,
            decimal_comma,
            country_by_code,
            indicator_by_id,
            seen: HashMap::new(),
            scenario: Scenario::default(),
            errors: Errors::default(),
        }
    }

    fn row(&mut self, record: &Record<'_>) {
        let line = record.line;
        if !usable_record(record, self.header.fields, &mut self.errors) {
            return;
        }
        let [country, year, id, score] = self.cells(record);
        let c = country.and_then(|cell| self.country(line, cell));
        let y = year.and_then(|cell| self.year(line, c, cell));
        let ind = id.and_then(|cell| self.indicator(line, cell));
        let score = score.and_then(|cell| self.score(line, cell));
        let (Some(c), Some(y), Some(ind), Some(score), Some(id)) = (c, y, ind, score, id) else {
            return;
        };
        let ds = self.ds;
        let Some(obs) = ds.year_ix(y).and_then(|yi| ds.find_obs(c, yi, ind)) else {
            self.errors.push(
                line,
                Some("indicator_id"),
                format!(
                    "indicator {} has no row for {} in {y}",
                    quote(id),
                    short(ds.countries[c as usize].label())
                ),
            );
            return;
        };
        let max = ds.max_score(obs);
        if !(0.0..=max).contains(&score) {
            self.errors.push(
                line,
                Some("score"),
                format!(
                    "{} is outside 0..={} (0 to max_score of {})",
                    crate::sanitize::number(score),
                    crate::format::points(max),
                    short(id)
                ),
            );
            return;
        }
        if let Some(first) = self.seen.get(&obs) {
            let code = &ds.countries[c as usize].code;
            let who = if code.is_empty() {
                String::new()
            } else {
                format!("{}, ", short(code))
            };
            self.errors.push(
                line,
                Some("indicator_id"),
                format!(
                    "duplicate row for ({who}{y}, {}): already given at line {first}",
                    short(id)
                ),
            );
            return;
        }
        self.seen.insert(obs, line);
        self.scenario.set(ds, obs, score);
    }

    /// The four cells of a row, each `None` when it is not UTF-8 (an error
    /// recorded, which makes [`load_scenario`] try Windows-1252).
    fn cells<'r>(&mut self, record: &Record<'r>) -> [Option<&'r str>; 4] {
        let mut cells = [None; 4];
        for (col, cell) in cells.iter_mut().enumerate() {
            let bytes = record.get(self.header.at[col]).unwrap_or_default();
            match std::str::from_utf8(bytes) {
                Ok(text) => *cell = Some(text),
                Err(_) => self.errors.push(record.line, Some(COLUMNS[col]), NOT_UTF8),
            }
        }
        cells
    }

    fn country(&mut self, line: u64, cell: &str) -> Option<CountryIx> {
        // An empty code is the one country of a file without a country column.
        if let Some(&c) = self.country_by_code.get(cell) {
            return Some(c);
        }
        if cell.is_empty() {
            self.errors.push(line, Some("country"), "is empty");
            return None;
        }
        let found = self.ds.find_country(cell);
        if found.is_none() {
            self.errors.push(
                line,
                Some("country"),
                format!("no country {} in the data", quote(cell)),
            );
        }
        found
    }

    /// The year, if the country has data in it; `c` is `None` when the
    /// country was already reported, and then only the year's form is checked.
    fn year(&mut self, line: u64, c: Option<CountryIx>, cell: &str) -> Option<i32> {
        let Some(y) = parse_year(cell.as_bytes()) else {
            self.errors.push(
                line,
                Some("year"),
                format!("{} is not a year like 2024", quote(cell)),
            );
            return None;
        };
        let c = c?;
        let ds = self.ds;
        if ds.year_ix(y).is_some_and(|yi| ds.has_data(c, yi)) {
            return Some(y);
        }
        let years: Vec<String> = ds
            .years_with_data(c)
            .map(|yi| ds.years[yi as usize].to_string())
            .collect();
        self.errors.push(
            line,
            Some("year"),
            format!(
                "{} has no data for {y} (years: {})",
                short(ds.countries[c as usize].label()),
                years.join(", ")
            ),
        );
        None
    }

    fn indicator(&mut self, line: u64, cell: &str) -> Option<IndicatorIx> {
        if cell.is_empty() {
            self.errors.push(line, Some("indicator_id"), "is empty");
            return None;
        }
        let found = self.indicator_by_id.get(cell).copied();
        if found.is_none() {
            self.errors.push(
                line,
                Some("indicator_id"),
                format!("unknown indicator {}: it is not in the data", quote(cell)),
            );
        }
        found
    }

    fn score(&mut self, line: u64, cell: &str) -> Option<f64> {
        if cell.is_empty() {
            // "Not assessed" is what the data says, never a proposal.
            self.errors.push(
                line,
                Some("score"),
                "is empty: a scenario row proposes a score",
            );
            return None;
        }
        match parse_number(cell.as_bytes(), self.decimal_comma) {
            Ok(v) => Some(v),
            Err(msg) => {
                self.errors.push(line, Some("score"), msg);
                None
            }
        }
    }
}

#[cfg(test)]
#[path = "scenario_tests.rs"]
pub(crate) mod tests;
