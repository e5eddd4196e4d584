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

mod figures;
mod run;
pub use figures::*;
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

mod session;
pub use session::*;
