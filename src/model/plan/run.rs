//! The greedy order of the plan's steps, best gain per point first, in
//! O(n log n).
//!
//! A step's gain per point can only fall as the plan goes on: the index is
//! the mean of more scored pillars, a pillar's Σweight only grows, and its
//! score only rises, which leaves a not-assessed indicator less above it.
//! So a value worked out earlier is an upper bound of the value now, and
//! the best candidate is found lazily: take the top of a heap, and if its
//! value is out of date, value it again and put it back, until the top is
//! up to date. Values go out of date only where something changed:
//!
//! - An assessed indicator gains 100 × w / (max × Σw) / n per point, so in
//!   one pillar their order never changes: they wait in one sorted queue
//!   per pillar, whose head alone is in the heap.
//! - Not-assessed indicators of a pillar with the same maximum, weight and
//!   target are worth the same, so each such group has one entry.
//! - Entries of scored pillars are valued without the 1/n every one of
//!   them shares, so a pillar becoming scored leaves them as they are. Only
//!   a step in their own pillar puts them out of date.
//! - Not-assessed indicators of pillars not scored yet depend on the whole
//!   index, and wait in a heap of their own.
//!
//! One exception to "only falls": a pillar that becomes scored values its
//! other not-assessed indicators by a new rule, and all of them go back
//! into the heap. Worths are compared to nine significant digits (see
//! [`coarse`](super::candidates::coarse)); ties are broken by the bigger step, then the indicator id,
//! so equal choices come out the same every time.

use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicBool, Ordering};

use super::candidates::{Candidates, Entry, Source};
use super::state::State;
use super::step::Step;
use crate::model::score;

/// Gains below this are rounding noise, not improvements.
const MIN_GAIN: f64 = 1e-12;

/// Whether a rise of the index is an improvement (never for NaN).
fn worth(gain: f64) -> bool {
    gain > MIN_GAIN
}

/// How many out-of-date entries one step values again before it takes the
/// next one whatever its rivals: a bound on the work for files made to
/// defeat the lazy order (thousands of groups all near the top), which
/// ordinary data never comes near.
const REVALUE_LIMIT: usize = 32;

struct Selection {
    c: Candidates,
    /// Entries of scored pillars, valued without the shared 1/n.
    scored: BinaryHeap<Entry>,
    /// Entries of pillars not scored yet, valued in index points.
    unscored: BinaryHeap<Entry>,
    /// By pillar: bumped by every step there.
    version: Vec<u64>,
    steps: u64,
    #[cfg(test)]
    work: u64,
}

/// What a run found.
pub(super) struct Run {
    /// The steps, up to and including the first that reaches the goal.
    pub steps: Vec<Step>,
    /// The highest index along the whole run, the start included.
    pub best: Option<f64>,
    /// The run was told to stop before it was done.
    pub stopped: bool,
    /// Candidates valued, for tests that count the work.
    #[cfg(test)]
    pub work: u64,
}

/// Every improvement, best first, each to its target, until none raises
/// the index. Steps are kept until the first that reaches `goal` (none
/// without a goal); with `stop`, the run ends there. With `assessed_only`,
/// not-assessed indicators are left alone. A `cancel` flag that is set
/// ends the run early, stopped.
pub(super) fn run(
    state: &mut State<'_>,
    goal: Option<f64>,
    stop: bool,
    assessed_only: bool,
    cancel: Option<&AtomicBool>,
) -> Run {
    let mut sel = Selection::new(state, assessed_only);
    let mut steps = Vec::new();
    let mut best = state.overall();
    let mut keep = goal.is_some();
    let mut stopped = false;
    while let Some(pick) = sel.next(state) {
        if sel.steps.is_multiple_of(4096) && cancel.is_some_and(|c| c.load(Ordering::Relaxed)) {
            stopped = true;
            break;
        }
        let before = state.overall();
        let from = state.scores[pick.k];
        let to = state.ds.target(state.rows.start + pick.k);
        let was_scored = state.pillars[pick.pillar].agg.score().is_some();
        state.set(pick.k, to);
        let overall = state.overall();
        best = match (best, overall) {
            (Some(b), Some(o)) => Some(b.max(o)),
            (b, o) => b.or(o),
        };
        if keep {
            steps.push(state.step(pick.k, from, to, before, false));
            if goal.is_some_and(|g| overall.is_some_and(|o| o >= g)) {
                keep = false;
                if stop {
                    break;
                }
            }
        }
        sel.after(state, pick, was_scored);
    }
    Run {
        steps,
        best,
        stopped,
        #[cfg(test)]
        work: sel.work,
    }
}

impl Selection {
    fn new(state: &State<'_>, assessed_only: bool) -> Selection {
        let pillars = state.pillars.len();
        let mut sel = Selection {
            c: Candidates::new(state, assessed_only),
            scored: BinaryHeap::new(),
            unscored: BinaryHeap::new(),
            version: vec![0; pillars],
            steps: 0,
            #[cfg(test)]
            work: 0,
        };
        for p in 0..pillars {
            sel.enter_pillar(state, p);
        }
        sel
    }

