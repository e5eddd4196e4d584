//! The command line: what it accepts (`args.rs`), what each command does
//! (`check.rs`, `import.rs`, `report.rs`, and with no command
//! `dashboard.rs`), and how a failure ends the program ([`Failure`], with
//! its exit code).

mod args;
mod check;
mod dashboard;
mod failure;
mod import;
mod io;
mod report;

pub use args::{Cli, Command, DashboardArgs, ImportSource, PeerArgs, ReportArgs};
pub use check::{check, check_summary};
pub use dashboard::dashboard;
pub use failure::Failure;
pub use import::import;
pub use io::{distinct_inputs, emit, load};
pub use report::report;
