//! End-to-end tests of the dashboard: the real binary runs in a
//! pseudo-terminal of a fixed size, and everything it writes is fed into a
//! vt100 screen. Assertions look at what a user would see (the screen) and at
//! the raw bytes (alternate screen, cursor, mouse capture, colour codes).
//! The harness is in `common/`.

mod common;
use common::*;

#[test]
fn walk_every_pane_popup_help_and_search_then_quit() {
    let mut s = Session::spawn(&[&bundled()], 120, 40);
    s.wait_for("Overall index");
    s.wait_for("Tier 2");
    assert_raw(&s.stty());

    s.press("2", "Indicators 2024");
    s.press("3", "improved");
    s.wait_gone("Indicators 2024");
    s.press("4", "What to fix first");
    s.press("5", "Pillar scores over time");
    s.press("1", "Overall index");
    s.wait_gone("Pillar scores over time");

    // Detail popup of the selected indicator.
    s.press("2", "Indicators 2024");
    assert!(
        !s.contents().contains("Esc closes · j/k scroll"),
        "detail popup open before Enter"
    );
    s.press(ENTER, "Esc closes · j/k scroll");
    let popup = s.contents();
    assert!(popup.contains("Description"), "no Description:\n{popup}");
    assert!(popup.contains("History"), "no History:\n{popup}");
    s.esc("Esc closes · j/k scroll");
    assert!(!s.contents().contains("History"));

    // Help overlay, generated from the key table.
    s.press("?", "quit, from anywhere");
    let help = s.contents();
    for expected in [
        "Esc or ? closes",
        "Ctrl-C",
        "show or hide this help",
        "search: indicators by id, name, pillar or evidence",
        "cycle theme: dark, light, mono",
    ] {
        assert!(help.contains(expected), "help lacks {expected:?}:\n{help}");
    }
    // The popup keys are below the fold: PgDn scrolls the overlay to them.
    assert!(
        !help.contains("scroll a page down"),
        "expected below the fold:\n{help}"
    );
    // A page or more further down, however long the table grows.
    for _ in 0..10 {
        let before = s.contents();
        if before.contains("scroll a page down") {
            break;
        }
        s.send("\x1b[6~");
        s.wait_until("the help to scroll a page", |screen, _| {
            screen.contents() != before
        });
    }
    let help = s.contents();
    assert!(
        help.contains("scroll a page down"),
        "PgDn never got there:\n{help}"
    );
    s.esc("scroll a page down");

    // Search.
    s.press("/", "matches");
    s.send("cirt");
    s.wait_for("· /cirt");
    let found = s.contents();
    assert!(found.contains("TEC-01"), "TEC-01 not listed:\n{found}");
    assert!(!found.contains("LEG-01"), "LEG-01 still listed:\n{found}");
    s.esc("· /cirt");
    s.wait_for("LEG-01");

    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    let enter = rfind(&raw, ALT_ENTER).unwrap();
    assert!(has(&raw, MOUSE_ON), "mouse capture never enabled");
    assert!(
        rfind(&raw, MOUSE_OFF) > Some(enter),
        "mouse capture not disabled at the end; output ends: {}",
        tail(&raw, 400)
    );
    assert_cooked(&s.stty());
}

#[test]
fn ctrl_c_quits_from_search_mode() {
    let mut s = open_sample(80, 24);
    s.press("2", "Indicators 2024");
    s.press("/", "matches");
    s.send("te");
    s.wait_for("· /te");
    s.send(CTRL_C);
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    assert_cooked(&s.stty());
}

#[test]
fn ctrl_c_quits_from_a_popup() {
    let mut s = open_sample(80, 24);
    s.press("?", "quit, from anywhere");
    s.send(CTRL_C);
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
}

/// Indicator name, pillar, evidence and description carry an OSC title
/// change, BEL, a screen clear, a colour, a bare CR and a bidi override.
const EVIL_CSV: &str = "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence,description\n\
EVL,Evilland,2023,\"Leg\x1b[2Jal\",E1,\"Bad\x1b]0;PWNED\x07name\",1,2,\"see \x1b[31mred\x1b[0m here\",\"one\rTWO \u{202E}desrever \x1b]0;PWNED\x07end\"\n\
EVL,Evilland,2024,\"Leg\x1b[2Jal\",E1,\"Bad\x1b]0;PWNED\x07name\",2,2,\"now \x1b[31mred\x1b[0m\rgone\",\"one\rTWO \u{202E}desrever \x1b]0;PWNED\x07end\"\n\
EVL,Evilland,2023,Policy,P1,Good,1,2,ok,fine\n\
EVL,Evilland,2024,Policy,P1,Good,2,2,ok,fine\n";

