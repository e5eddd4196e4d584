//! The plan's candidates, as `plan_run.rs` takes them:
//! each pillar's assessed indicators in one queue, best first, and its
//! not-assessed ones in groups that are worth the same; and the entries
//! its heaps order them by.

use std::cmp::{Ordering, Reverse};

use rustc_hash::FxHashMap;

use super::state::State;
use crate::model::score;

#[derive(Clone, Copy, Debug)]
pub(super) enum Source {
    /// The head of a pillar's queue of assessed indicators.
    Assessed(usize),
    /// The first of a group of not-assessed indicators.
    Group(usize),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Entry {
    pub per_point: f64,
    pub gain: f64,
    /// Place of the indicator's id among the country-year's, sorted.
    pub id_rank: u32,
    pub k: usize,
    pub pillar: usize,
    pub source: Source,
    /// The pillar's version (scored pillars) or the step (others) it was
    /// valued at.
    pub stamp: u64,
}

/// `x ≥ 0` to 30 significant bits (nine digits), as a key that orders as
/// `x` does. Worths computed two ways differ in their last bits, and must
/// still tie, whatever their scale (a maximum of 1e300 makes per-point
/// worths tiny, one of 1e-300 huge).
pub(super) fn coarse(x: f64) -> i64 {
    // The bits of a non-negative double order as its value.
    (x.to_bits() as i64 + (1 << 21)) >> 22
}

impl Entry {
    fn key(&self) -> (i64, i64, Reverse<u32>, Reverse<usize>) {
        (
            coarse(self.per_point),
            coarse(self.gain),
            Reverse(self.id_rank),
            Reverse(self.k),
        )
    }
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

/// An assessed candidate and its worth before dividing by its pillar's
/// Σweight (see [`assessed_key`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct Assessed {
    pub per_point: f64,
    pub gain: f64,
    pub id_rank: u32,
    pub k: usize,
}

/// Not-assessed indicators of one pillar that are worth the same, by id.
pub(super) struct Group {
    pub pillar: usize,
    pub members: Vec<usize>,
    pub next: usize,
}

/// Every candidate of one country-year, before any step.
pub(super) struct Candidates {
    /// By pillar: assessed candidates, best first, and the next to take.
    pub queues: Vec<(Vec<Assessed>, usize)>,
    /// By pillar: the weights' scale the queue's worth is in.
    pub queue_shift: Vec<i32>,
    pub groups: Vec<Group>,
    /// By pillar: its groups.
    pub pillar_groups: Vec<Vec<usize>>,
    /// By position: the place of its id among the country-year's, so
    /// that ties are broken by id without comparing strings again.
    pub id_rank: Vec<u32>,
}

impl Candidates {
    pub fn new(state: &State<'_>, assessed_only: bool) -> Candidates {
        let ds = state.ds;
        let pillars = state.pillars.len();
        let mut queues: Vec<(Vec<usize>, usize)> = vec![(Vec::new(), 0); pillars];
        let mut by_spec: FxHashMap<(usize, u32), usize> = FxHashMap::default();
        let mut groups: Vec<Group> = Vec::new();
        for (k, &score) in state.scores.iter().enumerate() {
            let i = state.rows.start + k;
            let (w, target) = (ds.weight(i), ds.target(i));
            if w.is_nan() || w <= 0.0 {
                continue;
            }
            let p = state.pillar_of(k);
            match score {
                Some(s) if s < target => queues[p].0.push(k),
                Some(_) => {}
                None if assessed_only || target.is_nan() || target <= 0.0 => {}
                None => {
                    let g = *by_spec.entry((p, ds.obs.spec[i])).or_insert_with(|| {
                        groups.push(Group {
                            pillar: p,
                            members: Vec::new(),
                            next: 0,
                        });
                        groups.len() - 1
                    });
                    groups[g].members.push(k);
                }
            }
        }
        let id_rank = id_ranks(state);
        let queues = queues
            .into_iter()
            .map(|(queue, _)| {
                // Per point, then the bigger step, then id: the order within
                // a pillar whatever its Σweight, and Σweight is all that
                // changes.
                let mut keyed: Vec<Assessed> = queue
                    .into_iter()
                    .map(|k| {
                        let (per_point, gain) = assessed_key(state, k);
                        let id_rank = id_rank[k];
                        Assessed {
                            per_point,
                            gain,
                            id_rank,
                            k,
                        }
                    })
                    .collect();
                keyed.sort_unstable_by_key(|a| {
                    (
                        Reverse(coarse(a.per_point)),
                        Reverse(coarse(a.gain)),
                        a.id_rank,
                    )
                });
                (keyed, 0)
            })
            .collect();
        let mut pillar_groups = vec![Vec::new(); pillars];
        for (g, group) in groups.iter_mut().enumerate() {
            group.members.sort_by_key(|&k| id_rank[k]);
            pillar_groups[group.pillar].push(g);
        }
        Candidates {
            queues,
            queue_shift: state.pillars.iter().map(|p| p.agg.shift).collect(),
            groups,
            pillar_groups,
            id_rank,
        }
    }
}

/// Each position's place among the country-year's ids. Ids are sorted once:
/// files usually list them in order, which the sort finds in one pass, and
/// every tie after compares integers.
fn id_ranks(state: &State<'_>) -> Vec<u32> {
    let ds = state.ds;
    let id = |k: usize| ds.indicator_of(state.rows.start + k).id.as_str();
    let mut by_id: Vec<usize> = (0..state.scores.len()).collect();
    by_id.sort_by(|&a, &b| id(a).cmp(id(b)));
    let mut id_rank = vec![0u32; by_id.len()];
    for (rank, &k) in by_id.iter().enumerate() {
        id_rank[k] = rank as u32;
    }
    id_rank
}

/// An assessed indicator's worth per point and for the whole step to its
/// target, in its pillar's scaled weight, before dividing by Σweight: w /
/// max and w × (target − score) / max.
fn assessed_key(state: &State<'_>, k: usize) -> (f64, f64) {
    let ds = state.ds;
    let i = state.rows.start + k;
    let p = state.pillar_of(k);
    let w = score::scaled(ds.weight(i), state.pillars[p].agg.shift);
    let (max, target) = (ds.max_score(i), ds.target(i));
    let from = state.scores[k].unwrap_or(0.0);
    (w / max, w * ((target - from) / max))
}
