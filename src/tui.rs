//! The terminal: setting it up, always putting it back, and the event loop.
//!
//! Restoration happens on every exit path: normal quit and errors (the
//! guard's `Drop`), panics (the hook), and every signal that would end the
//! process (a flag the loop polls, then the same `Drop`; see [`signals`]).
//! When the terminal itself is gone, crossterm's reader can spin on
//! zero-byte reads and never return to the loop; a watchdog thread then
//! restores and exits instead. Ctrl-Z gives the terminal back before the
//! process stops, and `fg` takes it again and redraws it in full.

mod clipboard;
mod loading;
mod signals;

use std::io::{self, IsTerminal, Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::layout::{Position, Rect};

use std::sync::mpsc::Receiver;

use crate::app::action::Reload;
use crate::app::{Action, App, Effect, Mode, keymap};
use crate::cli::Failure;
use crate::model::Dataset;
use crate::read::LoadError;
use crate::ui;
use crate::watch::Change;
pub use loading::LoadingScreen;
use loading::wait_with_progress;
use signals::Signals;

/// Undoes everything `enter` did. Safe to call more than once.
pub fn restore() {
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = disable_raw_mode();
    let _ = out.flush();
}

pub struct TerminalGuard {
    pub terminal: Terminal<CrosstermBackend<Stdout>>,
    mouse: bool,
}

impl TerminalGuard {
    pub fn enter(mouse: bool) -> io::Result<TerminalGuard> {
        if !io::stdout().is_terminal() {
            return Err(io::Error::other(
                "the dashboard needs a terminal; for scripts use `cyberindex report` or `cyberindex check`",
            ));
        }
        install_panic_hook();
        if let Err(e) = take_terminal(mouse) {
            restore();
            return Err(e);
        }
        match Terminal::new(CrosstermBackend::new(io::stdout())) {
            Ok(terminal) => Ok(TerminalGuard { terminal, mouse }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// Carries out a Ctrl-Z or follows a SIGCONT, if either came; whether
    /// the screen was cleared and must be drawn again.
    fn job_control(&mut self, signals: &Signals) -> io::Result<bool> {
        if signals.take_suspend() {
            restore();
            signals::stop_self();
            // Continued to be ended (`kill %1`, the shell gone): the
            // terminal is already as it should be left.
            if signals.ended().is_some() {
                return Ok(false);
            }
        } else if !signals.take_cont() {
            return Ok(false);
        }
        // Continued. Whoever stopped us, the shell has used the terminal
        // since: its modes and its screen are no longer ours.
        signals.take_cont();
        take_terminal(self.mouse)?;
        // Clear the screen and forget the last frame, so the next is drawn
        // in full. Not Terminal::clear, which first asks the terminal where
        // its cursor is and waits seconds for one that does not answer.
        execute!(io::stdout(), Clear(ClearType::All))?;
        self.terminal.swap_buffers();
        Ok(true)
    }
}

/// Raw mode, the alternate screen and, if wanted, the mouse. Raw mode is
/// left first, so that it is set again even where crossterm thinks it still
/// is (after a SIGSTOP, which cannot be caught, the shell reset it).
fn take_terminal(mouse: bool) -> io::Result<()> {
    disable_raw_mode()?;
    enable_raw_mode()?;
    let mut out = io::stdout();
    if mouse {
        execute!(out, EnterAlternateScreen, EnableMouseCapture)
    } else {
        execute!(out, EnterAlternateScreen)
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

/// Where the data is when the dashboard starts.
pub enum Loading {
    Done(Box<Result<Dataset, LoadError>>),
    /// Still loading after the grace period: show progress meanwhile.
    Pending(Receiver<Result<Dataset, LoadError>>),
}

pub struct Options<'a> {
    pub mouse: bool,
    /// Loads of the file after it changed on disk, if it is watched.
    pub changes: Option<&'a Receiver<Change>>,
    /// Why the file is not watched, when it should have been.
    pub watch_off: Option<String>,
    /// Carries out what the app asks for (see [`Effect`]); its answer, if
    /// it has one at once, goes back to the app.
    pub perform: &'a dyn Fn(Effect) -> Option<Action>,
    /// Answers to work `perform` started and finishes later (an export).
    pub finished: Option<&'a Receiver<Action>>,
}

/// Runs the dashboard until the user quits or a signal arrives; returns the
/// signal's number if one ended it. A load that failed, or an app that cannot
/// be made, never leaves the terminal changed.
pub fn run(
    loading: Loading,
    screen: LoadingScreen<'_>,
    options: Options<'_>,
    make_app: impl FnOnce(Dataset) -> Result<App, Failure>,
) -> Result<Option<i32>, Failure> {
    let signals = Signals::register().map_err(Failure::Terminal)?;
    let done = Arc::new(AtomicBool::new(false));
    signals::spawn_watchdog(Arc::clone(&signals.stop), Arc::clone(&done));
    let result = start_and_loop(loading, screen, options, make_app, &signals);
    done.store(true, Ordering::Relaxed);
    // A hang-up can surface as a read error just before its SIGHUP lands;
    // the signal is the truer account of why we stopped.
    match (signals.ended(), result) {
        (None, result) => result.map(|()| None),
        (sig, _) => Ok(sig),
    }
}

fn start_and_loop(
    loading: Loading,
    screen: LoadingScreen<'_>,
    options: Options<'_>,
    make_app: impl FnOnce(Dataset) -> Result<App, Failure>,
    signals: &Signals,
) -> Result<(), Failure> {
    let mouse = options.mouse;
    let data_error = |e| Failure::Data(e, crate::read::error::SHOWN_ERRORS);
    let (ds, mut guard) = match loading {
        Loading::Done(result) => {
            let ds = (*result).map_err(data_error)?;
            (ds, None)
        }
        Loading::Pending(rx) => {
            let mut guard = TerminalGuard::enter(mouse).map_err(Failure::Terminal)?;
            match wait_with_progress(&mut guard, &rx, &screen, signals)
                .map_err(Failure::Terminal)?
            {
                Some(result) => (result.map_err(data_error)?, Some(guard)),
                // The user stopped the load, or a signal did.
                None => return Ok(()),
            }
        }
    };
    // Dropping a guard on the way out puts the terminal back first.
    let mut app = make_app(ds)?;
    let guard = match guard.take() {
        Some(guard) => guard,
        None => TerminalGuard::enter(mouse).map_err(Failure::Terminal)?,
    };
    event_loop(&mut app, guard, &options, signals).map_err(Failure::Terminal)
}

/// The local wall-clock time, as the footer tells when the file was
/// reloaded.
fn clock() -> String {
    jiff::ZonedDateTime::now().strftime("%H:%M:%S").to_string()
}

/// How often the loop looks for signals and reloads when no key comes.
const TICK: Duration = Duration::from_millis(100);

fn event_loop(
    app: &mut App,
    mut guard: TerminalGuard,
    options: &Options<'_>,
    signals: &Signals,
) -> io::Result<()> {
    let size = guard.terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    if let Some(why) = &options.watch_off {
        app.update(Action::ReloadTrouble(why.clone()));
    }
    let mut dirty = true;
    while !app.should_quit() && signals.ended().is_none() {
        if guard.job_control(signals)? {
            // The terminal may have been resized while we were stopped.
            let size = guard.terminal.size()?;
            app.update(Action::Resize(size.width, size.height));
            dirty = true;
        }
        if signals.ended().is_some() {
            break;
        }
        if let Some(changes) = options.changes {
            dirty |= take_changes(app, changes);
        }
        // A plan made on another thread shows as soon as it is done.
        if app.poll_work() {
            dirty = true;
        }
        for answer in options.finished.into_iter().flat_map(|rx| rx.try_iter()) {
            app.update(answer);
            dirty = true;
        }
        if dirty {
            guard.terminal.draw(|frame| ui::draw(app, frame))?;
            dirty = false;
        }
        if !event::poll(TICK)? {
            continue;
        }
        // Handle everything already queued before drawing again, so held
        // keys and wheel bursts do not lag behind.
        loop {
            match to_action(app, event::read()?) {
                // Carried out at the top of the loop, as SIGTSTP is.
                Some(Action::Suspend) => {
                    signals.ask_suspend();
                    break;
                }
                Some(action) => {
                    app.update(action);
                    for effect in app.take_effects() {
                        if let Some(answer) = carry_out(&mut guard, options, effect) {
                            app.update(answer);
                        }
                    }
                    dirty = true;
                }
                None => {}
            }
            if app.should_quit() || !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
    Ok(())
}

/// Does what the app asked: a copy is the terminal's to make, the rest
/// `perform`'s.
fn carry_out(guard: &mut TerminalGuard, options: &Options<'_>, effect: Effect) -> Option<Action> {
    match effect {
        Effect::Copy { text } => clipboard::copy(guard.terminal.backend_mut(), &text)
            .err()
            .map(|e| Action::CopyFailed(e.to_string())),
        effect => (options.perform)(effect),
    }
}

/// Hands the app what the watch has reported since last time; whether
/// there was anything.
fn take_changes(app: &mut App, changes: &Receiver<Change>) -> bool {
    let mut newest = None;
    let mut troubles = Vec::new();
    for change in changes.try_iter() {
        match change {
            // Only the newest load matters when several queued up.
            Change::Loaded(result) => newest = Some(result),
            Change::Trouble(why) => troubles.push(why),
        }
    }
    let any = newest.is_some() || !troubles.is_empty();
    if let Some(result) = newest {
        app.update(Action::Reloaded(Reload {
            result,
            at: clock(),
        }));
    }
    // After the load, whose own notice would hide them.
    for why in troubles {
        app.update(Action::ReloadTrouble(why));
    }
    any
}

/// Translates a terminal event into an action, through the keymap for keys
/// and the shared layout for the mouse.
pub fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            keymap::lookup(&key, app.mode(), app.pane())
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
    if app.mode() != Mode::Normal {
        return None;
    }
    let area = Rect::new(0, 0, app.size().0, app.size().1);
    if crate::app::geometry::too_small(area) {
        return None;
    }
    let at = Position::new(m.column, m.row);
    let fr = crate::app::geometry::frame(area);
    if let Some((pane, ..)) = ui::tab_spans(&app.panes(), fr.tabs)
        .into_iter()
        .find(|(_, r, _)| r.contains(at))
    {
        return Some(Action::GoTo(pane));
    }
    let list = app.list_area(fr.body)?;
    let first = crate::app::geometry::first_row(list);
    (list.contains(at) && m.row >= first && m.row < list.bottom().saturating_sub(1))
        .then(|| Action::Select((m.row - first) as usize))
}