/// Every "PWNED" on screen is the tail of a visible "␛]0;" placeholder.
fn assert_inert(screen: &str, pane: &str) {
    for (i, _) in screen.match_indices("PWNED") {
        assert!(
            screen[..i].ends_with("␛]0;"),
            "PWNED on the {pane} screen without its visible escape:\n{screen}"
        );
    }
    for bad in ['\u{1b}', '\u{7}', '\u{202E}'] {
        assert!(
            !screen.contains(bad),
            "{bad:?} reached the {pane} screen:\n{screen}"
        );
    }
}

#[test]
fn control_characters_in_data_stay_inert() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e2e_evil.csv");
    std::fs::write(&path, EVIL_CSV).unwrap();

    let mut s = Session::spawn(&[path.to_str().unwrap()], 120, 40);
    s.wait_for("Overall index");
    let overview = s.contents();
    assert!(
        overview.contains("Leg␛[2Jal"),
        "pillar not shown with a visible ESC:\n{overview}"
    );
    assert_inert(&overview, "Overview");

    s.press("2", "Indicators 2024");
    s.wait_for("␛]0;PWNED␇");
    let table = s.contents();
    assert!(
        table.contains("␛[31m"),
        "evidence escape not visible:\n{table}"
    );
    assert_inert(&table, "Indicators");

    s.send("g");
    s.press(ENTER, "Esc closes · j/k scroll");
    let mut popup = s.contents();
    if !popup.contains("Bad␛]0;PWNED␇name") {
        // The first row was the harmless indicator: take the other one.
        s.esc("Esc closes · j/k scroll");
        s.send("j");
        s.press(ENTER, "Esc closes · j/k scroll");
        popup = s.contents();
    }
    for expected in [
        "Bad␛]0;PWNED␇name",
        "Leg␛[2Jal",
        "Description",
        "one␍TWO",
        "␛]0;PWNED␇end",
        "History",
        "␛[31mred␛[0m",
    ] {
        assert!(
            popup.contains(expected),
            "detail lacks {expected:?}:\n{popup}"
        );
    }
    assert_inert(&popup, "detail popup");
    s.esc("Esc closes · j/k scroll");

    s.press("3", "improved");
    assert_inert(&s.contents(), "Compare");
    s.press("4", "What to fix first");
    assert_inert(&s.contents(), "Gaps");
    s.press("5", "Pillar scores over time");
    assert_inert(&s.contents(), "Trends");
    s.press("1", "Overall index");

    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    assert!(
        !has(&raw, b"\x1b]"),
        "an OSC sequence (title change) was written"
    );
    assert!(!has(&raw, b"\x07"), "a BEL was written");
    assert!(
        !has(&raw, b"\x1b[31m"),
        "the data's colour code was written"
    );
    assert!(
        !has(&raw, "\u{202E}".as_bytes()),
        "the bidi override was written"
    );
    // Its placeholder is U+FFFD, which the vt100 model does not display
    // (real terminals do), so look for it in the bytes.
    assert!(
        has(&raw, "desrever".as_bytes()) && has(&raw, "\u{FFFD}desrever".as_bytes()),
        "the bidi override's placeholder is missing"
    );
}

#[test]
fn bad_file_never_starts_the_dashboard() {
    let path = fixture("e2e_bad_score.csv");
    let mut s = Session::spawn(&[&path], 120, 40);
    let raw = s.expect_exit(1);
    let expected = format!("{path}:3: score:");
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains(&expected),
        "output lacks {expected:?}: {}",
        show(&raw)
    );
    assert!(
        text.contains("abc"),
        "the error does not quote the bad cell: {}",
        show(&raw)
    );
    let screen = s.contents();
    assert!(
        screen.contains(&expected),
        "screen lacks {expected:?}:\n{screen}"
    );
    assert!(
        !has(&raw, ALT_ENTER),
        "the alternate screen was entered: {}",
        show(&raw)
    );
    assert_cooked(&s.stty());
}

