//! Dashboard state. It changes only through [`App::update`], which takes an
//! [`Action`]; drawing reads it and never writes.

pub mod action;
pub mod cursor;
pub mod keymap;
mod reload;
mod scenario;
pub mod view;

use crate::data::compare;
use crate::data::{CountryIx, Dataset, IndicatorIx, PillarIx, YearIx};

pub use action::{Action, Column, Effect, Pane};
pub use cursor::Cursor;
pub use keymap::Mode;
pub use view::{TableQuery, View};

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

/// The cursors' places, as indicators and a country.
#[derive(Clone, Copy, Debug)]
struct Selection {
    indicators: [(Pane, Option<IndicatorIx>); 3],
    peer: Option<CountryIx>,
}

pub struct App {
    pub ds: Dataset,
    /// Why the file on disk is not what is shown: its last save did not
    /// load. Cleared by the next good load.
    pub banner: Option<String>,
    /// What-if scores laid over the data.
    pub scenario: crate::data::scenario::Scenario,
    /// What the last reset cleared, so undo can bring it back.
    reset_backup: Option<crate::data::scenario::Scenario>,
    /// The score being typed in [`Mode::ScoreInput`].
    pub score_input: String,
    /// A one-off message for the footer, gone at the next key.
    pub notice: Option<String>,
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
    /// The search text before `/` was pressed, restored by Esc.
    search_before: String,
    pub theme: ThemeName,
    pub braille: bool,
    pub size: (u16, u16),
    pub quit: bool,
    /// Countries ranked on the Peers pane.
    pub peers: Vec<CountryIx>,
    /// One cursor per list pane; Trends shares the Indicators list.
    cursors: [Cursor; 4],
    pub view: View,
}

impl App {
    /// Fails only if the dataset has no data for any country, which the
    /// loader already rules out.
    pub fn new(ds: Dataset, country: CountryIx, theme: ThemeName) -> App {
        let year = compare::latest_year(&ds, country).unwrap_or(0);
        let compare = compare::previous_year(&ds, country, year);
        let mut app = App {
            ds,
            banner: None,
            scenario: Default::default(),
            reset_backup: None,
            score_input: String::new(),
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
            search_before: String::new(),
            theme,
            braille: true,
            size: (120, 40),
            quit: false,
            peers: Vec::new(),
            cursors: [Cursor::default(); 4],
            view: View::default(),
        };
        app.peers = (0..app.ds.countries.len() as CountryIx).collect();
        app.refresh();
        app
    }

    /// Ranks against `peers` instead of every country.
    pub fn with_peers(mut self, peers: Vec<CountryIx>) -> App {
        self.peers = peers;
        self.refresh();
        self
    }

