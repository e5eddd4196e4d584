//! `cyberindex check`: validate files and summarise what they hold.

use std::path::PathBuf;

use super::failure::Failure;
use super::io::{distinct_inputs, emit, warn};
use crate::model::Dataset;
use crate::read;

pub fn check(paths: &[PathBuf], sheet: Option<&str>, max_errors: usize) -> Result<(), Failure> {
    distinct_inputs(paths)?;
    // Every error asked for is kept, or --max-errors could not show them.
    read::error::keep_at_least(max_errors);
    let ds = read::load_paths_in(paths, sheet, None).map_err(|e| Failure::Data(e, max_errors))?;
    warn(&ds);
    emit(&check_summary(&ds))
}

pub fn check_summary(ds: &Dataset) -> String {
    let years = match (ds.years.first(), ds.years.last()) {
        (Some(a), Some(b)) if a != b => format!("{} ({a}–{b})", ds.years.len()),
        (Some(a), _) => format!("1 ({a})"),
        _ => "0".to_string(),
    };
    let countries: Vec<&str> = ds.countries.iter().take(5).map(|c| c.label()).collect();
    let more = if ds.countries.len() > 5 { ", …" } else { "" };
    let sheet = match &ds.sheet {
        Some((name, row)) => format!(
            "  sheet       {} (header on row {row})\n",
            crate::sanitize::visible(name)
        ),
        None => String::new(),
    };
    format!(
        "{}: OK\n{sheet}  rows        {} ({} not assessed)\n  countries   {} ({}{more})\n  years       {years}\n  pillars     {}\n  indicators  {}\n",
        crate::sanitize::visible(&ds.source),
        ds.obs.len(),
        ds.not_assessed(),
        ds.countries.len(),
        crate::sanitize::visible(&countries.join(", ")),
        ds.pillars.len(),
        ds.indicators.len(),
    )
}
