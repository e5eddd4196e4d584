//! The Indicators table's rows: the country-year in the order asked for,
//! then filtered. A country-year can have a million rows, so the order is
//! kept while only the filters change, keys are worked out once per row,
//! and text is matched without making copies of it.

use super::action::Column;
use super::view::{TableQuery, View};
use crate::model::Dataset;

impl View {
    /// The table's rows: the country-year in the order asked for, then
    /// filtered (a filter keeps the order, so the order is kept for the
    /// next keystroke of a search).
    pub(super) fn table_rows(
        &mut self,
        ds: &Dataset,
        slot: std::ops::Range<usize>,
        q: &TableQuery,
    ) -> Vec<usize> {
        let needle = q.search.to_lowercase();
        // Which rows the filters keep, worked out in row order (the order
        // the text lies in memory), then read in the table's order.
        let kept: Vec<bool> = slot
            .clone()
            .map(|i| {
                q.pillar.is_none_or(|p| ds.pillar_of(i) == p)
                    && (needle.is_empty() || matches(ds, i, &needle))
            })
            .collect();
        let keep = |&i: &usize| kept[i - slot.start];
        if q.sort == Column::Pillar {
            // The slot is in pillar order already.
            let rows = slot.clone().filter(keep);
            return if q.descending {
                rows.rev().collect()
            } else {
                rows.collect()
            };
        }
        let current = |s: &(Column, bool, Vec<usize>)| s.0 == q.sort && s.1 == q.descending;
        if !self.sorted.as_ref().is_some_and(current) {
            let order = self.sort(ds, slot.clone(), q);
            self.sorted = Some((q.sort, q.descending, order));
        }
        let order = self.sorted.as_ref().map_or(&[][..], |s| &s.2[..]);
        order.iter().copied().filter(keep).collect()
    }

    /// The whole country-year sorted by `q`'s column; row order breaks
    /// every tie. Keys are worked out once per row, not at every
    /// comparison: a country-year can have a million rows.
    fn sort(&self, ds: &Dataset, slot: std::ops::Range<usize>, q: &TableQuery) -> Vec<usize> {
        let mut rows: Vec<usize> = match q.sort {
            // Stable sorts, which find the runs a file is usually written
            // in (ids in order within each pillar) and merge them.
            Column::Id => {
                let mut keyed: Vec<(&str, usize)> =
                    slot.map(|i| (ds.indicator_of(i).id.as_str(), i)).collect();
                keyed.sort_by(|a, b| a.0.cmp(b.0));
                keyed.into_iter().map(|(_, i)| i).collect()
            }
            Column::Name => {
                let mut keyed: Vec<(&str, usize)> = slot
                    .map(|i| (ds.indicator_of(i).name.as_str(), i))
                    .collect();
                keyed.sort_by(|a, b| cmp_lower(a.0, b.0));
                keyed.into_iter().map(|(_, i)| i).collect()
            }
            // Equal values keep the slot's order in both directions.
            _ => {
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
                let mut keyed: Vec<(Option<f64>, usize)> = slot.map(|i| (key(i), i)).collect();
                keyed.sort_unstable_by(|(a, i), (b, j)| {
                    match (a, b) {
                        (Some(x), Some(y)) if q.descending => y.total_cmp(x),
                        (Some(x), Some(y)) => x.total_cmp(y),
                        // Values that do not exist sort last in both
                        // directions.
                        (Some(_), None) => std::cmp::Ordering::Less,
                        (None, Some(_)) => std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    }
                    .then(i.cmp(j))
                });
                keyed.into_iter().map(|(_, i)| i).collect()
            }
        };
        if q.descending && !q.sort.numeric() {
            rows.reverse();
        }
        rows
    }
}

/// `a` and `b` compared in lower case, without making lower-case copies
/// of ASCII text (a million names are sorted at a keystroke).
pub(super) fn cmp_lower(a: &str, b: &str) -> std::cmp::Ordering {
    if a.is_ascii() && b.is_ascii() {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
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
    .any(|s| contains_lowercase(s, needle))
}

/// Whether `hay`, in lower case, holds `needle` (already in lower case).
/// ASCII text, nearly all of it, is compared in place: a keystroke of a
/// search must not make four new strings for each of a million rows.
pub(super) fn contains_lowercase(hay: &str, needle: &str) -> bool {
    if !hay.is_ascii() {
        return hay.to_lowercase().contains(needle);
    }
    // Lower-cased ASCII is ASCII, and holds nothing else.
    needle.is_ascii()
        && (needle.is_empty()
            || hay
                .as_bytes()
                .windows(needle.len())
                .any(|w| w.eq_ignore_ascii_case(needle.as_bytes())))
}