#[test]
fn tiny_terminal_shows_a_notice_and_recovers() {
    let mut s = open_sample(80, 24);
    // At 80 columns the header gives up the product's name first.
    assert!(s.contents().contains("Tier 2 Advancing"));
    assert!(!s.contents().contains("cyberindex │"));

    s.resize(20, 6);
    s.wait_for("Terminal too small");
    s.wait_for("20×6");

    // 1×1: wait for the clear that comes with the redraw at the new size.
    let mark = s.raw_len();
    s.resize(1, 1);
    s.wait_raw(mark, b"\x1b[2J");
    assert!(
        s.child.try_wait().unwrap().is_none(),
        "the dashboard died at 1×1; output ends: {}",
        tail(&s.raw(), 400)
    );

    s.resize(100, 30);
    s.wait_for("Overall index");
    // The wide header only appears at 100 columns or more.
    s.wait_for("Tier 2 Advancing");
    s.wait_gone("Terminal too small");

    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
}

#[test]
fn q_quits_while_too_small() {
    let mut s = Session::spawn(&[&bundled()], 20, 6);
    s.wait_for("Terminal too small");
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
}

/// Sends `signal` to a running dashboard: it must exit by itself (the
/// handler ran, the process was not killed) and put the terminal back.
fn signal_restores_terminal(signal: &str) {
    let mut s = open_sample(80, 24);
    assert_raw(&s.stty());
    s.kill(signal);
    let status = s.wait_exit();
    let raw = s.raw();
    assert!(
        status.signal().is_none(),
        "SIG{signal} killed the process ({status}) instead of ending it cleanly"
    );
    assert_left_terminal(&raw);
    let enter = rfind(&raw, ALT_ENTER).unwrap();
    assert!(
        rfind(&raw, MOUSE_OFF) > Some(enter),
        "mouse capture left on after SIG{signal}"
    );
    assert_cooked(&s.stty());
    // Scripts see the usual 128 + signal number, not success.
    let number = match signal {
        "HUP" => libc::SIGHUP,
        "INT" => libc::SIGINT,
        "QUIT" => libc::SIGQUIT,
        "TERM" => libc::SIGTERM,
        "USR1" => libc::SIGUSR1,
        "USR2" => libc::SIGUSR2,
        "ALRM" => libc::SIGALRM,
        "VTALRM" => libc::SIGVTALRM,
        "PROF" => libc::SIGPROF,
        "XCPU" => libc::SIGXCPU,
        "IO" => libc::SIGIO,
        "PWR" => libc::SIGPWR,
        "STKFLT" => libc::SIGSTKFLT,
        "RTMIN" => libc::SIGRTMIN(),
        "RTMIN+3" => libc::SIGRTMIN() + 3,
        // kill(1) does not name every real-time signal: those go by number.
        other => other
            .parse()
            .unwrap_or_else(|_| panic!("no number for SIG{other}")),
    };
    assert_eq!(status.exit_code(), 128 + number as u32, "SIG{signal}");
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_terminal("TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_terminal("HUP");
}

#[test]
fn sigint_and_sigquit_restore_the_terminal() {
    signal_restores_terminal("INT");
    signal_restores_terminal("QUIT");
}

#[test]
fn sigusr1_and_sigusr2_restore_the_terminal() {
    signal_restores_terminal("USR1");
    signal_restores_terminal("USR2");
}

/// Every other signal whose default action ends the process.
#[test]
fn other_ending_signals_restore_the_terminal() {
    for signal in [
        "ALRM", "VTALRM", "PROF", "XCPU", "IO", "PWR", "STKFLT", "RTMIN", "RTMIN+3",
    ] {
        signal_restores_terminal(signal);
    }
    signal_restores_terminal(&libc::SIGRTMAX().to_string());
}

/// SIGXFSZ is ignored from the start, so a write over `ulimit -f` is an
/// error the dashboard reports rather than its end: the signal changes
/// nothing, and the dashboard carries on.
#[test]
fn sigxfsz_is_ignored_and_the_dashboard_carries_on() {
    let mut s = open_sample(80, 24);
    s.kill("XFSZ");
    s.press("2", "Indicators");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "{status}");
    assert_left_terminal(&s.raw());
}

