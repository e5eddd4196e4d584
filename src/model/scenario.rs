//! What-if scenarios: scores the user proposes for some indicators, laid
//! over the real data, and the pillar scores, index and tier they would give.
//!
//! A scenario is a list of edits in the order they were made, so undo is
//! dropping the last one; an indicator edited twice shows its latest value.

use super::dataset::Dataset;
use super::score::{self, PillarAgg, Tier};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::load_reader;

    /// Pillar P: P1 weight 1 (2 of 4), P2 weight 3 (1 of 2, target 2).
    /// Pillar Q: Q1 not assessed (max 10), Q2 weight 0 (5 of 5).
    const CSV: &str = "country,year,pillar,indicator_id,score,max_score,weight,target
AAA,2024,P,P1,2,4,1,
AAA,2024,P,P2,1,2,3,2
AAA,2024,Q,Q1,,10,1,
AAA,2024,Q,Q2,5,5,0,
AAA,2024,R,R1,3,4,1,
";

    fn ds() -> Dataset {
        load_reader("t.csv", CSV.as_bytes()).unwrap()
    }

    fn obs(ds: &Dataset, id: &str) -> usize {
        ds.rows(0, 0)
            .find(|&i| ds.indicator_of(i).id == id)
            .unwrap()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn empty_scenario_projects_the_real_scores() {
        let ds = ds();
        let p = project(&ds, &Scenario::default(), 0, 0);
        for (pi, &s) in p.pillars.iter().enumerate() {
            assert_eq!(s, ds.pillar_score(0, 0, pi as u16), "pillar {pi}");
        }
        assert_eq!(p.overall, ds.overall(0, 0));
        assert_eq!(p.tier, ds.tier(0, 0));
    }

    #[test]
    fn projection_by_hand() {
        let ds = ds();
        // Real: P = 100 × (1×0.5 + 3×0.5) / 4 = 50; Q: Q1 not assessed, Q2
        // weight 0, so not scored; R = 75. Overall = (50 + 75) / 2 = 62.5.
        assert!(close(ds.overall(0, 0), 62.5));
        let mut s = Scenario::default();
        assert!(s.set(&ds, obs(&ds, "P2"), 2.0));
        // P = 100 × (0.5 + 3) / 4 = 87.5; overall (87.5 + 75) / 2 = 81.25.
        let p = project(&ds, &s, 0, 0);
        assert!(close(p.pillars[0], 87.5));
        assert_eq!(p.pillars[1], None);
        assert!(close(p.overall, 81.25));
        assert_eq!(p.tier, Some(Tier::Establishing));

        // Assessing Q1 at 5/10 makes Q scored: 100 × (1×0.5 + 0×1) / 1 = 50.
        assert!(s.set(&ds, obs(&ds, "Q1"), 5.0));
        let p = project(&ds, &s, 0, 0);
        assert!(close(p.pillars[1], 50.0));
        assert!(close(p.overall, (87.5 + 50.0 + 75.0) / 3.0));
    }

    #[test]
    fn applied_data_gives_the_projection_to_the_last_bit() {
        let ds = ds();
        let mut s = Scenario::default();
        s.set(&ds, obs(&ds, "P1"), 3.3);
        s.set(&ds, obs(&ds, "Q1"), 7.0);
        let applied = s.apply_to(&ds);
        let p = project(&ds, &s, 0, 0);
        for pi in 0..ds.pillars.len() {
            assert_eq!(
                applied.pillar_score(0, 0, pi as u16).map(f64::to_bits),
                p.pillars[pi].map(f64::to_bits)
            );
        }
        assert_eq!(
            applied.overall(0, 0).map(f64::to_bits),
            p.overall.map(f64::to_bits)
        );
        // Undoing one edit and updating only that row gives the same data
        // as applying the shorter scenario afresh.
        let mut kept = applied.clone();
        let undone = s.undo().unwrap();
        s.update(&ds, &mut kept, [undone.obs]);
        let fresh = s.apply_to(&ds);
        assert_eq!(
            kept.overall(0, 0).map(f64::to_bits),
            fresh.overall(0, 0).map(f64::to_bits)
        );
        assert_eq!(kept.score(undone.obs), ds.score(undone.obs));
    }

    #[test]
    fn scores_are_clamped_and_nonsense_refused() {
        let ds = ds();
        let mut s = Scenario::default();
        let p1 = obs(&ds, "P1");
        assert!(s.set(&ds, p1, 99.0));
        assert_eq!(s.proposed(p1), Some(4.0), "clamped to max_score");
        assert!(s.set(&ds, p1, -3.0));
        assert_eq!(s.proposed(p1), Some(0.0));
        assert!(!s.set(&ds, p1, f64::NAN));
        assert!(!s.set(&ds, 999, 1.0));
        assert_eq!(s.edits().len(), 2);
    }

    #[test]
    fn undo_reveals_the_earlier_edit_and_changes_are_net() {
        let ds = ds();
        let (p1, r1) = (obs(&ds, "P1"), obs(&ds, "R1"));
        let mut s = Scenario::default();
        s.set(&ds, p1, 3.0);
        s.set(&ds, r1, 4.0);
        s.set(&ds, p1, 4.0);
        let changes = s.changes(&ds);
        assert_eq!(
            changes,
            vec![
                Change {
                    obs: p1,
                    from: Some(2.0),
                    to: 4.0
                },
                Change {
                    obs: r1,
                    from: Some(3.0),
                    to: 4.0
                },
            ]
        );
        assert_eq!(
            s.undo(),
            Some(Edit {
                obs: p1,
                score: 4.0
            })
        );
        assert_eq!(s.proposed(p1), Some(3.0));
        // Setting a score back to the real one is no change at all.
        s.set(&ds, r1, 3.0);
        assert_eq!(s.changes(&ds).len(), 1);
        s.clear();
        assert!(s.is_empty());
        assert_eq!(s.undo(), None);
    }
}
