//! The plan (`--plan`) and the scenario (`--scenario`) sections of the
//! brief, from the same views the other formats render; projected figures
//! are always labelled as projected.

use super::escape;
use super::table::{Col, badge, indicator, table};
use super::words::{data, num, prose, text};
use crate::format;
use crate::i18n::Messages;
use crate::report::plan::{PlanReport, StepRow};
use crate::report::plan_words::{goal_needed_in, method_in, outcome_in};
use crate::report::scenario_view::{ScenarioView, score_of};

/// The goal, the steps with the index and tier after each, and where they
/// lead.
pub fn plan(p: &PlanReport, msg: &Messages) -> String {
    let mut out = format!(
        "<section id=\"plan\"><h2>{}</h2>\n",
        text(msg, "plan-heading")
    );
    let goal = goal_needed_in(p, msg);
    if !goal.is_empty() {
        out.push_str(&format!(
            "<p><strong>{}:</strong> {}</p>\n",
            text(msg, "plan-goal"),
            prose(&goal)
        ));
    }
    let fig = |f: String| escape(&msg.localize(&f));
    if !p.steps.is_empty() {
        // Compact, so that the indicator's name has the room: one score
        // column ("2 → 3 / 3"), figures never wrapped, and the tier as
        // "Tier 2" (its name is in the goal and the outcome).
        let rows: Vec<Vec<String>> = p
            .steps
            .iter()
            .map(|s| {
                vec![
                    s.step.to_string(),
                    indicator(&s.indicator_id, &s.indicator),
                    data(&s.pillar),
                    fig(from_to(s)),
                    fig(format!("{:+.2}", s.shown_gain())),
                    fig(format::index(Some(s.overall))),
                    tier_cell(msg, s.tier),
                ]
            })
            .collect();
        let cols = [
            Col::msg(msg, "col-step", true),
            Col::msg(msg, "col-indicator", false),
            Col::msg(msg, "col-pillar", false),
            Col::msg(msg, "col-from-to", true),
            Col::msg(msg, "col-index-gain", true),
            Col::msg(msg, "col-index-after", true),
            Col::msg(msg, "col-tier", false),
        ];
        out.push_str(&table(&cols, &rows, "plan"));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str(&format!(
                "<p class=\"note\">{}</p>\n",
                text(msg, "plan-partial")
            ));
        }
    }
    out.push_str(&format!("<p>{}</p>\n", prose(&outcome_in(p, false, msg))));
    out.push_str(&format!(
        "<p class=\"note\"><strong>{}.</strong> {}</p></section>\n",
        text(msg, "html-method"),
        escape(&method_in(msg))
    ));
    out
}

/// "2 → 3 / 3": the score before and after the step, out of the
/// indicator's maximum; a partial step's new score is starred.
fn from_to(s: &StepRow) -> String {
    format!(
        "{} → {}{}",
        s.from
            .map_or_else(|| format::NONE.to_string(), format::points),
        score_of(Some(s.to), s.max_score),
        if s.partial { "*" } else { "" }
    )
}

/// "Tier 2" in the badge of its tier: short enough for the table to fit
/// the page in every language, and said in words, not by shade alone.
fn tier_cell(msg: &Messages, tier: u8) -> String {
    let words = msg.get_args("plan-tier-cell", &[("tier", tier.into())]);
    format!("<span class=\"tier tier-{tier}\">{}</span>", escape(&words))
}

/// Actual beside projected: overall, tier, each pillar, and what the
/// scenario changes.
pub fn scenario(v: &ScenarioView, msg: &Messages) -> String {
    let mut out = format!(
        "<section id=\"scenario\" class=\"projected\"><h2>{}</h2>\n<p class=\"note\">{}</p>\n",
        msg.get_args("scenario-heading", &[("file", data(&v.file).into())]),
        text(msg, "html-projected-note")
    );
    out.push_str(&format!(
        "<p>{} {} {} {} {} {} {} ({})</p>\n",
        text(msg, "col-actual"),
        num(msg, &format::index(v.actual_overall)),
        badge(msg, v.actual_tier),
        text(msg, "html-then"),
        text(msg, "col-projected"),
        num(msg, &format::index(v.projected_overall)),
        badge(msg, v.projected_tier),
        num(
            msg,
            &format::delta(format::index_delta(v.actual_overall, v.projected_overall))
        )
    ));
    let fig = |f: String| escape(&msg.localize(&f));
    let rows: Vec<Vec<String>> = v
        .pillars
        .iter()
        .map(|p| {
            vec![
                data(&p.pillar),
                fig(format::score(p.actual)),
                fig(format::score(p.projected)),
                fig(format::delta(format::shown_delta(p.actual, p.projected))),
            ]
        })
        .collect();
    let cols = [
        Col::msg(msg, "col-pillar", false),
        Col::msg(msg, "col-actual", true),
        Col::msg(msg, "col-projected", true),
        Col::msg(msg, "col-change", true),
    ];
    out.push_str(&table(&cols, &rows, "scenario"));
    if !v.changes.is_empty() {
        let rows: Vec<Vec<String>> = v
            .changes
            .iter()
            .map(|c| {
                vec![
                    indicator(&c.indicator_id, &c.indicator),
                    data(&c.pillar),
                    format!(
                        "{} → {}",
                        fig(score_of(c.from, c.max_score)),
                        fig(score_of(Some(c.to), c.max_score))
                    ),
                ]
            })
            .collect();
        let cols = [
            Col::msg(msg, "col-indicator", false),
            Col::msg(msg, "col-pillar", false),
            Col::msg(msg, "col-from-to", true),
        ];
        out.push_str(&format!(
            "<h3>{}</h3>\n",
            text(msg, "html-scenario-changes")
        ));
        out.push_str(&table(&cols, &rows, "scenario-changes"));
    }
    out.push_str("</section>\n");
    out
}