    /// The panes this data has: Peers only with more than one country.
    pub fn panes(&self) -> Vec<Pane> {
        Pane::ALL
            .into_iter()
            .filter(|&p| p != Pane::Peers || self.ds.countries.len() > 1)
            .collect()
    }

    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Resize(..) | Action::Reloaded(_) | Action::ScenarioSaved(_)
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
            )
        {
            self.scenario_update(action);
            return;
        }
        match action {
            Action::Quit => self.quit = true,
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
            Action::ChooseCountry => {
                if self.pane == Pane::Peers
                    && let Some(place) = self.view.peers.get(self.cursor(Pane::Peers).selected)
                {
                    self.set_country(place.country);
                }
            }
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::PageDown => self.step(self.page() as isize),
            Action::Top => self.step(isize::MIN / 2),
            Action::Bottom => self.step(isize::MAX / 2),
            Action::Select(n) => {
                let (len, page) = (self.list_len(), self.page());
                if let Some(c) = self.cursor_mut() {
                    let index = c.offset + n;
                    if index < len {
                        c.set(index, len, page);
                    }
                }
            }
            Action::PrevYear => self.shift_year(-1),
            Action::NextYear => self.shift_year(1),
            Action::PrevCompareYear => self.shift_compare(-1),
            Action::NextCompareYear => self.shift_compare(1),
            Action::PrevCountry => self.shift_country(-1),
            Action::NextCountry => self.shift_country(1),
            Action::NextSortColumn | Action::PrevSortColumn => {
                let i = Column::ALL
                    .iter()
                    .position(|&c| c == self.query.sort)
                    .unwrap_or(0);
                let n = Column::ALL.len();
                let next = if action == Action::NextSortColumn {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.sort_by(Column::ALL[next], false);
            }
            Action::SortBy(col) => self.sort_by(col, true),
            Action::ReverseSort => {
                self.query.descending = !self.query.descending;
                self.refresh_keeping_selection();
            }
            Action::NextPillarFilter => self.shift_pillar_filter(1),
            Action::PrevPillarFilter => self.shift_pillar_filter(-1),
            Action::StartSearch => {
                self.search_before = self.query.search.clone();
                self.mode = Mode::Search;
                if self.pane != Pane::Indicators {
                    self.go(Pane::Indicators);
                }
            }
            Action::SearchInput(c) if !c.is_control() => {
                self.query.search.push(c);
                self.refresh_search();
            }
            Action::SearchBackspace => {
                self.query.search.pop();
                self.refresh_search();
            }
            Action::SearchAccept => self.mode = Mode::Normal,
            Action::SearchCancel => {
                self.mode = Mode::Normal;
                // Esc on an untouched search clears it; otherwise it undoes
                // the typing since `/`.
                self.query.search = if self.query.search == self.search_before {
                    String::new()
                } else {
                    std::mem::take(&mut self.search_before)
                };
                self.refresh_search();
            }
            Action::OpenDetail => {
                if let Some(ind) = self.selected_indicator() {
                    self.open(Popup::Detail(ind));
                }
            }
            Action::ToggleHelp => {
                if self.popup == Some(Popup::Help) {
                    self.close_popup();
                } else {
                    self.open(Popup::Help);
                }
            }
            Action::ClosePopup => self.close_popup(),
            Action::CycleTheme => {
                self.theme = match self.theme {
                    ThemeName::Dark => ThemeName::Light,
                    ThemeName::Light => ThemeName::Mono,
                    ThemeName::Mono => ThemeName::Dark,
                };
            }
            Action::ToggleBraille => self.braille = !self.braille,
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.fit_cursors();
            }
            Action::Reloaded(action::Reload(result)) => match *result {
                Ok(ds) => self.replace_data(ds),
                Err(e) => self.banner = Some(e.first()),
            },
            _ => {}
        }
    }

    fn go(&mut self, pane: Pane) {
        self.pane = pane;
        self.fit_cursors();
        // The ranking opens on the current country, however far down it is.
        if pane == Pane::Peers
            && let Some(pos) = self
                .view
                .peers
                .iter()
                .position(|p| p.country == self.country)
        {
            let (len, page) = (self.list_len(), self.page());
            self.cursors[3].set(pos, len, page);
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

    fn step(&mut self, delta: isize) {
        if self.mode == Mode::Popup {
            let scrolled =
                (self.popup_scroll as isize).saturating_add(delta.clamp(-10_000, 10_000));
            self.popup_scroll = scrolled.clamp(0, u16::MAX as isize) as u16;
            return;
        }
        let (len, page) = (self.list_len(), self.page());
        if let Some(c) = self.cursor_mut() {
            c.step(delta, len, page);
        }
    }

    /// Rows visible in the current pane's list.
    pub fn page(&self) -> usize {
        crate::ui::layout::list_height(self.pane, self.size)
    }

    fn cursor_index(pane: Pane) -> Option<usize> {
        match pane {
            Pane::Indicators | Pane::Trends => Some(0),
            Pane::Compare => Some(1),
            Pane::Gaps => Some(2),
            Pane::Peers => Some(3),
            Pane::Overview => None,
        }
    }

    pub fn cursor(&self, pane: Pane) -> Cursor {
        Self::cursor_index(pane)
            .map(|i| self.cursors[i])
            .unwrap_or_default()
    }

    fn cursor_mut(&mut self) -> Option<&mut Cursor> {
        Self::cursor_index(self.pane).map(|i| &mut self.cursors[i])
    }

    fn list_len_of(&self, pane: Pane) -> usize {
        match pane {
            Pane::Indicators | Pane::Trends => self.view.rows.len(),
            Pane::Compare => self
                .view
                .comparison
                .as_ref()
                .map_or(0, |c| c.indicators.len()),
            Pane::Gaps => self.view.fix_first.len(),
            Pane::Peers => self.view.peers.len(),
            Pane::Overview => 0,
        }
    }

    pub fn list_len(&self) -> usize {
        self.list_len_of(self.pane)
    }

    fn fit_cursors(&mut self) {
        for pane in [Pane::Indicators, Pane::Compare, Pane::Gaps, Pane::Peers] {
            let (len, page) = (
                self.list_len_of(pane),
                crate::ui::layout::list_height(pane, self.size),
            );
            if let Some(i) = Self::cursor_index(pane) {
                self.cursors[i].fit(len, page);
            }
        }
    }

    /// The indicator under the cursor of the current pane (the Indicators
    /// selection on Overview).
    pub fn selected_indicator(&self) -> Option<IndicatorIx> {
        self.indicator_at(self.pane)
    }

    fn indicator_at(&self, pane: Pane) -> Option<IndicatorIx> {
        let sel = self.cursor(pane).selected;
        match pane {
            Pane::Overview | Pane::Indicators | Pane::Trends => self
                .view
                .rows
                .get(self.cursor(Pane::Indicators).selected)
                .map(|&i| self.ds.obs.indicator[i]),
            Pane::Compare => self
                .view
                .comparison
                .as_ref()?
                .indicators
                .get(sel)
                .map(|c| c.indicator),
            Pane::Gaps => self
                .view
                .fix_first
                .get(sel)
                .map(|&i| self.ds.obs.indicator[i]),
            Pane::Peers => None,
        }
    }

    /// Selected observation in the Indicators list, if any.
    pub fn selected_row(&self) -> Option<usize> {
        self.view
            .rows
            .get(self.cursor(Pane::Indicators).selected)
            .copied()
    }

    fn refresh(&mut self) {
        let old = std::mem::replace(
            &mut self.view,
            View::build(
                &self.ds,
                self.country,
                self.year,
                self.compare,
                &self.query,
                &self.peers,
            ),
        );
        // Sorting, filtering and searching leave the country-year and the
        // scenario as they were: keep the projection and plan rather than
        // plan again on every keystroke. Scenario edits and reloads
        // recompute them themselves.
        match old.plan {
            Some(plan) if (plan.country, plan.year) == (self.country, self.year) => {
                self.view.projection = old.projection;
                self.view.changes = old.changes;
                self.view.plan = Some(plan);
            }
            _ => self.refresh_projection(),
        }
        self.fit_cursors();
    }

    /// Recomputes the view and puts every cursor back on the indicator it
    /// was on, where that indicator still exists.
    fn refresh_keeping_selection(&mut self) {
        let selection = self.selection();
        self.refresh();
        self.restore(selection);
    }

    /// What each list's cursor is on, by identity rather than position.
    fn selection(&self) -> Selection {
        Selection {
            indicators: [Pane::Indicators, Pane::Compare, Pane::Gaps]
                .map(|p| (p, self.indicator_at(p))),
            peer: self
                .view
                .peers
                .get(self.cursor(Pane::Peers).selected)
                .map(|p| p.country),
        }
    }

    /// Puts the cursors back on what [`App::selection`] recorded, after the
    /// view was rebuilt.
    fn restore(&mut self, selection: Selection) {
        if let Some(pos) = selection
            .peer
            .and_then(|c| self.view.peers.iter().position(|p| p.country == c))
        {
            let (len, page) = (
                self.list_len_of(Pane::Peers),
                crate::ui::layout::list_height(Pane::Peers, self.size),
            );
            self.cursors[3].set(pos, len, page);
        }
        for (pane, ind) in selection.indicators {
            let Some(ind) = ind else { continue };
            let pos = match pane {
                Pane::Compare => self
                    .view
                    .comparison
                    .as_ref()
                    .and_then(|c| c.indicators.iter().position(|ch| ch.indicator == ind)),
                Pane::Gaps => self
                    .view
                    .fix_first
                    .iter()
                    .position(|&i| self.ds.obs.indicator[i] == ind),
                _ => self
                    .view
                    .rows
                    .iter()
                    .position(|&i| self.ds.obs.indicator[i] == ind),
            };
            // Where the indicator is gone, start again from the top rather
            // than leave the cursor on whatever now sits at its old index.
            if let Some(ci) = Self::cursor_index(pane) {
                let (len, page) = (
                    self.list_len_of(pane),
                    crate::ui::layout::list_height(pane, self.size),
                );
                self.cursors[ci].set(pos.unwrap_or(0), len, page);
            }
        }
    }

    fn refresh_search(&mut self) {
        self.refresh_keeping_selection();
    }

    fn sort_by(&mut self, col: Column, toggle_if_same: bool) {
        if toggle_if_same && self.query.sort == col {
            self.query.descending = !self.query.descending;
        } else {
            self.query.sort = col;
            self.query.descending = col.numeric();
        }
        self.refresh_keeping_selection();
    }

    fn shift_pillar_filter(&mut self, delta: isize) {
        let n = self.ds.pillars.len() as isize + 1;
        let current = self.query.pillar.map_or(n - 1, |p| p as isize);
        let next = (current + delta).rem_euclid(n);
        self.query.pillar = (next < n - 1).then_some(next as PillarIx);
        self.refresh_keeping_selection();
    }

    fn years(&self) -> Vec<YearIx> {
        self.ds.years_with_data(self.country).collect()
    }

    fn shift_year(&mut self, delta: isize) {
        let years = self.years();
        let Some(pos) = years.iter().position(|&y| y == self.year) else {
            return;
        };
        let Some(&next) = years.get(pos.saturating_add_signed(delta)) else {
            return;
        };
        if next == self.year {
            return;
        }
        let old_year = self.year;
        self.year = next;
        // Keep the comparison meaningful: never a year against itself, and
        // follow along when it was simply "the year before".
        if self.compare == Some(next)
            || self.compare == compare::previous_year(&self.ds, self.country, old_year)
        {
            self.compare = compare::previous_year(&self.ds, self.country, next)
                .or_else(|| years.iter().copied().find(|&y| y != next));
        }
        self.refresh_keeping_selection();
    }

    fn shift_compare(&mut self, delta: isize) {
        let years: Vec<YearIx> = self
            .years()
            .into_iter()
            .filter(|&y| y != self.year)
            .collect();
        if years.is_empty() {
            return;
        }
        let next = match self
            .compare
            .and_then(|c| years.iter().position(|&y| y == c))
        {
            Some(pos) => years.get(pos.saturating_add_signed(delta)).copied(),
            None => years.first().copied(),
        };
        if let Some(next) = next
            && Some(next) != self.compare
        {
            self.compare = Some(next);
            self.refresh_keeping_selection();
        }
    }

    fn shift_country(&mut self, delta: isize) {
        let n = self.ds.countries.len() as isize;
        if n < 2 {
            return;
        }
        self.set_country((self.country as isize + delta).rem_euclid(n) as CountryIx);
    }

    /// Switches country, keeping the year and comparison year where the new
    /// country has them.
    fn set_country(&mut self, c: CountryIx) {
        if c == self.country || c as usize >= self.ds.countries.len() {
            return;
        }
        self.country = c;
        let years = self.years();
        if !years.contains(&self.year) {
            self.year = compare::latest_year(&self.ds, c).unwrap_or(0);
        }
        if self
            .compare
            .is_none_or(|y| !years.contains(&y) || y == self.year)
        {
            self.compare = compare::previous_year(&self.ds, c, self.year);
        }
        self.refresh_keeping_selection();
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
