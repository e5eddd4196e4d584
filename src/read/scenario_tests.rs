use super::*;
use crate::read::load_reader;

/// Shared with the writer's round-trip tests.
pub(crate) const CSV: &str = "country,country_name,year,pillar,indicator_id,score,max_score,target
ZMB,Zambia,2023,Legal,L1,1,4,
ZMB,Zambia,2024,Legal,L1,2,4,
ZMB,Zambia,2024,Legal,L2,,3,
ZMB,Zambia,2024,Technical,T1,1,2,
KEN,Kenya,2024,Legal,L1,3,4,
KEN,Kenya,2024,Technical,T9,0.5,2,
";

pub(crate) fn ds() -> Dataset {
    load_reader("data.csv", CSV.as_bytes()).unwrap()
}

pub(crate) fn obs(ds: &Dataset, code: &str, year: i32, id: &str) -> usize {
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
