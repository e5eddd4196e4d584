//! The pseudo-terminal harness shared by the end-to-end tests: the real
//! binary runs in a pty of a fixed size, and everything it writes is fed into
//! a vt100 screen.
//!
//! Every wait polls with a deadline and, on timeout, panics with the current
//! screen and the tail of the raw output. A session kills its child on drop,
//! so a failing test never leaves a process behind.

// Each test binary uses its own subset of these helpers.
#![allow(dead_code, unused_imports)]

pub use std::fs::File;
pub use std::io::{Read, Write};
pub use std::path::Path;
pub use std::process::{Command, Stdio};
pub use std::sync::atomic::{AtomicBool, Ordering};
pub use std::sync::{Arc, Mutex};
pub use std::thread;
pub use std::time::{Duration, Instant};

mod run;
pub use run::*;

pub use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

pub const BIN: &str = env!("CARGO_BIN_EXE_cyberindex");
pub const TIMEOUT: Duration = Duration::from_secs(10);
pub const POLL: Duration = Duration::from_millis(20);

pub const ALT_ENTER: &[u8] = b"\x1b[?1049h";
pub const ALT_LEAVE: &[u8] = b"\x1b[?1049l";
pub const CURSOR_SHOW: &[u8] = b"\x1b[?25h";
pub const CURSOR_HIDE: &[u8] = b"\x1b[?25l";
pub const MOUSE_ON: &[u8] = b"\x1b[?1000h";
pub const MOUSE_OFF: &[u8] = b"\x1b[?1000l";
/// The other modes crossterm's EnableMouseCapture turns on.
pub const MOUSE_MODES_ON: [&[u8]; 4] = [
    b"\x1b[?1002h",
    b"\x1b[?1003h",
    b"\x1b[?1015h",
    b"\x1b[?1006h",
];

pub const ESC: &str = "\x1b";
pub const ENTER: &str = "\r";
pub const CTRL_C: &str = "\x03";

pub fn bundled() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("indicators.csv")
        .to_string_lossy()
        .into_owned()
}

pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

pub fn pty_size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

pub fn new_parser(cols: u16, rows: u16) -> vt100::Parser {
    let nz = |n: u16| std::num::NonZeroU16::new(n.max(1)).unwrap();
    vt100::Parser::new(nz(rows), nz(cols), 0)
}

// ---------------------------------------------------------------------------
// Byte helpers

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

pub fn has(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

/// Bytes as an escaped string, for failure messages.
pub fn show(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).escape_debug().to_string()
}

/// The last `n` bytes, escaped.
pub fn tail(bytes: &[u8], n: usize) -> String {
    show(&bytes[bytes.len().saturating_sub(n)..])
}

/// Every SGR sequence (`ESC [ … m`) that sets a foreground, background or
/// underline colour: 30–38, 40–48, 58, 90–97, 100–107. (39/49/59, "default
/// colour", are not colours.)
pub fn colour_sgrs(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(p) = find(&raw[i..], b"\x1b[") {
        let start = i + p + 2;
        let mut j = start;
        while j < raw.len() && (raw[j].is_ascii_digit() || raw[j] == b';' || raw[j] == b':') {
            j += 1;
        }
        if j < raw.len() && raw[j] == b'm' {
            let params = std::str::from_utf8(&raw[start..j]).unwrap_or("");
            let colour = params
                .split([';', ':'])
                .filter_map(|n| n.parse::<u32>().ok())
                .any(|n| matches!(n, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107));
            if colour {
                found.push(format!("ESC[{params}m"));
            }
        }
        i = start;
    }
    found
}

/// The terminal was put back: the alternate screen was left after it was
/// last entered, and the last cursor-visibility command shows the cursor.
pub fn assert_left_terminal(raw: &[u8]) {
    let enter = rfind(raw, ALT_ENTER).unwrap_or_else(|| {
        panic!(
            "the alternate screen was never entered; output ends: {}",
            tail(raw, 400)
        )
    });
    assert!(
        rfind(raw, ALT_LEAVE) > Some(enter),
        "the alternate screen was not left after it was entered; output ends: {}",
        tail(raw, 400)
    );
    let shown = rfind(raw, CURSOR_SHOW);
    assert!(
        shown.is_some() && shown > rfind(raw, CURSOR_HIDE),
        "the cursor was left hidden; output ends: {}",
        tail(raw, 400)
    );
}

/// The local-mode flags `stty -a` reports for a terminal, e.g. "icanon" or
/// "-icanon".
pub fn has_flag(stty: &str, flag: &str) -> bool {
    stty.split_whitespace().any(|w| w == flag)
}

pub fn assert_cooked(stty: &str) {
    assert!(
        has_flag(stty, "icanon") && has_flag(stty, "echo"),
        "the terminal was left in raw mode:\n{stty}"
    );
}

pub fn assert_raw(stty: &str) {
    assert!(
        has_flag(stty, "-icanon") && has_flag(stty, "-echo"),
        "the dashboard did not put the terminal in raw mode:\n{stty}"
    );
}

