//! Dashboard state. It changes only through [`App::update`], which takes an
//! [`Action`]; drawing reads it through the methods of `accessors.rs` and
//! never writes.
//!
//! Here: the [`App`] itself, how it is made, and how its view is worked out
//! again. `update.rs` sorts actions into groups and handles them, with the
//! work done by concern: `lists.rs` (cursors, sorting, filters, search),
//! `period.rs` (year, comparison year, country), `scenario.rs` (the
//! what-if scenario), `reload.rs` (data loaded anew) and `plan_job.rs` (a
//! large plan made on another thread), `export/` (each pane's table,
//! exported or copied). `view.rs` and `view_rows.rs` work out what the
//! panes show.

mod accessors;
pub mod action;
pub mod cursor;
pub mod export;
pub mod geometry;
pub mod keymap;
mod lists;
mod period;
pub mod plan_job;
mod reload;
mod scenario;
mod update;
pub mod view;
mod view_rows;

use std::sync::Arc;

use crate::model::compare_year;
use crate::model::{CountryIx, Dataset, IndicatorIx, YearIx};

pub use action::{Action, Column, Effect, ExportFormat, Pane, Written};
pub use cursor::Cursor;
pub use keymap::Mode;
pub use view::{PeerKey, PeerQuery, TableQuery, View};

/// What keys that need the plan say while it is being made.
pub const PLAN_PENDING: &str = "The plan is still being worked out";

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    Mono,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Popup {
    Help,
    Detail(IndicatorIx),
    /// The scenario's changes and what they do.
    Scenario,
}

/// A one-off message for the footer, gone at the next key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// Something the user must not miss (the file changed under the
    /// scenario), drawn as a warning.
    pub warn: bool,
}

/// The dashboard's state. Its fields are private: drawing and the event
/// loop read them through `accessors.rs`. [`App::update`] changes them;
/// besides it only the methods that set the app up (`with_*`, `set_year`,
/// `set_scenario`) and the event loop's hand-overs (`poll_work` collects a
/// plan made on another thread, `take_effects` the work asked of it).
pub struct App {
    /// The data as loaded, shared with a plan being made on another thread.
    ds: Arc<Dataset>,
    /// The data with the scenario's scores in place, kept up to date as
    /// the scenario changes; made on the first what-if and kept after, so
    /// that only the first one pays for the copy.
    what_if: Option<Dataset>,
    /// Rows of `what_if` that differ from `ds`.
    what_if_rows: Vec<usize>,
    /// Why the file on disk is not what is shown: its last save did not
    /// load. Cleared by the next good load.
    banner: Option<String>,
    /// The country code and year the user was on when a reload took them
    /// away; the next reload that has them again goes back there.
    lost: Option<(String, Option<i32>)>,
    /// What the last reload changed under the scenario ("P1 2 → 3
    /// (scenario 2.5)"), listed by the scenario popup.
    reload_changes: Vec<String>,
    /// What-if scores laid over the data.
    scenario: crate::model::scenario::Scenario,
    /// What the last reset cleared, so undo can bring it back.
    reset_backup: Option<crate::model::scenario::Scenario>,
    /// Whether the scenario has changes that were not saved.
    unsaved: bool,
    /// Quit once the save asked for is done.
    quit_after_save: bool,
    /// The score being typed in [`Mode::ScoreInput`].
    score_input: String,
    /// The score input still holds the value it opened with: the first key
    /// typed replaces it.
    score_input_fresh: bool,
    notice: Option<Notice>,
    /// Work for the event loop; see [`Effect`].
    effects: Vec<Effect>,
    pane: Pane,
    mode: Mode,
    popup: Option<Popup>,
    popup_scroll: u16,
    country: CountryIx,
    year: YearIx,
    compare: Option<YearIx>,
    query: TableQuery,
    peer_query: PeerQuery,
    theme: ThemeName,
    /// NO_COLOR is set: the mono theme only.
    colourless: bool,
    braille: bool,
    size: (u16, u16),
    quit: bool,
    /// The peer group: countries ranked on the Peers pane, and the ones
    /// `c` and `C` cycle through.
    peers: Vec<CountryIx>,
    /// The group as chosen, by country code (`None`: everyone), which a
    /// reload rebuilds `peers` from.
    peer_codes: Option<Vec<String>>,
    /// First plan step shown on the Gaps pane.
    plan_scroll: usize,
    /// One cursor per list pane; Trends shares the Indicators list.
    cursors: [Cursor; 4],
    /// The plan must be made again (the scenario or the data changed).
    plan_stale: bool,
    /// The plan of a large country-year, being made on another thread.
    plan_job: Option<plan_job::PlanJob>,
    /// Counts the changes of the data as shown (a scenario edit, a
    /// reload), so that the view knows what it can keep.
    data_gen: u64,
    view: View,
}

