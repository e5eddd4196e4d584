//! The action plan: which indicators to improve, in what order and how far,
//! so that a country-year's index reaches the next tier (or a score the
//! user names) for the fewest indicator points.
//!
//! Why a greedy choice is right: while the set of assessed indicators stays
//! the same, a pillar's Σweight does not change, so its score is linear in
//! each indicator's score, and the overall is the mean of a fixed set of
//! pillars. Every point on an assessed indicator then adds the same
//! `100 × w / (max × Σw) / n` to the index, up to its target. Reaching a
//! required rise with the fewest points is a fractional knapsack, which
//! taking the best gain per point first solves exactly.
//!
//! Assessing a not-assessed indicator changes its pillar's Σweight, and can
//! make a pillar scored, so it breaks that linearity: such a step is taken
//! whole (assessed at its target) and the order around it is a heuristic.
//! When such a whole step would be the one to reach the goal, assessed
//! improvements that reach it with fewer points are taken instead.
//! Gains are brought up to date after each step (see `plan_run` for how
//! that stays O(n log n)), and every index the plan states is computed from
//! the scores as [`project`](crate::model::scenario::project) does, never summed
//! from gains, so the numbers are right whatever the order.

use std::sync::atomic::AtomicBool;

mod candidates;
mod run;
mod state;
mod step;

use crate::model::Tier;
use crate::model::dataset::Dataset;
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, YearIx};
use run::run;
use state::State;
pub use step::Step;

/// What the plan aims for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// The threshold of the tier above the starting one.
    NextTier(Tier),
    /// An overall score the user asked for.
    Score(f64),
    /// Already in Tier 1 and no score asked for: there is no tier above.
    TopTier,
}

