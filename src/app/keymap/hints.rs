//! The footer's keys: those that act in this mode, on this pane, with this
//! data.

use super::binding::{Binding, Here, Hint, Mode, Section};
use super::table::KEYMAP;
use crate::app::action::Pane;

/// A key the footer offers, and what it does in a word or two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterHint {
    pub keys: String,
    pub label: &'static str,
}

/// What the footer offers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Footer {
    /// The scenario's keys, shown first while one is laid over the data.
    pub what_if: Vec<FooterHint>,
    /// The other keys, in table order, each with its place among this mode
    /// and pane's hints counted from the end (1 is the last), by which the
    /// footer gives way on a narrow screen. The table fixes the place
    /// whatever the data, so a hint left out because it cannot act does
    /// not move the others' priorities.
    pub hints: Vec<(FooterHint, usize)>,
}

/// The footer's keys now.
pub fn footer(here: &Here) -> Footer {
    let applies = || {
        KEYMAP
            .iter()
            .filter(|b| b.when.applies(here.mode, here.pane))
    };
    // Export and copy come last and give way first, wherever the data
    // leaves room: they take no place from the others, whose priorities
    // were set before them.
    let extra = |b: &Binding| b.section == Section::Export;
    let n = applies()
        .filter(|b| matches!(b.hint, Hint::Footer(_)) && !extra(b))
        .count();
    let mut out = Footer::default();
    let mut place = n;
    for b in applies() {
        let hint = |label| FooterHint {
            keys: b.keys[0].label(),
            label,
        };
        match b.hint {
            Hint::Footer(label) => {
                if b.needs.met(here) {
                    // A pair of keys that go two ways (`[ ]` year, `{ }` vs
                    // year) is one hint, showing the ways that can act now.
                    match out.hints.last_mut() {
                        Some((last, _)) if last.label == label => {
                            last.keys = format!("{} {}", last.keys, b.keys[0].label());
                        }
                        _ if extra(b) => out.hints.push((hint(label), 1)),
                        _ => out.hints.push((hint(label), place)),
                    }
                }
                if !extra(b) {
                    place -= 1;
                }
            }
            Hint::WhatIf(label) if here.what_if && b.needs.met(here) => {
                out.what_if.push(hint(label));
            }
            Hint::WhatIf(_) | Hint::HelpOnly => {}
        }
    }
    out
}

/// The footer's keys for this mode and pane where the data lets every
/// key act: (keys, label).
pub fn hints(mode: Mode, pane: Pane) -> Vec<(String, &'static str)> {
    footer(&Here::at(mode, pane))
        .hints
        .into_iter()
        .map(|(h, _)| (h.keys, h.label))
        .collect()
}
