//! Hostile and malformed input: `cyberindex check` on every file of
//! `tests/data/` (see its README.md) and on large cases generated here.
//! Every run must exit 0 or 1, never panic, leave the input byte for byte as
//! it was, and print exactly the expected `FILE:LINE: column: message`
//! lines.

mod common;
use common::*;

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The large cases take about half a second each in a debug build. A field
/// of 20 MB read through a pipe took 11 s before the reader stopped
/// rescanning it after every 64 KiB; this catches such a regression. (Such
/// a field is now refused at the cell limit, after 4 MiB at most.)
const QUICK: Duration = Duration::from_secs(5);

const HEADER: &str = "country,year,pillar,indicator_id,score,max_score,weight,target\n";

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

/// Runs the binary through the shared runner, with `stdin` fed if given:
/// every argument naming a file must be unchanged afterwards, and nothing
/// may panic. A corpus file may be rejected (1) but never be a usage error
/// or a crash.
fn run<S: AsRef<OsStr>>(args: &[S], stdin: Option<Vec<u8>>) -> Out {
    let mut cmd = cyberindex(args);
    if let Some(bytes) = stdin {
        cmd = cmd.stdin(bytes);
    }
    let out = cmd.raw();
    assert!(
        matches!(out.code, Some(0 | 1)),
        "cyberindex {} exited with {:?}:\n{}",
        out.args,
        out.code,
        out.stderr
    );
    out
}

fn check(path: &Path) -> Out {
    run(&[OsStr::new("check"), path.as_os_str()], None)
}

/// `check FILE` exits 1 and prints exactly these diagnostics, each
/// `(line, "column: message")` as `FILE:LINE: column: message`.
#[track_caller]
fn rejects(path: &Path, expected: &[(u64, &str)]) -> Out {
    let r = check(path);
    let p = path.display();
    let want: Vec<String> = expected
        .iter()
        .map(|(line, rest)| format!("{p}:{line}: {rest}"))
        .collect();
    assert_eq!(
        r.code,
        Some(1),
        "stdout:\n{}\nstderr:\n{}",
        r.stdout,
        r.stderr
    );
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr.lines().collect::<Vec<_>>(), want);
    r
}

/// `check FILE` exits 1 with one problem of the file as a whole.
#[track_caller]
fn rejects_file(path: &Path, message: &str) {
    let r = check(path);
    assert_eq!(
        r.code,
        Some(1),
        "stdout:\n{}\nstderr:\n{}",
        r.stdout,
        r.stderr
    );
    assert_eq!(r.stdout, "");
    assert_eq!(r.stderr, format!("{}: {message}\n", path.display()));
}

/// `check FILE` exits 0; returns the run for more checks.
#[track_caller]
fn accepts(path: &Path) -> Out {
    let r = check(path);
    assert_eq!(r.code, Some(0), "stderr:\n{}", r.stderr);
    assert!(
        r.stdout.starts_with(&format!("{}: OK\n", path.display())),
        "{}",
        r.stdout
    );
    r
}

