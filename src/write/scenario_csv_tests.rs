//! Scenario files written and read back: the rows are the net changes,
//! the round trip gives the same projection, and saving never replaces
//! data or an earlier scenario.

use super::*;
use crate::model::scenario::project;
use crate::read::scenario::load_scenario;
// The reader's fixture: what is written here is read back there.
use crate::read::scenario::tests::{CSV, ds, obs};

#[test]
fn written_rows_are_the_net_changes_by_code_year_and_id() {
    let ds = ds();
    let mut s = Scenario::default();
    s.set(&ds, obs(&ds, "ZMB", 2024, "L1"), 3.0);
    s.set(&ds, obs(&ds, "ZMB", 2024, "L2"), 2.5);
    s.set(&ds, obs(&ds, "KEN", 2024, "T9"), 1.0 / 3.0);
    // Set back to the real score: no change, so not written.
    s.set(&ds, obs(&ds, "ZMB", 2024, "T1"), 1.0);
    assert_eq!(
        to_csv(&ds, &s),
        "country,year,indicator_id,score\nZMB,2024,L1,3\nZMB,2024,L2,2.5\nKEN,2024,T9,0.3333333333333333\n"
    );
    assert_eq!(
        to_csv(&ds, &Scenario::default()),
        "country,year,indicator_id,score\n"
    );
}

#[test]
fn round_trip_gives_the_same_changes_and_projection() {
    let ds = ds();
    let mut s = Scenario::default();
    s.set(&ds, obs(&ds, "ZMB", 2024, "L1"), 3.7);
    s.set(&ds, obs(&ds, "ZMB", 2024, "L2"), 1.0 / 7.0);
    s.set(&ds, obs(&ds, "ZMB", 2023, "L1"), 0.0);
    s.set(&ds, obs(&ds, "KEN", 2024, "T9"), 2.0);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.csv");
    save_scenario(&path, &ds, &s, &[]).unwrap();
    let back = load_scenario(&path, &ds).unwrap();
    assert_eq!(back.changes(&ds), s.changes(&ds));
    for (c, y) in [(0, 0), (0, 1), (1, 1)] {
        assert_eq!(project(&ds, &back, c, y), project(&ds, &s, c, y));
    }
}

#[test]
fn saving_refuses_the_data_file_and_fresh_names_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("review.csv");
    std::fs::write(&data, CSV).unwrap();
    let mut ds = crate::read::load_path(&data).unwrap();
    let mut s = Scenario::default();
    s.set(&ds, obs(&ds, "ZMB", 2024, "L1"), 4.0);
    let err = save_scenario(&data, &ds, &s, &[]).unwrap_err().to_string();
    assert!(err.contains("refusing"), "{err}");
    ds.source = "elsewhere.csv".into();
    assert!(save_scenario(&data, &ds, &s, std::slice::from_ref(&data)).is_err());
    assert_eq!(std::fs::read_to_string(&data).unwrap(), CSV);

    let first = fresh_scenario_path(&data, "ZMB", 2024);
    assert_eq!(first, dir.path().join("review-scenario-ZMB-2024.csv"));
    save_scenario(&first, &ds, &s, &[]).unwrap();
    let second = fresh_scenario_path(&data, "ZMB", 2024);
    assert_eq!(second, dir.path().join("review-scenario-ZMB-2024-2.csv"));
    std::fs::write(&second, "x").unwrap();
    assert_eq!(
        fresh_scenario_path(&data, "ZMB", 2024),
        dir.path().join("review-scenario-ZMB-2024-3.csv")
    );
    // A hostile code cannot leave the directory or hide the file.
    assert_eq!(
        fresh_scenario_path(&data, "../\x1b.", 2024),
        dir.path().join("review-scenario-_____-2024.csv")
    );
    assert_eq!(
        fresh_scenario_path(&data, "", 2024),
        dir.path().join("review-scenario-2024.csv")
    );
}

/// Standard input or a FIFO has no folder to save beside (`/dev` would be
/// tried for `/dev/stdin`): the scenario goes to the current folder, named
/// in full.
#[cfg(unix)]
#[test]
fn a_scenario_of_input_that_is_not_a_file_goes_to_the_current_folder() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("piped.csv");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    assert!(!crate::write::fresh::saves_beside(&fifo));
    let path = fresh_scenario_path(&fifo, "ZMB", 2024);
    let cwd = std::env::current_dir().unwrap();
    assert!(path.is_absolute(), "{}", path.display());
    assert_eq!(path.parent(), Some(cwd.as_path()));
    assert!(
        path.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("piped-scenario-ZMB-2024"),
        "{}",
        path.display()
    );
}
