//! One step of an action plan: the plan's unit of output, shared by the
//! plan and the code that makes it.

use crate::model::Tier;
use crate::model::{IndicatorIx, PillarIx};

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
