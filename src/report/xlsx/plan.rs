//! The Plan sheet (`--plan`): the steps of the action plan, in order, with
//! the index and tier after each: the steps of `--plan --format json`.

use super::{change, index_cell, score, whole, yes};
use crate::report::plan::PlanReport;
use crate::write::sheet::{Cell, Sheet};

pub const NAME: &str = "Plan";

pub fn sheet(p: &PlanReport) -> Sheet {
    let header = [
        "Step",
        "Indicator ID",
        "Indicator",
        "Pillar",
        "From",
        "To",
        "Max score",
        "Target",
        "Points",
        "Index gain",
        "Overall index after",
        "Tier after",
        "Part way to target",
    ]
    .map(String::from)
    .to_vec();
    let mut rows: Vec<Vec<Cell>> = p
        .steps
        .iter()
        .map(|s| {
            vec![
                whole(s.step as i64),
                Cell::text(s.indicator_id.as_str()),
                Cell::text(s.indicator.as_str()),
                Cell::text(s.pillar.as_str()),
                score(s.from),
                Cell::score(s.to),
                Cell::score(s.max_score),
                Cell::score(s.target),
                Cell::score(s.points),
                // The difference of the indices shown, as in the brief.
                change(Some(s.shown_gain())),
                index_cell(s.overall),
                whole(i64::from(s.tier)),
                yes(s.partial),
            ]
        })
        .collect();
    if rows.is_empty() {
        rows.push(vec![
            Cell::Empty,
            Cell::Empty,
            Cell::text(crate::report::plan_render::outcome(p, false)),
        ]);
    }
    Sheet {
        name: NAME.to_string(),
        header,
        rows,
    }
}
