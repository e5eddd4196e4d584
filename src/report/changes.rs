//! Which indicators moved between the two years: "1 declined" says little
//! until it says which, and by how much.

use serde::Serialize;

use crate::format::round4_ser;
use crate::model::Dataset;
use crate::model::compare_year::{Comparison, IndicatorChange};

/// Declines named in text and markdown before "and N more": each is news.
pub(super) const DECLINES_SHOWN: usize = 10;
/// Improvements named before "and N more": the largest tell the story.
pub(super) const RISES_SHOWN: usize = 5;

/// One indicator that rose or fell, judged on attainment (as the counts
/// are), so a change of maximum between the years does not fake a move.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Moved {
    pub indicator_id: String,
    pub indicator: String,
    pub pillar: String,
    /// The score in the comparison year, and its maximum then.
    #[serde(serialize_with = "round4_ser")]
    pub from: f64,
    #[serde(serialize_with = "round4_ser")]
    pub from_max_score: f64,
    #[serde(serialize_with = "round4_ser")]
    pub to: f64,
    #[serde(serialize_with = "round4_ser")]
    pub max_score: f64,
    /// Change in score points.
    #[serde(serialize_with = "round4_ser")]
    pub delta: f64,
    /// Change in percentage points of attainment (score ÷ maximum).
    #[serde(serialize_with = "round4_ser")]
    pub delta_pct: f64,
}

impl Moved {
    fn of(ds: &Dataset, ch: &IndicatorChange) -> Option<Moved> {
        let (from, to) = (ch.from?, ch.to?);
        let ind = ds.indicator_of(to);
        Some(Moved {
            indicator_id: ind.id.clone(),
            indicator: ind.name.clone(),
            pillar: ds.pillars[ind.pillar as usize].clone(),
            from: ds.score(from)?,
            from_max_score: ds.max_score(from),
            to: ds.score(to)?,
            max_score: ds.max_score(to),
            delta: ch.delta?,
            delta_pct: ch.delta_pct?,
        })
    }
}

/// (declined, improved): every indicator that fell, largest fall first,
/// and every one that rose, largest rise first.
pub fn moved(ds: &Dataset, cmp: &Comparison) -> (Vec<Moved>, Vec<Moved>) {
    let rows =
        |v: Vec<&IndicatorChange>| v.into_iter().filter_map(|ch| Moved::of(ds, ch)).collect();
    (rows(cmp.fallers()), rows(cmp.risers()))
}
