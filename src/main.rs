use std::process::ExitCode;

use clap::Parser;

use cyberindex::cli::{self, Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Check { file, max_errors }) => cli::check(file, *max_errors),
        Some(Command::Report(args)) => cli::report(args),
        None => cyberindex::dashboard(&cli),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            failure.report();
            failure.exit_code()
        }
    }
}
