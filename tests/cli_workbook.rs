//! Workbooks as input: the sample saved by LibreOffice as `.xlsx`, `.xls`
//! and `.ods` (tests/data/workbooks/) gives exactly the CSV's figures in
//! `check`, every report format and the dashboard; `--sheet` chooses a
//! sheet; a scenario can be a workbook too.

mod common;
use common::*;

use std::path::{Path, PathBuf};

fn book(ext: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/workbooks")
        .join(format!("sample.{ext}"))
        .to_string_lossy()
        .into_owned()
}

const FORMATS: [&str; 3] = ["xlsx", "xls", "ods"];

/// The command's output on the workbook with the workbook's path written
/// as the sample's, to compare with the output on the CSV.
fn as_for_csv(args: &[&str], ext: &str) -> String {
    let path = book(ext);
    let args: Vec<String> = args
        .iter()
        .map(|a| {
            if *a == "FILE" {
                path.clone()
            } else {
                a.to_string()
            }
        })
        .collect();
    let out = cyberindex(&args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .out();
    assert_eq!(out.code, Some(0), "{ext}: {}", out.stderr);
    // Every output but CSV names the sheet read; the rest must be the CSV's.
    let named = [
        "  sheet       sample (header on row 1)\n",
        "  \"sheet\": \"sample\",\n",
        ", sheet “sample”",
    ];
    assert!(
        named.iter().any(|n| out.stdout.contains(n)) || args.contains(&"csv".to_string()),
        "{ext} {args:?}: the sheet is not named:\n{}",
        out.stdout
    );
    let mut text = out.stdout;
    for n in named {
        text = text.replace(n, "");
    }
    text.replace(&path, &bundled())
        .replace(&format!("sample.{ext}"), "indicators.csv")
}

fn on_csv(args: &[&str]) -> String {
    let args: Vec<String> = args
        .iter()
        .map(|a| {
            if *a == "FILE" {
                bundled()
            } else {
                a.to_string()
            }
        })
        .collect();
    let out = cyberindex(&args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .out();
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    out.stdout
}

#[test]
fn every_workbook_format_gives_the_csv_figures_in_every_command() {
    for args in [
        &["check", "FILE"][..],
        &["report", "FILE", "--format", "json"],
        &["report", "FILE", "--format", "text"],
        &["report", "FILE", "--format", "md", "--year", "2021"],
        &["report", "FILE", "--format", "csv", "--plan"],
        &["report", "FILE", "--all", "--format", "csv"],
    ] {
        let expected = on_csv(args);
        for ext in FORMATS {
            assert_eq!(as_for_csv(args, ext), expected, "{ext}: {args:?}");
        }
    }
}

#[test]
fn a_sheet_that_is_not_there_is_an_error_listing_the_sheets() {
    let out = run(&["check", &book("ods"), "--sheet", "2024"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        format!(
            "{}: has no sheet \"2024\"; its sheets are \"sample\"\n",
            book("ods")
        )
    );
    let out = run(&[
        "report",
        &book("xlsx"),
        "--sheet",
        "sample",
        "--format",
        "json",
    ])
    .ok();
    assert!(out.json()["overall"].is_number());
}

#[test]
fn sheet_on_a_csv_is_an_error() {
    let out = run(&["check", &bundled(), "--sheet", "Indicators"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr
            .ends_with("is not a workbook, so it has no sheets to choose with --sheet\n"),
        "{}",
        out.stderr
    );
}

/// A scenario saved as a workbook: a title row, then the four columns.
fn scenario_book(dir: &Path, score: f64) -> PathBuf {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("What if").unwrap();
    ws.write_string(0, 0, "Raise the data protection law")
        .unwrap();
    for (c, h) in ["country", "year", "indicator_id", "score"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    ws.write_string(2, 0, "ZMB").unwrap();
    ws.write_number(2, 1, 2024.0).unwrap();
    ws.write_string(2, 2, "LEG-02").unwrap();
    ws.write_number(2, 3, score).unwrap();
    let path = dir.join("what-if.xlsx");
    wb.save(&path).unwrap();
    path
}

#[test]
fn a_scenario_workbook_is_read_like_a_scenario_csv() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = scenario_book(dir.path(), 1.0);
    let csv = dir.path().join("what-if.csv");
    std::fs::write(&csv, "country,year,indicator_id,score\nZMB,2024,LEG-02,1\n").unwrap();
    let from_book = run(&[
        "report",
        &bundled(),
        "--scenario",
        &xlsx.to_string_lossy(),
        "--format",
        "json",
    ])
    .ok();
    let from_csv = run(&[
        "report",
        &bundled(),
        "--scenario",
        &csv.to_string_lossy(),
        "--format",
        "json",
    ])
    .ok();
    let (book, csv) = (&from_book.json()["scenario"], &from_csv.json()["scenario"]);
    assert_eq!(book["projected_overall"], csv["projected_overall"]);
    assert_ne!(book["projected_overall"], book["actual_overall"]);

    // A score above the maximum is reported at its cell.
    let bad = scenario_book(dir.path(), 9.0);
    let out = run(&["report", &bundled(), "--scenario", &bad.to_string_lossy()]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.starts_with(&format!(
            "{}: 'What if'!D3: score: 9 is outside 0..=",
            bad.display()
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn the_dashboard_opens_a_workbook_with_the_csv_figures() {
    let overall = run(&["report", &bundled(), "--format", "json"]).ok().json()["overall"]
        .as_f64()
        .unwrap();
    let mut s = Session::spawn(&[&book("xlsx")], 100, 30);
    s.wait_for("Overall index");
    s.wait_for(&format!("{overall:.2}"));
}
