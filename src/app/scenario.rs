//! Building a what-if scenario from the dashboard: scores raised, lowered,
//! typed, set to target or maximum; undo, reset and save. Every change is
//! laid over a copy of the data, from which every pane then reads.

use super::action::Effect;
use super::{Action, App, Mode, Pane, Popup, keymap};
use crate::format::points;
use crate::model::{Dataset, scenario};

impl App {
    pub(super) fn scenario_update(&mut self, action: Action) {
        match action {
            Action::RaiseScore => self.nudge(1.0),
            Action::LowerScore => self.nudge(-1.0),
            Action::ScoreToTarget => self.set_to(Dataset::target, "target"),
            Action::ScoreToMax => self.set_to(Dataset::max_score, "maximum"),
            Action::EditScore
            | Action::ScoreInput(_)
            | Action::ScoreInputBackspace
            | Action::ScoreInputCancel
            | Action::ScoreInputAccept => self.score_input_update(action),
            Action::UndoChange => self.undo_change(),
            Action::ResetScenario => self.reset_scenario(),
            Action::ApplyPlan => self.apply_plan(),
            Action::ShowScenario => {
                self.popup = Some(Popup::Scenario);
                self.popup_scroll = 0;
                self.mode = Mode::Popup;
            }
            Action::SaveScenario => self.save(false),
            Action::SaveAndQuit => self.save(true),
            Action::ScenarioSaved(result) => self.saved(result),
            _ => {}
        }
    }

    /// Typing an exact score for the selected indicator.
    fn score_input_update(&mut self, action: Action) {
        match action {
            Action::EditScore => {
                if let Some(i) = self.selected_obs() {
                    self.score_input = self
                        .scenario
                        .score(&self.ds, i)
                        .map(points)
                        .unwrap_or_default();
                    self.score_input_fresh = true;
                    self.mode = Mode::ScoreInput;
                }
            }
            Action::ScoreInput(c) if c.is_ascii_digit() || c == '.' || c == ',' => {
                // The first key replaces the score the input opened with.
                if std::mem::take(&mut self.score_input_fresh) {
                    self.score_input.clear();
                }
                if self.score_input.len() < 16 {
                    self.score_input.push(c);
                }
            }
            Action::ScoreInput(_) => self.say("Type a number, e.g. 2.5"),
            Action::ScoreInputBackspace => {
                self.score_input_fresh = false;
                self.score_input.pop();
            }
            Action::ScoreInputCancel => {
                self.mode = Mode::Normal;
                self.score_input.clear();
            }
            Action::ScoreInputAccept => self.accept_typed_score(),
            _ => {}
        }
    }

    fn undo_change(&mut self) {
        if let Some(edit) = self.scenario.undo() {
            self.scenario_changed([edit.obs]);
        } else if let Some(backup) = self.reset_backup.take() {
            let touched: Vec<usize> = backup.touched().collect();
            self.scenario = backup;
            self.scenario_changed(touched);
            self.say("Scenario restored");
        } else {
            self.say("Nothing to undo");
        }
    }

    fn reset_scenario(&mut self) {
        if self.scenario.is_empty() {
            return self.say("The scenario is empty: nothing to reset");
        }
        let cleared = std::mem::take(&mut self.scenario);
        let touched: Vec<usize> = cleared.touched().collect();
        self.reset_backup = Some(cleared);
        self.scenario_changed(touched);
        let undo = keymap::key_for(&Action::UndoChange);
        self.say(format!("Scenario cleared; {undo} brings it back"));
    }

    /// The event loop's word on a save: quit now if the save was to end
    /// with that.
    fn saved(&mut self, result: Result<String, String>) {
        self.mode = Mode::Normal;
        match result {
            Ok(path) => {
                self.unsaved = false;
                self.quit = std::mem::take(&mut self.quit_after_save);
                self.say(format!("Scenario saved to {path}"));
            }
            Err(why) => {
                self.quit_after_save = false;
                self.warn(format!("Scenario not saved: {why}"));
            }
        }
    }

    /// Starts from a saved scenario (`--scenario FILE`): nothing unsaved.
    pub fn set_scenario(&mut self, scenario: crate::model::scenario::Scenario) {
        let touched: Vec<usize> = scenario.touched().collect();
        self.scenario = scenario;
        self.reset_backup = None;
        self.scenario_changed(touched);
        self.unsaved = false;
    }

    /// Brings the projected data up to date after the scenario changed at
    /// rows `touched`, and every view with it.
    pub(super) fn scenario_changed(&mut self, touched: impl IntoIterator<Item = usize>) {
        self.sync_what_if(touched);
        self.unsaved = true;
        self.plan_stale = true;
        // An indicator raised to its target leaves what to fix first: the
        // cursor stays where it was, on the one that moves up into place.
        let gaps_at = self.cursor(Pane::Gaps).selected;
        let on_gaps = self.indicator_at(Pane::Gaps);
        self.refresh_keeping_selection();
        let still_listed = on_gaps.is_some_and(|ind| {
            self.view
                .fix_first
                .iter()
                .any(|&i| self.ds.obs.indicator[i] == ind)
        });
        if on_gaps.is_some() && !still_listed {
            self.set_cursor(Pane::Gaps, gaps_at);
        }
    }