/// The state letter of a process ('T' when stopped), from /proc.
fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("read /proc/PID/stat");
    // The name, in parentheses, may hold anything; the state follows it.
    let after = &stat[stat.rfind(')').expect("a name in the stat line") + 1..];
    after.trim_start().chars().next().expect("a state")
}

fn wait_state(s: &mut Session, pid: u32, want: char) {
    let start = Instant::now();
    while process_state(pid) != want {
        if start.elapsed() > TIMEOUT {
            s.fail(&format!("process {pid} to be in state {want}"));
        }
        thread::sleep(POLL);
    }
}

/// Suspends the dashboard (`how` does it), checks it put the terminal back
/// and stopped, then brings it back with `fg` and checks it took the
/// terminal again and drew the whole screen.
fn suspend_and_resume(s: &mut Session, pid: u32, how: impl FnOnce(&mut Session)) {
    let mark = s.raw_len();
    how(s);
    wait_state(s, pid, 'T');
    s.wait_output("the shell to report the stopped job", |raw| {
        has(&raw[mark..], b"Stopped")
    });
    let raw = s.raw();
    assert_left_terminal(&raw);
    let enter = rfind(&raw, ALT_ENTER).unwrap();
    assert!(
        rfind(&raw, MOUSE_OFF) > Some(enter),
        "mouse capture left on while suspended; output ends: {}",
        tail(&raw, 400)
    );
    // dash leaves the modes as the job left them, so this is our doing.
    assert_cooked(&s.stty());

    let mark = s.raw_len();
    s.send("fg\r");
    // The header, which every pane has.
    let header = b"Zambia";
    s.wait_output("the dashboard to draw itself again", |raw| {
        has(&raw[mark..], header)
    });
    assert_ne!(process_state(pid), 'T', "still stopped after fg");
    assert_raw(&s.stty());
    let raw = s.raw();
    let back = &raw[mark..];
    let entered = rfind(back, ALT_ENTER).expect("the alternate screen was not entered again");
    assert!(has(back, MOUSE_ON), "mouse capture not turned on again");
    // Drawn in full after entering, not just what changed (nothing did).
    assert!(
        find(&back[entered..], header).is_some(),
        "not redrawn in full; output ends: {}",
        tail(&raw, 400)
    );
}

/// Ctrl-Z, typed or sent as SIGTSTP, suspends the dashboard the way a shell
/// user expects: terminal back to normal, job stopped, `fg` resumes it. A
/// real shell with job control runs it, since only a job a shell watches
/// can be stopped (the kernel ignores SIGTSTP in an orphaned process group,
/// which is what the dashboard alone in a pty is). dash, because it never
/// sets the terminal's modes itself (bash and its readline do), so the modes
/// seen while the job is stopped are the ones the dashboard left.
#[test]
fn ctrl_z_suspends_cleanly_and_fg_brings_the_dashboard_back() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let mut s = Session::spawn_program("dash", &["-i"], 100, 30, &[("PS1", Some("$ "))]);
    // The shell writes its own pid, then becomes the dashboard.
    s.send(&format!(
        "sh -c 'echo $$ > \"$0\"; exec \"$1\" \"$2\"' '{}' '{BIN}' '{}'\r",
        pid_file.display(),
        bundled()
    ));
    s.wait_output("the first frame", |raw| has(raw, b"Overall index"));
    let pid: u32 = std::fs::read_to_string(&pid_file)
        .expect("the pid file")
        .trim()
        .parse()
        .expect("a pid");

    suspend_and_resume(&mut s, pid, |s| s.send("\x1a"));
    // It answers keys after coming back.
    let mark = s.raw_len();
    s.send("2");
    s.wait_output("the Indicators pane", |raw| {
        has(&raw[mark..], b"Indicators 2024")
    });

    suspend_and_resume(&mut s, pid, |s| s.kill_pid(pid, "TSTP"));

    let mark = s.raw_len();
    s.send("q");
    s.wait_output("the dashboard to end", |raw| has(&raw[mark..], b"$ "));
    s.send("echo \"status=$?\"\r");
    s.wait_output("its exit status", |raw| has(&raw[mark..], b"status=0"));
    let raw = s.raw();
    assert_left_terminal(&raw);
    s.send("exit\r");
    s.expect_exit(0);
}

