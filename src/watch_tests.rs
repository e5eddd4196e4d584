//! The watch against a real directory: saves of every kind, FIFOs, busy
//! neighbours, links pointed elsewhere, folders that cannot be watched.

use super::*;

const VALID: &str = "country,year,pillar,indicator_id,score,max_score\n\
                     ZMB,2024,Legal,L1,1,2\n";

fn next(w: &Watch) -> Result<Dataset, LoadError> {
    match w.changes.recv_timeout(Duration::from_secs(10)) {
        Ok(Change::Loaded(result)) => *result,
        Ok(Change::Trouble(why)) => panic!("trouble instead of a reload: {why}"),
        Err(e) => panic!("no reload within 10 s: {e}"),
    }
}

/// No reload arrives within a while: used after changes that must be
/// ignored.
fn quiet(w: &Watch) -> bool {
    let deadline = Instant::now() + SETTLE * 4;
    while Instant::now() < deadline {
        if w.changes.try_recv().is_ok() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    true
}

#[test]
fn follows_in_place_writes_and_rename_saves_but_not_reads() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.csv");
    std::fs::write(&file, VALID).unwrap();
    let w = watch(std::slice::from_ref(&file), None).unwrap();

    // Reading the file (as every reload does) must not trigger one.
    let _ = std::fs::read(&file).unwrap();
    assert!(quiet(&w), "a read caused a reload");

    // A neighbour changing is none of our business.
    std::fs::write(dir.path().join("other.csv"), "x").unwrap();
    assert!(quiet(&w), "another file caused a reload");

    std::fs::write(&file, format!("{VALID}ZMB,2024,Legal,L2,2,2\n")).unwrap();
    let ds = next(&w).expect("valid save");
    assert_eq!(ds.obs.len(), 2);

    std::fs::write(&file, VALID.replace(",2024,", ",20x4,")).unwrap();
    let err = next(&w).expect_err("invalid save");
    assert!(err.first().contains(":2:"), "{}", err.first());

    // Save as editors do: a new file renamed over the old one.
    let tmp = dir.path().join(".data.csv.tmp");
    std::fs::write(
        &tmp,
        format!("{VALID}ZMB,2024,Policy,P1,1,4\nZMB,2024,Policy,P2,1,4\n"),
    )
    .unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    let ds = next(&w).expect("rename save");
    assert_eq!(ds.obs.len(), 3);

    // And the watch goes on after a rename.
    std::fs::write(&file, VALID).unwrap();
    assert_eq!(next(&w).expect("after rename").obs.len(), 1);
}

/// Puts a FIFO where `file` is, as a rename would.
fn fifo_over(file: &Path) {
    let fifo = file.with_extension("fifo");
    let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: c is a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    std::fs::rename(&fifo, file).unwrap();
}

/// Saves `text` as editors do: a new file renamed over the old.
fn rename_save(file: &Path, text: &str) {
    let tmp = file.with_extension("tmp");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, file).unwrap();
}

#[test]
fn a_fifo_in_place_of_the_file_is_refused_and_later_saves_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ZMB.csv");
    std::fs::write(&file, VALID).unwrap();
    let w = watch(std::slice::from_ref(&file), None).unwrap();

    // Opening a FIFO for reading waits for a writer; none ever comes.
    fifo_over(&file);
    let err = next(&w).expect_err("a FIFO is not data");
    assert!(
        err.first().contains("ZMB.csv") && err.first().contains("not a regular file"),
        "{}",
        err.first()
    );

    rename_save(&file, &format!("{VALID}ZMB,2024,Legal,L2,2,2\n"));
    assert_eq!(next(&w).expect("the good save after it").obs.len(), 2);
}

#[test]
fn a_busy_neighbour_does_not_hold_back_a_reload() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.csv");
    std::fs::write(&file, VALID).unwrap();
    let w = watch(std::slice::from_ref(&file), None).unwrap();

    // A log beside the file, written far more often than the settle time.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let (stop, log) = (stop.clone(), dir.path().join("app.log"));
        std::thread::spawn(move || {
            use std::io::Write as _;
            let mut f = std::fs::File::create(log).unwrap();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                writeln!(f, "tick").unwrap();
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    std::thread::sleep(SETTLE);
    std::fs::write(&file, format!("{VALID}ZMB,2024,Legal,L2,2,2\n")).unwrap();
    // A hang guard, not a timing: without the fix it never comes.
    let got = w.changes.recv_timeout(Duration::from_secs(10));
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    writer.join().unwrap();
    let Ok(Change::Loaded(loaded)) = got else {
        panic!("no reload while a neighbour kept writing: {got:?}");
    };
    assert_eq!(loaded.expect("valid save").obs.len(), 2);
}

#[test]
fn a_directory_that_cannot_be_watched_is_an_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let gone = dir.path().join("gone");
    let Err(err) = watch(&[gone.join("data.csv")], None) else {
        panic!("watched a directory that does not exist");
    };
    assert!(
        err.starts_with("live reload is off: cannot watch ") && err.contains("gone"),
        "{err}"
    );
}