    /// Lays the scenario's scores at rows `touched` (and at every row it
    /// changed before) over the copy of the data the panes read.
    pub(super) fn sync_what_if(&mut self, touched: impl IntoIterator<Item = usize>) {
        if self.scenario.is_empty() && self.what_if.is_none() {
            return;
        }
        let what_if = self
            .what_if
            .get_or_insert_with(|| self.scenario.apply_to(&self.ds));
        let mut rows: Vec<usize> = std::mem::take(&mut self.what_if_rows);
        rows.extend(touched);
        rows.sort_unstable();
        rows.dedup();
        self.scenario.update(&self.ds, what_if, rows);
        self.what_if_rows = self.scenario.touched().collect();
    }

    /// The observation behind the selected indicator in the selected year.
    fn selected_obs(&mut self) -> Option<usize> {
        let found = self
            .selected_indicator()
            .and_then(|ind| self.ds.find_obs(self.country, self.year, ind));
        if found.is_none() {
            self.say("No indicator is selected");
        }
        found
    }

    fn nudge(&mut self, direction: f64) {
        let Some(i) = self.selected_obs() else { return };
        let max = self.ds.max_score(i);
        let step = scenario::step(max);
        let now = self.scenario.score(&self.ds, i);
        let id = self.ds.indicator_of(i).id.clone();
        // Snap to the step grid, so 2.3 goes to 2.5, not 2.8. Not assessed
        // counts as 0 going up and stays put going down.
        let next = match now {
            None if direction > 0.0 => step,
            None => return self.say(format!("{id} is not assessed: nothing to lower")),
            Some(s) if direction > 0.0 && s >= max => {
                return self.say(format!("{id} is already at its maximum ({})", points(max)));
            }
            Some(s) if direction < 0.0 && s <= 0.0 => {
                return self.say(format!("{id} is already at 0"));
            }
            Some(s) if direction > 0.0 => ((s / step + 1e-9).floor() + 1.0) * step,
            Some(s) => ((s / step - 1e-9).ceil() - 1.0) * step,
        };
        self.propose(i, next.clamp(0.0, max));
    }

    /// Sets the selected indicator to its `which` (target, maximum), or
    /// says it is there already.
    fn set_to(&mut self, value: fn(&Dataset, usize) -> f64, which: &str) {
        let Some(i) = self.selected_obs() else { return };
        let v = value(&self.ds, i);
        if self.scenario.score(&self.ds, i) == Some(v) {
            let id = self.ds.indicator_of(i).id.clone();
            return self.say(format!("{id} is already at its {which} ({})", points(v)));
        }
        self.propose(i, v);
    }

    fn propose(&mut self, obs: usize, score: f64) {
        if self.scenario.score(&self.ds, obs) == Some(score) {
            return;
        }
        if self.scenario.set(&self.ds, obs, score) {
            self.reset_backup = None;
        }
        self.scenario_changed([obs]);
    }

    fn accept_typed_score(&mut self) {
        let typed = self.score_input.replace(',', ".");
        let Some(i) = self.selected_obs() else {
            self.mode = Mode::Normal;
            return;
        };
        // Enter on the value the input opened with changes nothing: that
        // value is the score rounded for display, not a new score.
        if typed.is_empty() || self.score_input_fresh {
            self.mode = Mode::Normal;
            self.score_input.clear();
            self.score_input_fresh = false;
            return;
        }
        let max = self.ds.max_score(i);
        match typed.parse::<f64>() {
            Ok(v) if (0.0..=max).contains(&v) => {
                self.mode = Mode::Normal;
                self.score_input.clear();
                self.propose(i, v);
            }
            // Stay in the input so the user can correct it.
            _ => self.say(format!("Type a score from 0 to {}", points(max))),
        }
    }

    fn apply_plan(&mut self) {
        if self.plan_job.is_some() {
            return self.say(super::PLAN_PENDING);
        }
        let Some(plan) = self.view.plan.as_ref() else {
            return self.say("No plan: the selected year has no data");
        };
        if plan.steps.is_empty() {
            return self.say(if plan.reached {
                "Nothing to apply: the plan's goal is already met"
            } else {
                "Nothing to apply: no indicator can still rise"
            });
        }
        let n = plan.steps.len();
        let touched: Vec<usize> = plan.steps.iter().map(|s| s.obs).collect();
        self.scenario = plan.apply(&self.ds, &self.scenario);
        self.reset_backup = None;
        self.scenario_changed(touched);
        let undo = keymap::key_for(&Action::UndoChange);
        self.say(format!(
            "Plan applied as {n} scenario change{}; {undo} takes them back one by one",
            if n == 1 { "" } else { "s" }
        ));
    }

    fn save(&mut self, then_quit: bool) {
        if self.scenario.changes(&self.ds).is_empty() {
            self.mode = Mode::Normal;
            let keys: Vec<String> = [
                Action::RaiseScore,
                Action::LowerScore,
                Action::EditScore,
                Action::ScoreToTarget,
                Action::ScoreToMax,
            ]
            .iter()
            .map(keymap::key_for)
            .collect();
            return self.say(format!(
                "Nothing to save: change a score first ({})",
                keys.join(" ")
            ));
        }
        let country = self.ds.countries[self.country as usize].code.clone();
        let year = self.ds.years[self.year as usize];
        let csv = crate::write::scenario_csv::to_csv(&self.ds, &self.scenario);
        self.quit_after_save = then_quit;
        self.effects
            .push(Effect::SaveScenario { csv, country, year });
    }
}
