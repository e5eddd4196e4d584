//! The Indicators table: the rows of the view, filtered and sorted as on
//! screen, with the pane's columns (its "2.5/3" as a score and a maximum).

use super::{CHANGED, changed, figure};
use crate::app::view::shown_change;
use crate::app::{App, Column};
use crate::model::compare_year::Change;
use crate::write::sheet::Cell;

pub(super) fn header(app: &App) -> Vec<String> {
    let mut h: Vec<String> = Vec::new();
    if app.what_if() {
        h.push(CHANGED.into());
    }
    for col in Column::ALL {
        h.push(col.title().into());
        // The pane's "score/max" is two figures: the score and its maximum.
        if col == Column::Score {
            h.push("Max".into());
        }
    }
    h
}

pub(super) fn row(app: &App, k: usize) -> Option<Vec<Cell>> {
    let ds = app.data();
    let view = app.view();
    let i = *view.rows.get(k)?;
    let ind = ds.indicator_of(i);
    let mut row = Vec::with_capacity(10);
    if app.what_if() {
        row.push(changed(app, i));
    }
    row.extend([
        Cell::text(&ds.pillars[ind.pillar as usize]),
        Cell::text(&ind.id),
        Cell::text(&ind.name),
        figure(ds.score(i)),
        Cell::score(ds.max_score(i)),
        figure(ds.attainment(i).map(|a| a * 100.0)),
        delta(ds, view.change(i)),
        figure(ds.gap(i)),
        Cell::score(view.gain(i)),
    ]);
    Some(row)
}

/// The Δ pts cell: the change between the scores as shown, "new" for an
/// indicator the earlier year lacks, empty where the pane shows nothing or
/// "—".
pub(super) fn delta(
    ds: &crate::model::Dataset,
    change: Option<&crate::model::compare_year::IndicatorChange>,
) -> Cell {
    match change {
        Some(ch) if ch.change == Change::New => Cell::text("new"),
        Some(ch) => figure(shown_change(ds, ch)),
        None => Cell::Empty,
    }
}
