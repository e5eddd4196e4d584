//! Writing files without ever losing one. What is at the path decides how:
//!
//! - a regular file, or nothing yet: the output goes to a temporary file in
//!   the same directory, is flushed to disk, then renamed over the target.
//!   A symlink is followed first, so the file it points to is replaced in
//!   its own directory and the link stays a link; a dangling link creates
//!   the file it names.
//! - a FIFO or a character device (a terminal, a pipe, `/dev/null`): written
//!   through, opened without creating or truncating. Such a node is never
//!   replaced; a reader waiting on a FIFO gets the bytes.
//! - a file this process already has open, named as `/dev/stdout`,
//!   `/dev/fd/N` or `/proc/self/fd/N`: written through that descriptor,
//!   whatever it is, so `-o /dev/stdout >> log` appends to the log, in
//!   order with the rest of stdout, as the shell's redirection means.
//! - anything else (a directory, a block device, a socket) is refused, and
//!   so is any of the inputs, whatever name or link it is reached by.
//!
//! The file gets the permissions any program's new file gets (0666 less the
//! user's umask), not the temporary file's private 0600; a file it replaces
//! keeps its own mode, as editors keep it.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

// `repeated` lives with the reading, which refuses one file given twice
// too; it is re-exported here for the command line's input checks.
pub use crate::read::input::repeated;
use crate::read::input::same_node;

/// Why an output was not written.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The path can never be written (an input, a directory, a block
    /// device): the command line is wrong, a usage error.
    Refused(String),
    /// The system failed the write (disk full, no permission, no such
    /// directory): the message names the file and the OS error.
    Failed(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Refused(m) | WriteError::Failed(m) => f.write_str(m),
        }
    }
}

/// How a target is written.
#[derive(Debug, PartialEq)]
enum Plan {
    /// Atomically, by a rename onto this path: the target with its
    /// symlinks followed, a regular file or nothing yet.
    Replace(PathBuf),
    /// Through the node itself, which is never replaced.
    Stream,
    /// Through this process's open descriptor.
    Descriptor(i32),
}

/// Whether two paths name the same file (through symlinks or hard links).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(ma), Ok(mb)) => same_node(&ma, &mb, a, b),
        _ => false,
    }
}

