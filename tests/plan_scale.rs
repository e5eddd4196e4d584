//! One country-year of hundreds of thousands of indicators (every row of
//! the file in the same slot): the action plan must still arrive, and the
//! dashboard must draw its first frame and answer keys while it is made.
//!
//! The plan used to be quadratic: 0.1 s at 10k indicators, 6 s at 80k, and
//! minutes at 200k, even in a release build. Now it is O(n log n): about a
//! second at 200k in the debug build the tests run, mostly reading the
//! file. The deadlines below are hang guards with a wide margin, not
//! timings.

mod common;

use common::*;
use serde_json::Value;

/// How long a command on 200k indicators may take before it counts as
/// hung: the quadratic plan took minutes there, the current one seconds.
const HANG_GUARD: Duration = Duration::from_secs(120);

fn one_slot(dir: &Path, indicators: u64) -> String {
    let path = dir.join("slot.csv");
    let mut out = std::io::BufWriter::new(File::create(&path).unwrap());
    cyberindex::synthetic::write_one_slot_csv(indicators, &mut out).unwrap();
    drop(out);
    path.to_string_lossy().into_owned()
}

/// Runs the binary to the end or to the hang guard, whichever comes first;
/// its stdout.
fn run_guarded(args: &[&str]) -> Vec<u8> {
    let mut child = cyberindex(args)
        .command()
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = thread::spawn(move || {
        let mut out = Vec::new();
        stdout.read_to_end(&mut out).unwrap();
        out
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > HANG_GUARD {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!(
                "cyberindex {} still running after {HANG_GUARD:?}",
                args.join(" ")
            );
        }
        thread::sleep(POLL);
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        status.success(),
        "cyberindex {}: {status}\n{err}",
        args.join(" ")
    );
    reader.join().unwrap()
}

#[test]
fn the_plan_of_a_huge_country_year_arrives() {
    let dir = tempfile::tempdir().unwrap();
    let file = one_slot(dir.path(), 200_000);
    let out = run_guarded(&["report", &file, "--plan", "--format", "json"]);
    let p: Value = serde_json::from_slice(&out).unwrap();
    // About half of every maximum: Tier 4, and Tier 3 at 55 is in reach.
    let start = p["start"]["overall"].as_f64().unwrap();
    assert!((45.0..55.0).contains(&start), "{start}");
    assert_eq!(p["goal"]["score"], 55.0);
    assert_eq!(p["reached"], true);
    let steps = p["steps"].as_array().unwrap();
    assert!(steps.len() > 100, "{} steps", steps.len());
    let overall: Vec<f64> = steps
        .iter()
        .map(|s| s["overall"].as_f64().unwrap())
        .collect();
    assert!(
        overall.windows(2).all(|w| w[0] < w[1]),
        "the index rises at every step"
    );
    assert!(overall[overall.len() - 1] >= 55.0);
    assert!(overall[overall.len() - 2] < 55.0);
    let best = p["best_reachable"]["overall"].as_f64().unwrap();
    assert!((99.0..=100.0).contains(&best), "{best}");
}

#[test]
fn the_dashboard_draws_and_answers_keys_while_a_huge_plan_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let file = one_slot(dir.path(), 200_000);
    // The first frame used to wait for the plan: minutes at this size.
    let mut s = Session::spawn(&[&file], 120, 40);
    s.wait_for_within("Overall index", HANG_GUARD);
    // Gaps at once: the plan is being worked out, or already is.
    s.send("4");
    s.wait_until("the Gaps pane with its plan block", |screen, _| {
        let text = screen.contents();
        text.contains("What to fix first")
            && (text.contains("Working out the plan") || text.contains("Plan to Tier 3"))
    });
    // It arrives with no key pressed.
    s.wait_for_within("Plan to Tier 3", HANG_GUARD);
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);

    // Quitting while the plan is still being made quits at once.
    let mut s = Session::spawn(&[&file], 120, 40);
    s.wait_for_within("Overall index", HANG_GUARD);
    s.send("4q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
}
