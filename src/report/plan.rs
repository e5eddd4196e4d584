//! `report --plan`: the action plan of one country-year, as one view that
//! every format renders.

use serde::Serialize;

use super::provenance::Provenance;
use super::scenario_view::ScenarioView;
use super::summary::country_label;
use crate::format::{self, index4, index4_opt, index4_ser, round4_opt, round4_ser};
use crate::model::compare_year;
use crate::model::plan::{Goal, Plan, Step};
use crate::model::scenario::Scenario;
use crate::model::{Dataset, Tier};

/// How the plan is made, in one sentence for every format.
pub const METHOD: &str = "Each step is the improvement with the largest rise of the overall index per point of indicator score (ties: the larger rise, then the indicator id), raised to its target and never beyond; the last step stops where the goal is reached. A not-assessed indicator counts as assessed at its target, a whole step whose points are its target.";

#[derive(Clone, Debug, Serialize)]
pub struct PlanReport {
    pub country: String,
    pub country_name: Option<String>,
    pub year: i32,
    /// The data files, their stated source and the day the plan was made.
    #[serde(flatten)]
    pub provenance: Option<Provenance>,
    /// The scenario the plan starts from, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scenario: Option<ScenarioView>,
    pub start: Position,
    /// Scored pillars with something left to gain at the start, weakest
    /// first.
    pub weakest_pillars: Vec<PillarScore>,
    pub goal: GoalView,
    /// Rise of the index the goal asks for; `null` without a goal.
    #[serde(serialize_with = "round4_opt")]
    pub needed: Option<f64>,
    pub reached: bool,
    pub steps: Vec<StepRow>,
    /// Indicator points over all steps.
    #[serde(serialize_with = "round4_ser")]
    pub points: f64,
    /// Where the steps lead.
    pub end: Position,
    /// The most the indicators' targets allow.
    pub best_reachable: Position,
    pub method: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct Position {
    #[serde(serialize_with = "index4_opt")]
    pub overall: Option<f64>,
    pub tier: Option<u8>,
    pub tier_label: Option<&'static str>,
}

impl Position {
    fn of(overall: Option<f64>) -> Position {
        let tier = overall.map(Tier::from_score);
        Position {
            overall,
            tier: tier.map(Tier::number),
            tier_label: tier.map(Tier::label),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct PillarScore {
    pub pillar: String,
    #[serde(serialize_with = "round4_ser")]
    pub score: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct GoalView {
    /// `next_tier`, `target` (from --target-score) or `top_tier` (already
    /// in Tier 1, nothing above).
    pub kind: &'static str,
    #[serde(serialize_with = "round4_opt")]
    pub score: Option<f64>,
    /// The tier the goal score falls in.
    pub tier: Option<u8>,
    pub tier_label: Option<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StepRow {
    pub step: usize,
    pub indicator_id: String,
    pub indicator: String,
    pub pillar: String,
    /// `null`: not assessed.
    #[serde(serialize_with = "round4_opt")]
    pub from: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub to: f64,
    #[serde(serialize_with = "round4_ser")]
    pub max_score: f64,
    #[serde(serialize_with = "round4_ser")]
    pub target: f64,
    #[serde(serialize_with = "round4_ser")]
    pub points: f64,
    /// Rise of the index from this step, as the difference of the index
    /// written before and after it (four decimals), so the steps' gains add
    /// up with the `overall` column: see [`StepRow::shown_gain`] for two.
    #[serde(serialize_with = "round4_ser")]
    pub gain: f64,
    /// The overall index before this step (the plan's start for the
    /// first); `None`: no index yet, which counts as 0.
    #[serde(skip)]
    pub before: Option<f64>,
    /// The overall index once this step and those before it are made.
    #[serde(serialize_with = "index4_ser")]
    pub overall: f64,
    pub tier: u8,
    pub tier_label: &'static str,
    /// Stops short of the target: just enough to reach the goal.
    pub partial: bool,
}

impl StepRow {
    fn build(ds: &Dataset, n: usize, s: &Step, before: Option<f64>) -> StepRow {
        let ind = ds.indicator_of(s.obs);
        StepRow {
            step: n,
            indicator_id: ind.id.clone(),
            indicator: ind.name.clone(),
            pillar: ds.pillars[s.pillar as usize].clone(),
            from: s.from,
            to: s.to,
            max_score: ds.max_score(s.obs),
            target: ds.target(s.obs),
            points: s.points,
            gain: index4(s.overall) - before.map_or(0.0, index4),
            before,
            overall: s.overall,
            tier: s.tier.number(),
            tier_label: s.tier.label(),
            partial: s.partial,
        }
    }

    /// The step's gain as two-decimal figures show it: the difference of
    /// the index shown before and after it, so that a column of gains
    /// beside a column of indices adds up to the last digit (+0.74 between
    /// 93.58 and 94.32, though the exact rise rounds to 0.73).
    pub fn shown_gain(&self) -> f64 {
        format::index_delta(Some(self.before.unwrap_or(0.0)), Some(self.overall)).unwrap_or(0.0)
    }
}

impl PlanReport {
    /// `base` is the scenario the plan was made on (empty for the data).
    pub fn build(
        ds: &Dataset,
        base: &Scenario,
        plan: &Plan,
        scenario: Option<ScenarioView>,
    ) -> PlanReport {
        let (c, y) = (plan.country, plan.year);
        let country = &ds.countries[c as usize];
        // Weak pillars as the plan starts: on the scenario's scores, if any.
        let projected;
        let start_ds = if base.is_empty() {
            ds
        } else {
            projected = base.apply_to(ds);
            &projected
        };
        let weakest = compare_year::weakest_with_gap(start_ds, c, y)
            .into_iter()
            .take(super::summary::WEAKEST_LISTED)
            .map(|(p, score)| PillarScore {
                pillar: ds.pillars[p as usize].clone(),
                score,
            })
            .collect();
        let goal = match plan.goal {
            Goal::NextTier(t) => ("next_tier", Some(t.threshold()), Some(t)),
            Goal::Score(s) => ("target", Some(s), Some(Tier::from_score(s))),
            Goal::TopTier => ("top_tier", None, None),
        };
        PlanReport {
            country: country.code.clone(),
            country_name: country.name.clone(),
            year: ds.years[y as usize],
            provenance: None,
            scenario,
            start: Position::of(plan.start),
            weakest_pillars: weakest,
            goal: GoalView {
                kind: goal.0,
                score: goal.1,
                tier: goal.2.map(Tier::number),
                tier_label: goal.2.map(Tier::label),
            },
            needed: plan.needed(),
            reached: plan.reached,
            steps: plan
                .steps
                .iter()
                .enumerate()
                .map(|(n, s)| {
                    let before = match n {
                        0 => plan.start,
                        _ => Some(plan.steps[n - 1].overall),
                    };
                    StepRow::build(ds, n + 1, s, before)
                })
                .collect(),
            points: plan.points,
            end: Position::of(plan.end()),
            best_reachable: Position::of(plan.best_reachable),
            method: METHOD,
        }
    }

    /// The same plan, saying where its data comes from.
    pub fn with_provenance(mut self, provenance: Provenance) -> PlanReport {
        self.provenance = Some(provenance);
        self
    }

    pub fn country_label(&self) -> String {
        country_label(&self.country, self.country_name.as_deref())
    }
}
