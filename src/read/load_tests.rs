use super::*;
use std::fmt::Write as _;

const HEADER: &str =
    "country,year,pillar,indicator_id,indicator,score,max_score,weight,target,evidence\n";

fn load(text: &str) -> Result<Dataset, LoadError> {
    load_reader("t.csv", text.as_bytes())
}

fn errors(text: &str) -> Vec<String> {
    load(text)
        .expect_err("expected the file to be rejected")
        .lines()
        .collect()
}

fn with_rows(rows: &[&str]) -> String {
    let mut s = HEADER.to_string();
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

const OK_ROW: &str = "ZMB,2024,Legal,L1,Cybercrime law,3,4,1,,Act 2021";

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
fn unparsable_nan_and_infinite_numbers_are_located() {
    let e = errors(&with_rows(&[
        "ZMB,2024,Legal,L1,,abc,4,,,",
        "ZMB,2024,Legal,L2,,NaN,4,,,",
        "ZMB,2024,Legal,L3,,1,inf,,,",
        "ZMB,2024,Legal,L4,,75%,4,,,",
    ]));
    assert_eq!(e[0], "t.csv:2: score: \"abc\" is not a number");
    assert_eq!(e[1], "t.csv:3: score: \"NaN\" is not a finite number");
    assert_eq!(e[2], "t.csv:4: max_score: \"inf\" is not a finite number");
    assert!(
        e[3].starts_with(
            "t.csv:5: score: \"75%\" is not a number: write the score without a % sign"
        )
    );
}

#[test]
fn score_must_be_within_zero_and_max() {
    let e = errors(&with_rows(&[
        "ZMB,2024,Legal,L1,,-1,4,,,",
        "ZMB,2024,Legal,L2,,5,4,,,",
    ]));
    assert_eq!(
        e,
        vec![
            "t.csv:2: score: must not be negative, found -1",
            "t.csv:3: score: 5 is above max_score 4",
        ]
    );
}

#[test]
fn max_score_must_be_positive_and_present() {
    let e = errors(&with_rows(&[
        "ZMB,2024,Legal,L1,,0,0,,,",
        "ZMB,2024,Legal,L2,,0,-2,,,",
        "ZMB,2024,Legal,L3,,0,,,,",
    ]));
    assert_eq!(e[0], "t.csv:2: max_score: must be greater than 0, found 0");
    assert_eq!(e[1], "t.csv:3: max_score: must be greater than 0, found -2");
    assert_eq!(
        e[2],
        "t.csv:4: max_score: is empty; every indicator needs a maximum"
    );
}

#[test]
fn weight_must_not_be_negative() {
    let e = errors(&with_rows(&["ZMB,2024,Legal,L1,,1,4,-0.5,,"]));
    assert_eq!(e, vec!["t.csv:2: weight: must not be negative, found -0.5"]);
}

#[test]
fn zero_weight_is_allowed() {
    assert!(load(&with_rows(&["ZMB,2024,Legal,L1,,1,4,0,,"])).is_ok());
}

#[test]
fn target_must_be_within_zero_and_max() {
    let e = errors(&with_rows(&[
        "ZMB,2024,Legal,L1,,1,4,,5,",
        "ZMB,2024,Legal,L2,,1,4,,-1,",
    ]));
    assert_eq!(
        e,
        vec![
            "t.csv:2: target: 5 is outside 0..=4 (0 to max_score)",
            "t.csv:3: target: -1 is outside 0..=4 (0 to max_score)",
        ]
    );
}

#[test]
fn year_must_be_a_plausible_integer() {
    let e = errors(&with_rows(&[
        "ZMB,twenty,Legal,L1,,1,4,,,",
        "ZMB,2024.5,Legal,L2,,1,4,,,",
        "ZMB,99999,Legal,L3,,1,4,,,",
    ]));
    assert_eq!(e[0], "t.csv:2: year: \"twenty\" is not a year like 2024");
    assert_eq!(e[1], "t.csv:3: year: \"2024.5\" is not a year like 2024");
    assert_eq!(e[2], "t.csv:4: year: 99999 is not a plausible year");
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
fn empty_pillar_indicator_id_and_country_are_errors() {
    let e = errors(&with_rows(&[
        "ZMB,2024,,L1,,1,4,,,",
        "ZMB,2024,Legal,,,1,4,,,",
        ",2024,Legal,L3,,1,4,,,",
    ]));
    assert_eq!(
        e,
        vec![
            "t.csv:2: pillar: is empty",
            "t.csv:3: indicator_id: is empty",
            "t.csv:4: country: is empty",
        ]
    );
}

#[test]
fn wrong_number_of_fields_is_located() {
    let e = errors(&with_rows(&[
        "ZMB,2024,Legal,L1,,1,4",
        "ZMB,2024,Legal,L2,,1,4,,,,extra",
        "\"ZMB,2024,Legal,L3,,1,4,,,\"",
    ]));
    assert_eq!(
        e,
        vec![
            "t.csv:2: row has 7 fields but the header has 10",
            "t.csv:3: row has 11 fields but the header has 10",
            "t.csv:4: row has 1 field but the header has 10",
        ]
    );
}

#[test]
fn duplicates_name_both_lines() {
    let e = errors(&with_rows(&[OK_ROW, "ZMB,2023,Legal,L1,,1,4,,,", OK_ROW]));
    assert_eq!(
        e,
        vec!["t.csv:4: indicator_id: duplicate row for (ZMB, 2024, L1): already given at line 2"]
    );
}

#[test]
fn same_indicator_in_other_country_or_year_is_not_a_duplicate() {
    let ds = load(&with_rows(&[
        OK_ROW,
        "KEN,2024,Legal,L1,,1,4,,,",
        "ZMB,2023,Legal,L1,,1,4,,,",
    ]))
    .unwrap();
    assert_eq!(ds.obs.len(), 3);
    assert_eq!(ds.countries.len(), 2);
}

#[test]
fn indicator_moving_between_pillars_is_an_error() {
    let e = errors(&with_rows(&[OK_ROW, "ZMB,2023,Technical,L1,,1,4,,,"]));
    assert_eq!(
        e,
        vec![
            "t.csv:3: pillar: indicator \"L1\" is in pillar \"Legal\" at line 2, but in \"Technical\" here"
        ]
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
fn files_that_are_not_csv_text_are_recognised() {
    let xlsx = b"PK\x03\x04\x14\x00\x06\x00rest-of-zip";
    let e = load_reader("book.xlsx", &xlsx[..]).unwrap_err();
    assert!(
        e.first()
            .starts_with("book.xlsx: not CSV text: this looks like an Excel workbook"),
        "{}",
        e.first()
    );
    let e = load_reader("bin.csv", &b"year,pillar\x00\x01\x02"[..]).unwrap_err();
    assert_eq!(
        e.first(),
        "bin.csv:1: not CSV text: the file contains binary data (a NUL byte)"
    );
}

#[test]
fn invalid_utf8_is_located_with_a_hint() {
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"ZMB,2024,Legal,L1,Caf\xe9 law,1,4,,,\n");
    let e = load_reader("t.csv", &bytes[..]).unwrap_err();
    assert_eq!(
        e.first(),
        "t.csv:2: indicator: is not valid UTF-8 text; if Excel saved it, use Save As > CSV UTF-8"
    );
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let rows: Vec<String> = (0..30)
        .map(|i| format!("ZMB,2024,Legal,L{i},,x,4,,,"))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let e = load(&with_rows(&rows)).unwrap_err();
    assert_eq!(e.total, 30);
    assert_eq!(e.diagnostics.len(), 30);
    assert!(e.render(10).ends_with("… and 20 more errors (30 in total)"));
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
fn directories_and_missing_paths_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_path(dir.path()).unwrap_err();
    assert!(
        e.first().ends_with(": is a directory, not a CSV file"),
        "{}",
        e.first()
    );
    let e = load_path(&dir.path().join("nope.csv")).unwrap_err();
    assert!(
        e.first().ends_with("nope.csv: cannot open: no such file"),
        "{}",
        e.first()
    );
}

#[test]
fn fast_decimals_equal_the_general_parser() {
    for text in [
        "0",
        "3",
        "2.5",
        "0.1",
        "1.25",
        "99.99",
        "123456789012345",
        "0.000000000000001",
        "17.61548499171412",
        "14.9661427679500",
        "20.0",
        "007",
        "1.",
    ] {
        let expected: f64 = text.parse().unwrap();
        assert_eq!(
            parse_number(text.as_bytes(), false).unwrap().to_bits(),
            expected.to_bits(),
            "{text}"
        );
    }
    // Longer than 15 digits, signs and exponents take the general path.
    for text in ["14.966142767950052", "-1", "+2", "1e3", ".5", "1_0"] {
        let general = text.parse::<f64>().ok().filter(|v| v.is_finite());
        assert_eq!(parse_number(text.as_bytes(), false).ok(), general, "{text}");
    }
    assert_eq!(parse_number(b"2,5", true).unwrap(), 2.5);
}

proptest::proptest! {
    /// Any decimal the fast path takes comes out bit for bit as std's parse.
    #[test]
    fn fast_decimal_is_exact(int in 0u64..10_000_000, frac in 0u64..100_000_000, places in 0usize..9) {
        let text = if places == 0 { int.to_string() } else { format!("{int}.{:0places$}", frac % 10u64.pow(places as u32)) };
        let expected: f64 = text.parse().unwrap();
        proptest::prop_assert_eq!(parse_number(text.as_bytes(), false).unwrap().to_bits(), expected.to_bits(), "{}", text);
    }
}

/// A file as Excel's "CSV (Comma delimited)" saves it on Western-European
/// Windows: Windows-1252, CRLF, quotes only where needed.
fn excel_cp1252() -> Vec<u8> {
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence,Ann\xe9e\r\n");
    bytes.extend_from_slice(b"CIV,C\xf4te d'Ivoire,2024,L\xe9gal,LEG-01,Loi \x93cybercriminalit\xe9\x94,3,4,\"Budget 5 000 \x80,\r\nsee \x93Plan\x94\",x\r\n");
    bytes.extend_from_slice(
        b"CIV,C\xf4te d'Ivoire,2024,L\xe9gal,LEG-02,Prot\xe9ction,1,4,\x84quoted\x93 \x96 ok,y\r\n",
    );
    bytes
}

fn write_file(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn windows_1252_files_are_decoded_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "excel.csv", &excel_cp1252());
    let ds = load_path(&path).unwrap();
    assert_eq!(ds.warnings.len(), 2, "{:?}", ds.warnings);
    assert_eq!(
        ds.warnings[0],
        "decoded as Windows-1252 (the file is not UTF-8); save it as CSV UTF-8 to silence this"
    );
    assert!(ds.warnings[1].contains("\"Année\""), "{:?}", ds.warnings);
    assert_eq!(ds.countries[0].label(), "Côte d'Ivoire");
    assert_eq!(ds.pillars, vec!["Légal"]);
    assert_eq!(ds.indicators[0].name, "Loi “cybercriminalité”");
    assert_eq!(ds.evidence(0), "Budget 5 000 €,\r\nsee “Plan”");
    assert_eq!(ds.evidence(1), "„quoted“ – ok");
    // The quoted line end in row 2 puts row 3 on line 4, as in the bytes.
    assert_eq!(ds.obs.line, vec![2, 4]);
    assert_eq!(ds.source, path.display().to_string());
}

#[test]
fn errors_in_a_windows_1252_file_name_the_file_and_the_true_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = excel_cp1252();
    bytes.extend_from_slice(b"CIV,C\xf4te d'Ivoire,2024,L\xe9gal,LEG-03,Caf\xe9,\x80 3,4,,\r\n");
    let path = write_file(dir.path(), "bad.csv", &bytes);
    let e = load_path(&path).unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        vec![format!(
            "{}:5: score: \"€ 3\" is not a number",
            path.display()
        )]
    );
}

