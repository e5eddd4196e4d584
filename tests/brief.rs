//! The brief and the files it describes (issue #11, item 13): where the data
//! comes from and when the brief was made, whom a rank is among, which
//! indicators moved, which pillars are weak, how a scenario is shown, and
//! the order of keys in JSON. Run on the bundled sample, on the real ITU GCI
//! data in `examples/`, and on small fixtures.

mod common;
use common::*;

use std::path::PathBuf;

fn repo(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

fn gci() -> String {
    repo("examples/gci-2020-2024.csv")
}

/// The African peer group of the README's example.
const PEERS: &str = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN";

/// Runs the binary with a fixed generation date (2024-06-30), so briefs are
/// reproducible.
fn run(args: &[&str]) -> Out {
    run_with(args, &[("SOURCE_DATE_EPOCH", Some("1719748800"))], None)
}

fn run_with(args: &[&str], env: &[(&str, Option<&str>)], dir: Option<&Path>) -> Out {
    let mut cmd = cyberindex(args);
    for (k, v) in env {
        cmd = match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    if let Some(dir) = dir {
        cmd = cmd.dir(dir);
    }
    cmd.out()
}

// ---------------------------------------------------------------------------
// JSON keys
// ---------------------------------------------------------------------------

#[test]
fn json_pillar_keys_follow_the_file_order() {
    // The GCI's own order, which is not alphabetical.
    let out = run(&["report", &gci(), "--all", "--format", "json"]).ok();
    let first = &out.stdout[..pos(&out.stdout, "}")];
    let order: Vec<usize> = [
        "\"Legal\"",
        "\"Technical\"",
        "\"Organizational\"",
        "\"Capacity Development\"",
        "\"Cooperation\"",
    ]
    .iter()
    .map(|k| pos(first, k))
    .collect();
    assert!(order.is_sorted(), "{first}");
    // multi.csv names Technical before Legal.
    let out = run(&["report", &fixture("multi.csv"), "--all", "--format", "json"]).ok();
    let first = &out.stdout[..pos(&out.stdout, "}")];
    assert!(
        pos(first, "\"Technical\"") < pos(first, "\"Legal\""),
        "{first}"
    );
}

// ---------------------------------------------------------------------------
// Weakest pillars
// ---------------------------------------------------------------------------

/// Zambia 2024 in the GCI: Legal, Organizational and Cooperation are at 20
/// of 20 (100), with nothing left to gain; Capacity Development (14.97 of
/// 20: 74.83) and Technical (17.62: 88.08) are the weak ones.
#[test]
fn weakest_pillars_leave_out_pillars_with_nothing_to_gain() {
    let args = ["report", &gci(), "--country", "ZMB"];
    let md = run(&[&args[..], &["--format", "md"]].concat()).ok().stdout;
    let section = &md[pos(&md, "## Weakest pillars")..pos(&md, "## What to fix first")];
    assert_eq!(
        section,
        "## Weakest pillars\n\n1. **Capacity Development**: 74.83\n2. **Technical**: 88.08\n\n"
    );
    let text = run(&args).ok().stdout;
    assert!(
        text.contains("\nWeakest pillars: Capacity Development 74.83, Technical 88.08\n"),
        "{text}"
    );
    let json = run(&[&args[..], &["--format", "json"]].concat()).json();
    assert_eq!(
        json["weakest_pillars"],
        serde_json::json!(["Capacity Development", "Technical"])
    );
    // The plan's list follows the same rule.
    let plan = run(&[&args[..], &["--plan"]].concat()).ok().stdout;
    assert!(
        plan.contains("\nWeakest  Capacity Development 74.83, Technical 88.08\n"),
        "{plan}"
    );
    let plan = run(&[&args[..], &["--plan", "--format", "md"]].concat())
        .ok()
        .stdout;
    assert!(
        plan.contains(" Weakest pillars: Capacity Development 74.83, Technical 88.08.\n"),
        "{plan}"
    );
    let plan = run(&[&args[..], &["--plan", "--format", "json"]].concat()).json();
    let names: Vec<&str> = plan["weakest_pillars"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pillar"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Capacity Development", "Technical"]);
}

// ---------------------------------------------------------------------------
// The scenario section
// ---------------------------------------------------------------------------

/// The bundled sample's plan ends part way on CAP-03: 2 → 2.51 of 3, the
/// least whole hundredth that reaches the goal.
#[test]
fn scenario_section_names_the_file_as_typed_and_rounds_as_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    let saved = dir.path().join("plans").join("zmb.csv");
    let saved = saved.to_str().unwrap();
    let sample = repo("indicators.csv");
    let plan = run(&["report", &sample, "--plan", "--save-plan", saved])
        .ok()
        .stdout;
    let cap03 = plan.lines().find(|l| l.contains("CAP-03")).unwrap();
    assert!(cap03.contains(" 2 / 3   2.51 / 3*"), "{cap03}");

    // Absolute: the file name alone, never the temporary folder.
    let md = run(&["report", &sample, "--scenario", saved, "--format", "md"])
        .ok()
        .stdout;
    assert!(
        md.contains("\n## Scenario: zmb.csv (projected, not actual data)\n"),
        "{md}"
    );
    assert!(!md.contains(&dir.path().display().to_string()), "{md}");
    let row = md.lines().find(|l| l.contains("(CAP-03)")).unwrap();
    assert!(row.ends_with(" | 2 / 3 | 2.51 / 3 |"), "{row}");
    let text = run(&["report", &sample, "--scenario", saved]).ok().stdout;
    assert!(text.contains("Scenario zmb.csv (projected"), "{text}");
    assert!(!text.contains(&dir.path().display().to_string()), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("  changed  CAP-03"))
        .unwrap();
    assert!(row.ends_with("  2 / 3 → 2.51 / 3"), "{row}");
    assert!(!md.contains("2.5006") && !text.contains("2.5006"));

    // Relative: the path as typed.
    let out = run_with(
        &[
            "report",
            &sample,
            "--scenario",
            "plans/zmb.csv",
            "--format",
            "md",
        ],
        &[("SOURCE_DATE_EPOCH", Some("0"))],
        Some(dir.path()),
    )
    .ok();
    assert!(
        out.stdout
            .contains("\n## Scenario: plans/zmb.csv (projected")
    );

    // JSON gives the same name, and the plan's step is a whole hundredth:
    // what was planned, saved and shown is one number.
    let json = run(&["report", &sample, "--scenario", saved, "--format", "json"]).json();
    assert_eq!(json["scenario"]["file"], "zmb.csv");
    let change = json["scenario"]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["indicator_id"] == "CAP-03")
        .unwrap();
    assert_eq!(change["to"], 2.51);
}

