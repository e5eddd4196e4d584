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

/// Makes a FIFO at `path`.
fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: c is a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Saves `text` over `file` as editors do: a new file renamed over it.
fn rename_save(file: &Path, text: &str) {
    let tmp = file.with_extension("swp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, file).unwrap();
}

#[test]
fn a_fifo_in_the_files_place_is_refused_and_later_saves_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ZMB.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let mut s = Session::spawn(&[file.to_str().unwrap()], 120, 40);
    s.wait_for("Overall 92.20");

    // Opening a FIFO for reading waits for a writer; none will come.
    let fifo = dir.path().join("ZMB.fifo");
    mkfifo(&fifo);
    std::fs::rename(&fifo, &file).unwrap();
    s.wait_for("ZMB.csv: is not a regular file");
    s.wait_for("not reloaded, showing the last good data");
    assert!(s.contents().contains("Overall 92.20"));

    rename_save(&file, &sample_with_cap07_at_max());
    s.wait_for("Overall 93.15");
    s.wait_gone("not a regular file");
    s.send("q");
    s.expect_exit(0);
}

#[test]
fn a_busy_neighbour_does_not_hold_back_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let mut s = Session::spawn(&[file.to_str().unwrap()], 120, 40);
    s.wait_for("Overall 92.20");

    // A log beside the file, written far more often than a save settles.
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (stop, log) = (Arc::clone(&stop), dir.path().join("sync.log"));
        thread::spawn(move || {
            let mut f = File::create(log).unwrap();
            while !stop.load(Ordering::Relaxed) {
                writeln!(f, "tick").unwrap();
                thread::sleep(Duration::from_millis(50));
            }
        })
    };
    thread::sleep(Duration::from_millis(200));
    std::fs::write(&file, sample_with_cap07_at_max()).unwrap();
    // wait_for gives up after its timeout: a hang guard, not a timing.
    s.wait_for("Overall 93.15");
    stop.store(true, Ordering::Relaxed);
    writer.join().unwrap();
    s.send("q");
    s.expect_exit(0);
}

#[test]
fn a_pipe_for_input_loads_and_the_footer_says_it_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("in.csv");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        // Blocks until the dashboard opens the FIFO to read it.
        thread::spawn(move || std::fs::write(fifo, std::fs::read(bundled()).unwrap()))
    };
    let mut s = Session::spawn(&[fifo.to_str().unwrap()], 140, 40);
    s.wait_for("Overall 92.20");
    writer.join().unwrap().unwrap();
    s.wait_for("live reload is off:");
    s.wait_for("in.csv is not a regular file, so it cannot be read again");
    s.send("q");
    s.expect_exit(0);
}

#[test]
fn a_link_pointed_at_another_file_is_followed_there() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    std::fs::copy(bundled(), a.join("2024.csv")).unwrap();
    std::fs::write(b.join("2024.csv"), sample_with_cap07_at_max()).unwrap();
    let link = dir.path().join("current.csv");
    std::os::unix::fs::symlink(a.join("2024.csv"), &link).unwrap();
    let mut s = Session::spawn(&[link.to_str().unwrap()], 120, 40);
    s.wait_for("Overall 92.20");

    // Pointed elsewhere as `ln -sfn` does: a new link renamed over it.
    let tmp = dir.path().join("current.csv.new");
    std::os::unix::fs::symlink(b.join("2024.csv"), &tmp).unwrap();
    std::fs::rename(&tmp, &link).unwrap();
    s.wait_for("Overall 93.15");

    // An edit of the file it now points to.
    std::fs::copy(bundled(), b.join("2024.csv")).unwrap();
    s.wait_for("Overall 92.20");
    s.send("q");
    s.expect_exit(0);
}
