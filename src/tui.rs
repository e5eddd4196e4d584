//! The terminal: setting it up, always putting it back, and the event loop.
//!
//! Restoration happens on every exit path: normal quit and errors (the
//! guard's `Drop`), panics (the hook), and SIGTERM / SIGHUP / SIGINT /
//! SIGQUIT (a flag the loop polls, then the same `Drop`). When the terminal
//! itself is gone, crossterm's reader can spin on zero-byte reads and never
//! return to the loop; a watchdog thread then restores and exits instead.

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::{Position, Rect};

use crate::app::{Action, App, Mode, keymap};
use crate::ui;

/// Undoes everything `enter` did. Safe to call more than once.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

pub struct TerminalGuard {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    pub fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        if !io::stdout().is_terminal() {
            return Err(io::Error::other(
                "the dashboard needs a terminal; for scripts use `cyberindex report` or `cyberindex check`",
            ));
        }
        install_panic_hook();
        enable_raw_mode()?;
        let mut out = io::stdout();
        let entered = if mouse {
            execute!(out, EnterAlternateScreen, EnableMouseCapture)
        } else {
            execute!(out, EnterAlternateScreen)
        };
        if let Err(e) = entered {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Records which of the signals that would otherwise kill us, with the
/// terminal still in raw mode, has arrived (0: none).
fn signal_flag() -> io::Result<Arc<AtomicUsize>> {
    let flag = Arc::new(AtomicUsize::new(0));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        signal_hook::flag::register_usize(sig, Arc::clone(&flag), sig as usize)?;
    }
    Ok(flag)
}

/// How long the event loop gets to notice a signal itself. It polls every
/// 250 ms, so only a loop stuck inside a read takes longer.
const SIGNAL_GRACE: Duration = Duration::from_millis(600);

/// Ends the process if a signal arrived and the event loop has not finished
/// within the grace period: it is stuck reading a terminal that is gone.
fn spawn_watchdog(signal: Arc<AtomicUsize>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !done.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_millis(50));
            let sig = signal.load(Ordering::Relaxed);
            if sig == 0 {
                continue;
            }
            std::thread::sleep(SIGNAL_GRACE);
            if !done.load(Ordering::Relaxed) {
                restore();
                std::process::exit(128 + sig as i32);
            }
        }
    });
}

/// Runs the dashboard until the user quits or a signal arrives; returns the
/// signal's number if one ended it.
pub fn run(mut app: App, mouse: bool) -> io::Result<Option<i32>> {
    let stop = signal_flag()?;
    let done = Arc::new(AtomicBool::new(false));
    spawn_watchdog(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(&mut app, mouse, &stop);
    done.store(true, Ordering::Relaxed);
    // A hang-up can surface as a read error just before its SIGHUP lands;
    // the signal is the truer account of why we stopped.
    match (stop.load(Ordering::Relaxed), result) {
        (0, result) => result.map(|()| None),
        (sig, _) => Ok(Some(sig as i32)),
    }
}

fn event_loop(app: &mut App, mouse: bool, stop: &AtomicUsize) -> io::Result<()> {
    let mut guard = TerminalGuard::enter(mouse)?;
    let terminal = &mut guard.terminal;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit && stop.load(Ordering::Relaxed) == 0 {
        if dirty {
            terminal.draw(|frame| ui::draw(app, frame))?;
            dirty = false;
        }
        if !event::poll(Duration::from_millis(250))? {
            continue;
        }
        // Handle everything already queued before drawing again, so held
        // keys and wheel bursts do not lag behind.
        loop {
            if let Some(action) = to_action(app, event::read()?) {
                app.update(action);
                dirty = true;
            }
            if app.quit || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok(())
}

/// Translates a terminal event into an action, through the keymap for keys
/// and the shared layout for the mouse.
pub fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            keymap::lookup(&key, app.mode, app.pane)
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => mouse_action(app, m),
        _ => None,
    }
}

fn mouse_action(app: &App, m: MouseEvent) -> Option<Action> {
    match m.kind {
        MouseEventKind::ScrollUp => return Some(Action::Up),
        MouseEventKind::ScrollDown => return Some(Action::Down),
        MouseEventKind::Down(MouseButton::Left) => {}
        _ => return None,
    }
    if app.mode != Mode::Normal {
        return None;
    }
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if ui::layout::too_small(area) {
        return None;
    }
    let at = Position::new(m.column, m.row);
    let fr = ui::layout::frame(area);
    if let Some((pane, ..)) = ui::tab_spans(&app.panes(), fr.tabs)
        .into_iter()
        .find(|(_, r, _)| r.contains(at))
    {
        return Some(Action::GoTo(pane));
    }
    let list = ui::layout::list_area(app.pane, fr.body)?;
    let first = ui::layout::first_row(list);
    (list.contains(at) && m.row >= first && m.row < list.bottom().saturating_sub(1))
        .then(|| Action::Select((m.row - first) as usize))
}
