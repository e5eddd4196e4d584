//! How a command fails: each failure with its exit code and the message
//! it leaves on stderr.

use std::io::Write;
use std::process::ExitCode;

use crate::read::LoadError;

/// Failures, each with its exit code.
#[derive(Debug)]
pub enum Failure {
    /// Invalid data: exit 1.
    Data(LoadError, usize),
    /// A bad argument that clap could not catch: exit 2.
    Usage(String),
    /// Could not write to stdout: exit 1.
    Output(std::io::Error),
    /// Could not write a file (disk full, no permission): exit 1, with
    /// the file and the OS error in the message.
    Write(String),
    /// The terminal could not be used: exit 1.
    Terminal(std::io::Error),
    /// Ended by a signal after restoring the terminal: exit 128 + signal.
    Signal(i32),
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Failure::Usage(_) => ExitCode::from(2),
            Failure::Signal(sig) => ExitCode::from(u8::try_from(128 + sig).unwrap_or(1)),
            Failure::Data(..) | Failure::Output(_) | Failure::Write(_) | Failure::Terminal(_) => {
                ExitCode::from(1)
            }
        }
    }

    pub fn report(&self) {
        let mut err = std::io::stderr().lock();
        let _ = match self {
            Failure::Data(e, cap) => writeln!(err, "{}", e.render(*cap)),
            // The message can quote data (country names): keep it inert.
            Failure::Usage(msg) => writeln!(err, "error: {}", crate::sanitize::visible(msg)),
            Failure::Output(e) => writeln!(err, "error: cannot write output: {e}"),
            // The path is the user's, and may hold anything.
            Failure::Write(msg) => writeln!(err, "error: {}", crate::sanitize::visible(msg)),
            Failure::Terminal(e) => writeln!(err, "error: {e}"),
            // The shell reports a signal exit itself.
            Failure::Signal(_) => Ok(()),
        };
    }
}

/// A write that failed is exit 1; a path that can never be written is a
/// usage error, exit 2.
impl From<crate::write::WriteError> for Failure {
    fn from(e: crate::write::WriteError) -> Failure {
        match e {
            crate::write::WriteError::Refused(m) => Failure::Usage(m),
            crate::write::WriteError::Failed(m) => Failure::Write(m),
        }
    }
}
