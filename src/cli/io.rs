//! What the headless commands read and print: the files the user named
//! (each once), the report on stdout, the data's warnings on stderr.

use std::io::Write;
use std::path::PathBuf;

use super::failure::Failure;
use crate::model::Dataset;
use crate::read;

/// Writes to stdout; a closed pipe (`| head`) ends quietly.
pub fn emit(text: &str) -> Result<(), Failure> {
    emit_bytes(text.as_bytes())
}

/// [`emit`] for bytes that need not be text: a workbook into a pipe.
pub fn emit_bytes(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Output(e)),
        _ => Ok(()),
    }
}

pub fn warn(ds: &Dataset) {
    let mut err = std::io::stderr().lock();
    for w in &ds.warnings {
        let _ = writeln!(
            err,
            "{}: warning: {}",
            crate::sanitize::visible(&ds.source),
            crate::sanitize::visible(w)
        );
    }
}

/// Refuses one file given twice, under any names, before anything is read:
/// it would otherwise be read twice and every row reported as a duplicate
/// of itself.
pub fn distinct_inputs(paths: &[PathBuf]) -> Result<(), Failure> {
    match crate::write::repeated(paths) {
        Some((a, b)) => Err(Failure::Usage(format!(
            "{} and {} are the same file; give each file once",
            paths[a].display(),
            paths[b].display()
        ))),
        None => Ok(()),
    }
}

pub fn load(paths: &[PathBuf], sheet: Option<&str>) -> Result<Dataset, Failure> {
    read::load_paths_in(paths, sheet, None).map_err(|e| Failure::Data(e, read::error::SHOWN_ERRORS))
}
