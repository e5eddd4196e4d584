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
//! Gains are recomputed after each step, and every index the plan states is
//! computed from the scores as [`project`](super::scenario::project) does,
//! never summed from gains, so the numbers are right whatever the order.

use std::cmp::{Ordering, Reverse};
use std::ops::Range;

use super::model::Dataset;
use super::scenario::Scenario;
use super::score::{self, PillarAgg, Tier};
use super::{CountryIx, IndicatorIx, PillarIx, YearIx};

/// Gains below this are rounding noise, not improvements.
const MIN_GAIN: f64 = 1e-12;

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

/// One improvement.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub obs: usize,
    pub indicator: IndicatorIx,
    pub pillar: PillarIx,
    /// The score before the step; `None`: not assessed.
    pub from: Option<f64>,
    pub to: f64,
    /// `to − from`, a not-assessed `from` counting as 0: assessing an
    /// indicator at 3 is 3 points of work.
    pub points: f64,
    /// Rise of the overall index from this step.
    pub gain: f64,
    /// The overall index once this step and every one before it are made.
    pub overall: f64,
    pub tier: Tier,
    /// Raised only part of the way to its target: to the least whole
    /// hundredth that reaches the goal.
    pub partial: bool,
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

/// `v` rounded up to the hundredth (a value already on one stays).
fn hundredth_up(v: f64) -> f64 {
    let scaled = v * 100.0;
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
    // The order does not depend on the goal, so the whole sequence, to the
    // last improvement, gives both the plan (a prefix) and the best score.
    let full = state.run(None, false);
    let best_reachable = full
        .iter()
        .map(|s| s.overall)
        .chain(start)
        .max_by(f64::total_cmp);
    let mut plan = Plan {
        country: c,
        year: y,
        start,
        start_tier,
        goal,
        steps: Vec::new(),
        reached: false,
        best_reachable,
        points: 0.0,
    };
    let Some(goal_score) = goal.score() else {
        plan.reached = true;
        return plan;
    };
    if start.is_some_and(|s| s >= goal_score) {
        plan.reached = true;
        return plan;
    }
    match full.iter().position(|s| s.overall >= goal_score) {
        Some(last) => {
            let mut replay = State::new(ds, scenario, rows);
            for s in &full[..last] {
                replay.set(s.obs - replay.rows.start, s.to);
            }
            let before = match last {
                0 => start,
                _ => Some(full[last - 1].overall),
            };
            plan.steps = full[..last].to_vec();
            plan.steps
                .extend(replay.finish(&full[last], before, goal_score));
            plan.reached = true;
        }
        None => plan.steps = full,
    }
    plan.points = plan.steps.iter().map(|s| s.points).sum();
    plan
}

/// The scores of one country-year as the plan changes them, with pillar
/// aggregates kept exactly as `project` computes them.
#[derive(Clone)]
struct State<'a> {
    ds: &'a Dataset,
    rows: Range<usize>,
    /// By position in `rows`.
    scores: Vec<Option<f64>>,
    /// By pillar: positions in `rows`, in row order.
    members: Vec<Vec<usize>>,
    aggs: Vec<PillarAgg>,
    /// Σ of the scored pillars' scores and how many there are.
    sum: f64,
    scored: usize,
}

/// A possible next step.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    k: usize,
    gain: f64,
    per_point: f64,
}

