//! Export and copy in the real binary in a pseudo-terminal: `x` and `X`
//! write the pane's table to a new file beside (a copy of) the input,
//! never over an earlier one, with the figures the pane shows; `y` and `Y`
//! send the row or the table to the clipboard as an OSC 52 sequence whose
//! base64 is the tab-separated text.

mod common;
use common::*;

use base64::Engine;
use calamine::{Data, Reader, Xlsx};
use cyberindex::format::points;

/// A copy of `file` in a new folder, as `name`.
fn copy_of(file: &str, name: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(file), &path).unwrap();
    (dir, path.to_string_lossy().into_owned())
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// The records of a CSV file, header first.
fn records(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|rec| rec.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The payloads of every OSC 52 sequence written after byte `since`,
/// decoded.
fn clipboard(raw: &[u8], since: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = &raw[since..];
    while let Some(at) = find(rest, b"\x1b]52;c;") {
        let body = &rest[at + 7..];
        let end = find(body, b"\x07").expect("the sequence ends with BEL");
        let text = base64::engine::general_purpose::STANDARD
            .decode(&body[..end])
            .expect("base64");
        out.push(String::from_utf8(text).unwrap());
        rest = &body[end..];
    }
    out
}

fn number(cell: &str) -> f64 {
    cell.parse()
        .unwrap_or_else(|_| panic!("{cell:?} is not a number"))
}

/// The screen line holding `id`.
fn line_with(s: &mut Session, id: &str) -> String {
    let contents = s.contents();
    contents
        .lines()
        .find(|l| l.contains(id))
        .unwrap_or_else(|| panic!("{id} not on screen:\n{contents}"))
        .to_string()
}

#[test]
fn x_writes_the_gaps_beside_the_input_with_the_figures_shown_and_never_over_a_file() {
    let (dir, file) = copy_of("indicators.csv", "review.csv");
    let mut s = Session::spawn(&[&file], 120, 40);
    s.wait_for("Overall index");
    s.press("4", "What to fix first");
    s.press("x", "Exported");
    let first = dir.path().join("review-ZMB-2024-gaps.csv");
    s.wait_for(&format!("rows to {}", first.display()));
    let rows = records(&first);
    assert_eq!(
        rows[0],
        [
            "#",
            "ID",
            "Indicator",
            "Pillar",
            "Score",
            "Max",
            "Target",
            "Gap",
            "Gain"
        ]
    );
    assert!(rows.len() > 5, "{rows:?}");
    // Every row on screen reads as the file has it: its place, its
    // "score/max", target, gap and "+gain", in that order.
    let mut checked = 0;
    for row in &rows[1..] {
        let contents = s.contents();
        if !contents.contains(&format!(" {} ", row[1])) {
            continue;
        }
        let line = line_with(&mut s, &format!(" {} ", row[1]));
        let figures = [
            format!("{}/{}", points(number(&row[4])), points(number(&row[5]))),
            points(number(&row[6])),
            points(number(&row[7])),
            format!("+{}", row[8]),
        ];
        // The list shares its lines with the pillar table beside it: its
        // row starts at the border before the id.
        let at = line.find(&format!(" {} ", row[1])).unwrap();
        let place = line[..at].rsplit('│').next().unwrap_or_default().trim();
        assert_eq!(place, row[0], "{line}");
        let mut rest = &line[at..];
        for f in &figures {
            let at = rest
                .find(f.as_str())
                .unwrap_or_else(|| panic!("{f} not in {line:?} for {row:?}"));
            rest = &rest[at + f.len()..];
        }
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} rows were on screen");

    // A second export takes the next name; the first is left as it was.
    let before = std::fs::read(&first).unwrap();
    s.send("x");
    s.wait_for("review-ZMB-2024-gaps-2.csv");
    assert_eq!(std::fs::read(&first).unwrap(), before);
    assert_eq!(
        records(&dir.path().join("review-ZMB-2024-gaps-2.csv")),
        rows
    );

    // X: the same table as a workbook, numbers as numbers.
    s.send("X");
    s.wait_for("review-ZMB-2024-gaps.xlsx");
    let mut book: Xlsx<_> =
        calamine::open_workbook(dir.path().join("review-ZMB-2024-gaps.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["Gaps ZMB 2024"]);
    let range = book.worksheet_range("Gaps ZMB 2024").unwrap();
    assert_eq!(range.height(), rows.len());
    for (r, row) in rows.iter().enumerate().skip(1) {
        assert_eq!(range.get((r, 1)), Some(&Data::String(row[1].clone())));
        match range.get((r, 8)) {
            Some(Data::Float(v)) => assert_eq!(format!("{v:.2}"), row[8], "row {r}"),
            other => panic!("gain of row {r} is {other:?}"),
        }
    }
    s.send("q");
    let raw = s.expect_exit(0);
    // Once the terminal is back, where each went is said again.
    let said = format!("exported to {}", first.display());
    assert!(has(&raw, said.as_bytes()), "{}", tail(&raw, 400));
    assert_eq!(
        files(dir.path()),
        [
            "review-ZMB-2024-gaps-2.csv",
            "review-ZMB-2024-gaps.csv",
            "review-ZMB-2024-gaps.xlsx",
            "review.csv"
        ]
    );
}

#[test]
fn zambia_compare_exports_the_change_as_the_published_scores_read() {
    let (dir, file) = copy_of("examples/gci-2020-2024.csv", "gci.csv");
    let mut s = Session::spawn(&[&file, "--country", "ZMB"], 120, 40);
    s.wait_for("Zambia");
    s.press("3", "2024 vs 2020");
    s.press("x", "Exported");
    s.wait_for("gci-ZMB-2024-compare.csv");
    let rows = records(&dir.path().join("gci-ZMB-2024-compare.csv"));
    let tech = rows
        .iter()
        .find(|r| r[0] == "ITU_GCI_TECH_SCORE")
        .expect("the technical pillar");
    // 13.82 → 17.62 is +3.80 as shown, though the exact change is 3.79.
    assert_eq!(
        tech[2..],
        ["13.82", "20.00", "17.62", "20.00", "3.80", "improved"]
    );
    let line = line_with(&mut s, "ITU_GCI_TECH_SCORE");
    assert!(
        line.contains("13.82/20") && line.contains("17.62/20") && line.contains("▲3.8"),
        "{line}"
    );
    assert_eq!(rows.len(), 6, "five pillar series and the header");
    s.send("q");
    s.expect_exit(0);
}

#[test]
fn y_and_capital_y_copy_through_osc_52() {
    let (dir, file) = copy_of("indicators.csv", "review.csv");
    let mut s = Session::spawn(&[&file], 120, 40);
    s.wait_for("Overall index");
    s.press("4", "What to fix first");
    s.send("j");
    let since = s.raw_len();
    s.press("y", "Copied 1 row");
    s.wait_raw(since, b"\x1b]52;c;");
    let copied = clipboard(&s.raw(), since);
    assert_eq!(copied.len(), 1, "{copied:?}");
    // The header and the second row of what the file export writes.
    s.press("x", "Exported");
    s.wait_for("review-ZMB-2024-gaps.csv");
    let rows = records(&dir.path().join("review-ZMB-2024-gaps.csv"));
    let tsv =
        |rows: &[Vec<String>]| -> String { rows.iter().map(|r| r.join("\t") + "\n").collect() };
    assert_eq!(copied[0], tsv(&[rows[0].clone(), rows[2].clone()]));
    assert!(
        copied[0].starts_with("#\tID\tIndicator\t"),
        "{:?}",
        copied[0]
    );

    // Y on Indicators, filtered to one pillar: every row it lists.
    s.press("2", "Indicators 2024");
    s.send("p");
    s.wait_for("· Legal ");
    let since = s.raw_len();
    s.send("Y");
    s.wait_for("Copied");
    s.wait_raw(since, b"\x1b]52;c;");
    let copied = clipboard(&s.raw(), since);
    assert_eq!(copied.len(), 1);
    let lines: Vec<&str> = copied[0].lines().collect();
    assert_eq!(
        lines[0],
        "Pillar\tID\tIndicator\tScore\tMax\t%\tΔ pts\tGap\tGain"
    );
    // As many as the input has for Zambia's Legal pillar in 2024.
    let input = records(Path::new(&file));
    let col = |name: &str| input[0].iter().position(|h| h == name).unwrap();
    let (country, year, pillar) = (col("country"), col("year"), col("pillar"));
    let legal = input[1..]
        .iter()
        .filter(|r| r[country] == "ZMB" && r[year] == "2024" && r[pillar] == "Legal")
        .count();
    assert!(legal > 1);
    assert_eq!(lines.len() - 1, legal, "{lines:?}");
    assert!(
        lines[1..].iter().all(|l| l.starts_with("Legal\t")),
        "{lines:?}"
    );
    s.wait_for(&format!("Copied {legal} rows"));
    s.send("q");
    s.expect_exit(0);
}
