//! The plan (`--plan`) and the scenario (`--scenario`) sections of the
//! brief, from the same views the other formats render; projected figures
//! are always labelled as projected.

use super::sections::{Col, badge, table};
use super::{Labels, escape};
use crate::format;
use crate::report::plan::{METHOD, PlanReport};
use crate::report::plan_render::{goal_words, outcome};
use crate::report::scenario_view::{ScenarioView, score_of};

/// The goal, the steps with the index and tier after each, and where they
/// lead.
pub fn plan(p: &PlanReport, l: &Labels) -> String {
    let mut out = format!("<section id=\"plan\"><h2>{}</h2>\n", escape(l.plan));
    let goal = goal_words(p, true);
    if !goal.is_empty() {
        out.push_str(&format!(
            "<p><strong>{}:</strong> {}</p>\n",
            escape(l.goal),
            escape(&goal)
        ));
    }
    if !p.steps.is_empty() {
        let rows: Vec<Vec<String>> = p
            .steps
            .iter()
            .map(|s| {
                let to = score_of(Some(s.to), s.max_score);
                vec![
                    s.step.to_string(),
                    format!(
                        "<span class=\"id\">{}</span> {}",
                        escape(&s.indicator_id),
                        escape(&s.indicator)
                    ),
                    escape(&s.pillar),
                    format!(
                        "{} → {}{}",
                        escape(&score_of(s.from, s.max_score)),
                        escape(&to),
                        if s.partial { "*" } else { "" }
                    ),
                    format!("{:+.2}", s.gain),
                    format::index(Some(s.overall)),
                    badge(l, Some(s.tier), Some(s.tier_label)),
                ]
            })
            .collect();
        let cols = [
            Col(l.step, true),
            Col(l.indicator, false),
            Col(l.pillar, false),
            Col(l.from_to, true),
            Col(l.index_gain, true),
            Col(l.index_after, true),
            Col(l.tier, false),
        ];
        out.push_str(&table(&cols, &rows, "plan"));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(l.partial)));
        }
    }
    out.push_str(&format!("<p>{}</p>\n", escape(&outcome(p, false))));
    out.push_str(&format!(
        "<p class=\"note\"><strong>{}.</strong> {}</p></section>\n",
        escape(l.method),
        escape(METHOD)
    ));
    out
}

/// Actual beside projected: overall, tier, each pillar, and what the
/// scenario changes.
pub fn scenario(v: &ScenarioView, l: &Labels) -> String {
    let mut out = format!(
        "<section id=\"scenario\" class=\"projected\"><h2>{}: {}</h2>\n<p class=\"note\">{}</p>\n",
        escape(l.scenario),
        escape(&v.file),
        escape(l.projected_note)
    );
    out.push_str(&format!(
        "<p>{} {} {} → {} {} {} ({})</p>\n",
        escape(l.actual),
        format::index(v.actual_overall),
        badge(l, v.actual_tier, v.actual_tier_label),
        escape(l.projected),
        format::index(v.projected_overall),
        badge(l, v.projected_tier, v.projected_tier_label),
        format::delta(format::index_delta(v.actual_overall, v.projected_overall))
    ));
    let rows: Vec<Vec<String>> = v
        .pillars
        .iter()
        .map(|p| {
            vec![
                escape(&p.pillar),
                format::score(p.actual),
                format::score(p.projected),
                format::delta(format::shown_delta(p.actual, p.projected)),
            ]
        })
        .collect();
    let cols = [
        Col(l.pillar, false),
        Col(l.actual, true),
        Col(l.projected, true),
        Col(l.change, true),
    ];
    out.push_str(&table(&cols, &rows, "scenario"));
    if !v.changes.is_empty() {
        let rows: Vec<Vec<String>> = v
            .changes
            .iter()
            .map(|c| {
                vec![
                    format!(
                        "<span class=\"id\">{}</span> {}",
                        escape(&c.indicator_id),
                        escape(&c.indicator)
                    ),
                    escape(&c.pillar),
                    format!(
                        "{} → {}",
                        escape(&score_of(c.from, c.max_score)),
                        escape(&score_of(Some(c.to), c.max_score))
                    ),
                ]
            })
            .collect();
        let cols = [
            Col(l.indicator, false),
            Col(l.pillar, false),
            Col(l.from_to, true),
        ];
        out.push_str(&format!("<h3>{}</h3>\n", escape(l.scenario_changes)));
        out.push_str(&table(&cols, &rows, "scenario-changes"));
    }
    out.push_str("</section>\n");
    out
}
