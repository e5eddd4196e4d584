//! `report --format xlsx`: the workbook read back with calamine holds the
//! figures of `--format json` (and of the CSV report), as numbers, on the
//! sample, on the real GCI data for Zambia, with a plan and a scenario;
//! and it has the sheets, the table, the charts and the frozen headers it
//! promises.

mod common;
mod xlsx;

use common::*;
use serde_json::Value;
use xlsx::{Book, Sheet, gci, number, same, same_index};

const DAY: &str = "1790000000";

/// The report as JSON and as a workbook, for the same arguments.
fn both(args: &[&str]) -> (Value, Book) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.xlsx");
    let mut json_args: Vec<&str> = args.to_vec();
    json_args.extend(["--format", "json"]);
    let json = cyberindex(&json_args)
        .env("SOURCE_DATE_EPOCH", DAY)
        .out()
        .json();
    let mut book_args: Vec<&str> = args.to_vec();
    book_args.extend(["--format", "xlsx", "-o", out.to_str().unwrap()]);
    let run = cyberindex(&book_args)
        .env("SOURCE_DATE_EPOCH", DAY)
        .out()
        .ok();
    assert!(
        run.stderr.contains("wrote ") && run.stderr.contains("report.xlsx: a workbook of Summary"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "the workbook went to the file only");
    (json, Book::open(&out))
}

/// The summary's figures: headline, pillars, what to fix first.
fn assert_summary(json: &Value, book: &mut Book) {
    let s = book.sheet("Summary");
    same_index(
        Some(number(s.fact("Overall index"))),
        &json["overall"],
        "overall",
    );
    assert_eq!(number(s.fact("Tier")), json["tier"].as_f64().unwrap());
    assert_eq!(
        s.fact("Tier: name").to_string(),
        json["tier_label"].as_str().unwrap()
    );
    assert_eq!(number(s.fact("Year")), json["year"].as_f64().unwrap());
    if let Some(y0) = json["compare_year"].as_i64() {
        assert_eq!(number(s.fact("Compared with")), y0 as f64);
        same_index(
            Some(number(s.fact(&format!("Overall index {y0}")))),
            &json["compare_overall"],
            "compare_overall",
        );
        // The change is the difference of the two figures as shown, as in
        // the text report; JSON has the exact one, at most a hundredth
        // away (half a hundredth of rounding in each figure).
        let change = number(s.fact(&format!("Change since {y0}")));
        let shown = |v: f64| (v * 100.0).round() / 100.0;
        let (now, then) = (
            shown(number(s.fact("Overall index"))),
            shown(number(s.fact(&format!("Overall index {y0}")))),
        );
        assert!(
            (change - (now - then)).abs() < 1e-9,
            "{change} vs {now} − {then}"
        );
        let exact = json["delta"].as_f64().unwrap();
        assert!((change - exact).abs() <= 0.01 + 1e-9, "{change} vs {exact}");
    }
    assert_eq!(
        s.fact("Made on").to_string(),
        json["generated"].as_str().unwrap()
    );

    let p = book.sheet("Pillars");
    let pillars = json["pillars"].as_array().unwrap();
    assert_eq!(p.rows.len(), pillars.len());
    let year = json["year"].as_i64().unwrap();
    for (r, jp) in pillars.iter().enumerate() {
        let name = jp["pillar"].as_str().unwrap();
        assert_eq!(p.text(r, "Pillar"), name, "pillars in the report's order");
        same(p.opt(r, &format!("Score {year}")), &jp["score"], name);
        same(Some(p.num(r, "Index gain at target")), &jp["gain"], name);
        assert_eq!(p.num(r, "Assessed"), jp["assessed"].as_f64().unwrap());
        if let Some(y0) = json["compare_year"].as_i64() {
            same(p.opt(r, &format!("Score {y0}")), &jp["compare_score"], name);
        }
    }

    let f = book.sheet("What to fix first");
    let gaps = json["top_gaps"].as_array().unwrap();
    assert!(!gaps.is_empty(), "the fixture has something to fix");
    assert_eq!(f.rows.len(), gaps.len());
    for (r, g) in gaps.iter().enumerate() {
        assert_eq!(f.num(r, "#"), (r + 1) as f64);
        assert_eq!(
            f.text(r, "Indicator ID"),
            g["indicator_id"].as_str().unwrap()
        );
        same(Some(f.num(r, "Index gain")), &g["gain"], "gain");
        same(f.opt(r, "Score"), &g["score"], "score");
        same(Some(f.num(r, "Target")), &g["target"], "target");
        same(f.opt(r, "Gap"), &g["gap"], "gap");
    }
}

