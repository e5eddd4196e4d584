//! The columns of a Data360 series file, and the project's own columns a
//! series row is translated into.

use crate::read::error::LoadError;
use crate::read::indicators::schema::Column;
use crate::read::table::normalize_header;
use std::collections::HashSet;

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

/// The maximum of a scale code: `0_TO_20` → 20.
pub fn scale_max(unit: &str) -> Option<f64> {
    let (low, high) = unit.split_once("_TO_")?;
    let (low, high): (f64, f64) = (low.parse().ok()?, high.parse().ok()?);
    (low == 0.0 && high > 0.0 && high.is_finite()).then_some(high)
}

/// Position of the columns in one file.
pub(super) struct Columns {
    pub(super) ref_area: usize,
    pub(super) ref_area_label: Option<usize>,
    pub(super) indicator: usize,
    pub(super) indicator_label: Option<usize>,
    pub(super) time_period: usize,
    pub(super) obs_value: usize,
    pub(super) unit_measure: usize,
    pub(super) database_id: Option<usize>,
    pub(super) database_id_label: Option<usize>,
}

impl Columns {
    /// The columns of the header row `fields`, on `line` of `file`, or the
    /// first required one missing.
    pub(super) fn from_header(
        file: &str,
        fields: &[Vec<u8>],
        line: u64,
    ) -> Result<Columns, LoadError> {
        let names: Vec<String> = fields
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
                line,
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
pub(super) const TRANSLATED: [(Column, &str); 9] = [
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
