//! The rules for rows: numbers, ranges, years, required cells, field
//! counts, duplicates, and text that is not UTF-8, each problem located.

use super::*;
use crate::read::encoding::NOT_UTF8;

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
fn a_source_that_is_not_utf8_is_located() {
    let mut bytes = b"year,pillar,indicator_id,score,max_score,source\n2024,P,A,1,2,ok\n".to_vec();
    bytes.extend_from_slice(b"2024,P,B,1,2,\x81\n");
    let e = load_reader("t.csv", &bytes[..]).unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [format!("t.csv:3: source: {NOT_UTF8}")]
    );
}
