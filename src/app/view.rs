//! Derived data the panes show, recomputed when the selection changes so
//! drawing is only lookups.

use crate::model::compare_year::{self, Comparison};
use crate::model::plan::Plan;
use crate::model::rank::{self, Place, RankBy};
use crate::model::scenario::{Change, Projection};
use crate::model::score;
use crate::model::{CountryIx, Dataset, PillarIx, Tier, YearIx};

use std::cmp::Reverse;

use super::action::Column;

/// What the Indicators table shows and in which order.
#[derive(Clone, Debug, PartialEq)]
pub struct TableQuery {
    pub sort: Column,
    pub descending: bool,
    pub pillar: Option<PillarIx>,
    /// Case-insensitive substring of id, name, pillar or evidence.
    pub search: String,
}

impl Default for TableQuery {
    fn default() -> Self {
        TableQuery {
            sort: Column::Pillar,
            descending: false,
            pillar: None,
            search: String::new(),
        }
    }
}

/// What the Peers ranking is ordered by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PeerKey {
    /// Rank by overall index, best first.
    #[default]
    Overall,
    /// Rank by one pillar's score, best first.
    Pillar(PillarIx),
    /// Alphabetical by name.
    Country,
}

/// How the Peers ranking is shown: ordered by `key`, optionally reversed,
/// and filtered by `search` (code or name, ignoring case).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeerQuery {
    pub key: PeerKey,
    pub reversed: bool,
    pub search: String,
}

