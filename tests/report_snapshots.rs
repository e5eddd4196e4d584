//! Snapshots of the text report and the markdown brief, as the binary
//! prints them: on the bundled sample and on the real ITU GCI data
//! (Zambia), plain, with peers, with a scenario laid over the year, as an
//! action plan, and for every country-year (`--all`). Any change to a
//! table's layout, a heading or a figure shows up here as a diff.

mod common;
use common::*;

/// What the day a report is made is replaced by: it is today's, and a
/// snapshot must not change with the calendar.
const DAY: &str = "YYYY-MM-DD";

fn gci() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join("gci-2020-2024.csv")
        .to_string_lossy()
        .into_owned()
}

/// The African peer group of the README's example.
const PEERS: &str = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN";

/// Runs `cyberindex report ARGS`, which must succeed quietly, and returns
/// what it printed with the day it was made replaced by [`DAY`]. A report
/// about one country says the day once, `--all` never.
#[track_caller]
fn report(args: &[&str]) -> String {
    let out = run(&[&["report"], args].concat());
    assert_eq!(out.code, Some(0), "stderr: {}", out.stderr);
    assert_eq!(out.stderr, "", "report {args:?} warned");
    let (text, days) = undated(&out.stdout);
    let expected = usize::from(!args.contains(&"--all"));
    assert_eq!(days, expected, "days the report was made on:\n{text}");
    text
}

/// `text` with each date after "Made on" replaced by [`DAY`], and how many
/// there were.
fn undated(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut n = 0;
    while let Some(at) = rest.find("Made on") {
        let (head, tail) = rest.split_at(at + "Made on".len());
        out.push_str(head);
        let spaces = tail.len() - tail.trim_start_matches(' ').len();
        out.push_str(&tail[..spaces]);
        let date = &tail[spaces..];
        let is_day = date.len() >= DAY.len()
            && date.bytes().take(DAY.len()).enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        assert!(
            is_day,
            "no date after \"Made on\": {:?}",
            &date[..date.len().min(20)]
        );
        out.push_str(DAY);
        rest = &date[DAY.len()..];
        n += 1;
    }
    out.push_str(rest);
    (out, n)
}

/// A scenario file in `dir`: the rows given, under the usual header.
fn scenario(dir: &Path, name: &str, rows: &[&str]) -> String {
    let path = dir.join(name);
    let text = format!("country,year,indicator_id,score\n{}\n", rows.join("\n"));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn undated_replaces_the_day_and_counts_it() {
    let (text, n) = undated("Made on  2026-12-01\nx. Made on 1970-01-01.\n");
    assert_eq!(text, "Made on  YYYY-MM-DD\nx. Made on YYYY-MM-DD.\n");
    assert_eq!(n, 2);
    assert_eq!(undated("no day here\n"), ("no day here\n".to_string(), 0));
}

#[test]
fn sample_as_text_and_markdown() {
    let file = bundled();
    for (format, name) in [("text", "sample_text"), ("md", "sample_md")] {
        insta::assert_snapshot!(name, report(&[&file, "--format", format]));
        insta::assert_snapshot!(
            format!("{name}_2019_top_3"),
            report(&[&file, "--format", format, "--year", "2019", "--top", "3"])
        );
        insta::assert_snapshot!(
            format!("{name}_plan"),
            report(&[&file, "--format", format, "--plan"])
        );
        insta::assert_snapshot!(
            format!("{name}_all"),
            report(&[&file, "--format", format, "--all"])
        );
    }
}

#[test]
fn sample_with_a_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let what_if = scenario(
        dir.path(),
        "zmb-what-if.csv",
        &[
            "ZMB,2024,CAP-07,3",
            "ZMB,2024,COO-04,3",
            "ZMB,2024,INT-03,3",
        ],
    );
    let file = bundled();
    for (format, name) in [("text", "sample_text"), ("md", "sample_md")] {
        insta::assert_snapshot!(
            format!("{name}_scenario"),
            report(&[&file, "--format", format, "--scenario", &what_if])
        );
        insta::assert_snapshot!(
            format!("{name}_scenario_plan"),
            report(&[&file, "--format", format, "--scenario", &what_if, "--plan"])
        );
    }
}

#[test]
fn gci_zambia_as_text_and_markdown() {
    let file = gci();
    for (format, name) in [("text", "gci_zmb_text"), ("md", "gci_zmb_md")] {
        let zmb = [file.as_str(), "--country", "ZMB", "--format", format];
        insta::assert_snapshot!(name, report(&zmb));
        insta::assert_snapshot!(
            format!("{name}_peers"),
            report(&[&zmb[..], &["--peers", PEERS]].concat())
        );
        insta::assert_snapshot!(
            format!("{name}_plan"),
            report(&[&zmb[..], &["--plan"]].concat())
        );
        insta::assert_snapshot!(
            format!("{name}_plan_to_90"),
            report(&[&zmb[..], &["--plan", "--target-score", "90"]].concat())
        );
    }
}

#[test]
fn gci_zambia_with_a_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let what_if = scenario(
        dir.path(),
        "zmb-gci-what-if.csv",
        &["ZMB,2024,ITU_GCI_CDS_SCORE,17"],
    );
    let file = gci();
    for (format, name) in [("text", "gci_zmb_text"), ("md", "gci_zmb_md")] {
        let zmb = [file.as_str(), "--country", "ZMB", "--format", format];
        insta::assert_snapshot!(
            format!("{name}_scenario_peers"),
            report(&[&zmb[..], &["--scenario", &what_if, "--peers", PEERS]].concat())
        );
        insta::assert_snapshot!(
            format!("{name}_scenario_plan"),
            report(&[&zmb[..], &["--scenario", &what_if, "--plan"]].concat())
        );
    }
}
