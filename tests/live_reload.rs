//! Live reload, end to end: the real dashboard in a pseudo-terminal follows
//! its file as another program edits it in place, breaks it, and saves it
//! the way editors do (a new file renamed over the old one).

mod common;
use common::*;

const CAP07_2024: &str = "ZMB,Zambia,Africa,2024,Capacity Development,CAP-07,";

/// The bundled sample with CAP-07's 2024 score raised from 2 to 3 (of 3),
/// which lifts the 2024 index from 92.20 to 93.15.
fn sample_with_cap07_at_max() -> String {
    let sample = std::fs::read_to_string(bundled()).unwrap();
    let mut out = String::new();
    let mut changed = 0;
    for line in sample.lines() {
        if line.starts_with(CAP07_2024) {
            out.push_str(&line.replacen("evidence\",2,3,", "evidence\",3,3,", 1));
            changed += 1;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    assert_eq!(
        changed, 1,
        "the sample no longer has CAP-07 in 2024 as expected"
    );
    out
}

/// The row the cursor is on, as the screen shows it.
fn selected_row(s: &mut Session) -> String {
    inverse_rows(s.screen())
        .into_iter()
        .map(|(_, text)| text)
        .find(|t| t.contains("CAP-") || t.contains("LEG-") || t.contains("POL-"))
        .unwrap_or_else(|| panic!("no selected table row:\n{}", s.contents()))
}

#[test]
fn follows_edits_keeps_the_place_and_survives_a_broken_save() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let path = file.to_str().unwrap();

    let mut s = Session::spawn(&[path], 120, 40);
    s.wait_for("Overall 92.20");
    // Indicators, Capacity Development only, third row.
    s.press("2", "Indicators 2024");
    s.send("pppp");
    s.wait_for("CAP-01");
    s.send("jj");
    s.wait_until("the third row selected", |screen, _| {
        inverse_rows(screen)
            .iter()
            .any(|(_, t)| t.contains("CAP-03"))
    });
    let before = selected_row(&mut s);

    // 1. An edit in place.
    std::fs::write(&file, sample_with_cap07_at_max()).unwrap();
    s.wait_for("Overall 93.15");
    let screen = s.contents();
    assert!(
        screen.contains("Indicators 2024") && screen.contains("Capacity Development"),
        "the pane or the filter was lost:\n{screen}"
    );
    assert_eq!(selected_row(&mut s), before, "the cursor moved");
    assert!(
        !screen.contains("LEG-01"),
        "the pillar filter was lost:\n{screen}"
    );

    // 2. A broken save: the last good data stays, under a banner naming the
    // first error and its line.
    let mut broken = sample_with_cap07_at_max();
    let bad_line = broken.lines().count() + 1;
    // As wide as the sample (14 columns, source last), so the score is the
    // one problem.
    broken.push_str("ZMB,Zambia,Africa,2024,Legal,LEG-99,New law,lots,3,1,,,,\n");
    std::fs::write(&file, &broken).unwrap();
    let expected = format!("review.csv:{bad_line}: score:");
    s.wait_for("not reloaded, showing the last good data");
    s.wait_for(&expected);
    let screen = s.contents();
    assert!(
        screen.contains("Overall 93.15"),
        "the last good data is gone:\n{screen}"
    );
    assert_eq!(selected_row(&mut s), before);

    // 3. A good save by rename clears the banner and shows the new data.
    let tmp = dir.path().join(".review.csv.swp");
    std::fs::write(&tmp, std::fs::read(bundled()).unwrap()).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    s.wait_for("Overall 92.20");
    s.wait_gone("not reloaded, showing the last good data");
    assert_eq!(selected_row(&mut s), before);

    // 4. And it is still followed after the rename.
    std::fs::write(&file, sample_with_cap07_at_max()).unwrap();
    s.wait_for("Overall 93.15");

    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        sample_with_cap07_at_max(),
        "the dashboard changed its input"
    );
}

#[test]
fn no_watch_ignores_changes() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let mut s = Session::spawn(&[file.to_str().unwrap(), "--no-watch"], 120, 40);
    s.wait_for("Overall 92.20");
    std::fs::write(&file, sample_with_cap07_at_max()).unwrap();
    // Long enough for a watched dashboard to have reloaded several times.
    thread::sleep(Duration::from_millis(1500));
    // A key forces a fresh frame, so the screen is current.
    s.press("2", "Indicators 2024");
    s.press("1", "Overall index");
    let screen = s.contents();
    assert!(
        screen.contains("Overall 92.20") && !screen.contains("93.15"),
        "reloaded despite --no-watch:\n{screen}"
    );
    s.send("q");
    s.expect_exit(0);
}
