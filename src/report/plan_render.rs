//! The action plan rendered in every format: plain text and the markdown
//! brief for a minister (where the country stands, the goal, the steps, and
//! where they lead), JSON, and CSV.

use super::TextFormat;
use super::csv_out::{cell, num};
use super::markdown_escape::escape;
use super::plan::{PlanReport, Position, StepRow};
use super::scenario_view::{self, score_of};
use super::table::{Column, INDENTED, Layout, TextTable};
use crate::format::{self, NONE};
use crate::sanitize::visible;
use crate::write::csv::table as write_rows;

const UNSCORED: &str = "No overall index yet: no pillar has an assessed indicator with weight";

/// "Tier 2 · Advancing", or the placeholder.
fn tier(p: &Position) -> String {
    match (p.tier, p.tier_label) {
        (Some(t), Some(l)) => format!("Tier {t} · {l}"),
        _ => NONE.to_string(),
    }
}

/// "Tier 2 (Advancing)", for prose.
fn tier_prose(t: Option<u8>, label: Option<&str>) -> String {
    match (t, label) {
        (Some(t), Some(l)) => format!("Tier {t} ({l})"),
        _ => "no tier".to_string(),
    }
}

fn steps_word(n: usize) -> &'static str {
    if n == 1 { "step" } else { "steps" }
}

fn to_cell(s: &StepRow) -> String {
    let to = score_of(Some(s.to), s.max_score);
    if s.partial { format!("{to}*") } else { to }
}

/// The goal in words: "Tier 1 · Role-modelling at 95.00".
pub fn goal_words(p: &PlanReport, md: bool) -> String {
    let g = &p.goal;
    let name = if md {
        tier_prose(g.tier, g.tier_label)
    } else {
        tier(&Position {
            overall: g.score,
            tier: g.tier,
            tier_label: g.tier_label,
        })
    };
    match g.kind {
        "next_tier" => format!("{name} at {}", format::score(g.score)),
        "target" => format!("{} / 100 ({name})", format::score(g.score)),
        _ => String::new(),
    }
}

/// What happens at the end, in one or two sentences.
pub fn outcome(p: &PlanReport, md: bool) -> String {
    let b = |s: String| if md { format!("**{s}**") } else { s };
    if p.goal.kind == "top_tier" {
        return format!(
            "Already in the top tier, {}: there is no tier above to plan for. Give --target-score N to plan for a higher score.",
            tier_prose(p.start.tier, p.start.tier_label)
        );
    }
    if p.reached && p.steps.is_empty() {
        return format!(
            "The goal is already met: {} is at or above {}. Nothing to do.",
            format::index(p.start.overall),
            format::score(p.goal.score)
        );
    }
    if p.reached {
        return format!(
            "{} after {} {} and {} points of indicator scores.",
            b(format!(
                "{} / 100, {}",
                format::index(p.end.overall),
                tier_prose(p.end.tier, p.end.tier_label)
            )),
            p.steps.len(),
            steps_word(p.steps.len()),
            format::points(p.points),
        );
    }
    let best = &p.best_reachable;
    if best.overall.is_none() {
        return format!(
            "{}: no indicator can raise the index.",
            b("The goal cannot be reached".into())
        );
    }
    let short = match (p.goal.score, best.overall) {
        (Some(g), Some(o)) => format!(", {} short of {g:.2}", format::needed(g, o)),
        _ => String::new(),
    };
    let tail = if p.steps.is_empty() {
        " No indicator can raise it further."
    } else {
        " The steps above get there."
    };
    format!(
        "{} within the indicators' targets: the best reachable index is {} / 100, {}{short}.{tail}",
        b("The goal cannot be reached".into()),
        format::index(best.overall),
        tier_prose(best.tier, best.tier_label),
    )
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
        None => out.push_str(&format!("Now      {UNSCORED}\n")),
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
            needed_words(p)
        ));
    }
    out.push('\n');
    if !p.steps.is_empty() {
        out.push_str(&steps_table(p, INDENTED));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str("  * part way to its target: just enough to reach the goal\n");
        }
        out.push('\n');
    }
    out.push_str(&outcome(p, false));
    out.push_str(&format!("\n\nMethod: {}\n", p.method));
    out
}

