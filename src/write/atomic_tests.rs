//! The writer on every kind of target: regular files, links, FIFOs, and
//! nodes it must refuse.

use super::*;

#[test]
fn writes_and_replaces_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.csv");
    write(&out, &[], b"one").unwrap();
    write(&out, &[], b"two").unwrap();
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
        write(&same, std::slice::from_ref(&input), b"x")
            .unwrap_err()
            .to_string()
            .contains("refusing")
    );
    #[cfg(unix)]
    {
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&input, &link).unwrap();
        assert!(write(&link, std::slice::from_ref(&input), b"x").is_err());
        let hard = dir.path().join("hard.csv");
        std::fs::hard_link(&input, &hard).unwrap();
        assert!(write(&hard, std::slice::from_ref(&input), b"x").is_err());
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
    write(&out, &[], b"one").unwrap();
    assert_eq!(mode(&out), 0o666 & !umask());
    // A mode no umask gives, so it can only have been kept.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o604)).unwrap();
    write(&out, &[], b"two").unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"two");
    assert_eq!(mode(&out), 0o604);
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[cfg(unix)]
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A chain of links, relative and absolute, across directories: the file at
/// its end is replaced in its own directory, and every link stays.
#[cfg(unix)]
#[test]
fn links_are_followed_to_the_file_they_end_at() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(b.join("real.csv"), "old").unwrap();
    symlink("../b/real.csv", a.join("one")).unwrap();
    symlink(a.join("one"), dir.path().join("two")).unwrap();
    write(&dir.path().join("two"), &[], b"new").unwrap();
    assert_eq!(std::fs::read(b.join("real.csv")).unwrap(), b"new");
    assert_eq!(names(&b), ["real.csv"]);
    assert_eq!(names(&a), ["one"]);
    assert_eq!(
        std::fs::read_link(dir.path().join("two")).unwrap(),
        a.join("one")
    );
    // A dangling link creates the file it names.
    symlink("../b/new.csv", a.join("dangling")).unwrap();
    write(&a.join("dangling"), &[], b"made").unwrap();
    assert_eq!(std::fs::read(b.join("new.csv")).unwrap(), b"made");
    assert!(a.join("dangling").symlink_metadata().unwrap().is_symlink());
    // A loop is an error, not a hang.
    symlink("loop2", a.join("loop1")).unwrap();
    symlink("loop1", a.join("loop2")).unwrap();
    assert!(matches!(
        write(&a.join("loop1"), &[], b"x"),
        Err(WriteError::Failed(_))
    ));
    assert_eq!(names(&a), ["dangling", "loop1", "loop2", "one"]);
}

/// This is the dashboard's scenario save too: it writes through `write`.
#[cfg(unix)]
#[test]
fn a_fifo_is_written_through_and_stays_a_fifo() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut got = Vec::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_end(&mut got)
                .unwrap();
            got
        })
    };
    assert_eq!(check_target(&fifo, &[]), Ok(()));
    write(&fifo, &[], b"through").unwrap();
    assert_eq!(reader.join().unwrap(), b"through");
    let kind = fifo.symlink_metadata().unwrap().file_type();
    assert!(kind.is_fifo());
    assert_eq!(names(dir.path()), ["pipe"]);
}

#[cfg(unix)]
#[test]
fn directories_sockets_and_inputs_are_refused_and_left_alone() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let refused = |p: &Path, inputs: &[PathBuf]| match write(p, inputs, b"x") {
        Err(WriteError::Refused(m)) => m,
        other => panic!("{} was not refused: {other:?}", p.display()),
    };
    assert!(refused(&socket, &[]).contains("it is a socket"));
    assert!(socket.symlink_metadata().unwrap().file_type().is_socket());
    assert!(refused(dir.path(), &[]).contains("it is a directory"));
    // A FIFO that is an input is never opened for writing.
    let fifo = dir.path().join("in-pipe");
    mkfifo(&fifo);
    assert!(refused(&fifo, std::slice::from_ref(&fifo)).contains("input"));
    assert_eq!(names(dir.path()), ["in-pipe", "sock"]);
}

#[test]
fn a_missing_directory_is_a_failure_naming_the_file_and_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-dir");
    let out = missing.join("out.csv");
    // Said before anything is computed, and without the temporary file.
    for result in [check_target(&out, &[]), write(&out, &[], b"x")] {
        match result {
            Err(WriteError::Failed(m)) => assert_eq!(
                m,
                format!(
                    "cannot write {}: folder {} does not exist",
                    out.display(),
                    missing.display()
                )
            ),
            other => panic!("{other:?}"),
        }
    }
    let file = dir.path().join("plain");
    std::fs::write(&file, b"data").unwrap();
    let under = file.join("out.csv");
    match write(&under, &[], b"x") {
        Err(WriteError::Failed(m)) => {
            assert!(
                m.ends_with(&format!("{} is not a folder", file.display())),
                "{m}"
            )
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(std::fs::read(&file).unwrap(), b"data");
}

#[test]
fn descriptors_are_named_only_by_this_process_s_fd_folders() {
    let me = std::process::id();
    assert_eq!(descriptor(Path::new("/dev/fd/1")), Some(1));
    assert_eq!(descriptor(Path::new("/proc/self/fd/12")), Some(12));
    assert_eq!(descriptor(Path::new("/proc/thread-self/fd/0")), Some(0));
    assert_eq!(descriptor(Path::new(&format!("/proc/{me}/fd/3"))), Some(3));
    assert_eq!(
        descriptor(Path::new(&format!("/proc/{}/fd/3", me + 1))),
        None
    );
    for other in [
        "/dev/fd/x",
        "/dev/fd/-1",
        "/tmp/dev/fd/1",
        "dev/fd/1",
        "/dev/stdout",
    ] {
        assert_eq!(descriptor(Path::new(other)), None, "{other}");
    }
}
