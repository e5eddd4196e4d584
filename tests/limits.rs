//! What one input may cost: the size of a row and of a cell, binary data
//! wherever it is, and the memory that combinations of countries, years
//! and pillars take (README, "Safety").
//!
//! The hostile cases run `check` with its address space limited, so a load
//! that is not bounded fails here by running out of memory rather than by
//! taking the machine's; the deadline is only a guard against a hang.

mod common;
use common::*;
use std::path::PathBuf;

/// Far above what a bounded load needs (a debug build checks a normal file
/// in well under this) and far below what an unbounded one took: 6.3 GB for
/// the sparse file, 1.2 GB for the combinations.
const ADDRESS_SPACE: u64 = 512 << 20;
/// Only a guard against a hang: each case takes well under a second.
const DEADLINE: Duration = Duration::from_secs(60);

const HEADER: &str = "country,year,pillar,indicator_id,score,max_score,evidence\n";

struct LimitedRun {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    /// Bytes the feeder got into the child's stdin before it stopped.
    fed: u64,
}

/// What the child reads on stdin.
enum Feed {
    None,
    /// These bytes, then more of `repeat` until the child stops reading.
    Endless {
        first: Vec<u8>,
        repeat: Vec<u8>,
    },
}

/// Runs `cyberindex ARGS` within [`ADDRESS_SPACE`].
fn run_limited(args: &[&str], feed: Feed) -> LimitedRun {
    use std::os::unix::process::CommandExt as _;
    let mut cmd = cyberindex(args).command();
    cmd.stdin(match feed {
        Feed::None => Stdio::null(),
        Feed::Endless { .. } => Stdio::piped(),
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe, and nothing else runs
    // between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: ADDRESS_SPACE,
                rlim_max: ADDRESS_SPACE,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("start cyberindex");
    let feeder = match feed {
        Feed::None => None,
        Feed::Endless { first, repeat } => {
            let mut pipe = child.stdin.take().expect("stdin is piped");
            Some(thread::spawn(move || {
                let mut fed = 0u64;
                if pipe.write_all(&first).is_err() {
                    return fed;
                }
                fed += first.len() as u64;
                // Until the pipe breaks: the child has stopped reading.
                while pipe.write_all(&repeat).is_ok() {
                    fed += repeat.len() as u64;
                }
                fed
            }))
        }
    };
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stdout.read_to_end(&mut s);
        s
    });
    let err = thread::spawn(move || {
        let mut s = Vec::new();
        let _ = stderr.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "cyberindex {} did not finish in {DEADLINE:?}",
                args.join(" ")
            );
        }
        thread::sleep(POLL);
    };
    let fed = feeder.map_or(0, |f| f.join().unwrap());
    let stderr = String::from_utf8_lossy(&err.join().unwrap()).into_owned();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("memory allocation"),
        "cyberindex {} crashed:\n{stderr}",
        args.join(" ")
    );
    LimitedRun {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
        stderr,
        fed,
    }
}

/// `check PATH` exits 1 with exactly this one diagnostic.
#[track_caller]
fn refused(path: &Path, expected: &str) {
    let r = run_limited(&["check", path.to_str().unwrap()], Feed::None);
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, format!("{expected}\n"));
}

fn sparse_zeros(dir: &Path) -> PathBuf {
    let path = dir.join("zeros.csv");
    File::create(&path).unwrap().set_len(2 << 30).unwrap();
    path
}

const BINARY: &str = "not CSV text: the file contains binary data (a NUL byte)";

#[test]
fn a_2_gb_sparse_file_of_nuls_is_refused_from_its_first_block() {
    let dir = tempfile::tempdir().unwrap();
    let path = sparse_zeros(dir.path());
    refused(&path, &format!("{}:1: {BINARY}", path.display()));
}

#[test]
fn an_endless_line_through_a_pipe_ends_at_the_cell_limit() {
    let first = format!("{HEADER}ZMB,2024,Legal,L1,1,4,").into_bytes();
    let r = run_limited(
        &["check", "/dev/stdin"],
        Feed::Endless {
            first,
            repeat: vec![b'a'; 64 << 10],
        },
    );
    assert_eq!(r.code, Some(1), "stderr:\n{}", r.stderr);
    assert_eq!(
        r.stderr,
        "/dev/stdin:2: evidence: is longer than 1 MiB, the most one cell may hold\n"
    );
    // The reader stops within a few MiB of the limit; the rest is what the
    // pipe held when it broke.
    assert!(r.fed < 16 << 20, "it read {} bytes before stopping", r.fed);
}

