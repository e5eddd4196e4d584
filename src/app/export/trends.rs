//! Trends: the pillar chart as a table (a row per pillar scored in any
//! year, a column per year with data) and, for a copy of the selected
//! row, the selected indicator's history. Both from the data as loaded,
//! as the pane draws them.

use super::figure;
use crate::app::App;
use crate::model::{PillarIx, YearIx};
use crate::write::sheet::Cell;

fn years(app: &App) -> (Vec<YearIx>, Vec<String>) {
    let ds = app.ds();
    let years: Vec<YearIx> = ds.years_with_data(app.country()).collect();
    let labels = years
        .iter()
        .map(|&y| ds.years[y as usize].to_string())
        .collect();
    (years, labels)
}

pub(super) fn table(app: &App) -> (Vec<String>, Vec<Vec<Cell>>) {
    let ds = app.ds();
    let c = app.country();
    let (years, labels) = years(app);
    let mut header = vec!["Pillar".to_string()];
    header.extend(labels);
    let rows = (0..ds.pillars.len() as PillarIx)
        .filter_map(|p| {
            let scores: Vec<Option<f64>> =
                years.iter().map(|&y| ds.pillar_score(c, y, p)).collect();
            scores.iter().any(Option::is_some).then(|| {
                let mut row = vec![Cell::text(&ds.pillars[p as usize])];
                row.extend(scores.into_iter().map(figure));
                row
            })
        })
        .collect();
    (header, rows)
}

/// The selected indicator's score in every year with data: the history
/// under the chart.
pub(super) fn history(app: &App) -> Option<(Vec<String>, Vec<Cell>)> {
    let ds = app.ds();
    let ind = app.selected_indicator()?;
    let info = &ds.indicators[ind as usize];
    let (years, labels) = years(app);
    let mut header = vec!["ID".to_string(), "Indicator".to_string()];
    header.extend(labels);
    let mut row = vec![Cell::text(&info.id), Cell::text(&info.name)];
    row.extend(
        years
            .iter()
            .map(|&y| figure(ds.find_obs(app.country(), y, ind).and_then(|i| ds.score(i)))),
    );
    Some((header, row))
}