/// Follows the symlinks of `path`'s last component, as the system does on
/// open: every path on the way, `path` first, ending at the file's own path
/// (which may not exist: a dangling link). Relative links are taken from
/// the link's directory; the directories on the way are left to the system
/// to resolve.
fn hops(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    // As Linux's own limit on links in one lookup.
    const MAX_LINKS: usize = 40;
    let mut chain = vec![path.to_path_buf()];
    while chain.len() <= MAX_LINKS {
        let p = &chain[chain.len() - 1];
        match std::fs::symlink_metadata(p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(p)?;
                let next = match p.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
                chain.push(next);
            }
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => return Ok(chain),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// The descriptor `path` names, if it is one of this process's open files:
/// `/dev/fd/N`, or `/proc/P/fd/N` with P `self`, `thread-self` or this
/// process's id. (`/dev/stdout` is a link to one of these.)
fn descriptor(path: &Path) -> Option<i32> {
    use std::path::Component;
    let parts: Vec<&str> = path
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            Component::RootDir => Some("/"),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let pid = std::process::id().to_string();
    let n = match parts.as_slice() {
        ["/", "dev", "fd", n] => n,
        ["/", "proc", p, "fd", n] if [pid.as_str(), "self", "thread-self"].contains(p) => n,
        _ => return None,
    };
    n.parse().ok().filter(|n: &i32| *n >= 0)
}

/// What kind of node `meta` is, to refuse it by name; `None` for what is
/// written: a regular file, a FIFO or a character device.
fn refused_kind(meta: &std::fs::Metadata) -> Option<&'static str> {
    if meta.is_file() {
        return None;
    }
    if meta.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() || t.is_char_device() {
            return None;
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Decides how `target` is written, refusing any of `inputs`.
fn plan(target: &Path, inputs: &[PathBuf]) -> Result<Plan, WriteError> {
    let shown = target.display();
    let failed = |e: std::io::Error| WriteError::Failed(format!("cannot write {shown}: {e}"));
    if let Some(input) = inputs.iter().find(|i| same_file(i, target)) {
        return Err(WriteError::Refused(format!(
            "refusing to write {shown}: it is the input file {}",
            input.display()
        )));
    }
    let chain = match hops(target) {
        Ok(chain) => chain,
        Err(e) => {
            folder_exists(target, target)?;
            return Err(failed(e));
        }
    };
    let real = chain[chain.len() - 1].clone();
    let fd = chain.iter().find_map(|p| descriptor(p));
    let meta = std::fs::metadata(target);
    if let Ok(m) = &meta
        && let Some(kind) = refused_kind(m)
    {
        return Err(WriteError::Refused(format!(
            "refusing to write {shown}: it is {kind}; \
             give a file, a FIFO or a character device"
        )));
    }
    match (meta, fd) {
        // Already open here: through the descriptor, whatever it is.
        (Ok(_), Some(fd)) => Ok(Plan::Descriptor(fd)),
        (Ok(meta), None) if meta.is_file() => {
            // The path must lead to the file itself, or the rename would
            // put it somewhere else: refuse rather than guess.
            match std::fs::symlink_metadata(&real) {
                Ok(m) if m.is_file() && same_node(&m, &meta, &real, target) => {
                    Ok(Plan::Replace(real))
                }
                _ => Err(WriteError::Refused(format!(
                    "refusing to write {shown}: its links do not lead to a file's path"
                ))),
            }
        }
        // A FIFO or a character device.
        (Ok(_), None) => Ok(Plan::Stream),
        // A descriptor that is not open: nothing to create.
        (Err(e), Some(_)) => Err(failed(e)),
        // Nothing there yet, or a dangling link: create what it names, in a
        // folder that must already be there (said plainly, not as the
        // temporary file's failure).
        (Err(e), None) if e.kind() == std::io::ErrorKind::NotFound => {
            folder_exists(target, &real)?;
            Ok(Plan::Replace(real))
        }
        (Err(e), None) => {
            folder_exists(target, &real)?;
            Err(failed(e))
        }
    }
}

/// Fails when the folder a new file would go in is missing or not a folder.
fn folder_exists(target: &Path, real: &Path) -> Result<(), WriteError> {
    let Some(dir) = real.parent().filter(|p| !p.as_os_str().is_empty()) else {
        return Ok(());
    };
    let shown = |d: &Path| {
        // The folder as the user wrote it, when the path was not a link.
        target
            .parent()
            .filter(|p| real == target && !p.as_os_str().is_empty())
            .unwrap_or(d)
            .display()
            .to_string()
    };
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(WriteError::Failed(format!(
            "cannot write {}: {} is not a folder",
            target.display(),
            shown(dir)
        ))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(WriteError::Failed(format!(
            "cannot write {}: folder {} does not exist",
            target.display(),
            shown(dir)
        ))),
        // Anything else (no permission): the rename will say it.
        Err(_) => Ok(()),
    }
}

/// Refuses a `target` that cannot be written (see the module notes), so a
/// command can say so before it reads anything.
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> Result<(), WriteError> {
    plan(target, inputs).map(|_| ())
}

/// Writes `bytes` to `target`: atomically for a regular file or a new one,
/// through the node for a FIFO or a character device, through the
/// descriptor for one of this process's open files (see the module notes);
/// after the checks of [`check_target`].
pub fn write(target: &Path, inputs: &[PathBuf], bytes: &[u8]) -> Result<(), WriteError> {
    let failed =
        |e: std::io::Error| WriteError::Failed(format!("cannot write {}: {e}", target.display()));
    let through = match plan(target, inputs)? {
        Plan::Replace(real) => return replace(target, &real, bytes),
        // No create, no truncate: the node stays what it is.
        Plan::Stream => std::fs::OpenOptions::new()
            .write(true)
            .open(target)
            .and_then(|mut node| node.write_all(bytes).and_then(|()| node.flush())),
        Plan::Descriptor(fd) => write_descriptor(fd, bytes),
    };
    match through {
        // A reader that stopped early (`| head`) ends quietly, as stdout does.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(failed(e)),
        _ => Ok(()),
    }
}

/// Writes `bytes` through a copy of descriptor `fd`, which shares its
/// offset and flags (an append stays an append).
#[cfg(unix)]
fn write_descriptor(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::fd::BorrowedFd;
    // SAFETY: `fd` was just named by /proc/self/fd or /dev/fd, so it is
    // open; the borrow only lives for the duplication, which fails cleanly
    // (EBADF) should it have been closed since.
    let owned = unsafe { BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()?;
    let mut file = std::fs::File::from(owned);
    file.write_all(bytes)?;
    file.flush()
}

#[cfg(not(unix))]
fn write_descriptor(_fd: i32, _bytes: &[u8]) -> std::io::Result<()> {
    Err(std::io::Error::other("descriptors are not supported here"))
}

/// Writes `bytes` to a temporary file beside `real` and renames it over
/// `real`; messages name `target`, the path as the user gave it.
fn replace(target: &Path, real: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = target.display();
    let failed = |e: std::io::Error| WriteError::Failed(format!("cannot write {shown}: {e}"));
    let dir = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cyberindex-").suffix(".tmp");
    // The mode is given at creation, so the umask applies to it as it does
    // to any new file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(&dir).map_err(|e| {
        WriteError::Failed(format!(
            "cannot write {shown}: cannot create a temporary file in {}: {e}",
            dir.display()
        ))
    })?;
    keep_mode(real, tmp.as_file()).map_err(failed)?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(failed)?;
    // Checked again just before the rename, which would replace whatever
    // is there: a node made meanwhile is left alone.
    if let Ok(m) = std::fs::symlink_metadata(real)
        && !m.is_file()
    {
        return Err(WriteError::Failed(format!(
            "cannot write {shown}: it stopped being a regular file while it was written"
        )));
    }
    tmp.persist(real).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Gives `tmp` the mode of the regular file it is about to replace, if any:
/// a file the user made group-readable stays so. Set explicitly, so the
/// umask does not cut it down. Only the permission bits are kept, never
/// set-user-id and the like.
fn keep_mode(target: &Path, tmp: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(target)
        && meta.is_file()
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        // The owner and group too, as far as we may give them: root writing
        // a user's file leaves it theirs; anyone else can at most keep the
        // group, and an error here only means the new file stays ours.
        let _ = std::os::unix::fs::fchown(tmp, Some(meta.uid()), Some(meta.gid()))
            .or_else(|_| std::os::unix::fs::fchown(tmp, None, Some(meta.gid())));
        let mode = meta.permissions().mode() & 0o777;
        tmp.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (target, tmp);
    Ok(())
}

#[cfg(test)]
#[path = "atomic_tests.rs"]
mod tests;