impl PeerQuery {
    /// The next key in the cycle: overall, each pillar, country, overall.
    pub fn next_key(&self, pillars: usize, delta: isize) -> PeerKey {
        let n = pillars as isize + 2;
        let at = match self.key {
            PeerKey::Overall => 0,
            PeerKey::Pillar(p) => p as isize + 1,
            PeerKey::Country => n - 1,
        };
        match (at + delta).rem_euclid(n) {
            0 => PeerKey::Overall,
            k if k == n - 1 => PeerKey::Country,
            k => PeerKey::Pillar((k - 1) as PillarIx),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct View {
    /// First observation of the selected country-year.
    pub slot_start: usize,
    /// Index gain of each observation in the slot, by `i - slot_start`.
    pub gains: Vec<f64>,
    /// Comparison entry of each observation in the slot.
    pub change_of: Vec<Option<usize>>,
    /// Indicators table rows: observations, filtered and sorted.
    pub rows: Vec<usize>,
    pub comparison: Option<Comparison>,
    /// Observations with something to gain, largest gain first.
    pub fix_first: Vec<usize>,
    /// Pillars weakest first.
    pub weak: Vec<(PillarIx, Option<f64>)>,
    /// By pillar: the rise of the index if all of it reached its targets.
    pub pillar_gains: Vec<f64>,
    /// Scored pillars with something to gain, weakest first.
    pub weakest: Vec<(PillarIx, f64)>,
    /// The peer group ranked in the selected year (by overall index, or
    /// the key the user chose), filtered by the peer search.
    pub peers: Vec<Place>,
    /// How many peers have a value to rank by, before the search.
    pub peers_ranked: usize,
    /// The selected country-year under the scenario, when the scenario
    /// changes anything in it.
    pub projection: Option<Projection>,
    /// The scenario's changes in the selected country-year.
    pub changes: Vec<Change>,
    /// The least that lifts the selected country-year (scenario included)
    /// to the next tier.
    pub plan: Option<Plan>,
    /// The data's generation and the country-year the figures of the
    /// whole country-year (gains, what to fix first, pillar gains) are
    /// for: a refresh that changes neither keeps them, so a keystroke of a
    /// search over a million rows does not work them out again.
    pub(super) key: Option<(u64, CountryIx, YearIx)>,
    /// The prefix every id of the country-year shares, which a narrow ID
    /// column leaves out: worked out by the first frame that needs it and
    /// kept with the figures above, not worked out again every frame over
    /// a million ids.
    pub id_prefix: std::cell::OnceCell<String>,
    /// The comparison year `comparison` is for, once worked out.
    pub(super) compared_with: Option<Option<YearIx>>,
    /// The whole country-year in the table's order, and the column and
    /// direction of that order: kept while only the filters change.
    pub(super) sorted: Option<(Column, bool, Vec<usize>)>,
}

impl View {
    /// Everything the panes show for country `c` in year `y` against `y0`,
    /// computed from `ds`: the data as shown, which under a what-if
    /// scenario is the projected data, so every figure reflects it.
    /// `generation` names that data: what `previous` worked out for the
    /// same generation and country-year is taken over, not redone.
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        previous: View,
        generation: u64,
        ds: &Dataset,
        c: CountryIx,
        y: YearIx,
        y0: Option<YearIx>,
        q: &TableQuery,
        peers: &[CountryIx],
        pq: &PeerQuery,
    ) -> View {
        let key = Some((generation, c, y));
        let slot = ds.rows(c, y);
        let mut view = if previous.key == key {
            View {
                rows: Vec::new(),
                peers: Vec::new(),
                peers_ranked: 0,
                projection: None,
                changes: Vec::new(),
                plan: None,
                ..previous
            }
        } else {
            View::country_year(ds, c, y, key)
        };
        if view.compared_with != Some(y0) {
            view.compare(ds, c, y, y0);
        }
        (view.peers, view.peers_ranked) = peer_rows(ds, peers, y, pq);
        view.rows = view.table_rows(ds, slot, q);
        view
    }

    /// The figures of the whole country-year, which only the data and the
    /// country-year change.
    fn country_year(
        ds: &Dataset,
        c: CountryIx,
        y: YearIx,
        key: Option<(u64, CountryIx, YearIx)>,
    ) -> View {
        let slot = ds.rows(c, y);
        let aggs = ds.pillar_aggs(c, y);
        let before = ds.overall(c, y).unwrap_or(0.0);
        let gains: Vec<f64> = slot
            .clone()
            .map(|i| score::index_gain_from(aggs, before, ds.pillar_of(i) as usize, ds.value(i)))
            .collect();
        // Largest gain first, then the largest gap, then row order. The
        // keys are worked out once, as integers: the bits of a double ≥ 0
        // order as its value (a gain here is > 0, a gap ≥ 0), and a
        // country-year can have a million rows to sort.
        let down = |x: f64| Reverse(x.max(0.0).to_bits());
        let mut fix_first: Vec<(Reverse<u64>, Reverse<u64>, usize)> = slot
            .clone()
            .filter(|&i| gains[i - slot.start] > 1e-12)
            .map(|i| {
                (
                    down(gains[i - slot.start]),
                    down(ds.gap(i).unwrap_or(0.0)),
                    i,
                )
            })
            .collect();
        fix_first.sort_unstable();
        let weak = compare_year::weak_pillars(ds, c, y);
        let pillar_gains = compare_year::pillar_gains(ds, c, y);
        View {
            slot_start: slot.start,
            gains,
            fix_first: fix_first.into_iter().map(|(.., i)| i).collect(),
            weakest: compare_year::weakest_of(&weak, &pillar_gains),
            weak,
            pillar_gains,
            key,
            ..View::default()
        }
    }

    /// The comparison with `y0`, and each row's entry in it.
    fn compare(&mut self, ds: &Dataset, c: CountryIx, y: YearIx, y0: Option<YearIx>) {
        let slot = ds.rows(c, y);
        self.comparison = y0.map(|y0| compare_year::compare(ds, c, y0, y));
        self.change_of = vec![None; slot.len()];
        for (k, ch) in self
            .comparison
            .iter()
            .flat_map(|cmp| cmp.indicators.iter().enumerate())
        {
            if let Some(i) = ch.to {
                self.change_of[i - slot.start] = Some(k);
            }
        }
        self.compared_with = Some(y0);
        // The Δ column sorts by the comparison.
        self.sorted = None;
    }

    pub fn gain(&self, i: usize) -> f64 {
        self.gains[i - self.slot_start]
    }

    /// Score change of observation `i` against the comparison year.
    pub fn change(&self, i: usize) -> Option<&compare_year::IndicatorChange> {
        let k = self.change_of.get(i - self.slot_start).copied().flatten()?;
        self.comparison.as_ref()?.indicators.get(k)
    }
}

/// The peer ranking as the Peers pane lists it, and how many were ranked
/// before the search. Ranks are always by the measure sorted on (the
/// overall index when sorting by country).
fn peer_rows(ds: &Dataset, peers: &[CountryIx], y: YearIx, pq: &PeerQuery) -> (Vec<Place>, usize) {
    if peers.len() < 2 {
        return (Vec::new(), 0);
    }
    let by = match pq.key {
        PeerKey::Pillar(p) if (p as usize) < ds.pillars.len() => RankBy::Pillar(p),
        _ => RankBy::Overall,
    };
    let mut rows = rank::ranking(ds, peers, y, by);
    let ranked = rows.len();
    if pq.key == PeerKey::Country {
        let name = |p: &Place| ds.countries[p.country as usize].label().to_lowercase();
        rows.sort_by_key(name);
    }
    if pq.reversed {
        // The other way round, with equal places still in the group's order.
        match pq.key {
            PeerKey::Country => rows.reverse(),
            _ => rows.sort_by(|a, b| b.rank.cmp(&a.rank).then(a.country.cmp(&b.country))),
        }
    }
    let needle = pq.search.trim().to_lowercase();
    if !needle.is_empty() {
        rows.retain(|p| {
            let c = &ds.countries[p.country as usize];
            c.code.to_lowercase().contains(&needle)
                || c.name
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase().contains(&needle))
        });
    }
    (rows, ranked)
}

/// An indicator's change in score points between the two scores as they
/// are shown, so that 13.82 → 17.62 reads +3.80 (the exact change,
/// 3.7916, is in JSON and CSV). Every Δ pts column, on screen or exported,
/// is this.
pub fn shown_change(ds: &Dataset, ch: &compare_year::IndicatorChange) -> Option<f64> {
    crate::format::shown_delta(
        ch.from.and_then(|i| ds.score(i)),
        ch.to.and_then(|i| ds.score(i)),
    )
    // Rounded again: 14.97 − 11.17 is 3.8000000000000007 in floating point,
    // and an export keeps the value whole.
    .map(crate::format::shown)
}

/// The selected country-year as `shown` scores it: the projection a
/// what-if scenario gives, read from the same data every pane reads.
pub fn projection(shown: &Dataset, c: CountryIx, y: YearIx) -> Projection {
    let pillars: Vec<Option<f64>> = (0..shown.pillars.len() as PillarIx)
        .map(|p| shown.pillar_score(c, y, p))
        .collect();
    let overall = shown.overall(c, y);
    Projection {
        pillars,
        overall,
        tier: overall.map(Tier::from_score),
    }
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
