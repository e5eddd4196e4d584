//! The two-core load gives what one pass gives: the same rows, names,
//! orders and errors, whichever way the file splits.

use super::*;
use crate::read::indicators::load_reader;
use std::fmt::Write as _;
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Big enough that the middle is far from the header; the tests call
/// `load_routed` directly, which splits whatever the size.
const TEST_SIZE: usize = 400_000;

/// A file to split, whose rows repeat with variations.
fn big(line_end: &str, quoted_newlines: bool) -> String {
    let mut s =
        format!("country,year,pillar,indicator_id,indicator,score,max_score,evidence{line_end}");
    let mut i = 0u64;
    while s.len() < TEST_SIZE {
        let c = i / 2000;
        let ind = i % 2000;
        // Quoted line ends everywhere but near the middle, so the guess
        // there is right and the halves still have them to get right.
        let near_middle = s.len().abs_diff(TEST_SIZE / 2) < 16 * 1024;
        let evidence = if quoted_newlines && ind.is_multiple_of(3) && !near_middle {
            format!("\"line one{line_end}line two, {i}\"")
        } else {
            format!("ev {i}")
        };
        let blank = if ind == 1999 { line_end } else { "" };
        let _ = write!(
            s,
            "C{c},{},P{},I{ind},Name {ind},{},4,{evidence}{line_end}{blank}",
            2000 + (c % 7),
            ind % 9,
            ind % 5
        );
        i += 1;
    }
    s
}

fn assert_same(text: &str, expected: Route) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "big.csv", text);
    let file = File::open(&path).unwrap();
    let (parallel, route) = load_routed("big.csv", file, text.len() as u64, None);
    assert_eq!(route, expected);
    let parallel = parallel.unwrap();
    let single = load_reader("big.csv", text.as_bytes()).unwrap();
    assert_eq!(parallel.countries, single.countries);
    assert_eq!(parallel.pillars, single.pillars);
    assert_eq!(parallel.indicators, single.indicators);
    assert_eq!(parallel.years, single.years);
    assert_eq!(parallel.obs.line, single.obs.line);
    assert_eq!(parallel.obs.indicator, single.obs.indicator);
    assert_eq!(
        parallel
            .obs
            .score
            .iter()
            .map(|s| s.to_bits())
            .collect::<Vec<_>>(),
        single
            .obs
            .score
            .iter()
            .map(|s| s.to_bits())
            .collect::<Vec<_>>()
    );
    assert_eq!(parallel.text, single.text);
    for i in (0..single.obs.len()).step_by(997) {
        assert_eq!(parallel.evidence(i), single.evidence(i));
    }
}

#[test]
fn two_threads_give_what_one_gives() {
    assert_same(&big("\n", false), Route::Split);
    assert_same(&big("\r\n", false), Route::Split);
    assert_same(&big("\n", true), Route::Split);
    assert_same(&big("\r\n", true), Route::Split);
}

#[test]
fn sources_from_both_halves_keep_the_order_of_first_appearance() {
    // First half: A, with some rows stating none. Second half: C, then
    // A again, then B.
    let mut text = String::from("year,pillar,indicator_id,score,max_score,source\n");
    let mut i = 0usize;
    while text.len() < TEST_SIZE {
        let source = match (text.len() * 8 / TEST_SIZE, i % 10) {
            (_, 0) => "",
            (0..4, _) => "Agency A",
            (4..6, _) => "\"Agency C, 2024\"",
            (6, _) => "Agency A",
            _ => "Agency B",
        };
        let _ = writeln!(text, "{},P,I{},1,2,{source}", 2000 + i / 5000, i % 5000);
        i += 1;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "big.csv", &text);
    let file = File::open(&path).unwrap();
    let (parallel, route) = load_routed("big.csv", file, text.len() as u64, None);
    assert_eq!(route, Route::Split);
    let parallel = parallel.unwrap();
    let single = load_reader("big.csv", text.as_bytes()).unwrap();
    assert_eq!(
        parallel.data_sources,
        ["Agency A", "Agency C, 2024", "Agency B"]
    );
    assert_eq!(parallel.data_sources, single.data_sources);
    assert_eq!(parallel.rows_without_source, i.div_ceil(10));
    assert_eq!(parallel.rows_without_source, single.rows_without_source);
}

#[test]
fn a_split_inside_a_quoted_field_falls_back_to_one_pass() {
    // One huge quoted field spans the middle of the file, full of line ends.
    let mut text =
        String::from("year,pillar,indicator_id,score,max_score,evidence\n2024,P,A,1,2,\"");
    while text.len() < TEST_SIZE {
        text.push_str("evidence line, with a comma\n");
    }
    text.push_str("\"\n2024,P,B,2,2,short\n");
    assert_same(&text, Route::Fallback);
}

#[test]
fn a_file_replaced_while_loading_is_read_as_it_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let original = big("\n", false);
    let path = write(dir.path(), "data.csv", &original);
    let file = File::open(&path).unwrap();
    // An editor saves: a new file renamed over the old path.
    let replacement = write(
        dir.path(),
        "new.csv",
        &big("\n", false).replace("ev ", "changed "),
    );
    std::fs::rename(&replacement, &path).unwrap();
    let (ds, route) = load_routed("data.csv", file, original.len() as u64, None);
    assert_eq!(route, Route::Split);
    let ds = ds.unwrap();
    assert!(
        !ds.text.contains("changed"),
        "the second half read the new file"
    );
    assert_eq!(
        ds.text,
        load_reader("data.csv", original.as_bytes()).unwrap().text
    );
}

#[test]
fn errors_in_the_second_half_name_their_true_lines() {
    let mut text = big("\r\n", true);
    let lines_before = text.matches('\n').count();
    text.push_str("C0,2001,P0,I0,Name 0,abc,4,x\r\n");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "bad.csv", &text);
    let (e, route) = load_routed(
        "bad.csv",
        File::open(&path).unwrap(),
        text.len() as u64,
        None,
    );
    assert_eq!(route, Route::Split);
    let e = e.unwrap_err();
    let single = load_reader("bad.csv", text.as_bytes()).unwrap_err();
    assert_eq!(
        e.diagnostics.iter().map(|d| d.line).collect::<Vec<_>>(),
        single
            .diagnostics
            .iter()
            .map(|d| d.line)
            .collect::<Vec<_>>()
    );
    assert!(
        e.diagnostics
            .iter()
            .any(|d| d.line == Some(lines_before as u64 + 1)
                && d.message.contains("\"abc\" is not a number")),
        "{e}"
    );
}

#[test]
fn a_nul_in_the_second_half_names_its_true_line() {
    let mut text = big("\r\n", true);
    let lines_before = text.matches('\n').count();
    text.push_str("C0,2001,P0,I0,Name 0,1,4,e\0v\r\n");
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "nul.csv", &text);
    let (e, route) = load_routed(
        "nul.csv",
        File::open(&path).unwrap(),
        text.len() as u64,
        None,
    );
    assert_eq!(route, Route::Split);
    let e = e.unwrap_err();
    assert_eq!(e, load_reader("nul.csv", text.as_bytes()).unwrap_err());
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [format!(
            "nul.csv:{}: not CSV text: the file contains binary data (a NUL byte)",
            lines_before + 1
        )]
    );
}
