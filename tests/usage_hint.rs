//! `cyberindex` with no FILE in a folder without `indicators.csv`: a usage
//! error that says what to pass, not a bare "cannot open".

mod common;
use common::*;

#[test]
fn no_file_and_no_default_file_is_a_usage_error_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let out = cyberindex::<&str>(&[]).dir(dir.path()).out();
    let stderr = out.stderr;
    assert_eq!(out.code, Some(2), "{stderr}");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    assert_eq!(
        stderr,
        format!(
            "error: no FILE given and no indicators.csv in this folder. Give one: cyberindex FILE.csv \
             (an indicator CSV or workbook, or World Bank Data360 series files); the bundled sample: cyberindex {}; \
             every command and option: cyberindex --help\n",
            sample.display()
        )
    );
    assert!(out.stdout.is_empty());
    // Nothing was written where it ran.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
