//! The two tables of a single-country report, pillars and what to fix
//! first, defined once for the text report and the markdown brief. Headings
//! and figures are in the language of `msg` (the text report is English).

use super::scenario_view::score_of;
use super::summary::{PillarRow, Summary};
use super::table::{Column, Layout, TextTable};
use crate::format;
use crate::i18n::Messages;
use crate::model::rank::Standing;

/// Width of the pillar names in a terminal.
const NAME_W: usize = 24;

/// A row per pillar. Without a comparison year the comparison columns would
/// be empty, and without peers there are no ranks.
pub fn pillars(s: &Summary, layout: Layout, msg: &Messages) -> String {
    let change = msg.get("col-change");
    let potential = msg.get("col-potential-gain");
    let mut columns = vec![
        Column::left(msg.get("col-pillar"), NAME_W),
        Column::right(s.year.to_string(), 7),
    ];
    if let Some(c) = s.compare_year {
        columns.extend([
            Column::right(c.to_string(), 7),
            Column::right(layout.pick("Δ", &change), 9),
        ]);
    }
    columns.extend([
        Column::right(msg.get("col-assessed"), 8),
        Column::right(layout.pick("Gain", &potential), 6),
    ]);
    let ranked = s.peer_group.is_some();
    if ranked {
        columns.push(Column::last(msg.get("col-rank")));
    }
    let mut t = TextTable::new(layout, columns);
    for p in &s.pillars {
        let mut cells = vec![p.pillar.clone(), msg.localize(&format::score(p.score))];
        if s.compare_year.is_some() {
            cells.extend([
                msg.localize(&format::score(p.compare_score)),
                msg.localize(&format::delta(format::shown_delta(
                    p.compare_score,
                    p.score,
                ))),
            ]);
        }
        cells.extend([
            format!("{}/{}", p.assessed, p.indicators),
            msg.number(p.gain, 2),
        ]);
        if ranked {
            cells.push(standing(p, msg));
        }
        t.row(&cells);
    }
    t.finish()
}

/// What to fix first, largest index gain first.
pub fn gaps(s: &Summary, layout: Layout, msg: &Messages) -> String {
    let index_gain = msg.get("col-index-gain");
    let mut t = TextTable::new(
        layout,
        vec![
            Column::right("#", 2),
            Column::left(msg.get("col-indicator"), 40),
            Column::left(msg.get("col-pillar"), 20),
            Column::right(msg.get("col-score"), 9),
            Column::right(msg.get("col-target"), 6),
            Column::right(layout.pick("Gain", &index_gain), 6),
        ],
    );
    for (n, g) in s.top_gaps.iter().enumerate() {
        t.row(&[
            (n + 1).to_string(),
            layout.indicator(&g.indicator_id, &g.indicator),
            g.pillar.clone(),
            msg.localize(&score_of(g.score, g.max_score)),
            msg.localize(&format::points(g.target)),
            msg.localize(&format!("{:+.2}", g.gain)),
        ]);
    }
    t.finish()
}

/// A pillar's rank among the peers, "11th of 16", or the placeholder.
pub(crate) fn standing(p: &PillarRow, msg: &Messages) -> String {
    match (p.rank, p.of) {
        (Some(rank), Some(of)) => {
            let place = Standing {
                rank,
                of,
                tied_with: p.tied_with.unwrap_or(0),
                ahead: p.ahead.unwrap_or(rank - 1),
            };
            super::brief_words::standing(msg, place, of.to_string(), &|o| o)
        }
        _ => format::NONE.to_string(),
    }
}
