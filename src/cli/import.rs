//! `cyberindex import`: published data converted into the project's CSV.

use std::io::Write;

use super::args::ImportSource;
use super::failure::Failure;
use super::io::{distinct_inputs, warn};
use crate::read;

pub fn import(source: &ImportSource) -> Result<(), Failure> {
    let ImportSource::Data360 { files, output } = source;
    // Refuse before reading anything, so a mistake costs nothing.
    distinct_inputs(files)?;
    crate::write::check_target(output, files)?;
    let ds = read::data360::load(files).map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))?;
    warn(&ds);
    crate::write::write(output, files, &crate::write::dataset_csv::to_csv(&ds))?;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "wrote {}: {} rows, {} countries, {} years, {} pillars",
        crate::sanitize::visible(&output.display().to_string()),
        ds.obs.len(),
        ds.countries.len(),
        ds.years.len(),
        ds.pillars.len()
    );
    Ok(())
}
