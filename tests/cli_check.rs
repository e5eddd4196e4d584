//! `cyberindex check`: the summary on stdout, every error with its file and line, and the cap on how many are listed.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

#[test]
fn check_valid_prints_summary_on_stdout_and_warns_once_on_stderr() {
    let file = fixture("valid.csv");
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    // rows: 1 (2020) + 8 (2022) + 9 (2024) = 18; not assessed: L3 and C1 in 2024.
    // indicators: L1 L2 L3 T1 T2 O1 O2 C1 K1 = 9.
    assert_eq!(
        out.stdout,
        format!(
            "{file}: OK\n  rows        18 (2 not assessed)\n  countries   1 (Alphaland)\n  years       3 (2020–2024)\n  pillars     5\n  indicators  9\n"
        )
    );
    // Unknown columns "notes" and "Source Ref": one warning, on stderr only.
    assert_eq!(
        out.stderr,
        format!("{file}: warning: ignored 2 unknown columns: \"notes\", \"Source Ref\"\n")
    );
    assert!(!out.stdout.contains("warning"));
}

#[test]
fn check_multi_country_summary() {
    let file = fixture("multi.csv");
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    // 10 rows, none empty; countries in order of first appearance;
    // years 2021..2024 all appear (QQQ 2021/2023, BBB 2022/2024).
    assert_eq!(
        out.stdout,
        format!(
            "{file}: OK\n  rows        10 (0 not assessed)\n  countries   2 (Qualand, Betaland)\n  years       4 (2021–2024)\n  pillars     3\n  indicators  3\n"
        )
    );
    assert_eq!(out.stderr, "", "no unknown columns, so no warning");
}

#[test]
fn check_invalid_lists_every_error_with_its_line() {
    let file = fixture("invalid.csv");
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(1));
    assert_eq!(out.stdout, "", "errors go to stderr only");
    let expected = [
        "3: score: \"abc\" is not a number",
        "4: year: \"20x4\" is not a year like 2024",
        "5: max_score: must be greater than 0, found 0",
        "6: score: 5 is above max_score 4",
        "7: weight: must not be negative, found -1",
        "8: target: 9 is outside 0..=4 (0 to max_score)",
        // A short row has no single column to blame.
        "9: row has 3 fields but the header has 9",
        "10: indicator_id: duplicate row for (AAA, 2024, L1): already given at line 2",
        "11: pillar: indicator \"L1\" is in pillar \"Legal\" at line 2, but in \"Technical\" here",
        "12: score: \"80%\" is not a number: write the score without a % sign",
        "13: pillar: is empty",
    ]
    .map(|e| format!("{file}:{e}"));
    assert_eq!(out.stderr_lines(), expected);
}

#[test]
fn check_max_errors_caps_and_counts_the_rest() {
    let file = fixture("invalid.csv");
    let out = run(&["check", &file, "--max-errors", "2"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(out.stdout, "");
    // 11 errors in total, 2 shown → 9 more.
    assert_eq!(
        out.stderr_lines(),
        [
            format!("{file}:3: score: \"abc\" is not a number"),
            format!("{file}:4: year: \"20x4\" is not a year like 2024"),
            "… and 9 more errors (11 in total)".to_string(),
        ]
    );
}

#[test]
fn check_crlf_with_multiline_fields_and_blank_lines_reports_true_lines() {
    let file = fixture("crlf_multiline.csv");
    let bytes = std::fs::read(&file).unwrap();
    // The fixture must really be CRLF (guards against line-ending conversion).
    assert!(bytes.windows(4).any(|w| w == b"\r\n\r\n"));
    assert!(
        !bytes
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b'\n' && (i == 0 || bytes[i - 1] != b'\r'))
    );
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(1));
    assert_eq!(out.stdout, "");
    // Line 1 header; line 2–4 one record whose quoted evidence spans 3 lines;
    // lines 5–6 blank; line 7 bad score; lines 8–9 a record (score 3 > max 2)
    // with a 2-line field; line 10 valid; line 11 duplicates line 2's L1.
    assert_eq!(
        out.stderr_lines(),
        [
            format!("{file}:7: score: \"x\" is not a number"),
            format!("{file}:8: score: 3 is above max_score 2"),
            format!(
                "{file}:11: indicator_id: duplicate row for (AAA, 2024, L1): already given at line 2"
            ),
        ]
    );
}

#[test]
fn bundled_sample_checks_and_reports() {
    let file = bundled();
    let out = run(&["check", &file]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    assert!(
        out.stdout.starts_with(&format!("{file}: OK\n")),
        "{}",
        out.stdout
    );

    let r = run(&["report", &file, "--format", "json"]).json();
    let overall = r["overall"].as_f64().unwrap();
    assert!((91.0..=93.5).contains(&overall), "overall {overall}");
    assert_eq!(r["tier"], 2);
    assert_eq!(r["tier_label"], "Advancing");
    assert_eq!(r["compare_year"], 2023);
    assert_eq!(r["weakest_pillars"][0], "Capacity Development");
    // The overall is the mean of the scored pillars the report lists.
    let scores: Vec<f64> = r["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["score"].as_f64())
        .collect();
    approx(
        &r["overall"],
        scores.iter().sum::<f64>() / scores.len() as f64,
    );
}
