//! The scenario section of a report: a scenario laid over one country-year,
//! projected scores beside the actual ones, always labelled as projected so
//! they are never mistaken for the data.

use serde::Serialize;

use super::markdown_escape::escape;
use super::table::{Column, INDENTED, Layout, TextTable};
use crate::format::{self, NONE, index4_opt, round4_opt, round4_ser};
use crate::i18n::{Lang, Messages};
use crate::model::scenario::{Scenario, project};
use crate::model::{CountryIx, Dataset, PillarIx, Tier, YearIx};
use crate::sanitize::{fit, visible};

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioView {
    /// The scenario file as a brief names it: as typed when relative, by its
    /// file name when absolute ([`shown_path`](super::provenance::shown_path)).
    pub file: String,
    /// Changes in this country-year, in the file's order.
    pub changes: Vec<ChangeRow>,
    /// Changes the file makes in other country-years, not reflected here.
    pub elsewhere: usize,
    #[serde(serialize_with = "index4_opt")]
    pub actual_overall: Option<f64>,
    #[serde(serialize_with = "index4_opt")]
    pub projected_overall: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub delta: Option<f64>,
    pub actual_tier: Option<u8>,
    pub actual_tier_label: Option<&'static str>,
    pub projected_tier: Option<u8>,
    pub projected_tier_label: Option<&'static str>,
    pub pillars: Vec<ScenarioPillar>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChangeRow {
    pub indicator_id: String,
    pub indicator: String,
    pub pillar: String,
    /// The actual score; `None`: not assessed.
    #[serde(serialize_with = "round4_opt")]
    pub from: Option<f64>,
    #[serde(serialize_with = "round4_ser")]
    pub to: f64,
    #[serde(serialize_with = "round4_ser")]
    pub max_score: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScenarioPillar {
    pub pillar: String,
    #[serde(serialize_with = "round4_opt")]
    pub actual: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub projected: Option<f64>,
    #[serde(serialize_with = "round4_opt")]
    pub delta: Option<f64>,
}

impl ScenarioView {
    pub fn build(
        ds: &Dataset,
        scenario: &Scenario,
        file: &str,
        c: CountryIx,
        y: YearIx,
    ) -> ScenarioView {
        let all = scenario.changes(ds);
        let changes: Vec<ChangeRow> = scenario
            .changes_in(ds, c, y)
            .into_iter()
            .map(|ch| {
                let ind = ds.indicator_of(ch.obs);
                ChangeRow {
                    indicator_id: ind.id.clone(),
                    indicator: ind.name.clone(),
                    pillar: ds.pillars[ind.pillar as usize].clone(),
                    from: ch.from,
                    to: ch.to,
                    max_score: ds.max_score(ch.obs),
                }
            })
            .collect();
        let proj = project(ds, scenario, c, y);
        let aggs = ds.pillar_aggs(c, y);
        let pillars = (0..ds.pillars.len() as PillarIx)
            .filter(|&p| aggs[p as usize].total > 0)
            .map(|p| {
                let actual = ds.pillar_score(c, y, p);
                let projected = proj.pillars[p as usize];
                ScenarioPillar {
                    pillar: ds.pillars[p as usize].clone(),
                    actual,
                    projected,
                    delta: crate::model::compare_year::delta(actual, projected),
                }
            })
            .collect();
        let actual = ds.overall(c, y);
        ScenarioView {
            file: file.to_string(),
            elsewhere: all.len() - changes.len(),
            changes,
            actual_overall: actual,
            projected_overall: proj.overall,
            delta: crate::model::compare_year::delta(actual, proj.overall),
            actual_tier: ds.tier(c, y).map(Tier::number),
            actual_tier_label: ds.tier(c, y).map(Tier::label),
            projected_tier: proj.tier.map(Tier::number),
            projected_tier_label: proj.tier.map(Tier::label),
            pillars,
        }
    }

    fn count(&self, msg: &Messages) -> String {
        msg.get_args("scenario-changes", &[("n", self.changes.len().into())])
    }

    fn elsewhere_note(&self, msg: &Messages) -> Option<String> {
        (self.elsewhere > 0)
            .then(|| msg.get_args("scenario-elsewhere", &[("n", self.elsewhere.into())]))
    }
}

fn tier(t: Option<u8>, msg: &Messages) -> String {
    t.map_or_else(
        || NONE.to_string(),
        |t| msg.get_args("scenario-tier", &[("tier", t.into())]),
    )
}

/// "2 / 3", or "— / 3" for not assessed.
pub fn score_of(v: Option<f64>, max: f64) -> String {
    format!(
        "{} / {}",
        v.map_or_else(|| NONE.to_string(), format::points),
        format::points(max)
    )
}

/// A proposed score, written as the dashboard writes it. A plan's steps
/// are whole hundredths (2.51), so a saved plan reads as the plan did.
fn proposed_of(v: f64, max: f64) -> String {
    score_of(Some(v), max)
}

/// The scenario section of a text report.
pub fn text(s: &ScenarioView) -> String {
    let english = Messages::new(Lang::En);
    let mut out = format!(
        "Scenario {} (projected, not actual data): {}\n",
        visible(&s.file),
        s.count(&english)
    );
    out.push_str(&format!(
        "  Overall  actual {}  projected {}  {}   {} → {}\n",
        format::index(s.actual_overall),
        format::index(s.projected_overall),
        format::delta(format::index_delta(s.actual_overall, s.projected_overall)),
        tier(s.actual_tier, &english),
        tier(s.projected_tier, &english),
    ));
    out.push_str(&pillar_table(s, INDENTED, &english));
    for ch in &s.changes {
        out.push_str(&format!(
            "  changed  {}  {} → {}\n",
            fit(&format!("{} {}", ch.indicator_id, ch.indicator), 40),
            score_of(ch.from, ch.max_score),
            proposed_of(ch.to, ch.max_score),
        ));
    }
    if let Some(note) = s.elsewhere_note(&english) {
        out.push_str(&format!("  {note}\n"));
    }
    out
}

/// Actual beside projected score of each pillar.
fn pillar_table(s: &ScenarioView, layout: Layout, msg: &Messages) -> String {
    let change = msg.get("col-change");
    let mut t = TextTable::new(
        layout,
        vec![
            Column::left(msg.get("col-pillar"), 24),
            Column::right(msg.get("col-actual"), 7),
            Column::right(msg.get("col-projected"), 9),
            Column::right(layout.pick("Δ", &change), 9),
        ],
    );
    for p in &s.pillars {
        t.row(&[
            p.pillar.clone(),
            msg.localize(&format::score(p.actual)),
            msg.localize(&format::score(p.projected)),
            msg.localize(&format::delta(format::shown_delta(p.actual, p.projected))),
        ]);
    }
    t.finish()
}

/// The scenario section of a markdown brief, in the language of `msg`.
pub fn markdown(s: &ScenarioView, msg: &Messages) -> String {
    let heading = msg.get_args("scenario-heading", &[("file", escape(&s.file).into())]);
    let mut out = format!("## {heading}\n\n");
    let delta = format::delta(format::index_delta(s.actual_overall, s.projected_overall));
    let summary = msg.get_args(
        "scenario-summary",
        &[
            ("changes", s.count(msg).into()),
            (
                "projected",
                format!("**{}**", msg.localize(&format::index(s.projected_overall))).into(),
            ),
            ("projectedtier", tier(s.projected_tier, msg).into()),
            (
                "actual",
                msg.localize(&format::index(s.actual_overall)).into(),
            ),
            ("actualtier", tier(s.actual_tier, msg).into()),
            ("delta", msg.localize(&delta).into()),
        ],
    );
    out.push_str(&format!("{summary}\n\n"));
    out.push_str(&pillar_table(s, Layout::Markdown, msg));
    if !s.changes.is_empty() {
        let mut t = TextTable::new(
            Layout::Markdown,
            vec![
                Column::left(msg.get("col-changed-indicator"), 40),
                Column::left(msg.get("col-pillar"), 20),
                Column::right(msg.get("col-actual"), 9),
                Column::right(msg.get("col-proposed"), 9),
            ],
        );
        for ch in &s.changes {
            t.row(&[
                Layout::Markdown.indicator(&ch.indicator_id, &ch.indicator),
                ch.pillar.clone(),
                msg.localize(&score_of(ch.from, ch.max_score)),
                msg.localize(&proposed_of(ch.to, ch.max_score)),
            ]);
        }
        out.push('\n');
        out.push_str(&t.finish());
    }
    if let Some(note) = s.elsewhere_note(msg) {
        out.push_str(&format!("\n_{note}_\n"));
    }
    out
}
