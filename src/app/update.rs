//! [`App::update`], the one way the app changes: it sorts each action into
//! its group and hands it to that group's handler here, or to the what-if
//! scenario's in `scenario.rs`. The work itself is done in the files of
//! each concern (`lists.rs`, `period.rs`, `reload.rs`, `scenario.rs`).

use super::{Action, App, Mode, PLAN_PENDING, Pane, Popup, ThemeName, action, keymap};

/// The groups of actions `update()` hands to one handler each.
enum Group {
    /// Quit, or do not quit after all.
    Quit,
    /// Panes, list cursors, years, countries and the plan's steps.
    Navigation,
    /// Sorting, the pillar filter and searching.
    Filter,
    /// Opening and closing popups.
    Popup,
    /// The theme, the chart markers and the terminal's size.
    Display,
    /// The file loaded again, or why it may not be.
    Reload,
    /// Building, undoing and saving the what-if scenario.
    Scenario,
    /// Exporting a table to a file, copying it to the clipboard.
    Export,
    /// Keys that only say why they cannot act, and the ones the event loop
    /// carries out itself (suspend).
    Hint,
}

/// Which group `action` belongs to. Every action is listed, without a
/// catch-all, so that a new action cannot be left out of `update()`.
fn group(action: &Action) -> Group {
    match action {
        Action::Quit | Action::QuitNow | Action::StayOpen => Group::Quit,
        Action::NextPane
        | Action::PrevPane
        | Action::GoTo(_)
        | Action::ChooseCountry
        | Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom
        | Action::Select(_)
        | Action::PrevYear
        | Action::NextYear
        | Action::PrevCompareYear
        | Action::NextCompareYear
        | Action::PrevCountry
        | Action::NextCountry
        | Action::ScrollPlanUp
        | Action::ScrollPlanDown => Group::Navigation,
        Action::NextSortColumn
        | Action::PrevSortColumn
        | Action::SortBy(_)
        | Action::ReverseSort
        | Action::NextPillarFilter
        | Action::PrevPillarFilter
        | Action::StartSearch
        | Action::ClearFilters
        | Action::SearchInput(_)
        | Action::SearchBackspace
        | Action::SearchAccept
        | Action::SearchCancel => Group::Filter,
        Action::OpenDetail | Action::ToggleHelp | Action::ClosePopup | Action::InPopup => {
            Group::Popup
        }
        Action::CycleTheme | Action::ToggleBraille | Action::Resize(..) => Group::Display,
        Action::Reloaded(_) | Action::ReloadTrouble(_) => Group::Reload,
        Action::RaiseScore
        | Action::LowerScore
        | Action::ScoreToTarget
        | Action::ScoreToMax
        | Action::EditScore
        | Action::ScoreInput(_)
        | Action::ScoreInputBackspace
        | Action::ScoreInputAccept
        | Action::ScoreInputCancel
        | Action::UndoChange
        | Action::ResetScenario
        | Action::ShowScenario
        | Action::SaveScenario
        | Action::ApplyPlan
        | Action::SaveAndQuit
        | Action::ScenarioSaved(_) => Group::Scenario,
        Action::Export(_)
        | Action::CopyRow
        | Action::CopyTable
        | Action::Exported(_)
        | Action::CopyFailed(_) => Group::Export,
        Action::Unavailable { .. } | Action::Suspend => Group::Hint,
    }
}

impl App {
    pub fn update(&mut self, action: Action) {
        // The footer's message lasts until the next key; what comes from
        // outside (a resize, a reload, a save, an export) does not count
        // as one.
        if !matches!(
            action,
            Action::Resize(..)
                | Action::Reloaded(_)
                | Action::ReloadTrouble(_)
                | Action::ScenarioSaved(_)
                | Action::Exported(_)
                | Action::CopyFailed(_)
        ) {
            self.notice = None;
        }
        match group(&action) {
            Group::Quit => self.quit_update(action),
            Group::Navigation => self.navigation_update(action),
            Group::Filter => self.filter_update(action),
            Group::Popup => self.popup_update(action),
            Group::Display => self.display_update(action),
            Group::Reload => self.reload_update(action),
            Group::Scenario => self.scenario_update(action),
            Group::Export => self.export_update(action),
            Group::Hint => self.hint_update(action),
        }
    }

    // Each handler below is given only its own group's actions; the
    // catch-all arms are for the others, which never arrive, and for input
    // a guard turns away.

    fn quit_update(&mut self, action: Action) {
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
            _ => {}
        }
    }

    fn navigation_update(&mut self, action: Action) {
        match action {
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
            Action::ScrollPlanUp => self.scroll_plan(-1),
            Action::ScrollPlanDown => self.scroll_plan(1),
            _ => {}
        }
    }

    fn filter_update(&mut self, action: Action) {
        match action {
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
            Action::ClearFilters => self.clear_filters(),
            _ => {}
        }
    }

    fn popup_update(&mut self, action: Action) {
        match action {
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
            Action::InPopup => {
                let close = keymap::key_for(&Action::ClosePopup);
                self.say(format!("{close} closes the popup first"));
            }
            _ => {}
        }
    }

    fn display_update(&mut self, action: Action) {
        match action {
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
            _ => {}
        }
    }

    fn reload_update(&mut self, action: Action) {
        match action {
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

    fn hint_update(&mut self, action: Action) {
        // Suspend is the event loop's to carry out: the app is unchanged.
        if let Action::Unavailable { key, help, panes } = action {
            self.say(format!(
                "{key}: {help}, on {} only",
                keymap::pane_list(panes)
            ));
        }
    }

    fn open(&mut self, popup: Popup) {
        self.popup = Some(popup);
        self.popup_scroll = 0;
        self.mode = Mode::Popup;
    }

    pub(super) fn close_popup(&mut self) {
        self.popup = None;
        self.mode = Mode::Normal;
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
