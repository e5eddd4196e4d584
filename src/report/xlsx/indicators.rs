//! The Indicators sheet: every indicator of the country-year, as an Excel
//! table (autofilter, sortable, banded) under a frozen header, with the
//! columns of the CSV report.

use super::score;
use crate::report::summary::Summary;
use crate::write::sheet::{Cell, Sheet};

pub const NAME: &str = "Indicators";
/// The table's name, as formulas would refer to it (`Indicators[Gap]`).
pub const TABLE: &str = "Indicators";

pub fn sheet(s: &Summary) -> Sheet {
    let mut header: Vec<String> = [
        "Indicator ID",
        "Pillar",
        "Indicator",
        "Score",
        "Max score",
        "Attainment %",
        "Weight",
        "Target",
        "Gap",
        "Index gain at target",
    ]
    .map(String::from)
    .to_vec();
    if let Some(y0) = s.compare_year {
        header.extend([
            format!("Score {y0}"),
            format!("Change since {y0}"),
            "Trend".to_string(),
        ]);
    }
    header.push("Evidence".to_string());
    // Only with a scenario, as in the CSV report.
    let scenario = s.scenario.is_some();
    if scenario {
        header.push("Scenario score (projected)".to_string());
    }
    let rows = s
        .indicators
        .iter()
        .map(|r| {
            let mut row = vec![
                Cell::text(r.indicator_id.as_str()),
                Cell::text(r.pillar.as_str()),
                Cell::text(r.indicator.as_str()),
                score(r.score),
                Cell::score(r.max_score),
                score(r.attainment),
                Cell::score(r.weight),
                Cell::score(r.target),
                score(r.gap),
                Cell::score(r.gain),
            ];
            if s.compare_year.is_some() {
                row.extend([
                    score(r.compare_score),
                    // As the text report and the dashboard show it: the
                    // difference of the two scores as shown (3.80, not 3.79).
                    super::change(crate::format::shown_delta(r.compare_score, r.score)),
                    r.change.map_or(Cell::Empty, Cell::text),
                ]);
            }
            row.push(Cell::text(r.evidence.as_str()));
            if scenario {
                row.push(score(r.scenario_score));
            }
            row
        })
        .collect();
    Sheet {
        name: NAME.to_string(),
        header,
        rows,
    }
}
