//! Live reload: watches the files the dashboard shows and loads them again
//! when they change on disk.
//!
//! The directories are watched, not the files. Editors and Excel often save
//! by writing a new file and renaming it over the old one; a watch on the old
//! file would see it deleted and then nothing more. A directory watch sees
//! the new file arrive under the same name. A link is followed: the folder of
//! each link on the way is watched, for the link being pointed elsewhere, and
//! so is the folder of the file it leads to, worked out again after every
//! change.
//!
//! Nothing here fails silently: a watch that cannot start, or stops
//! following a file, says why, and the footer shows it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::{Duration, Instant, SystemTime};

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

use crate::model::Dataset;
use crate::read::LoadError;

/// A save is often several events (truncate, writes, close, rename); wait
/// until the file has been quiet this long before loading, so one save is
/// one reload.
pub const SETTLE: Duration = Duration::from_millis(150);

/// Links followed from one file before giving up, as the kernel does.
const MAX_LINKS: usize = 40;

/// What the watch has to tell the dashboard.
#[derive(Debug)]
pub enum Change {
    /// The files changed on disk and were loaded again.
    Loaded(Box<Result<Dataset, LoadError>>),
    /// Some changes can no longer be seen: why, for the footer.
    Trouble(String),
}

/// Keeps the watch alive; drop it to stop watching.
pub struct Watch {
    /// Shared with the reload thread, which watches other folders when a
    /// link is pointed elsewhere. The thread holds it weakly, so dropping
    /// this drops the watcher, which ends the thread.
    _watcher: Arc<Mutex<RecommendedWatcher>>,
    /// One per reload or trouble, in order.
    pub changes: Receiver<Change>,
}

/// Starts watching `files`. The first reload comes only after a change, so
/// the caller loads the files once itself; call this before that first load
/// so a save during it is not missed. The error says why there is no live
/// reload, as the footer shows it.
pub fn watch(files: &[PathBuf], sheet: Option<String>) -> Result<Watch, String> {
    let off = |why: String| format!("live reload is off: {why}");
    for file in files {
        // A pipe or a device cannot be read a second time.
        if std::fs::metadata(file).is_ok_and(|m| !m.is_file()) {
            return Err(off(format!(
                "{} is not a regular file, so it cannot be read again",
                file.display()
            )));
        }
    }
    let targets = Targets::new(files).map_err(off)?;
    let (event_tx, event_rx) = mpsc::channel();
    let watcher = notify::recommended_watcher(event_tx)
        .map_err(|e| off(format!("cannot watch files: {e}")))?;
    let watcher = Arc::new(Mutex::new(watcher));
    let mut follow = Follow {
        files: files.to_vec(),
        sheet,
        targets,
        watched: Vec::new(),
        watcher: Arc::downgrade(&watcher),
        trouble: None,
        // Before the first load, which reads what is there now: only what
        // changes after this needs a reload.
        last: Stamp::of(files),
    };
    follow.rewatch().map_err(off)?;
    let (tx, changes) = mpsc::channel();
    std::thread::spawn(move || follow.run(&event_rx, &tx));
    Ok(Watch {
        _watcher: watcher,
        changes,
    })
}

/// The paths whose events matter: each file where the user named it, and,
/// for a symbolic link, each link it leads through and the file at the end.
struct Targets {
    paths: Vec<PathBuf>,
}

