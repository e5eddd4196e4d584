//! The rows as a whole, once all are read: years put in order, rows sorted
//! (files are usually sorted already, and then nothing moves), duplicates
//! found, the number of combinations bounded, and the [`Dataset`] made.

use super::builder::Builder;
use super::header::unknown_columns_warning;
use super::schema::Column;
use crate::model::dataset::{Dataset, Observations};
use crate::read::error::LoadError;
use crate::sanitize::short;

/// Every country × year × pillar has an aggregate (24 bytes, and a share of
/// the 4-byte slot of its country-year), so their number is bounded by the
/// rows that make them, and memory by the file: a fixed cap of 50 million
/// let a 500 KB file take 1.2 GB. Real data has far fewer combinations than
/// rows (745 countries × 16 years × 8 pillars = 95,360 for a million rows);
/// sparse but real data, each country assessed in one of a few years, has a
/// few a row.
const COMBINATIONS_PER_ROW: usize = 8;
/// Allowed whatever the rows, so small files are never refused for this.
const COMBINATIONS_ANY_FILE: usize = 1 << 20;

/// The most country × year × pillar combinations `rows` rows may make.
pub(crate) fn combination_limit(rows: usize) -> usize {
    rows.saturating_mul(COMBINATIONS_PER_ROW)
        .max(COMBINATIONS_ANY_FILE)
}

impl Builder {
    /// The dataset of the rows read, or every problem found in them.
    pub(crate) fn finish(mut self, name: &str) -> Result<Dataset, LoadError> {
        if self.obs.is_empty() && self.errors.is_empty() {
            return Err(LoadError::at(
                name,
                2,
                None,
                "no data rows: the file has a header and nothing under it",
            ));
        }
        self.sort_years();
        self.sort_rows();
        self.report_duplicates();
        self.check_combinations();
        if !self.errors.is_empty() {
            return Err(self.errors.into_error(name));
        }
        let mut ds = Dataset {
            source: name.to_string(),
            countries: self.countries,
            years: self.seen_years,
            pillars: self.pillars,
            indicators: self.indicators,
            obs: self.obs,
            text: self.text,
            data_sources: self.sources,
            rows_without_source: self.rows_without_source,
            sheet: None,
            warnings: Vec::new(),
            slots: Vec::new(),
            aggs: Vec::new(),
        };
        if !self.header.unknown.is_empty() {
            ds.warnings
                .push(unknown_columns_warning(&self.header.unknown));
        }
        ds.index();
        Ok(ds)
    }

    /// Years, kept in order of first appearance while reading, sorted; the
    /// rows' year ids follow.
    fn sort_years(&mut self) {
        let mut years = self.seen_years.clone();
        years.sort_unstable();
        let remap: Vec<u16> = self
            .seen_years
            .iter()
            .map(|y| years.binary_search(y).unwrap_or(0) as u16)
            .collect();
        for y in &mut self.obs.year {
            *y = remap[*y as usize];
        }
        self.seen_years = years;
    }

    /// Rows in (country, year, pillar, indicator, line) order.
    fn sort_rows(&mut self) {
        let obs = &self.obs;
        let indicators = &self.indicators;
        let key = |i: usize| {
            let ind = obs.indicator[i];
            (
                obs.country[i],
                obs.year[i],
                indicators[ind as usize].pillar,
                ind,
                obs.line[i],
            )
        };
        // Files are usually written in this order already; then there is
        // nothing to move.
        if !(1..obs.len()).all(|i| key(i - 1) <= key(i)) {
            let mut perm: Vec<u32> = (0..obs.len() as u32).collect();
            perm.sort_unstable_by_key(|&i| key(i as usize));
            permute_all(&mut self.obs, &perm);
        }
    }

    /// Refuses more country × year × pillar combinations than the rows may
    /// make (see [`COMBINATIONS_PER_ROW`]).
    fn check_combinations(&mut self) {
        let cells = self
            .countries
            .len()
            .saturating_mul(self.seen_years.len())
            .saturating_mul(self.pillars.len());
        let limit = combination_limit(self.obs.len());
        if cells > limit {
            self.errors.push(1, None, format!(
                "{} countries × {} years × {} pillars make {cells} combinations; {} rows may make at most {limit} ({COMBINATIONS_PER_ROW} a row, and never fewer than {COMBINATIONS_ANY_FILE})",
                self.countries.len(), self.seen_years.len(), self.pillars.len(), self.obs.len()
            ));
        }
    }

    /// Rows are sorted by (country, year, pillar, indicator, line), and an
    /// indicator has one pillar, so duplicates are neighbours.
    fn report_duplicates(&mut self) {
        let obs = &self.obs;
        let mut found = Vec::new();
        for i in 1..obs.len() {
            if obs.country[i] == obs.country[i - 1]
                && obs.year[i] == obs.year[i - 1]
                && obs.indicator[i] == obs.indicator[i - 1]
            {
                found.push((i - 1, i));
            }
        }
        for (first, dup) in found {
            let country = &self.countries[obs.country[dup] as usize].code;
            let who = if country.is_empty() {
                String::new()
            } else {
                format!("{}, ", short(country))
            };
            let msg = format!(
                "duplicate row for ({who}{}, {}): already given at line {}",
                self.seen_years[obs.year[dup] as usize],
                short(&self.indicators[obs.indicator[dup] as usize].id),
                obs.line[first],
            );
            self.errors.push(
                obs.line[dup] as u64,
                Some(self.column_names[Column::IndicatorId as usize]),
                msg,
            );
        }
    }
}

fn permute<T: Copy>(v: &[T], perm: &[u32]) -> Vec<T> {
    perm.iter().map(|&i| v[i as usize]).collect()
}

/// Reorders every column; one column at a time, so the extra memory is one
/// column's worth, not the whole table's.
fn permute_all(obs: &mut Observations, perm: &[u32]) {
    obs.country = permute(&obs.country, perm);
    obs.year = permute(&obs.year, perm);
    obs.indicator = permute(&obs.indicator, perm);
    obs.score = permute(&obs.score, perm);
    obs.spec = permute(&obs.spec, perm);
    obs.evidence = permute(&obs.evidence, perm);
    obs.line = permute(&obs.line, perm);
}
