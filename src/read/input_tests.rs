//! Opening and sniffing, and one wording for each failure to read,
//! whichever reader meets it.

use super::*;
use crate::read::data360;
use crate::read::encoding::NEITHER;
use crate::read::indicators::{load_path, load_reader};
use crate::read::load_paths;
use crate::read::scenario::load_scenario;

#[test]
fn files_that_are_not_csv_text_are_recognised() {
    let xlsx = b"PK\x03\x04\x14\x00\x06\x00rest-of-zip";
    let e = load_reader("book.xlsx", &xlsx[..]).unwrap_err();
    assert!(
        e.first()
            .starts_with("book.xlsx: not CSV text: this looks like an Excel workbook"),
        "{}",
        e.first()
    );
    let e = load_reader("bin.csv", &b"year,pillar\x00\x01\x02"[..]).unwrap_err();
    assert_eq!(
        e.first(),
        "bin.csv:1: not CSV text: the file contains binary data (a NUL byte)"
    );
}

#[test]
fn directories_and_missing_paths_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_path(dir.path()).unwrap_err();
    assert!(
        e.first().ends_with(": is a directory, not a CSV file"),
        "{}",
        e.first()
    );
    let e = load_path(&dir.path().join("nope.csv")).unwrap_err();
    assert!(
        e.first().ends_with("nope.csv: cannot open: no such file"),
        "{}",
        e.first()
    );
}

#[cfg(unix)]
#[test]
fn repeated_finds_one_file_under_two_names() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.csv");
    let b = dir.path().join("b.csv");
    std::fs::write(&a, "a").unwrap();
    std::fs::write(&b, "b").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&a, &link).unwrap();
    let missing = dir.path().join("missing.csv");
    assert_eq!(repeated(&[a.clone(), b.clone(), missing.clone()]), None);
    assert_eq!(repeated(&[missing.clone(), missing.clone()]), None);
    assert_eq!(repeated(&[b.clone(), a.clone(), link]), Some((1, 2)));
    let dotted = dir.path().join(".").join("b.csv");
    assert_eq!(repeated(&[a, b, dotted]), Some((1, 2)));
}

/// The files each reader is given below, one per failure to read.
struct Failures {
    _dir: tempfile::TempDir,
    paths: Vec<PathBuf>,
}

fn failures() -> Failures {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| dir.path().join(name);
    std::fs::write(at("empty.csv"), "").unwrap();
    std::fs::write(at("blank_lines.csv"), "\r\n\r\n").unwrap();
    std::fs::write(at("nul.csv"), b"country,year\x00\x01\x02").unwrap();
    std::fs::write(at("book.xlsx"), b"PK\x03\x04\x14\x00\x06\x00rest-of-zip").unwrap();
    std::fs::create_dir(at("folder")).unwrap();
    let names = [
        "empty.csv",
        "blank_lines.csv",
        "nul.csv",
        "book.xlsx",
        "folder",
        "missing.csv",
    ];
    let paths = names.iter().map(|n| at(n)).collect();
    Failures { _dir: dir, paths }
}

fn lines(e: LoadError) -> Vec<String> {
    e.lines().collect()
}

#[test]
fn every_reader_words_a_failure_to_read_the_same() {
    let ds = load_reader(
        "data.csv",
        "country,year,pillar,indicator_id,score,max_score\nZMB,2024,P,I,1,2\n".as_bytes(),
    )
    .unwrap();
    let failures = failures();
    for path in &failures.paths {
        let indicators = lines(load_path(path).unwrap_err());
        let series = lines(data360::load(std::slice::from_ref(path)).unwrap_err());
        let scenario = lines(load_scenario(path, &ds).unwrap_err());
        let picked = lines(load_paths(std::slice::from_ref(path)).unwrap_err());
        assert_eq!(series, indicators, "{}", path.display());
        // A workbook is read as one by the readers that pick the format;
        // the CSV readers refuse it as not CSV text.
        assert_eq!(scenario, picked, "{}", path.display());
        if path.extension() == Some("xlsx".as_ref()) {
            assert!(picked[0].contains("looks like a workbook"), "{picked:?}");
        } else {
            assert_eq!(picked, indicators, "{}", path.display());
        }
    }
    let said: Vec<String> = failures
        .paths
        .iter()
        .map(|p| load_path(p).unwrap_err().first())
        .collect();
    let name = |i: usize| failures.paths[i].display().to_string();
    assert_eq!(
        said,
        [
            format!("{}:1: {EMPTY}", name(0)),
            format!("{}:1: {EMPTY}", name(1)),
            format!("{}:1: {BINARY}", name(2)),
            format!(
                "{}: not CSV text: {}",
                name(3),
                sniff_binary(b"PK\x03\x04").unwrap()
            ),
            format!("{}: {DIRECTORY}", name(4)),
            format!("{}: cannot open: no such file", name(5)),
        ]
    );
}

#[test]
fn every_reader_words_text_that_is_not_utf8_the_same() {
    let ds = load_reader(
        "data.csv",
        "country,year,pillar,indicator_id,score,max_score\nZMB,2024,P,I,1,2\n".as_bytes(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    // 0x81 is neither UTF-8 nor Windows-1252: no reader can decode it.
    let write = |name: &str, text: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let indicators = write(
        "i.csv",
        b"country,year,pillar,indicator_id,score,max_score\nZ\x81,2024,P,I,1,2\n",
    );
    let series = write(
        "s.csv",
        b"REF_AREA,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\nZ\x81,S1,One Score,0_TO_20,2024,5\n",
    );
    let scenario = write(
        "sc.csv",
        b"country,year,indicator_id,score\nZ\x81,2024,I,1\n",
    );
    let said = [
        load_path(&indicators).unwrap_err().first(),
        data360::load(std::slice::from_ref(&series))
            .unwrap_err()
            .first(),
        load_scenario(&scenario, &ds).unwrap_err().first(),
    ];
    assert_eq!(
        said,
        [
            format!("{}:2: country: {NEITHER}", indicators.display()),
            format!("{}:2: REF_AREA: {NEITHER}", series.display()),
            format!("{}:2: country: {NEITHER}", scenario.display()),
        ]
    );
}
