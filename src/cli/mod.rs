//! The command line: what it accepts (`args.rs`), what each command does
//! (`check.rs`, `import.rs`, `report.rs`, `completions.rs` for the
//! completion scripts and the man page, and with no command
//! `dashboard.rs`, with `export.rs` for the files it exports), and how a
//! failure ends the program ([`Failure`], with
//! its exit code).

mod args;
mod check;
mod completions;
mod dashboard;
mod export;
mod failure;
mod import;
mod io;
mod report;

pub use args::{Cli, Command, DashboardArgs, ImportSource, PeerArgs, ReportArgs};
pub use check::{check, check_summary};
pub use completions::{completions, man};
pub use dashboard::dashboard;
pub use failure::Failure;
pub use import::import;
pub use io::{distinct_inputs, emit, load};
pub use report::report;