#[test]
fn bytes_undefined_in_windows_1252_are_a_located_encoding_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(b"ZMB,2024,Legal,L1,Caf\xe9 \x81,1,4,,,\n");
    let path = write_file(dir.path(), "odd.csv", &bytes);
    let e = load_path(&path).unwrap_err();
    assert_eq!(
        e.first(),
        format!(
            "{}:2: indicator: is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8",
            path.display()
        )
    );
}

#[test]
fn a_utf8_file_with_a_stray_byte_is_not_decoded_as_windows_1252() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice("ZMB,2024,Légal,L1,Sécurité,1,4,,,\n".as_bytes());
    bytes.extend_from_slice(b"ZMB,2024,L\xe9gal,L2,x,1,4,,,\n");
    let path = write_file(dir.path(), "mixed.csv", &bytes);
    let e = load_path(&path).unwrap_err();
    assert_eq!(
        e.first(),
        format!(
            "{}:3: pillar: is not valid UTF-8 text, though the rest of the file is UTF-8 (mixed encodings?); save the file as CSV UTF-8",
            path.display()
        )
    );
    // A UTF-8 byte-order mark claims UTF-8 even with no other UTF-8 text.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(HEADER.as_bytes());
    bytes.extend_from_slice(b"ZMB,2024,L\xe9gal,L2,x,1,4,,,\n");
    let path = write_file(dir.path(), "bom.csv", &bytes);
    let e = load_path(&path).unwrap_err();
    assert!(e.first().contains("(mixed encodings?)"), "{}", e.first());
}

