//! Which indicators moved between the two years: "1 declined" says little
//! until it says which, and by how much.

use serde::Serialize;

use super::markdown_escape::escape;
use super::scenario_view::score_of;
use crate::format::{self, round4_ser};
use crate::model::Dataset;
use crate::model::compare_year::{Comparison, IndicatorChange};
use crate::sanitize::fit;

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

    /// "3 / 3 → 2 / 3, ▼ -1.00 score points"; in percentage points of
    /// attainment when the maximum changed, as points on two scales are
    /// not comparable.
    fn change_words(&self) -> String {
        let change = if self.from_max_score == self.max_score {
            let shown = format::shown_delta(Some(self.from), Some(self.to));
            format!("{} score points", format::delta(shown))
        } else {
            format!(
                "{} percentage points of attainment",
                format::delta(Some(self.delta_pct))
            )
        };
        format!(
            "{} → {}, {change}",
            score_of(Some(self.from), self.from_max_score),
            score_of(Some(self.to), self.max_score)
        )
    }
}

/// (declined, improved): every indicator that fell, largest fall first,
/// and every one that rose, largest rise first.
pub fn moved(ds: &Dataset, cmp: &Comparison) -> (Vec<Moved>, Vec<Moved>) {
    let rows =
        |v: Vec<&IndicatorChange>| v.into_iter().filter_map(|ch| Moved::of(ds, ch)).collect();
    (rows(cmp.fallers()), rows(cmp.risers()))
}

/// Text lines under the change counts.
pub fn text(declined: &[Moved], improved: &[Moved]) -> String {
    let mut out = String::new();
    for (label, list, shown) in [
        ("Declined", declined, DECLINES_SHOWN),
        ("Improved", improved, RISES_SHOWN),
    ] {
        for m in list.iter().take(shown) {
            out.push_str(&format!(
                "  {label}  {}  {}\n",
                fit(&format!("{} {}", m.indicator_id, m.indicator), 40),
                m.change_words()
            ));
        }
        if list.len() > shown {
            out.push_str(&format!("  {label}  and {} more\n", list.len() - shown));
        }
    }
    out
}

/// Markdown lists under the change counts, in English; the brief says
/// them in its language with [`super::brief_words::changes`].
pub fn markdown(declined: &[Moved], improved: &[Moved]) -> String {
    let english = crate::i18n::Messages::new(crate::i18n::Lang::En);
    super::brief_words::changes(&english, declined, improved, &|t| escape(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moved(from: (f64, f64), to: (f64, f64)) -> Moved {
        Moved {
            indicator_id: "I".into(),
            indicator: "Name".into(),
            pillar: "P".into(),
            from: from.0,
            from_max_score: from.1,
            to: to.0,
            max_score: to.1,
            delta: to.0 - from.0,
            delta_pct: 100.0 * (to.0 / to.1 - from.0 / from.1),
        }
    }

    #[test]
    fn a_change_is_in_score_points_unless_the_maximum_changed() {
        assert_eq!(
            moved((3.0, 3.0), (2.0, 3.0)).change_words(),
            "3 / 3 → 2 / 3, ▼ -1.00 score points"
        );
        assert_eq!(
            moved((2.0, 3.0), (3.0, 5.0)).change_words(),
            "2 / 3 → 3 / 5, ▼ -6.67 percentage points of attainment"
        );
    }

    #[test]
    fn lists_are_capped_with_a_count_of_the_rest() {
        let rises = vec![moved((1.0, 4.0), (2.0, 4.0)); RISES_SHOWN + 2];
        let md = markdown(&[], &rises);
        assert!(!md.contains("Declined"));
        assert_eq!(md.matches("\n- Name (I), P: ").count(), RISES_SHOWN);
        assert!(md.ends_with("\n- and 2 more\n"), "{md}");
        let text = text(&rises[..1], &[]);
        assert_eq!(
            text,
            format!(
                "  Declined  {}  1 / 4 → 2 / 4, ▲ +1.00 score points\n",
                fit("I Name", 40)
            )
        );
    }
}