#[test]
fn no_mouse_never_enables_mouse_capture() {
    let mut s = Session::spawn(&["--no-mouse", &bundled()], 80, 24);
    s.wait_for("Overall index");
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    for seq in std::iter::once(MOUSE_ON).chain(MOUSE_MODES_ON) {
        assert!(!has(&raw, seq), "--no-mouse still wrote {}", show(seq));
    }

    // Control: without the flag, capture is enabled.
    let mut s = open_sample(80, 24);
    s.send("q");
    let raw = s.expect_exit(0);
    assert!(has(&raw, MOUSE_ON), "mouse capture never enabled");
}

#[test]
fn no_color_writes_no_colours_but_keeps_the_highlight() {
    let mut s = open_sample(80, 24);
    let tabs = inverse_rows(s.screen());
    assert!(
        tabs.iter()
            .any(|(row, t)| *row == 1 && t.contains("Overview")),
        "active tab not in reverse video: {tabs:?}"
    );

    let mark = s.raw_len();
    s.press("2", "Indicators 2024");
    s.wait_raw(mark, b"\x1b[7m");
    let rows = inverse_rows(s.screen());
    let ids = ["LEG-", "POL-", "TEC-", "CAP-", "COO-", "DID-", "INT-"];
    assert!(
        rows.iter()
            .any(|(row, t)| *row > 1 && ids.iter().any(|id| t.contains(id))),
        "no selected table row in reverse video: {rows:?}\n{}",
        s.contents()
    );
    s.press("j", "Indicators 2024");
    s.press("3", "improved");
    s.press("5", "Pillar scores over time");

    s.send("q");
    let raw = s.expect_exit(0);
    let colours = colour_sgrs(&raw);
    assert!(
        colours.is_empty(),
        "NO_COLOR=1 but colour codes were written: {colours:?}"
    );

    // Control: the default theme without NO_COLOR does write colours, so the
    // check above can see them.
    let mut s = Session::spawn_env(&[&bundled()], 80, 24, &[("NO_COLOR", None)]);
    s.wait_for("Overall index");
    s.send("q");
    let raw = s.expect_exit(0);
    assert!(
        !colour_sgrs(&raw).is_empty(),
        "no colour codes without NO_COLOR: {}",
        tail(&raw, 400)
    );
}

/// A closed SSH session or a killed terminal window hangs up the pty. The
/// dashboard must then end by itself rather than spin on reads that return
/// nothing. The master is read on this thread, without a cloned reader, so
/// that dropping it really closes the terminal.
#[test]
fn closing_the_terminal_ends_the_dashboard() {
    let pair = native_pty_system()
        .openpty(pty_size(80, 24))
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.arg(bundled());
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(cmd).expect("spawn cyberindex");
    drop(pair.slave);
    let fd = pair.master.as_raw_fd().expect("master fd");
    // SAFETY: fd is the open master of the pty we own; F_SETFL only changes its flags.
    unsafe { libc::fcntl(fd, libc::F_SETFL, libc::O_NONBLOCK) };
    let mut seen = Vec::new();
    let start = Instant::now();
    while !has(&seen, b"Overall index") {
        let mut buf = [0u8; 16 * 1024];
        // SAFETY: buf is valid for buf.len() bytes and fd is open.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
        if n > 0 {
            seen.extend_from_slice(&buf[..n as usize]);
        } else {
            thread::sleep(POLL);
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "no first frame; output ends: {}",
            tail(&seen, 300)
        );
    }
    drop(pair.master);

    let hung_up = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if hung_up.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("the dashboard kept running after its terminal was closed");
        }
        thread::sleep(POLL);
    };
    // It ended by itself, as a failure: 129 (SIGHUP) or, when the read error
    // beat the signal, 1. Never killed by the signal, never success.
    assert!(status.signal().is_none(), "killed: {status}");
    assert!([1, 129].contains(&status.exit_code()), "{status}");
}