#[test]
fn a_non_utf8_header_is_decoded_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(
        dir.path(),
        "h.csv",
        b"year,pillar,indicator_id,score,max_score,Propri\xe9taire\n2024,P,I,1,2,x\n",
    );
    let ds = load_path(&path).unwrap();
    assert_eq!(ds.warnings.len(), 2);
    assert!(
        ds.warnings[1].contains("\"Propriétaire\""),
        "{:?}",
        ds.warnings
    );
}

#[test]
fn large_windows_1252_files_are_decoded_on_the_parallel_path_too() {
    let mut text = String::from("country,year,pillar,indicator_id,indicator,score,max_score\r\n");
    let mut rows = 0u64;
    while text.len() < 400_000 {
        let _ = write!(
            text,
            "C{},2024,Légal,I{},Café “x”,1,4\r\n",
            rows / 100,
            rows % 100
        );
        rows += 1;
    }
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!lossy);
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(dir.path(), "big.csv", &bytes);
    let ds = load_path_parallel_from(&path, None, 0, super::Opening::Any).unwrap();
    assert!(ds.warnings[0].starts_with("decoded as Windows-1252"));
    assert_eq!(ds.obs.len() as u64, rows);
    assert_eq!(ds.pillars, vec!["Légal"]);
    assert_eq!(ds.indicators[0].name, "Café “x”");
    assert_eq!(ds.obs.line.iter().max().copied(), Some(rows as u32 + 1));
}

