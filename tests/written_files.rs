//! Files cyberindex writes (`import -o`, `report --plan --save-plan`; the
//! dashboard's scenario save goes through the same writer) get the
//! permissions any new file gets under the user's umask, and a file they
//! replace keeps its mode.

#![cfg(unix)]

mod common;
use common::*;

use std::os::unix::fs::PermissionsExt;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Runs cyberindex under `umask` in a shell of its own, so this test
/// process's umask is never changed.
fn run_under(umask: &str, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("indicators.csv")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_saved_plan_is_0666_less_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    for (umask, expected) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let out = dir.path().join(format!("plan-{umask}.csv"));
        let out = out.to_str().unwrap();
        run_under(umask, &["report", &sample(), "--plan", "--save-plan", out]);
        assert_eq!(mode(Path::new(out)), expected, "umask {umask}");
    }
}

#[test]
fn an_import_is_0666_less_the_umask_and_a_replaced_file_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("ITU_GCI_LEGL_SCRE.csv");
    std::fs::write(
        &series,
        "REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\n\
         ZMB,Zambia,ITU_GCI_LEGL_SCRE,Legal Score - LS (ITU GCI),0_TO_20,2024,20\n",
    )
    .unwrap();
    let out = dir.path().join("gci.csv");
    let args = [
        "import",
        "data360",
        series.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    run_under("027", &args);
    assert_eq!(mode(&out), 0o640);
    // The user opens the file up to everyone; writing it again keeps that,
    // whatever the umask of the run that replaces it.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    run_under("077", &args);
    assert_eq!(mode(&out), 0o644);
}

// ---------------------------------------------------------------------------
// What is at the output path decides how it is written (D1), and a write
// the system refuses is exit 1 with the OS error (D17).

use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::process::Output;

/// A one-row Data360 series in `dir`, for `import`.
fn series(dir: &Path) -> String {
    let path = dir.join("ITU_GCI_LEGL_SCRE.csv");
    std::fs::write(
        &path,
        "REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\n\
         ZMB,Zambia,ITU_GCI_LEGL_SCRE,Legal Score - LS (ITU GCI),0_TO_20,2024,20\n",
    )
    .unwrap();
    path.to_string_lossy().into_owned()
}

/// Every command that writes a file, writing to `out`.
fn writers(dir: &Path, out: &Path) -> Vec<Vec<String>> {
    let out = out.to_string_lossy().into_owned();
    vec![
        vec![
            "import".into(),
            "data360".into(),
            series(dir),
            "-o".into(),
            out.clone(),
        ],
        vec![
            "report".into(),
            sample(),
            "--plan".into(),
            "--save-plan".into(),
            out,
        ],
    ]
}

fn run(args: &[String]) -> Output {
    // Not `Run::out`: these commands are meant to change the files they
    // name.
    cyberindex(args).command().output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What `args` writes, as it writes it to a plain new file.
fn expected_bytes(args: &[String]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.csv");
    let mut args = args.to_vec();
    *args.last_mut().unwrap() = plain.to_string_lossy().into_owned();
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::read(plain).unwrap()
}

/// Names in `dir`, to see that no temporary file is left behind.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

#[test]
fn a_symlink_at_the_output_is_followed_and_the_file_it_points_to_replaced() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let real = dir.join("real.csv");
        let link = dir.join("link.csv");
        std::os::unix::fs::symlink("real.csv", &link).unwrap();
        let args = writers(dir, &link).swap_remove(i);
        let expected = expected_bytes(&args);
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let before = names(dir);

        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let meta = std::fs::symlink_metadata(&link).unwrap();
        assert!(
            meta.file_type().is_symlink(),
            "{args:?}: the link was replaced"
        );
        assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("real.csv"));
        assert_eq!(std::fs::read(&real).unwrap(), expected, "{args:?}");
        assert_eq!(mode(&real), 0o640, "{args:?}: the target keeps its mode");
        assert_eq!(names(dir), before, "{args:?}: a temporary file was left");
    }
}

#[test]
fn a_dangling_symlink_at_the_output_creates_the_file_it_names() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        std::fs::create_dir(dir.join("sub")).unwrap();
        let link = dir.join("link.csv");
        std::os::unix::fs::symlink("sub/new.csv", &link).unwrap();
        let args = writers(dir, &link).swap_remove(i);
        let expected = expected_bytes(&args);

        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(dir.join("sub/new.csv")).unwrap(), expected);
        assert_eq!(names(&dir.join("sub")), ["new.csv"], "{args:?}");
    }
}

#[test]
fn a_fifo_at_the_output_is_written_through_to_its_reader() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let fifo = dir.join("pipe");
        mkfifo(&fifo);
        // A second name for the FIFO, to free a reader that was never
        // written to if the FIFO's name is taken from it.
        let spare = dir.join("spare");
        std::fs::hard_link(&fifo, &spare).unwrap();
        let args = writers(dir, &fifo).swap_remove(i);
        let expected = expected_bytes(&args);

        let (tx, rx) = std::sync::mpsc::channel();
        let reader_path = fifo.clone();
        let reader = std::thread::spawn(move || {
            let mut got = Vec::new();
            std::fs::File::open(reader_path)
                .unwrap()
                .read_to_end(&mut got)
                .unwrap();
            let _ = tx.send(got);
        });
        let out = run(&args);
        let got = rx.recv_timeout(std::time::Duration::from_secs(10));
        if got.is_err() {
            // Unblock the reader (it waits for a writer), then fail.
            use std::os::unix::fs::OpenOptionsExt;
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .custom_flags(libc::O_NONBLOCK)
                .open(&spare);
        }
        reader.join().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        assert_eq!(
            got.ok().as_deref().map(text),
            Some(text(&expected)),
            "{args:?}: the reader got other bytes"
        );
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "{args:?}: the FIFO was replaced");
        assert_eq!(
            names(dir),
            ["ITU_GCI_LEGL_SCRE.csv", "pipe", "spare"],
            "{args:?}"
        );
    }
}