/// Rows of `report FILE --format csv`, by column name.
fn report_rows(path: &Path) -> Vec<std::collections::HashMap<String, String>> {
    let r = run(
        &[
            OsStr::new("report"),
            path.as_os_str(),
            OsStr::new("--format"),
            OsStr::new("csv"),
        ],
        None,
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut reader = csv::Reader::from_reader(r.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|rec| {
            header
                .iter()
                .cloned()
                .zip(rec.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------------------
// One file per validation rule.

#[test]
fn missing_required_columns_are_each_named() {
    rejects(
        &data("header_missing_columns.csv"),
        &[
            (
                1,
                "indicator_id: required column is missing from the header",
            ),
            (1, "max_score: required column is missing from the header"),
        ],
    );
}

#[test]
fn a_column_given_twice_in_the_header() {
    // "Max Score" is max_score as Excel users write it.
    rejects(
        &data("header_duplicate_column.csv"),
        &[(1, "max_score: column appears more than once in the header")],
    );
}

#[test]
fn empty_files_and_headers_of_blank_names() {
    for name in ["empty.csv", "bom_only.csv", "header_blank_names.csv"] {
        rejects(
            &data(name),
            &[(1, "the file is empty: expected a header row")],
        );
    }
}

#[test]
fn a_header_with_nothing_under_it() {
    rejects(
        &data("header_only.csv"),
        &[(
            2,
            "no data rows: the file has a header and nothing under it",
        )],
    );
}

#[test]
fn empty_required_cells() {
    rejects(
        &data("cell_empty_required.csv"),
        &[
            (2, "country: is empty"),
            (3, "year: is empty"),
            (4, "pillar: is empty"),
            (5, "indicator_id: is empty"),
            (6, "max_score: is empty; every indicator needs a maximum"),
        ],
    );
}

#[test]
fn years_that_are_not_integers() {
    rejects(
        &data("year_not_integer.csv"),
        &[
            (2, "year: \"twenty\" is not a year like 2024"),
            (3, "year: \"2024.5\" is not a year like 2024"),
            (4, "year: \"-2024\" is not a year like 2024"),
        ],
    );
}

#[test]
fn implausible_years() {
    rejects(
        &data("year_implausible.csv"),
        &[
            (2, "year: 1899 is not a plausible year"),
            (3, "year: 2201 is not a plausible year"),
            (4, "year: 999999 is not a plausible year"),
        ],
    );
}

#[test]
fn scores_that_are_not_finite_numbers() {
    rejects(
        &data("score_not_number.csv"),
        &[
            (2, "score: \"abc\" is not a number"),
            (
                3,
                "score: \"75%\" is not a number: write the score without a % sign",
            ),
            (4, "score: \"NaN\" is not a finite number"),
            (5, "score: \"1e400\" is not a finite number"),
            (6, "max_score: \"inf\" is not a finite number"),
        ],
    );
}

#[test]
fn a_negative_score() {
    rejects(
        &data("score_negative.csv"),
        &[(2, "score: must not be negative, found -0.5")],
    );
}

#[test]
fn a_score_above_its_maximum() {
    rejects(
        &data("score_above_max.csv"),
        &[(3, "score: 4.01 is above max_score 4")],
    );
}

#[test]
fn a_maximum_that_is_not_positive() {
    rejects(
        &data("max_score_not_positive.csv"),
        &[
            (2, "max_score: must be greater than 0, found 0"),
            (3, "max_score: must be greater than 0, found -2"),
        ],
    );
}

#[test]
fn a_negative_weight_but_not_a_zero_one() {
    rejects(
        &data("weight_negative.csv"),
        &[(2, "weight: must not be negative, found -1")],
    );
}

#[test]
fn a_target_outside_zero_to_max() {
    // Line 4's target equals the maximum: allowed.
    rejects(
        &data("target_outside_range.csv"),
        &[
            (2, "target: 4.5 is outside 0..=4 (0 to max_score)"),
            (3, "target: -1 is outside 0..=4 (0 to max_score)"),
        ],
    );
}

#[test]
fn rows_with_the_wrong_number_of_fields() {
    // Line 4 is one quoted field holding the whole row.
    rejects(
        &data("field_count_wrong.csv"),
        &[
            (2, "row has 6 fields but the header has 8"),
            (3, "row has 9 fields but the header has 8"),
            (4, "row has 1 field but the header has 8"),
        ],
    );
}

#[test]
fn a_duplicate_country_year_indicator_row() {
    // The same indicator in another year or country is not a duplicate.
    rejects(
        &data("duplicate_row.csv"),
        &[(
            5,
            "indicator_id: duplicate row for (ZMB, 2024, L1): already given at line 2",
        )],
    );
}

#[test]
fn an_indicator_that_moves_between_pillars() {
    rejects(
        &data("indicator_moves_pillar.csv"),
        &[(
            3,
            "pillar: indicator \"L1\" is in pillar \"Legal\" at line 2, but in \"Technical\" here",
        )],
    );
}

#[test]
fn more_country_year_pillar_combinations_than_supported() {
    // 500 rows name 400 countries, 301 years and 500 pillars.
    rejects(
        &data("too_many_combinations.csv"),
        &[(
            1,
            "400 countries × 301 years × 500 pillars make 60200000 combinations; 500 rows may make at most 1048576 (8 a row, and never fewer than 1048576)",
        )],
    );
}

#[test]
fn more_distinct_pillars_than_supported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pillars.csv");
    let mut text = HEADER.to_string();
    for i in 0..=u32::from(u16::MAX) + 1 {
        let _ = writeln!(text, "ZMB,2024,P{i},I{i},1,4,,");
    }
    std::fs::write(&path, text).unwrap();
    // The 65,537th pillar, on the row after the 65,536 that fit.
    rejects(
        &path,
        &[(
            65_538,
            "pillar: more than 65,536 distinct pillars; is the pillar column misaligned?",
        )],
    );
}

#[test]
fn two_indicator_files_cannot_be_combined() {
    let (a, b) = (data("blank_lines.csv"), data("duplicate_row.csv"));
    let r = run(&[OsStr::new("check"), a.as_os_str(), b.as_os_str()], None);
    assert_eq!(r.code, Some(1));
    assert_eq!(
        r.stderr,
        format!(
            "{}: only World Bank Data360 series can be combined; give one indicator file\n",
            b.display()
        )
    );
}

// ---------------------------------------------------------------------------
// Files that are not CSV text at all.

#[test]
fn random_bytes_are_binary_data() {
    rejects(
        &data("random_bytes.bin"),
        &[(
            1,
            "not CSV text: the file contains binary data (a NUL byte)",
        )],
    );
}

#[test]
fn random_bytes_without_nul_fail_on_their_first_cell() {
    rejects(
        &data("random_bytes_no_nul.bin"),
        &[(
            1,
            "column 1: is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8",
        )],
    );
}

#[test]
fn random_rows_under_a_valid_header_are_each_located() {
    let path = data("random_rows.csv");
    let lines_in_file = std::fs::read(&path)
        .unwrap()
        .iter()
        .filter(|&&b| b == b'\n' || b == b'\r')
        .count() as u64
        + 1;
    let r = run(
        &[
            OsStr::new("check"),
            path.as_os_str(),
            OsStr::new("--max-errors"),
            OsStr::new("100000"),
        ],
        None,
    );
    assert_eq!(r.code, Some(1));
    let prefix = format!("{}:", path.display());
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines.len() > 100, "{}", r.stderr);
    for l in &lines {
        let rest = l
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("not located: {l}"));
        let (n, _) = rest.split_once(": ").unwrap();
        let n: u64 = n.parse().unwrap_or_else(|_| panic!("no line number: {l}"));
        assert!(
            (2..=lines_in_file).contains(&n),
            "line {n} is not in the file: {l}"
        );
    }
    // The file's é and “ bytes are Windows-1252, and so are decoded.
    assert!(
        lines.contains(&format!("{prefix}157: max_score: \"“3\"\" is not a number").as_str()),
        "{}",
        r.stderr
    );
    assert!(lines.contains(&format!("{prefix}102: year: 60 is not a plausible year").as_str()));
}

#[test]
fn workbooks_pdfs_and_utf16_are_recognised() {
    // Workbooks are read as workbooks: these are only their first bytes.
    rejects_file(
        &data("excel_workbook.xlsx"),
        "looks like a workbook or zip archive, but cannot be opened (invalid Zip archive: Could not find EOCD); is the file complete?",
    );
    rejects_file(
        &data("excel_legacy.xls"),
        "looks like a workbook, but cannot be read as .xlsx, .xlsm, .xls or .ods: Cannot detect file format",
    );
    rejects_file(
        &data("pdf_document.pdf"),
        "not CSV text: this is a PDF document",
    );
    rejects_file(
        &data("utf16_text.csv"),
        "not CSV text: the file is UTF-16 encoded; save it as CSV UTF-8",
    );
}

// ---------------------------------------------------------------------------
// Encodings.

#[test]
fn an_excel_windows_1252_file_is_decoded_with_a_warning() {
    let path = data("windows1252_excel.csv");
    let r = accepts(&path);
    assert_eq!(
        r.stderr,
        format!(
            "{}: warning: decoded as Windows-1252 (the file is not UTF-8); save it as CSV UTF-8 to silence this\n",
            path.display()
        )
    );
    assert!(
        r.stdout.contains("rows        3 (1 not assessed)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("countries   1 (Côte d'Ivoire)"),
        "{}",
        r.stdout
    );
    let rows = report_rows(&path);
    let cells = |i: usize, col: &str| rows[i][col].clone();
    assert_eq!(cells(0, "pillar"), "Légal");
    assert_eq!(cells(0, "indicator"), "Loi sur la cybercriminalité");
    // Decimal comma, as the semicolon-separated Excel file writes it.
    assert_eq!(cells(0, "score"), "18.5");
    assert_eq!(cells(0, "evidence"), "“Loi n° 2013-451” (JO)");
    // Reports fold the file's CRLF inside the field to \n.
    assert_eq!(
        cells(1, "evidence"),
        "Budget 5 000 €; voir\n«Plan national»"
    );
    assert_eq!(cells(2, "pillar"), "Coopération");
    assert_eq!(cells(2, "weight"), "0.5");
}

#[test]
fn errors_in_a_windows_1252_file_keep_their_lines() {
    // Row 3 spans lines 3 and 4 in a quoted field, so row 4 is on line 5.
    rejects(
        &data("windows1252_errors.csv"),
        &[
            (3, "score: \"€15\" is not a number"),
            (
                5,
                "pillar: indicator \"LEG-01\" is in pillar \"Légal\" at line 2, but in \"Coopération\" here",
            ),
        ],
    );
}

#[test]
fn bytes_windows_1252_leaves_undefined() {
    rejects(
        &data("not_utf8_neither.csv"),
        &[(
            3,
            "indicator: is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8",
        )],
    );
}

#[test]
fn a_utf8_file_with_one_windows_1252_byte() {
    rejects(
        &data("not_utf8_mixed.csv"),
        &[(
            3,
            "indicator: is not valid UTF-8 text, though the rest of the file is UTF-8 (mixed encodings?); save the file as CSV UTF-8",
        )],
    );
}

// ---------------------------------------------------------------------------
// Line ends, blank lines and quoting.

#[test]
fn blank_lines_among_rows_and_at_the_end_are_skipped() {
    let r = accepts(&data("blank_lines.csv"));
    assert!(
        r.stdout.contains("rows        2 (0 not assessed)"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn blank_lines_count_towards_line_numbers() {
    // A blank first line, CRLF everywhere, two blank lines before line 7.
    rejects(
        &data("blank_lines_error.csv"),
        &[(7, "score: \"two\" is not a number")],
    );
}

#[test]
fn old_mac_line_ends_count_as_lines() {
    rejects(
        &data("cr_line_ends.csv"),
        &[(4, "score: \"x\" is not a number")],
    );
}

#[test]
fn a_file_cut_off_inside_a_quoted_field() {
    // The last record's quoted field opens on line 3 and never closes.
    rejects(
        &data("quote_unterminated.csv"),
        &[(
            3,
            "the file ends inside a quoted field that starts on this line; is it truncated?",
        )],
    );
}

#[test]
fn deeply_nested_quotes_are_read_as_csv_means_them() {
    let path = data("quotes_nested.csv");
    let r = accepts(&path);
    assert!(
        r.stdout.contains("countries   1 (Za\"\"mbia \"\"\"\"\")"),
        "{}",
        r.stdout
    );
    let rows = report_rows(&path);
    let evidence = |id: &str| {
        rows.iter()
            .find(|r| r["indicator_id"] == id)
            .map(|r| r["evidence"].clone())
            .unwrap()
    };
    // 1000 escaped pairs in one quoted field.
    assert_eq!(evidence("L1"), "\"".repeat(1000));
    // In an unquoted field a quote is just a character.
    assert_eq!(evidence("L2"), "say \"hi\" and \"\"bye\"\"");
    assert_eq!(evidence("L3"), "a\"b");
    assert!(rows.iter().any(|r| r["pillar"] == "Leg\"al"));
}

#[test]
fn quotes_inside_number_cells() {
    // `"2"x` is csv's 2x; line 4's quoted "3" and "4" are plain numbers.
    rejects(
        &data("quotes_in_numbers.csv"),
        &[
            (2, "score: \"1\"\" is not a number"),
            (3, "score: \"2x\" is not a number"),
        ],
    );
}

// ---------------------------------------------------------------------------
// Paths that are not readable files.

#[test]
fn a_directory() {
    let dir = tempfile::tempdir().unwrap();
    rejects_file(dir.path(), "is a directory, not a CSV file");
}

#[test]
fn a_path_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    rejects_file(&dir.path().join("absent.csv"), "cannot open: no such file");
}

#[cfg(unix)]
#[test]
fn a_file_without_read_permission() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("locked.csv");
    std::fs::write(&path, format!("{HEADER}ZMB,2024,Legal,L1,1,4,,\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Root reads it anyway; then it must simply load.
        accepts(&path);
    } else {
        rejects_file(&path, "cannot open: permission denied");
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

// ---------------------------------------------------------------------------
// Large cases, generated here rather than committed (see README.md).

const TWENTY_MB: usize = 20 << 20;

fn with_cell(dir: &Path, name: &str, row: &str) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::with_capacity(row.len() + 200);
    text.push_str("country,year,pillar,indicator_id,score,max_score,evidence\n");
    text.push_str(row);
    text.push('\n');
    std::fs::write(&path, text).unwrap();
    path
}

#[track_caller]
fn quick(r: &Out, what: &str) {
    eprintln!("{what}: {:?}", r.elapsed);
    assert!(r.elapsed < QUICK, "{what} took {:?}", r.elapsed);
}

/// The most one cell may hold (README, "Safety").
const CELL_LIMIT: usize = 1 << 20;

#[test]
fn a_20_mb_field_is_refused_quickly_at_the_cell_limit() {
    let dir = tempfile::tempdir().unwrap();
    let field = "x".repeat(TWENTY_MB);
    let path = with_cell(
        dir.path(),
        "big.csv",
        &format!("ZMB,2024,Legal,L1,1,4,\"{field}\""),
    );
    let r = rejects(
        &path,
        &[(
            2,
            "evidence: is longer than 1 MiB, the most one cell may hold; is a closing quote missing?",
        )],
    );
    quick(&r, "20 MB quoted field");
}

#[test]
fn a_field_of_1_mib_loads_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let field = "x".repeat(CELL_LIMIT);
    let path = with_cell(
        dir.path(),
        "big.csv",
        &format!("ZMB,2024,Legal,L1,1,4,\"{field}\""),
    );
    let r = accepts(&path);
    assert!(r.stdout.contains("rows        1 (0 not assessed)"));
    quick(&r, "1 MiB quoted field");
}

#[cfg(unix)]
#[test]
fn a_20_mb_field_through_a_pipe_is_refused_quickly() {
    let field = "x".repeat(TWENTY_MB);
    let text = format!(
        "country,year,pillar,indicator_id,score,max_score,evidence\nZMB,2024,Legal,L1,1,4,{field}\n"
    );
    let r = run(&["check", "/dev/stdin"], Some(text.into_bytes()));
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert_eq!(
        r.stderr,
        "/dev/stdin:2: evidence: is longer than 1 MiB, the most one cell may hold\n"
    );
    quick(&r, "20 MB field through a pipe");
}

#[cfg(unix)]
#[test]
fn a_field_of_1_mib_through_a_pipe_loads_quickly() {
    let field = "x".repeat(CELL_LIMIT);
    let text = format!(
        "country,year,pillar,indicator_id,score,max_score,evidence\nZMB,2024,Legal,L1,1,4,{field}\n"
    );
    let r = run(&["check", "/dev/stdin"], Some(text.into_bytes()));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stdout.contains("rows        1 (0 not assessed)"),
        "{}",
        r.stdout
    );
    quick(&r, "1 MiB field through a pipe");
}

#[test]
fn a_1_mib_score_is_quoted_short_in_its_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = with_cell(
        dir.path(),
        "score.csv",
        &format!("ZMB,2024,Legal,L1,{},4,", "x".repeat(CELL_LIMIT)),
    );
    let r = rejects(
        &path,
        &[(
            2,
            &format!("score: \"{}…\" is not a number", "x".repeat(40)),
        )],
    );
    quick(&r, "1 MiB score cell");
}

#[test]
fn duplicates_of_huge_names_are_reported_short() {
    let dir = tempfile::tempdir().unwrap();
    let name = "Z".repeat(CELL_LIMIT);
    let row = format!("{name},2024,Legal,{name},1,4,");
    let path = with_cell(dir.path(), "dup.csv", &format!("{row}\n{row}"));
    let z40 = "Z".repeat(40);
    rejects(
        &path,
        &[(
            3,
            &format!(
                "indicator_id: duplicate row for ({z40}…, 2024, {z40}…): already given at line 2"
            ),
        )],
    );
}

#[test]
fn a_100000_column_header_loads_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.csv");
    let mut text = String::from("year,pillar,indicator_id,score,max_score");
    let mut row = String::from("2024,Legal,L1,1,4");
    for i in 0..100_000 {
        let _ = write!(text, ",c{i}");
        row.push_str(",x");
    }
    text.push('\n');
    text.push_str(&row);
    text.push('\n');
    std::fs::write(&path, text).unwrap();
    let r = accepts(&path);
    assert_eq!(
        r.stderr,
        format!(
            "{}: warning: ignored 100000 unknown columns: \"c0\", \"c1\", \"c2\", \"c3\", \"c4\" and 99995 more\n",
            path.display()
        )
    );
    quick(&r, "100,000-column header");
}

#[test]
fn a_100000_column_header_without_the_required_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.csv");
    let header: Vec<String> = (0..100_000).map(|i| format!("c{i}")).collect();
    std::fs::write(
        &path,
        format!("{}\n{}\n", header.join(","), "1,".repeat(99_999) + "1"),
    )
    .unwrap();
    let r = rejects(
        &path,
        &[
            (1, "year: required column is missing from the header"),
            (1, "pillar: required column is missing from the header"),
            (
                1,
                "indicator_id: required column is missing from the header",
            ),
            (1, "score: required column is missing from the header"),
            (1, "max_score: required column is missing from the header"),
        ],
    );
    quick(&r, "100,000 unknown columns");
}

#[test]
fn a_100000_field_row_under_a_short_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("row.csv");
    std::fs::write(&path, format!("{HEADER}{}\n", "1,".repeat(99_999) + "1")).unwrap();
    let r = rejects(&path, &[(2, "row has 100000 fields but the header has 8")]);
    quick(&r, "100,000-field row");
}
