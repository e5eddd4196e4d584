//! The shape of an indicator file: its header, blank lines and rows,
//! delimiters, and what a file with nothing under its header is.

use super::*;

#[test]
fn loads_a_valid_file_with_defaults() {
    let ds = load(&with_rows(&[
        OK_ROW,
        "ZMB,2024,Legal,L2,,,2,,,",
        "ZMB,2023,Technical,T1,CIRT,1,2,2,1.5,",
    ]))
    .unwrap();
    assert_eq!(ds.countries.len(), 1);
    assert_eq!(ds.years, vec![2023, 2024]);
    assert_eq!(ds.pillars, vec!["Legal", "Technical"]);
    assert_eq!(ds.obs.len(), 3);
    assert_eq!(ds.not_assessed(), 1);
    let y24 = ds.year_ix(2024).unwrap();
    let l2 = ds
        .rows(0, y24)
        .find(|&i| ds.indicator_of(i).id == "L2")
        .unwrap();
    // Empty weight → 1, empty target → max_score, empty name → id.
    assert_eq!(ds.weight(l2), 1.0);
    assert_eq!(ds.target(l2), 2.0);
    assert_eq!(ds.indicator_of(l2).name, "L2");
    assert_eq!(ds.score(l2), None);
    let t1 = ds.rows(0, 0).next().unwrap();
    assert_eq!(ds.target(t1), 1.5);
    assert_eq!(ds.weight(t1), 2.0);
    assert_eq!(ds.obs.line[t1], 4);
    assert_eq!(ds.evidence(ds.rows(0, y24).next().unwrap()), "Act 2021");
}

#[test]
fn bom_crlf_quoted_commas_and_newlines() {
    let text = "\u{feff}Year,PILLAR,Indicator_ID,Score,Max_Score,Evidence\r\n\
                2024,Legal,L1,1,2,\"Act, 2021\r\nsecond line\"\r\n\
                2024,Legal,L2,2,2,plain\r\n";
    let ds = load(text).unwrap();
    assert_eq!(ds.obs.len(), 2);
    assert_eq!(ds.evidence(0), "Act, 2021\r\nsecond line");
    // The quoted newline makes the second record start on line 4.
    assert_eq!(ds.obs.line[1], 4);
    assert_eq!(ds.countries[0].code, "");
}

#[test]
fn unknown_columns_are_ignored_with_one_warning() {
    let ds =
        load("year,pillar,indicator_id,score,max_score,notes,Owner\n2024,P,I,1,2,x,y\n").unwrap();
    assert_eq!(ds.warnings.len(), 1);
    assert!(ds.warnings[0].contains("\"notes\""), "{:?}", ds.warnings);
    assert!(ds.warnings[0].contains("\"Owner\""));
}

#[test]
fn blank_lines_and_rows_of_bare_commas_are_skipped() {
    let ds = load(&with_rows(&["", OK_ROW, ",,,,,,,,,", ""])).unwrap();
    assert_eq!(ds.obs.len(), 1);
}

#[test]
fn missing_required_columns_are_all_named() {
    let e = errors("year,pillar,score\n2024,Legal,1\n");
    assert_eq!(
        e,
        vec![
            "t.csv:1: indicator_id: required column is missing from the header",
            "t.csv:1: max_score: required column is missing from the header",
        ]
    );
}

#[test]
fn duplicated_header_column_is_an_error() {
    let e = errors("year,pillar,indicator_id,score,max_score,Score\n2024,L,I,1,2,1\n");
    assert_eq!(
        e,
        vec!["t.csv:1: score: column appears more than once in the header"]
    );
}

#[test]
fn file_with_no_data_rows_is_an_error() {
    assert_eq!(
        errors(HEADER),
        vec!["t.csv:2: no data rows: the file has a header and nothing under it"]
    );
    assert_eq!(
        errors(""),
        vec!["t.csv:1: the file is empty: expected a header row"]
    );
    assert_eq!(
        errors("\u{feff}"),
        vec!["t.csv:1: the file is empty: expected a header row"]
    );
    assert_eq!(
        errors("\u{feff}\r\n\r\n"),
        vec!["t.csv:1: the file is empty: expected a header row"]
    );
}

#[test]
fn semicolon_files_with_decimal_commas_load() {
    let ds = load("year;pillar;indicator_id;score;max_score\n2024;Legal;L1;2,5;4\n").unwrap();
    assert_eq!(ds.score(0), Some(2.5));
}

#[test]
fn whitespace_around_cells_is_trimmed() {
    let ds =
        load("year,pillar,indicator_id,score,max_score\n 2024 , Legal , L1 , 2 , 4 \n").unwrap();
    assert_eq!(ds.pillars, vec!["Legal"]);
    assert_eq!(ds.score(0), Some(2.0));
}

#[test]
fn country_names_and_regions_are_kept() {
    let ds = load("country,country_name,region,year,pillar,indicator_id,score,max_score\nZMB,,,2023,P,I,1,2\nZMB,Zambia,Africa,2024,P,I,1,2\n").unwrap();
    assert_eq!(ds.countries[0].label(), "Zambia");
    assert_eq!(ds.countries[0].region.as_deref(), Some("Africa"));
    assert_eq!(ds.find_country("zambia"), Some(0));
    assert_eq!(ds.find_country("zmb"), Some(0));
}

#[test]
fn distinct_sources_are_kept_in_order_and_rows_without_one_counted() {
    let ds = load(
        "year,pillar,indicator_id,score,max_score,Source\n\
         2024,P,A,1,2,ITU\n\
         2024,P,B,1,2,ITU\n\
         2024,P,C,1,2,\n\
         2024,P,D,1,2,\" National review \"\n\
         2024,P,E,1,2,ITU\n",
    )
    .unwrap();
    assert_eq!(ds.data_sources, ["ITU", "National review"]);
    assert_eq!(ds.rows_without_source, 1);
    assert!(ds.warnings.is_empty(), "a known column: {:?}", ds.warnings);
    // Without the column, no row states a source.
    let ds = load(&with_rows(&[OK_ROW, "ZMB,2023,Legal,L1,,1,4,,,"])).unwrap();
    assert!(ds.data_sources.is_empty());
    assert_eq!(ds.rows_without_source, 2);
}
