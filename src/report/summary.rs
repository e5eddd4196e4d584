//! The one summary of a country-year that every report format renders.

use serde::Serialize;

use super::changes::Moved;
use super::peers::PeerGroupView;
use super::provenance::Provenance;
use super::scenario_view::ScenarioView;
use crate::format::{index4_opt, round4_opt, round4_ser};
use crate::model::compare_year::{self, ChangeCounts, Comparison};
use crate::model::rank::{self, PeerGroup, RankBy, Standing};
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, Dataset, PillarIx, YearIx};

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub country: String,
    pub country_name: Option<String>,
    pub year: i32,
    pub compare_year: Option<i32>,
    /// The data files, their stated source and the day the report was made
    /// (`data_files`, `source`, `rows_without_source`, `generated` in JSON).
    /// None in a projected summary: the report around it says it once.
    #[serde(flatten)]
    pub provenance: Option<Provenance>,
    #[serde(serialize_with = "index4_opt")]
    pub overall: Option<f64>,
    #[serde(serialize_with = "index4_opt")]
    pub compare_overall: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub delta: Option<f64>,
    pub tier: Option<u8>,
    pub tier_label: Option<&'static str>,
    /// Place among the peers by overall index, when there are several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<usize>,
    /// How many peers were ranked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<usize>,
    /// How many other peers share the rank.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tied_with: Option<usize>,
    /// How many peers score higher (with ties ranked together, more than
    /// the rank suggests).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ahead: Option<usize>,
    /// Whom the ranks are among, when there are several countries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peer_group: Option<PeerGroupView>,
    pub pillars: Vec<PillarRow>,
    /// Scored pillars with something left to gain, weakest first.
    pub weakest_pillars: Vec<String>,
    /// Indicators ranked by index gain: what to fix first.
    pub top_gaps: Vec<GapRow>,
    pub changes: Option<ChangeCounts>,
    /// Indicators that fell since the comparison year, largest fall first.
    pub declined: Vec<Moved>,
    /// Indicators that rose, largest rise first.
    pub improved: Vec<Moved>,
    /// A scenario laid over the year, with projected beside actual scores.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scenario: Option<ScenarioSection>,
    #[serde(skip)]
    pub indicators: Vec<IndicatorRow>,
}

/// A scenario's part of a summary: what it changes, then the whole summary
/// as the scenario would make it (ranks, gains, what to fix first), exactly
/// as the dashboard shows it under the scenario. Kept here rather than in
/// the view, so the scenario module never needs the summary.
#[derive(Clone, Debug, Serialize)]
pub struct ScenarioSection {
    #[serde(flatten)]
    pub view: ScenarioView,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projected: Option<Box<Summary>>,
}

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

/// Which country and years a summary is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub country: CountryIx,
    pub year: YearIx,
    pub compare: Option<YearIx>,
}

