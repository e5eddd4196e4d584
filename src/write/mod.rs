//! Everything cyberindex writes to disk goes through here: the one atomic
//! writer (regular files replaced by rename; FIFOs, terminals and
//! `/dev/stdout` written through; nothing else replaced).

mod atomic;
pub mod csv;
pub mod dataset_csv;
pub mod fresh;
pub mod scenario_csv;
pub mod sheet;
pub mod xlsx;

pub use atomic::*;

/// Ignores SIGXFSZ for the whole run, so a write past the file size limit
/// (`ulimit -f`) fails with EFBIG and is reported like a full disk (exit 1,
/// the old file kept, the temporary file removed) instead of killing the
/// process and leaving the temporary file behind.
pub fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_IGN at start-up, before
    // any thread exists, has no preconditions.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}
