//! The dashboard's exports (`x`, `X`) written: a fresh name beside the
//! input, or in the current folder when the input is not a regular file
//! or its folder cannot be written, and the file made and written on
//! another thread so the dashboard goes on answering keys meanwhile.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

use crate::app::{Action, ExportFormat, Written};
use crate::write::{self, fresh, sheet::Sheet};

/// Exports under way or done, and the names they took.
#[derive(Default)]
pub struct Exports {
    /// Names handed out this run: two exports made in quick succession
    /// must not pick the same name before either is written.
    claimed: HashSet<PathBuf>,
    jobs: Vec<JoinHandle<Result<Written, String>>>,
}

impl Exports {
    /// Starts writing `sheet` as `format` to a new file named after
    /// `files[0]` and `name`; the outcome is sent on `done`.
    pub fn start(
        &mut self,
        files: &[PathBuf],
        sheet: Sheet,
        format: ExportFormat,
        name: &str,
        done: Sender<Action>,
    ) {
        let input = &files[0];
        let (dir, why) = folder(input);
        let base = format!("{}-{}", fresh::stem(input), fresh::safe_part(name));
        let claimed = &self.claimed;
        let path = fresh::fresh_path(&dir, &base, format.extension(), |p| {
            fresh::exists(p) || claimed.contains(p)
        });
        self.claimed.insert(path.clone());
        let inputs = files.to_vec();
        self.jobs.push(std::thread::spawn(move || {
            let result = write_sheet(&path, &inputs, &sheet, format).map(|()| Written {
                path: format!("{}{why}", path.display()),
                rows: sheet.rows.len(),
            });
            let _ = done.send(Action::Exported(result.clone()));
            result
        }));
    }

    /// Waits for every export still being written (so quitting never
    /// leaves one half done) and returns the paths of those written.
    pub fn finish(self) -> Vec<String> {
        self.jobs
            .into_iter()
            .filter_map(|job| job.join().ok()?.ok())
            .map(|w| w.path)
            .collect()
    }
}

/// Where an export of `input` goes, and why, when not beside it.
fn folder(input: &Path) -> (PathBuf, String) {
    if !write::fresh::saves_beside(input) {
        let why = format!(
            " (the current folder: {} is not a regular file)",
            input.display()
        );
        return (fresh::folder_for(input), why);
    }
    let dir = fresh::folder_for(input);
    if writable(&dir) {
        return (dir, String::new());
    }
    let here = std::env::current_dir().unwrap_or_default();
    let why = format!(
        " (the current folder: {} cannot be written)",
        dir_name(&dir)
    );
    (here, why)
}

fn dir_name(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        ".".to_string()
    } else {
        dir.display().to_string()
    }
}

/// Whether this process may create files in `dir` (its permissions, and a
/// read-only file system), asked without writing anything.
#[cfg(unix)]
fn writable(dir: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

/// Elsewhere the write itself says whether the folder takes it.
#[cfg(not(unix))]
fn writable(_: &Path) -> bool {
    true
}

/// The sheet as the format's bytes, through the one atomic writer, which
/// refuses any of the inputs.
fn write_sheet(
    path: &Path,
    inputs: &[PathBuf],
    sheet: &Sheet,
    format: ExportFormat,
) -> Result<(), String> {
    let bytes = match format {
        ExportFormat::Csv => sheet.to_csv().into_bytes(),
        ExportFormat::Xlsx => write::xlsx::workbook(std::slice::from_ref(sheet))
            .map_err(|e| format!("{}: the workbook could not be made: {e}", path.display()))?,
    };
    write::write(path, inputs, &bytes).map_err(|e| e.to_string())
}
