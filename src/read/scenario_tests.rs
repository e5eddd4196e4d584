use super::*;
use crate::model::scenario::project;
use crate::read::load_reader;
// Round trips: what the writer saves, this reader reads back the same.
use crate::write::scenario_csv::{fresh_scenario_path, save_scenario, saves_beside, to_csv};

const CSV: &str = "country,country_name,year,pillar,indicator_id,score,max_score,target
ZMB,Zambia,2023,Legal,L1,1,4,
ZMB,Zambia,2024,Legal,L1,2,4,
ZMB,Zambia,2024,Legal,L2,,3,
ZMB,Zambia,2024,Technical,T1,1,2,
KEN,Kenya,2024,Legal,L1,3,4,
KEN,Kenya,2024,Technical,T9,0.5,2,
";

fn ds() -> Dataset {
    load_reader("data.csv", CSV.as_bytes()).unwrap()
}

fn obs(ds: &Dataset, code: &str, year: i32, id: &str) -> usize {
    let c = ds.find_country(code).unwrap();
    let y = ds.year_ix(year).unwrap();
    ds.rows(c, y)
        .find(|&i| ds.indicator_of(i).id == id)
        .unwrap()
}

fn read(text: &str) -> Result<Scenario, LoadError> {
    read_scenario("s.csv", text.as_bytes(), &ds())
}

/// The first error line of reading `text`.
fn error(text: &str) -> String {
    read(text).unwrap_err().first()
}

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
    assert!(!saves_beside(&fifo));
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

#[test]
fn rows_may_name_countries_by_name_and_use_excel_habits() {
    let ds = ds();
    let s = read("\u{feff}Country;Year;Indicator ID;Score;note\nzambia;2024;L1;2,5;why\n\n;;;;\n")
        .unwrap();
    assert_eq!(s.proposed(obs(&ds, "ZMB", 2024, "L1")), Some(2.5));
    // A header alone is an empty scenario.
    assert!(
        read("country,year,indicator_id,score\n")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn unknown_country_year_and_indicator_are_located() {
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,1\nXYZ,2024,L1,1\n"),
        "s.csv:3: country: no country \"XYZ\" in the data"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nKEN,2023,L1,1\n"),
        "s.csv:2: year: Kenya has no data for 2023 (years: 2024)"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,20x4,L1,1\n"),
        "s.csv:2: year: \"20x4\" is not a year like 2024"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,1\nZMB,2024,LEG-99,1\n"),
        "s.csv:3: indicator_id: unknown indicator \"LEG-99\": it is not in the data"
    );
    // Known, but not in that country-year.
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,T9,1\n"),
        "s.csv:2: indicator_id: indicator \"T9\" has no row for Zambia in 2024"
    );
}

#[test]
fn bad_scores_duplicates_and_headers_are_located() {
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,abc\n"),
        "s.csv:2: score: \"abc\" is not a number"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,5\n"),
        "s.csv:2: score: 5 is outside 0..=4 (0 to max_score of L1)"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,-1\n"),
        "s.csv:2: score: -1 is outside 0..=4 (0 to max_score of L1)"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,NaN\n"),
        "s.csv:2: score: \"NaN\" is not a finite number"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L2,\n"),
        "s.csv:2: score: is empty: a scenario row proposes a score"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1,1\nKEN,2024,L1,1\nzambia,2024,L1,2\n"),
        "s.csv:4: indicator_id: duplicate row for (ZMB, 2024, L1): already given at line 2"
    );
    assert_eq!(
        error("country,year,indicator_id,score\nZMB,2024,L1\n"),
        "s.csv:2: row has 3 fields but the header has 4"
    );
    let e = read("country,year,score,score\n").unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [
            "s.csv:1: score: column appears more than once in the header",
            "s.csv:1: indicator_id: required column is missing from the header (a scenario has country,year,indicator_id,score)",
        ]
    );
    // As every reader says it (input_tests.rs).
    assert_eq!(
        error(""),
        "s.csv:1: the file is empty: expected a header row"
    );
    assert!(error("PK\x03\x04").contains("not CSV text"));
}

#[test]
fn every_bad_row_is_reported_at_once() {
    let e =
        read("country,year,indicator_id,score\nXYZ,2024,L1,1\nZMB,2024,L1,9\nZMB,2024,NOPE,x\n")
            .unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [
            "s.csv:2: country: no country \"XYZ\" in the data",
            "s.csv:3: score: 9 is outside 0..=4 (0 to max_score of L1)",
            "s.csv:4: indicator_id: unknown indicator \"NOPE\": it is not in the data",
            "s.csv:4: score: \"x\" is not a number",
        ]
    );
}

#[test]
fn a_scenario_saved_as_windows_1252_is_decoded_and_undecodable_text_located() {
    let ds = load_reader(
        "data.csv",
        "country,country_name,year,pillar,indicator_id,score,max_score\nCIV,Côte d'Ivoire,2024,Légal,L1,1,4\n"
            .as_bytes(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.csv");
    let bytes = b"country,year,indicator_id,score\r\nC\xf4te d'Ivoire,2024,L1,3\r\n";
    std::fs::write(&path, bytes).unwrap();
    let s = load_scenario(&path, &ds).unwrap();
    assert_eq!(s.changes(&ds).len(), 1);
    assert_eq!(s.proposed(0), Some(3.0));
    // Read from a stream, which cannot be read twice, it is located as
    // an indicator file's would be.
    assert_eq!(
        read_scenario("s.csv", &bytes[..], &ds).unwrap_err().first(),
        format!("s.csv:2: country: {NOT_UTF8}")
    );
    // A byte that Windows-1252 leaves undefined: not decoded, and said so.
    std::fs::write(
        &path,
        b"country,year,indicator_id,score\nC\xf4te\x81,2024,L1,3\n",
    )
    .unwrap();
    assert_eq!(
        load_scenario(&path, &ds).unwrap_err().first(),
        format!(
            "{}:2: country: {}",
            path.display(),
            crate::read::encoding::NEITHER
        )
    );
}
