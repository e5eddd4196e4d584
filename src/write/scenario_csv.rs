//! Scenario files written: the scenario's net changes in the columns
//! [`COLUMNS`] that [`crate::read::scenario`] reads back, and where a new
//! one is saved.

use std::path::{Path, PathBuf};

use crate::model::dataset::Dataset;
use crate::model::scenario::Scenario;
use crate::read::scenario::COLUMNS;

/// The scenario's net changes as CSV. Scores keep full precision (the
/// shortest form that reads back to the same number), so a saved scenario
/// projects exactly as the one in memory.
pub fn to_csv(ds: &Dataset, scenario: &Scenario) -> String {
    let rows = scenario.changes(ds).into_iter().map(|ch| {
        let country = &ds.countries[ds.obs.country[ch.obs] as usize];
        [
            country.code.clone(),
            ds.years[ds.obs.year[ch.obs] as usize].to_string(),
            ds.indicator_of(ch.obs).id.clone(),
            crate::format::exact(ch.to),
        ]
    });
    crate::write::csv::table(&COLUMNS, rows)
}

/// Writes the scenario to `path` (atomically, unless it is a FIFO or a
/// character device: see [`crate::write`]). Refuses any of `inputs` and
/// the dataset's own source file, so a scenario can never replace data.
pub fn save_scenario(
    path: &Path,
    ds: &Dataset,
    scenario: &Scenario,
    inputs: &[PathBuf],
) -> Result<(), crate::write::WriteError> {
    let mut protected = inputs.to_vec();
    protected.push(PathBuf::from(&ds.source));
    crate::write::write(path, &protected, to_csv(ds, scenario).as_bytes())
}

/// A name for a new scenario file that does not exist yet, beside `input`
/// when it is a regular file, else in the current folder (as an absolute
/// path, so a notice can say where): `<stem>-scenario-<COUNTRY>-<YEAR>.csv`,
/// then `-2`, `-3`, … so that a save never replaces an earlier one.
pub fn fresh_scenario_path(input: &Path, country_code: &str, year: i32) -> PathBuf {
    use super::fresh;
    let stem = fresh::stem(input);
    // The code comes from the data file: it must not add directories,
    // hidden names or control characters to the path.
    let code = fresh::safe_part(country_code);
    let base = if code.is_empty() {
        format!("{stem}-scenario-{year}")
    } else {
        format!("{stem}-scenario-{code}-{year}")
    };
    fresh::fresh_path(&fresh::folder_for(input), &base, "csv", fresh::exists)
}

#[cfg(test)]
#[path = "scenario_csv_tests.rs"]
mod tests;