/// The published GCI data, converted into the project's schema: Zambia
/// among sixteen African peers, and choosing another country from the
/// ranking.
#[test]
fn peers_on_the_converted_gci_example() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let example = example.to_str().unwrap();
    let peers = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN";
    let mut s = Session::spawn(&[example, "--country", "ZMB", "--peers", peers], 120, 40);
    s.wait_for("Overall 92.58");
    s.wait_for("Tier 2");
    // Ranks as ITU gives them: Mauritius and Egypt share 1st, Ghana and
    // Tanzania 2nd, so Zambia, seventh from the top, is 6th.
    s.press("6", "Zambia among 16 peers");
    s.wait_for("▶ Zambia");
    s.wait_for(" 6th 16 Overall");
    s.wait_for("11th 16 Technical");
    // The first row is the top of the ranking; Enter makes it current.
    s.send("g");
    s.send(ENTER);
    s.wait_for("Egypt, Arab Rep. among 16 peers");
    s.wait_for(" 1st 16 Overall");
    s.send("q");
    s.expect_exit(0);
}

/// A file slow enough to load shows a progress gauge with rows read, then
/// the dashboard; q during loading quits cleanly. (The debug build the tests
/// run takes well over the 200 ms grace on 400,000 rows.)
#[test]
fn slow_load_shows_progress_then_the_dashboard() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut out = std::io::BufWriter::new(File::create(&path).unwrap());
    cyberindex::synthetic::write_csv(400_000, &mut out).unwrap();
    drop(out);
    let path = path.to_str().unwrap();

    let mut s = Session::spawn(&[path], 100, 30);
    s.wait_for("rows read");
    s.wait_for("Loading");
    s.wait_for("Overall index");
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);

    // Quitting while it loads leaves the terminal as it was.
    let mut s = Session::spawn(&[path], 100, 30);
    s.wait_for("rows read");
    s.send("q");
    let raw = s.expect_exit(0);
    assert_left_terminal(&raw);
    assert!(
        !has(&raw, b"Overall index"),
        "the dashboard should not have started"
    );
}

#[test]
fn a_dashboard_session_leaves_its_input_and_directory_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let modified = std::fs::metadata(&file).unwrap().modified().unwrap();

    let mut s = Session::spawn(&[file.to_str().unwrap()], 100, 30);
    s.wait_for("Overall index");
    for (keys, text) in [
        ("2", "Indicators 2024"),
        ("sSr", "Indicators 2024"),
        ("p", "Legal"),
        (ENTER, "Esc closes · j/k scroll"),
    ] {
        s.press(keys, text);
    }
    s.esc("Esc closes · j/k scroll");
    for (keys, text) in [
        ("3", "improved"),
        ("[", "Indicators 2022 → 2023"),
        ("4", "What to fix first"),
        ("5", "Pillar scores over time"),
        ("t", "Pillar scores over time"),
        ("/law", " match"),
    ] {
        s.press(keys, text);
    }
    s.send(ENTER);
    s.send("q");
    s.expect_exit(0);

    assert_eq!(std::fs::read(&file).unwrap(), before, "the input changed");
    assert_eq!(
        std::fs::metadata(&file).unwrap().modified().unwrap(),
        modified,
        "the input was written to"
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["review.csv"], "files appeared beside the input");
}

#[test]
fn a_saved_scenario_opens_again_with_the_same_projection() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.csv");
    std::fs::copy(bundled(), &file).unwrap();
    let path = file.to_str().unwrap();

    let mut s = Session::spawn(&[path], 120, 40);
    s.wait_for("Overall index");
    s.press("4", "Plan to Tier 1 (95)");
    // The plan for the sample lifts it from 92.20 to exactly 95.00.
    s.press("A", "SCENARIO");
    s.wait_for("95.01 ▲ +2.81 Tier 1");
    s.press("w", "Scenario saved to");
    s.send("q");
    s.expect_exit(0);

    let saved = dir.path().join("review-scenario-ZMB-2024.csv");
    let csv = std::fs::read_to_string(&saved).expect("the scenario file");
    assert!(
        csv.starts_with("country,year,indicator_id,score\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 6, "five plan steps:\n{csv}");

    let mut s = Session::spawn(&[path, "--scenario", saved.to_str().unwrap()], 120, 40);
    s.wait_for("Overall index");
    s.wait_for("SCENARIO  95.01 ▲ +2.81 Tier 1");
    s.send("q");
    s.expect_exit(0);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        std::fs::read(bundled()).unwrap(),
        "the data file changed"
    );
}
