//! Compare: two years side by side, per pillar and per indicator. The
//! comparison year is always the earlier one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::indicators::{changed_col, changed_item, delta_cell, id_col, score_cell, shown_change};
use super::status::{Part, fit_parts};
use super::table::{Col, Item, ListTable, rows_to_draw, table_block};
use super::{Theme, layout, section};
use crate::app::{Action, App, Pane, keymap};
use crate::format;
use crate::model::compare_year::{Change, Comparison};
use crate::sanitize::shown;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let y1 = ds.years[app.year() as usize];
    let Some(cmp) = &app.view().comparison else {
        return nothing_to_compare(app, y1, area, buf, theme);
    };
    let (counts_area, pillars_area, list_area) =
        layout::compare(area, app.pillar_rows(Pane::Compare));
    let y0 = ds.years[cmp.from as usize];
    counts(app, cmp, (y0, y1), area, counts_area, buf, theme);
    pillar_table(app, y0, y1, pillars_area, buf, theme);
    indicator_list(app, cmp, (y0, y1), list_area, buf, theme);
}

/// What the pane says for the earliest year, which has nothing before it.
fn nothing_to_compare(app: &App, y1: i32, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    // Only a later year can have one before it: say the key that moves there.
    let later = ds.years_with_data(app.country()).any(|y| y > app.year());
    let how = if later {
        format!(
            "A comparison needs an earlier year; {} moves to a later year.",
            keymap::key_for(&Action::NextYear)
        )
    } else {
        "A comparison needs a second year of data.".to_string()
    };
    Paragraph::new(vec![
        Line::from(format!(
            "Nothing to compare {y1} with: {} has no earlier year of data.",
            shown(ds.countries[app.country() as usize].label())
        )),
        Line::styled(how, theme.muted),
    ])
    .wrap(Wrap { trim: true })
    .block(section(" Compare ", theme))
    .render(area, buf);
}

/// How many indicators improved, declined and so on between the years
/// `(y0, y1)`: in a block of its own when the pane is wide.
fn counts(
    app: &App,
    cmp: &Comparison,
    (y0, y1): (i32, i32),
    area: Rect,
    counts_area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let k = cmp.counts;
    // Each count stays with its label; the rarer ones give way first.
    let mut counts = vec![Part::new(format!("{y1} vs {y0}  "), theme.accent, 0)];
    if app.what_if() {
        counts.push(Part::new(" SCENARIO  ", theme.warning, 9));
    }
    counts.extend([
        Part::new(format!("▲ {} improved  ", k.improved), theme.up, 0),
        Part::new(format!("▼ {} declined  ", k.declined), theme.down, 0),
        Part::new(format!("= {} unchanged  ", k.unchanged), Style::new(), 5),
        Part::new(format!("+ {} new  ", k.new), Style::new(), 4),
        Part::new(format!("− {} dropped  ", k.dropped), Style::new(), 3),
        Part::new(format!("? {} not assessed", k.not_assessed), theme.muted, 2),
    ]);
    if layout::wide(area) {
        let keys = format!(
            "{} {} year, {} {} comparison year",
            keymap::key_for(&Action::PrevYear),
            keymap::key_for(&Action::NextYear),
            keymap::key_for(&Action::PrevCompareYear),
            keymap::key_for(&Action::NextCompareYear)
        );
        let block = section(format!(" Changes ({keys}) "), theme);
        let inner = block.inner(counts_area);
        block.render(counts_area, buf);
        fit_parts(counts, inner.width as usize).render(inner, buf);
    } else {
        fit_parts(counts, counts_area.width as usize).render(counts_area, buf);
    }
}

/// Every indicator of either year `(y0, y1)`, with its score in both and
/// what became of it.
fn indicator_list(
    app: &App,
    cmp: &Comparison,
    (y0, y1): (i32, i32),
    list_area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let ds = app.data();
    let mut cols: Vec<Col> = changed_col(app).into_iter().collect();
    let marker = !cols.is_empty();
    cols.extend([
        id_col(app),
        Col::text("Indicator", 14, 2, 0),
        Col::num(y0.to_string(), 0),
        Col::num(y1.to_string(), 0),
        Col::num("Δ pts", 2),
        Col::word("Status", 1),
    ]);
    let cursor = app.cursor(Pane::Compare);
    let shown = rows_to_draw(cmp.indicators.len(), cursor, list_area.height);
    let rows: Vec<Vec<Item>> = cmp.indicators[shown.clone()]
        .iter()
        .map(|ch| {
            let ind = &ds.indicators[ch.indicator as usize];
            let status_style = match ch.change {
                Change::Improved => theme.up,
                Change::Declined => theme.down,
                _ => theme.muted,
            };
            let score = |obs: Option<usize>| {
                obs.map_or_else(|| format::NONE.to_string(), |i| score_cell(ds, i))
            };
            let mut row = Vec::new();
            if marker {
                row.push(
                    ch.to
                        .map(|i| changed_item(app, i, theme))
                        .unwrap_or_default(),
                );
            }
            row.extend([
                Item::data(&ind.id, Style::new()),
                Item::data(&ind.name, Style::new()),
                Item::new(score(ch.from), theme.muted),
                Item::new(score(ch.to), Style::new()),
                Item::new(delta_cell(ds, Some(ch)), theme.delta(shown_change(ds, ch))),
                Item::new(ch.change.label(), status_style),
            ]);
            row
        })
        .collect();
    ListTable {
        title: Line::from(format!(" Indicators {y0} → {y1} ")),
        cols,
        rows,
        first: shown.start,
        len: cmp.indicators.len(),
        cursor,
        empty: "No indicators in either year.",
        row_style: Vec::new(),
    }
    .render(list_area, buf, theme);
}

/// Pillar scores in both years and the overall, as many as fit, with a
/// count of the rest.
fn pillar_table(app: &App, y0: i32, y1: i32, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let Some(cmp) = &app.view().comparison else {
        return;
    };
    let mut rows: Vec<Vec<Item>> = cmp
        .pillars
        .iter()
        .filter(|p| p.from.is_some() || p.to.is_some())
        .map(|p| {
            vec![
                Item::data(&ds.pillars[p.pillar as usize], Style::new()),
                Item::new(format::score(p.from), theme.muted),
                Item::new(format::score(p.to), Style::new()),
                Item::new(
                    format::delta(format::shown_delta(p.from, p.to)),
                    theme.delta(p.delta),
                ),
            ]
        })
        .collect();
    let d = format::index_delta(cmp.overall_from, cmp.overall_to);
    rows.push(vec![
        Item::new("Overall", theme.accent),
        Item::new(format::index(cmp.overall_from), theme.muted),
        Item::new(format::index(cmp.overall_to), theme.accent),
        Item::new(format::delta(d), theme.delta(d)),
    ]);
    let cols = vec![
        Col::text("Pillar", 6, 1, 0),
        Col::num(y0.to_string(), 0),
        Col::num(y1.to_string(), 0),
        Col::num("Δ", 0),
    ];
    // The overall comes first when not everything fits: it matters most.
    let overall = rows.len() - 1;
    table_block(
        Line::from(" Pillars (score 0–100) "),
        &cols,
        rows,
        Some(overall),
        area,
        buf,
        theme,
    );
}
