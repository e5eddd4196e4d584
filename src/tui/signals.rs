//! Signals while the dashboard has the terminal. Each signal that would end
//! the process with the terminal in raw mode is caught and becomes a flag
//! the event loop polls, so the terminal is put back on the way out. SIGTSTP
//! (Ctrl-Z from outside, `kill -TSTP`) and SIGCONT are flags too: the
//! terminal is given back before the process stops, and taken again, in
//! full, when it continues.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use libc::c_int;
use signal_hook::consts as sig;

/// Signals whose default action ends the process. Left out: those that
/// report a fault in the process itself (SIGSEGV, SIGBUS, SIGILL, SIGFPE,
/// SIGABRT, SIGSYS, SIGTRAP), after which nothing can be trusted to run,
/// and SIGPIPE, which Rust ignores so that it becomes a write error.
const ENDING: &[c_int] = &[
    sig::SIGTERM,
    sig::SIGHUP,
    sig::SIGINT,
    sig::SIGQUIT,
    sig::SIGUSR1,
    sig::SIGUSR2,
    sig::SIGALRM,
    sig::SIGVTALRM,
    sig::SIGPROF,
    sig::SIGXCPU,
];

/// Linux ends the process on these too, and on every real-time signal;
/// elsewhere some are ignored by default, and catching them would make them
/// end it. (SIGXFSZ is not caught at all: it is ignored from the start, so
/// a write over `ulimit -f` is an error, see `write::ignore_file_size_signal`.)
#[cfg(target_os = "linux")]
fn ending_on_linux() -> Vec<c_int> {
    let mut all = vec![libc::SIGIO, libc::SIGPWR, libc::SIGSTKFLT];
    all.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    all
}
#[cfg(not(target_os = "linux"))]
fn ending_on_linux() -> Vec<c_int> {
    Vec::new()
}

pub struct Signals {
    /// The ending signal that arrived (0: none).
    pub stop: Arc<AtomicUsize>,
    /// SIGTSTP arrived, or Ctrl-Z was pressed.
    suspend: Arc<AtomicBool>,
    /// SIGCONT arrived: the process was stopped, by us or by anyone (SIGSTOP
    /// cannot be caught), and the shell may have used the terminal since.
    cont: Arc<AtomicBool>,
}

impl Signals {
    pub fn register() -> io::Result<Signals> {
        let signals = Signals {
            stop: Arc::new(AtomicUsize::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
            cont: Arc::new(AtomicBool::new(false)),
        };
        for s in ENDING.iter().copied().chain(ending_on_linux()) {
            signal_hook::flag::register_usize(s, Arc::clone(&signals.stop), s as usize)?;
        }
        signal_hook::flag::register(sig::SIGTSTP, Arc::clone(&signals.suspend))?;
        signal_hook::flag::register(sig::SIGCONT, Arc::clone(&signals.cont))?;
        Ok(signals)
    }

    /// The ending signal that arrived, if one did.
    pub fn ended(&self) -> Option<i32> {
        match self.stop.load(Ordering::Relaxed) {
            0 => None,
            s => Some(s as i32),
        }
    }

    /// Ctrl-Z pressed: as if SIGTSTP had come.
    pub fn ask_suspend(&self) {
        self.suspend.store(true, Ordering::Relaxed);
    }

    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::Relaxed)
    }

    pub fn take_cont(&self) -> bool {
        self.cont.swap(false, Ordering::Relaxed)
    }
}

/// Stops the process as SIGTSTP's default action does, and returns when
/// it is continued (`fg`). Our handler is set aside for that and put back
/// after. Where no shell could continue it (an orphaned process group) the
/// kernel drops the stop and this returns at once, as for any program.
pub fn stop_self() {
    // SAFETY: a zeroed sigaction with an emptied mask and SIG_DFL is a
    // valid disposition; `ours` receives the current one and is put back
    // unchanged. raise() only sends a signal to this thread.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        libc::sigemptyset(&mut default.sa_mask);
        let mut ours: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGTSTP, &default, &mut ours) != 0 {
            return;
        }
        libc::raise(libc::SIGTSTP);
        libc::sigaction(libc::SIGTSTP, &ours, std::ptr::null_mut());
    }
}

/// How long the event loop gets to notice a signal itself. It polls every
/// 100 ms, so only a loop stuck inside a read takes longer.
const SIGNAL_GRACE: Duration = Duration::from_millis(600);

/// Ends the process if a signal arrived and the event loop has not finished
/// within the grace period: it is stuck reading a terminal that is gone.
pub fn spawn_watchdog(signal: Arc<AtomicUsize>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(50));
            let sig = signal.load(Ordering::Relaxed);
            if sig == 0 {
                continue;
            }
            std::thread::sleep(SIGNAL_GRACE);
            if !done.load(Ordering::Relaxed) {
                super::restore();
                std::process::exit(128 + sig as i32);
            }
        }
    });
}