impl Goal {
    /// The overall index to reach; `None` for [`Goal::TopTier`].
    pub fn score(self) -> Option<f64> {
        match self {
            Goal::NextTier(t) => Some(t.threshold()),
            Goal::Score(s) => Some(s),
            Goal::TopTier => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub country: CountryIx,
    pub year: YearIx,
    /// The index the plan starts from (the scenario's, if it has changes).
    pub start: Option<f64>,
    pub start_tier: Option<Tier>,
    pub goal: Goal,
    pub steps: Vec<Step>,
    /// Whether the steps reach the goal (always, when it is already met).
    pub reached: bool,
    /// The index with every improvement that raises it made: the most the
    /// targets allow, whatever the goal.
    pub best_reachable: Option<f64>,
    /// Indicator points over all steps.
    pub points: f64,
}

/// `v` rounded up to the hundredth (a value already on one stays). Past
/// 2^52 / 100 a double has no hundredths to round to, and `v` stays.
fn hundredth_up(v: f64) -> f64 {
    let scaled = v * 100.0;
    if scaled.is_nan() || scaled.abs() >= 4_503_599_627_370_496.0 {
        return v;
    }
    if (scaled - scaled.round()).abs() < 1e-6 {
        scaled.round() / 100.0
    } else {
        scaled.ceil() / 100.0
    }
}

impl Plan {
    /// The index after the last step (the start, without steps).
    pub fn end(&self) -> Option<f64> {
        self.steps.last().map(|s| s.overall).or(self.start)
    }

    pub fn end_tier(&self) -> Option<Tier> {
        self.end().map(Tier::from_score)
    }

    /// How far the start is below the goal; 0 once it is met.
    pub fn needed(&self) -> Option<f64> {
        let goal = self.goal.score()?;
        Some((goal - self.start.unwrap_or(0.0)).max(0.0))
    }

    /// The goal was met before any step.
    pub fn already_met(&self) -> bool {
        self.reached && self.steps.is_empty()
    }

    /// `base` with every step of the plan made: the plan as a scenario,
    /// to project, show or save.
    pub fn apply(&self, ds: &Dataset, base: &Scenario) -> Scenario {
        let mut s = base.clone();
        for step in &self.steps {
            s.set(ds, step.obs, step.to);
        }
        s
    }
}

/// The plan for country `c` in year `y`, starting from the scenario's
/// scores (the real ones where it changes nothing). The goal is
/// `target_score` if given (a score that is not a number is ignored),
/// otherwise the next tier's threshold.
pub fn plan(
    ds: &Dataset,
    scenario: &Scenario,
    c: CountryIx,
    y: YearIx,
    target_score: Option<f64>,
) -> Plan {
    make(ds, scenario, c, y, target_score, None).0
}

/// [`plan`], unless `stop` is set before it is done (it is looked at every
/// few thousand steps): for a plan made on another thread that may stop
/// being wanted.
pub fn plan_unless(
    ds: &Dataset,
    scenario: &Scenario,
    c: CountryIx,
    y: YearIx,
    target_score: Option<f64>,
    stop: &AtomicBool,
) -> Option<Plan> {
    let (plan, stopped) = make(ds, scenario, c, y, target_score, Some(stop));
    (!stopped).then_some(plan)
}

/// The plan, and whether `stop` cut it short.
fn make(
    ds: &Dataset,
    scenario: &Scenario,
    c: CountryIx,
    y: YearIx,
    target_score: Option<f64>,
    stop: Option<&AtomicBool>,
) -> (Plan, bool) {
    let rows = if (c as usize) < ds.countries.len() && (y as usize) < ds.years.len() {
        ds.rows(c, y)
    } else {
        0..0
    };
    let mut state = State::new(ds, scenario, rows.clone());
    let start = state.overall();
    let start_tier = start.map(Tier::from_score);
    let goal = match target_score.filter(|t| t.is_finite()) {
        Some(t) => Goal::Score(t),
        // With nothing scored yet, the first tier above the bottom.
        None => start_tier
            .unwrap_or(Tier::Building)
            .next()
            .map_or(Goal::TopTier, Goal::NextTier),
    };
    let open_goal = goal.score().filter(|&g| !start.is_some_and(|s| s >= g));
    // The order does not depend on the goal, so one run to the last
    // improvement gives both the plan (its steps up to the goal) and the
    // best score.
    let full = run(&mut state, open_goal, false, false, stop);
    let mut plan = Plan {
        country: c,
        year: y,
        start,
        start_tier,
        goal,
        steps: Vec::new(),
        reached: false,
        best_reachable: full.best,
        points: 0.0,
    };
    if full.stopped {
        return (plan, true);
    }
    let Some(goal_score) = open_goal else {
        plan.reached = true;
        return (plan, false);
    };
    let mut full = full.steps;
    match full.pop_if(|s| s.overall >= goal_score) {
        Some(crossing) => {
            let mut replay = State::new(ds, scenario, rows);
            for s in &full {
                replay.set(s.obs - replay.rows.start, s.to);
            }
            let before = full.last().map_or(start, |s| Some(s.overall));
            let last = finish(&mut replay, &crossing, before, goal_score);
            plan.steps = full;
            plan.steps.extend(last);
            plan.reached = true;
        }
        None => plan.steps = full,
    }
    plan.points = plan.steps.iter().map(|s| s.points).sum();
    (plan, false)
}

/// The last steps of the plan, from `state` (every step before `crossing`
/// made): `crossing`, the first to reach `goal`, cut short; or, when
/// `crossing` assesses an indicator, a whole step that may overshoot, the
/// assessed improvements that reach the goal with fewer points, if there
/// are such.
fn finish(state: &mut State<'_>, crossing: &Step, before: Option<f64>, goal: f64) -> Vec<Step> {
    if crossing.from.is_none() {
        let mut alt = state.clone();
        let mut steps = run(&mut alt, Some(goal), true, true, None).steps;
        if let Some(last) = steps.len().checked_sub(1)
            && steps[last].overall >= goal
        {
            let before = match last {
                0 => before,
                _ => Some(steps[last - 1].overall),
            };
            shorten(&mut alt, &mut steps[last], before, goal);
            if steps.iter().map(|s| s.points).sum::<f64>() < crossing.points {
                return steps;
            }
        }
    }
    let mut step = crossing.clone();
    shorten(state, &mut step, before, goal);
    vec![step]
}

/// Makes `step`, the first to reach `goal`, only as big as it must be.
/// The index never falls as one assessed score rises, so the smallest
/// score that reaches the goal is found by bisection on the exact index; a
/// not-assessed indicator stays a whole step.
fn shorten(state: &mut State<'_>, step: &mut Step, before: Option<f64>, goal: f64) {
    let k = step.obs - state.rows.start;
    let Some(from) = step.from else {
        state.set(k, step.to);
        return;
    };
    let (mut lo, mut hi) = (from, step.to);
    for _ in 0..200 {
        let mid = lo + (hi - lo) / 2.0;
        if mid <= lo || mid >= hi {
            break;
        }
        state.set(k, mid);
        if state.overall().is_some_and(|o| o >= goal) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    // Whole hundredths, as every score is written: the step asks for
    // 2.51, not 2.5006, and what is saved, applied and shown is one
    // number. Rounding up keeps the goal reached.
    let mut to = hundredth_up(hi).min(step.to);
    state.set(k, to);
    if to < step.to && !state.overall().is_some_and(|o| o >= goal) {
        to = (to + 0.01).min(step.to);
        state.set(k, to);
    }
    *step = state.step(k, step.from, to, before, to < step.to);
}

#[cfg(test)]
mod tests;