/// Every indicator of the CSV report, with its numbers, in its order.
fn assert_indicators(args: &[&str], book: &mut Book) {
    let mut csv_args = args.to_vec();
    csv_args.extend(["--format", "csv"]);
    let (header, rows) = parse_csv(&run(&csv_args).ok().stdout);
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    let sheet = book.sheet("Indicators");
    assert_eq!(sheet.rows.len(), rows.len());
    for (r, row) in rows.iter().enumerate() {
        assert_eq!(sheet.text(r, "Indicator ID"), row[at("indicator_id")]);
        for (heading, column) in [
            ("Score", "score"),
            ("Max score", "max_score"),
            ("Attainment %", "attainment"),
            ("Weight", "weight"),
            ("Target", "target"),
            ("Gap", "gap"),
            ("Index gain at target", "gain"),
        ] {
            let csv: Value = match row[at(column)].as_str() {
                "" => Value::Null,
                n => serde_json::from_str(n).unwrap(),
            };
            same(sheet.opt(r, heading), &csv, &format!("{heading} row {r}"));
        }
    }
}

#[test]
fn the_sample_workbook_holds_the_json_figures() {
    let file = bundled();
    let (json, mut book) = both(&["report", &file]);
    assert_summary(&json, &mut book);
    assert_indicators(&["report", &file], &mut book);
}

#[test]
fn the_gci_workbook_for_zambia_holds_the_json_figures() {
    let file = gci();
    let args = ["report", &file, "--country", "ZMB"];
    let (json, mut book) = both(&args);
    assert_eq!(json["country"], "ZMB");
    assert_summary(&json, &mut book);
    assert_indicators(&args, &mut book);
    let s = book.sheet("Summary");
    assert_eq!(
        number(s.fact("Rank by overall index")),
        json["rank"].as_f64().unwrap()
    );
}

/// The plan's steps are `--plan --format json`'s, and the trends' year is
/// the summary's.
#[test]
fn the_plan_sheet_holds_the_plan_of_json() {
    for (file, country) in [(gci(), "ZMB"), (bundled(), "ZMB")] {
        let args = ["report", &file, "--country", country, "--plan"];
        let (plan, mut book) = both(&args);
        assert_eq!(
            book.names(),
            [
                "Summary",
                "Pillars",
                "Indicators",
                "What to fix first",
                "Plan",
                "Trends"
            ]
        );
        let steps = plan["steps"].as_array().unwrap();
        assert!(!steps.is_empty(), "{file}: a plan with steps");
        let sheet = book.sheet("Plan");
        assert_eq!(sheet.rows.len(), steps.len());
        for (r, step) in steps.iter().enumerate() {
            assert_eq!(sheet.num(r, "Step"), step["step"].as_f64().unwrap());
            assert_eq!(
                sheet.text(r, "Indicator ID"),
                step["indicator_id"].as_str().unwrap()
            );
            assert_eq!(sheet.text(r, "Pillar"), step["pillar"].as_str().unwrap());
            same(sheet.opt(r, "From"), &step["from"], "from");
            same(Some(sheet.num(r, "To")), &step["to"], "to");
            same(Some(sheet.num(r, "Points")), &step["points"], "points");
            // The gain is the difference of the indices as shown (the
            // start's before the first step), as in the brief; JSON's is
            // at most a hundredth away.
            let shown = |v: f64| (cyberindex::format::index_value(v) * 100.0).round() / 100.0;
            let before = match r {
                0 => &plan["start"]["overall"],
                _ => &steps[r - 1]["overall"],
            };
            let gain = sheet.num(r, "Index gain");
            let (after, before) = (
                shown(sheet.num(r, "Overall index after")),
                shown(before.as_f64().unwrap()),
            );
            assert!(
                (gain - (after - before)).abs() < 1e-9,
                "{gain} vs {after} − {before}"
            );
            let exact = step["gain"].as_f64().unwrap();
            assert!((gain - exact).abs() <= 0.01 + 1e-9, "{gain} vs {exact}");
            same_index(
                Some(sheet.num(r, "Overall index after")),
                &step["overall"],
                "overall",
            );
            assert_eq!(sheet.num(r, "Tier after"), step["tier"].as_f64().unwrap());
        }
        let s = book.sheet("Summary");
        same(
            Some(number(s.fact("Plan points"))),
            &plan["points"],
            "points",
        );
        same_index(
            Some(number(s.fact("Overall index after the plan"))),
            &plan["end"]["overall"],
            "end",
        );
        // The summary beside the plan is the plain report's.
        let summary = cyberindex(&["report", &file, "--country", country, "--format", "json"])
            .env("SOURCE_DATE_EPOCH", DAY)
            .out()
            .json();
        assert_summary(&summary, &mut book);
        assert_trends(&summary, &mut book);
    }
}

