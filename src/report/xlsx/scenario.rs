//! The scenario sheets (`--scenario`): the overall index and each pillar,
//! actual beside projected, and the indicator changes the scenario makes.
//! Every heading says "projected": these are not the data.

use super::{change, index_cell, score};
use crate::format;
use crate::report::scenario_view::ScenarioView;
use crate::write::sheet::{Cell, Sheet};

pub const NAME: &str = "Scenario";
pub const CHANGES: &str = "Scenario changes";

/// The overall index, then a row per pillar.
pub fn sheet(v: &ScenarioView) -> Sheet {
    let index = |o: Option<f64>| o.map_or(Cell::Empty, index_cell);
    let mut rows = vec![vec![
        Cell::text("Overall index"),
        index(v.actual_overall),
        index(v.projected_overall),
        change(format::index_delta(v.actual_overall, v.projected_overall)),
    ]];
    rows.extend(v.pillars.iter().map(|p| {
        vec![
            Cell::text(p.pillar.as_str()),
            score(p.actual),
            score(p.projected),
            change(format::shown_delta(p.actual, p.projected)),
        ]
    }));
    Sheet {
        name: NAME.to_string(),
        header: ["Pillar", "Actual", "Projected", "Change (projected)"]
            .map(String::from)
            .to_vec(),
        rows,
    }
}

/// A row per indicator the scenario changes in the country-year.
pub fn changes(v: &ScenarioView) -> Sheet {
    Sheet {
        name: CHANGES.to_string(),
        header: [
            "Indicator ID",
            "Indicator",
            "Pillar",
            "Actual score",
            "Projected score",
            "Max score",
        ]
        .map(String::from)
        .to_vec(),
        rows: v
            .changes
            .iter()
            .map(|c| {
                vec![
                    Cell::text(c.indicator_id.as_str()),
                    Cell::text(c.indicator.as_str()),
                    Cell::text(c.pillar.as_str()),
                    score(c.from),
                    Cell::score(c.to),
                    Cell::score(c.max_score),
                ]
            })
            .collect(),
    }
}
