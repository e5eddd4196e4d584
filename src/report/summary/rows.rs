//! The rows of a summary: one per pillar, one per indicator, and the
//! indicators worth fixing first, each built from the data of its subject.

use serde::Serialize;

use super::{Places, Subject};
use crate::format::{round4_opt, round4_ser};
use crate::model::compare_year::{self, Comparison, IndicatorChange};
use crate::model::rank::{RankBy, Standing};
use crate::model::{Dataset, PillarIx};

#[derive(Clone, Debug, Serialize)]
pub struct PillarRow {
    pub pillar: String,
    #[serde(serialize_with = "round4_opt")]
    pub score: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub compare_score: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub delta: Option<f64>,
    /// Indicators present in the year.
    pub indicators: u32,
    pub assessed: u32,
    /// Rise of the overall index if every indicator of the pillar reached
    /// its target.
    #[serde(serialize_with = "round4_ser")]
    pub gain: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tied_with: Option<usize>,
    /// How many peers score higher (with ties ranked together, more than
    /// the rank suggests).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ahead: Option<usize>,
}

impl PillarRow {
    /// "11th of 16", "1st of 16, tied with 8", or the placeholder when the
    /// pillar was not ranked.
    pub fn standing(&self) -> String {
        match (self.rank, self.of) {
            (Some(rank), Some(of)) => Standing {
                rank,
                of,
                tied_with: self.tied_with.unwrap_or(0),
                ahead: self.ahead.unwrap_or(rank - 1),
            }
            .phrase(),
            _ => crate::format::NONE.to_string(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct GapRow {
    pub indicator_id: String,
    pub indicator: String,
    pub pillar: String,
    #[serde(serialize_with = "round4_opt")]
    pub score: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub target: f64,
    #[serde(serialize_with = "round4_ser")]
    pub max_score: f64,
    #[serde(serialize_with = "round4_opt")]
    pub gap: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub gain: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct IndicatorRow {
    pub pillar: String,
    pub indicator_id: String,
    pub indicator: String,
    #[serde(serialize_with = "round4_opt")]
    pub score: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub max_score: f64,
    #[serde(serialize_with = "round4_opt")]
    pub attainment: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub compare_score: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub delta: Option<f64>,
    pub change: Option<&'static str>,
    #[serde(serialize_with = "round4_ser")]
    pub weight: f64,
    #[serde(serialize_with = "round4_ser")]
    pub target: f64,
    #[serde(serialize_with = "round4_opt")]
    pub gap: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub gain: f64,
    pub evidence: String,
    /// The score under the scenario, when one is laid over the year.
    #[serde(skip)]
    pub scenario_score: Option<f64>,
}

/// A row per pillar that has indicators in the year, or had some in the
/// comparison year.
pub(super) fn pillars(
    ds: &Dataset,
    subject: Subject,
    cmp: Option<&Comparison>,
    places: &Places,
) -> Vec<PillarRow> {
    let Subject {
        country: c,
        year: y,
        compare: y0,
    } = subject;
    let aggs = ds.pillar_aggs(c, y);
    (0..ds.pillars.len() as PillarIx)
        .filter(|&p| {
            aggs[p as usize].total > 0 || cmp.is_some_and(|k| k.pillars[p as usize].from.is_some())
        })
        .map(|p| {
            let agg = aggs[p as usize];
            let compare_score = y0.and_then(|y0| ds.pillar_score(c, y0, p));
            let place = places.of(RankBy::Pillar(p));
            PillarRow {
                pillar: ds.pillars[p as usize].clone(),
                score: agg.score(),
                compare_score,
                delta: compare_year::delta(compare_score, agg.score()),
                indicators: agg.total,
                assessed: agg.assessed,
                gain: compare_year::pillar_gain(ds, c, y, p),
                rank: place.map(|r| r.rank),
                of: place.map(|r| r.of),
                tied_with: place.map(|r| r.tied_with),
                ahead: place.map(|r| r.ahead),
            }
        })
        .collect()
}

/// A row per indicator of the year, in the data's order, with its change
/// since the comparison year.
pub(super) fn indicators(
    ds: &Dataset,
    subject: Subject,
    cmp: Option<&Comparison>,
) -> Vec<IndicatorRow> {
    let rows = ds.rows(subject.country, subject.year);
    let mut change_of: Vec<Option<&IndicatorChange>> = vec![None; rows.len()];
    for ch in cmp.iter().flat_map(|k| &k.indicators) {
        if let Some(i) = ch.to {
            change_of[i - rows.start] = Some(ch);
        }
    }
    rows.clone()
        .map(|i| {
            let ind = ds.indicator_of(i);
            let change = change_of[i - rows.start];
            IndicatorRow {
                pillar: ds.pillars[ind.pillar as usize].clone(),
                indicator_id: ind.id.clone(),
                indicator: ind.name.clone(),
                score: ds.score(i),
                max_score: ds.max_score(i),
                attainment: ds.attainment(i).map(|a| 100.0 * a),
                compare_score: change.and_then(|ch| ch.from).and_then(|j| ds.score(j)),
                delta: change.and_then(|ch| ch.delta),
                change: change.map(|ch| ch.change.label()),
                weight: ds.weight(i),
                target: ds.target(i),
                gap: ds.gap(i),
                gain: ds.gain(i),
                evidence: ds.evidence(i).to_string(),
                scenario_score: None,
            }
        })
        .collect()
}

/// The `top` indicators with something to gain, largest index gain first
/// (the larger gap first between equal gains).
pub(super) fn top_gaps(indicators: &[IndicatorRow], top: usize) -> Vec<GapRow> {
    let mut ranked: Vec<&IndicatorRow> = indicators.iter().filter(|row| row.gain > 0.0).collect();
    ranked.sort_by(|a, b| {
        b.gain
            .total_cmp(&a.gain)
            .then(b.gap.unwrap_or(0.0).total_cmp(&a.gap.unwrap_or(0.0)))
    });
    ranked
        .into_iter()
        .take(top)
        .map(|row| GapRow {
            indicator_id: row.indicator_id.clone(),
            indicator: row.indicator.clone(),
            pillar: row.pillar.clone(),
            score: row.score,
            target: row.target,
            max_score: row.max_score,
            gap: row.gap,
            gain: row.gain,
        })
        .collect()
}