#[test]
fn follows_a_link_that_is_pointed_at_another_file() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    std::fs::write(a.join("one.csv"), VALID).unwrap();
    let second = format!("{VALID}ZMB,2024,Legal,L2,2,2\n");
    std::fs::write(b.join("two.csv"), &second).unwrap();
    let link = dir.path().join("current.csv");
    std::os::unix::fs::symlink(a.join("one.csv"), &link).unwrap();
    let w = watch(std::slice::from_ref(&link), None).unwrap();

    // Re-pointed as `ln -sfn` does: a new link renamed over the old.
    let tmp = dir.path().join("current.csv.new");
    std::os::unix::fs::symlink(b.join("two.csv"), &tmp).unwrap();
    std::fs::rename(&tmp, &link).unwrap();
    assert_eq!(next(&w).expect("the new target").obs.len(), 2);

    // Edits to the new target are followed; the old one is not.
    std::fs::write(
        b.join("two.csv"),
        format!("{second}ZMB,2024,Legal,L3,1,2\n"),
    )
    .unwrap();
    assert_eq!(next(&w).expect("an edit of the new target").obs.len(), 3);
    std::fs::write(a.join("one.csv"), &second).unwrap();
    assert!(quiet(&w), "the old target still caused a reload");
}

#[test]
fn only_changes_to_the_file_itself_concern_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rel.csv");
    let targets = Targets::new(std::slice::from_ref(&file)).unwrap();
    let canonical_dir = std::fs::canonicalize(dir.path()).unwrap();
    assert_eq!(targets.dirs(), vec![canonical_dir.clone()]);
    let event = |kind, path: PathBuf| notify::Event::new(kind).add_path(path);
    let modify = EventKind::Modify(notify::event::ModifyKind::Any);
    assert!(targets.concerns(&event(modify, canonical_dir.join("rel.csv"))));
    assert!(!targets.concerns(&event(modify, canonical_dir.join("other.csv"))));
    let open = EventKind::Access(AccessKind::Open(AccessMode::Read));
    assert!(!targets.concerns(&event(open, canonical_dir.join("rel.csv"))));
    // Lost events may have been ours.
    let lost = notify::Event::new(EventKind::Other).set_flag(notify::event::Flag::Rescan);
    assert!(targets.concerns(&lost));
}

#[test]
fn a_pipe_given_as_the_file_is_not_watched_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.csv");
    std::fs::write(&file, VALID).unwrap();
    fifo_over(&file);
    let Err(err) = watch(std::slice::from_ref(&file), None) else {
        panic!("watched a FIFO");
    };
    assert!(
        err.starts_with("live reload is off: ") && err.contains("in.csv is not a regular file"),
        "{err}"
    );
}

/// A workbook whose sheet "Data" (after a sheet of notes) holds `rows`
/// indicator rows under a title line.
fn workbook(rows: u32) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let notes = wb.add_worksheet().set_name("Notes").unwrap();
    notes.write_string(0, 0, "read me").unwrap();
    let ws = wb.add_worksheet().set_name("Data").unwrap();
    ws.write_string(0, 0, "Working sheet").unwrap();
    for (c, h) in [
        "country",
        "year",
        "pillar",
        "indicator_id",
        "score",
        "max_score",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(1, c as u16, *h).unwrap();
    }
    for r in 0..rows {
        ws.write_string(2 + r, 0, "ZMB").unwrap();
        ws.write_number(2 + r, 1, 2024.0).unwrap();
        ws.write_string(2 + r, 2, "Legal").unwrap();
        ws.write_string(2 + r, 3, format!("L{r}")).unwrap();
        ws.write_number(2 + r, 4, 1.0).unwrap();
        ws.write_number(2 + r, 5, 2.0).unwrap();
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn workbook_saves_reload_the_chosen_sheet_and_office_lock_files_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("book.xlsx");
    std::fs::write(&file, workbook(1)).unwrap();
    let w = watch(std::slice::from_ref(&file), Some("Data".to_string())).unwrap();

    // LibreOffice and Excel mark an open file with lock files beside it.
    let lo_lock = dir.path().join(".~lock.book.xlsx#");
    let excel_owner = dir.path().join("~$book.xlsx");
    std::fs::write(&lo_lock, "user,host,date").unwrap();
    std::fs::write(&excel_owner, "owner").unwrap();
    std::fs::remove_file(&lo_lock).unwrap();
    assert!(quiet(&w), "a lock file caused a reload");

    // Excel saves to a temporary file and renames it over the workbook.
    let tmp = dir.path().join("A1B2C3D4");
    std::fs::write(&tmp, workbook(3)).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    assert_eq!(next(&w).expect("rename save").obs.len(), 3);
    std::fs::remove_file(&excel_owner).unwrap();
    assert!(quiet(&w), "removing Excel's owner file caused a reload");
}
