//! Indicators: the sortable, filterable, searchable table of one
//! country-year, with a preview of the selected row's full text.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Widget, Wrap};

use super::table::{ListTable, right};
use super::{Theme, layout, section};
use crate::app::{App, Column, Pane};
use crate::data::Dataset;
use crate::format;
use crate::text::visible;

/// "2.5/3", or "—/3" when not assessed.
pub fn score_cell(ds: &Dataset, i: usize) -> String {
    let max = format::points(ds.max_score(i));
    match ds.score(i) {
        Some(s) => format!("{}/{max}", format::points(s)),
        None => format!("{}/{max}", format::NONE),
    }
}

pub fn widths(area: Rect) -> Vec<Constraint> {
    let pillar = if area.width >= 110 { 20 } else { 11 };
    vec![
        Constraint::Length(pillar),
        Constraint::Length(7),
        Constraint::Fill(1),
        Constraint::Length(7),
        Constraint::Length(5),
        Constraint::Length(7),
        Constraint::Length(5),
        Constraint::Length(6),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (table_area, preview) = layout::indicators(area);
    let q = &app.query;
    let mut title = vec![Span::raw(format!(
        " Indicators {} ",
        ds.years[app.year as usize]
    ))];
    if let Some(p) = q.pillar {
        title.push(Span::styled(
            format!("· {} ", visible(&ds.pillars[p as usize])),
            theme.key,
        ));
    }
    if !q.search.is_empty() {
        title.push(Span::styled(
            format!("· /{} ", visible(&q.search)),
            theme.key,
        ));
    }
    title.push(Span::styled(
        format!(
            "· {} of {} ",
            app.view.rows.len(),
            ds.rows(app.country, app.year).len()
        ),
        theme.muted,
    ));
    let header = Row::new(Column::ALL.iter().map(|&col| {
        let mut t = col.title().to_string();
        if col == q.sort {
            t.push_str(if q.descending { " ▼" } else { " ▲" });
        }
        if col.numeric() {
            Cell::from(Line::from(t).right_aligned())
        } else {
            Cell::from(t)
        }
    }));
    let muted = theme.muted;
    let row = |k: usize| {
        let i = app.view.rows[k];
        let ind = ds.indicator_of(i);
        let change = app.view.change(i);
        let d = change.and_then(|c| c.delta);
        let delta = match change.map(|c| c.change) {
            Some(crate::data::compare::Change::New) => "new".to_string(),
            _ if app.compare.is_none() => String::new(),
            _ => d.map_or_else(
                || format::NONE.to_string(),
                |d| format!("{}{}", format::arrow(d), format::points(d.abs())),
            ),
        };
        let assessed = ds.score(i).is_some();
        let gain = app.view.gain(i);
        Row::new(vec![
            Cell::from(visible(&ds.pillars[ind.pillar as usize]).into_owned()),
            Cell::from(visible(&ind.id).into_owned()),
            Cell::from(visible(&ind.name).into_owned()),
            right(
                score_cell(ds, i),
                if assessed { Style::new() } else { muted },
            ),
            right(
                ds.attainment(i)
                    .map_or_else(|| format::NONE.to_string(), |a| format!("{:.0}", a * 100.0)),
                if assessed { Style::new() } else { muted },
            ),
            right(delta, theme.delta(d)),
            right(
                ds.gap(i)
                    .map_or_else(|| format::NONE.to_string(), format::points),
                if assessed { Style::new() } else { muted },
            ),
            right(
                if gain.abs() < 0.005 {
                    "·".to_string()
                } else {
                    format!("{gain:+.2}")
                },
                if gain > 0.0 { theme.up } else { muted },
            ),
        ])
    };
    ListTable {
        title: Line::from(title),
        header,
        widths: widths(table_area),
        len: app.view.rows.len(),
        cursor: app.cursor(Pane::Indicators),
        empty: "No indicator matches. Esc clears the search; p cycles the pillar filter.",
    }
    .render(row, table_area, buf, theme);

    if let Some(area) = preview {
        preview_block(app, area, buf, theme);
    }
}

fn preview_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let block = section(" Selected (Enter for details) ", theme);
    let Some(i) = app.selected_row() else {
        block.render(area, buf);
        return;
    };
    let ind = ds.indicator_of(i);
    let evidence = ds.evidence(i);
    let lines = vec![
        Line::from(vec![
            Span::styled(format!("{} ", visible(&ind.id)), theme.key),
            Span::styled(visible(&ind.name).into_owned(), theme.accent),
        ]),
        Line::from(vec![
            Span::styled("Evidence: ", theme.muted),
            Span::raw(if evidence.is_empty() {
                "none given".to_string()
            } else {
                visible(evidence).into_owned()
            }),
        ]),
    ];
    Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