    /// Puts pillar `p`'s candidates in the heap that suits it now.
    fn enter_pillar(&mut self, state: &State<'_>, p: usize) {
        let sources = std::iter::once(Source::Assessed(p)).chain(
            self.c.pillar_groups[p]
                .clone()
                .into_iter()
                .map(Source::Group),
        );
        for source in sources {
            self.push(state, source);
        }
    }

    /// Values `source` now and puts it in its heap, unless it has nothing
    /// left to gain.
    fn push(&mut self, state: &State<'_>, source: Source) {
        if let Some(e) = self.value(state, source) {
            if state.pillars[e.pillar].agg.score().is_some() {
                self.scored.push(e);
            } else {
                self.unscored.push(e);
            }
        }
    }

    /// The source's first candidate and what it is worth now; `None` when
    /// it has no candidate left worth a step. Candidates worth nothing are
    /// dropped for good: their worth only falls.
    fn value(&mut self, state: &State<'_>, source: Source) -> Option<Entry> {
        #[cfg(test)]
        {
            self.work += 1;
        }
        let ds = state.ds;
        let n = state.scored as f64;
        let (k, pillar, per_point, gain, stamp) = match source {
            Source::Assessed(p) => {
                let (queue, next) = &mut self.c.queues[p];
                let agg = state.pillars[p].agg;
                // The pillar may have changed scale since its queue was made.
                let rescale = |x: f64| score::scaled(x, agg.shift - self.c.queue_shift[p]);
                loop {
                    let a = queue.get(*next)?;
                    let per_point = 100.0 * rescale(a.per_point) / agg.sum_w;
                    let gain = 100.0 * rescale(a.gain) / agg.sum_w;
                    if worth(gain / n) {
                        break (a.k, p, per_point, gain, self.version[p]);
                    }
                    *next += 1;
                }
            }
            Source::Group(g) => {
                let group = &self.c.groups[g];
                let &k = group.members.get(group.next)?;
                let p = group.pillar;
                let i = state.rows.start + k;
                let (w, max, target) = (ds.weight(i), ds.max_score(i), ds.target(i));
                let old = state.pillars[p].agg;
                let new = old.with_replaced(w, None, Some(score::attainment(target, max)));
                let new_score = new.score()?;
                match old.score() {
                    // The pillar's rise; the index rises by that / n.
                    Some(old_score) => {
                        let rise = new_score - old_score;
                        if !worth(rise / n) {
                            return None;
                        }
                        (k, p, rise / target, rise, self.version[p])
                    }
                    // A pillar that becomes scored: the index moves to the
                    // mean of one more pillar.
                    None => {
                        let sum = state.pillar_sum();
                        let gain = match state.scored {
                            0 => new_score,
                            m => (sum + new_score) / (m + 1) as f64 - sum / m as f64,
                        };
                        if !worth(gain) {
                            return None;
                        }
                        (k, p, gain / target, gain, self.steps)
                    }
                }
            }
        };
        Some(Entry {
            per_point,
            gain,
            id_rank: self.c.id_rank[k],
            k,
            pillar,
            source,
            stamp,
        })
    }

    /// The best up-to-date entry of one heap, taken out of it.
    fn top(&mut self, state: &State<'_>, scored: bool) -> Option<Entry> {
        let mut revalued = 0;
        loop {
            let heap = if scored {
                &mut self.scored
            } else {
                &mut self.unscored
            };
            let top = heap.pop()?;
            let now_scored = state.pillars[top.pillar].agg.score().is_some();
            if now_scored != scored {
                // Its pillar became scored: it is in the other heap now.
                continue;
            }
            let stamp = if scored {
                self.version[top.pillar]
            } else {
                self.steps
            };
            if top.stamp == stamp {
                return Some(top);
            }
            let Some(e) = self.value(state, top.source) else {
                continue;
            };
            if revalued == REVALUE_LIMIT {
                return Some(e);
            }
            revalued += 1;
            let heap = if scored {
                &mut self.scored
            } else {
                &mut self.unscored
            };
            heap.push(e);
        }
    }

    /// The best candidate now, taken out; the other heap's best goes back.
    fn next(&mut self, state: &State<'_>) -> Option<Entry> {
        let s = self.top(state, true);
        let u = self.top(state, false);
        let n = state.scored as f64;
        match (s, u) {
            (Some(s), Some(u)) => {
                // In index points, as the unscored heap counts them.
                let s_points = Entry {
                    per_point: s.per_point / n,
                    gain: s.gain / n,
                    ..s
                };
                if s_points >= u {
                    self.unscored.push(u);
                    Some(s)
                } else {
                    self.scored.push(s);
                    Some(u)
                }
            }
            (s, u) => s.or(u),
        }
    }

    /// After `pick` was made: its source's next candidate goes in, and a
    /// pillar that became scored moves all its candidates over.
    fn after(&mut self, state: &State<'_>, pick: Entry, was_scored: bool) {
        self.version[pick.pillar] += 1;
        self.steps += 1;
        match pick.source {
            Source::Assessed(p) => self.c.queues[p].1 += 1,
            Source::Group(g) => self.c.groups[g].next += 1,
        }
        if was_scored {
            self.push(state, pick.source);
        } else {
            self.enter_pillar(state, pick.pillar);
        }
    }
}
