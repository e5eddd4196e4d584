//! The list panes: cursors, paging, sorting, filtering and searching, and
//! keeping each cursor on the same thing when the list is rebuilt.

use super::geometry;
use super::view::PeerKey;
use super::{App, Column, Mode, Pane};
use crate::model::{CountryIx, IndicatorIx, PillarIx};

/// What the list cursors are on, by identity rather than position: the
/// indicator under each indicator list's cursor and the country under the
/// Peers cursor, to put the cursors back on after the lists are rebuilt.
#[derive(Clone, Copy, Debug)]
pub(super) struct SelectedItems {
    pub indicators: [(Pane, Option<IndicatorIx>); 3],
    pub peer: Option<CountryIx>,
}

impl App {
    pub(super) fn go(&mut self, pane: Pane) {
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

    pub(super) fn step(&mut self, delta: isize) {
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

    pub(super) fn select_visible(&mut self, n: usize) {
        let (len, page) = (self.list_len(), self.page());
        if let Some(c) = self.cursor_mut() {
            let index = c.offset + n;
            if index < len {
                c.set(index, len, page);
            }
        }
    }

    /// Rows of the pillar table above a pane's list, which the list's
    /// height depends on: for paging here, for drawing in the UI.
    pub fn pillar_rows(&self, pane: Pane) -> u16 {
        let n = match pane {
            // The pillars of either year, and the overall.
            Pane::Compare => self.view.comparison.as_ref().map_or(0, |c| {
                c.pillars
                    .iter()
                    .filter(|p| p.from.is_some() || p.to.is_some())
                    .count()
                    + 1
            }),
            Pane::Gaps => self.view.weak.len(),
            _ => 0,
        };
        n.min(u16::MAX as usize) as u16
    }

    /// Where the current pane's list is drawn in `body`, for the mouse.
    pub fn list_area(&self, body: ratatui::layout::Rect) -> Option<ratatui::layout::Rect> {
        geometry::list_area(self.pane, body, self.pillar_rows(self.pane))
    }

    fn page_of(&self, pane: Pane) -> usize {
        geometry::list_height(pane, self.size, self.pillar_rows(pane))
    }

    /// Rows visible in the current pane's list.
    pub fn page(&self) -> usize {
        self.page_of(self.pane)
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

    pub fn cursor(&self, pane: Pane) -> super::Cursor {
        Self::cursor_index(pane)
            .map(|i| self.cursors[i])
            .unwrap_or_default()
    }

    fn cursor_mut(&mut self) -> Option<&mut super::Cursor> {
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

    /// Puts `pane`'s cursor on row `index`.
    pub(super) fn set_cursor(&mut self, pane: Pane, index: usize) {
        if let Some(i) = Self::cursor_index(pane) {
            let (len, page) = (self.list_len_of(pane), self.page_of(pane));
            self.cursors[i].set(index, len, page);
        }
    }

    pub(super) fn fit_cursors(&mut self) {
        for pane in [Pane::Indicators, Pane::Compare, Pane::Gaps, Pane::Peers] {
            let (len, page) = (self.list_len_of(pane), self.page_of(pane));
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

    pub(super) fn indicator_at(&self, pane: Pane) -> Option<IndicatorIx> {
        let sel = self.cursor(pane).selected;
        let ds = &self.ds;
        match pane {
            Pane::Overview | Pane::Indicators | Pane::Trends => self
                .view
                .rows
                .get(self.cursor(Pane::Indicators).selected)
                .map(|&i| ds.obs.indicator[i]),
            Pane::Compare => self
                .view
                .comparison
                .as_ref()?
                .indicators
                .get(sel)
                .map(|c| c.indicator),
            Pane::Gaps => self.view.fix_first.get(sel).map(|&i| ds.obs.indicator[i]),
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

    /// Recomputes the view and puts every cursor back on the indicator it
    /// was on, where that indicator still exists.
    pub(super) fn refresh_keeping_selection(&mut self) {
        let selected = self.selected_items();
        self.refresh();
        self.restore(selected);
    }

    /// What each list's cursor is on, by identity rather than position.
    pub(super) fn selected_items(&self) -> SelectedItems {
        SelectedItems {
            indicators: [Pane::Indicators, Pane::Compare, Pane::Gaps]
                .map(|p| (p, self.indicator_at(p))),
            peer: self
                .view
                .peers
                .get(self.cursor(Pane::Peers).selected)
                .map(|p| p.country),
        }
    }

    /// Puts the cursors back on what [`App::selected_items`] recorded,
    /// after the view was rebuilt.
    pub(super) fn restore(&mut self, selected: SelectedItems) {
        if let Some(pos) = selected
            .peer
            .and_then(|c| self.view.peers.iter().position(|p| p.country == c))
        {
            self.set_cursor(Pane::Peers, pos);
        }
        for (pane, ind) in selected.indicators {
            let Some(ind) = ind else { continue };
            let ds = &self.ds;
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
                    .position(|&i| ds.obs.indicator[i] == ind),
                _ => self
                    .view
                    .rows
                    .iter()
                    .position(|&i| ds.obs.indicator[i] == ind),
            };
            // Where the indicator is gone, start again from the top rather
            // than leave the cursor on whatever now sits at its old index.
            self.set_cursor(pane, pos.unwrap_or(0));
        }
    }

    /// After a sort the list is read from its top.
    fn sorted(&mut self, pane: Pane) {
        self.refresh();
        if let Some(i) = Self::cursor_index(pane) {
            self.cursors[i] = super::Cursor::default();
        }
    }

    pub(super) fn shift_sort(&mut self, delta: isize) {
        if self.pane == Pane::Peers {
            self.peer_query.key = self.peer_query.next_key(self.ds.pillars.len(), delta);
            self.peer_query.reversed = false;
            return self.sorted(Pane::Peers);
        }
        let n = Column::ALL.len() as isize;
        let i = Column::ALL
            .iter()
            .position(|&c| c == self.query.sort)
            .unwrap_or(0) as isize;
        self.sort_by(Column::ALL[(i + delta).rem_euclid(n) as usize], false);
    }

    pub(super) fn sort_by(&mut self, col: Column, toggle_if_same: bool) {
        if toggle_if_same && self.query.sort == col {
            self.query.descending = !self.query.descending;
        } else {
            self.query.sort = col;
            self.query.descending = col.numeric();
        }
        self.sorted(Pane::Indicators);
    }

    pub(super) fn reverse_sort(&mut self) {
        if self.pane == Pane::Peers {
            self.peer_query.reversed = !self.peer_query.reversed;
            return self.sorted(Pane::Peers);
        }
        self.query.descending = !self.query.descending;
        self.sorted(Pane::Indicators);
    }

    pub(super) fn shift_pillar_filter(&mut self, delta: isize) {
        let n = self.ds.pillars.len() as isize + 1;
        let current = self.query.pillar.map_or(n - 1, |p| p as isize);
        let next = (current + delta).rem_euclid(n);
        self.query.pillar = (next < n - 1).then_some(next as PillarIx);
        self.refresh_keeping_selection();
    }

    /// Esc outside a search: let go of a kept search and the pillar filter.
    pub(super) fn clear_filters(&mut self) {
        let had = !self.query.search.is_empty()
            || self.query.pillar.is_some()
            || !self.peer_query.search.is_empty();
        if !had {
            return self.say("No search or pillar filter to clear");
        }
        self.query.search.clear();
        self.query.pillar = None;
        self.peer_query.search.clear();
        self.refresh_keeping_selection();
        self.say("Search and pillar filter cleared");
    }

    /// `/` searches the countries on Peers and the indicators elsewhere.
    pub(super) fn start_search(&mut self) {
        if self.pane != Pane::Peers && self.pane != Pane::Indicators {
            self.go(Pane::Indicators);
        }
        // A new search starts empty; Esc goes back to none at all.
        self.search_mut().clear();
        self.refresh_keeping_selection();
        self.mode = Mode::Search;
    }

    /// The search of the current pane: the Peers pane's, or the
    /// indicators'.
    pub fn search(&self) -> &str {
        if self.pane == Pane::Peers {
            &self.peer_query.search
        } else {
            &self.query.search
        }
    }

    /// The search being typed: the Peers pane's, or the indicators'.
    pub(super) fn search_mut(&mut self) -> &mut String {
        if self.pane == Pane::Peers {
            &mut self.peer_query.search
        } else {
            &mut self.query.search
        }
    }

    /// How the Peers list is ordered, for its title.
    pub fn peer_order(&self) -> String {
        let by = match self.peer_query.key {
            PeerKey::Overall => "overall".to_string(),
            PeerKey::Pillar(p) => self.ds.pillars.get(p as usize).cloned().unwrap_or_default(),
            PeerKey::Country => "country".to_string(),
        };
        if self.peer_query.reversed {
            format!("{by}, reversed")
        } else {
            by
        }
    }
}