impl<'a> State<'a> {
    fn new(ds: &'a Dataset, scenario: &Scenario, rows: Range<usize>) -> State<'a> {
        let scores = rows.clone().map(|i| scenario.score(ds, i)).collect();
        let mut members = vec![Vec::new(); ds.pillars.len()];
        for (k, i) in rows.clone().enumerate() {
            if let Some(m) = members.get_mut(ds.pillar_of(i) as usize) {
                m.push(k);
            }
        }
        let mut state = State {
            ds,
            rows,
            scores,
            members,
            aggs: vec![PillarAgg::default(); ds.pillars.len()],
            sum: 0.0,
            scored: 0,
        };
        for p in 0..state.aggs.len() {
            state.aggs[p] = state.pillar_agg(p);
        }
        state.total();
        state
    }

    /// A pillar's aggregate, summed in row order as `project` sums it, so
    /// that the plan's numbers are the projection's to the last bit.
    fn pillar_agg(&self, p: usize) -> PillarAgg {
        let mut agg = PillarAgg::default();
        for &k in &self.members[p] {
            let i = self.rows.start + k;
            let att = self.scores[k].map(|s| score::attainment(s, self.ds.max_score(i)));
            agg.add(self.ds.weight(i), att);
        }
        agg
    }

    fn total(&mut self) {
        (self.sum, self.scored) = self
            .aggs
            .iter()
            .filter_map(PillarAgg::score)
            .fold((0.0, 0), |(s, n), x| (s + x, n + 1));
    }

    fn overall(&self) -> Option<f64> {
        score::overall(self.aggs.iter().map(PillarAgg::score))
    }

    fn set(&mut self, k: usize, to: f64) {
        self.scores[k] = Some(to);
        let p = self.ds.pillar_of(self.rows.start + k) as usize;
        self.aggs[p] = self.pillar_agg(p);
        self.total();
    }

    /// Raising position `k` to its target, if that raises the index.
    fn candidate(&self, k: usize) -> Option<Candidate> {
        let ds = self.ds;
        let i = self.rows.start + k;
        let (w, max, target) = (ds.weight(i), ds.max_score(i), ds.target(i));
        if w.is_nan() || w <= 0.0 {
            return None;
        }
        let from = self.scores[k];
        let points = target - from.unwrap_or(0.0);
        if from.is_some_and(|s| s >= target) || points.is_nan() || points <= 0.0 {
            return None;
        }
        // All else equal: the same arithmetic as the index gain shown
        // everywhere else, without summing every pillar again.
        let p = ds.pillar_of(i) as usize;
        let old = self.aggs[p];
        let new = old.with_replaced(
            w,
            from.map(|s| score::attainment(s, max)),
            Some(score::attainment(target, max)),
        );
        let (old_s, new_s) = (old.score(), new.score());
        let sum = self.sum - old_s.unwrap_or(0.0) + new_s.unwrap_or(0.0);
        let n = self.scored - usize::from(old_s.is_some()) + usize::from(new_s.is_some());
        let mean = |s: f64, n: usize| if n > 0 { s / n as f64 } else { 0.0 };
        let gain = mean(sum, n) - mean(self.sum, self.scored);
        (gain > MIN_GAIN).then_some(Candidate {
            k,
            gain,
            per_point: gain / points,
        })
    }

    /// Best first: most index per point, then the bigger step, then the
    /// indicator id, so equal choices come out the same every time. Ratios
    /// are compared at a fixed precision: computed two ways, equal gains
    /// differ in the last bits, and the order must be a total one.
    fn order(&self, a: &Candidate, b: &Candidate) -> Ordering {
        let q = |x: f64| (x * 1e9).round() as i64;
        let id = |c: &Candidate| &self.ds.indicator_of(self.rows.start + c.k).id;
        (q(b.per_point), q(b.gain), Reverse(id(b)), Reverse(b.k)).cmp(&(
            q(a.per_point),
            q(a.gain),
            Reverse(id(a)),
            Reverse(a.k),
        ))
    }

    /// Assessed candidates, best last (so `pop` takes the best).
    fn ranked_assessed(&self) -> Vec<Candidate> {
        let mut v: Vec<Candidate> = (0..self.scores.len())
            .filter(|&k| self.scores[k].is_some())
            .filter_map(|k| self.candidate(k))
            .collect();
        v.sort_by(|a, b| self.order(b, a));
        v
    }

    /// Every improvement, best first, each to its target, until none
    /// raises the index. An assessed step leaves other assessed gains as
    /// they were (see the module comment), so they are ranked once and
    /// again only after a not-assessed indicator is assessed; not-assessed
    /// gains depend on everything and are recomputed every time.
    ///
    /// With a `goal`, stops at the first step that reaches it; with
    /// `assessed_only`, leaves not-assessed indicators alone.
    fn run(&mut self, goal: Option<f64>, assessed_only: bool) -> Vec<Step> {
        let mut assessed = self.ranked_assessed();
        let mut pending: Vec<usize> = (0..self.scores.len())
            .filter(|&k| !assessed_only && self.scores[k].is_none())
            .collect();
        let mut steps = Vec::new();
        loop {
            let best_new = pending
                .iter()
                .filter_map(|&k| self.candidate(k))
                .min_by(|a, b| self.order(a, b));
            let pick = match (assessed.last().copied(), best_new) {
                (Some(a), Some(n)) if self.order(&n, &a) == Ordering::Less => n,
                (Some(a), _) => a,
                (None, Some(n)) => n,
                (None, None) => break,
            };
            let before = self.overall();
            let from = self.scores[pick.k];
            let to = self.ds.target(self.rows.start + pick.k);
            self.set(pick.k, to);
            steps.push(self.step(pick.k, from, to, before, false));
            if goal.is_some_and(|g| self.overall().is_some_and(|o| o >= g)) {
                break;
            }
            if from.is_some() {
                assessed.pop();
            } else {
                pending.retain(|&k| k != pick.k);
                assessed = self.ranked_assessed();
            }
        }
        steps
    }

    fn step(
        &self,
        k: usize,
        from: Option<f64>,
        to: f64,
        before: Option<f64>,
        partial: bool,
    ) -> Step {
        let i = self.rows.start + k;
        let overall = self.overall().unwrap_or(0.0);
        Step {
            obs: i,
            indicator: self.ds.obs.indicator[i],
            pillar: self.ds.pillar_of(i),
            from,
            to,
            points: to - from.unwrap_or(0.0),
            gain: overall - before.unwrap_or(0.0),
            overall,
            tier: Tier::from_score(overall),
            partial,
        }
    }

    /// The last steps of the plan, from this state (every step before
    /// `crossing` made): `crossing`, the first to reach `goal`, cut short;
    /// or, when `crossing` assesses an indicator, a whole step that may
    /// overshoot, the assessed improvements that reach the goal with fewer
    /// points, if there are such.
    fn finish(&mut self, crossing: &Step, before: Option<f64>, goal: f64) -> Vec<Step> {
        if crossing.from.is_none() {
            let mut alt = self.clone();
            let mut steps = alt.run(Some(goal), true);
            if let Some(last) = steps.len().checked_sub(1)
                && steps[last].overall >= goal
            {
                let before = match last {
                    0 => before,
                    _ => Some(steps[last - 1].overall),
                };
                alt.shorten(&mut steps[last], before, goal);
                if steps.iter().map(|s| s.points).sum::<f64>() < crossing.points {
                    return steps;
                }
            }
        }
        let mut step = crossing.clone();
        self.shorten(&mut step, before, goal);
        vec![step]
    }

    /// Makes `step`, the first to reach `goal`, only as big as it must be.
    /// The index never falls as one assessed score rises, so the smallest
    /// score that reaches the goal is found by bisection on the exact
    /// index; a not-assessed indicator stays a whole step.
    fn shorten(&mut self, step: &mut Step, before: Option<f64>, goal: f64) {
        let k = step.obs - self.rows.start;
        let Some(from) = step.from else {
            self.set(k, step.to);
            return;
        };
        let (mut lo, mut hi) = (from, step.to);
        for _ in 0..200 {
            let mid = lo + (hi - lo) / 2.0;
            if mid <= lo || mid >= hi {
                break;
            }
            self.set(k, mid);
            if self.overall().is_some_and(|o| o >= goal) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // Whole hundredths, as every score is written: the step asks for
        // 2.51, not 2.5006, and what is saved, applied and shown is one
        // number. Rounding up keeps the goal reached.
        let mut to = hundredth_up(hi).min(step.to);
        self.set(k, to);
        if to < step.to && !self.overall().is_some_and(|o| o >= goal) {
            to = (to + 0.01).min(step.to);
            self.set(k, to);
        }
        *step = self.step(k, step.from, to, before, to < step.to);
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
