//! The screen shown while a slow file loads: a gauge of rows read, and the
//! keys that quit or suspend, until the data arrives.

use std::io;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};

use super::TerminalGuard;
use super::signals::Signals;
use crate::app::{Action, Mode, Pane, ThemeName, keymap};
use crate::model::Dataset;
use crate::read::{LoadError, Progress};
use crate::ui;

/// What the user sees while a slow file loads.
pub struct LoadingScreen<'a> {
    pub name: &'a str,
    pub progress: &'a Progress,
    pub theme: ThemeName,
}

/// Draws the loading screen until the data arrives; `None` if the user
/// quit or a signal came first.
pub(super) fn wait_with_progress(
    guard: &mut TerminalGuard,
    rx: &Receiver<Result<Dataset, LoadError>>,
    screen: &LoadingScreen<'_>,
    signals: &Signals,
) -> io::Result<Option<Result<Dataset, LoadError>>> {
    let theme = ui::Theme::get(screen.theme);
    loop {
        guard.job_control(signals)?;
        if signals.ended().is_some() {
            return Ok(None);
        }
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
        if signals.ended().is_some() {
            return Ok(None);
        }
        while event::poll(Duration::ZERO)? {
            // The same key table decides what quits and suspends here.
            let Event::Key(key) = event::read()? else {
                continue;
            };
            match keymap::lookup(&key, Mode::Normal, Pane::Overview) {
                Some(Action::Quit) => return Ok(None),
                Some(Action::Suspend) => signals.ask_suspend(),
                _ => {}
            }
        }
    }
}
