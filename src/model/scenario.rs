//! What-if scenarios: scores the user proposes for some indicators, laid
//! over the real data, and the pillar scores, index and tier they would give.
//!
//! A scenario is a list of edits in the order they were made, so undo is
//! dropping the last one; an indicator edited twice shows its latest value.

use super::dataset::Dataset;
use super::score::{self, PillarAgg};
use super::tier::Tier;
use super::{CountryIx, YearIx};

/// One proposed score for one observation (a country-year-indicator row).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edit {
    pub obs: usize,
    pub score: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scenario {
    edits: Vec<Edit>,
    /// The latest proposed score of each edited observation, so lookups
    /// stay cheap however long the history grows.
    latest: rustc_hash::FxHashMap<usize, f64>,
}

/// The net effect on one observation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub obs: usize,
    /// The real score; `None` when not assessed.
    pub from: Option<f64>,
    pub to: f64,
}

impl Scenario {
    /// Proposes `score` for observation `obs`, clamped to 0..=max_score.
    /// Returns false, changing nothing, for a score that is not a number.
    pub fn set(&mut self, ds: &Dataset, obs: usize, score: f64) -> bool {
        if !score.is_finite() || obs >= ds.obs.len() {
            return false;
        }
        let score = score.clamp(0.0, ds.max_score(obs));
        self.edits.push(Edit { obs, score });
        self.latest.insert(obs, score);
        true
    }

    /// Takes back the last edit.
    pub fn undo(&mut self) -> Option<Edit> {
        let last = self.edits.pop()?;
        match self.edits.iter().rev().find(|e| e.obs == last.obs) {
            Some(earlier) => self.latest.insert(last.obs, earlier.score),
            None => self.latest.remove(&last.obs),
        };
        Some(last)
    }

    /// Drops every edit of the observations in `obs`, as if they were
    /// never made.
    pub fn forget(&mut self, obs: &[usize]) {
        self.edits.retain(|e| !obs.contains(&e.obs));
        for o in obs {
            self.latest.remove(o);
        }
    }

    pub fn clear(&mut self) {
        self.edits.clear();
        self.latest.clear();
    }

    /// Whether the scenario changes anything at all.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }

    /// The proposed score of an observation, if the scenario touches it.
    pub fn proposed(&self, obs: usize) -> Option<f64> {
        self.latest.get(&obs).copied()
    }

    /// The score an observation has in the scenario: the proposed one, else
    /// the real one (`None`: not assessed).
    pub fn score(&self, ds: &Dataset, obs: usize) -> Option<f64> {
        self.proposed(obs).or_else(|| ds.score(obs))
    }

    /// One entry per observation whose score the scenario really changes,
    /// in the order each was first edited.
    pub fn changes(&self, ds: &Dataset) -> Vec<Change> {
        let mut seen = rustc_hash::FxHashSet::default();
        let mut out = Vec::new();
        for e in &self.edits {
            if !seen.insert(e.obs) {
                continue;
            }
            let to = self.proposed(e.obs).unwrap_or(e.score);
            let from = ds.score(e.obs);
            if from != Some(to) {
                out.push(Change {
                    obs: e.obs,
                    from,
                    to,
                });
            }
        }
        out
    }

    /// Changes that fall in one country-year.
    pub fn changes_in(&self, ds: &Dataset, c: CountryIx, y: YearIx) -> Vec<Change> {
        let rows = ds.rows(c, y);
        self.changes(ds)
            .into_iter()
            .filter(|ch| rows.contains(&ch.obs))
            .collect()
    }
}

impl Scenario {
    /// The data with this scenario's scores in place of the real ones:
    /// every figure computed from it (pillars, index, gains, ranks) is the
    /// figure the scenario gives.
    pub fn apply_to(&self, ds: &Dataset) -> Dataset {
        let mut out = ds.clone();
        self.update(ds, &mut out, self.latest.keys().copied());
        out
    }

    /// Brings `projected`, a copy of `ds` made by [`Scenario::apply_to`],
    /// up to date for the observations in `touched` (edited, undone or
    /// reset since the copy was last brought up to date).
    pub fn update(
        &self,
        ds: &Dataset,
        projected: &mut Dataset,
        touched: impl IntoIterator<Item = usize>,
    ) {
        let scores = touched
            .into_iter()
            .filter(|&obs| obs < ds.obs.len())
            .map(|obs| (obs, self.score(ds, obs)));
        projected.set_scores(scores);
    }

    /// The one country-year all the scenario's changes fall in, if they
    /// all fall in one: what the scenario is about, where a report or the
    /// dashboard opens without being told a country or year.
    pub fn single_place(&self, ds: &Dataset) -> Option<(CountryIx, YearIx)> {
        let mut places = self
            .changes(ds)
            .into_iter()
            .map(|ch| (ds.obs.country[ch.obs], ds.obs.year[ch.obs]));
        let first = places.next()?;
        places.all(|p| p == first).then_some(first)
    }

    /// The observations the scenario proposes a score for.
    pub fn touched(&self) -> impl Iterator<Item = usize> + '_ {
        self.latest.keys().copied()
    }
}

/// How far one press of raise or lower moves a score: half a point on the
/// small scales indices use (out of 2, 3, 5), whole points up to 20, and a
/// twentieth of the range beyond.
pub fn step(max_score: f64) -> f64 {
    if max_score <= 5.0 {
        0.5
    } else if max_score <= 20.0 {
        1.0
    } else {
        max_score / 20.0
    }
}

/// A country-year as the scenario would score it.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// By pillar index; `None`: not scored.
    pub pillars: Vec<Option<f64>>,
    pub overall: Option<f64>,
    pub tier: Option<Tier>,
}

/// Scores country `c` in year `y` with the scenario's scores in place of the
/// real ones, by the same rules as the real index.
pub fn project(ds: &Dataset, scenario: &Scenario, c: CountryIx, y: YearIx) -> Projection {
    let mut aggs = vec![PillarAgg::default(); ds.pillars.len()];
    ds.aggregate(ds.rows(c, y), |i| scenario.score(ds, i), &mut aggs);
    let pillars: Vec<Option<f64>> = aggs.iter().map(PillarAgg::score).collect();
    let overall = score::overall(pillars.iter().copied());
    Projection {
        pillars,
        overall,
        tier: overall.map(Tier::from_score),
    }
}
