//! `cyberindex report`: choosing the year, the comparison year, the country and how many gaps; `--all`.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

use serde_json::Value;

#[test]
fn report_top_limits_the_gap_list() {
    let r = run(&[
        "report",
        &fixture("valid.csv"),
        "--format",
        "json",
        "--top",
        "2",
    ])
    .json();
    let ids: Vec<&str> = r["top_gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["indicator_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["T1", "L1"]);
}

#[test]
fn report_year_and_compare_flags() {
    let file = fixture("valid.csv");
    // --year 2022: default compare is the latest earlier year, 2020.
    let r = run(&["report", &file, "--format", "json", "--year", "2022"]).json();
    assert_eq!(r["year"], 2022);
    assert_eq!(r["compare_year"], 2020);
    approx(&r["overall"], 57.5);
    approx(&r["compare_overall"], 0.0); // 2020: Legal 0/4 → 0, scored
    approx(&r["delta"], 57.5);
    assert_eq!(r["tier"], 3);
    // Legal 2022 = 50, 2020 = 0; Technical had no 2020 row → no compare score.
    let legal = pillar(&r, "Legal");
    approx(&legal["score"], 50.0);
    approx(&legal["compare_score"], 0.0);
    approx(&legal["delta"], 50.0);
    assert!(pillar(&r, "Technical")["compare_score"].is_null());

    // --compare 2020 against the default year 2024.
    let r = run(&["report", &file, "--format", "json", "--compare", "2020"]).json();
    assert_eq!(r["year"], 2024);
    assert_eq!(r["compare_year"], 2020);
    approx(&r["compare_overall"], 0.0);
    approx(&r["delta"], 64.7917); // 64.7917 − 0

    // --year 2020: the earliest year has nothing to compare with.
    let r = run(&["report", &file, "--format", "json", "--year", "2020"]).json();
    assert_eq!(r["year"], 2020);
    assert!(r["compare_year"].is_null());
    assert!(r["compare_overall"].is_null());
    assert!(r["delta"].is_null());
    approx(&r["overall"], 0.0);
    assert_eq!(r["tier"], 5);
    assert_eq!(r["tier_label"], "Building");
    let names: Vec<&str> = r["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pillar"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Legal"], "only pillars with rows that year");

    // A comparison runs forward in time: a later (or the same) comparison
    // year is refused, not reported as a decline.
    for (year, compare) in [("2020", "2024"), ("2022", "2022")] {
        let out = run(&["report", &file, "--year", year, "--compare", compare]);
        assert_eq!(out.code, Some(2), "stderr: {}", out.stderr);
        assert!(
            out.stderr
                .contains(&format!("--compare {compare} is not before {year}")),
            "{}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn report_all_csv_has_one_row_per_country_year() {
    let out = run(&["report", &fixture("valid.csv"), "--all", "--format", "csv"]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(
        header,
        [
            "country",
            "year",
            "overall",
            "tier",
            "Legal",
            "Technical",
            "Organizational",
            "Capacity Development",
            "Cooperation"
        ]
    );
    assert_eq!(rows.len(), 3);
    // 2020: Legal 0 only; other pillars have no rows → empty cells.
    assert_eq!(rows[0][..2], ["AAA", "2020"]);
    approx_str(&rows[0][2], 0.0);
    assert_eq!(rows[0][3], "5");
    approx_str(&rows[0][4], 0.0);
    assert_eq!(rows[0][5..], ["", "", "", ""]);
    // 2022: 57.5, tier 3; 50, 50, 37.5, 50, 100.
    assert_eq!(rows[1][..2], ["AAA", "2022"]);
    approx_str(&rows[1][2], 57.5);
    assert_eq!(rows[1][3], "3");
    for (cell, want) in rows[1][4..].iter().zip([50.0, 50.0, 37.5, 50.0, 100.0]) {
        approx_str(cell, want);
    }
    // 2024: 64.7917, tier 3; 66.6667, 50, 62.5, (not scored), 80.
    assert_eq!(rows[2][..2], ["AAA", "2024"]);
    approx_str(&rows[2][2], 64.7917);
    assert_eq!(rows[2][3], "3");
    approx_str(&rows[2][4], 66.6667);
    approx_str(&rows[2][5], 50.0);
    approx_str(&rows[2][6], 62.5);
    assert_eq!(rows[2][7], "", "Capacity Development is not scored in 2024");
    approx_str(&rows[2][8], 80.0);
}

#[test]
fn multi_country_defaults_to_first_country_in_file() {
    let r = run(&["report", &fixture("multi.csv"), "--format", "json"]).json();
    // QQQ comes first in the file although BBB sorts first.
    assert_eq!(r["country"], "QQQ");
    assert_eq!(r["country_name"], "Qualand");
    // Its latest year is 2023 (2024 is BBB's only).
    assert_eq!(r["year"], 2023);
    // The latest earlier year *for QQQ* is 2021; 2022 has only BBB data.
    assert_eq!(r["compare_year"], 2021);
    approx(&r["overall"], 96.875); // (100 + 93.75)/2
    approx(&r["compare_overall"], 75.0); // (50 + 100)/2
    approx(&r["delta"], 21.875);
    assert_eq!(r["tier"], 1);
    assert_eq!(r["tier_label"], "Role-modelling");
    // Legal is at 4/4: nothing left to gain, so not among the weakest.
    assert_eq!(r["weakest_pillars"], serde_json::json!(["Technical"]));
    // QQQ has no Cooperation row in either year.
    assert!(
        r["pillars"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["pillar"] != "Cooperation")
    );
    // Technical 15/16 → 16/16: (100 + 100)/2 − 96.875 = 3.125.
    let gaps = r["top_gaps"].as_array().unwrap();
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0]["indicator_id"], "X2");
    approx(&gaps[0]["gain"], 3.125);
}

#[test]
fn country_by_code_or_name_ignoring_case() {
    let file = fixture("multi.csv");
    for query in ["BBB", "bbb", "Betaland", "BETALAND", "betaland"] {
        let r = run(&["report", &file, "--format", "json", "--country", query]).json();
        assert_eq!(r["country"], "BBB", "--country {query}");
        assert_eq!(r["year"], 2024);
        assert_eq!(r["compare_year"], 2022);
        // (100 + 50 + 100)/3 = 83.3333; 2022 (25 + 0 + 50)/3 = 25.
        approx(&r["overall"], 250.0 / 3.0);
        approx(&r["compare_overall"], 25.0);
        approx(&r["delta"], 250.0 / 3.0 - 25.0);
        assert_eq!(r["tier"], 3);
        assert_eq!(r["tier_label"], "Establishing");
        approx(&pillar(&r, "Cooperation")["score"], 100.0);
        approx(&pillar(&r, "Cooperation")["compare_score"], 50.0);
    }
    // Explicit year and compare year for the second country.
    let r = run(&[
        "report",
        &file,
        "--format",
        "json",
        "--country",
        "bbb",
        "--year",
        "2022",
    ])
    .json();
    assert_eq!(r["year"], 2022);
    assert!(r["compare_year"].is_null(), "BBB has nothing before 2022");
    approx(&r["overall"], 25.0);
    assert_eq!(r["tier"], 4);
    assert_eq!(r["tier_label"], "Evolving");

    let r = run(&[
        "report",
        &file,
        "--format",
        "json",
        "--country",
        "qualand",
        "--year",
        "2023",
        "--compare",
        "2021",
    ])
    .json();
    assert_eq!(r["country"], "QQQ");
    assert_eq!(r["year"], 2023);
    assert_eq!(r["compare_year"], 2021);
    approx(&r["delta"], 21.875); // 96.875 − 75
}

#[test]
fn report_all_csv_multi_country() {
    let out = run(&["report", &fixture("multi.csv"), "--all", "--format", "csv"]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let (header, rows) = parse_csv(&out.stdout);
    // Pillars in order of first appearance, not alphabetical.
    assert_eq!(
        header,
        [
            "country",
            "year",
            "overall",
            "tier",
            "Technical",
            "Legal",
            "Cooperation"
        ]
    );
    let keys: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    // One row per (country, year) that has data: no QQQ 2022/2024, no BBB 2021/2023.
    assert_eq!(
        keys,
        [
            ("QQQ", "2021"),
            ("QQQ", "2023"),
            ("BBB", "2022"),
            ("BBB", "2024")
        ]
    );
    let expect: [(f64, &str, [Option<f64>; 3]); 4] = [
        (75.0, "3", [Some(100.0), Some(50.0), None]),
        (96.875, "1", [Some(93.75), Some(100.0), None]),
        (25.0, "4", [Some(0.0), Some(25.0), Some(50.0)]),
        (250.0 / 3.0, "3", [Some(50.0), Some(100.0), Some(100.0)]),
    ];
    for (row, (overall, tier, pillars)) in rows.iter().zip(expect) {
        approx_str(&row[2], overall);
        assert_eq!(row[3], tier, "{row:?}");
        for (cell, want) in row[4..].iter().zip(pillars) {
            match want {
                Some(v) => approx_str(cell, v),
                None => assert_eq!(cell, "", "{row:?}"),
            }
        }
    }

    // The JSON form carries the same numbers, with null for a pillar without rows.
    let out = run(&["report", &fixture("multi.csv"), "--all", "--format", "json"]);
    let v: Value = out.json();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[1]["country"], "QQQ");
    assert_eq!(rows[1]["year"], 2023);
    approx(&rows[1]["overall"], 96.875);
    assert_eq!(rows[1]["tier"], 1);
    assert!(rows[1]["pillars"]["Cooperation"].is_null());
    approx(&rows[3]["pillars"]["Technical"], 50.0);
}
