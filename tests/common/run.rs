//! The headless commands run as a user runs them: the built binary on
//! fixtures, with every input it names checked unchanged afterwards, and
//! helpers to read what it printed.
//!
//! Scoring rules (src/model/score.rs): attainment = score / max_score; pillar
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
use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

pub const TOL: f64 = 1e-3;

pub struct Out {
    pub code: Option<i32>,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
    /// The command line, for messages.
    pub args: String,
    /// From start to exit, for the few tests that bound it loosely (a
    /// hang, not a benchmark).
    pub elapsed: Duration,
}

impl Out {
    /// Exited 0, or fails with what it printed.
    #[track_caller]
    pub fn ok(self) -> Out {
        assert_eq!(
            self.code,
            Some(0),
            "`cyberindex {}` failed: {}",
            self.args,
            self.stderr
        );
        self
    }

    pub fn stderr_lines(&self) -> Vec<&str> {
        self.stderr.lines().collect()
    }

    pub fn json(&self) -> Value {
        assert_eq!(self.code, Some(0), "stderr: {}", self.stderr);
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

/// The binary as a test runs it: standard input closed unless bytes are
/// fed to it, `NO_COLOR` unset (so colour tests see the default), and
/// anything else set through the builder. The one place the tests start
/// `cyberindex` from.
pub struct Run {
    args: Vec<OsString>,
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

/// The binary with these arguments, ready to run with [`Run::out`].
pub fn cyberindex<S: AsRef<OsStr>>(args: &[S]) -> Run {
    let args: Vec<OsString> = args.iter().map(|a| a.as_ref().to_os_string()).collect();
    let mut cmd = Command::new(BIN);
    cmd.args(&args).env_remove("NO_COLOR").stdin(Stdio::null());
    Run {
        args,
        cmd,
        stdin: None,
    }
}

impl Run {
    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.cmd.env(key, value);
        self
    }

    pub fn env_remove(mut self, key: &str) -> Run {
        self.cmd.env_remove(key);
        self
    }

    pub fn dir(mut self, dir: &Path) -> Run {
        self.cmd.current_dir(dir);
        self
    }

    /// Feeds these bytes to standard input (from another thread: the child
    /// may fill its output pipes before it has read all of its input).
    pub fn stdin(mut self, bytes: Vec<u8>) -> Run {
        self.cmd.stdin(Stdio::piped());
        self.stdin = Some(bytes);
        self
    }

    /// The command itself, for tests that spawn it and watch it run (pipes,
    /// limits, timeouts, outputs they expect to change).
    pub fn command(self) -> Command {
        self.cmd
    }

    /// Runs to the end. Every argument that names an existing file is read
    /// before and after the run, and must come out byte-for-byte unchanged;
    /// nothing may panic; standard output and error must be UTF-8.
    pub fn out(self) -> Out {
        let out = self.raw();
        assert!(
            std::str::from_utf8(&out.stdout_bytes).is_ok(),
            "stdout of `cyberindex {}` is not UTF-8",
            out.args
        );
        out
    }

    /// As [`Run::out`], but standard output may be any bytes (it is kept
    /// in `stdout_bytes`; `stdout` is its lossy reading).
    pub fn raw(mut self) -> Out {
        let before: Vec<(PathBuf, Vec<u8>)> = self
            .args
            .iter()
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .filter_map(|p| std::fs::read(&p).ok().map(|bytes| (p, bytes)))
            .collect();
        let shown: Vec<String> = self
            .args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        let shown = shown.join(" ");
        let start = Instant::now();
        let mut child = self
            .cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start cyberindex");
        let feeder = self.stdin.take().map(|bytes| {
            let mut pipe = child.stdin.take().expect("stdin is piped");
            std::thread::spawn(move || {
                // The child may stop reading early, closing the pipe; fine.
                let _ = pipe.write_all(&bytes);
            })
        });
        let output = child.wait_with_output().expect("run cyberindex");
        let elapsed = start.elapsed();
        if let Some(feeder) = feeder {
            feeder.join().expect("feed stdin");
        }
        for (path, bytes) in &before {
            let after = std::fs::read(path).expect("read the input again");
            assert!(
                after == *bytes,
                "{} was modified by `cyberindex {shown}`",
                path.display()
            );
        }
        let stderr = String::from_utf8(output.stderr).expect("stderr is UTF-8");
        assert!(
            !stderr.contains("panicked"),
            "cyberindex {shown} panicked:\n{stderr}"
        );
        Out {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stdout_bytes: output.stdout,
            stderr,
            args: shown,
            elapsed,
        }
    }
}

/// Runs the binary with these arguments: see [`Run::out`].
pub fn run<S: AsRef<OsStr>>(args: &[S]) -> Out {
    cyberindex(args).out()
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
