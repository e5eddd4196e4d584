//! Files Excel saved as Windows-1252: decoded with a warning when the
//! whole file plausibly is that, on either load path; otherwise each cell
//! that is not UTF-8 says why it was not decoded.

use super::*;
use crate::read::indicators::{load_path, load_path_parallel_from};
use crate::read::input::Opening;
use std::fmt::Write as _;

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
    let ds = load_path_parallel_from(&path, None, 0, Opening::Any).unwrap();
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