#[test]
fn a_quote_never_closed_ends_at_the_cell_limit_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("open.csv");
    let mut text = format!("{HEADER}ZMB,2024,Legal,L1,1,4,\"evidence starts here\n");
    while text.len() < 3 << 20 {
        text.push_str("ZMB,2024,Legal,L2,1,4,more rows swallowed by the open quote\n");
    }
    std::fs::write(&path, text).unwrap();
    refused(
        &path,
        &format!(
            "{}:2: evidence: is longer than 1 MiB, the most one cell may hold; is a closing quote missing?",
            path.display()
        ),
    );
}

/// A header of ten columns and one row of exactly `row_len` bytes before
/// its line end, its four last cells each under the cell limit.
fn wide_row(dir: &Path, row_len: usize) -> PathBuf {
    let start = "ZMB,2024,Legal,L1,1,4";
    let rest = row_len - start.len() - 4;
    let cells: Vec<String> = (0..4)
        .map(|i| "x".repeat(rest / 4 + usize::from(i < rest % 4)))
        .collect();
    let row = format!("{start},{}", cells.join(","));
    assert_eq!(row.len(), row_len);
    let path = dir.join("wide.csv");
    std::fs::write(
        &path,
        format!("country,year,pillar,indicator_id,score,max_score,evidence,a,b,c\n{row}\n"),
    )
    .unwrap();
    path
}

#[test]
fn a_row_of_4_mib_loads_and_one_byte_more_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = wide_row(dir.path(), 4 << 20);
    let r = run_limited(&["check", path.to_str().unwrap()], Feed::None);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(r.stdout.contains("rows        1 "), "{}", r.stdout);
    let path = wide_row(dir.path(), (4 << 20) + 1);
    refused(
        &path,
        &format!(
            "{}:2: the row is longer than 4 MiB, the most one row may hold",
            path.display()
        ),
    );
}

/// Rows enough to pass the first 64 KiB block, then one more with a NUL.
fn with_nul_at(dir: &Path, name: &str, rows_before: usize) -> (PathBuf, usize) {
    let mut text = String::from(HEADER);
    for i in 0..rows_before {
        text.push_str(&format!("ZMB,2024,Legal,L{i},1,4,ev\n"));
    }
    text.push_str("ZMB,2024,Legal,X,1,4,e\0v\n");
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    (path, rows_before + 2)
}

#[test]
fn a_nul_byte_is_refused_the_same_wherever_it_is() {
    let dir = tempfile::tempdir().unwrap();
    // Line 4, in the first block; then line 3002, some 80 KiB in.
    for rows_before in [2, 3000] {
        let (path, line) = with_nul_at(dir.path(), &format!("nul{rows_before}.csv"), rows_before);
        let size = std::fs::metadata(&path).unwrap().len();
        assert_eq!(rows_before > 2, size > 64 << 10, "{size}");
        refused(&path, &format!("{}:{line}: {BINARY}", path.display()));
    }
}

#[test]
fn combinations_are_bounded_by_the_rows_that_make_them() {
    // 20,000 rows (498 KB) naming 400 countries, 301 years and 400
    // pillars: 48.2 million combinations, each with its aggregate.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("combos.csv");
    let mut text = String::from("country,year,pillar,indicator_id,score,max_score\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "C{},{},P{},I{i},1,4\n",
            i % 400,
            1900 + i % 301,
            i % 400
        ));
    }
    std::fs::write(&path, text).unwrap();
    refused(
        &path,
        &format!(
            "{}:1: 400 countries × 301 years × 400 pillars make 48160000 combinations; 20000 rows may make at most 1048576 (8 a row, and never fewer than 1048576)",
            path.display()
        ),
    );
}

#[test]
fn live_reload_of_a_2_gb_file_of_nuls_keeps_the_data_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let mut s = Session::spawn(&[file.to_str().unwrap()], 120, 40);
    s.wait_for("Overall 92.20");
    // Saved the way editors save: a new file renamed over the old one.
    let zeros = sparse_zeros(dir.path());
    std::fs::rename(&zeros, &file).unwrap();
    s.wait_for("not reloaded, showing the last good data");
    s.wait_for("review.csv:1: not CSV text");
    assert!(s.contents().contains("Overall 92.20"));
    // Bounded: the peak resident memory of the whole dashboard.
    let status = std::fs::read_to_string(format!("/proc/{}/status", s.pid())).unwrap();
    let peak_kib: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status");
    assert!(peak_kib < 256 << 10, "peak memory {peak_kib} KiB");
    s.send("q");
    s.expect_exit(0);
}