/// The Trends row of the report's year holds the summary's figures, and
/// there is a row for every year the country has data.
fn assert_trends(summary: &Value, book: &mut Book) {
    let t: Sheet = book.sheet("Trends");
    let year = summary["year"].as_f64().unwrap();
    let r = (0..t.rows.len())
        .find(|&r| t.num(r, "Year") == year)
        .expect("the report's year");
    same_index(
        t.opt(r, "Overall index"),
        &summary["overall"],
        "trend overall",
    );
    for p in summary["pillars"].as_array().unwrap() {
        let name = p["pillar"].as_str().unwrap();
        same(t.opt(r, name), &p["score"], name);
    }
    let years: Vec<f64> = (0..t.rows.len()).map(|r| t.num(r, "Year")).collect();
    assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
}

#[test]
fn the_workbook_has_its_table_charts_and_frozen_headers() {
    let file = bundled();
    let (_, mut book) = both(&["report", &file]);
    assert_eq!(
        book.names(),
        [
            "Summary",
            "Pillars",
            "Indicators",
            "What to fix first",
            "Trends"
        ]
    );
    assert_eq!(book.tables_in("Indicators"), ["Indicators"]);
    assert!(book.part("xl/tables/table1.xml").is_some());
    assert_eq!(
        book.parts("xl/charts/"),
        ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]
    );
    // The pillars' clustered columns of the year against the comparison
    // year, then the trends' lines.
    let bars = book.part("xl/charts/chart1.xml").unwrap();
    assert!(bars.contains("<c:barChart>") && bars.contains(r#"<c:grouping val="clustered"/>"#));
    assert!(
        bars.contains("Pillars!$B$2:$B$") && bars.contains("Pillars!$C$2:$C$"),
        "{bars}"
    );
    let lines = book.part("xl/charts/chart2.xml").unwrap();
    assert!(lines.contains("<c:lineChart>") && lines.contains("Trends!$B$2:$B$"));
    for n in 1..=5 {
        let xml = book.part(&format!("xl/worksheets/sheet{n}.xml")).unwrap();
        assert!(
            xml.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "sheet {n} has no frozen header"
        );
        assert!(!xml.contains("<f>"), "sheet {n} has a formula");
        // Printed as handed on: landscape, one page wide.
        assert!(
            xml.contains(r#"<pageSetUpPr fitToPage="1"/>"#)
                && xml.contains(r#"<pageSetup fitToHeight="0" orientation="landscape""#),
            "sheet {n} is not set up to print"
        );
    }
}

#[test]
fn a_scenario_adds_its_sheets_with_the_projected_figures() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.csv");
    let file = fixture("valid.csv");
    let s = saved.to_str().unwrap();
    run(&["report", &file, "--plan", "--save-plan", s]).ok();
    let (json, mut book) = both(&["report", &file, "--scenario", s]);
    assert_eq!(
        book.names(),
        [
            "Summary",
            "Pillars",
            "Indicators",
            "What to fix first",
            "Scenario",
            "Scenario changes",
            "Trends"
        ]
    );
    let sc = &json["scenario"];
    let sheet = book.sheet("Scenario");
    let overall = sheet.row_of("Pillar", "Overall index");
    same_index(
        sheet.opt(overall, "Projected"),
        &sc["projected_overall"],
        "projected",
    );
    same_index(
        sheet.opt(overall, "Actual"),
        &sc["actual_overall"],
        "actual",
    );
    for p in sc["pillars"].as_array().unwrap() {
        let r = sheet.row_of("Pillar", p["pillar"].as_str().unwrap());
        same(
            sheet.opt(r, "Projected"),
            &p["projected"],
            "pillar projected",
        );
    }
    let changes = book.sheet("Scenario changes");
    let want = sc["changes"].as_array().unwrap();
    assert_eq!(changes.rows.len(), want.len());
    for (r, c) in want.iter().enumerate() {
        assert_eq!(
            changes.text(r, "Indicator ID"),
            c["indicator_id"].as_str().unwrap()
        );
        same(Some(changes.num(r, "Projected score")), &c["to"], "to");
        same(changes.opt(r, "Actual score"), &c["from"], "from");
    }
    let summary = book.sheet("Summary");
    same_index(
        Some(number(summary.fact("Projected overall index"))),
        &sc["projected_overall"],
        "projected",
    );
    // The indicators' projected scores, beside the actual ones.
    let ind = book.sheet("Indicators");
    let t1 = ind.row_of("Indicator ID", "T1");
    assert_eq!(ind.opt(t1, "Scenario score (projected)"), Some(2.0));
}

/// The workbook is dated the day the report was made, not the second it
/// was written, so `SOURCE_DATE_EPOCH` makes it again byte for byte.
#[test]
fn the_same_report_makes_the_same_bytes() {
    let file = bundled();
    let a = both(&["report", &file]).1;
    let core = a.part("docProps/core.xml").unwrap();
    // 1790000000 seconds since 1970 is 2026-09-21 (UTC).
    assert!(
        core.contains(">2026-09-21T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    let b = both(&["report", &file]).1;
    assert!(a.bytes == b.bytes, "two runs on the same day differ");
}
