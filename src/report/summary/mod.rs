//! The one summary of a country-year that every report format renders.

use crate::i18n::{Lang, Messages};
use serde::Serialize;

mod rows;

pub use rows::{GapRow, IndicatorRow, PillarRow};

use super::changes::Moved;
use super::peers::PeerGroupView;
use super::provenance::Provenance;
use super::scenario_view::ScenarioView;
use crate::format::{index4_opt, round4_opt};
use crate::model::compare_year::{self, ChangeCounts, Comparison};
use crate::model::rank::{self, PeerGroup, RankBy, Standing};
use crate::model::scenario::Scenario;
use crate::model::{CountryIx, Dataset, YearIx};

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
    /// Pillars with a score in the year: the overall index is their mean,
    /// so fewer than `pillars_total` makes it a partial index, and every
    /// format says so.
    pub pillars_scored: usize,
    /// Pillars of the data, scored in the year or not.
    pub pillars_total: usize,
    /// The weakest scored pillars with something left to gain, weakest
    /// first: at most [`WEAKEST_LISTED`], the same list in every format.
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

/// What a report is about: one country in one year, and the earlier year
/// it is compared with, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subject {
    pub country: CountryIx,
    pub year: YearIx,
    pub compare: Option<YearIx>,
}

impl Summary {
    /// What "What to fix first" says when it lists nothing: that nothing
    /// has a gap, or, when `--top` left them all out, how many there are.
    pub fn no_gaps_listed(&self) -> String {
        self.no_gaps_listed_in(&Messages::new(Lang::En))
    }

    /// [`Summary::no_gaps_listed`] in the language of `msg`.
    pub fn no_gaps_listed_in(&self, msg: &Messages) -> String {
        match self.indicators.iter().filter(|r| r.gain > 0.0).count() {
            0 => msg.get("no-gaps-at-target"),
            n => msg.get_args("no-gaps-unlisted", &[("n", n.into())]),
        }
    }

    /// `group` is the peer group to rank against; with one country, no
    /// ranks are given.
    pub fn build(ds: &Dataset, subject: Subject, top: usize, group: &PeerGroup) -> Summary {
        let Subject {
            country: c,
            year: y,
            compare: y0,
        } = subject;
        let cmp: Option<Comparison> = y0.map(|y0| compare_year::compare(ds, c, y0, y));
        let places = Places {
            ds,
            peers: &group.countries,
            subject,
        };
        let indicators = rows::indicators(ds, subject, cmp.as_ref());
        let (declined, improved) = cmp
            .as_ref()
            .map(|k| super::changes::moved(ds, k))
            .unwrap_or_default();
        let overall = ds.overall(c, y);
        let compare_overall = y0.and_then(|y0| ds.overall(c, y0));
        let tier = ds.tier(c, y);
        let overall_place = places.of(RankBy::Overall);
        let country = &ds.countries[c as usize];
        let pillars = rows::pillars(ds, subject, cmp.as_ref(), &places);
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
            peer_group: places.ranked().then(|| PeerGroupView::new(ds, group)),
            pillars_scored: pillars.iter().filter(|p| p.score.is_some()).count(),
            pillars_total: pillars.len(),
            pillars,
            weakest_pillars: weakest_pillars(ds, subject),
            top_gaps: rows::top_gaps(&indicators, top),
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
        subject: Subject,
        scenario: &Scenario,
        file: &str,
        top: usize,
        group: &PeerGroup,
    ) -> Summary {
        let rows = ds.rows(subject.country, subject.year);
        for (row, i) in self.indicators.iter_mut().zip(rows) {
            row.scenario_score = scenario.score(ds, i);
        }
        let view = ScenarioView::build(ds, scenario, file, subject.country, subject.year);
        let projected = scenario.apply_to(ds);
        let projected = Some(Box::new(Summary::build(&projected, subject, top, group)));
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
        Some(super::brief_words::standing_words(
            group, place, self.year, safe, strong,
        ))
    }

    /// That the overall index is the mean of only some pillars, and which
    /// are left out, in the language of `msg`, names through `safe`; none
    /// when every pillar is scored (or none is: then there is no index).
    pub fn coverage_in(&self, msg: &Messages, safe: &dyn Fn(&str) -> String) -> Option<String> {
        if self.pillars_scored == 0 || self.pillars_scored == self.pillars_total {
            return None;
        }
        let missing: Vec<String> = self
            .pillars
            .iter()
            .filter(|p| p.score.is_none())
            .map(|p| safe(&p.pillar))
            .collect();
        Some(msg.get_args(
            "coverage",
            &[
                ("scored", self.pillars_scored.into()),
                ("total", self.pillars_total.into()),
                ("missing", missing.join(&msg.get("list-separator")).into()),
            ],
        ))
    }

    /// The score of the pillar named `name` in the report's year, as
    /// its row shows it: every format lists the weakest pillars with it.
    pub fn pillar_score(&self, name: &str) -> Option<f64> {
        self.pillars
            .iter()
            .find(|p| p.pillar == name)
            .and_then(|p| p.score)
    }

    /// "Zambia (ZMB)", "ZMB", or "(unnamed)".
    pub fn country_label(&self) -> String {
        country_label(&self.country, self.country_name.as_deref())
    }
}

/// How many weakest pillars a report lists, the same in every format.
pub const WEAKEST_LISTED: usize = 3;

/// The [`WEAKEST_LISTED`] weakest scored pillars with something left to
/// gain, weakest first.
fn weakest_pillars(ds: &Dataset, subject: Subject) -> Vec<String> {
    compare_year::weakest_with_gap(ds, subject.country, subject.year)
        .into_iter()
        .take(WEAKEST_LISTED)
        .map(|(p, _)| ds.pillars[p as usize].clone())
        .collect()
}

/// Where the subject's country stands among its peers in its year.
struct Places<'a> {
    ds: &'a Dataset,
    peers: &'a [CountryIx],
    subject: Subject,
}

impl Places<'_> {
    /// Whether there is anyone to rank against.
    fn ranked(&self) -> bool {
        self.peers.len() > 1
    }

    /// The country's place by `by`; none when it stands alone or has no
    /// score to rank.
    fn of(&self, by: RankBy) -> Option<Standing> {
        let Subject { country, year, .. } = self.subject;
        if self.ranked() {
            rank::standing(self.ds, self.peers, year, by, country)
        } else {
            None
        }
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
