//! Writing files without ever losing one: output goes to a temporary file in
//! the same directory, is flushed to disk, then renamed over the target, and
//! a target that is one of the inputs is refused.
//!
//! The file gets the permissions any program's new file gets (0666 less the
//! user's umask), not the temporary file's private 0600; a file it replaces
//! keeps its own mode, as editors keep it.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether two paths name the same file (through symlinks or hard links).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(ma), Ok(mb)) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                ma.dev() == mb.dev() && ma.ino() == mb.ino()
            }
            #[cfg(not(unix))]
            {
                let _ = (ma, mb);
                a.canonicalize().ok() == b.canonicalize().ok()
            }
        }
        _ => false,
    }
}

/// Refuses a `target` that is any of `inputs`, so a typo can never
/// overwrite the data being read, or that is a directory.
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> Result<(), String> {
    let shown = target.display();
    if let Some(input) = inputs.iter().find(|i| same_file(i, target)) {
        return Err(format!(
            "refusing to write {shown}: it is the input file {}",
            input.display()
        ));
    }
    if target.is_dir() {
        return Err(format!("cannot write {shown}: it is a directory"));
    }
    Ok(())
}

/// Writes `bytes` to `target` atomically, after [`check_target`].
pub fn write_atomic(target: &Path, inputs: &[PathBuf], bytes: &[u8]) -> Result<(), String> {
    check_target(target, inputs)?;
    let shown = target.display();
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".cyberindex-").suffix(".tmp");
    // The mode is given at creation, so the umask applies to it as it does
    // to any new file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder
        .tempfile_in(&dir)
        .map_err(|e| format!("cannot create a temporary file in {}: {e}", dir.display()))?;
    keep_mode(target, tmp.as_file()).map_err(|e| format!("cannot write {shown}: {e}"))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("cannot write {shown}: {e}"))?;
    tmp.persist(target)
        .map_err(|e| format!("cannot write {shown}: {}", e.error))?;
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
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        tmp.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (target, tmp);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        write_atomic(&out, &[], b"one").unwrap();
        write_atomic(&out, &[], b"two").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn refuses_to_overwrite_an_input_by_any_name() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.csv");
        std::fs::write(&input, b"data").unwrap();
        let same = dir.path().join(".").join("in.csv");
        assert!(
            write_atomic(&same, std::slice::from_ref(&input), b"x")
                .unwrap_err()
                .contains("refusing")
        );
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&input, &link).unwrap();
            assert!(write_atomic(&link, std::slice::from_ref(&input), b"x").is_err());
            let hard = dir.path().join("hard.csv");
            std::fs::hard_link(&input, &hard).unwrap();
            assert!(write_atomic(&hard, std::slice::from_ref(&input), b"x").is_err());
        }
        assert_eq!(std::fs::read(&input).unwrap(), b"data");
    }

    /// This process's umask, as Linux reports it (reading it any other way
    /// means setting it, which would race with other tests).
    #[cfg(target_os = "linux")]
    fn umask() -> u32 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with("Umask:")).unwrap();
        u32::from_str_radix(line["Umask:".len()..].trim(), 8).unwrap()
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_new_file_gets_0666_less_the_umask_and_a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new.csv");
        write_atomic(&out, &[], b"one").unwrap();
        assert_eq!(mode(&out), 0o666 & !umask());
        // A mode no umask gives, so it can only have been kept.
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o604)).unwrap();
        write_atomic(&out, &[], b"two").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        assert_eq!(mode(&out), 0o604);
    }
}
