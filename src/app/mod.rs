//! Dashboard state. It changes only through [`App::update`], which takes an
//! [`Action`]; drawing reads it and never writes.

pub mod action;
pub mod cursor;
pub mod geometry;
pub mod keymap;
mod lists;
mod period;
pub mod plan_job;
mod reload;
mod scenario;
pub mod view;
mod view_rows;

use std::sync::Arc;

use crate::model::compare_year;
use crate::model::{CountryIx, Dataset, IndicatorIx, YearIx};

pub use action::{Action, Column, Effect, Pane};
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

pub struct App {
    /// The data as loaded, shared with a plan being made on another thread.
    pub ds: Arc<Dataset>,
    /// The data with the scenario's scores in place, kept up to date as
    /// the scenario changes; made on the first what-if and kept after, so
    /// that only the first one pays for the copy.
    what_if: Option<Dataset>,
    /// Rows of `what_if` that differ from `ds`.
    what_if_rows: Vec<usize>,
    /// Why the file on disk is not what is shown: its last save did not
    /// load. Cleared by the next good load.
    pub banner: Option<String>,
    /// The country code and year the user was on when a reload took them
    /// away; the next reload that has them again goes back there.
    lost: Option<(String, Option<i32>)>,
    /// What the last reload changed under the scenario ("P1 2 → 3
    /// (scenario 2.5)"), listed by the scenario popup.
    pub reload_changes: Vec<String>,
    /// What-if scores laid over the data.
    pub scenario: crate::model::scenario::Scenario,
    /// What the last reset cleared, so undo can bring it back.
    reset_backup: Option<crate::model::scenario::Scenario>,
    /// Whether the scenario has changes that were not saved.
    pub unsaved: bool,
    /// Quit once the save asked for is done.
    quit_after_save: bool,
    /// The score being typed in [`Mode::ScoreInput`].
    pub score_input: String,
    /// The score input still holds the value it opened with: the first key
    /// typed replaces it.
    score_input_fresh: bool,
    pub notice: Option<Notice>,
    /// Work for the event loop; see [`Effect`].
    pub effects: Vec<Effect>,
    pub pane: Pane,
    pub mode: Mode,
    pub popup: Option<Popup>,
    pub popup_scroll: u16,
    pub country: CountryIx,
    pub year: YearIx,
    pub compare: Option<YearIx>,
    pub query: TableQuery,
    pub peer_query: PeerQuery,
    pub theme: ThemeName,
    /// NO_COLOR is set: the mono theme only.
    pub colourless: bool,
    pub braille: bool,
    pub size: (u16, u16),
    pub quit: bool,
    /// The peer group: countries ranked on the Peers pane, and the ones
    /// `c` and `C` cycle through.
    pub peers: Vec<CountryIx>,
    /// The group as chosen, by country code (`None`: everyone), which a
    /// reload rebuilds `peers` from.
    peer_codes: Option<Vec<String>>,
    /// First plan step shown on the Gaps pane.
    pub plan_scroll: usize,
    /// One cursor per list pane; Trends shares the Indicators list.
    cursors: [Cursor; 4],
    /// The plan must be made again (the scenario or the data changed).
    plan_stale: bool,
    /// The plan of a large country-year, being made on another thread.
    plan_job: Option<plan_job::PlanJob>,
    /// Counts the changes of the data as shown (a scenario edit, a
    /// reload), so that the view knows what it can keep.
    data_gen: u64,
    pub view: View,
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

    /// The data every pane shows: the loaded data, or under a what-if
    /// scenario the projected data, so that every figure reflects it.
    pub fn data(&self) -> &Dataset {
        match &self.what_if {
            Some(projected) if !self.scenario.is_empty() => projected,
            _ => &self.ds,
        }
    }

    /// Whether a what-if scenario is laid over the data.
    pub fn what_if(&self) -> bool {
        !self.scenario.is_empty() && self.what_if.is_some()
    }

    /// Whether observation `i`'s score is the scenario's, not the data's.
    pub fn is_changed(&self, i: usize) -> bool {
        self.scenario
            .proposed(i)
            .is_some_and(|s| Some(s) != self.ds.score(i))
    }

    /// Whether the peer group is a chosen subset rather than everyone.
    pub fn has_peer_group(&self) -> bool {
        self.peers.len() < self.ds.countries.len()
    }

    /// The panes this data has: Peers only with more than one country.
    pub fn panes(&self) -> Vec<Pane> {
        Pane::ALL
            .into_iter()
            .filter(|&p| p != Pane::Peers || self.ds.countries.len() > 1)
            .collect()
    }

