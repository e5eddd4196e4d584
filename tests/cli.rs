//! Integration tests for the headless commands (`check`, `report`): they run
//! the built binary on small fixtures in `tests/fixtures/` whose scores are
//! computed by hand in the comments next to each assertion.
//!
//! Scoring rules (src/data/score.rs): attainment = score / max_score; pillar
//! = 100 × Σ(w × attainment) / Σw over assessed indicators; overall = mean of
//! the scored pillars; tiers by the ITU GCI 2024 bands.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_cyberindex");
const TOL: f64 = 1e-3;

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

fn bundled() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("indicators.csv")
        .to_string_lossy()
        .into_owned()
}

struct Out {
    code: Option<i32>,
    stdout: String,
    stdout_bytes: Vec<u8>,
    stderr: String,
}

impl Out {
    fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }

    fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "stderr: {}", self.stderr);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs the binary. Every argument that names an existing file is read
/// before and after the run, and must come out byte-for-byte unchanged.
fn run(args: &[&str]) -> Out {
    let before: Vec<(String, Vec<u8>)> = args
        .iter()
        .filter(|a| Path::new(a).is_file())
        .map(|a| (a.to_string(), std::fs::read(a).unwrap()))
        .collect();
    let output = Command::new(BIN)
        .args(args)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run cyberindex");
    for (path, bytes) in &before {
        let after = std::fs::read(path).unwrap();
        assert!(
            after == *bytes,
            "{path} was modified by `cyberindex {}`",
            args.join(" ")
        );
    }
    let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
    assert!(
        !stderr.contains("panicked"),
        "cyberindex {} panicked:\n{stderr}",
        args.join(" ")
    );
    Out {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8"),
        stdout_bytes: output.stdout,
        stderr,
    }
}

#[track_caller]
fn approx(v: &Value, expected: f64) {
    let got = v
        .as_f64()
        .unwrap_or_else(|| panic!("expected a number close to {expected}, got {v}"));
    assert!(
        (got - expected).abs() < TOL,
        "expected {expected}, got {got}"
    );
}

#[track_caller]
fn approx_str(cell: &str, expected: f64) {
    let got: f64 = cell
        .parse()
        .unwrap_or_else(|_| panic!("expected a number close to {expected}, got {cell:?}"));
    assert!(
        (got - expected).abs() < TOL,
        "expected {expected}, got {got}"
    );
}

/// The JSON object of the pillar named `name`.
fn pillar<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["pillars"]
        .as_array()
        .expect("pillars is an array")
        .iter()
        .find(|p| p["pillar"] == name)
        .unwrap_or_else(|| panic!("no pillar {name} in {}", report["pillars"]))
}

fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// Position of `needle` in `hay`, failing with the whole text if absent.
#[track_caller]
fn pos(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in:\n{hay}"))
}

