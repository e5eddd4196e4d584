//! A session: the real binary in a pseudo-terminal of a fixed size, its
//! output fed into a vt100 screen, with deadlines on every wait.

use super::*;

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
