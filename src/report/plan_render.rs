//! The action plan rendered in every format: plain text and the markdown
//! brief for a minister (where the country stands, the goal, the steps, and
//! where they lead), JSON, and CSV.

use super::TextFormat;
use super::brief_words;
use super::csv_out::{cell, num};
use super::markdown_escape::escape;
use super::plan::{PlanReport, Position, StepRow};
use super::plan_words;
use super::scenario_view::{self, score_of};
use super::table::{Column, INDENTED, Layout, TextTable};
use crate::format;
use crate::i18n::{Lang, Messages};
use crate::sanitize::visible;
use crate::write::csv::table as write_rows;

/// "Tier 2 · Advancing", or the placeholder.
fn tier(p: &Position) -> String {
    plan_words::tier_dot(p.tier, &english())
}

/// The text plan, the workbook and the CLI speak English.
fn english() -> Messages {
    Messages::new(Lang::En)
}

fn to_cell(s: &StepRow) -> String {
    let to = score_of(Some(s.to), s.max_score);
    if s.partial { format!("{to}*") } else { to }
}

/// The goal in words: "Tier 1 · Role-modelling at 95.00", in English;
/// [`plan_words::goal_words_in`] says it in any language.
pub fn goal_words(p: &PlanReport, md: bool) -> String {
    plan_words::goal_words_in(p, md, &english())
}

/// What happens at the end, in one or two sentences, in English;
/// [`plan_words::outcome_in`] says it in any language.
pub fn outcome(p: &PlanReport, md: bool) -> String {
    plan_words::outcome_in(p, md, &english())
}

pub fn text(p: &PlanReport) -> String {
    let mut out = format!("{} — action plan {}\n", visible(&p.country_label()), p.year);
    if let Some(prov) = &p.provenance {
        out.push_str(&prov.text());
    }
    out.push('\n');
    if let Some(sc) = &p.scenario {
        out.push_str(&scenario_view::text(sc));
        out.push_str("  The plan starts from the projected scores.\n\n");
    }
    match p.start.overall {
        Some(_) => out.push_str(&format!(
            "Now      {} / 100   {}\n",
            format::index(p.start.overall),
            tier(&p.start)
        )),
        None => out.push_str(&format!("Now      {}\n", english().get("plan-unscored"))),
    }
    if !p.weakest_pillars.is_empty() {
        let weakest: Vec<String> = p
            .weakest_pillars
            .iter()
            .map(|w| format!("{} {:.2}", visible(&w.pillar), w.score))
            .collect();
        out.push_str(&format!("Weakest  {}\n", weakest.join(", ")));
    }
    if p.goal.kind != "top_tier" {
        out.push_str(&format!(
            "Goal     {}: +{} needed\n",
            goal_words(p, false),
            plan_words::needed_words(p)
        ));
    }
    out.push('\n');
    if !p.steps.is_empty() {
        out.push_str(&steps_table(p, INDENTED, &english()));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str("  * part way to its target: just enough to reach the goal\n");
        }
        out.push('\n');
    }
    out.push_str(&outcome(p, false));
    out.push_str(&format!("\n\nMethod: {}\n", p.method));
    out
}

/// The plan as a markdown brief, in English.
pub fn markdown(p: &PlanReport) -> String {
    markdown_in(p, &english())
}