#[test]
fn a_utf8_file_is_read_once_and_not_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(
        dir.path(),
        "u.csv",
        "year,pillar,indicator_id,score,max_score\n2024,Légal,I,1,2\n".as_bytes(),
    );
    let ds = load_path(&path).unwrap();
    assert!(ds.warnings.is_empty(), "{:?}", ds.warnings);
    assert_eq!(ds.pillars, vec!["Légal"]);
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

#[test]
fn a_source_that_is_not_utf8_is_located() {
    let mut bytes = b"year,pillar,indicator_id,score,max_score,source\n2024,P,A,1,2,ok\n".to_vec();
    bytes.extend_from_slice(b"2024,P,B,1,2,\x81\n");
    let e = load_reader("t.csv", &bytes[..]).unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [format!("t.csv:3: source: {NOT_UTF8}")]
    );
}

/// Rows naming 4000 countries and 301 years in one pillar: 1,204,000
/// combinations, over the 1,048,576 any file may make.
fn sparse(rows: usize) -> String {
    let mut s = String::from("country,year,pillar,indicator_id,score,max_score\n");
    for i in 0..rows {
        let _ = writeln!(s, "C{},{},P,I{i},1,2", i % 4000, 1900 + i % 301);
    }
    s
}

#[test]
fn combinations_are_bounded_by_eight_a_row() {
    // 150,500 rows may make 1,204,000: exactly these.
    let ds = load(&sparse(150_500)).unwrap();
    assert_eq!(
        ds.countries.len() * ds.years.len() * ds.pillars.len(),
        combination_limit(150_500)
    );
    assert_eq!(ds.aggs.len(), 1_204_000);
    assert_eq!(
        errors(&sparse(150_499)),
        [
            "t.csv:1: 4000 countries × 301 years × 1 pillars make 1204000 combinations; 150499 rows may make at most 1203992 (8 a row, and never fewer than 1048576)"
        ]
    );
    assert_eq!(combination_limit(0), 1 << 20);
}

#[test]
fn a_row_or_cell_over_the_limits_names_its_line_and_column() {
    let limits = Limits { cell: 12, row: 90 };
    let limited = |text: &str| {
        load_reader_limited("t.csv", text.as_bytes(), limits)
            .unwrap_err()
            .lines()
            .collect::<Vec<_>>()
    };
    let ok = "ZMB,2024,Legal,L1,Law,3,4,1,,";
    assert_eq!(
        limited(&with_rows(&[
            ok,
            "ZMB,2024,Legal,L2,Law,3,4,1,,1234567890123"
        ])),
        ["t.csv:3: evidence: is longer than 12 bytes, the most one cell may hold"]
    );
    assert_eq!(
        limited(&with_rows(&[ok, "ZMB,2024,Legal,\"L2\n\nand more text\""])),
        [
            "t.csv:3: indicator_id: is longer than 12 bytes, the most one cell may hold; is a closing quote missing?"
        ]
    );
    let wide = format!("ZMB,2024,Legal,L3,Law,3,4,1,,{}", ",".repeat(70));
    assert_eq!(
        limited(&with_rows(&[ok, "ZMB,2024,Legal,L2,Law,3,4,1,,", &wide])),
        ["t.csv:4: the row is longer than 90 bytes, the most one row may hold"]
    );
    // A cell of a column the loader does not know, and the header itself.
    let text = "year,pillar,indicator_id,score,max_score,note\n2024,P,A,1,2,1234567890123\n";
    assert_eq!(
        limited(text),
        ["t.csv:2: column 6: is longer than 12 bytes, the most one cell may hold"]
    );
    assert_eq!(
        limited("year,pillar,indicator_id_and_more\n"),
        ["t.csv:1: column 3: is longer than 12 bytes, the most one cell may hold"]
    );
}