// ---------------------------------------------------------------------------
// valid.csv, by hand. One country, AAA "Alphaland", years 2020, 2022, 2024.
// Pillars in order of first appearance: Legal, Technical, Organizational,
// Capacity Development, Cooperation.
//
// 2024 (9 rows, 2 not assessed):
//   Legal:  L1 2/4 w2 (0.5), L2 3/3 w1 (empty weight → 1; 1.0), L3 empty/5 (not assessed)
//           → 100 × (2×0.5 + 1×1.0) / 3 = 66.6667
//   Technical: T1 1/2 w1 (0.5), T2 0/4 w0 → 100 × 0.5 / 1 = 50
//   Organizational: O1 3/4 target 3 (0.75), O2 2/4 target 3 (0.5) → 62.5
//   Capacity Development: C1 empty/2 → not scored
//   Cooperation: K1 4/5 → 80
//   overall = (66.6667 + 50 + 62.5 + 80) / 4 = 259.1667 / 4 = 64.7917 → tier 3
// 2022 (8 rows): Legal (2×0.25 + 1)/3 = 50; Technical 50; Organizational
//   (0.25 + 0.5)/2 = 37.5; Capacity C1 1/2 = 50; Cooperation 5/5 = 100
//   overall = 287.5 / 5 = 57.5 → tier 3
// 2020 (1 row): Legal L1 0/4 = 0 → overall 0 (scored, not missing) → tier 5
// ---------------------------------------------------------------------------

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

    // Scored pillars only, weakest first: 50, 62.5, 66.67, 80.
    assert_eq!(
        r["weakest_pillars"],
        serde_json::json!(["Technical", "Organizational", "Legal", "Cooperation"])
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

// ---------------------------------------------------------------------------
// multi.csv, by hand. Countries in file order: QQQ "Qualand", BBB "Betaland".
// Pillars in order of first appearance: Technical, Legal, Cooperation.
//   QQQ 2021: Legal 2/4 = 50, Technical 16/16 = 100        → 75, tier 3
//   QQQ 2023: Legal 4/4 = 100, Technical 15/16 = 93.75     → 96.875, tier 1
//   BBB 2022: Legal 1/4 = 25, Technical 0/16 = 0, Coop 1/2 = 50 → 25, tier 4
//   BBB 2024: Legal 100, Technical 8/16 = 50, Coop 2/2 = 100 → 83.3333, tier 3
// ---------------------------------------------------------------------------

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
fn usage_errors_exit_2_with_a_message() {
    let file = fixture("multi.csv");
    let out = run(&["report", &file, "--country", "XYZ"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("no country \"XYZ\""), "{}", out.stderr);
    assert!(out.stderr.contains("QQQ, BBB"), "{}", out.stderr);

    // 2022 exists in the file, but not for QQQ.
    let out = run(&["report", &file, "--year", "2022"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .contains("Qualand has no data for 2022 (years: 2021, 2023)"),
        "{}",
        out.stderr
    );
    // A year nobody has.
    let out = run(&["report", &file, "--country", "BBB", "--year", "1999"]);
    assert_eq!(out.code, Some(2));
    assert!(out.stderr.contains("no data for 1999"), "{}", out.stderr);
    // A compare year without data for that country.
    let out = run(&["report", &file, "--country", "BBB", "--compare", "2021"]);
    assert_eq!(out.code, Some(2));
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr.contains("Betaland has no data for 2021"),
        "{}",
        out.stderr
    );

    // Bad flags and values: clap's usage errors, also exit 2.
    for args in [
        vec!["report", file.as_str(), "--format", "xml"],
        vec!["report", file.as_str(), "--year", "twenty"],
        vec!["report", file.as_str(), "--no-such-flag"],
        vec!["check", file.as_str(), "--max-errors", "-1"],
        vec!["check"],
    ] {
        let out = run(&args);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
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

#[test]
fn input_file_is_never_modified() {
    // run() compares every existing file argument before and after; here it
    // is exercised across every command and format, valid and invalid input.
    for file in [
        fixture("valid.csv"),
        fixture("multi.csv"),
        fixture("invalid.csv"),
        fixture("crlf_multiline.csv"),
        fixture("evil.csv"),
    ] {
        let before = std::fs::read(&file).unwrap();
        let mut calls: Vec<Vec<&str>> = vec![vec!["check", &file]];
        for format in ["text", "md", "json", "csv"] {
            calls.push(vec!["report", &file, "--format", format]);
            calls.push(vec!["report", &file, "--all", "--format", format]);
        }
        for args in calls {
            let out = run(&args);
            assert!(matches!(out.code, Some(0 | 1)), "{args:?}: {}", out.stderr);
        }
        assert_eq!(std::fs::read(&file).unwrap(), before, "{file}");
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let file = fixture("evil.csv");
    let raw = std::fs::read(&file).unwrap();
    assert!(
        raw.contains(&0x1b) && raw.contains(&0x07),
        "fixture lost its control bytes"
    );
    let cases: [&[&str]; 9] = [
        &["check", &file],
        &["report", &file],
        &["report", &file, "--format", "md"],
        &["report", &file, "--format", "csv"],
        &["report", &file, "--format", "json"],
        &["report", &file, "--all"],
        &["report", &file, "--all", "--format", "md"],
        &["report", &file, "--all", "--format", "csv"],
        // A usage error quoting the country name.
        &["report", &file, "--year", "2020"],
    ];
    for args in cases {
        let out = run(args);
        let stderr = out.stderr.as_bytes();
        for (stream, bytes) in [("stdout", &out.stdout_bytes[..]), ("stderr", stderr)] {
            assert!(
                !bytes.contains(&0x1b) && !bytes.contains(&0x07),
                "raw control character on {stream} of {args:?}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    let text = run(&["report", &file]).stdout;
    // Country name, pillar and indicator name, shown as Control Pictures.
    assert!(text.starts_with("Evil␛]0;pwned␇land (EVL)"), "{text}");
    assert!(text.contains("E1 Bad␛]0;pwned␇name␛[2J"), "{text}");
    assert!(text.contains("Leg␛[2Jal"), "{text}");
    // E1 1/2, E2 2/2 → 75; E1 at target → 100: gain 25.
    assert!(text.contains("Overall  75.00 / 100"), "{text}");

    let md = run(&["report", &file, "--format", "md"]).stdout;
    // Markdown also escapes the brackets.
    assert!(md.contains("Bad␛\\]0;pwned␇name␛\\[2J (E1)"), "{md}");

    let csv_out = run(&["report", &file, "--format", "csv"]).stdout;
    assert!(csv_out.contains("see ␛[2J␇ here"), "{csv_out}");

    let check = run(&["check", &file]);
    assert!(
        check.stdout.contains("(Evil␛]0;pwned␇land)"),
        "{}",
        check.stdout
    );
    assert!(check.stderr.contains("\"␛[31mcolour\""), "{}", check.stderr);

    let usage = run(&["report", &file, "--year", "2020"]);
    assert_eq!(usage.code, Some(2));
    assert!(
        usage
            .stderr
            .contains("Evil␛]0;pwned␇land has no data for 2020"),
        "{}",
        usage.stderr
    );
}

/// A file whose reports are far larger than a pipe buffer (64 KiB), so the
/// process is still writing when the reader goes away.
fn big_file(dir: &Path) -> PathBuf {
    let path = dir.join("big.csv");
    let mut s =
        String::from("country,year,pillar,indicator_id,indicator,score,max_score,evidence\n");
    let evidence = "x".repeat(400);
    for i in 0..3000 {
        s.push_str(&format!(
            "BIG,2024,Pillar {},I{i:04},Indicator {i},1,4,{evidence}\n",
            i % 7
        ));
    }
    for i in 0..3000 {
        s.push_str(&format!("C{i:04},2024,Pillar 0,I0000,Indicator 0,2,4,\n"));
    }
    std::fs::write(&path, s).unwrap();
    path
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let file = big_file(dir.path());
    let file = file.to_str().unwrap();
    for args in [
        vec!["report", file, "--format", "csv"],
        vec!["report", file, "--all"],
        vec!["report", file, "--all", "--format", "csv"],
        vec!["report", file, "--top", "3000"],
    ] {
        let mut child = Command::new(BIN)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        {
            let mut stdout = BufReader::new(child.stdout.take().unwrap());
            stdout.read_line(&mut first).unwrap();
            // Dropping the reader closes the pipe, as `| head -1` does.
        }
        assert!(!first.is_empty(), "{args:?} printed nothing");
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(status.code(), Some(101), "{args:?}: {stderr}");
        // Not killed by a signal, and no error about the closed pipe.
        assert_eq!(status.code(), Some(0), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

#[test]
fn missing_file_and_directory_exit_1_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.csv");
    let missing = missing.to_str().unwrap();
    let dir_path = dir.path().to_str().unwrap();
    for cmd in [vec!["check"], vec!["report"], vec!["report", "--all"]] {
        let mut args = cmd.clone();
        args.push(missing);
        let out = run(&args);
        assert_eq!(out.code, Some(1), "{args:?}");
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr,
            format!("{missing}: cannot open: no such file\n")
        );

        let mut args = cmd.clone();
        args.push(dir_path);
        let out = run(&args);
        assert_eq!(out.code, Some(1), "{args:?}");
        assert_eq!(out.stdout, "");
        assert_eq!(
            out.stderr,
            format!("{dir_path}: is a directory, not a CSV file\n")
        );
    }
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
