//! What one binding says: its keys and action, the modes and panes it
//! applies in, what the dashboard must have for it to act, the heading
//! help lists it under and its footer label. The bindings themselves are
//! in `table.rs`.

use super::key::Key;
use crate::app::action::{Action, Pane};

/// What the keyboard is currently talking to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Search,
    Popup,
    /// Typing an exact score for the selected indicator.
    ScoreInput,
    /// Asked whether to save the scenario before quitting.
    ConfirmQuit,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Normal,
        Mode::Search,
        Mode::Popup,
        Mode::ScoreInput,
        Mode::ConfirmQuit,
    ];
}

/// Which modes and panes a binding applies in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Always,
    In(Mode),
    /// Normal mode, on these panes only.
    On(&'static [Pane]),
}

/// What the data must have for a binding to act. Where it is missing the
/// footer and help leave the binding out; the key itself still answers,
/// with why it cannot act ("The data has one country").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    /// Two countries to move between (in the peer group, when one is set).
    CountriesToCycle,
    /// Data on more than one country, which the Peers pane needs.
    SeveralCountries,
    /// A year with data before the current one, to move to or compare with.
    EarlierYear,
    /// A year with data after the current one, to move to.
    LaterYear,
    /// An earlier comparison year than the one chosen (or none chosen yet).
    CompareBack,
    /// A later comparison year, still before the current year (or none
    /// chosen yet).
    CompareForward,
}

/// The headings of help and the README, in the order they are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Anywhere,
    Dashboard,
    Tables,
    Scenario,
    Export,
    ConfirmQuit,
    TypingScore,
    Search,
    Popups,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Anywhere,
        Section::Dashboard,
        Section::Tables,
        Section::Scenario,
        Section::Export,
        Section::ConfirmQuit,
        Section::TypingScore,
        Section::Search,
        Section::Popups,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Anywhere => "Anywhere",
            Section::Dashboard => "Dashboard",
            Section::Tables => "Tables",
            Section::Scenario => "Scenario",
            Section::Export => "Export and copy",
            Section::ConfirmQuit => "Quitting with unsaved changes",
            Section::TypingScore => "Typing a score",
            Section::Search => "Search",
            Section::Popups => "Popups",
        }
    }
}

/// Whether and how the footer offers a binding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Listed in help only.
    HelpOnly,
    /// In the footer with this label, in table order; on a narrow screen
    /// the later ones give way first.
    Footer(&'static str),
    /// In the footer ahead of the others, and only while a what-if
    /// scenario is laid over the data: where its changes are and how to
    /// keep them.
    WhatIf(&'static str),
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub when: When,
    pub needs: Needs,
    pub section: Section,
    pub hint: Hint,
    pub help: &'static str,
}

/// One binding as `table.rs` writes it, on one line; [`Binding::needs`]
/// adds a condition.
pub const fn b(
    keys: &'static [Key],
    action: Action,
    when: When,
    section: Section,
    hint: Hint,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        when,
        needs: Needs::Nothing,
        section,
        hint,
        help,
    }
}

/// What the keymap reads of the dashboard to tell which keys can act: a
/// few facts, copied (see `Here::of`), so that the table depends on no
/// App and no pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Here {
    pub mode: Mode,
    pub pane: Pane,
    /// Countries `c` and `C` move through.
    pub countries_to_cycle: usize,
    /// Countries in the data.
    pub countries: usize,
    /// Years with data for the current country.
    pub years: usize,
    /// Whether the current year has an earlier one with data.
    pub earlier_year: bool,
    /// Whether the current year has a later one with data.
    pub later_year: bool,
    /// Whether `{` can move the comparison to an earlier year.
    pub compare_back: bool,
    /// Whether `}` can move the comparison to a later year.
    pub compare_forward: bool,
    /// Whether a what-if scenario is laid over the data.
    pub what_if: bool,
}

impl Here {
    /// This mode and pane, with data that every key can act on (several
    /// countries and years) and no scenario.
    pub fn at(mode: Mode, pane: Pane) -> Here {
        Here {
            mode,
            pane,
            countries_to_cycle: 2,
            countries: 2,
            years: 2,
            earlier_year: true,
            later_year: true,
            compare_back: true,
            compare_forward: true,
            what_if: false,
        }
    }
}

impl Needs {
    pub fn met(self, here: &Here) -> bool {
        match self {
            Needs::Nothing => true,
            Needs::CountriesToCycle => here.countries_to_cycle > 1,
            Needs::SeveralCountries => here.countries > 1,
            Needs::EarlierYear => here.earlier_year,
            Needs::LaterYear => here.later_year,
            Needs::CompareBack => here.compare_back,
            Needs::CompareForward => here.compare_forward,
        }
    }
}

impl When {
    /// Where a binding works, for help and the README: the panes it is
    /// limited to, or nothing when it works on every pane.
    pub fn panes(self) -> Option<&'static [Pane]> {
        match self {
            When::On(panes) => Some(panes),
            _ => None,
        }
    }

    pub fn applies(self, mode: Mode, pane: Pane) -> bool {
        match self {
            When::Always => true,
            When::In(m) => m == mode,
            When::On(panes) => mode == Mode::Normal && panes.contains(&pane),
        }
    }
}

impl Binding {
    /// The same binding, offered only where `needs` holds.
    pub const fn needs(mut self, needs: Needs) -> Binding {
        self.needs = needs;
        self
    }

    /// Whether the binding's keys act now: the footer's question.
    pub fn acts(&self, here: &Here) -> bool {
        self.when.applies(here.mode, here.pane) && self.needs.met(here)
    }

    /// Whether help, opened on this pane, lists the binding: the keys of
    /// every mode, but only those that work on this pane and with this
    /// data.
    pub fn works_on(&self, here: &Here) -> bool {
        self.when.panes().is_none_or(|p| p.contains(&here.pane)) && self.needs.met(here)
    }
}
