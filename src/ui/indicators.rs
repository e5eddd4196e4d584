//! Indicators: the sortable, filterable, searchable table of one
//! country-year, with a preview of the selected row's full text.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::table::{Col, Item, ListTable, rows_to_draw};
use super::{Theme, layout, section};
use crate::app::{Action, App, Column, Pane, keymap};
use crate::format;
use crate::model::Dataset;
use crate::model::compare_year::IndicatorChange;
use crate::sanitize::shown;

/// "2.5/3", or "—/3" when not assessed.
pub fn score_cell(ds: &Dataset, i: usize) -> String {
    let max = format::points(ds.max_score(i));
    match ds.score(i) {
        Some(s) => format!("{}/{max}", format::points(s)),
        None => format!("{}/{max}", format::NONE),
    }
}

pub use crate::app::view::shown_change;

/// A change in score points, as every indicator Δ column shows it:
/// "▲1.5", "▼0.5", "=0"; "new" for an indicator the earlier year lacks.
pub fn delta_cell(ds: &Dataset, change: Option<&IndicatorChange>) -> String {
    match change {
        Some(ch) if ch.change == crate::model::compare_year::Change::New => "new".to_string(),
        Some(ch) => shown_change(ds, ch).map_or_else(
            || format::NONE.to_string(),
            |d| format!("{}{}", format::arrow(d), format::points(d.abs())),
        ),
        None => String::new(),
    }
}

/// "+2.38", or "·" for nothing to gain.
pub fn gain_cell(gain: f64) -> String {
    if gain.abs() < 0.005 {
        "·".to_string()
    } else {
        format!("{gain:+.2}")
    }
}

/// The marker of a row whose score is the scenario's, and the column that
/// holds it (only while a scenario is laid over the data).
pub const CHANGED: &str = "✎";

/// The ID column: when narrow, it leaves out the prefix every id of the
/// country-year shares ("ITU_GCI_"), even in a list of one.
pub fn id_col(app: &App) -> Col {
    let ds = app.data();
    let shared = app.view().id_prefix.get_or_init(|| {
        let ids = ds
            .rows(app.country(), app.year())
            .map(|i| ds.indicator_of(i).id.as_str());
        super::table::shared_prefix(ids)
    });
    Col::id("ID", 0).sharing(shared.clone())
}

pub fn changed_col(app: &App) -> Option<Col> {
    app.what_if().then(|| Col::word("", 0))
}

pub fn changed_item(app: &App, i: usize, theme: &Theme) -> Item {
    if app.is_changed(i) {
        Item::new(CHANGED, theme.warning)
    } else {
        Item::default()
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let (table_area, preview) = layout::indicators(area);
    let cols = table_cols(app);
    // A column for the scenario's mark leads the others when there is one.
    let marker = cols.len() > Column::ALL.len();
    let muted = theme.muted;
    let cursor = app.cursor(Pane::Indicators);
    let shown = rows_to_draw(app.view().rows.len(), cursor, table_area.height);
    let rows: Vec<Vec<Item>> = app.view().rows[shown.clone()]
        .iter()
        .map(|&i| {
            let ind = ds.indicator_of(i);
            let change = app.view().change(i);
            let assessed = ds.score(i).is_some();
            let plain = if assessed { Style::new() } else { muted };
            let gain = app.view().gain(i);
            let mut row = Vec::with_capacity(cols.len());
            if marker {
                row.push(changed_item(app, i, theme));
            }
            row.extend([
                Item::data(&ds.pillars[ind.pillar as usize], Style::new()),
                Item::data(&ind.id, Style::new()),
                Item::data(&ind.name, Style::new()),
                Item::new(score_cell(ds, i), plain),
                Item::new(
                    ds.attainment(i)
                        .map_or_else(|| format::NONE.to_string(), |a| format::points(a * 100.0)),
                    plain,
                ),
                Item::new(
                    delta_cell(ds, change),
                    theme.delta(change.and_then(|c| shown_change(ds, c))),
                ),
                Item::new(
                    ds.gap(i)
                        .map_or_else(|| format::NONE.to_string(), format::points),
                    plain,
                ),
                Item::new(gain_cell(gain), if gain > 0.0 { theme.up } else { muted }),
            ]);
            row
        })
        .collect();
    let empty = format!(
        "No indicator matches. {} clears the search and the pillar filter.",
        keymap::key_for(&crate::app::Action::ClearFilters)
    );
    ListTable {
        title: table_title(app, theme),
        cols,
        rows,
        first: shown.start,
        len: app.view().rows.len(),
        cursor,
        empty: &empty,
        row_style: Vec::new(),
    }
    .render(table_area, buf, theme);

    if let Some(area) = preview {
        preview_block(app, area, buf, theme);
    }
}

/// The table's title: the year, the scenario, the filter and search, and
/// how many rows they leave.
fn table_title(app: &App, theme: &Theme) -> Line<'static> {
    let ds = app.data();
    let q = app.query();
    let mut title = vec![Span::raw(format!(
        " Indicators {} ",
        ds.years[app.year() as usize]
    ))];
    if app.what_if() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(format!(" {CHANGED} changed ")));
    }
    if let Some(p) = q.pillar {
        title.push(Span::styled(
            format!("· {} ", shown(&ds.pillars[p as usize])),
            theme.key,
        ));
    }
    if !q.search.is_empty() {
        title.push(Span::styled(
            format!(
                "· {}{} ",
                keymap::key_for(&Action::StartSearch),
                shown(&q.search)
            ),
            theme.key,
        ));
    }
    title.push(Span::styled(
        format!(
            "· {} of {} ",
            app.view().rows.len(),
            ds.rows(app.country(), app.year()).len()
        ),
        theme.muted,
    ));
    Line::from(title)
}

/// The table's columns, the one it is sorted by marked with its direction.
fn table_cols(app: &App) -> Vec<Col> {
    let q = app.query();
    let mut cols: Vec<Col> = changed_col(app).into_iter().collect();
    for col in Column::ALL {
        // The arrow leads, so a shortened title keeps it.
        let mut t = col.title().to_string();
        if col == q.sort {
            t.insert_str(0, if q.descending { "▼" } else { "▲" });
        }
        cols.push(match col {
            // The indicator's name gets room before the pillar's.
            Column::Pillar => Col::text(t, 6, 1, 1),
            Column::Id => Col {
                title: t,
                ..id_col(app)
            },
            Column::Name => Col::text(t, 14, 2, 0),
            Column::Score => Col::num(t, 0),
            Column::Attainment => Col::num(t, 2),
            Column::Delta => Col::num(t, 4),
            Column::Gap => Col::num(t, 3),
            Column::Gain => Col::num(t, 5),
        });
    }
    cols
}

fn preview_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let enter = keymap::key_for(&crate::app::Action::OpenDetail);
    let block = section(format!(" Selected ({enter} for details) "), theme);
    let Some(i) = app.selected_row() else {
        block.render(area, buf);
        return;
    };
    let ind = ds.indicator_of(i);
    let evidence = ds.evidence(i);
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", shown(&ind.id)), theme.key),
            Span::styled(shown(&ind.name).into_owned(), theme.accent),
        ]),
        Line::from(vec![
            Span::styled("Evidence: ", theme.muted),
            Span::raw(if evidence.is_empty() {
                "none given".to_string()
            } else {
                shown(evidence).into_owned()
            }),
        ]),
    ];
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
