//! The headless commands run as a user runs them: the built binary on
//! fixtures, with every input it names checked unchanged afterwards, and
//! helpers to read what it printed.
//!
//! Scoring rules (src/data/score.rs): attainment = score / max_score; pillar
//! = 100 × Σ(w × attainment) / Σw over assessed indicators; overall = mean of
//! the scored pillars; tiers by the ITU GCI 2024 bands.
//!
//! The fixtures, by hand (the CLI tests check against these figures):
//!
//! valid.csv, by hand. One country, AAA "Alphaland", years 2020, 2022, 2024.
//! Pillars in order of first appearance: Legal, Technical, Organizational,
//! Capacity Development, Cooperation.
//!
//! 2024 (9 rows, 2 not assessed):
//!   Legal:  L1 2/4 w2 (0.5), L2 3/3 w1 (empty weight → 1; 1.0), L3 empty/5 (not assessed)
//!           → 100 × (2×0.5 + 1×1.0) / 3 = 66.6667
//!   Technical: T1 1/2 w1 (0.5), T2 0/4 w0 → 100 × 0.5 / 1 = 50
//!   Organizational: O1 3/4 target 3 (0.75), O2 2/4 target 3 (0.5) → 62.5
//!   Capacity Development: C1 empty/2 → not scored
//!   Cooperation: K1 4/5 → 80
//!   overall = (66.6667 + 50 + 62.5 + 80) / 4 = 259.1667 / 4 = 64.7917 → tier 3
//! 2022 (8 rows): Legal (2×0.25 + 1)/3 = 50; Technical 50; Organizational
//!   (0.25 + 0.5)/2 = 37.5; Capacity C1 1/2 = 50; Cooperation 5/5 = 100
//!   overall = 287.5 / 5 = 57.5 → tier 3
//! 2020 (1 row): Legal L1 0/4 = 0 → overall 0 (scored, not missing) → tier 5
//!
//! multi.csv, by hand. Countries in file order: QQQ "Qualand", BBB "Betaland".
//! Pillars in order of first appearance: Technical, Legal, Cooperation.
//!   QQQ 2021: Legal 2/4 = 50, Technical 16/16 = 100        → 75, tier 3
//!   QQQ 2023: Legal 4/4 = 100, Technical 15/16 = 93.75     → 96.875, tier 1
//!   BBB 2022: Legal 1/4 = 25, Technical 0/16 = 0, Coop 1/2 = 50 → 25, tier 4
//!   BBB 2024: Legal 100, Technical 8/16 = 50, Coop 2/2 = 100 → 83.3333, tier 3

use super::*;
use serde_json::Value;

pub const TOL: f64 = 1e-3;

pub struct Out {
    pub code: Option<i32>,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

impl Out {
    pub fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }

    pub fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "stderr: {}", self.stderr);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// Runs the binary. Every argument that names an existing file is read
/// before and after the run, and must come out byte-for-byte unchanged.
pub fn run(args: &[&str]) -> Out {
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
pub fn approx(v: &Value, expected: f64) {
    let got = v
        .as_f64()
        .unwrap_or_else(|| panic!("expected a number close to {expected}, got {v}"));
    assert!(
        (got - expected).abs() < TOL,
        "expected {expected}, got {got}"
    );
}

#[track_caller]
pub fn approx_str(cell: &str, expected: f64) {
    let got: f64 = cell
        .parse()
        .unwrap_or_else(|_| panic!("expected a number close to {expected}, got {cell:?}"));
    assert!(
        (got - expected).abs() < TOL,
        "expected {expected}, got {got}"
    );
}

/// The JSON object of the pillar named `name`.
pub fn pillar<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["pillars"]
        .as_array()
        .expect("pillars is an array")
        .iter()
        .find(|p| p["pillar"] == name)
        .unwrap_or_else(|| panic!("no pillar {name} in {}", report["pillars"]))
}

pub fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
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
pub fn pos(hay: &str, needle: &str) -> usize {
    hay.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not found in:\n{hay}"))
}
