//! The action plan's sentences in the reader's language: the goal, the
//! outcome and the method note. Figures are written by [`crate::format`]
//! and only their decimal separator changes with the language, so every
//! language (and the HTML brief, which calls these too) says the same
//! numbers. In English they read exactly as the text plan's.

use super::plan::{PlanReport, Position};
use crate::format::{self, NONE};
use crate::i18n::Messages;
use crate::model::Tier;

fn tier_of(t: u8) -> Option<Tier> {
    Tier::ALL.into_iter().find(|x| x.number() == t)
}

/// "Tier 2 · Advancing", or the placeholder.
pub fn tier_dot(t: Option<u8>, msg: &Messages) -> String {
    match t.and_then(tier_of) {
        Some(t) => msg.get_args(
            "plan-tier-dot",
            &[
                ("tier", t.number().into()),
                ("name", msg.tier_name(t).into()),
            ],
        ),
        None => NONE.to_string(),
    }
}

/// "Tier 2 (Advancing)", for prose; "no tier" without one.
pub fn tier_prose(t: Option<u8>, msg: &Messages) -> String {
    match t.and_then(tier_of) {
        Some(t) => msg.get_args(
            "plan-tier-prose",
            &[
                ("tier", t.number().into()),
                ("name", msg.tier_name(t).into()),
            ],
        ),
        None => msg.get("plan-no-tier"),
    }
}

/// The goal in words: "Tier 1 (Role-modelling) at 95.00" in prose (`md`),
/// "Tier 1 · Role-modelling at 95.00" in a terminal or a cell; empty when
/// the country is already in the top tier.
pub fn goal_words_in(p: &PlanReport, md: bool, msg: &Messages) -> String {
    let g = &p.goal;
    let name = match md {
        true => tier_prose(g.tier, msg),
        false => tier_dot(g.tier, msg),
    };
    let score = msg.localize(&format::score(g.score));
    match g.kind {
        "next_tier" => msg.get_args(
            "plan-goal-tier",
            &[("tier", name.into()), ("score", score.into())],
        ),
        "target" => msg.get_args(
            "plan-goal-score",
            &[("tier", name.into()), ("score", score.into())],
        ),
        _ => String::new(),
    }
}

/// The goal and the rise it asks for, as the text plan says them
/// ("Tier 1 (Role-modelling) at 95.00: +2.80 needed"); empty when the
/// country is already in the top tier.
pub fn goal_needed_in(p: &PlanReport, msg: &Messages) -> String {
    let goal = goal_words_in(p, true, msg);
    if goal.is_empty() {
        return goal;
    }
    let needed = format!("+{}", msg.localize(&needed_words(p)));
    msg.get_args(
        "plan-goal-sentence",
        &[("goal", goal.into()), ("needed", needed.into())],
    )
}

/// What happens at the end, in one or two sentences; the result is bold
/// when `md`.
pub fn outcome_in(p: &PlanReport, md: bool, msg: &Messages) -> String {
    let b = |s: String| if md { format!("**{s}**") } else { s };
    let at = |pos: &Position| msg.localize(&format::index(pos.overall));
    if p.goal.kind == "top_tier" {
        return msg.get_args(
            "plan-top-tier",
            &[("tier", tier_prose(p.start.tier, msg).into())],
        );
    }
    if p.reached && p.steps.is_empty() {
        return msg.get_args(
            "plan-already-met",
            &[
                ("index", at(&p.start).into()),
                ("goal", msg.localize(&format::score(p.goal.score)).into()),
            ],
        );
    }
    if p.reached {
        let result = msg.get_args(
            "plan-result",
            &[
                ("index", at(&p.end).into()),
                ("tier", tier_prose(p.end.tier, msg).into()),
            ],
        );
        return msg.get_args(
            "plan-reached",
            &[
                ("result", b(result).into()),
                ("n", p.steps.len().into()),
                ("points", msg.localize(&format::points(p.points)).into()),
            ],
        );
    }
    let unreachable = b(msg.get("plan-unreachable"));
    let best = &p.best_reachable;
    if best.overall.is_none() {
        return msg.get_args("plan-no-indicator", &[("unreachable", unreachable.into())]);
    }
    let short = match (p.goal.score, best.overall) {
        (Some(g), Some(o)) => msg.get_args(
            "plan-short",
            &[
                ("needed", msg.localize(&format::needed(g, o)).into()),
                ("goal", msg.number(g, 2).into()),
            ],
        ),
        _ => String::new(),
    };
    let sentence = msg.get_args(
        "plan-best",
        &[
            ("unreachable", unreachable.into()),
            ("index", at(best).into()),
            ("tier", tier_prose(best.tier, msg).into()),
            ("short", short.into()),
        ],
    );
    let tail = match p.steps.is_empty() {
        true => msg.get("plan-tail-none"),
        false => msg.get("plan-tail-steps"),
    };
    format!("{sentence} {tail}")
}

/// How the plan is made, in one paragraph.
pub fn method_in(msg: &Messages) -> String {
    msg.get("plan-method")
}

/// The rise the goal asks for, rounded up as the dashboard shows it.
pub fn needed_words(p: &PlanReport) -> String {
    match (p.goal.score, p.start.overall) {
        (Some(g), Some(o)) => format::needed(g, o),
        (Some(g), None) => format!("{g:.2}"),
        _ => format!("{:.2}", p.needed.unwrap_or(0.0)),
    }
}
