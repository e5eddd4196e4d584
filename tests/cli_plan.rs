//! `cyberindex report --plan`: the action plan against steps computed by hand, in every format.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

use serde_json::Value;

// ---------------------------------------------------------------------------
// The action plan (`report --plan`) and scenarios (`--scenario`).
//
// valid.csv 2024, by hand (see the scores above): overall 64.7917, Tier 3;
// goal Tier 2 at 85, so +20.2083 is needed. Index gain per point of score:
//   T1 1/2 → 2/2: +12.5 for 1 point (Technical 50 → 100, ÷ 4 pillars)
//   K1 4/5 → 5/5: +5 for 1 point
//   L1 2/4 → 4/4: +8.3333 for 2 points, 4.1667 per point (Legal Σw = 3)
//   O2 2/4 → 3/4 (target 3): +3.125 for 1 point
//   C1 not assessed → 2/2: a whole step of 2 points; its gain depends on
//      the rest (a fifth pillar becomes scored), so it is recomputed
//   L3 not assessed → 5/5: 0.4167 per point now, 0 once L1 is at 4
// Greedy: T1 → 77.2917, K1 → 82.2917, then L1 needs 2.7083 / 4.1667 = 0.65
// points: 2 → 2.65 gives exactly 85.
// ---------------------------------------------------------------------------

fn step_ids(plan: &Value) -> Vec<&str> {
    plan["steps"]
        .as_array()
        .expect("steps is an array")
        .iter()
        .map(|s| s["indicator_id"].as_str().unwrap())
        .collect()
}

