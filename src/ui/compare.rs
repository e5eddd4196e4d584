//! Compare: two years side by side, per pillar and per indicator.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget};

use super::indicators::score_cell;
use super::table::{ListTable, right};
use super::{Theme, layout, section};
use crate::app::{App, Pane};
use crate::data::compare::{Change, delta};
use crate::format;
use crate::text::visible;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (counts_area, pillars_area, list_area) = layout::compare(area);
    let y1 = ds.years[app.year as usize];
    let Some(cmp) = &app.view.comparison else {
        Paragraph::new(vec![
            Line::from(format!(
                "Only one year of data for {}.",
                visible(ds.countries[app.country as usize].label())
            )),
            Line::styled(
                "Comparison needs two years: { and } choose the comparison year.",
                theme.muted,
            ),
        ])
        .block(section(" Compare ", theme))
        .render(area, buf);
        return;
    };
    let y0 = ds.years[cmp.from as usize];
    let k = cmp.counts;
    let counts = Line::from(vec![
        Span::styled(format!("{y1} vs {y0}  "), theme.accent),
        Span::styled(format!("▲ {} improved  ", k.improved), theme.up),
        Span::styled(format!("▼ {} declined  ", k.declined), theme.down),
        Span::raw(format!("= {} unchanged  ", k.unchanged)),
        Span::raw(format!("+ {} new  ", k.new)),
        Span::raw(format!("− {} dropped  ", k.dropped)),
        Span::styled(format!("? {} not assessed", k.not_assessed), theme.muted),
    ]);
    Paragraph::new(counts)
        .block(section(" Changes ([ ] year, { } comparison year) ", theme))
        .render(counts_area, buf);

    let mut rows: Vec<Row> = cmp
        .pillars
        .iter()
        .filter(|p| p.from.is_some() || p.to.is_some())
        .map(|p| {
            Row::new(vec![
                Cell::from(visible(&ds.pillars[p.pillar as usize]).into_owned()),
                right(format::score(p.from), theme.muted),
                right(format::score(p.to), Style::new()),
                right(format::delta(p.delta), theme.delta(p.delta)),
            ])
        })
        .collect();
    let d = delta(cmp.overall_from, cmp.overall_to);
    rows.push(
        Row::new(vec![
            Cell::from("Overall"),
            right(format::score(cmp.overall_from), theme.muted),
            right(format::score(cmp.overall_to), theme.accent),
            right(format::delta(d), theme.delta(d)),
        ])
        .style(theme.accent),
    );
    Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(7),
            Constraint::Length(7),
            Constraint::Length(9),
        ],
    )
    .header(
        Row::new(vec![
            Cell::from("Pillar"),
            right(y0.to_string(), Style::new()),
            right(y1.to_string(), Style::new()),
            right("Δ".into(), Style::new()),
        ])
        .style(theme.header),
    )
    .block(section(" Pillars ", theme))
    .render(pillars_area, buf);

    let header = Row::new(vec![
        Cell::from("ID"),
        Cell::from("Indicator"),
        right(y0.to_string(), Style::new()),
        right(y1.to_string(), Style::new()),
        right("Δ".into(), Style::new()),
        Cell::from("Status"),
    ]);
    let row = |n: usize| {
        let ch = &cmp.indicators[n];
        let ind = &ds.indicators[ch.indicator as usize];
        let status_style = match ch.change {
            Change::Improved => theme.up,
            Change::Declined => theme.down,
            _ => theme.muted,
        };
        Row::new(vec![
            Cell::from(visible(&ind.id).into_owned()),
            Cell::from(visible(&ind.name).into_owned()),
            right(
                ch.from
                    .map_or_else(|| format::NONE.to_string(), |i| score_cell(ds, i)),
                theme.muted,
            ),
            right(
                ch.to
                    .map_or_else(|| format::NONE.to_string(), |i| score_cell(ds, i)),
                Style::new(),
            ),
            right(
                ch.delta.map_or_else(String::new, |d| {
                    format!("{}{}", format::arrow(d), format::points(d.abs()))
                }),
                theme.delta(ch.delta),
            ),
            Cell::from(Span::styled(ch.change.label(), status_style)),
        ])
    };
    ListTable {
        title: Line::from(format!(" Indicators {y0} → {y1} ")),
        header,
        widths: vec![
            Constraint::Length(7),
            Constraint::Fill(1),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(12),
        ],
        len: cmp.indicators.len(),
        cursor: app.cursor(Pane::Compare),
        empty: "No indicators in either year.",
    }
    .render(row, list_area, buf, theme);
}
