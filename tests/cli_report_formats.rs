//! `cyberindex report` in each format (JSON, text, Markdown, CSV) against scores computed by hand.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

#[test]
fn report_json_matches_hand_computed_scores() {
    let file = fixture("valid.csv");
    let r = run(&["report", &file, "--format", "json"]).json();
    assert_eq!(r["country"], "AAA");
    assert_eq!(r["country_name"], "Alphaland");
    assert_eq!(r["year"], 2024);
    // Latest earlier year with data: 2022, not the earliest (2020).
    assert_eq!(r["compare_year"], 2022);
    // overall = (200/3 + 50 + 62.5 + 80) / 4 = 64.791666…
    approx(&r["overall"], (200.0 / 3.0 + 50.0 + 62.5 + 80.0) / 4.0);
    approx(&r["overall"], 64.7917);
    // 2022: (50 + 50 + 37.5 + 50 + 100) / 5 = 57.5
    approx(&r["compare_overall"], 57.5);
    // 64.7917 − 57.5 = 7.2917
    approx(&r["delta"], 7.2917);
    assert_eq!(r["tier"], 3);
    assert_eq!(r["tier_label"], "Establishing");

    let names: Vec<&str> = r["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pillar"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Legal",
            "Technical",
            "Organizational",
            "Capacity Development",
            "Cooperation"
        ]
    );

    // Legal 2024: 100 × (2×0.5 + 1×1.0)/3 = 66.6667; 2022: 100 × (2×0.25 + 1)/3 = 50.
    let legal = pillar(&r, "Legal");
    approx(&legal["score"], 66.6667);
    approx(&legal["compare_score"], 50.0);
    approx(&legal["delta"], 16.6667);
    assert_eq!(legal["indicators"], 3); // L1 L2 L3
    assert_eq!(legal["assessed"], 2); // L3 is empty: not assessed, not zero
    // All Legal at target: L1 → 1.0, L3 assessed at 5/5 → (2 + 1 + 1)/4 = 100;
    // overall rises by (100 − 66.6667)/4 = 8.3333.
    approx(&legal["gain"], 8.3333);

    // Technical: T2 has weight 0 → 100 × (1×0.5 + 0×0)/1 = 50 both years.
    let tech = pillar(&r, "Technical");
    approx(&tech["score"], 50.0);
    approx(&tech["compare_score"], 50.0);
    approx(&tech["delta"], 0.0);
    assert_eq!(tech["indicators"], 2);
    assert_eq!(tech["assessed"], 2);
    // T1 → 1.0 (T2's zero weight changes nothing): 100, (100 − 50)/4 = 12.5.
    approx(&tech["gain"], 12.5);

    // Organizational: targets 3 of 4. 2024 (0.75 + 0.5)/2 = 62.5; 2022 (0.25 + 0.5)/2 = 37.5.
    let org = pillar(&r, "Organizational");
    approx(&org["score"], 62.5);
    approx(&org["compare_score"], 37.5);
    approx(&org["delta"], 25.0);
    // At target (3/4) O2 gives (0.75 + 0.75)/2 = 75 → (75 − 62.5)/4 = 3.125.
    approx(&org["gain"], 3.125);

    // Capacity Development: only C1, not assessed in 2024 → not scored (null).
    let cap = pillar(&r, "Capacity Development");
    assert!(cap["score"].is_null(), "{cap}");
    approx(&cap["compare_score"], 50.0); // 2022: 1/2
    assert!(cap["delta"].is_null(), "{cap}");
    assert_eq!(cap["indicators"], 1);
    assert_eq!(cap["assessed"], 0);
    // C1 at target → Capacity 100 and five pillars scored:
    // (259.1667 + 100)/5 = 71.8333; 71.8333 − 64.7917 = 7.0417.
    approx(&cap["gain"], 7.0417);

    // Cooperation: 4/5 = 80, 2022 5/5 = 100 → −20.
    let coop = pillar(&r, "Cooperation");
    approx(&coop["score"], 80.0);
    approx(&coop["compare_score"], 100.0);
    approx(&coop["delta"], -20.0);
    approx(&coop["gain"], 5.0); // (100 − 80)/4

    // Scored pillars only, weakest first: 50, 62.5, 66.67 (80 is fourth);
    // the three the text and markdown reports list too.
    assert_eq!(
        r["weakest_pillars"],
        serde_json::json!(["Technical", "Organizational", "Legal"])
    );

    // What to fix first, by index gain (each computed against overall 64.7917):
    //   T1 1/2 → 2/2: Technical 100 → +12.5
    //   L1 2/4 → 4/4: Legal (2 + 1)/3 = 100 → +8.3333
    //   C1 —/2 → 2/2: +7.0417 (see Capacity above)
    //   K1 4/5 → 5/5: +5
    //   O2 2/4 → 3/4 (target 3): +3.125
    //   L3 —/5 → 5/5: Legal (1 + 1 + 1)/4 = 75 → +8.3333/4 = +2.0833
    // Absent: L2 and O1 are at target; T2 has weight 0, so gains nothing.
    let gaps = r["top_gaps"].as_array().unwrap();
    let ids: Vec<&str> = gaps
        .iter()
        .map(|g| g["indicator_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["T1", "L1", "C1", "K1", "O2", "L3"]);
    let gains: Vec<f64> = gaps.iter().map(|g| g["gain"].as_f64().unwrap()).collect();
    for (got, want) in gains.iter().zip([12.5, 8.3333, 7.0417, 5.0, 3.125, 2.0833]) {
        assert!((got - want).abs() < TOL, "gains {gains:?}");
    }
    assert!(gains.windows(2).all(|w| w[0] >= w[1]), "{gains:?}");

    let t1 = &gaps[0];
    assert_eq!(t1["indicator"], "National CIRT");
    assert_eq!(t1["pillar"], "Technical");
    approx(&t1["score"], 1.0);
    approx(&t1["target"], 2.0);
    approx(&t1["max_score"], 2.0);
    approx(&t1["gap"], 1.0);

    let c1 = &gaps[2];
    assert_eq!(c1["pillar"], "Capacity Development");
    assert!(c1["score"].is_null(), "not assessed: {c1}");
    assert!(c1["gap"].is_null(), "no gap without a score: {c1}");
    approx(&c1["target"], 2.0); // empty target defaults to max_score

    let o2 = &gaps[4];
    assert_eq!(o2["indicator"], "Lead agency");
    approx(&o2["score"], 2.0);
    approx(&o2["target"], 3.0); // non-default target
    approx(&o2["max_score"], 4.0);
    approx(&o2["gap"], 1.0); // max(0, 3 − 2)

    // 2022 → 2024: L1, O1 improved; K1 declined; L2, T1, T2, O2 unchanged;
    // L3 new; C1 not assessed in 2024.
    assert_eq!(
        r["changes"],
        serde_json::json!({"improved": 2, "declined": 1, "unchanged": 4,
                           "new": 1, "dropped": 0, "not_assessed": 1})
    );
}

#[test]
fn report_text_shows_key_values() {
    let out = run(&["report", &fixture("valid.csv")]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let t = &out.stdout;
    assert!(
        t.starts_with("Alphaland (AAA) — cybersecurity index 2024 (compared with 2022)\n"),
        "{t}"
    );
    // overall 64.7917 → 64.79; delta +7.2917 → ▲ +7.29; 2022 overall 57.50.
    assert!(
        t.contains("Overall  64.79 / 100   Tier 3 · Establishing   ▲ +7.29 since 2022 (57.50)"),
        "{t}"
    );
    // Pillar rows: Legal ▲ +16.67, Technical unchanged, Cooperation ▼ -20.00,
    // Capacity Development not scored (— this year, 50.00 in 2022).
    let line = |name: &str| -> &str {
        t.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no line for {name} in:\n{t}"))
    };
    let legal: Vec<&str> = line("Legal ").split_whitespace().collect();
    assert_eq!(legal[1..5], ["66.67", "50.00", "▲", "+16.67"]);
    assert_eq!(legal[5], "2/3");
    let coop: Vec<&str> = line("Cooperation").split_whitespace().collect();
    assert_eq!(coop[1..5], ["80.00", "100.00", "▼", "-20.00"]);
    let tech: Vec<&str> = line("Technical ").split_whitespace().collect();
    assert_eq!(tech[1..5], ["50.00", "50.00", "=", "0.00"]);
    let cap: Vec<&str> = line("Capacity Development").split_whitespace().collect();
    assert_eq!(cap[2..6], ["—", "50.00", "—", "0/1"]);
    // Weakest first: Technical 50, Organizational 62.5, Legal 66.67.
    assert!(
        t.contains("\nWeakest pillars: Technical 50.00, Organizational 62.50, Legal 66.67\n"),
        "{t}"
    );
    // Gaps in order of gain; the not-assessed C1 shows — / 2.
    let t1 = pos(t, "T1 National CIRT");
    let l1 = pos(t, "L1 Cybercrime law");
    let c1 = pos(t, "C1 Awareness campaigns");
    let l3 = pos(t, "L3 Critical infrastructure duties");
    assert!(t1 < l1 && l1 < c1 && c1 < l3, "{t}");
    assert!(line("   1  T1 National CIRT").ends_with("+12.50"), "{t}");
    assert!(line("   3  C1").contains("— / 2"), "{t}");
    assert!(!t.contains("T2 Sector CIRTs"), "zero weight gains nothing");
    assert!(
        t.contains("Indicators since 2022: 2 improved, 1 declined, 4 unchanged, 1 new, 0 dropped, 1 not assessed"),
        "{t}"
    );
    assert!(!t.contains("warning"), "warnings belong on stderr");
    assert_eq!(out.stderr.lines().count(), 1, "one warning: {}", out.stderr);
}

#[test]
fn report_markdown_shows_key_values_and_pillar_table() {
    let out = run(&["report", &fixture("valid.csv"), "--format", "md"]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let m = &out.stdout;
    assert!(
        m.starts_with("# Alphaland (AAA): cybersecurity index 2024\n"),
        "{m}"
    );
    assert!(
        m.contains("**Overall index: 64.79 / 100, Tier 3 (Establishing)**, ▲ +7.29 points since 2022 (57.50)."),
        "{m}"
    );
    assert!(
        m.contains(
            "| Pillar | 2024 | 2022 | Change | Assessed | Potential gain |\n|---|---:|---:|---:|---:|---:|\n"
        ),
        "{m}"
    );
    assert!(
        m.contains("| Legal | 66.67 | 50.00 | ▲ +16.67 | 2/3 | 8.33 |"),
        "{m}"
    );
    assert!(
        m.contains("| Cooperation | 80.00 | 100.00 | ▼ -20.00 | 1/1 | 5.00 |"),
        "{m}"
    );
    assert!(
        m.contains("| Capacity Development | — | 50.00 | — | 0/1 | 7.04 |"),
        "{m}"
    );
    assert!(
        m.contains("## Weakest pillars\n\n1. **Technical**: 50.00\n2. **Organizational**: 62.50\n3. **Legal**: 66.67\n"),
        "{m}"
    );
    assert!(
        m.contains("| 1 | National CIRT (T1) | Technical | 1 / 2 | 2 | +12.50 |"),
        "{m}"
    );
    // Non-default target: O2 2 of 4, target 3, gain 3.125.
    assert!(
        m.contains("| Lead agency (O2) | Organizational | 2 / 4 | 3 |"),
        "{m}"
    );
    assert!(
        m.contains("| Awareness campaigns (C1) | Capacity Development | — / 2 | 2 |"),
        "{m}"
    );

    // Without a comparison year the table has no compare columns.
    let out = run(&[
        "report",
        &fixture("valid.csv"),
        "--format",
        "md",
        "--year",
        "2020",
    ]);
    assert!(
        out.stdout
            .contains("| Pillar | 2020 | Assessed | Potential gain |\n|---|---:|---:|---:|\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("**Overall index: 0.00 / 100, Tier 5 (Building)**."),
        "{}",
        out.stdout
    );
}

#[test]
fn report_csv_lists_indicator_rows() {
    let out = run(&["report", &fixture("valid.csv"), "--format", "csv"]);
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(
        header,
        [
            "country",
            "year",
            "pillar",
            "indicator_id",
            "indicator",
            "score",
            "max_score",
            "attainment",
            "compare_year",
            "compare_score",
            "delta",
            "change",
            "weight",
            "target",
            "gap",
            "gain",
            "evidence"
        ]
    );
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    // 2024 rows, by pillar then indicator.
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r[col("indicator_id")].as_str())
        .collect();
    assert_eq!(ids, ["L1", "L2", "L3", "T1", "T2", "O1", "O2", "C1", "K1"]);
    assert!(rows.iter().all(|r| r[col("country")] == "AAA"
        && r[col("year")] == "2024"
        && r[col("compare_year")] == "2022"));
    let row = |id: &str| rows.iter().find(|r| r[col("indicator_id")] == id).unwrap();

    // L1: 2/4 → attainment 50 %, 2022 score 1 → delta +1, improved, weight 2.
    let l1 = row("L1");
    approx_str(&l1[col("score")], 2.0);
    approx_str(&l1[col("attainment")], 50.0);
    approx_str(&l1[col("compare_score")], 1.0);
    approx_str(&l1[col("delta")], 1.0);
    assert_eq!(l1[col("change")], "improved");
    approx_str(&l1[col("weight")], 2.0);
    approx_str(&l1[col("gap")], 2.0);
    approx_str(&l1[col("gain")], 8.3333);
    assert_eq!(l1[col("evidence")], "Act passed");

    // L2: empty weight → 1.
    approx_str(&row("L2")[col("weight")], 1.0);

    // L3: not assessed and new in 2024: empty score, attainment and gap.
    let l3 = row("L3");
    for c in ["score", "attainment", "compare_score", "delta", "gap"] {
        assert_eq!(l3[col(c)], "", "L3 {c}");
    }
    assert_eq!(l3[col("change")], "new");
    approx_str(&l3[col("target")], 5.0);
    approx_str(&l3[col("gain")], 2.0833);

    // T2: zero weight, 0/4, target 4: a gap of 4 but no gain.
    let t2 = row("T2");
    approx_str(&t2[col("weight")], 0.0);
    approx_str(&t2[col("gap")], 4.0);
    approx_str(&t2[col("gain")], 0.0);
    assert_eq!(t2[col("change")], "unchanged");

    // O1: 3/4 with target 3 → gap 0, gain 0; 2022 1/4 → improved by 2.
    let o1 = row("O1");
    approx_str(&o1[col("target")], 3.0);
    approx_str(&o1[col("gap")], 0.0);
    approx_str(&o1[col("gain")], 0.0);
    approx_str(&o1[col("delta")], 2.0);

    assert_eq!(row("C1")[col("change")], "not assessed");
    let k1 = row("K1");
    assert_eq!(k1[col("change")], "declined");
    approx_str(&k1[col("delta")], -1.0); // 4 − 5
    assert_eq!(k1[col("evidence")], "signed with two neighbours");
}

/// A finite maximum near the top of f64's range is written as itself in
/// JSON and CSV: rounding to four decimals must not overflow it to `null`
/// or `inf`.
#[test]
fn huge_maximums_stay_numbers_in_json_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.csv");
    std::fs::write(
        &path,
        "country,year,pillar,indicator_id,score,max_score\nAAA,2024,Legal,L1,0,1e307\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let json = run(&["report", path, "--format", "json"]).json();
    let row = &json["top_gaps"][0];
    assert_eq!(row["max_score"].as_f64(), Some(1e307), "{json:#}");
    assert_eq!(row["target"].as_f64(), Some(1e307), "{json:#}");
    let csv = run(&["report", path, "--format", "csv"]);
    assert_eq!(csv.code, Some(0), "{}", csv.stderr);
    let (header, rows) = parse_csv(&csv.stdout);
    let col = header.iter().position(|h| h == "max_score").unwrap();
    assert_eq!(
        rows[0][col].parse::<f64>().ok(),
        Some(1e307),
        "{}",
        csv.stdout
    );
    assert!(!csv.stdout.contains("inf"), "{}", csv.stdout);
}

/// `--top 0` lists no indicator to fix first, but must not claim that none
/// has a gap: the bundled sample has 8 below target.
#[test]
fn top_zero_says_how_many_are_left_out_not_that_all_are_met() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let sample = sample.to_str().unwrap();
    let json = run(&["report", sample, "--top", "1000", "--format", "json"]).json();
    let below = json["top_gaps"].as_array().unwrap().len();
    assert!(below > 0);
    for format in ["text", "md"] {
        let out = run(&["report", sample, "--top", "0", "--format", format]).ok();
        assert!(
            !out.stdout
                .contains("Every indicator is at or above its target"),
            "{format}: {}",
            out.stdout
        );
        let said = format!("{below} indicators would raise the index; none listed (--top 0).");
        assert!(out.stdout.contains(&said), "{format}: {}", out.stdout);
    }
}
