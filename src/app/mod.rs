//! Dashboard state. It changes only through [`App::update`], which takes an
//! [`Action`]; drawing reads it and never writes.

pub mod action;
pub mod cursor;
pub mod keymap;
pub mod view;

use crate::data::compare;
use crate::data::{CountryIx, Dataset, IndicatorIx, PillarIx, YearIx};

pub use action::{Action, Column, Pane};
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
}

pub struct App {
    pub ds: Dataset,
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
    /// One cursor per list pane; Trends shares the Indicators list.
    cursors: [Cursor; 3],
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
            cursors: [Cursor::default(); 3],
            view: View::default(),
        };
        app.refresh();
        app
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::NextPane => self.go(Pane::ALL[(self.pane.index() + 1) % Pane::ALL.len()]),
            Action::PrevPane => {
                let n = Pane::ALL.len();
                self.go(Pane::ALL[(self.pane.index() + n - 1) % n]);
            }
            Action::GoTo(p) => self.go(p),
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
            Action::SearchInput(c) => {
                if !c.is_control() {
                    self.query.search.push(c);
                    self.refresh_search();
                }
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
        }
    }

    fn go(&mut self, pane: Pane) {
        self.pane = pane;
        self.fit_cursors();
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
            Pane::Overview => 0,
        }
    }

    pub fn list_len(&self) -> usize {
        self.list_len_of(self.pane)
    }

    fn fit_cursors(&mut self) {
        for pane in [Pane::Indicators, Pane::Compare, Pane::Gaps] {
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
        self.view = View::build(&self.ds, self.country, self.year, self.compare, &self.query);
        self.fit_cursors();
    }

    /// Recomputes the view and puts every cursor back on the indicator it
    /// was on, where that indicator still exists.
    fn refresh_keeping_selection(&mut self) {
        let before: Vec<(Pane, Option<IndicatorIx>)> =
            [Pane::Indicators, Pane::Compare, Pane::Gaps]
                .iter()
                .map(|&p| (p, self.indicator_at(p)))
                .collect();
        self.refresh();
        for (pane, ind) in before {
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
        self.country = (self.country as isize + delta).rem_euclid(n) as CountryIx;
        let years = self.years();
        if !years.contains(&self.year) {
            self.year = years.last().copied().unwrap_or(0);
        }
        if self
            .compare
            .is_none_or(|c| !years.contains(&c) || c == self.year)
        {
            self.compare = compare::previous_year(&self.ds, self.country, self.year);
        }
        self.refresh_keeping_selection();
    }
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
