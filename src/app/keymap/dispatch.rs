//! From a key press to an action: the first binding that applies in this
//! mode and on this pane, or the text typed into a search or a score.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::binding::{Binding, Mode, When};
use super::table::KEYMAP;
use crate::app::action::{Action, Pane};

/// The action bound to a key press in this mode and pane, if any. A key
/// that works only on other panes gives [`Action::Unavailable`], so the
/// footer can say where it works instead of doing nothing. What the data
/// has plays no part: a key that cannot act says why itself.
pub fn lookup(ev: &KeyEvent, mode: Mode, pane: Pane) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let matching = |b: &&Binding| b.keys.iter().any(|key| key.matches(ev));
    let bound = KEYMAP
        .iter()
        .filter(|b| b.when.applies(mode, pane))
        .find(matching)
        .map(|b| b.action.clone());
    if bound.is_some() {
        return bound;
    }
    // Typing in the search box or a score: every other printable
    // character is text.
    match (mode, ev.code) {
        (Mode::Search, KeyCode::Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::SearchInput(c))
        }
        (Mode::ScoreInput, KeyCode::Char(c)) if !ev.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(Action::ScoreInput(c))
        }
        (Mode::Popup, KeyCode::Char(_)) => Some(Action::InPopup),
        (Mode::Normal, _) => KEYMAP
            .iter()
            .filter(|b| matches!(b.when, When::On(_)))
            .find(matching)
            .and_then(|b| {
                let key = b.keys.iter().find(|key| key.matches(ev))?;
                Some(Action::Unavailable {
                    key: key.label(),
                    help: b.help,
                    panes: b.when.panes()?,
                })
            }),
        _ => None,
    }
}