#[test]
fn plan_json_matches_hand_computed_steps() {
    let p = run(&[
        "report",
        &fixture("valid.csv"),
        "--plan",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(p["country"], "AAA");
    assert_eq!(p["year"], 2024);
    approx(&p["start"]["overall"], 64.7917);
    assert_eq!(p["start"]["tier"], 3);
    assert_eq!(
        p["goal"],
        serde_json::json!({"kind": "next_tier", "score": 95.0 - 10.0, "tier": 2,
                           "tier_label": "Advancing"})
    );
    approx(&p["needed"], 20.2083);
    assert_eq!(p["reached"], true);
    assert_eq!(step_ids(&p), ["T1", "K1", "L1"]);
    let steps = p["steps"].as_array().unwrap();
    for (s, (from, to, points, overall, tier, partial)) in steps.iter().zip([
        (1.0, 2.0, 1.0, 77.2917, 3, false),
        (4.0, 5.0, 1.0, 82.2917, 3, false),
        (2.0, 2.65, 0.65, 85.0, 2, true),
    ]) {
        approx(&s["from"], from);
        approx(&s["to"], to);
        approx(&s["points"], points);
        approx(&s["overall"], overall);
        assert_eq!(s["tier"], tier, "{s}");
        assert_eq!(s["partial"], partial, "{s}");
    }
    assert!(steps[2]["overall"].as_f64().unwrap() >= 85.0);
    approx(&steps[0]["gain"], 12.5);
    approx(&steps[2]["target"], 4.0);
    approx(&p["points"], 2.65);
    approx(&p["end"]["overall"], 85.0);
    assert_eq!(p["end"]["tier"], 2);
    // Every step made: 95 (see the unreachable case below).
    approx(&p["best_reachable"]["overall"], 95.0);
    assert_eq!(
        p["weakest_pillars"][0],
        serde_json::json!({"pillar": "Technical", "score": 50.0})
    );
}

#[test]
fn plan_to_an_unreachable_target_states_the_best_reachable_score() {
    // After T1, K1 and L1 in full (90.625): O2 (3.125 per point) → 93.75;
    // then C1 assessed at 2/2 makes Capacity 100 and a fifth pillar:
    // (375 + 100) / 5 = 95 (+1.25, 2 points). L3 would keep Legal at 100:
    // no gain, no step. Best reachable 95, short of 96.
    let file = fixture("valid.csv");
    let args = ["report", file.as_str(), "--plan", "--target-score", "96"];
    let p = run(&[&args[..], &["--format", "json"]].concat()).json();
    assert_eq!(p["goal"]["kind"], "target");
    approx(&p["goal"]["score"], 96.0);
    assert_eq!(p["reached"], false);
    assert_eq!(step_ids(&p), ["T1", "K1", "L1", "O2", "C1"]);
    let c1 = &p["steps"][4];
    assert!(c1["from"].is_null(), "not assessed: {c1}");
    approx(&c1["to"], 2.0);
    approx(&c1["points"], 2.0);
    approx(&c1["gain"], 1.25);
    approx(&p["points"], 7.0);
    approx(&p["best_reachable"]["overall"], 95.0);
    assert_eq!(p["best_reachable"]["tier"], 1);

    let text = run(&args).stdout;
    assert!(
        text.contains("The goal cannot be reached within the indicators' targets: the best reachable index is 95.00 / 100, Tier 1 (Role-modelling), 1.00 short of 96.00."),
        "{text}"
    );
    let md = run(&[&args[..], &["--format", "md"]].concat()).stdout;
    assert!(
        md.contains("## Expected result\n\n**The goal cannot be reached** within"),
        "{md}"
    );
    let out = run(&[&args[..], &["--format", "csv"]].concat());
    assert_eq!(out.code, Some(0));
    assert_eq!(parse_csv(&out.stdout).1.len(), 5);
    assert!(
        out.stderr.contains(
            "note: the goal 96.00 cannot be reached within the indicators' targets; best reachable 95.00"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn plan_already_met_or_in_the_top_tier_is_empty() {
    let file = fixture("valid.csv");
    let p = run(&[
        "report",
        &file,
        "--plan",
        "--target-score",
        "60",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(p["reached"], true);
    assert_eq!(p["steps"], serde_json::json!([]));
    approx(&p["needed"], 0.0);
    let text = run(&["report", &file, "--plan", "--target-score", "60"]).stdout;
    assert!(
        text.contains("The goal is already met: 64.79 is at or above 60.00. Nothing to do."),
        "{text}"
    );

    // multi.csv: QQQ 2023 is 96.875, Tier 1.
    let multi = fixture("multi.csv");
    let p = run(&["report", &multi, "--plan", "--format", "json"]).json();
    assert_eq!(p["goal"]["kind"], "top_tier");
    assert!(p["goal"]["score"].is_null());
    assert_eq!(p["reached"], true);
    assert_eq!(p["steps"], serde_json::json!([]));
    let md = run(&["report", &multi, "--plan", "--format", "md"]).stdout;
    assert!(
        md.contains("Already in the top tier, Tier 1 (Role-modelling)"),
        "{md}"
    );
    let out = run(&["report", &multi, "--plan", "--format", "csv"]);
    assert_eq!(parse_csv(&out.stdout).1.len(), 0);
    assert_eq!(out.stderr, "", "the goal is met: no note");
}

// The bundled sample, 2024: 92.1979, Tier 2; Tier 1 at 95 needs +2.8021.
// Per point (7 pillars; gain = 100 × w / (max × Σw of the pillar) / 7):
//   CAP-07 w 1.5, max 3, Capacity Σw 7.5: 0.9524 (1 point)
//   INT-03 w 1, max 3, Interoperability Σw 5.5: 0.8658 (0.5 point)
//   COO-04 and DID-05 (Σw 6.5 each): 0.7326; COO-04, the larger rise, first
//   CAP-03 w 1, Capacity: 0.6349 — needs (95 − 94.6821) / 0.6349 = 0.5006
#[test]
fn plan_on_the_bundled_sample_in_every_format() {
    let file = bundled();
    let p = run(&["report", &file, "--plan", "--format", "json"]).json();
    assert_eq!(p["country"], "ZMB");
    assert_eq!(p["year"], 2024);
    approx(&p["start"]["overall"], 92.1979);
    assert_eq!(p["start"]["tier"], 2);
    approx(&p["goal"]["score"], 95.0);
    assert_eq!(p["goal"]["tier"], 1);
    approx(&p["needed"], 2.8021);
    assert_eq!(
        step_ids(&p),
        ["CAP-07", "INT-03", "COO-04", "DID-05", "CAP-03"]
    );
    let overall: Vec<f64> = p["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["overall"].as_f64().unwrap())
        .collect();
    for (got, want) in overall
        .iter()
        .zip([93.1503, 93.5832, 94.3158, 94.6821, 95.0059])
    {
        assert!((got - want).abs() < TOL, "{overall:?}");
    }
    approx(&p["steps"][4]["to"], 2.51);
    assert_eq!(p["steps"][4]["partial"], true);
    assert_eq!(p["steps"][4]["tier"], 1);
    assert_eq!(p["end"]["tier"], 1);
    assert_eq!(p["reached"], true);

    let text = run(&["report", &file, "--plan"]).stdout;
    // Its data, the source the file states, and the day (tests/brief.rs
    // fixes the day).
    assert!(
        text.starts_with(
            "Zambia (ZMB) — action plan 2024\nData     indicators.csv\n\
             Source   Illustrative Zambia-style sample made for cyberindex; not official ITU or ZICTA data\n\
             Made on  "
        ),
        "{text}"
    );
    assert!(
        text.contains("Now      92.20 / 100   Tier 2 · Advancing\n"),
        "{text}"
    );
    assert!(
        text.contains("Goal     Tier 1 · Role-modelling at 95.00: +2.80 needed\n"),
        "{text}"
    );
    assert!(pos(&text, "CAP-07") < pos(&text, "INT-03"));
    assert!(pos(&text, "COO-04") < pos(&text, "DID-05"));
    // The part-way score is the least whole hundredth that reaches 95.
    assert!(
        text.contains("2 / 3   2.51 / 3*    0.51   95.01       1\n"),
        "{text}"
    );
    assert!(
        text.contains("95.01 / 100, Tier 1 (Role-modelling) after 5 steps and 3.51 points"),
        "{text}"
    );

    let md = run(&["report", &file, "--plan", "--format", "md"]).stdout;
    let order = [
        "# Zambia (ZMB): action plan for the cybersecurity index 2024\n",
        "## Where we stand\n\nOverall index **92.20 / 100**, Tier 2 (Advancing). Weakest pillars: Capacity Development 75.78, Interoperability 92.88, Digital ID & Trust 93.59.\n",
        "## The goal\n\nTier 1 (Role-modelling) at 95.00: **+2.80** on the overall index.\n",
        "## The steps\n\n5 improvements, 3.51 points of indicator scores in all",
        "| 1 | Judicial, prosecutorial and law-enforcement training on cybercrime and electronic evidence (CAP-07) | Capacity Development | 2 / 3 | 3 / 3 | 1 | 93.15 | Tier 2 |\n",
        "| 5 | Professional cybersecurity training and certification for the public-sector workforce (CAP-03) | Capacity Development | 2 / 3 | 2.51 / 3\\* | 0.51 | 95.01 | Tier 1 |\n",
        "## Expected result\n\n**95.01 / 100, Tier 1 (Role-modelling)** after 5 steps",
        "_Method: Each step is the improvement with the largest rise of the overall index per point",
    ];
    let at: Vec<usize> = order.iter().map(|s| pos(&md, s)).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{md}");

    let out = run(&["report", &file, "--plan", "--format", "csv"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(
        header,
        [
            "step",
            "country",
            "year",
            "pillar",
            "indicator_id",
            "indicator",
            "from",
            "to",
            "max_score",
            "target",
            "points",
            "gain",
            "overall",
            "tier",
            "partial"
        ]
    );
    let ids: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(ids, ["CAP-07", "INT-03", "COO-04", "DID-05", "CAP-03"]);
    assert_eq!(rows[4][0], "5");
    approx_str(&rows[4][7], 2.51);
    approx_str(&rows[4][12], 95.0059);
    assert_eq!((rows[4][13].as_str(), rows[4][14].as_str()), ("1", "true"));
    assert_eq!(rows[0][14], "false");
}

#[test]
fn plan_flag_usage_errors_exit_2() {
    let file = bundled();
    let dir = tempfile::tempdir().unwrap();
    let out_csv = dir.path().join("p.csv");
    let out_csv = out_csv.to_str().unwrap();
    for args in [
        vec!["--plan", "--target-score", "0"],
        vec!["--plan", "--target-score", "-5"],
        vec!["--plan", "--target-score", "100.5"],
        vec!["--plan", "--target-score", "nan"],
        vec!["--plan", "--target-score", "ninety"],
        // --target-score is a goal for the plan; alone it is a mistake.
        vec!["--target-score", "96"],
        vec!["--plan", "--all"],
        vec!["--scenario", out_csv, "--all"],
        vec!["--save-plan", out_csv],
    ] {
        let all = [&["report", file.as_str()][..], &args].concat();
        let out = run(&all);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.contains("error"), "{args:?}: {}", out.stderr);
    }
    assert!(!dir.path().join("p.csv").exists());
    // The limits themselves are fine.
    for n in ["100", "0.5"] {
        let out = run(&["report", &file, "--plan", "--target-score", n]);
        assert_eq!(out.code, Some(0), "{n}: {}", out.stderr);
    }
}

#[test]
fn save_plan_never_writes_onto_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data.csv");
    std::fs::copy(fixture("valid.csv"), &data).unwrap();
    let data = data.to_str().unwrap();
    let scenario = dir.path().join("s.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nAAA,2024,T1,2\n",
    )
    .unwrap();
    let scenario = scenario.to_str().unwrap();
    // run() checks both files are byte-for-byte unchanged afterwards.
    for args in [
        vec!["report", data, "--plan", "--save-plan", data],
        vec![
            "report",
            data,
            "--plan",
            "--scenario",
            scenario,
            "--save-plan",
            scenario,
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.code, Some(2), "{args:?}");
        assert_eq!(out.stdout, "");
        assert!(out.stderr.contains("refusing to write"), "{}", out.stderr);
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

#[test]
fn plan_from_nothing_scored() {
    // P1 not assessed (weight 1) and Q1 not assessed (weight 0): no pillar is
    // scored, so there is no index. The goal is the first tier above the
    // bottom, Tier 4 at 20; assessing P1 at its target 4 is one whole step
    // of 4 points and makes the index 100 (P alone). Q1 can never count.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("none.csv");
    std::fs::write(
        &file,
        "country,year,pillar,indicator_id,score,max_score,weight\nAAA,2024,P,P1,,4,1\nAAA,2024,Q,Q1,,4,0\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let p = run(&["report", file, "--plan", "--format", "json"]).json();
    assert!(p["start"]["overall"].is_null());
    assert_eq!(p["goal"]["tier"], 4);
    approx(&p["needed"], 20.0);
    assert_eq!(step_ids(&p), ["P1"]);
    assert!(p["steps"][0]["from"].is_null());
    approx(&p["steps"][0]["points"], 4.0);
    approx(&p["steps"][0]["overall"], 100.0);
    assert_eq!(p["steps"][0]["partial"], false);
    let text = run(&["report", file, "--plan"]).stdout;
    assert!(
        text.contains(
            "Now      No overall index yet: no pillar has an assessed indicator with weight\n"
        ),
        "{text}"
    );

    std::fs::write(
        dir.path().join("none.csv"),
        "country,year,pillar,indicator_id,score,max_score,weight\nAAA,2024,Q,Q1,,4,0\n",
    )
    .unwrap();
    let p = run(&["report", file, "--plan", "--format", "json"]).json();
    assert_eq!(p["reached"], false);
    assert!(p["best_reachable"]["overall"].is_null());
    let md = run(&["report", file, "--plan", "--format", "md"]).stdout;
    assert!(
        md.contains("**The goal cannot be reached**: no indicator can raise the index."),
        "{md}"
    );
}
