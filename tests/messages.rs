//! What the commands say: echoed values stay short (D14), a file given twice
//! is refused by name (D15), `--max-errors` is honoured past the default
//! cap (D17), and the README carries no pasted crash output (D16).

mod common;
use common::*;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// Extreme but parseable numbers are echoed in a few characters, not as
/// the 309 digits of 1e308 or the 300 zeros of 1e-300.
#[test]
fn extreme_numbers_are_echoed_short() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "extreme.csv",
        "year,pillar,indicator_id,score,max_score,weight,target\n\
         2024,Legal,L1,1e308,4,1,4\n\
         2024,Legal,L2,-1e308,4,1,4\n\
         2024,Legal,L3,1,-1e308,1,\n\
         2024,Legal,L4,1,4,-1e308,4\n\
         2024,Legal,L5,1,4,1,1e308\n\
         2024,Legal,L6,1e-300,5e-324,1,\n",
    );
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(1));
    let err = out.stderr.clone();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "{err}");
    for line in &lines {
        let message = &line[file.len()..];
        assert!(message.chars().count() < 80, "too long: {line}");
    }
    assert!(
        lines[0].ends_with(":2: score: 1e308 is above max_score 4"),
        "{err}"
    );
    assert!(
        lines[1].ends_with(":3: score: must not be negative, found -1e308"),
        "{err}"
    );
    assert!(
        lines[2].ends_with(":4: max_score: must be greater than 0, found -1e308"),
        "{err}"
    );
    assert!(
        lines[3].ends_with(":5: weight: must not be negative, found -1e308"),
        "{err}"
    );
    assert!(
        lines[4].ends_with(":6: target: 1e308 is outside 0..=4 (0 to max_score)"),
        "{err}"
    );
    assert!(
        lines[5].ends_with(":7: score: 1e-300 is above max_score 5e-324"),
        "{err}"
    );
}

fn series(dir: &Path) -> String {
    write(
        dir,
        "ITU_GCI_LEGL_SCRE.csv",
        "REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\n\
         ZMB,Zambia,ITU_GCI_LEGL_SCRE,Legal Score - LS (ITU GCI),0_TO_20,2024,20\n",
    )
}

/// The same file twice, under any names, is a usage error naming both,
/// before anything is read.
#[test]
fn the_same_file_given_twice_is_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let file = series(dir.path());
    let dotted = dir.path().join(".").join("ITU_GCI_LEGL_SCRE.csv");
    let dotted = dotted.to_string_lossy().into_owned();
    let mut names = vec![file.clone(), dotted];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        names.push(link.to_string_lossy().into_owned());
    }
    let out_csv = dir.path().join("out.csv").to_string_lossy().into_owned();
    for second in &names {
        for args in [
            vec!["check", &file, second],
            vec!["report", &file, second],
            vec!["import", "data360", &file, second, "-o", &out_csv],
        ] {
            let out = run(&args);
            let err = out.stderr.clone();
            assert_eq!(out.code, Some(2), "{args:?}: {err}");
            assert!(
                err.contains(&format!("{file} and {second} are the same file")),
                "{args:?}: {err}"
            );
            assert!(!err.contains("already given"), "{args:?}: {err}");
        }
    }
    assert!(!Path::new(&out_csv).exists());
}

/// `--max-errors 5000` prints 5000 errors, past the 1000 kept by default.
#[test]
fn max_errors_is_honoured_past_a_thousand() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("year,pillar,indicator_id,score,max_score\n");
    for i in 0..6000 {
        text.push_str(&format!("2024,Legal,L{i},x,4\n"));
    }
    let file = write(dir.path(), "bad.csv", &text);
    let out = run(&["check", &file, "--max-errors", "5000"]);
    assert_eq!(out.code, Some(1));
    let err = out.stderr.clone();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 5001, "{}", lines.last().unwrap());
    assert_eq!(
        lines[4999],
        format!("{file}:5001: score: \"x\" is not a number")
    );
    assert_eq!(lines[5000], "… and 1000 more errors (6000 in total)");
}

/// Past the most errors a load keeps, the output says where it stopped.
#[test]
fn max_errors_past_what_is_kept_says_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("year,pillar,indicator_id,score,max_score\n");
    for i in 0..100_001 {
        text.push_str(&format!("2024,Legal,L{i},x,4\n"));
    }
    let file = write(dir.path(), "bad.csv", &text);
    let out = run(&["check", &file, "--max-errors", "200000"]);
    assert_eq!(out.code, Some(1));
    let err = out.stderr.clone();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 100_001);
    assert_eq!(
        lines[100_000],
        "… and 1 more error (100001 in total; only the first 100000 were kept)"
    );
}

/// Crash output pasted into the README (it once sat in the Keys section)
/// would tell readers the tool panics.
#[test]
fn the_readme_has_no_pasted_crash_output() {
    let readme = include_str!("../README.md");
    for needle in ["panicked at", "stack backtrace", "RUST_BACKTRACE"] {
        assert!(!readme.contains(needle), "README.md contains {needle:?}");
    }
}
