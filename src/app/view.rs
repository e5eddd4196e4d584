//! Derived data the panes show, recomputed when the selection changes so
//! drawing is only lookups.

use crate::data::compare::{self, Comparison};
use crate::data::plan::Plan;
use crate::data::rank::{self, Place, RankBy};
use crate::data::scenario::{Change, Projection};
use crate::data::{CountryIx, Dataset, PillarIx, YearIx};

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
    /// The peer group ranked by overall index in the selected year.
    pub peers: Vec<Place>,
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
    pub fn build(
        ds: &Dataset,
        c: CountryIx,
        y: YearIx,
        y0: Option<YearIx>,
        q: &TableQuery,
        peers: &[CountryIx],
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
        let mut view = View {
            slot_start: slot.start,
            gains,
            change_of,
            rows: Vec::new(),
            comparison,
            fix_first: Vec::new(),
            weak: compare::weak_pillars(ds, c, y),
            peers: if peers.len() > 1 {
                rank::ranking(ds, peers, y, RankBy::Overall)
            } else {
                Vec::new()
            },
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
                Column::Delta => self.change(i).and_then(|c| c.delta_pct),
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
            Column::Name => rows.sort_by(|&a, &b| {
                let (x, y) = (&ds.indicator_of(a).name, &ds.indicator_of(b).name);
                x.to_lowercase().cmp(&y.to_lowercase())
            }),
            _ => rows.sort_by(|&a, &b| match (key(a), key(b)) {
                (Some(x), Some(y)) => x.total_cmp(&y),
                // Values that do not exist sort last in both directions.
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }),
        }
        if q.descending {
            let present = if q.sort.numeric() {
                rows.iter().take_while(|&&i| key(i).is_some()).count()
            } else {
                rows.len()
            };
            rows[..present].reverse();
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
