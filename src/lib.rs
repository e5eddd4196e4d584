//! cyberindex: review a national cybersecurity index (ITU GCI style) from a
//! CSV or workbook of indicators, in a terminal dashboard or with headless reports.

pub mod app;
pub mod cli;
pub mod format;
pub mod geo;
pub mod i18n;
pub mod model;
pub mod read;
pub mod report;
pub mod sanitize;
pub mod synthetic;
pub mod tui;
pub mod ui;
pub mod watch;
pub mod write;

pub use cli::dashboard;
