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

use std::sync::mpsc::{Receiver, RecvTimeoutError};

use crate::app::action::Reload;
use crate::app::{Action, App, Effect, Mode, Pane, ThemeName, keymap};
use crate::cli::Failure;
use crate::data::{Dataset, LoadError, Progress};
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
/// 100 ms, so only a loop stuck inside a read takes longer.
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

/// Where the data is when the dashboard starts.
pub enum Loading {
    Done(Box<Result<Dataset, LoadError>>),
    /// Still loading after the grace period: show progress meanwhile.
    Pending(Receiver<Result<Dataset, LoadError>>),
}

pub struct Options<'a> {
    pub mouse: bool,
    /// Loads of the file after it changed on disk, if it is watched.
    pub reloads: Option<&'a Receiver<Result<Dataset, LoadError>>>,
    /// Carries out what the app asks for (see [`Effect`]); its answer goes
    /// back to the app.
    pub perform: &'a dyn Fn(Effect) -> Action,
}

/// What the user sees while a slow file loads.
pub struct LoadingScreen<'a> {
    pub name: &'a str,
    pub progress: &'a Progress,
    pub theme: ThemeName,
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
    let stop = signal_flag().map_err(Failure::Terminal)?;
    let done = Arc::new(AtomicBool::new(false));
    spawn_watchdog(Arc::clone(&stop), Arc::clone(&done));
    let result = start_and_loop(loading, screen, options, make_app, &stop);
    done.store(true, Ordering::Relaxed);
    // A hang-up can surface as a read error just before its SIGHUP lands;
    // the signal is the truer account of why we stopped.
    match (stop.load(Ordering::Relaxed), result) {
        (0, result) => result.map(|()| None),
        (sig, _) => Ok(Some(sig as i32)),
    }
}

fn start_and_loop(
    loading: Loading,
    screen: LoadingScreen<'_>,
    options: Options<'_>,
    make_app: impl FnOnce(Dataset) -> Result<App, Failure>,
    stop: &AtomicUsize,
) -> Result<(), Failure> {
    let mouse = options.mouse;
    let data_error = |e| Failure::Data(e, crate::data::error::SHOWN_ERRORS);
    let (ds, mut guard) = match loading {
        Loading::Done(result) => {
            let ds = (*result).map_err(data_error)?;
            (ds, None)
        }
        Loading::Pending(rx) => {
            let mut guard = TerminalGuard::enter(mouse).map_err(Failure::Terminal)?;
            match wait_with_progress(&mut guard, &rx, &screen, stop).map_err(Failure::Terminal)? {
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
    event_loop(&mut app, guard, &options, stop).map_err(Failure::Terminal)
}

/// Draws the loading screen until the data arrives; `None` if the user
/// quit or a signal came first.
fn wait_with_progress(
    guard: &mut TerminalGuard,
    rx: &Receiver<Result<Dataset, LoadError>>,
    screen: &LoadingScreen<'_>,
    stop: &AtomicUsize,
) -> io::Result<Option<Result<Dataset, LoadError>>> {
    let theme = ui::Theme::get(screen.theme);
    loop {
        guard.terminal.draw(|frame| {
            let area = frame.area();
            ui::loading::render(
                screen.name,
                screen.progress,
                area,
                frame.buffer_mut(),
                &theme,
            );
        })?;
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(result) => return Ok(Some(result)),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                return Err(io::Error::other("the loader stopped unexpectedly"));
            }
        }
        if stop.load(Ordering::Relaxed) != 0 {
            return Ok(None);
        }
        while event::poll(Duration::ZERO)? {
            // The same key table decides what quits here.
            if let Event::Key(key) = event::read()?
                && keymap::lookup(&key, Mode::Normal, Pane::Overview) == Some(Action::Quit)
            {
                return Ok(None);
            }
        }
    }
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
    stop: &AtomicUsize,
) -> io::Result<()> {
    let reloads = options.reloads;
    let terminal = &mut guard.terminal;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit && stop.load(Ordering::Relaxed) == 0 {
        // Only the newest load matters when several queued up.
        if let Some(result) = reloads.and_then(|rx| rx.try_iter().last()) {
            app.update(Action::Reloaded(Reload {
                result: Box::new(result),
                at: clock(),
            }));
            dirty = true;
        }
        // A plan made on another thread shows as soon as it is done.
        if app.poll_work() {
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| ui::draw(app, frame))?;
            dirty = false;
        }
        if !event::poll(TICK)? {
            continue;
        }
        // Handle everything already queued before drawing again, so held
        // keys and wheel bursts do not lag behind.
        loop {
            if let Some(action) = to_action(app, event::read()?) {
                app.update(action);
                for effect in std::mem::take(&mut app.effects) {
                    app.update((options.perform)(effect));
                }
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