// ---------------------------------------------------------------------------
// Source, data status and date
// ---------------------------------------------------------------------------

const SAMPLE_SOURCE: &str =
    "Illustrative Zambia-style sample made for cyberindex; not official ITU or ZICTA data";
const ITU: &str = "International Telecommunication Union, Global Cybersecurity Index, via World Bank Data360 (ITU_GCI)";

#[test]
fn the_brief_names_its_data_file_source_and_date() {
    // The bundled sample says it is illustrative, in every brief made from it.
    let sample = repo("indicators.csv");
    let md = run(&["report", &sample, "--format", "md"]).ok().stdout;
    assert!(
        md.starts_with(&format!(
            "# Zambia (ZMB): cybersecurity index 2024\n\n\
             Source: {SAMPLE_SOURCE}. Data: indicators.csv. Made on 2024-06-30.\n\n**Overall index"
        )),
        "{md}"
    );
    let text = run(&["report", &sample]).ok().stdout;
    assert!(
        text.starts_with(&format!(
            "Zambia (ZMB) — cybersecurity index 2024 (compared with 2023)\n\
             Data     indicators.csv\nSource   {SAMPLE_SOURCE}\nMade on  2024-06-30\n\nOverall  92.20"
        )),
        "{text}"
    );
    let plan = run(&["report", &sample, "--plan", "--format", "md"])
        .ok()
        .stdout;
    assert!(
        plan.contains(&format!(
            "\n\nSource: {SAMPLE_SOURCE}. Data: indicators.csv. Made on 2024-06-30.\n\n## Where we stand"
        )),
        "{plan}"
    );

    // The ITU data names ITU and Data360, and the file as typed.
    let out = run_with(
        &[
            "report",
            "examples/gci-2020-2024.csv",
            "--country",
            "ZMB",
            "--format",
            "md",
        ],
        &[("SOURCE_DATE_EPOCH", Some("1719748800"))],
        Some(Path::new(env!("CARGO_MANIFEST_DIR"))),
    )
    .ok();
    let itu_md = ITU.replace('_', "\\_");
    assert!(
        out.stdout.contains(&format!(
            "\n\nSource: {itu_md}. Data: examples/gci-2020-2024.csv. Made on 2024-06-30.\n\n"
        )),
        "{}",
        out.stdout
    );
    let json = run(&["report", &gci(), "--country", "ZMB", "--format", "json"]).json();
    assert_eq!(json["source"], serde_json::json!([ITU]));
    assert_eq!(json["data_files"], serde_json::json!(["gci-2020-2024.csv"]));
    assert_eq!(json["rows_without_source"], 0);
    assert_eq!(json["generated"], "2024-06-30");
    let plan = run(&[
        "report",
        &gci(),
        "--country",
        "ZMB",
        "--plan",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(plan["source"], json["source"]);
    assert_eq!(plan["generated"], "2024-06-30");

    // A file without a source column says so.
    let md = run(&["report", &fixture("valid.csv"), "--format", "md"])
        .ok()
        .stdout;
    assert!(
        md.contains("\n\nSource: not stated in the file. Data: valid.csv. Made on 2024-06-30.\n\n"),
        "{md}"
    );
    let json = run(&["report", &fixture("valid.csv"), "--format", "json"]).json();
    assert_eq!(json["source"], serde_json::json!([]));
    assert_eq!(json["rows_without_source"], 18);
}

#[test]
fn data360_series_loaded_directly_carry_the_attribution() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gci-data360");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".csv"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 6);
    let mut args = vec!["report"];
    args.extend(files.iter().map(String::as_str));
    args.extend(["--country", "ZMB", "--format", "json"]);
    let json = run(&args).json();
    assert_eq!(json["source"], serde_json::json!([ITU]));
    assert_eq!(json["data_files"].as_array().unwrap().len(), 6);
    assert_eq!(json["data_files"][0], "ITU_GCI_CDS_SCORE.csv");
}

#[test]
fn the_date_is_today_unless_source_date_epoch_says_otherwise() {
    let sample = repo("indicators.csv");
    let before = jiff::ZonedDateTime::now().date().to_string();
    let json = run_with(
        &["report", &sample, "--format", "json"],
        &[("SOURCE_DATE_EPOCH", None)],
        None,
    )
    .json();
    let after = jiff::ZonedDateTime::now().date().to_string();
    let generated = json["generated"].as_str().unwrap();
    assert!(generated == before || generated == after, "{generated}");
    assert_eq!(generated.len(), "YYYY-MM-DD".len());

    let out = run_with(
        &["report", &sample],
        &[("SOURCE_DATE_EPOCH", Some("last tuesday"))],
        None,
    );
    assert_eq!(out.code, Some(2));
    assert_eq!(
        out.stderr,
        "error: SOURCE_DATE_EPOCH: \"last tuesday\" is not a whole number of seconds since 1970-01-01\n"
    );
    assert!(out.stdout.is_empty());
}

// ---------------------------------------------------------------------------
// Whom a rank is among
// ---------------------------------------------------------------------------

/// Zambia 2024 among sixteen African peers, ranked as ITU ranks: Mauritius
/// and Egypt 1st, Ghana and Tanzania 2nd, Kenya, Rwanda, Morocco, then
/// Zambia 6th. Technical 11th; nine share full Legal marks.
#[test]
fn ranks_name_their_peer_group_and_ties() {
    let args = ["report", &gci(), "--country", "ZMB", "--peers", PEERS];
    let md = run(&[&args[..], &["--format", "md"]].concat()).ok().stdout;
    assert!(
        md.contains(
            " Ranked **6th** of 16 peers (ZMB, KEN, RWA, NGA, GHA, ZAF, EGY, MAR, TZA, UGA, ETH, SEN, CIV, BEN, MUS, TUN); 7 score higher.\n"
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "| Pillar | 2024 | 2020 | Change | Assessed | Potential gain | Rank |\n|---|---:|---:|---:|---:|---:|---|\n\
             | Legal | 100.00 | 100.00 | = 0.00 | 1/1 | 0.00 | 1st of 16, tied with 8 |\n\
             | Technical | 88.08 | 69.12 | ▲ +18.96 | 1/1 | 2.38 | 11th of 16; 12 score higher |\n"
        ),
        "{md}"
    );
    let text = run(&args).ok().stdout;
    assert!(
        text.contains(
            "\nRank     by overall index, 6th of 16 peers (ZMB, KEN, RWA, NGA, GHA, ZAF, EGY, MAR, TZA, UGA, ETH, SEN, CIV, BEN, MUS, TUN); 7 score higher\n"
        ),
        "{text}"
    );
    let legal = text.lines().find(|l| l.starts_with("Legal ")).unwrap();
    assert!(legal.ends_with("  0.00  1st of 16, tied with 8"), "{legal}");
    let json = run(&[&args[..], &["--format", "json"]].concat()).json();
    assert_eq!(json["peer_group"]["kind"], "peers");
    let codes: Vec<&str> = PEERS.split(',').collect();
    assert_eq!(json["peer_group"]["countries"], serde_json::json!(codes));
    assert!(json["peer_group"].get("name").is_none());

    // Everyone: the United States shares 2nd with two others in 2024,
    // behind the twelve that share 1st.
    let md = run(&["report", &gci(), "--country", "USA", "--format", "md"])
        .ok()
        .stdout;
    assert!(
        md.contains(
            " Ranked **2nd** of the 194 countries in the file, tied with 2; 12 score higher.\n"
        ),
        "{md}"
    );
    let json = run(&["report", &gci(), "--country", "USA", "--format", "json"]).json();
    assert_eq!(json["peer_group"]["kind"], "all");
    assert_eq!(
        json["peer_group"]["countries"].as_array().unwrap().len(),
        194
    );
    assert_eq!(
        (json["rank"].as_u64(), json["tied_with"].as_u64()),
        (Some(2), Some(2))
    );

    // One country: no ranks, no group.
    let json = run(&["report", &repo("indicators.csv"), "--format", "json"]).json();
    assert!(json.get("peer_group").is_none() && json.get("rank").is_none());
    let md = run(&["report", &repo("indicators.csv"), "--format", "md"])
        .ok()
        .stdout;
    assert!(
        !md.contains("Ranked **") && !md.contains("| Rank |"),
        "{md}"
    );
}

#[test]
fn a_region_is_named_as_the_data_spells_it() {
    // AAA 100, BBB 50, CCC 75 in SADC; DDD 60 in EAC; EEE 75 in SADC, tied
    // with CCC; FFF has no 2024 score.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("regions.csv");
    std::fs::write(
        &file,
        "country,region,year,pillar,indicator_id,score,max_score\n\
         AAA,SADC,2024,P,I,4,4\nBBB,SADC,2024,P,I,2,4\nCCC,SADC,2024,P,I,3,4\n\
         DDD,EAC,2024,P,I,2.4,4\nEEE,SADC,2024,P,I,3,4\nFFF,SADC,2023,P,I,3,4\n",
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let md = |country: &str| {
        run(&[
            "report",
            file,
            "--country",
            country,
            "--region",
            "sadc",
            "--format",
            "md",
        ])
        .ok()
        .stdout
    };
    // FFF has no score in 2024: four of the five are ranked.
    assert!(
        md("CCC").contains(
            " Ranked **2nd** of 4 with a 2024 score, among the 5 countries of region SADC, tied with 1.\n"
        ),
        "{}",
        md("CCC")
    );
    // DDD (60) is not in SADC: it joins the group, and the brief says so;
    // after AAA and the tied CCC and EEE it is 3rd.
    assert!(
        md("DDD").contains(
            " Ranked **3rd** of 5 with a 2024 score, among the 5 countries of region SADC and DDD; 3 score higher.\n"
        ),
        "{}",
        md("DDD")
    );
    let json = run(&[
        "report",
        file,
        "--country",
        "DDD",
        "--region",
        "sadc",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(
        json["peer_group"],
        serde_json::json!({"kind": "region", "name": "SADC",
            "countries": ["DDD", "AAA", "BBB", "CCC", "EEE", "FFF"], "added": "DDD"})
    );
}

// ---------------------------------------------------------------------------
// Which indicators moved
// ---------------------------------------------------------------------------

#[test]
fn declines_are_named_with_their_change_in_points() {
    // The bundled sample, 2023 → 2024: one decline, eleven rises.
    let sample = repo("indicators.csv");
    let text = run(&["report", &sample]).ok().stdout;
    let tail = &text[pos(&text, "\nIndicators since 2023:")..];
    let lines: Vec<&str> = tail.lines().skip(1).collect();
    assert_eq!(
        lines[..3],
        [
            "Indicators since 2023: 11 improved, 1 declined, 34 unchanged, 0 new, 0 dropped, 0 not assessed",
            "  Declined  COO-04 Public-private partnerships for …  3 / 3 → 2 / 3, ▼ -1.00 score points",
            "  Improved  CAP-06 National cybersecurity skills ba…  1 / 2 → 2 / 2, ▲ +1.00 score points",
        ]
    );
    // Five rises are named, then how many more.
    assert_eq!(lines.len(), 1 + 1 + 5 + 1, "{tail}");
    assert_eq!(lines[7], "  Improved  and 6 more");

    let md = run(&["report", &sample, "--format", "md"]).ok().stdout;
    assert!(
        md.contains(
            "\n\nDeclined:\n\n- Public-private partnerships for cybersecurity (COO-04), Cooperation: 3 / 3 → 2 / 3, ▼ -1.00 score points\n\n\
             Improved, largest rise first:\n\n- National cybersecurity skills baseline assessment and workforce framework (CAP-06), \
             Capacity Development: 1 / 2 → 2 / 2, ▲ +1.00 score points\n"
        ),
        "{md}"
    );
    assert!(md.contains("\n- and 6 more\n"), "{md}");

    let json = run(&["report", &sample, "--format", "json"]).json();
    assert_eq!(json["changes"]["declined"], 1);
    assert_eq!(
        json["declined"],
        serde_json::json!([{"indicator_id": "COO-04",
            "indicator": "Public-private partnerships for cybersecurity",
            "pillar": "Cooperation", "from": 3.0, "from_max_score": 3.0, "to": 2.0,
            "max_score": 3.0, "delta": -1.0, "delta_pct": -33.3333}])
    );
    // Every rise is in JSON, not only those named in text.
    assert_eq!(json["improved"].as_array().unwrap().len(), 11);
    assert_eq!(json["improved"][0]["indicator_id"], "CAP-06");

    // The real data: the United States fell in Capacity Development
    // (20 → 19.8565 of 20).
    let text = run(&["report", &gci(), "--country", "USA"]).ok().stdout;
    assert!(
        text.contains(
            "\n  Declined  ITU_GCI_CDS_SCORE Capacity Development …  20 / 20 → 19.86 / 20, ▼ -0.14 score points\n"
        ),
        "{text}"
    );
}

#[test]
fn many_declines_are_capped_and_a_new_maximum_is_judged_on_attainment() {
    // Twelve indicators fall by one point; M goes from 2 of 3 (66.67%) to
    // 3 of 5 (60%): one point more, yet a decline.
    let mut csv = String::from("year,pillar,indicator_id,score,max_score\n");
    for i in 0..12 {
        csv.push_str(&format!("2023,P,I{i:02},4,4\n2024,P,I{i:02},3,4\n"));
    }
    csv.push_str("2023,P,M,2,3\n2024,P,M,3,5\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("falls.csv");
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();
    let text = run(&["report", file]).ok().stdout;
    assert!(text.contains(", 13 declined,"), "{text}");
    // Largest fall first: M falls 6.67 points of attainment, the others 25.
    let declined: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  Declined"))
        .collect();
    assert_eq!(declined.len(), 11, "{text}");
    assert!(
        declined[0].contains("I00") && declined[9].contains("I09"),
        "{text}"
    );
    assert_eq!(declined[10], "  Declined  and 3 more");
    let json = run(&["report", file, "--format", "json"]).json();
    let m = &json["declined"][12];
    assert_eq!(m["indicator_id"], "M");
    assert_eq!(
        (m["delta"].as_f64(), m["delta_pct"].as_f64()),
        (Some(1.0), Some(-6.6667))
    );
    let md = run(&["report", file, "--format", "md"]).ok().stdout;
    assert!(md.contains("\n- and 3 more\n"), "{md}");
    // Shown with the change that is comparable: attainment, not points.
    let one = format!(
        "{}\n2023,Q,N,2,3\n2024,Q,N,3,5\n",
        "year,pillar,indicator_id,score,max_score"
    );
    std::fs::write(dir.path().join("one.csv"), one).unwrap();
    let text = run(&["report", dir.path().join("one.csv").to_str().unwrap()])
        .ok()
        .stdout;
    let line = text
        .lines()
        .find(|l| l.starts_with("  Declined  N N "))
        .unwrap();
    assert!(
        line.ends_with("  2 / 3 → 3 / 5, ▼ -6.67 percentage points of attainment"),
        "{line}"
    );
}

// ---------------------------------------------------------------------------
// Untrusted text
// ---------------------------------------------------------------------------

/// Sources, regions, country codes and the names of declined indicators are
/// data: none of their control characters reaches the terminal.
#[test]
fn new_text_from_the_data_never_controls_the_terminal() {
    let evil = "\x1b]0;pwned\x07\x1b[2J\u{202e}";
    let csv = format!(
        "country,region,year,pillar,indicator_id,indicator,score,max_score,source\n\
         \"A{evil}\",\"R{evil}\",2023,P,I,\"Name{evil}\",4,4,\"S{evil}\"\n\
         \"A{evil}\",\"R{evil}\",2024,P,I,\"Name{evil}\",3,4,\"S{evil}\"\n\
         BBB,\"R{evil}\",2024,P,I,\"Name{evil}\",2,4,\"S{evil}\"\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("d{}.csv", "\u{202e}"));
    std::fs::write(&file, csv).unwrap();
    let file = file.to_str().unwrap();
    for format in ["text", "md"] {
        let out = run(&[
            "report",
            file,
            "--region",
            &format!("R{evil}"),
            "--format",
            format,
        ])
        .ok();
        let bad: Vec<char> = out
            .stdout
            .chars()
            .filter(|&c| (c.is_control() && c != '\n') || c == '\u{202e}')
            .collect();
        assert!(bad.is_empty(), "{format}: {bad:?} in\n{}", out.stdout);
        // What was escaped is still there to read.
        assert!(out.stdout.contains("pwned␇"), "{}", out.stdout);
        assert!(out.stdout.contains("1 declined"), "{}", out.stdout);
    }
}
