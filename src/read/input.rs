//! Getting at the bytes of an input, the same way for every reader: opening
//! what the user named (regular files, FIFOs, standard input), refusing what
//! is not text, finding the delimiter, and saying why a file cannot be read
//! in one wording whichever reader was reading it.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::records::{RecordReader, line_breaks};

/// A path that is a directory.
pub(crate) const DIRECTORY: &str = "is a directory, not a CSV file";

/// A path that a reload finds is not a regular file any more.
pub(crate) const NOT_REGULAR: &str = "is not a regular file";

/// Text has no NUL byte: a file with one is refused as a whole, wherever
/// the NUL is, naming its line.
pub(crate) const BINARY: &str = "not CSV text: the file contains binary data (a NUL byte)";

/// A file with no header row: nothing at all, or only line ends.
pub(crate) const EMPTY: &str = "the file is empty: expected a header row";

/// Which files a load may open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Whatever the user named, pipes too: the first load may read standard
    /// input or a FIFO given on the command line.
    Any,
    /// Regular files only, and never waiting to open one. A reload runs
    /// unattended after a change on disk: a FIFO put in the file's place
    /// would hold its open until a writer came, and every later save with it.
    RegularOnly,
}

/// Opens a file the user named, for reading only; `name` is used in
/// messages.
pub(crate) fn open_input(path: &Path, name: &str, opening: Opening) -> Result<File, LoadError> {
    if path.is_dir() {
        return Err(LoadError::file_level(name, DIRECTORY));
    }
    let cannot =
        |e: std::io::Error| LoadError::file_level(name, format!("cannot open: {}", io_reason(&e)));
    match opening {
        Opening::Any => File::open(path).map_err(cannot),
        Opening::RegularOnly => open_regular(path)
            .map_err(cannot)?
            .ok_or_else(|| LoadError::file_level(name, NOT_REGULAR)),
    }
}

/// Opens `path` if it is a regular file (following links), `None` if it is
/// something else. Only a regular file is opened, and without waiting: if a
/// FIFO is swapped in after the check, the open cannot block on it
/// (O_NONBLOCK), and the open handle is checked again before any read.
pub(crate) fn open_regular(path: &Path) -> std::io::Result<Option<File>> {
    if !std::fs::metadata(path)?.is_file() {
        return Ok(None);
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Ok(None);
    }
    #[cfg(unix)]
    blocking(&file)?;
    Ok(Some(file))
}

/// Clears O_NONBLOCK again: it only ever mattered for the open, and some
/// file systems (FUSE) honour it on reads of regular files too.
#[cfg(unix)]
fn blocking(file: &File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fd is open for as long as `file` is borrowed; F_GETFL and
    // F_SETFL only read and change its status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags == -1
        // SAFETY: as above.
        || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } == -1
    {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Reading failed part way (a disk error, a file system gone away).
pub(crate) fn read_error(name: &str, e: std::io::Error) -> LoadError {
    LoadError::file_level(name, format!("cannot read: {}", io_reason(&e)))
}

/// A file with no header row.
pub(crate) fn empty(name: &str) -> LoadError {
    LoadError::at(name, 1, None, EMPTY)
}

/// Reads the first block of the input, refuses what is not CSV text (a
/// workbook, a PDF, UTF-16, binary) and returns the delimiter it uses.
/// A NUL further on is found by the record reader, with the same message.
pub(crate) fn text_head<R: Read>(name: &str, buffered: &mut BufReader<R>) -> Result<u8, LoadError> {
    let head = buffered.fill_buf().map_err(|e| read_error(name, e))?;
    if let Some(what) = sniff_binary(head) {
        return Err(LoadError::file_level(name, format!("not CSV text: {what}")));
    }
    if let Some(at) = memchr::memchr(0, head) {
        let line = 1 + line_breaks(&head[..at]);
        return Err(LoadError::at(name, line, None, BINARY));
    }
    Ok(sniff_delimiter(head))
}

/// Recognises files that are plainly not CSV text from their first bytes.
pub(crate) fn sniff_binary(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"PK\x03\x04") {
        Some(
            "this looks like an Excel workbook (.xlsx) or a zip archive; in Excel use Save As > CSV UTF-8",
        )
    } else if head.starts_with(b"\xD0\xCF\x11\xE0") {
        Some("this looks like a legacy Excel workbook (.xls); in Excel use Save As > CSV UTF-8")
    } else if head.starts_with(b"%PDF") {
        Some("this is a PDF document")
    } else if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        Some("the file is UTF-16 encoded; save it as CSV UTF-8")
    } else {
        None
    }
}

/// Excel in many locales saves "CSV" with semicolons (and decimal commas).
/// The header line decides: the most frequent of `,` `;` and tab wins.
pub(crate) fn sniff_delimiter(head: &[u8]) -> u8 {
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let count = |d: u8| first_line.iter().filter(|&&b| b == d).count();
    let (commas, semis, tabs) = (count(b','), count(b';'), count(b'\t'));
    if semis > commas && semis >= tabs {
        b';'
    } else if tabs > commas && tabs > semis {
        b'\t'
    } else {
        b','
    }
}

/// The names in the first row of `path`, read as comma-separated, for
/// telling formats apart before a load, after checking the file's first
/// block for binary data: a file that is not text is refused here, before
/// its "header" is read (a 2 GB file of NULs has no line end to stop that
/// read). Fields that are not UTF-8 are left out.
///
/// `None` for what the load that follows must read itself: unreadable
/// files, whose load says why, a header over the row limit, and pipes and
/// other files that are not regular (`/dev/stdin`, `<(…)`, a FIFO), which
/// are not even opened: what this read would be gone for the load.
pub(crate) fn first_row_names(path: &Path) -> Result<Option<Vec<String>>, LoadError> {
    let Ok(Some(file)) = open_regular(path) else {
        return Ok(None);
    };
    let mut buffered = BufReader::with_capacity(1 << 16, file);
    text_head(&path.display().to_string(), &mut buffered)?;
    let mut reader = RecordReader::new(buffered, b',');
    Ok(match reader.next_record() {
        Ok(Some(rec)) => Some(
            rec.iter()
                .filter_map(|f| std::str::from_utf8(f).ok())
                .map(str::to_string)
                .collect(),
        ),
        _ => None,
    })
}

/// The first two of `paths` that name the same file, by position, so a
/// file given twice can be refused by both its names.
pub fn repeated(paths: &[PathBuf]) -> Option<(usize, usize)> {
    let metas: Vec<_> = paths.iter().map(std::fs::metadata).collect();
    (1..paths.len()).find_map(|j| {
        let Ok(mj) = &metas[j] else { return None };
        (0..j)
            .find(|&i| {
                metas[i]
                    .as_ref()
                    .is_ok_and(|mi| same_node(mi, mj, &paths[i], &paths[j]))
            })
            .map(|i| (i, j))
    })
}

/// Whether two files' metadata are of one file (through symlinks or hard
/// links); `a` and `b` are their paths, for systems without inode numbers.
pub(crate) fn same_node(
    ma: &std::fs::Metadata,
    mb: &std::fs::Metadata,
    a: &Path,
    b: &Path,
) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = (a, b);
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        a.canonicalize().ok() == b.canonicalize().ok()
    }
}

#[cfg(test)]
#[path = "input_tests.rs"]
mod tests;
