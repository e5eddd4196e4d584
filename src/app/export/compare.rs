//! The Compare pane's indicator list: every indicator of either year, its
//! score and maximum in both, the change and what became of it.

use super::{CHANGED, changed, figure};
use crate::app::App;
use crate::write::sheet::Cell;

pub(super) fn header(app: &App) -> Result<Vec<String>, String> {
    let ds = app.data();
    let cmp = app
        .view()
        .comparison
        .as_ref()
        .ok_or("a comparison needs an earlier year")?;
    let (y0, y1) = (ds.years[cmp.from as usize], ds.years[cmp.to as usize]);
    let mut h: Vec<String> = Vec::new();
    if app.what_if() {
        h.push(CHANGED.into());
    }
    h.extend([
        "ID".to_string(),
        "Indicator".to_string(),
        y0.to_string(),
        format!("{y0} max"),
        y1.to_string(),
        format!("{y1} max"),
        "Δ pts".to_string(),
        "Status".to_string(),
    ]);
    Ok(h)
}

pub(super) fn row(app: &App, k: usize) -> Option<Vec<Cell>> {
    let ds = app.data();
    let ch = app.view().comparison.as_ref()?.indicators.get(k)?;
    let ind = &ds.indicators[ch.indicator as usize];
    let score = |obs: Option<usize>| figure(obs.and_then(|i| ds.score(i)));
    let max = |obs: Option<usize>| figure(obs.map(|i| ds.max_score(i)));
    let mut row = Vec::with_capacity(9);
    if app.what_if() {
        row.push(ch.to.map_or(Cell::Empty, |i| changed(app, i)));
    }
    row.extend([
        Cell::text(&ind.id),
        Cell::text(&ind.name),
        score(ch.from),
        max(ch.from),
        score(ch.to),
        max(ch.to),
        super::indicators::delta(ds, Some(ch)),
        Cell::text(ch.change.label()),
    ]);
    Some(row)
}
