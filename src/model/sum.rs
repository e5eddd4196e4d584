//! Sums that can be brought up to date one term at a time and still come
//! out, to the last bit, as summing afresh gives them.
//!
//! A pillar's Σweight and Σweight × attainment, and the overall's Σ of
//! pillar scores, are summed as one fixed tree: terms in runs of [`ARITY`]
//! left to right, those runs' sums in runs of [`ARITY`], and so on. Up to
//! [`ARITY`] terms that is the plain left-to-right sum, so every figure of a
//! national review (a few dozen indicators a pillar) is what it always was.
//! Past that, changing one term re-adds only the runs on its path, so the
//! action plan can raise one score among a million in microseconds and
//! still state the very figures `project` gives. A tree also loses less to
//! rounding than one long sum.
//!
//! [`TreeSum`] adds terms in order, in fixed space; [`SumTree`] keeps every
//! term and every run so one can change.

/// Terms per run at every level of the tree.
pub const ARITY: usize = 64;
/// Levels [`TreeSum`] keeps: 64⁶ = 2³⁶ terms, more than a `u32` counts.
const LEVELS: usize = 6;

fn plus<const N: usize>(a: [f64; N], b: [f64; N]) -> [f64; N] {
    std::array::from_fn(|i| a[i] + b[i])
}

/// One run's sum, left to right from zero.
fn fold<const N: usize>(run: &[[f64; N]]) -> [f64; N] {
    run.iter().fold([0.0; N], |s, &x| plus(s, x))
}

/// Adds `N` sums side by side, term by term, in the tree's order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TreeSum<const N: usize> {
    /// By level: the sum of the finished runs of the unfinished run there.
    partial: [[f64; N]; LEVELS],
    count: u64,
}

impl<const N: usize> Default for TreeSum<N> {
    fn default() -> Self {
        TreeSum {
            partial: [[0.0; N]; LEVELS],
            count: 0,
        }
    }
}

impl<const N: usize> TreeSum<N> {
    pub fn push(&mut self, x: [f64; N]) {
        // A run that is full passes its sum up, and so on while the run
        // above fills up too.
        let (mut c, mut level) = (self.count, 0);
        while c > 0 && c.is_multiple_of(ARITY as u64) && level + 1 < LEVELS {
            let done = std::mem::replace(&mut self.partial[level], [0.0; N]);
            self.partial[level + 1] = plus(self.partial[level + 1], done);
            c /= ARITY as u64;
            level += 1;
        }
        self.partial[0] = plus(self.partial[0], x);
        self.count += 1;
    }

    /// The sum so far: each level's unfinished run plus the one below it.
    pub fn value(&self) -> [f64; N] {
        self.partial[1..]
            .iter()
            .fold(self.partial[0], |below, &run| plus(run, below))
    }
}

/// Every term and every run's sum, so that one term can change.
#[derive(Clone, Debug, PartialEq)]
pub struct SumTree<const N: usize> {
    /// `levels[0]` are the terms; each level above holds the sums of the
    /// runs of the one below; the last has one entry, the total.
    levels: Vec<Vec<[f64; N]>>,
}

impl<const N: usize> SumTree<N> {
    pub fn new(terms: Vec<[f64; N]>) -> Self {
        let mut levels = vec![terms];
        loop {
            let below = &levels[levels.len() - 1];
            if levels.len() > 1 && below.len() <= 1 {
                break;
            }
            let above = below.chunks(ARITY).map(fold).collect();
            levels.push(above);
        }
        SumTree { levels }
    }

    pub fn total(&self) -> [f64; N] {
        self.levels[self.levels.len() - 1]
            .first()
            .copied()
            .unwrap_or([0.0; N])
    }

    pub fn get(&self, j: usize) -> [f64; N] {
        self.levels[0][j]
    }

    /// Changes term `j` and re-adds the runs above it.
    pub fn set(&mut self, j: usize, x: [f64; N]) {
        self.levels[0][j] = x;
        let mut at = j;
        for level in 1..self.levels.len() {
            at /= ARITY;
            let below = &self.levels[level - 1];
            let run = &below[at * ARITY..below.len().min((at + 1) * ARITY)];
            self.levels[level][at] = fold(run);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Terms whose sums round differently in different orders.
    fn terms(n: usize) -> Vec<[f64; 2]> {
        (0..n)
            .map(|i| {
                let x = 1.0 / (1.0 + (i % 7) as f64) + (i % 3) as f64 * 1e-3;
                [x, x * 0.1]
            })
            .collect()
    }

    fn streamed(t: &[[f64; 2]]) -> [f64; 2] {
        let mut s = TreeSum::default();
        for &x in t {
            s.push(x);
        }
        s.value()
    }

    #[test]
    fn up_to_one_run_it_is_the_plain_sum() {
        for n in [0, 1, 2, 17, ARITY] {
            let t = terms(n);
            let plain = t.iter().fold([0.0, 0.0], |s, x| [s[0] + x[0], s[1] + x[1]]);
            assert_eq!(streamed(&t), plain, "{n} terms");
            assert_eq!(SumTree::new(t).total(), plain, "{n} terms");
        }
    }

    #[test]
    fn kept_and_streamed_sums_agree_bit_for_bit_at_every_size() {
        for n in [
            ARITY + 1,
            2 * ARITY,
            ARITY * ARITY - 1,
            ARITY * ARITY,
            ARITY * ARITY + 1,
            3 * ARITY * ARITY + 5,
        ] {
            let t = terms(n);
            let tree = SumTree::new(t.clone());
            assert_eq!(tree.total(), streamed(&t), "{n} terms");
        }
    }

    #[test]
    fn changing_a_term_gives_the_sum_made_afresh() {
        let n = ARITY * ARITY + 3 * ARITY + 7;
        let mut t = terms(n);
        let mut tree = SumTree::new(t.clone());
        for (step, j) in [0, 5, ARITY, n / 2, n - 1, ARITY * ARITY]
            .into_iter()
            .enumerate()
        {
            let x = [0.3 + step as f64 / 7.0, 1.0 / 3.0];
            t[j] = x;
            tree.set(j, x);
            assert_eq!(tree.get(j), x);
            assert_eq!(tree.total(), streamed(&t), "after changing term {j}");
            assert_eq!(tree.total(), SumTree::new(t.clone()).total());
        }
    }

    #[test]
    fn zero_terms_change_nothing() {
        // A not-assessed indicator is a zero term where the old sum skipped
        // it: the same bits either way.
        let t = terms(40);
        let mut with_zeros = t.clone();
        with_zeros.insert(3, [0.0, 0.0]);
        with_zeros.push([0.0, 0.0]);
        assert_eq!(streamed(&with_zeros), streamed(&t));
    }
}
