//! The two tables of a single-country report, pillars and what to fix
//! first, defined once for the text report and the markdown brief.

use super::scenario_view::score_of;
use super::summary::Summary;
use super::table::{Column, Layout, TextTable};
use crate::format;

/// Width of the pillar names in a terminal.
const NAME_W: usize = 24;

/// A row per pillar. Without a comparison year the comparison columns would
/// be empty, and without peers there are no ranks.
pub fn pillars(s: &Summary, layout: Layout) -> String {
    let mut columns = vec![
        Column::left("Pillar", NAME_W),
        Column::right(s.year.to_string(), 7),
    ];
    if let Some(c) = s.compare_year {
        columns.extend([
            Column::right(c.to_string(), 7),
            Column::right(layout.pick("Δ", "Change"), 9),
        ]);
    }
    columns.extend([
        Column::right("Assessed", 8),
        Column::right(layout.pick("Gain", "Potential gain"), 6),
    ]);
    let ranked = s.peer_group.is_some();
    if ranked {
        columns.push(Column::last("Rank"));
    }
    let mut t = TextTable::new(layout, columns);
    for p in &s.pillars {
        let mut cells = vec![p.pillar.clone(), format::score(p.score)];
        if s.compare_year.is_some() {
            cells.extend([
                format::score(p.compare_score),
                format::delta(format::shown_delta(p.compare_score, p.score)),
            ]);
        }
        cells.extend([
            format!("{}/{}", p.assessed, p.indicators),
            format!("{:.2}", p.gain),
        ]);
        if ranked {
            cells.push(p.standing());
        }
        t.row(&cells);
    }
    t.finish()
}

/// What to fix first, largest index gain first.
pub fn gaps(s: &Summary, layout: Layout) -> String {
    let mut t = TextTable::new(
        layout,
        vec![
            Column::right("#", 2),
            Column::left("Indicator", 40),
            Column::left("Pillar", 20),
            Column::right("Score", 9),
            Column::right("Target", 6),
            Column::right(layout.pick("Gain", "Index gain"), 6),
        ],
    );
    for (n, g) in s.top_gaps.iter().enumerate() {
        t.row(&[
            (n + 1).to_string(),
            layout.indicator(&g.indicator_id, &g.indicator),
            g.pillar.clone(),
            score_of(g.score, g.max_score),
            format::points(g.target),
            format!("{:+.2}", g.gain),
        ]);
    }
    t.finish()
}
