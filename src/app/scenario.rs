//! Building a what-if scenario from the dashboard: scores raised, lowered,
//! typed, set to target or maximum; undo, reset and save.

use super::action::Effect;
use super::{Action, App, Mode, Popup};
use crate::data::scenario::{self, project};

impl App {
    pub(super) fn scenario_update(&mut self, action: Action) {
        match action {
            Action::RaiseScore => self.nudge(1.0),
            Action::LowerScore => self.nudge(-1.0),
            Action::ScoreToTarget => {
                if let Some(i) = self.selected_obs() {
                    self.propose(i, self.ds.target(i));
                }
            }
            Action::ScoreToMax => {
                if let Some(i) = self.selected_obs() {
                    self.propose(i, self.ds.max_score(i));
                }
            }
            Action::EditScore => {
                if let Some(i) = self.selected_obs() {
                    self.score_input = self
                        .scenario
                        .score(&self.ds, i)
                        .map(crate::format::points)
                        .unwrap_or_default();
                    self.mode = Mode::ScoreInput;
                }
            }
            Action::ScoreInput(c)
                if (c.is_ascii_digit() || c == '.' || c == ',') && self.score_input.len() < 16 =>
            {
                self.score_input.push(c);
            }
            Action::ScoreInputBackspace => {
                self.score_input.pop();
            }
            Action::ScoreInputCancel => {
                self.mode = Mode::Normal;
                self.score_input.clear();
            }
            Action::ScoreInputAccept => self.accept_typed_score(),
            Action::UndoChange => {
                if self.scenario.undo().is_none()
                    && let Some(backup) = self.reset_backup.take()
                {
                    self.scenario = backup;
                    self.notice = Some("Scenario restored".into());
                }
                self.refresh_projection();
            }
            Action::ResetScenario if !self.scenario.is_empty() => {
                self.reset_backup = Some(std::mem::take(&mut self.scenario));
                self.notice = Some("Scenario cleared; u brings it back".into());
                self.refresh_projection();
            }
            Action::ApplyPlan => {
                if let Some(plan) = self.view.plan.as_ref().filter(|p| !p.steps.is_empty()) {
                    let n = plan.steps.len();
                    self.scenario = plan.apply(&self.ds, &self.scenario);
                    self.reset_backup = None;
                    self.notice = Some(format!(
                        "Plan applied as {n} scenario change{}; u takes them back one by one",
                        if n == 1 { "" } else { "s" }
                    ));
                    self.refresh_projection();
                }
            }
            Action::ShowScenario => {
                self.popup = Some(Popup::Scenario);
                self.popup_scroll = 0;
                self.mode = Mode::Popup;
            }
            Action::SaveScenario => {
                if self.scenario.changes(&self.ds).is_empty() {
                    self.notice = Some("Nothing to save: change a score first (+ - e T M)".into());
                    return;
                }
                let country = self.ds.countries[self.country as usize].code.clone();
                let year = self.ds.years[self.year as usize];
                let csv = crate::data::scenario_file::to_csv(&self.ds, &self.scenario);
                self.effects
                    .push(Effect::SaveScenario { csv, country, year });
            }
            Action::ScenarioSaved(result) => {
                self.notice = Some(match result {
                    Ok(path) => format!("Scenario saved to {path}"),
                    Err(why) => format!("Scenario not saved: {why}"),
                });
            }
            _ => {}
        }
    }

    /// Starts from a saved scenario (`--scenario FILE`).
    pub fn set_scenario(&mut self, scenario: crate::data::scenario::Scenario) {
        self.scenario = scenario;
        self.reset_backup = None;
        self.refresh_projection();
    }

    /// The observation behind the selected indicator in the selected year.
    fn selected_obs(&self) -> Option<usize> {
        let ind = self.selected_indicator()?;
        self.ds.find_obs(self.country, self.year, ind)
    }

    fn nudge(&mut self, direction: f64) {
        let Some(i) = self.selected_obs() else { return };
        let max = self.ds.max_score(i);
        let step = scenario::step(max);
        let now = self.scenario.score(&self.ds, i);
        // Snap to the step grid, so 2.3 goes to 2.5, not 2.8. Not assessed
        // counts as 0 going up and stays put going down.
        let next = match now {
            None if direction > 0.0 => step,
            None => return,
            Some(s) if direction > 0.0 => ((s / step + 1e-9).floor() + 1.0) * step,
            Some(s) => ((s / step - 1e-9).ceil() - 1.0) * step,
        };
        self.propose(i, next.clamp(0.0, max));
    }

    fn propose(&mut self, obs: usize, score: f64) {
        if self.scenario.score(&self.ds, obs) == Some(score) {
            return;
        }
        if self.scenario.set(&self.ds, obs, score) {
            self.reset_backup = None;
        }
        self.refresh_projection();
    }

    fn accept_typed_score(&mut self) {
        let typed = self.score_input.replace(',', ".");
        let Some(i) = self.selected_obs() else {
            self.mode = Mode::Normal;
            return;
        };
        if typed.is_empty() {
            self.mode = Mode::Normal;
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
            _ => {
                self.notice = Some(format!(
                    "Type a score from 0 to {}",
                    crate::format::points(max)
                ));
            }
        }
    }

    /// Recomputes what the scenario does to the selected country-year.
    pub(super) fn refresh_projection(&mut self) {
        let (c, y) = (self.country, self.year);
        let changes = self.scenario.changes_in(&self.ds, c, y);
        self.view.projection =
            (!changes.is_empty()).then(|| project(&self.ds, &self.scenario, c, y));
        self.view.changes = changes;
        self.view.plan = self
            .ds
            .has_data(c, y)
            .then(|| crate::data::plan::plan(&self.ds, &self.scenario, c, y, None));
    }
}