pub fn markdown(p: &PlanReport) -> String {
    let mut out = format!(
        "# {}: action plan for the cybersecurity index {}\n\n",
        escape(&p.country_label()),
        p.year
    );
    if let Some(prov) = &p.provenance {
        out.push_str(&prov.markdown());
        out.push('\n');
    }
    if let Some(sc) = &p.scenario {
        out.push_str(&scenario_view::markdown(
            sc,
            &crate::i18n::Messages::new(crate::i18n::Lang::En),
        ));
        out.push_str("\nThe plan below starts from these projected scores.\n\n");
    }
    out.push_str("## Where we stand\n\n");
    if p.start.overall.is_some() {
        out.push_str(&format!(
            "Overall index **{} / 100**, {}.",
            format::index(p.start.overall),
            tier_prose(p.start.tier, p.start.tier_label)
        ));
    } else {
        out.push_str(&format!("{UNSCORED}."));
    }
    if !p.weakest_pillars.is_empty() {
        let weakest: Vec<String> = p
            .weakest_pillars
            .iter()
            .map(|w| format!("{} {:.2}", escape(&w.pillar), w.score))
            .collect();
        out.push_str(&format!(" Weakest pillars: {}.", weakest.join(", ")));
    }
    out.push_str("\n\n## The goal\n\n");
    if p.goal.kind == "top_tier" {
        out.push_str(&outcome(p, true));
        out.push_str(&format!("\n\n---\n_Method: {}_\n", p.method));
        return out;
    }
    out.push_str(&format!(
        "{}: **+{}** on the overall index.\n\n",
        goal_words(p, true),
        needed_words(p)
    ));
    if !p.steps.is_empty() {
        out.push_str(&format!(
            "## The steps\n\n{} {}, {} points of indicator scores in all, in this order:\n\n",
            p.steps.len(),
            if p.steps.len() == 1 {
                "improvement"
            } else {
                "improvements"
            },
            format::points(p.points),
        ));
        out.push_str(&steps_table(p, Layout::Markdown));
        if p.steps.iter().any(|s| s.partial) {
            out.push_str("\n\\* Part way to its target: just enough to reach the goal.\n");
        }
        out.push('\n');
    }
    out.push_str("## Expected result\n\n");
    out.push_str(&outcome(p, true));
    out.push_str(&format!("\n\n---\n_Method: {}_\n", p.method));
    out
}

/// The steps in order, each with where the index and tier stand after it.
/// The tier is a figure in a terminal and "Tier 2" in a brief.
fn steps_table(p: &PlanReport, layout: Layout) -> String {
    let tier = match layout {
        Layout::Plain { .. } => Column::right("Tier", 6),
        Layout::Markdown => Column::last("Tier after"),
    };
    let mut t = TextTable::new(
        layout,
        vec![
            Column::right("#", 2),
            Column::left("Indicator", 40),
            Column::left("Pillar", 20),
            Column::right("From", 9),
            Column::right("To", 10),
            Column::right("Points", 6),
            Column::right(layout.pick("Index", "Index after"), 6),
            tier,
        ],
    );
    for s in &p.steps {
        t.row(&[
            s.step.to_string(),
            layout.indicator(&s.indicator_id, &s.indicator),
            s.pillar.clone(),
            score_of(s.from, s.max_score),
            to_cell(s),
            format::points(s.points),
            format::index(Some(s.overall)),
            match layout {
                Layout::Plain { .. } => s.tier.to_string(),
                Layout::Markdown => format!("Tier {}", s.tier),
            },
        ]);
    }
    t.finish()
}

/// The rise the goal asks for, rounded up as the dashboard shows it.
fn needed_words(p: &PlanReport) -> String {
    match (p.goal.score, p.start.overall) {
        (Some(g), Some(o)) => format::needed(g, o),
        (Some(g), None) => format!("{g:.2}"),
        _ => format!("{:.2}", p.needed.unwrap_or(0.0)),
    }
}

pub fn render(p: &PlanReport, format: TextFormat) -> String {
    match format {
        TextFormat::Text => text(p),
        TextFormat::Md => markdown(p),
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
            num(Some(s.overall)),
            s.tier.to_string(),
            s.partial.to_string(),
        ]
    });
    write_rows(&header, rows)
}
