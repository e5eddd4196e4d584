//! The Gaps pane's "what to fix first": indicators by index gain, largest
//! first, with score, maximum, target, gap and gain.

use super::{CHANGED, changed, figure, whole};
use crate::app::App;
use crate::write::sheet::Cell;

pub(super) fn header(app: &App) -> Vec<String> {
    let mut h = vec!["#".to_string()];
    if app.what_if() {
        h.push(CHANGED.into());
    }
    h.extend(
        [
            "ID",
            "Indicator",
            "Pillar",
            "Score",
            "Max",
            "Target",
            "Gap",
            "Gain",
        ]
        .map(String::from),
    );
    h
}

pub(super) fn row(app: &App, k: usize) -> Option<Vec<Cell>> {
    let ds = app.data();
    let i = *app.view().fix_first.get(k)?;
    let ind = ds.indicator_of(i);
    let mut row = vec![whole(k + 1)];
    if app.what_if() {
        row.push(changed(app, i));
    }
    row.extend([
        Cell::text(&ind.id),
        Cell::text(&ind.name),
        Cell::text(&ds.pillars[ind.pillar as usize]),
        figure(ds.score(i)),
        Cell::score(ds.max_score(i)),
        Cell::score(ds.target(i)),
        figure(ds.gap(i)),
        Cell::score(app.view().gain(i)),
    ]);
    Some(row)
}