    /// The footer's message, or "" when there is none.
    pub fn notice_text(&self) -> &str {
        self.notice.as_ref().map_or("", |n| n.text.as_str())
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

    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Resize(..)
                | Action::Reloaded(_)
                | Action::ReloadTrouble(_)
                | Action::ScenarioSaved(_)
        ) {
            self.notice = None;
        }
        if action.is_scenario()
            || matches!(
                action,
                Action::ScoreInput(_)
                    | Action::ScoreInputBackspace
                    | Action::ScoreInputAccept
                    | Action::ScoreInputCancel
                    | Action::ScenarioSaved(_)
                    | Action::SaveAndQuit
            )
        {
            self.scenario_update(action);
            return;
        }
        match action {
            Action::Quit => {
                if self.unsaved && !self.scenario.changes(&self.ds).is_empty() {
                    self.mode = Mode::ConfirmQuit;
                } else {
                    self.quit = true;
                }
            }
            Action::QuitNow => self.quit = true,
            Action::StayOpen => self.mode = Mode::Normal,
            Action::NextPane | Action::PrevPane => {
                let panes = self.panes();
                let n = panes.len();
                let i = panes.iter().position(|&p| p == self.pane).unwrap_or(0);
                let next = if action == Action::NextPane {
                    i + 1
                } else {
                    i + n - 1
                };
                self.go(panes[next % n]);
            }
            Action::GoTo(p) if self.panes().contains(&p) => self.go(p),
            Action::GoTo(p) => self.say(format!(
                "The {} pane needs data on more than one country",
                p.title()
            )),
            Action::ChooseCountry => {
                if let Some(place) = self.view.peers.get(self.cursor(Pane::Peers).selected) {
                    self.set_country(place.country);
                }
            }
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::PageDown => self.step(self.page() as isize),
            Action::Top => self.step(isize::MIN / 2),
            Action::Bottom => self.step(isize::MAX / 2),
            Action::Select(n) => self.select_visible(n),
            Action::PrevYear => self.shift_year(-1),
            Action::NextYear => self.shift_year(1),
            Action::PrevCompareYear => self.shift_compare(-1),
            Action::NextCompareYear => self.shift_compare(1),
            Action::PrevCountry => self.shift_country(-1),
            Action::NextCountry => self.shift_country(1),
            Action::NextSortColumn => self.shift_sort(1),
            Action::PrevSortColumn => self.shift_sort(-1),
            Action::SortBy(col) => self.sort_by(col, true),
            Action::ReverseSort => self.reverse_sort(),
            Action::NextPillarFilter => self.shift_pillar_filter(1),
            Action::PrevPillarFilter => self.shift_pillar_filter(-1),
            Action::StartSearch => self.start_search(),
            Action::SearchInput(c) if !c.is_control() => {
                self.search_mut().push(c);
                self.refresh_keeping_selection();
            }
            Action::SearchBackspace => {
                self.search_mut().pop();
                self.refresh_keeping_selection();
            }
            Action::SearchAccept => self.mode = Mode::Normal,
            Action::SearchCancel => {
                self.mode = Mode::Normal;
                self.search_mut().clear();
                self.refresh_keeping_selection();
            }
            Action::OpenDetail => match self.selected_indicator() {
                Some(ind) => self.open(Popup::Detail(ind)),
                None => self.say("No indicator is selected"),
            },
            Action::ToggleHelp => {
                if self.popup == Some(Popup::Help) {
                    self.close_popup();
                } else {
                    self.open(Popup::Help);
                }
            }
            Action::ClosePopup => self.close_popup(),
            Action::CycleTheme if self.colourless => {
                self.say("NO_COLOR is set: the mono theme is the only one");
            }
            Action::CycleTheme => {
                self.theme = match self.theme {
                    ThemeName::Dark => ThemeName::Light,
                    ThemeName::Light => ThemeName::Mono,
                    ThemeName::Mono => ThemeName::Dark,
                };
                let name = match self.theme {
                    ThemeName::Dark => "dark",
                    ThemeName::Light => "light",
                    ThemeName::Mono => "mono",
                };
                self.say(format!("Theme: {name}"));
            }
            Action::ToggleBraille => self.braille = !self.braille,
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.fit_cursors();
            }
            Action::ClearFilters => self.clear_filters(),
            Action::InPopup => {
                let close = keymap::key_for(&Action::ClosePopup);
                self.say(format!("{close} closes the popup first"));
            }
            Action::ScrollPlanUp => self.scroll_plan(-1),
            Action::ScrollPlanDown => self.scroll_plan(1),
            Action::Unavailable { key, help, panes } => self.say(format!(
                "{key}: {help}, on {} only",
                keymap::pane_list(panes)
            )),
            Action::Reloaded(reload) => {
                let action::Reload { result, at } = reload;
                match *result {
                    Ok(ds) => self.replace_data(ds, &at),
                    Err(e) => self.banner = Some(e.first()),
                }
            }
            Action::ReloadTrouble(why) => self.warn(why),
            _ => {}
        }
    }

    fn open(&mut self, popup: Popup) {
        self.popup = Some(popup);
        self.popup_scroll = 0;
        self.mode = Mode::Popup;
    }

    fn close_popup(&mut self) {
        self.popup = None;
        self.mode = Mode::Normal;
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

    fn scroll_plan(&mut self, delta: isize) {
        let steps = self.view.plan.as_ref().map_or(0, |p| p.steps.len());
        let next = self.plan_scroll.saturating_add_signed(delta);
        if self.plan_job.is_some() {
            self.say(PLAN_PENDING);
        } else if steps == 0 {
            self.say("The plan has no steps to scroll");
        } else if delta < 0 && self.plan_scroll == 0 {
            self.say("Step 1 is the plan's first");
        } else if next >= steps {
            self.say(format!("Step {steps} is the plan's last"));
        } else {
            self.plan_scroll = next;
        }
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
#[path = "behaviour_tests.rs"]
mod behaviour_tests;
