//! Properties of the loader: no input makes it panic or report a line
//! outside the file, on the fast record path and on csv-core's alike.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::*;
use crate::read::indicators::load_path;
use crate::read::records::SLOW_ONLY;

/// Loads with the fast record path and again with csv-core alone.
fn load_both_ways(bytes: &[u8]) -> [Result<Dataset, LoadError>; 2] {
    let fast = load_reader("p.csv", bytes);
    SLOW_ONLY.with(|s| s.set(true));
    let slow = load_reader("p.csv", bytes);
    SLOW_ONLY.with(|s| s.set(false));
    [fast, slow]
}

/// What any load must give: a dataset that keeps every rule, or errors
/// that each name a line of the file (or the one after the header, for a
/// file with nothing under it).
fn assert_sound(bytes: &[u8], result: &Result<Dataset, LoadError>) -> Result<(), TestCaseError> {
    let last_line = line_breaks(bytes) + 2;
    match result {
        Ok(ds) => {
            prop_assert!(!ds.obs.is_empty());
            for i in 0..ds.obs.len() {
                let (max, w, t) = (ds.max_score(i), ds.weight(i), ds.target(i));
                prop_assert!(max > 0.0 && max.is_finite());
                prop_assert!(w >= 0.0 && w.is_finite());
                prop_assert!((0.0..=max).contains(&t));
                if let Some(s) = ds.score(i) {
                    prop_assert!((0.0..=max).contains(&s));
                }
                prop_assert!((2..=last_line).contains(&u64::from(ds.obs.line[i])));
            }
            for c in 0..ds.countries.len() as u32 {
                for y in 0..ds.years.len() as u16 {
                    if let Some(o) = ds.overall(c, y) {
                        prop_assert!((-1e-9..=100.0 + 1e-9).contains(&o), "overall {}", o);
                    }
                }
            }
        }
        Err(e) => {
            prop_assert!(!e.diagnostics.is_empty());
            prop_assert!(e.total >= e.diagnostics.len());
            for d in &e.diagnostics {
                if let Some(line) = d.line {
                    prop_assert!((1..=last_line).contains(&line), "{}", e);
                }
            }
        }
    }
    Ok(())
}

const HEADER_LINE: &[u8] =
    b"country,country_name,year,pillar,indicator_id,indicator,score,max_score,weight,target,evidence\n";

/// Bytes that steer a parser through its states: separators, quotes and
/// line ends (listed twice, to come up more often), digits, signs, a BOM,
/// Windows-1252 and UTF-8 bytes. One `select`, not a union of them: in a
/// debug build proptest's unions made generation the slowest part.
fn csvish_byte() -> impl Strategy<Value = u8> {
    select(b",;\t\"\n\r,;\t\"\n\r0123456789.-eE%aZ x\xEF\xBB\xBF\xC3\xA9\x93\x81\x00".to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..2048)) {
        for result in load_both_ways(&bytes) {
            assert_sound(&bytes, &result)?;
        }
    }

    #[test]
    fn csv_like_bytes_under_a_valid_header_never_panic(
        body in vec(csvish_byte(), 0..2048),
        header in any::<bool>(),
    ) {
        let mut bytes = if header { HEADER_LINE.to_vec() } else { Vec::new() };
        bytes.extend_from_slice(&body);
        for result in load_both_ways(&bytes) {
            assert_sound(&bytes, &result)?;
        }
    }

    /// Rows of well-formed CSV whose cells are picked from values that
    /// break one rule or another, so that every check in `validate` runs.
    #[test]
    fn rows_of_edge_case_cells_never_panic(
        rows in vec(vec(select(vec![
            "", "2024", "1899", "99999", "twenty", "0", "1", "4", "-1", "2.5", "2,5",
            "1e400", "NaN", "inf", "75%", "\"a,b\"", "\"x\"\"y\"", "ZMB", "Legal", "L1",
            "\"\n\"", "é", " ", "1.", ".5",
        ]), 0..13), 0..40),
        crlf in any::<bool>(),
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = String::from_utf8(HEADER_LINE.to_vec()).unwrap().replace('\n', end);
        for row in rows {
            text.push_str(&row.join(","));
            text.push_str(end);
        }
        for result in load_both_ways(text.as_bytes()) {
            assert_sound(text.as_bytes(), &result)?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Through a file, so that the Windows-1252 fallback runs too.
    #[test]
    fn arbitrary_files_never_panic(
        body in prop_oneof![vec(csvish_byte(), 0..1024), vec(any::<u8>(), 0..1024)],
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.csv");
        let mut bytes = HEADER_LINE.to_vec();
        bytes.extend_from_slice(&body);
        std::fs::write(&path, &bytes).unwrap();
        let result = load_path(&path);
        assert_sound(&bytes, &result)?;
        if std::str::from_utf8(&bytes).is_ok() {
            // Valid UTF-8 is read once, as from any reader.
            let direct = load_reader(&path.display().to_string(), &bytes[..]);
            prop_assert_eq!(result.err(), direct.err());
        }
    }
}
