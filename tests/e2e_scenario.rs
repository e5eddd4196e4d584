//! What-if scenarios in the real binary in a pseudo-terminal: quitting with
//! unsaved changes (`q` asks, Esc stays, `w` saves and quits, `q` quits
//! without saving, Ctrl-C quits at once), and opening on a saved scenario.

mod common;
use common::*;

/// The bundled sample, copied where a saved scenario may be written.
fn copy_of_sample() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let file = file.to_string_lossy().into_owned();
    (dir, file)
}

fn scenario_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("scenario"))
        .collect();
    v.sort();
    v
}

/// Opens the copy, goes to Gaps and raises the first indicator to target.
fn with_a_what_if(file: &str) -> Session {
    let mut s = Session::spawn(&[file], 100, 30);
    s.wait_for("Overall index");
    s.press("4", "What to fix first");
    s.press("T", "SCENARIO");
    s
}

#[test]
fn q_asks_before_losing_unsaved_changes() {
    let (dir, file) = copy_of_sample();
    let mut s = with_a_what_if(&file);
    s.press("q", "Unsaved what-if changes");
    s.wait_for("w save and quit");
    s.wait_for("q quit without saving");
    s.wait_for("Esc stay");
    // Esc stays, with everything as it was.
    s.esc("Unsaved what-if changes");
    s.wait_for("SCENARIO");
    // w saves, then quits.
    s.press("q", "Unsaved what-if changes");
    s.send("w");
    let raw = s.expect_exit(0);
    let saved = scenario_files(dir.path());
    assert_eq!(saved.len(), 1, "{saved:?}");
    // Where it went is said once the terminal is back.
    let said = format!("scenario saved to {}", dir.path().join(&saved[0]).display());
    assert!(has(&raw, said.as_bytes()), "{}", tail(&raw, 300));
    let text = std::fs::read_to_string(dir.path().join(&saved[0])).unwrap();
    assert!(text.contains("ZMB,2024,CAP-07,3"), "{text}");
}

#[test]
fn q_twice_quits_without_saving_and_ctrl_c_never_asks() {
    let (dir, file) = copy_of_sample();
    let mut s = with_a_what_if(&file);
    s.press("q", "Unsaved what-if changes");
    s.send("q");
    s.expect_exit(0);
    assert!(scenario_files(dir.path()).is_empty());

    let mut s = with_a_what_if(&file);
    s.send(CTRL_C);
    s.expect_exit(0);
    assert!(scenario_files(dir.path()).is_empty());

    // Nothing changed, nothing to ask.
    let mut s = Session::spawn(&[&file], 100, 30);
    s.wait_for("Overall index");
    s.send("q");
    s.expect_exit(0);
}

#[test]
fn a_scenario_about_one_country_year_opens_there() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("zmb.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nZMB,2024,ITU_GCI_CDS_SCORE,20\n",
    )
    .unwrap();
    let gci = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let mut s = Session::spawn(
        &[
            gci.to_str().unwrap(),
            "--scenario",
            scenario.to_str().unwrap(),
        ],
        120,
        40,
    );
    // Not Afghanistan, the first country in the file: Zambia, with the
    // scenario's 97.62 beside the actual 92.58.
    s.wait_for("Zambia (ZMB)");
    s.wait_for("SCENARIO  97.62");
    s.send("q");
    s.expect_exit(0);
}

/// With input that is not a regular file (here a FIFO; `/dev/stdin` is the
/// same case), `w` saves in the current directory, never beside the input,
/// and says where.
#[cfg(unix)]
#[test]
fn w_saves_in_the_current_directory_when_the_input_is_not_a_file() {
    let input_dir = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let fifo = input_dir.path().join("review.csv");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    let sample = std::fs::read(bundled()).unwrap();
    {
        let fifo = fifo.clone();
        // Blocks until the dashboard opens the FIFO; a failed test's process
        // exit ends it otherwise.
        thread::spawn(move || File::create(fifo).unwrap().write_all(&sample).unwrap());
    }
    let fifo = fifo.to_string_lossy().into_owned();
    let mut s = Session::spawn_in(cwd.path(), &[&fifo, "--no-watch"], 100, 30, &[]);
    s.wait_for("Overall index");
    s.press("4", "What to fix first");
    s.press("T", "SCENARIO");
    s.press("q", "Unsaved what-if changes");
    s.send("w");
    let raw = s.expect_exit(0);
    let saved = scenario_files(cwd.path());
    assert_eq!(saved, ["review-scenario-ZMB-2024.csv"]);
    assert_eq!(scenario_files(input_dir.path()), Vec::<String>::new());
    let path = cwd.path().canonicalize().unwrap().join(&saved[0]);
    let said = format!("scenario saved to {}", path.display());
    assert!(has(&raw, said.as_bytes()), "{}", tail(&raw, 300));
}