/// The plan as a markdown brief, in the language of `msg`.
pub fn markdown_in(p: &PlanReport, msg: &Messages) -> String {
    let safe = |t: &str| escape(t);
    let title = msg.get_args(
        "plan-title",
        &[
            ("country", escape(&p.country_label()).into()),
            ("year", p.year.to_string().into()),
        ],
    );
    let mut out = format!("# {title}\n\n");
    if let Some(prov) = &p.provenance {
        out.push_str(&brief_words::provenance(msg, prov, &safe));
        out.push('\n');
    }
    if let Some(sc) = &p.scenario {
        out.push_str(&scenario_view::markdown(sc, msg));
        out.push_str(&format!("\n{}\n\n", msg.get("plan-from-scenario")));
    }
    out.push_str(&format!("## {}\n\n", msg.get("plan-where-heading")));
    if p.start.overall.is_some() {
        let index = msg.localize(&format::index(p.start.overall));
        out.push_str(&msg.get_args(
            "plan-overall",
            &[
                ("index", format!("**{index} / 100**").into()),
                ("tier", plan_words::tier_prose(p.start.tier, msg).into()),
            ],
        ));
    } else {
        out.push_str(&format!("{}.", msg.get("plan-unscored")));
    }
    if !p.weakest_pillars.is_empty() {
        let weakest: Vec<String> = p
            .weakest_pillars
            .iter()
            .map(|w| format!("{} {}", escape(&w.pillar), msg.number(w.score, 2)))
            .collect();
        let list = weakest.join(", ");
        out.push(' ');
        out.push_str(&msg.get_args("plan-weakest", &[("list", list.into())]));
    }
    let method = msg.get_args(
        "plan-method-line",
        &[("method", plan_words::method_in(msg).into())],
    );
    out.push_str(&format!("\n\n## {}\n\n", msg.get("plan-goal-heading")));
    if p.goal.kind == "top_tier" {
        out.push_str(&plan_words::outcome_in(p, true, msg));
        out.push_str(&format!("\n\n---\n_{method}_\n"));
        return out;
    }
    let needed = msg.localize(&plan_words::needed_words(p));
    out.push_str(&msg.get_args(
        "plan-goal-needed",
        &[
            ("goal", plan_words::goal_words_in(p, true, msg).into()),
            ("needed", format!("**+{needed}**").into()),
        ],
    ));
    out.push_str("\n\n");
    if !p.steps.is_empty() {
        let intro = msg.get_args(
            "plan-steps-intro",
            &[
                ("n", p.steps.len().into()),
                ("points", msg.localize(&format::points(p.points)).into()),
            ],
        );
        out.push_str(&format!(
            "## {}\n\n{intro}\n\n",
            msg.get("plan-steps-heading")
        ));
        out.push_str(&steps_table(p, Layout::Markdown, msg));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str(&format!("\n\\* {}\n", msg.get("plan-partial-md")));
        }
        out.push('\n');
    }
    out.push_str(&format!("## {}\n\n", msg.get("plan-result-heading")));
    out.push_str(&plan_words::outcome_in(p, true, msg));
    out.push_str(&format!("\n\n---\n_{method}_\n"));
    out
}

/// The steps in order, each with where the index and tier stand after it.
/// The tier is a figure in a terminal and "Tier 2" in a brief; figures in
/// the language of `msg`.
fn steps_table(p: &PlanReport, layout: Layout, msg: &Messages) -> String {
    let tier = match layout {
        Layout::Plain { .. } => Column::right("Tier", 6),
        Layout::Markdown => Column::last(msg.get("col-tier-after")),
    };
    let index_after = msg.get("col-index-after");
    let mut t = TextTable::new(
        layout,
        vec![
            Column::right("#", 2),
            Column::left(msg.get("col-indicator"), 40),
            Column::left(msg.get("col-pillar"), 20),
            Column::right(msg.get("col-plan-from"), 9),
            Column::right(msg.get("col-plan-to"), 10),
            Column::right(msg.get("col-plan-points"), 6),
            Column::right(layout.pick("Index", &index_after), 6),
            tier,
        ],
    );
    for s in &p.steps {
        t.row(&[
            s.step.to_string(),
            layout.indicator(&s.indicator_id, &s.indicator),
            s.pillar.clone(),
            msg.localize(&score_of(s.from, s.max_score)),
            msg.localize(&to_cell(s)),
            msg.localize(&format::points(s.points)),
            msg.localize(&format::index(Some(s.overall))),
            match layout {
                Layout::Plain { .. } => s.tier.to_string(),
                Layout::Markdown => msg.get_args("plan-tier-cell", &[("tier", s.tier.into())]),
            },
        ]);
    }
    t.finish()
}

/// The plan in `format`, in English.
pub fn render(p: &PlanReport, format: TextFormat) -> String {
    render_in(p, format, Lang::En)
}

/// The plan in `format`; only the markdown brief is written in `lang`
/// (the CLI refuses another language with another format).
pub fn render_in(p: &PlanReport, format: TextFormat, lang: Lang) -> String {
    match format {
        TextFormat::Text => text(p),
        TextFormat::Md => markdown_in(p, &Messages::new(lang)),
        TextFormat::Json => super::json::pretty(p),
        TextFormat::Csv => csv(p),
    }
}

/// One row per step; exact numbers (to four decimals), a partial step's
/// `to` unrounded.
fn csv(p: &PlanReport) -> String {
    let header = [
        "step",
        "country",
        "year",
        "pillar",
        "indicator_id",
        "indicator",
        "from",
        "to",
        "max_score",
        "target",
        "points",
        "gain",
        "overall",
        "tier",
        "partial",
    ];
    let rows = p.steps.iter().map(|s| {
        vec![
            s.step.to_string(),
            cell(&p.country),
            p.year.to_string(),
            cell(&s.pillar),
            cell(&s.indicator_id),
            cell(&s.indicator),
            num(s.from),
            num(Some(s.to)),
            num(Some(s.max_score)),
            num(Some(s.target)),
            num(Some(s.points)),
            num(Some(s.gain)),
            // As JSON writes it, so that each gain is the difference of two.
            num(Some(format::index4(s.overall))),
            s.tier.to_string(),
            s.partial.to_string(),
        ]
    });
    write_rows(&header, rows)
}