impl App {
    pub fn new(ds: Dataset, country: CountryIx, theme: ThemeName) -> App {
        let year = compare_year::latest_year(&ds, country).unwrap_or(0);
        let compare = compare_year::previous_year(&ds, country, year);
        let mut app = App {
            ds: Arc::new(ds),
            what_if: None,
            what_if_rows: Vec::new(),
            banner: None,
            lost: None,
            reload_changes: Vec::new(),
            scenario: Default::default(),
            reset_backup: None,
            unsaved: false,
            quit_after_save: false,
            score_input: String::new(),
            score_input_fresh: false,
            notice: None,
            effects: Vec::new(),
            pane: Pane::Overview,
            mode: Mode::Normal,
            popup: None,
            popup_scroll: 0,
            country,
            year,
            compare,
            query: TableQuery::default(),
            peer_query: PeerQuery::default(),
            theme,
            colourless: false,
            braille: true,
            size: (120, 40),
            quit: false,
            peers: Vec::new(),
            peer_codes: None,
            plan_scroll: 0,
            cursors: [Cursor::default(); 4],
            plan_stale: true,
            plan_job: None,
            data_gen: 0,
            view: View::default(),
        };
        app.peers = (0..app.ds.countries.len() as CountryIx).collect();
        app.refresh();
        app
    }

    /// Ranks against `peers` instead of every country.
    pub fn with_peers(mut self, peers: Vec<CountryIx>) -> App {
        self.peer_codes = (peers.len() < self.ds.countries.len()).then(|| {
            peers
                .iter()
                .map(|&c| self.ds.countries[c as usize].code.clone())
                .collect()
        });
        self.peers = peers;
        self.refresh();
        self
    }

    /// NO_COLOR is set: the mono theme is the only one.
    pub fn with_colourless(mut self, colourless: bool) -> App {
        self.colourless = colourless;
        self
    }

    fn say(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            warn: false,
        });
    }

    fn warn(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            warn: true,
        });
    }

    /// Recomputes the view from the data as shown. The plan is made again
    /// only when the country-year, the scenario or the data changed, not
    /// on every sort or keystroke of a search.
    fn refresh(&mut self) {
        let (c, y) = (self.country, self.year);
        let old_plan = self.view.plan.take();
        if self.plan_stale {
            self.data_gen += 1;
        }
        self.view = View::build(
            std::mem::take(&mut self.view),
            self.data_gen,
            self.data(),
            c,
            y,
            self.compare,
            &self.query,
            &self.peers,
            &self.peer_query,
        );
        let changes = self.scenario.changes_in(&self.ds, c, y);
        self.view.projection = (!changes.is_empty()).then(|| view::projection(self.data(), c, y));
        self.view.changes = changes;
        let here = |c2, y2| (c2, y2) == (c, y);
        let fresh = !self.plan_stale;
        self.view.plan = match old_plan {
            Some(plan) if fresh && here(plan.country, plan.year) => Some(plan),
            // Still being made, and still the plan wanted.
            _ if fresh
                && self
                    .plan_job
                    .as_ref()
                    .is_some_and(|j| here(j.country, j.year)) =>
            {
                None
            }
            _ => {
                self.plan_scroll = 0;
                self.plan_job = None;
                self.start_plan()
            }
        };
        self.plan_stale = false;
        self.fit_cursors();
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "reload_tests.rs"]
mod reload_tests;

#[cfg(test)]
#[path = "scenario_tests.rs"]
mod scenario_tests;

#[cfg(test)]
#[path = "behaviour_fixture.rs"]
mod behaviour_fixture;

#[cfg(test)]
#[path = "what_if_tests.rs"]
mod what_if_tests;

#[cfg(test)]
#[path = "reload_changes_tests.rs"]
mod reload_changes_tests;

#[cfg(test)]
#[path = "lists_tests.rs"]
mod lists_tests;
