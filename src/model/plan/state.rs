//! The scores of one country-year as the plan changes them, with every
//! pillar's sums kept as a [`SumTree`]: a step re-adds only the runs its
//! indicator sits in, and the figures are still the ones
//! [`project`](crate::model::scenario::project) gives, to the last bit.

use std::ops::Range;

use super::step::Step;
use crate::model::Tier;
use crate::model::dataset::Dataset;
use crate::model::scenario::Scenario;
use crate::model::score::{self, PillarAgg, PillarSum};
use crate::model::sum::SumTree;

#[derive(Clone, Debug)]
pub(super) struct Pillar {
    /// Positions of the pillar's rows: they are together.
    pub rows: Range<usize>,
    /// The largest assessed weight, which sets the scale (`agg.shift`).
    max_weight: f64,
    sums: SumTree<2>,
    pub agg: PillarAgg,
}

#[derive(Clone, Debug)]
pub(super) struct State<'a> {
    pub ds: &'a Dataset,
    pub rows: Range<usize>,
    /// By position in `rows`.
    pub scores: Vec<Option<f64>>,
    /// By pillar, every pillar of the data (empty where it has no rows).
    pub pillars: Vec<Pillar>,
    /// Each pillar's score, zero where it is not scored, summed as
    /// [`score::overall`] sums them.
    overall: SumTree<1>,
    /// How many pillars are scored.
    pub scored: usize,
}

impl Pillar {
    /// The pillar of positions `at`, summed with the same terms, in the
    /// same order and scale, as `Dataset::aggregate` adds them.
    fn new(
        ds: &Dataset,
        rows: &Range<usize>,
        scores: &[Option<f64>],
        at: Range<usize>,
        max_weight: f64,
    ) -> Pillar {
        let shift = score::shift_for(max_weight);
        let terms = at
            .clone()
            .map(|k| {
                let i = rows.start + k;
                let att = scores[k].map(|s| score::attainment(s, ds.max_score(i)));
                PillarSum::term(shift, ds.weight(i), att)
            })
            .collect();
        let sums = SumTree::new(terms);
        let [sum_w, sum_wa] = sums.total();
        let agg = PillarAgg {
            sum_w,
            sum_wa,
            assessed: scores[at.clone()].iter().filter(|s| s.is_some()).count() as u32,
            total: at.len() as u32,
            shift,
        };
        Pillar {
            rows: at,
            max_weight,
            sums,
            agg,
        }
    }
}

impl<'a> State<'a> {
    pub fn new(ds: &'a Dataset, scenario: &Scenario, rows: Range<usize>) -> State<'a> {
        let scores: Vec<Option<f64>> = rows.clone().map(|i| scenario.score(ds, i)).collect();
        let empty = Pillar {
            rows: 0..0,
            max_weight: 0.0,
            sums: SumTree::new(Vec::new()),
            agg: PillarAgg::default(),
        };
        let mut pillars = vec![empty; ds.pillars.len()];
        let mut start = 0;
        while start < scores.len() {
            let p = ds.pillar_of(rows.start + start) as usize;
            let mut end = start;
            while end < scores.len() && ds.pillar_of(rows.start + end) as usize == p {
                end += 1;
            }
            let max_weight = (start..end)
                .filter(|&k| scores[k].is_some())
                .map(|k| ds.weight(rows.start + k))
                .fold(0.0, f64::max);
            if let Some(slot) = pillars.get_mut(p) {
                *slot = Pillar::new(ds, &rows, &scores, start..end, max_weight);
            }
            start = end;
        }
        let overall = SumTree::new(
            pillars
                .iter()
                .map(|p| [p.agg.score().unwrap_or(0.0)])
                .collect(),
        );
        let scored = pillars.iter().filter(|p| p.agg.score().is_some()).count();
        State {
            ds,
            rows,
            scores,
            pillars,
            overall,
            scored,
        }
    }

    pub fn pillar_of(&self, k: usize) -> usize {
        self.ds.pillar_of(self.rows.start + k) as usize
    }

    pub fn overall(&self) -> Option<f64> {
        (self.scored > 0).then(|| self.overall.total()[0] / self.scored as f64)
    }

    /// Σ of the scored pillars' scores.
    pub fn pillar_sum(&self) -> f64 {
        self.overall.total()[0]
    }

    pub fn set(&mut self, k: usize, to: f64) {
        let ds = self.ds;
        let i = self.rows.start + k;
        let p = self.pillar_of(k);
        let was_scored = self.pillars[p].agg.score().is_some();
        let newly_assessed = self.scores[k].is_none();
        self.scores[k] = Some(to);
        let pillar = &mut self.pillars[p];
        let max_weight = pillar.max_weight.max(ds.weight(i));
        if newly_assessed && score::shift_for(max_weight) != pillar.agg.shift {
            // A weight of another scale: the pillar is summed again in the
            // new one, as `aggregate` would sum it (at most twice a plan).
            *pillar = Pillar::new(
                ds,
                &self.rows,
                &self.scores,
                pillar.rows.clone(),
                max_weight,
            );
        } else {
            let att = score::attainment(to, ds.max_score(i));
            let term = PillarSum::term(pillar.agg.shift, ds.weight(i), Some(att));
            pillar.sums.set(k - pillar.rows.start, term);
            let [sum_w, sum_wa] = pillar.sums.total();
            pillar.agg.sum_w = sum_w;
            pillar.agg.sum_wa = sum_wa;
            pillar.agg.assessed += u32::from(newly_assessed);
            pillar.max_weight = max_weight;
        }
        let now = self.pillars[p].agg.score();
        self.overall.set(p, [now.unwrap_or(0.0)]);
        self.scored = self.scored + usize::from(now.is_some()) - usize::from(was_scored);
    }

    pub fn step(
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
}
