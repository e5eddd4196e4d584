//! What drawing, the event loop and tests outside the app may read of it:
//! each field through a method, read-only, and what follows from the
//! fields. The fields themselves are private so that the state changes
//! only through [`App::update`].

use super::view::{PeerQuery, TableQuery, View};
use super::{App, Effect, Mode, Notice, Pane, Popup, ThemeName};
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, Dataset, YearIx};

impl App {
    /// The data as loaded, without the scenario; see [`App::data`] for the
    /// data as shown.
    pub fn ds(&self) -> &Dataset {
        &self.ds
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

    /// Why the file on disk is not what is shown, if its last save did not
    /// load.
    pub fn banner(&self) -> Option<&str> {
        self.banner.as_deref()
    }

    /// What the last reload changed under the scenario, for the scenario
    /// popup.
    pub fn reload_changes(&self) -> &[String] {
        &self.reload_changes
    }

    /// The what-if scores laid over the data.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// Whether the scenario has changes that were not saved.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The score being typed in [`Mode::ScoreInput`].
    pub fn score_input(&self) -> &str {
        &self.score_input
    }

    /// The footer's one-off message, if there is one.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// Takes the work `update()` left for the event loop; see [`Effect`].
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn pane(&self) -> Pane {
        self.pane
    }

    /// What keys mean now: normal, a search, a popup, score input...
    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn popup(&self) -> Option<Popup> {
        self.popup
    }

    /// Lines the open popup is scrolled down by.
    pub fn popup_scroll(&self) -> u16 {
        self.popup_scroll
    }

    /// The selected country.
    pub fn country(&self) -> CountryIx {
        self.country
    }

    /// The selected year.
    pub fn year(&self) -> YearIx {
        self.year
    }

    /// The year the selected one is compared with: always an earlier one,
    /// and none for the country's first year.
    pub fn compare_year(&self) -> Option<YearIx> {
        self.compare
    }

    /// What the Indicators table shows and in which order.
    pub fn query(&self) -> &TableQuery {
        &self.query
    }

    /// How the Peers ranking is ordered and filtered.
    pub fn peer_query(&self) -> &PeerQuery {
        &self.peer_query
    }

    pub fn theme(&self) -> ThemeName {
        self.theme
    }

    /// Whether charts draw with braille dots rather than blocks.
    pub fn braille(&self) -> bool {
        self.braille
    }

    /// The terminal's size, as the last resize gave it: (width, height).
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Whether the user asked to quit, and nothing stands in the way.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The peer group: the countries ranked on the Peers pane.
    pub fn peers(&self) -> &[CountryIx] {
        &self.peers
    }

    /// First plan step shown on the Gaps pane.
    pub fn plan_scroll(&self) -> usize {
        self.plan_scroll
    }

    /// Everything the panes show, worked out from the data as shown.
    pub fn view(&self) -> &View {
        &self.view
    }
}
