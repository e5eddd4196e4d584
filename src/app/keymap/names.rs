//! How messages and panes name a key: always read from the table, so that
//! a key named on screen is the key that does it.

use super::binding::{Mode, When};
use super::table::KEYMAP;
use crate::app::action::{Action, Pane};

/// The first key bound to `action` in `mode`, as the UI writes it.
pub fn label_in(mode: Mode, action: &Action) -> String {
    KEYMAP
        .iter()
        .find(|b| &b.action == action && matches!(b.when, When::In(m) if m == mode))
        .map(|b| b.keys[0].label())
        .unwrap_or_default()
}

/// The first key bound to `action` in any mode, as the UI writes it, so
/// that a key named in a message is always the key that does it.
pub fn key_for(action: &Action) -> String {
    KEYMAP
        .iter()
        .find(|b| &b.action == action)
        .map(|b| b.keys[0].label())
        .unwrap_or_default()
}

/// "Indicators, Compare, Gaps and Trends".
pub fn pane_list(panes: &[Pane]) -> String {
    let names: Vec<&str> = panes.iter().map(|p| p.title()).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.to_string(),
        None => String::new(),
    }
}
