//! What one file may cost: the country × year × pillar combinations its
//! rows may make, and the size of a row and of a cell.

use super::*;
use crate::read::indicators::finish::combination_limit;
use crate::read::indicators::load_reader_limited;
use crate::read::records::Limits;
use std::fmt::Write as _;

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
