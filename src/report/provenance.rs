//! Where a report's figures come from and when it was made: the data files,
//! the source they state (their `source` column), and the date. Every brief
//! carries them, so a page handed on still says whose data it is and
//! whether it is official.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Serialize;

use crate::model::Dataset;

/// Sources and files named before "and N more".
pub(super) const SHOWN: usize = 5;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Provenance {
    /// The data files, as a brief names them ([`shown_path`]).
    pub data_files: Vec<String>,
    /// What the data says it comes from: the distinct values of its
    /// `source` column, in order of first appearance. Empty: not stated.
    pub source: Vec<String>,
    /// Rows that state no source (all of them without a `source` column).
    pub rows_without_source: usize,
    /// The day the report was made, `YYYY-MM-DD`.
    pub generated: String,
    /// The sheet read, when the data file is a workbook.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

impl Provenance {
    pub fn new(ds: &Dataset, files: &[PathBuf], generated: Date) -> Provenance {
        Provenance {
            data_files: files.iter().map(|f| shown_path(f)).collect(),
            source: ds.data_sources.clone(),
            rows_without_source: ds.rows_without_source,
            generated: generated.to_string(),
            sheet: ds.sheet.as_ref().map(|(name, _)| name.clone()),
        }
    }
}

/// The day a report is made: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC)
/// when it is set, so a brief can be made again byte for byte and tested,
/// else today in the local time zone, the day the reader sees on the
/// calendar.
pub fn generation_date() -> Result<Date, String> {
    date_from(std::env::var_os("SOURCE_DATE_EPOCH").as_deref(), || {
        jiff::ZonedDateTime::now().date()
    })
}

/// [`generation_date`] with the variable's value and today given.
pub fn date_from(epoch: Option<&OsStr>, today: impl FnOnce() -> Date) -> Result<Date, String> {
    let Some(raw) = epoch.filter(|v| !v.is_empty()) else {
        return Ok(today());
    };
    let text = raw.to_string_lossy();
    let seconds: i64 = text.trim().parse().map_err(|_| {
        format!(
            "SOURCE_DATE_EPOCH: {} is not a whole number of seconds since 1970-01-01",
            crate::sanitize::quote(&text)
        )
    })?;
    let at = jiff::Timestamp::from_second(seconds).map_err(|_| {
        format!("SOURCE_DATE_EPOCH: {seconds} is outside the dates cyberindex can write")
    })?;
    Ok(at.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
}

/// A file as a brief names it: the path the user typed when it is relative
/// (it says where the file is, from where the command ran), only the file
/// name when it is absolute. An absolute path is usually a temporary or
/// home folder: noise to the reader of a brief, and it tells them about the
/// author's machine.
pub fn shown_path(path: &Path) -> String {
    if path.is_absolute()
        && let Some(name) = path.file_name()
    {
        return name.to_string_lossy().into_owned();
    }
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn relative_paths_as_typed_absolute_ones_by_file_name() {
        assert_eq!(shown_path(Path::new("plans/zmb.csv")), "plans/zmb.csv");
        assert_eq!(shown_path(Path::new("../data/x.csv")), "../data/x.csv");
        assert_eq!(shown_path(Path::new("/tmp/.tmpA1b2/plan.csv")), "plan.csv");
        // Nothing to shorten to: the path as given.
        assert_eq!(shown_path(Path::new("/")), "/");
    }

    #[test]
    fn the_date_is_source_date_epoch_in_utc_or_today() {
        let today = || date(2026, 12, 1);
        let epoch = |s: &str| date_from(Some(OsStr::new(s)), today);
        assert_eq!(date_from(None, today), Ok(date(2026, 12, 1)));
        assert_eq!(epoch(""), Ok(date(2026, 12, 1)));
        assert_eq!(epoch("0"), Ok(date(1970, 1, 1)));
        // 2024-06-30 23:59:59 UTC is still the 30th, wherever the reader is.
        assert_eq!(epoch("1719791999"), Ok(date(2024, 6, 30)));
        assert_eq!(epoch("1719792000"), Ok(date(2024, 7, 1)));
        assert_eq!(
            epoch("yesterday"),
            Err("SOURCE_DATE_EPOCH: \"yesterday\" is not a whole number of seconds since 1970-01-01".into())
        );
        assert!(epoch("99999999999999").unwrap_err().contains("outside"));
    }
}
