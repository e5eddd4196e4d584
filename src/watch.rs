//! Live reload: watches the files the dashboard shows and loads them again
//! when they change on disk.
//!
//! The directories are watched, not the files. Editors and Excel often save
//! by writing a new file and renaming it over the old one; a watch on the old
//! file would see it deleted and then nothing more. A directory watch sees
//! the new file arrive under the same name.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, SystemTime};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::data::{Dataset, LoadError};

/// A save is often several events (truncate, writes, close, rename); wait
/// for this much quiet before loading so one save is one reload.
pub const SETTLE: Duration = Duration::from_millis(150);

/// Keeps the watch alive; drop it to stop watching.
pub struct Watch {
    _watcher: RecommendedWatcher,
    /// One result per reload, in order.
    pub reloads: Receiver<Result<Dataset, LoadError>>,
}

/// Starts watching `files`. The first reload comes only after a change, so
/// the caller loads the files once itself; call this before that first load
/// so a save during it is not missed.
pub fn watch(files: &[PathBuf]) -> notify::Result<Watch> {
    let targets = Targets::new(files);
    let (event_tx, event_rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(event_tx)?;
    for dir in targets.dirs() {
        watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    }
    let (reload_tx, reloads) = mpsc::channel();
    let files = files.to_vec();
    std::thread::spawn(move || reload_loop(&files, &targets, &event_rx, &reload_tx));
    Ok(Watch {
        _watcher: watcher,
        reloads,
    })
}

/// The paths whose events matter: each file where the user named it, and,
/// for a symbolic link, the file it points to.
struct Targets {
    paths: Vec<PathBuf>,
}

impl Targets {
    fn new(files: &[PathBuf]) -> Targets {
        let mut paths = Vec::new();
        for file in files {
            if let Some(p) = in_canonical_dir(file) {
                paths.push(p);
            }
            if let Ok(p) = std::fs::canonicalize(file) {
                paths.push(p);
            }
        }
        paths.sort();
        paths.dedup();
        Targets { paths }
    }

    fn dirs(&self) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = self
            .paths
            .iter()
            .filter_map(|p| p.parent().map(Path::to_path_buf))
            .collect();
        dirs.sort();
        dirs.dedup();
        dirs
    }

    fn concerns(&self, event: &notify::Event) -> bool {
        relevant(&event.kind) && event.paths.iter().any(|p| self.paths.contains(p))
    }
}

/// `file` with its directory resolved but its own name kept, so a link is
/// matched by its name and a file that does not exist yet still has a path.
fn in_canonical_dir(file: &Path) -> Option<PathBuf> {
    let name = file.file_name()?;
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(name))
}

/// Opening and reading change nothing, and our own loads do both: reacting
/// to them would reload forever.
fn relevant(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// What a reload would see differently: size, modification time and, on
/// Unix, the inode, which a rename-save replaces.
#[derive(Clone, Debug, PartialEq)]
struct Stamp(Vec<Option<(u64, Option<SystemTime>, u64)>>);

impl Stamp {
    fn of(files: &[PathBuf]) -> Stamp {
        Stamp(
            files
                .iter()
                .map(|f| {
                    let m = std::fs::metadata(f).ok()?;
                    Some((m.len(), m.modified().ok(), inode(&m)))
                })
                .collect(),
        )
    }
}

#[cfg(unix)]
fn inode(m: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(m)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

fn reload_loop(
    files: &[PathBuf],
    targets: &Targets,
    events: &Receiver<notify::Result<notify::Event>>,
    reloads: &Sender<Result<Dataset, LoadError>>,
) {
    let mut last = Stamp::of(files);
    loop {
        // Wait for a change that concerns us; the channel closes when the
        // watcher is dropped.
        match events.recv() {
            Ok(Ok(event)) if targets.concerns(&event) => {}
            Ok(_) => continue,
            Err(_) => return,
        }
        // Let the save finish.
        loop {
            match events.recv_timeout(SETTLE) {
                Ok(_) => {}
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let now = Stamp::of(files);
        if now == last {
            continue;
        }
        last = now;
        if reloads.send(crate::data::load_paths(files)).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    const VALID: &str = "country,year,pillar,indicator_id,score,max_score\n\
                         ZMB,2024,Legal,L1,1,2\n";

    fn next(w: &Watch) -> Result<Dataset, LoadError> {
        w.reloads
            .recv_timeout(Duration::from_secs(10))
            .expect("no reload within 10 s")
    }

    /// No reload arrives within a while: used after changes that must be
    /// ignored.
    fn quiet(w: &Watch) -> bool {
        let deadline = Instant::now() + SETTLE * 4;
        while Instant::now() < deadline {
            if w.reloads.try_recv().is_ok() {
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
        let w = watch(std::slice::from_ref(&file)).unwrap();

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

    #[test]
    fn only_changes_to_the_file_itself_concern_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("rel.csv");
        let targets = Targets::new(std::slice::from_ref(&file));
        let canonical_dir = std::fs::canonicalize(dir.path()).unwrap();
        assert_eq!(targets.dirs(), vec![canonical_dir.clone()]);
        let event = |kind, path: PathBuf| notify::Event::new(kind).add_path(path);
        let modify = EventKind::Modify(notify::event::ModifyKind::Any);
        assert!(targets.concerns(&event(modify, canonical_dir.join("rel.csv"))));
        assert!(!targets.concerns(&event(modify, canonical_dir.join("other.csv"))));
        let open = EventKind::Access(AccessKind::Open(AccessMode::Read));
        assert!(!targets.concerns(&event(open, canonical_dir.join("rel.csv"))));
    }
}
