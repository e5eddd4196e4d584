//! Derived data the panes show, recomputed when the selection changes so
//! drawing is only lookups.

use crate::data::compare::{self, Comparison};
use crate::data::plan::Plan;
use crate::data::rank::{self, Place, RankBy};
use crate::data::scenario::{Change, Projection};
use crate::data::{CountryIx, Dataset, PillarIx, Tier, YearIx};

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
}

impl View {
    /// Everything the panes show for country `c` in year `y` against `y0`,
    /// computed from `ds`: the data as shown, which under a what-if
    /// scenario is the projected data, so every figure reflects it.
    pub fn build(
        ds: &Dataset,
        c: CountryIx,
        y: YearIx,
        y0: Option<YearIx>,
        q: &TableQuery,
        peers: &[CountryIx],
        pq: &PeerQuery,
    ) -> View {
        let slot = ds.rows(c, y);
        let gains: Vec<f64> = slot.clone().map(|i| ds.gain(i)).collect();
        let comparison = y0.map(|y0| compare::compare(ds, c, y0, y));
        let mut change_of = vec![None; slot.len()];
        for (k, ch) in comparison
            .iter()
            .flat_map(|cmp| cmp.indicators.iter().enumerate())
        {
            if let Some(i) = ch.to {
                change_of[i - slot.start] = Some(k);
            }
        }
        let (peers, peers_ranked) = peer_rows(ds, peers, y, pq);
        let mut view = View {
            slot_start: slot.start,
            gains,
            change_of,
            rows: Vec::new(),
            comparison,
            fix_first: Vec::new(),
            weak: compare::weak_pillars(ds, c, y),
            peers,
            peers_ranked,
            projection: None,
            changes: Vec::new(),
            plan: None,
        };
        let mut fix_first: Vec<usize> = slot.clone().filter(|&i| view.gain(i) > 1e-12).collect();
        fix_first.sort_by(|&a, &b| {
            view.gain(b).total_cmp(&view.gain(a)).then(
                ds.gap(b)
                    .unwrap_or(0.0)
                    .total_cmp(&ds.gap(a).unwrap_or(0.0)),
            )
        });
        view.fix_first = fix_first;
        view.rows = view.table_rows(ds, slot, q);
        view
    }

    pub fn gain(&self, i: usize) -> f64 {
        self.gains[i - self.slot_start]
    }

    /// Score change of observation `i` against the comparison year.
    pub fn change(&self, i: usize) -> Option<&compare::IndicatorChange> {
        let k = self.change_of.get(i - self.slot_start).copied().flatten()?;
        self.comparison.as_ref()?.indicators.get(k)
    }

    fn table_rows(&self, ds: &Dataset, slot: std::ops::Range<usize>, q: &TableQuery) -> Vec<usize> {
        let needle = q.search.to_lowercase();
        let mut rows: Vec<usize> = slot
            .filter(|&i| q.pillar.is_none_or(|p| ds.pillar_of(i) == p))
            .filter(|&i| needle.is_empty() || matches(ds, i, &needle))
            .collect();
        let key = |i: usize| -> Option<f64> {
            match q.sort {
                Column::Score => ds.score(i),
                Column::Attainment => ds.attainment(i),
                // Sorted by what the column shows: score points.
                Column::Delta => self.change(i).and_then(|c| c.delta),
                Column::Gap => ds.gap(i),
                Column::Gain => Some(self.gain(i)),
                Column::Pillar | Column::Id | Column::Name => None,
            }
        };
        // The slot is already in pillar order; a stable sort keeps it as the
        // tie-break for every other column.
        match q.sort {
            Column::Pillar => {}
            Column::Id => rows.sort_by(|&a, &b| ds.indicator_of(a).id.cmp(&ds.indicator_of(b).id)),
            // Each name lowered once, not at every comparison: names can
            // be long.
            Column::Name => rows.sort_by_cached_key(|&i| ds.indicator_of(i).name.to_lowercase()),
            // Equal values keep the slot's order in both directions.
            _ => rows.sort_by(|&a, &b| match (key(a), key(b)) {
                (Some(x), Some(y)) if q.descending => y.total_cmp(&x),
                (Some(x), Some(y)) => x.total_cmp(&y),
                // Values that do not exist sort last in both directions.
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
        }
        if q.descending && !q.sort.numeric() {
            rows.reverse();
        }
        rows
    }
}

fn matches(ds: &Dataset, i: usize, needle: &str) -> bool {
    let ind = ds.indicator_of(i);
    [
        ind.id.as_str(),
        ind.name.as_str(),
        ds.pillars[ind.pillar as usize].as_str(),
        ds.evidence(i),
    ]
    .iter()
    .any(|s| s.to_lowercase().contains(needle))
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
