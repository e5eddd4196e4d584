//! The one key table and everything read from it: dispatch, the footer's
//! hints, the help overlay, the README's table and every key a message
//! names. Nothing else in the program spells a key, so help cannot drift
//! from behaviour.
//!
//! - `table.rs`: the bindings, one a line.
//! - `binding.rs`: what a binding says (modes, panes, what the data must
//!   have, its heading and footer label) and [`Here`], the state it is
//!   judged in; `app_state.rs` reads that state from the App.
//! - `key.rs`: one key, matched and spelt.
//! - `dispatch.rs`: a key press to an action.
//! - `hints.rs`: the footer; `listing.rs`: help and the README;
//!   `names.rs`: a key named in a message.

mod app_state;
mod binding;
mod dispatch;
mod hints;
mod key;
mod listing;
mod names;
mod table;

pub use binding::{Binding, Here, Hint, Mode, Needs, Section, When};
pub use dispatch::lookup;
pub use hints::{Footer, FooterHint, footer, hints};
pub use key::Key;
pub use listing::{HelpRow, help_rows, help_rows_here, markdown_table};
pub use names::{key_for, label_in, pane_list};
pub use table::KEYMAP;

/// The table's own rules.
#[cfg(test)]
mod tests;

/// No key spelt by hand in `src/ui` or `src/app`.
#[cfg(test)]
mod source_tests;

/// `Here::of` agrees with what the keys do.
#[cfg(test)]
mod app_state_tests;
