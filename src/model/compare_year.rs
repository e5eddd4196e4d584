//! Year-to-year comparison and rankings for one country.

use serde::Serialize;

use super::dataset::{CountryIx, Dataset, IndicatorIx, PillarIx, YearIx};
use super::score::{self, PillarAgg};

/// Below this an attainment change is noise from floating point, not a change.
const EPSILON: f64 = 1e-9;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Improved,
    Declined,
    Unchanged,
    /// Present only in the later year.
    New,
    /// Present only in the earlier year.
    Dropped,
    /// Present in both years but not assessed in at least one.
    NotAssessed,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::Improved => "improved",
            Change::Declined => "declined",
            Change::Unchanged => "unchanged",
            Change::New => "new",
            Change::Dropped => "dropped",
            Change::NotAssessed => "not assessed",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorChange {
    pub indicator: IndicatorIx,
    /// Observation in the earlier year.
    pub from: Option<usize>,
    /// Observation in the later year.
    pub to: Option<usize>,
    /// Score difference in points, when both years are assessed.
    pub delta: Option<f64>,
    /// Attainment difference in percentage points; robust to a change of
    /// max_score between years.
    pub delta_pct: Option<f64>,
    pub change: Change,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PillarChange {
    pub pillar: PillarIx,
    pub from: Option<f64>,
    pub to: Option<f64>,
    pub delta: Option<f64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChangeCounts {
    pub improved: usize,
    pub declined: usize,
    pub unchanged: usize,
    pub new: usize,
    pub dropped: usize,
    pub not_assessed: usize,
}

impl ChangeCounts {
    fn add(&mut self, change: Change) {
        match change {
            Change::Improved => self.improved += 1,
            Change::Declined => self.declined += 1,
            Change::Unchanged => self.unchanged += 1,
            Change::New => self.new += 1,
            Change::Dropped => self.dropped += 1,
            Change::NotAssessed => self.not_assessed += 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub from: YearIx,
    pub to: YearIx,
    pub overall_from: Option<f64>,
    pub overall_to: Option<f64>,
    pub pillars: Vec<PillarChange>,
    /// Ordered by pillar, then indicator.
    pub indicators: Vec<IndicatorChange>,
    pub counts: ChangeCounts,
}

impl Comparison {
    /// Indicators that rose, largest rise in score points first (the unit
    /// every Δ is shown in), then by indicator order.
    pub fn risers(&self) -> Vec<&IndicatorChange> {
        let mut v: Vec<_> = self
            .indicators
            .iter()
            .filter(|c| c.change == Change::Improved)
            .collect();
        v.sort_by(|a, b| b.delta.unwrap_or(0.0).total_cmp(&a.delta.unwrap_or(0.0)));
        v
    }

    /// Indicators that fell, largest fall in score points first.
    pub fn fallers(&self) -> Vec<&IndicatorChange> {
        let mut v: Vec<_> = self
            .indicators
            .iter()
            .filter(|c| c.change == Change::Declined)
            .collect();
        v.sort_by(|a, b| a.delta.unwrap_or(0.0).total_cmp(&b.delta.unwrap_or(0.0)));
        v
    }
}

pub fn delta(from: Option<f64>, to: Option<f64>) -> Option<f64> {
    Some(to? - from?)
}

/// Compares country `c` between years `from` and `to` (in either order).
pub fn compare(ds: &Dataset, c: CountryIx, from: YearIx, to: YearIx) -> Comparison {
    let pillars = (0..ds.pillars.len() as PillarIx)
        .map(|p| {
            let a = ds.pillar_score(c, from, p);
            let b = ds.pillar_score(c, to, p);
            PillarChange {
                pillar: p,
                from: a,
                to: b,
                delta: delta(a, b),
            }
        })
        .collect();

    let mut indicators = Vec::new();
    let mut counts = ChangeCounts::default();
    let (a_rows, b_rows) = (ds.rows(c, from), ds.rows(c, to));
    let (mut i, mut j) = (a_rows.start, b_rows.start);
    // Both slots are sorted by (pillar, indicator): a merge join pairs them.
    while i < a_rows.end || j < b_rows.end {
        let key_a = (i < a_rows.end).then(|| ds.sort_key(ds.obs.indicator[i]));
        let key_b = (j < b_rows.end).then(|| ds.sort_key(ds.obs.indicator[j]));
        let (from_obs, to_obs) = match (key_a, key_b) {
            (Some(ka), Some(kb)) if ka == kb => {
                i += 1;
                j += 1;
                (Some(i - 1), Some(j - 1))
            }
            (Some(ka), Some(kb)) if ka < kb => {
                i += 1;
                (Some(i - 1), None)
            }
            (Some(_), None) => {
                i += 1;
                (Some(i - 1), None)
            }
            _ => {
                j += 1;
                (None, Some(j - 1))
            }
        };
        let change = indicator_change(ds, from_obs, to_obs);
        counts.add(change.change);
        indicators.push(change);
    }

    Comparison {
        from,
        to,
        overall_from: ds.overall(c, from),
        overall_to: ds.overall(c, to),
        pillars,
        indicators,
        counts,
    }
}

fn indicator_change(ds: &Dataset, from: Option<usize>, to: Option<usize>) -> IndicatorChange {
    let indicator = ds.obs.indicator[from.or(to).unwrap_or(0)];
    let (delta_points, delta_pct, change) = match (from, to) {
        (Some(a), Some(b)) => match (ds.attainment(a), ds.attainment(b)) {
            (Some(x), Some(y)) => {
                let d = 100.0 * (y - x);
                let change = if d > EPSILON {
                    Change::Improved
                } else if d < -EPSILON {
                    Change::Declined
                } else {
                    Change::Unchanged
                };
                (delta(ds.score(a), ds.score(b)), Some(d), change)
            }
            _ => (None, None, Change::NotAssessed),
        },
        (None, Some(_)) => (None, None, Change::New),
        _ => (None, None, Change::Dropped),
    };
    IndicatorChange {
        indicator,
        from,
        to,
        delta: delta_points,
        delta_pct,
        change,
    }
}

/// Pillars ranked weakest first; pillars not scored go last.
pub fn weak_pillars(ds: &Dataset, c: CountryIx, y: YearIx) -> Vec<(PillarIx, Option<f64>)> {
    let mut v: Vec<_> = (0..ds.pillars.len() as PillarIx)
        .map(|p| (p, ds.pillar_score(c, y, p)))
        .filter(|(p, _)| ds.pillar_aggs(c, y)[*p as usize].total > 0)
        .collect();
    v.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    v
}

/// Scored pillars that still have something to gain, weakest first: the
/// weakest pillars a brief names. A pillar whose gain is nothing (every
/// indicator at or above its target, or at 100) is not weak, however it
/// ranks among the others: there is nothing left to improve in it.
/// [`weak_pillars`] ranks them all.
pub fn weakest_with_gap(ds: &Dataset, c: CountryIx, y: YearIx) -> Vec<(PillarIx, f64)> {
    weakest_of(&weak_pillars(ds, c, y), &pillar_gains(ds, c, y))
}

/// [`weakest_with_gap`] from the pillars ranked and every pillar's gain,
/// for a caller that has them already.
pub fn weakest_of(weak: &[(PillarIx, Option<f64>)], gains: &[f64]) -> Vec<(PillarIx, f64)> {
    weak.iter()
        .filter_map(|&(p, score)| Some((p, score?)))
        .filter(|&(p, _)| gains.get(p as usize).is_some_and(|&g| g > EPSILON))
        .collect()
}

/// Rise of the overall index if every indicator of pillar `p` reached its
/// target.
pub fn pillar_gain(ds: &Dataset, c: CountryIx, y: YearIx, p: PillarIx) -> f64 {
    let rows = ds.rows(c, y);
    // A country-year's rows are in pillar order: the pillar's are together.
    let first = rows.start
        + ds.obs.indicator[rows.clone()]
            .partition_point(|&ind| ds.indicators[ind as usize].pillar < p);
    let end = rows.start
        + ds.obs.indicator[rows.clone()]
            .partition_point(|&ind| ds.indicators[ind as usize].pillar <= p);
    gain_of(ds, c, y, p, first..end)
}

/// [`pillar_gain`] of every pillar, in one pass over the country-year.
pub fn pillar_gains(ds: &Dataset, c: CountryIx, y: YearIx) -> Vec<f64> {
    let rows = ds.rows(c, y);
    let mut gains = vec![0.0; ds.pillars.len()];
    let mut start = rows.start;
    while start < rows.end {
        let p = ds.pillar_of(start);
        let end = (start..rows.end)
            .find(|&i| ds.pillar_of(i) != p)
            .unwrap_or(rows.end);
        gains[p as usize] = gain_of(ds, c, y, p, start..end);
        start = end;
    }
    // A pillar with no rows here gains nothing: 0, as `pillar_gain` says.
    gains
}

/// The rise of the index with pillar `p`'s rows `rows` at their targets.
fn gain_of(
    ds: &Dataset,
    c: CountryIx,
    y: YearIx,
    p: PillarIx,
    rows: std::ops::Range<usize>,
) -> f64 {
    let aggs = ds.pillar_aggs(c, y);
    let mut agg: PillarAgg = aggs[p as usize];
    for i in rows {
        let v = ds.value(i);
        if v.score.is_some_and(|s| s >= v.target) {
            continue;
        }
        let old = v.score.map(|s| score::attainment(s, v.max_score));
        agg = agg.with_replaced(
            v.weight,
            old,
            Some(score::attainment(v.target, v.max_score)),
        );
    }
    let before = ds.overall(c, y).unwrap_or(0.0);
    score::overall_with(aggs, p as usize, agg).unwrap_or(0.0) - before
}

/// The latest year in which the country has a score; failing that, the
/// latest year in which it has rows at all.
pub fn latest_year(ds: &Dataset, c: CountryIx) -> Option<YearIx> {
    ds.years_with_data(c)
        .filter(|&y| ds.overall(c, y).is_some())
        .last()
        .or_else(|| ds.years_with_data(c).last())
}

/// The latest year before `y` in which the country has data.
pub fn previous_year(ds: &Dataset, c: CountryIx, y: YearIx) -> Option<YearIx> {
    ds.years_with_data(c).filter(|&p| p < y).last()
}
