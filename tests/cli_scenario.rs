//! `cyberindex report --scenario`: scenario files, a saved plan loaded back as a scenario, and located errors in scenario rows.
//!
//! The fixtures' scores are worked out by hand in `tests/common/run.rs`.

mod common;
use common::*;

#[test]
fn saved_plan_loads_back_as_a_scenario_with_the_same_projection() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.csv");
    let saved = saved.to_str().unwrap();
    let file = fixture("valid.csv");
    let plan = run(&[
        "report",
        &file,
        "--plan",
        "--format",
        "json",
        "--save-plan",
        saved,
    ]);
    assert!(
        plan.stderr.contains(&format!("wrote {saved}: 3 changes")),
        "{}",
        plan.stderr
    );
    let plan = plan.json();
    let written = std::fs::read_to_string(saved).unwrap();
    let (header, rows) = parse_csv(&written);
    assert_eq!(header, ["country", "year", "indicator_id", "score"]);
    let keys: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("AAA", "2024", "T1"),
            ("AAA", "2024", "K1"),
            ("AAA", "2024", "L1")
        ]
    );
    assert_eq!((rows[0][3].as_str(), rows[1][3].as_str()), ("2", "5"));
    approx_str(&rows[2][3], 2.65);

    let r = run(&["report", &file, "--scenario", saved, "--format", "json"]).json();
    // The actual numbers are untouched; the projection is the plan's end.
    approx(&r["overall"], 64.7917);
    let sc = &r["scenario"];
    // An absolute path is shown by its file name.
    assert_eq!(sc["file"], "plan.csv");
    assert_eq!(sc["projected_overall"], plan["end"]["overall"]);
    assert_eq!(sc["projected_tier"], 2);
    assert_eq!(sc["actual_tier"], 3);
    approx(&sc["delta"], 85.0 - 64.7917);
    assert_eq!(sc["elsewhere"], 0);
    assert_eq!(sc["changes"].as_array().unwrap().len(), 3);
    let tech = sc["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pillar"] == "Technical")
        .unwrap();
    approx(&tech["actual"], 50.0);
    approx(&tech["projected"], 100.0);
    approx(&tech["delta"], 50.0);

    // A plan on top of the scenario starts where it ends: already in Tier 2,
    // so the next goal is Tier 1.
    let again = run(&[
        "report",
        &file,
        "--scenario",
        saved,
        "--plan",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(again["start"], plan["end"]);
    assert_eq!(again["goal"]["tier"], 1);
    assert_eq!(
        again["scenario"]["projected_overall"],
        plan["end"]["overall"]
    );

    let text = run(&["report", &file, "--scenario", saved]).stdout;
    assert!(
        text.contains(
            "Scenario plan.csv (projected, not actual data): 3 changes\n  Overall  actual 64.79  projected 85.00  ▲ +20.21   Tier 3 → Tier 2\n"
        ),
        "{text}"
    );
    let md = run(&["report", &file, "--scenario", saved, "--format", "md"]).stdout;
    assert!(
        md.contains("the overall index would be **85.00** (Tier 2) instead of 64.79 (Tier 3)"),
        "{md}"
    );
    let csv_out = run(&["report", &file, "--scenario", saved, "--format", "csv"]).stdout;
    let (header, rows) = parse_csv(&csv_out);
    assert_eq!(header.last().unwrap(), "scenario_score");
    let t1 = rows.iter().find(|r| r[3] == "T1").unwrap();
    assert_eq!((t1[5].as_str(), t1.last().unwrap().as_str()), ("1", "2"));
}

#[test]
fn scenario_picks_its_own_country_year_by_default() {
    // multi.csv: BBB 2022 is (25 + 0 + 50) / 3 = 25. Technical X2 0 → 16 of
    // 16 makes Technical 100: (25 + 100 + 50) / 3 = 58.3333.
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.csv");
    std::fs::write(&s, "country,year,indicator_id,score\nBBB,2022,X2,16\n").unwrap();
    let s = s.to_str().unwrap();
    let r = run(&[
        "report",
        &fixture("multi.csv"),
        "--scenario",
        s,
        "--format",
        "json",
    ])
    .json();
    assert_eq!(
        (r["country"].as_str(), r["year"].as_i64()),
        (Some("BBB"), Some(2022))
    );
    approx(&r["scenario"]["projected_overall"], 175.0 / 3.0);
    // An explicit choice wins; the change is then elsewhere.
    let r = run(&[
        "report",
        &fixture("multi.csv"),
        "--scenario",
        s,
        "--country",
        "QQQ",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(r["country"], "QQQ");
    assert_eq!(r["scenario"]["elsewhere"], 1);
    assert_eq!(r["scenario"]["projected_overall"], r["overall"]);
}

#[test]
fn bad_scenario_rows_exit_1_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("bad.csv");
    std::fs::write(
        &s,
        "country,year,indicator_id,score\nAAA,2024,T1,2\nAAA,2024,NOPE,1\nXYZ,2024,T1,1\nAAA,2024,T1,1.5\nAAA,2024,K1,9\n",
    )
    .unwrap();
    let s = s.to_str().unwrap();
    let valid = fixture("valid.csv");
    for extra in [&[][..], &["--plan"][..]] {
        let args = [&["report", valid.as_str(), "--scenario", s][..], extra].concat();
        let out = run(&args);
        assert_eq!(out.code, Some(1), "{args:?}");
        assert_eq!(out.stdout, "");
        let lines: Vec<&str> = out
            .stderr_lines()
            .into_iter()
            .filter(|l| !l.contains("warning"))
            .collect();
        assert_eq!(
            lines,
            [
                format!("{s}:3: indicator_id: unknown indicator \"NOPE\": it is not in the data"),
                format!("{s}:4: country: no country \"XYZ\" in the data"),
                format!(
                    "{s}:5: indicator_id: duplicate row for (AAA, 2024, T1): already given at line 2"
                ),
                format!("{s}:6: score: 9 is outside 0..=5 (0 to max_score of K1)"),
            ]
        );
    }
    let missing = dir.path().join("none.csv");
    let out = run(&[
        "report",
        &fixture("valid.csv"),
        "--scenario",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.contains("none.csv: cannot open: no such file"),
        "{}",
        out.stderr
    );
}

#[test]
fn plan_and_scenario_never_modify_inputs_or_leak_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.csv");
    std::fs::write(&s, "country,year,indicator_id,score\nEVL,2024,E1,2\n").unwrap();
    let s = s.to_str().unwrap();
    let evil = fixture("evil.csv");
    for format in ["text", "md", "json", "csv"] {
        for args in [
            vec!["report", evil.as_str(), "--plan", "--format", format],
            vec!["report", evil.as_str(), "--scenario", s, "--format", format],
            vec![
                "report",
                evil.as_str(),
                "--scenario",
                s,
                "--plan",
                "--format",
                format,
            ],
        ] {
            let out = run(&args);
            assert_eq!(out.code, Some(0), "{args:?}: {}", out.stderr);
            assert!(
                !out.stdout_bytes.contains(&0x1b) && !out.stdout_bytes.contains(&0x07),
                "raw control character in {args:?}:\n{}",
                out.stdout
            );
        }
    }
    let md = run(&["report", &evil, "--plan", "--format", "md"]).stdout;
    assert!(
        md.contains("| Bad␛\\]0;pwned␇name␛\\[2J (E1) | Leg␛\\[2Jal |"),
        "{md}"
    );
    for file in [
        fixture("valid.csv"),
        fixture("multi.csv"),
        fixture("invalid.csv"),
    ] {
        for format in ["text", "md", "json", "csv"] {
            let out = run(&["report", &file, "--plan", "--format", format]);
            assert!(matches!(out.code, Some(0 | 1)), "{file}: {}", out.stderr);
        }
    }
}
