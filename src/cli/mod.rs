//! The command line: what it accepts ([`args`]), what each command does
//! (`check`, `import`, `report`, and with no command the dashboard), and how
//! a failure ends the program ([`Failure`], with its exit code).

pub mod args;
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
