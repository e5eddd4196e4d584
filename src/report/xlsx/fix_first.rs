//! The "What to fix first" sheet: the indicators the text report lists
//! under that heading, in its order (largest rise of the overall index
//! first), as many as `--top` allows.

use super::{score, whole};
use crate::report::summary::Summary;
use crate::write::sheet::{Cell, Sheet};

pub const NAME: &str = "What to fix first";

pub fn sheet(s: &Summary) -> Sheet {
    let header = [
        "#",
        "Indicator ID",
        "Indicator",
        "Pillar",
        "Score",
        "Max score",
        "Target",
        "Gap",
        "Index gain",
    ]
    .map(String::from)
    .to_vec();
    let mut rows: Vec<Vec<Cell>> = s
        .top_gaps
        .iter()
        .enumerate()
        .map(|(n, g)| {
            vec![
                whole(n as i64 + 1),
                Cell::text(g.indicator_id.as_str()),
                Cell::text(g.indicator.as_str()),
                Cell::text(g.pillar.as_str()),
                score(g.score),
                Cell::score(g.max_score),
                Cell::score(g.target),
                score(g.gap),
                Cell::score(g.gain),
            ]
        })
        .collect();
    if rows.is_empty() {
        // Said in words, as the text report says it.
        rows.push(vec![
            Cell::Empty,
            Cell::Empty,
            Cell::text(s.no_gaps_listed()),
        ]);
    }
    Sheet {
        name: NAME.to_string(),
        header,
        rows,
    }
}