impl Summary {
    /// `group` is the peer group to rank against; with one country, no
    /// ranks are given.
    pub fn build(ds: &Dataset, sel: Selection, top: usize, group: &PeerGroup) -> Summary {
        let Selection {
            country: c,
            year: y,
            compare: y0,
        } = sel;
        let peers: &[CountryIx] = &group.countries;
        let rank = |by: RankBy| {
            if peers.len() > 1 {
                rank::standing(ds, peers, y, by, c)
            } else {
                None
            }
        };
        let cmp: Option<Comparison> = y0.map(|y0| compare_year::compare(ds, c, y0, y));
        let overall = ds.overall(c, y);
        let compare_overall = y0.and_then(|y0| ds.overall(c, y0));
        let tier = ds.tier(c, y);
        let aggs = ds.pillar_aggs(c, y);

        let pillars = (0..ds.pillars.len() as PillarIx)
            .filter(|&p| {
                aggs[p as usize].total > 0
                    || cmp
                        .as_ref()
                        .is_some_and(|k| k.pillars[p as usize].from.is_some())
            })
            .map(|p| {
                let agg = aggs[p as usize];
                let compare_score = y0.and_then(|y0| ds.pillar_score(c, y0, p));
                let place = rank(RankBy::Pillar(p));
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
            .collect();

        let weakest_pillars = compare_year::weakest_with_gap(ds, c, y)
            .into_iter()
            .map(|(p, _)| ds.pillars[p as usize].clone())
            .collect();

        let rows = ds.rows(c, y);
        let mut change_of = vec![None; rows.len()];
        for ch in cmp.iter().flat_map(|k| &k.indicators) {
            if let Some(i) = ch.to {
                change_of[i - rows.start] = Some(ch);
            }
        }
        let indicators: Vec<IndicatorRow> = rows
            .clone()
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
            .collect();

        let mut ranked: Vec<&IndicatorRow> =
            indicators.iter().filter(|row| row.gain > 0.0).collect();
        ranked.sort_by(|a, b| {
            b.gain
                .total_cmp(&a.gain)
                .then(b.gap.unwrap_or(0.0).total_cmp(&a.gap.unwrap_or(0.0)))
        });
        let top_gaps = ranked
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
            .collect();

        let (declined, improved) = cmp
            .as_ref()
            .map(|k| super::changes::moved(ds, k))
            .unwrap_or_default();
        let overall_place = rank(RankBy::Overall);
        let country = &ds.countries[c as usize];
        Summary {
            country: country.code.clone(),
            country_name: country.name.clone(),
            year: ds.years[y as usize],
            compare_year: y0.map(|y0| ds.years[y0 as usize]),
            provenance: None,
            overall,
            compare_overall,
            delta: compare_year::delta(compare_overall, overall),
            tier: tier.map(|t| t.number()),
            tier_label: tier.map(|t| t.label()),
            rank: overall_place.map(|r| r.rank),
            of: overall_place.map(|r| r.of),
            tied_with: overall_place.map(|r| r.tied_with),
            ahead: overall_place.map(|r| r.ahead),
            peer_group: (peers.len() > 1).then(|| PeerGroupView::new(ds, group)),
            pillars,
            weakest_pillars,
            top_gaps,
            changes: cmp.map(|k| k.counts),
            declined,
            improved,
            scenario: None,
            indicators,
        }
    }

    /// The same summary with `scenario` laid over its year: the actual
    /// numbers stay, and the projected ones are added beside them, among
    /// them the whole summary as the scenario would make it.
    pub fn with_scenario(
        mut self,
        ds: &Dataset,
        sel: Selection,
        scenario: &Scenario,
        file: &str,
        top: usize,
        group: &PeerGroup,
    ) -> Summary {
        let rows = ds.rows(sel.country, sel.year);
        for (row, i) in self.indicators.iter_mut().zip(rows) {
            row.scenario_score = scenario.score(ds, i);
        }
        let view = ScenarioView::build(ds, scenario, file, sel.country, sel.year);
        let projected = scenario.apply_to(ds);
        let projected = Some(Box::new(Summary::build(&projected, sel, top, group)));
        self.scenario = Some(ScenarioSection { view, projected });
        self
    }

    /// The same summary, saying where its data comes from.
    pub fn with_provenance(mut self, provenance: Provenance) -> Summary {
        self.provenance = Some(provenance);
        self
    }

    /// Where the country stands overall, in words: "6th of 16 peers (ZMB,
    /// KEN, …)", the ordinal passed through `strong`; none without ranks.
    pub fn standing_words(
        &self,
        safe: &dyn Fn(&str) -> String,
        strong: &dyn Fn(String) -> String,
    ) -> Option<String> {
        let (rank, of, group) = (self.rank?, self.of?, self.peer_group.as_ref()?);
        let place = Standing {
            rank,
            of,
            tied_with: self.tied_with.unwrap_or(0),
            ahead: self.ahead.unwrap_or(rank - 1),
        };
        Some(super::peers::standing_words(
            group, place, self.year, safe, strong,
        ))
    }

    /// "Zambia (ZMB)", "ZMB", or "(unnamed)".
    pub fn country_label(&self) -> String {
        country_label(&self.country, self.country_name.as_deref())
    }
}

/// "Zambia (ZMB)", "ZMB", or "(unnamed)".
pub fn country_label(code: &str, name: Option<&str>) -> String {
    match (name, code.is_empty()) {
        (Some(name), false) => format!("{name} ({code})"),
        (Some(name), true) => name.to_string(),
        (None, false) => code.to_string(),
        (None, true) => "(unnamed)".to_string(),
    }
}