/// `-o /dev/stdout` with stdout on a pipe: the bytes arrive on the pipe. The
/// link is made in a temporary directory exactly as /dev/stdout is made,
/// so that no test, even one run as root against a broken build, can
/// replace anything in /dev.
#[cfg(target_os = "linux")]
#[test]
fn stdout_as_the_output_writes_to_the_pipe() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let stdout = dir.join("stdout");
        std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).unwrap();
        let args = writers(dir, &stdout).swap_remove(i);
        let expected = expected_bytes(&args);

        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            out.stdout.starts_with(&expected),
            "{args:?}: stdout is {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(
            std::fs::symlink_metadata(&stdout)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(names(dir), ["ITU_GCI_LEGL_SCRE.csv", "stdout"], "{args:?}");
    }
}

/// `-o /dev/stdout` with stdout redirected to a file (`>>` here) writes
/// through the open descriptor, as the shell's redirection means: what the
/// file held stays, and the output follows it, in order with stdout.
#[cfg(target_os = "linux")]
#[test]
fn stdout_redirected_to_a_file_is_written_through_its_descriptor() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let stdout = dir.join("stdout");
        std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).unwrap();
        let args = writers(dir, &stdout).swap_remove(i);
        let expected = expected_bytes(&args);
        let log = dir.join("log.txt");
        std::fs::write(&log, "earlier\n").unwrap();
        let appending = std::fs::OpenOptions::new().append(true).open(&log).unwrap();

        let out = cyberindex(&args)
            .command()
            .stdout(appending)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let got = std::fs::read(&log).unwrap();
        let text = String::from_utf8_lossy(&got);
        assert!(got.starts_with(b"earlier\n"), "{args:?}: {text}");
        assert!(got[8..].starts_with(&expected), "{args:?}: {text}");
        if i == 1 {
            // The report itself follows the saved plan.
            assert!(text.contains("action plan"), "{text}");
        }
        assert!(
            std::fs::symlink_metadata(&stdout)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

/// `-o /dev/stdout | head`: a reader that stops early ends the command
/// quietly, as it does for stdout itself.
#[cfg(target_os = "linux")]
#[test]
fn stdout_closed_early_ends_quietly() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let stdout = dir.join("stdout");
        std::os::unix::fs::symlink("/proc/self/fd/1", &stdout).unwrap();
        let args = writers(dir, &stdout).swap_remove(i);
        let mut child = cyberindex(&args)
            .command()
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("error"), "{}", stderr(&out));
    }
}

#[test]
fn a_socket_at_the_output_is_refused_and_left_alone() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let socket = dir.join("sock");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let args = writers(dir, &socket).swap_remove(i);

        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("is a socket"), "{}", stderr(&out));
        let kind = std::fs::symlink_metadata(&socket).unwrap().file_type();
        assert!(kind.is_socket(), "{args:?}: the socket was replaced");
    }
}

/// Runs `args` allowed to write no byte to any file, as on a full disk:
/// RLIMIT_FSIZE 0, with SIGXFSZ ignored so writes fail with EFBIG.
/// Runs with a file size limit of 0 (`ulimit -f 0`), so every write fails
/// as on a full disk. SIGXFSZ keeps its default action, which would kill
/// the process: cyberindex must ignore it itself, as a shell user's
/// `ulimit -f` leaves it.
fn run_on_a_full_disk(args: &[String]) -> Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = cyberindex(args).command();
    // Only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 0,
                rlim_max: libc::RLIM_INFINITY,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0
                || libc::signal(libc::SIGXFSZ, libc::SIG_DFL) == libc::SIG_ERR
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.output().unwrap()
}

/// Root replacing a user's file leaves it the user's, so they can still
/// read it. (Only root can give a file away; as anyone else the test has
/// nothing to check.)
#[test]
fn a_replaced_file_keeps_its_owner_and_group() {
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: a file cannot be given to another user");
        return;
    }
    use std::os::unix::fs::MetadataExt;
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let target = dir.join("out.csv");
        std::fs::write(&target, "theirs").unwrap();
        std::os::unix::fs::chown(&target, Some(65534), Some(65533)).unwrap();
        let args = writers(dir, &target).swap_remove(i);
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let meta = std::fs::metadata(&target).unwrap();
        assert_eq!((meta.uid(), meta.gid()), (65534, 65533), "{args:?}");
        assert_ne!(std::fs::read(&target).unwrap(), b"theirs");
    }
}

#[test]
fn a_full_disk_exits_1_with_the_os_error_and_keeps_the_old_file() {
    for (i, dir) in (0..2).map(|_| tempfile::tempdir().unwrap()).enumerate() {
        let dir = dir.path();
        let target = dir.join("out.csv");
        std::fs::write(&target, "precious").unwrap();
        let args = writers(dir, &target).swap_remove(i);
        let before = names(dir);

        let out = run_on_a_full_disk(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(&*target.to_string_lossy()), "{args:?}: {err}");
        assert!(
            err.contains("File too large (os error 27)"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(&target).unwrap(), b"precious");
        assert_eq!(names(dir), before, "{args:?}: a temporary file was left");
    }
}
