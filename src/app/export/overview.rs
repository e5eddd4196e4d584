//! The Overview's pillar bars as a table: each pillar's score in the year
//! against the comparison year (or, under a scenario, the projection
//! against the actual scores), then the overall index as the headline
//! gives it.

use super::figure;
use crate::app::App;
use crate::format;
use crate::model::PillarIx;
use crate::write::sheet::Cell;

pub(super) fn table(app: &App) -> (Vec<String>, Vec<Vec<Cell>>) {
    let ds = app.data();
    let (c, y) = (app.country(), app.year());
    let year = ds.years[y as usize];
    let scores = |ds: &crate::model::Dataset, y| -> Vec<Option<f64>> {
        (0..ds.pillars.len() as PillarIx)
            .map(|p| ds.pillar_score(c, y, p))
            .collect()
    };
    // What the bars set against each other, as `ui/overview` does: the
    // projection against the actual scores, or the year against the
    // comparison year; and the overall index the same way.
    let projection = app.view().projection.as_ref();
    let (now_label, now, now_overall, before) = match projection {
        Some(p) => (
            format!("{year} what-if"),
            p.pillars.clone(),
            p.overall,
            Some((
                format!("{year} actual"),
                scores(app.ds(), y),
                app.ds().overall(c, y),
            )),
        ),
        None => (
            year.to_string(),
            scores(ds, y),
            ds.overall(c, y),
            app.compare_year().map(|y0| {
                (
                    ds.years[y0 as usize].to_string(),
                    scores(ds, y0),
                    ds.overall(c, y0),
                )
            }),
        ),
    };
    let mut header = vec!["Pillar".to_string(), now_label];
    if let Some((label, ..)) = &before {
        header.extend([label.clone(), "Δ".to_string()]);
    }
    let aggs = app.ds().pillar_aggs(c, y);
    let mut rows: Vec<Vec<Cell>> = (0..ds.pillars.len() as PillarIx)
        .filter(|&p| aggs[p as usize].total > 0)
        .map(|p| {
            let v = now.get(p as usize).copied().flatten();
            let mut row = vec![Cell::text(&ds.pillars[p as usize]), figure(v)];
            if let Some((_, b, _)) = &before {
                let b = b.get(p as usize).copied().flatten();
                row.extend([figure(b), figure(format::shown_delta(b, v))]);
            }
            row
        })
        .collect();
    if !rows.is_empty() {
        let mut overall = vec![
            Cell::text("Overall"),
            figure(now_overall.map(format::index_value)),
        ];
        if let Some((_, _, b)) = &before {
            overall.extend([
                figure(b.map(format::index_value)),
                figure(format::index_delta(*b, now_overall)),
            ]);
        }
        rows.push(overall);
    }
    (header, rows)
}