impl Targets {
    /// Fails only when the folder of a file as named cannot be found; a link
    /// that leads nowhere (yet) is followed as far as it goes.
    fn new(files: &[PathBuf]) -> Result<Targets, String> {
        let mut paths = Vec::new();
        for file in files {
            let mut hop = in_canonical_dir(file)?;
            paths.push(hop.clone());
            for _ in 0..MAX_LINKS {
                let Ok(to) = std::fs::read_link(&hop) else {
                    break;
                };
                // A relative link is relative to its own folder.
                let next = hop.parent().map_or(to.clone(), |dir| dir.join(&to));
                let Ok(next) = in_canonical_dir(&next) else {
                    break;
                };
                paths.push(next.clone());
                hop = next;
            }
            if let Ok(p) = std::fs::canonicalize(file) {
                paths.push(p);
            }
        }
        paths.sort();
        paths.dedup();
        Ok(Targets { paths })
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

    /// Only events for our own paths count, so a busy neighbour (a log
    /// written every few milliseconds) neither triggers nor delays a
    /// reload. A rename-save's last event is for our name, so it counts.
    fn concerns(&self, event: &notify::Event) -> bool {
        relevant(&event.kind)
            // Events were lost: any of them may have been ours.
            && (event.need_rescan() || event.paths.iter().any(|p| self.paths.contains(p)))
    }
}

/// `file` with its directory resolved but its own name kept, so a link is
/// matched by its name and a file that does not exist yet still has a path.
fn in_canonical_dir(file: &Path) -> Result<PathBuf, String> {
    let dir = match file.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = file
        .file_name()
        .ok_or_else(|| format!("cannot watch {}: not a file name", file.display()))?;
    std::fs::canonicalize(dir)
        .map(|d| d.join(name))
        .map_err(|e| cannot_watch(dir, &e))
}

fn cannot_watch(dir: &Path, e: &dyn std::fmt::Display) -> String {
    format!("cannot watch {}: {e}", dir.display())
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

/// The reload thread's state.
struct Follow {
    files: Vec<PathBuf>,
    /// The workbook sheet read, when one was chosen.
    sheet: Option<String>,
    targets: Targets,
    /// The folders being watched now.
    watched: Vec<PathBuf>,
    watcher: Weak<Mutex<RecommendedWatcher>>,
    /// The trouble last told, so it is told once, not after every save.
    trouble: Option<String>,
    last: Stamp,
}

impl Follow {
    fn run(&mut self, events: &Receiver<notify::Result<notify::Event>>, changes: &Sender<Change>) {
        loop {
            // Wait for a change that concerns us; the channel closes when
            // the watcher is dropped.
            match events.recv() {
                Ok(Ok(event)) if self.targets.concerns(&event) => {}
                Ok(_) => continue,
                Err(_) => return,
            }
            // Let the save finish: wait until our files have been quiet for
            // SETTLE, whatever happens around them.
            let mut quiet_from = Instant::now() + SETTLE;
            loop {
                let left = quiet_from.saturating_duration_since(Instant::now());
                match events.recv_timeout(left) {
                    Ok(Ok(event)) if self.targets.concerns(&event) => {
                        quiet_from = Instant::now() + SETTLE;
                    }
                    Ok(_) => {}
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            // A link may lead elsewhere now: watch there before loading, so
            // an edit made after this load is seen.
            let trouble = Targets::new(&self.files).and_then(|targets| {
                self.targets = targets;
                self.rewatch()
            });
            match trouble {
                Err(why) if self.trouble.as_ref() != Some(&why) => {
                    self.trouble = Some(why.clone());
                    let told = format!("live reload may miss changes: {why}");
                    if changes.send(Change::Trouble(told)).is_err() {
                        return;
                    }
                }
                Err(_) => {}
                Ok(()) => self.trouble = None,
            }
            let now = Stamp::of(&self.files);
            if now == self.last {
                continue;
            }
            self.last = now;
            let loaded = crate::read::reload_paths_in(&self.files, self.sheet.as_deref());
            if changes.send(Change::Loaded(Box::new(loaded))).is_err() {
                return;
            }
        }
    }

    /// Watches the folders the targets are in and no others. A folder that
    /// cannot be watched is tried again after the next change.
    fn rewatch(&mut self) -> Result<(), String> {
        let Some(watcher) = self.watcher.upgrade() else {
            return Ok(());
        };
        let mut watcher = watcher.lock().unwrap_or_else(PoisonError::into_inner);
        let wanted = self.targets.dirs();
        self.watched.retain(|dir| {
            wanted.contains(dir) || {
                // Gone or not, it is no longer ours.
                let _ = watcher.unwatch(dir);
                false
            }
        });
        let mut failed = None;
        for dir in wanted {
            if self.watched.contains(&dir) {
                continue;
            }
            match watcher.watch(&dir, RecursiveMode::NonRecursive) {
                Ok(()) => self.watched.push(dir),
                Err(e) => failed = failed.or(Some(cannot_watch(&dir, &e))),
            }
        }
        failed.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
#[path = "watch_tests.rs"]
mod tests;
