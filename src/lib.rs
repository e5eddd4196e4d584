//! cyberindex: review a national cybersecurity index (ITU GCI style) from a
//! CSV of indicators, in a terminal dashboard or with headless reports.

pub mod app;
pub mod cli;
pub mod data;
pub mod format;
pub mod output;
pub mod report;
pub mod synthetic;
pub mod text;
pub mod tui;
pub mod ui;

/// Opens the interactive dashboard. A bad file never gets as far as the
/// terminal: its errors go to stderr exactly as `check` prints them.
pub fn dashboard(cli: &cli::Cli) -> Result<(), cli::Failure> {
    let files = if cli.files.is_empty() {
        vec!["indicators.csv".into()]
    } else {
        cli.files.clone()
    };
    let ds = cli::load(&files)?;
    let args = &cli.dashboard;
    let country = match &args.country {
        Some(q) => ds.find_country(q).ok_or_else(|| {
            cli::Failure::Usage(format!("no country {} in the data", data::error::quote(q)))
        })?,
        None => 0,
    };
    let theme = args.theme.unwrap_or_else(|| {
        if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
            app::ThemeName::Mono
        } else {
            app::ThemeName::Dark
        }
    });
    let peers = args.peers.group(&ds, country)?;
    let app = app::App::new(ds, country, theme).with_peers(peers);
    match tui::run(app, !args.no_mouse).map_err(cli::Failure::Terminal)? {
        None => Ok(()),
        Some(signal) => Err(cli::Failure::Signal(signal)),
    }
}
