//! Scoring rules: attainment, pillar scores, the overall index, GCI tiers,
//! gaps and index gain. Everything here works on small aggregates so the same
//! code serves one national review and a million-row regional file.

use super::sum::TreeSum;

/// Share of the maximum reached, 0..=1.
pub fn attainment(score: f64, max_score: f64) -> f64 {
    score / max_score
}

/// Running sums for one pillar in one country-year.
///
/// Weights are summed scaled by a power of two, `2^shift`, that brings the
/// pillar's largest assessed weight into [2^-512, 2^512) (see
/// [`shift_for`]):
/// scaling by a power of two is exact, so a weight of 1e308 cannot
/// overflow a sum to infinity (and the score to NaN), nor one of 5e-324
/// round every term to nothing, and ordinary weights are not scaled at
/// all. Only a pillar's score, a ratio of its sums, means anything outside
/// it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PillarAgg {
    /// Σ weight over assessed indicators, scaled.
    pub sum_w: f64,
    /// Σ weight × attainment over assessed indicators, scaled.
    pub sum_wa: f64,
    pub assessed: u32,
    /// Indicators present, assessed or not.
    pub total: u32,
    /// The weights' scale, as a power of two.
    pub shift: i32,
}

/// `2^e`, for `e` in −1022..=1023.
fn pow2(e: i32) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x × 2^shift`, in steps small enough that each factor exists (a shift
/// can be 1024 and the move from one scale to another 2048).
pub fn scaled(mut x: f64, shift: i32) -> f64 {
    let mut left = shift;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        x *= pow2(step);
        left -= step;
    }
    x
}

/// The shift for a pillar whose largest assessed weight is `max_weight`:
/// a multiple of 1024 that brings it into [2^-512, 2^512). Then no sum of
/// scaled weights can overflow, and only a weight too small to count next
/// to the largest can round away. Weights from 1e-154 to 1e154 are not
/// scaled at all, and a pillar's scale has only three values, so it
/// changes at most twice as the action plan assesses indicators (the plan
/// adds the pillar up again then). 0 for no weight at all.
pub fn shift_for(max_weight: f64) -> i32 {
    if !(max_weight > 0.0 && max_weight.is_finite()) {
        return 0;
    }
    let bits = max_weight.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let log2 = if exp == 0 {
        // Subnormal: the top set bit of the fraction.
        let frac = bits & ((1 << 52) - 1);
        -1074 + (63 - frac.leading_zeros() as i32)
    } else {
        exp - 1023
    };
    -(log2 + 512).div_euclid(1024) * 1024
}

/// Builds a pillar's [`PillarAgg`] from its indicators in row order. Every
/// aggregate anywhere (the loaded data, a projection, the action plan) is
/// summed by this, as one [`TreeSum`], so they agree to the last bit.
#[derive(Clone, Copy, Debug)]
pub struct PillarSum {
    sums: TreeSum<2>,
    assessed: u32,
    total: u32,
    shift: i32,
}

impl PillarSum {
    /// A pillar whose largest assessed weight is `max_weight`.
    pub fn new(max_weight: f64) -> PillarSum {
        PillarSum {
            sums: TreeSum::default(),
            assessed: 0,
            total: 0,
            shift: shift_for(max_weight),
        }
    }

    /// The terms one indicator adds: its scaled weight and weight ×
    /// attainment, or zeros when it is not assessed (it keeps its place in
    /// the tree all the same).
    pub fn term(shift: i32, weight: f64, attainment: Option<f64>) -> [f64; 2] {
        match attainment {
            Some(a) => {
                let w = scaled(weight, shift);
                [w, w * a]
            }
            None => [0.0, 0.0],
        }
    }

    pub fn add(&mut self, weight: f64, attainment: Option<f64>) {
        self.total += 1;
        self.assessed += u32::from(attainment.is_some());
        self.sums.push(Self::term(self.shift, weight, attainment));
    }

    pub fn finish(&self) -> PillarAgg {
        let [sum_w, sum_wa] = self.sums.value();
        PillarAgg {
            sum_w,
            sum_wa,
            assessed: self.assessed,
            total: self.total,
            shift: self.shift,
        }
    }
}

impl PillarAgg {
    /// 0–100, or `None` when the pillar is "not scored": nothing assessed,
    /// or every assessed weight is zero. Σ(w × attainment) ≤ Σw, but
    /// 100 × Σ(w × attainment) may round up before the division, and a
    /// pillar at its maximum would read 100.00000000000001.
    pub fn score(&self) -> Option<f64> {
        (self.assessed > 0 && self.sum_w > 0.0)
            .then(|| (100.0 * self.sum_wa / self.sum_w).min(100.0))
    }

    /// The same pillar with one indicator's contribution replaced.
    pub fn with_replaced(&self, weight: f64, old: Option<f64>, new: Option<f64>) -> PillarAgg {
        let mut agg = *self;
        // The scale `PillarSum` would choose with this weight assessed: the
        // new weight's own when nothing weighs yet, or when it is of a
        // larger scale than the pillar's (which then scales down).
        let wanted = shift_for(weight);
        if weight > 0.0 && (agg.sum_w == 0.0 || wanted < agg.shift) {
            let change = wanted - agg.shift;
            agg.sum_w = scaled(agg.sum_w, change);
            agg.sum_wa = scaled(agg.sum_wa, change);
            agg.shift = wanted;
        }
        let w = scaled(weight, agg.shift);
        if let Some(a) = old {
            agg.assessed -= 1;
            agg.sum_w -= w;
            agg.sum_wa -= w * a;
        }
        if let Some(a) = new {
            agg.assessed += 1;
            agg.sum_w += w;
            agg.sum_wa += w * a;
        }
        // Removing and re-adding can leave -0.0000000001 behind.
        if agg.assessed == 0 {
            agg.sum_w = 0.0;
            agg.sum_wa = 0.0;
        }
        agg
    }
}

/// Mean of the scored pillars, each weighted equally; `None` if none is
/// scored. Summed as a [`TreeSum`] with a zero in each unscored pillar's
/// place, which for up to 64 pillars is the plain sum of the scored ones.
pub fn overall(pillar_scores: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let mut sum = TreeSum::<1>::default();
    let mut n = 0usize;
    for s in pillar_scores {
        n += usize::from(s.is_some());
        sum.push([s.unwrap_or(0.0)]);
    }
    (n > 0).then(|| sum.value()[0] / n as f64)
}

/// Overall index of `aggs` with pillar `pillar` replaced by `replacement`.
pub fn overall_with(aggs: &[PillarAgg], pillar: usize, replacement: PillarAgg) -> Option<f64> {
    overall(aggs.iter().enumerate().map(|(p, agg)| {
        if p == pillar {
            replacement.score()
        } else {
            agg.score()
        }
    }))
}

/// Points still missing to reach the target; zero once it is met.
/// A not-assessed indicator has no gap to speak of.
pub fn gap(score: Option<f64>, target: f64) -> Option<f64> {
    score.map(|s| (target - s).max(0.0))
}

/// One indicator's values, as the gain calculation needs them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndicatorValue {
    pub score: Option<f64>,
    pub max_score: f64,
    pub weight: f64,
    pub target: f64,
}

/// How much the overall index rises if this indicator reaches its target and
/// nothing else changes. An indicator at or above target gains nothing. A
/// not-assessed indicator is taken as assessed at its target, which can
/// lower the index when the target is below the pillar's average.
pub fn index_gain(aggs: &[PillarAgg], pillar: usize, ind: IndicatorValue) -> f64 {
    let before = overall(aggs.iter().map(PillarAgg::score)).unwrap_or(0.0);
    index_gain_from(aggs, before, pillar, ind)
}

/// [`index_gain`] for a caller that knows the overall index already
/// (`before`, 0 when none), as one that values every indicator does.
pub fn index_gain_from(aggs: &[PillarAgg], before: f64, pillar: usize, ind: IndicatorValue) -> f64 {
    if let Some(s) = ind.score
        && s >= ind.target
    {
        return 0.0;
    }
    let old = ind.score.map(|s| attainment(s, ind.max_score));
    let new = Some(attainment(ind.target, ind.max_score));
    let replaced = aggs[pillar].with_replaced(ind.weight, old, new);
    let after = overall_with(aggs, pillar, replaced).unwrap_or(0.0);
    after - before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agg(items: &[(f64, Option<f64>)]) -> PillarAgg {
        let max = items.iter().map(|&(w, _)| w).fold(0.0, f64::max);
        let mut a = PillarSum::new(max);
        for &(w, att) in items {
            a.add(w, att);
        }
        a.finish()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn attainment_is_score_over_max() {
        assert!(close(attainment(3.0, 4.0), 0.75));
        assert!(close(attainment(0.0, 5.0), 0.0));
    }

    #[test]
    fn pillar_score_is_weighted_mean_of_assessed_attainment() {
        // 100 × (2×0.5 + 1×1.0) / (2 + 1) = 66.666…
        let a = agg(&[(2.0, Some(0.5)), (1.0, Some(1.0)), (5.0, None)]);
        assert!(close(a.score().unwrap(), 200.0 / 3.0));
        assert_eq!((a.assessed, a.total), (2, 3));
    }

    #[test]
    fn pillar_with_nothing_assessed_or_zero_weights_is_not_scored() {
        assert_eq!(agg(&[(1.0, None), (2.0, None)]).score(), None);
        assert_eq!(agg(&[(0.0, Some(0.4)), (0.0, Some(1.0))]).score(), None);
        assert_eq!(agg(&[]).score(), None);
    }

    #[test]
    fn zero_score_is_scored_not_missing() {
        assert_eq!(agg(&[(1.0, Some(0.0))]).score(), Some(0.0));
    }

    #[test]
    fn overall_is_mean_of_scored_pillars_only() {
        assert!(close(
            overall([Some(80.0), None, Some(40.0)]).unwrap(),
            60.0
        ));
        assert_eq!(overall([None, None]), None);
        // Zambia 2024 published pillars, each 0–20 scaled to 0–100.
        let z = [100.0, 88.1, 100.0, 74.85, 100.0].map(Some);
        assert!(close(overall(z).unwrap(), 92.59));
    }

    #[test]
    fn gap_is_target_minus_score_never_negative() {
        assert_eq!(gap(Some(2.0), 5.0), Some(3.0));
        assert_eq!(gap(Some(5.0), 4.0), Some(0.0));
        assert_eq!(gap(None, 4.0), None);
    }

    #[test]
    fn index_gain_matches_hand_computation() {
        // Pillar A: weights 1,1 with attainment 0.5 and 1.0 → 75.
        // Pillar B: one indicator at 0.25 → 25. Overall = 50.
        let aggs = [
            agg(&[(1.0, Some(0.5)), (1.0, Some(1.0))]),
            agg(&[(1.0, Some(0.25))]),
        ];
        // Lift A's first indicator from 2/4 to its target 4/4: A → 100, overall 62.5.
        let ind = IndicatorValue {
            score: Some(2.0),
            max_score: 4.0,
            weight: 1.0,
            target: 4.0,
        };
        assert!(close(index_gain(&aggs, 0, ind), 12.5));
        // Target 3 of 4: A → (0.75 + 1)/2 = 87.5, overall 56.25.
        let ind = IndicatorValue { target: 3.0, ..ind };
        assert!(close(index_gain(&aggs, 0, ind), 6.25));
        // Already at target: no gain.
        let ind = IndicatorValue {
            score: Some(4.0),
            ..ind
        };
        assert_eq!(index_gain(&aggs, 0, ind), 0.0);
    }

    #[test]
    fn index_gain_of_not_assessed_and_unscored_pillars() {
        // B has one not-assessed indicator, so only A (75) counts: overall 75.
        let aggs = [
            agg(&[(1.0, Some(0.5)), (1.0, Some(1.0))]),
            agg(&[(1.0, None)]),
        ];
        let ind = IndicatorValue {
            score: None,
            max_score: 2.0,
            weight: 1.0,
            target: 2.0,
        };
        // Assessing it at target makes B 100: overall (75 + 100) / 2.
        assert!(close(index_gain(&aggs, 1, ind), 12.5));
        // A target below the average lowers the index: B 25 → overall 50.
        let ind = IndicatorValue { target: 0.5, ..ind };
        assert!(close(index_gain(&aggs, 1, ind), -25.0));
    }

    #[test]
    fn zero_weight_indicator_gains_nothing() {
        let aggs = [agg(&[(1.0, Some(0.5)), (0.0, Some(0.0))])];
        let ind = IndicatorValue {
            score: Some(0.0),
            max_score: 1.0,
            weight: 0.0,
            target: 1.0,
        };
        assert!(close(index_gain(&aggs, 0, ind), 0.0));
    }
}
