//! cyberindex: review a national cybersecurity index (ITU GCI style) from a
//! CSV of indicators, in a terminal dashboard or with headless reports.

pub mod cli;
pub mod data;
pub mod format;
pub mod report;
pub mod text;

/// Opens the interactive dashboard.
pub fn dashboard(cli: &cli::Cli) -> Result<(), cli::Failure> {
    let path = cli.file.clone().unwrap_or_else(|| "indicators.csv".into());
    let ds = cli::load(&path)?;
    let summary = report::Summary::build(
        &ds,
        report::select(&ds, cli.dashboard.country.as_deref(), None, None)
            .map_err(cli::Failure::Usage)?,
        10,
    );
    cli::emit(&report::render(&summary, report::Format::Text))
}
