//! Files cyberindex writes (`import -o`, `report --plan --save-plan`; the
//! dashboard's scenario save goes through the same writer) get the
//! permissions any new file gets under the user's umask, and a file they
//! replace keeps its mode.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_cyberindex");

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Runs cyberindex under `umask` in a shell of its own, so this test
/// process's umask is never changed.
fn run_under(umask: &str, args: &[&str]) {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("umask {umask} && exec \"$0\" \"$@\""))
        .arg(BIN)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn sample() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("indicators.csv")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_saved_plan_is_0666_less_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    for (umask, expected) in [("022", 0o644), ("077", 0o600), ("002", 0o664)] {
        let out = dir.path().join(format!("plan-{umask}.csv"));
        let out = out.to_str().unwrap();
        run_under(umask, &["report", &sample(), "--plan", "--save-plan", out]);
        assert_eq!(mode(Path::new(out)), expected, "umask {umask}");
    }
}

#[test]
fn an_import_is_0666_less_the_umask_and_a_replaced_file_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let series = dir.path().join("ITU_GCI_LEGL_SCRE.csv");
    std::fs::write(
        &series,
        "REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\n\
         ZMB,Zambia,ITU_GCI_LEGL_SCRE,Legal Score - LS (ITU GCI),0_TO_20,2024,20\n",
    )
    .unwrap();
    let out = dir.path().join("gci.csv");
    let args = [
        "import",
        "data360",
        series.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    run_under("027", &args);
    assert_eq!(mode(&out), 0o640);
    // The user opens the file up to everyone; writing it again keeps that,
    // whatever the umask of the run that replaces it.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    run_under("077", &args);
    assert_eq!(mode(&out), 0o644);
}