/// The text of the reverse-video cells of each screen row that has any.
pub fn inverse_rows(screen: &vt100::Screen) -> Vec<(u16, String)> {
    let (rows, cols) = screen.size();
    let mut out = Vec::new();
    for row in 0..rows.get() {
        let mut text = String::new();
        for col in 0..cols.get() {
            if let Some(cell) = screen.cell(row, col).filter(|c| c.inverse()) {
                let s = cell.contents();
                text.push_str(if s.is_empty() { " " } else { s });
            }
        }
        if !text.trim().is_empty() {
            out.push((row, text));
        }
    }
    out
}

// ---------------------------------------------------------------------------
// The session

pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn Child + Send + Sync>,
    output: Arc<Mutex<Vec<u8>>>,
    /// Set once the reader has seen EOF (or EIO): `output` is then final.
    reader_done: Arc<AtomicBool>,
    parser: vt100::Parser,
    parsed: usize,
    status: Option<ExitStatus>,
}

impl Session {
    /// Runs the dashboard with `TERM=xterm-256color` and `NO_COLOR=1`.
    pub fn spawn(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::spawn_env(args, cols, rows, &[])
    }

    /// As [`Session::spawn`], then sets (`Some`) or removes (`None`) more
    /// variables.
    pub fn spawn_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, Option<&str>)]) -> Session {
        Session::spawn_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, cols, rows, env)
    }

    /// As [`Session::spawn_env`], in the working directory `cwd`.
    pub fn spawn_in(
        cwd: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, Option<&str>)],
    ) -> Session {
        Session::spawn_program_in(BIN, cwd, args, cols, rows, env)
    }

    /// As [`Session::spawn_env`], for another program (a shell that runs
    /// the dashboard as a job, say).
    pub fn spawn_program(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, Option<&str>)],
    ) -> Session {
        let cwd = Path::new(env!("CARGO_MANIFEST_DIR"));
        Session::spawn_program_in(program, cwd, args, cols, rows, env)
    }

    /// Runs `program` in a fresh pseudo-terminal, in the directory `cwd`.
    fn spawn_program_in(
        program: &str,
        cwd: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, Option<&str>)],
    ) -> Session {
        let pair = native_pty_system()
            .openpty(pty_size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        for (key, value) in env {
            match value {
                Some(v) => cmd.env(key, v),
                None => cmd.env_remove(key),
            }
        }
        let child = pair
            .slave
            .spawn_command(cmd)
            .unwrap_or_else(|e| panic!("spawn {program}: {e}"));
        // Only the child may hold the slave: its exit then ends our reads.
        drop(pair.slave);

        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let reader_done = Arc::new(AtomicBool::new(false));
        {
            let output = Arc::clone(&output);
            let done = Arc::clone(&reader_done);
            thread::spawn(move || {
                let mut buf = [0u8; 16 * 1024];
                loop {
                    match reader.read(&mut buf) {
                        Ok(0) => break,
                        Ok(n) => output.lock().unwrap().extend_from_slice(&buf[..n]),
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        // EIO once the child has closed the slave.
                        Err(_) => break,
                    }
                }
                done.store(true, Ordering::SeqCst);
            });
        }
        Session {
            master: pair.master,
            writer,
            child,
            output,
            reader_done,
            parser: new_parser(cols, rows),
            parsed: 0,
            status: None,
        }
    }

    /// Everything the child has written so far.
    pub fn raw(&self) -> Vec<u8> {
        self.output.lock().unwrap().clone()
    }

    pub fn raw_len(&self) -> usize {
        self.output.lock().unwrap().len()
    }

    pub fn refresh(&mut self) {
        let out = self.output.lock().unwrap();
        if out.len() > self.parsed {
            self.parser.process(&out[self.parsed..]);
            self.parsed = out.len();
        }
    }

    pub fn screen(&mut self) -> &vt100::Screen {
        self.refresh();
        self.parser.screen()
    }

    pub fn contents(&mut self) -> String {
        self.screen().contents()
    }

    /// Panics with everything needed to see why.
    pub fn fail(&mut self, what: &str) -> ! {
        let status = match self.status.clone() {
            Some(s) => format!("exited: {s}"),
            None => match self.child.try_wait() {
                Ok(Some(s)) => format!("exited: {s}"),
                Ok(None) => "still running".to_string(),
                Err(e) => format!("unknown ({e})"),
            },
        };
        let screen = self.contents();
        let raw = self.raw();
        panic!(
            "gave up waiting for {what} (child {status})\n\
             ----- screen -----\n{screen}\n------------------\n\
             last raw output: {}",
            tail(&raw, 600)
        );
    }

    /// Polls until `pred(screen, raw output)` holds on a completely drawn
    /// frame (or on the final output). Fails at the deadline, or at once
    /// when the output has ended without it holding.
    pub fn wait_until(&mut self, what: &str, pred: impl FnMut(&vt100::Screen, &[u8]) -> bool) {
        self.wait_until_within(what, TIMEOUT, pred);
    }

    /// As [`Session::wait_until`], allowing `limit` rather than the usual
    /// deadline.
    pub fn wait_until_within(
        &mut self,
        what: &str,
        limit: Duration,
        mut pred: impl FnMut(&vt100::Screen, &[u8]) -> bool,
    ) {
        let start = Instant::now();
        loop {
            // Read the flag first: if it was set, this refresh saw every byte.
            let ended = self.reader_done.load(Ordering::SeqCst);
            self.refresh();
            // Judge only whole frames: each ends by hiding the cursor, and
            // the pty can hand us a frame in pieces.
            let ok = {
                let out = self.output.lock().unwrap();
                (ended || out.ends_with(CURSOR_HIDE)) && pred(self.parser.screen(), &out)
            };
            if ok {
                return;
            }
            if ended {
                self.fail(&format!("{what}; the output ended"));
            }
            if start.elapsed() > limit {
                self.fail(what);
            }
            thread::sleep(POLL);
        }
    }

    /// Polls until `pred(raw output)` holds, whole frames or not: for
    /// output that is not the dashboard's (a shell's).
    pub fn wait_output(&mut self, what: &str, mut pred: impl FnMut(&[u8]) -> bool) {
        let start = Instant::now();
        loop {
            let ended = self.reader_done.load(Ordering::SeqCst);
            if pred(&self.output.lock().unwrap()) {
                return;
            }
            if ended {
                self.fail(&format!("{what}; the output ended"));
            }
            if start.elapsed() > TIMEOUT {
                self.fail(what);
            }
            thread::sleep(POLL);
        }
    }

    pub fn wait_for(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s, _| {
            s.contents().contains(text)
        });
    }

    pub fn wait_gone(&mut self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |s, _| {
            !s.contents().contains(text)
        });
    }

    /// Waits for `needle` in the raw output written after byte `since`.
    pub fn wait_raw(&mut self, since: usize, needle: &[u8]) {
        self.wait_until(&format!("{:?} in the output", show(needle)), |_, raw| {
            raw.len() > since && has(&raw[since..], needle)
        });
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("write keys");
        self.writer.flush().expect("flush keys");
    }

    /// Sends keys and waits for `text` to appear.
    pub fn press(&mut self, keys: &str, text: &str) {
        self.send(keys);
        self.wait_for(text);
    }

    /// Sends Esc on its own and waits until `gone` has left the screen, so
    /// the next key cannot be read as Alt-key.
    pub fn esc(&mut self, gone: &str) {
        self.send(ESC);
        self.wait_gone(gone);
    }

    /// Resizes the terminal (the child gets SIGWINCH). The screen model is
    /// rebuilt at the new size from all output so far; the app clears and
    /// redraws on resize, so what matters is what comes after.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(pty_size(cols, rows))
            .expect("resize pty");
        self.parser = new_parser(cols, rows);
        self.parsed = 0;
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    pub fn kill(&self, signal: &str) {
        self.kill_pid(self.pid(), signal);
    }

    /// Sends `signal` to another process than the child (one the child
    /// started).
    pub fn kill_pid(&self, pid: u32, signal: &str) {
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{signal} {pid} failed: {status}");
    }

    /// Terminal modes as `stty -a` reports them, read through the slave.
    pub fn stty(&self) -> String {
        let path = self.master.tty_name().expect("pty has a name");
        let tty = File::open(&path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
        let out = Command::new("stty")
            .arg("-a")
            .stdin(Stdio::from(tty))
            .output()
            .expect("run stty");
        assert!(out.status.success(), "stty -a failed: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits for the child to exit and for its last output to be read.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                break s;
            }
            if start.elapsed() > TIMEOUT {
                self.fail("the child to exit");
            }
            thread::sleep(POLL);
        };
        self.status = Some(status.clone());
        while !self.reader_done.load(Ordering::SeqCst) {
            if start.elapsed() > TIMEOUT {
                self.fail("the end of the output after exit");
            }
            thread::sleep(POLL);
        }
        self.refresh();
        status
    }

    /// Waits for exit and asserts a plain exit with `code`.
    pub fn expect_exit(&mut self, code: u32) -> Vec<u8> {
        let status = self.wait_exit();
        let raw = self.raw();
        assert_eq!(
            (status.exit_code(), status.signal()),
            (code, None),
            "unexpected exit status {status}; screen:\n{}\noutput ends: {}",
            self.contents(),
            tail(&raw, 400)
        );
        raw
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.status.is_none() {
            if let Ok(None) = self.child.try_wait() {
                // SIGHUP, then SIGKILL if it lingers.
                let _ = self.child.kill();
            }
            let _ = self.child.wait();
        }
    }
}

impl Session {
    /// As [`Session::wait_for`], allowing `limit` rather than the usual
    /// deadline: for work that is slow by design, such as a debug build
    /// reading 200,000 rows. A hang guard, not a timing.
    pub fn wait_for_within(&mut self, text: &str, limit: Duration) {
        self.wait_until_within(&format!("{text:?} on screen"), limit, |s, _| {
            s.contents().contains(text)
        });
    }
}

/// Opens the bundled sample and waits for the first frame of the Overview.
pub fn open_sample(cols: u16, rows: u16) -> Session {
    let mut s = Session::spawn(&[&bundled()], cols, rows);
    s.wait_for("Overall index");
    s
}
