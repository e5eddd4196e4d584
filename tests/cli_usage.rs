//! What every command promises: usage errors exit 2, missing files exit 1 naming the path, inputs are never modified, data text never controls the terminal, and a reader that closes stdout early ends the run quietly.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;

#[test]
fn usage_errors_exit_2_with_a_message() {
    let file = fixture("multi.csv");
    let out = run(&["report", &file, "--country", "XYZ"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("no country \"XYZ\""), "{}", out.stderr);
    assert!(out.stderr.contains("QQQ, BBB"), "{}", out.stderr);

    // 2022 exists in the file, but not for QQQ.
    let out = run(&["report", &file, "--year", "2022"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("Qualand has no data for 2022 (years: 2021, 2023)"),
        "{}",
        out.stderr
    );
    // A year nobody has.
    let out = run(&["report", &file, "--country", "BBB", "--year", "1999"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("no data for 1999"), "{}", out.stderr);
    // A compare year without data for that country.
    let out = run(&["report", &file, "--country", "BBB", "--compare", "2021"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("Betaland has no data for 2021"),
        "{}",
        out.stderr
    );

    // Bad flags and values: clap's usage errors, also exit 2.
    for args in [
        vec!["report", file.as_str(), "--format", "xml"],
        vec!["report", file.as_str(), "--year", "twenty"],
        vec!["report", file.as_str(), "--no-such-flag"],
        vec!["check", file.as_str(), "--max-errors", "-1"],
        vec!["check"],
    ] {
        let out = run(&args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn missing_file_and_directory_exit_1_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.csv");
    let missing = missing.to_str().unwrap();
    let dir_path = dir.path().to_str().unwrap();
    for cmd in [vec!["check"], vec!["report"], vec!["report", "--all"]] {
        let mut args = cmd.clone();
        args.push(missing);
        let out = run(&args);
        assert_eq!(out.code, Some(1), "{args:?}");
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr,
            format!("{missing}: cannot open: no such file\n")
        );

        let mut args = cmd.clone();
        args.push(dir_path);
        let out = run(&args);
        assert_eq!(out.code, Some(1), "{args:?}");
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr,
            format!("{dir_path}: is a directory, not a CSV file\n")
        );
    }
}

#[test]
fn input_file_is_never_modified() {
    // run() compares every existing file argument before and after; here it
    // is exercised across every command and format, valid and invalid input.
    for file in [
        fixture("valid.csv"),
        fixture("multi.csv"),
        fixture("invalid.csv"),
        fixture("crlf_multiline.csv"),
        fixture("evil.csv"),
    ] {
        let before = std::fs::read(&file).unwrap();
        let mut calls: Vec<Vec<&str>> = vec![vec!["check", &file]];
        for format in ["text", "md", "json", "csv"] {
            calls.push(vec!["report", &file, "--format", format]);
            calls.push(vec!["report", &file, "--all", "--format", format]);
        }
        for args in calls {
            let out = run(&args);
            assert!(matches!(out.code, Some(0 | 1)), "{args:?}: {}", out.stderr);
        }
        assert_eq!(std::fs::read(&file).unwrap(), before, "{file}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let file = fixture("evil.csv");
    let raw = std::fs::read(&file).unwrap();
    assert!(
        raw.contains(&0x1b) && raw.contains(&0x07),
        "fixture lost its control bytes"
    );
    let cases: [&[&str]; 9] = [
        &["check", &file],
        &["report", &file],
        &["report", &file, "--format", "md"],
        &["report", &file, "--format", "csv"],
        &["report", &file, "--format", "json"],
        &["report", &file, "--all"],
        &["report", &file, "--all", "--format", "md"],
        &["report", &file, "--all", "--format", "csv"],
        // A usage error quoting the country name.
        &["report", &file, "--year", "2020"],
    ];
    for args in cases {
        let out = run(args);
        let stderr = out.stderr.as_bytes();
        for (stream, bytes) in [("stdout", &out.stdout_bytes[..]), ("stderr", stderr)] {
            assert!(
                !bytes.contains(&0x1b) && !bytes.contains(&0x07),
                "raw control character on {stream} of {args:?}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    let text = run(&["report", &file]).stdout;
    // Country name, pillar and indicator name, shown as Control Pictures.
    assert!(text.starts_with("Evil␛]0;pwned␇land (EVL)"), "{text}");
    assert!(text.contains("E1 Bad␛]0;pwned␇name␛[2J"), "{text}");
    assert!(text.contains("Leg␛[2Jal"), "{text}");
    // E1 1/2, E2 2/2 → 75; E1 at target → 100: gain 25.
    assert!(text.contains("Overall  75.00 / 100"), "{text}");

    let md = run(&["report", &file, "--format", "md"]).stdout;
    // Markdown also escapes the brackets.
    assert!(md.contains("Bad␛\\]0;pwned␇name␛\\[2J (E1)"), "{md}");

    let csv_out = run(&["report", &file, "--format", "csv"]).stdout;
    assert!(csv_out.contains("see ␛[2J␇ here"), "{csv_out}");

    let check = run(&["check", &file]);
    assert!(
        check.stdout.contains("(Evil␛]0;pwned␇land)"),
        "{}",
        check.stdout
    );
    assert!(check.stderr.contains("\"␛[31mcolour\""), "{}", check.stderr);

    let usage = run(&["report", &file, "--year", "2020"]);
    assert_eq!(usage.code, Some(2));
    assert!(
        usage
            .stderr
            .contains("Evil␛]0;pwned␇land has no data for 2020"),
        "{}",
        usage.stderr
    );
}

/// A file whose reports are far larger than a pipe buffer (64 KiB), so the
/// process is still writing when the reader goes away.
fn big_file(dir: &Path) -> PathBuf {
    let path = dir.join("big.csv");
    let mut s =
        String::from("country,year,pillar,indicator_id,indicator,score,max_score,evidence\n");
    let evidence = "x".repeat(400);
    for i in 0..3000 {
        s.push_str(&format!(
            "BIG,2024,Pillar {},I{i:04},Indicator {i},1,4,{evidence}\n",
            i % 7
        ));
    }
    for i in 0..3000 {
        s.push_str(&format!("C{i:04},2024,Pillar 0,I0000,Indicator 0,2,4,\n"));
    }
    std::fs::write(&path, s).unwrap();
    path
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let file = big_file(dir.path());
    let file = file.to_str().unwrap();
    for args in [
        vec!["report", file, "--format", "csv"],
        vec!["report", file, "--all"],
        vec!["report", file, "--all", "--format", "csv"],
        vec!["report", file, "--top", "3000"],
    ] {
        let mut child = cyberindex(&args)
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        {
            let mut stdout = BufReader::new(child.stdout.take().unwrap());
            stdout.read_line(&mut first).unwrap();
            // Dropping the reader closes the pipe, as `| head -1` does.
        }
        assert!(!first.is_empty(), "{args:?} printed nothing");
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(status.code(), Some(101), "{args:?}: {stderr}");
        // Not killed by a signal, and no error about the closed pipe.
        assert_eq!(status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}
