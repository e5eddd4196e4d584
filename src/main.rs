use std::process::ExitCode;

use clap::Parser;

use cyberindex::cli::{self, Cli, Command};

fn main() -> ExitCode {
    cyberindex::write::ignore_file_size_signal();
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Check {
            files,
            max_errors,
            sheet,
        }) => cli::check(files, sheet.as_deref(), *max_errors),
        Some(Command::Report(args)) => cli::report(args),
        Some(Command::Import(source)) => cli::import(source),
        Some(Command::Completions { shell }) => cli::completions(*shell),
        Some(Command::Man) => cli::man(),
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
