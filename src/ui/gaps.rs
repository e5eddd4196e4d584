//! Gaps: pillars weakest first, and indicators ranked by index gain — what
//! to fix first.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, Widget};

use super::indicators::score_cell;
use super::table::{ListTable, right};
use super::{Theme, layout, section};
use crate::app::{App, Pane};
use crate::data::compare::pillar_gain;
use crate::format;
use crate::text::visible;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (c, y) = (app.country, app.year);
    let (pillars_area, list_area) = layout::gaps(area);

    let rows: Vec<Row> = app
        .view
        .weak
        .iter()
        .enumerate()
        .map(|(n, &(p, score))| {
            Row::new(vec![
                right(format!("{}", n + 1), theme.muted),
                Cell::from(visible(&ds.pillars[p as usize]).into_owned()),
                right(
                    format::score(score),
                    if score.is_some() {
                        Style::new()
                    } else {
                        theme.muted
                    },
                ),
                right(format!("+{:.2}", pillar_gain(ds, c, y, p)), theme.up),
            ])
        })
        .collect();
    let block = section(" Weakest pillars (gain if all reach target) ", theme);
    let table = Table::new(
        rows,
        [
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(6),
            Constraint::Length(6),
        ],
    )
    .header(
        Row::new(vec![
            Cell::from("#"),
            Cell::from("Pillar"),
            right("Score".into(), Style::new()),
            right("Gain".into(), Style::new()),
        ])
        .style(theme.header),
    )
    .block(block);
    Widget::render(table, pillars_area, buf);

    let header = Row::new(vec![
        right("#".into(), Style::new()),
        Cell::from("ID"),
        Cell::from("Indicator"),
        Cell::from("Pillar"),
        right("Score".into(), Style::new()),
        right("Target".into(), Style::new()),
        right("Gap".into(), Style::new()),
        right("Gain".into(), Style::new()),
    ]);
    let row = |n: usize| {
        let i = app.view.fix_first[n];
        let ind = ds.indicator_of(i);
        Row::new(vec![
            right(format!("{}", n + 1), theme.muted),
            Cell::from(visible(&ind.id).into_owned()),
            Cell::from(visible(&ind.name).into_owned()),
            Cell::from(visible(&ds.pillars[ind.pillar as usize]).into_owned()),
            right(score_cell(ds, i), Style::new()),
            right(format::points(ds.target(i)), Style::new()),
            right(
                ds.gap(i).map_or_else(|| "n/a".to_string(), format::points),
                Style::new(),
            ),
            right(format!("+{:.2}", app.view.gain(i)), theme.up),
        ])
    };
    let pillar_w = if list_area.width >= 110 { 20 } else { 10 };
    ListTable {
        title: Line::from(" What to fix first: index gain if the indicator reaches its target "),
        header,
        widths: vec![
            Constraint::Length(3),
            Constraint::Length(7),
            Constraint::Fill(1),
            Constraint::Length(pillar_w),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(4),
            Constraint::Length(6),
        ],
        len: app.view.fix_first.len(),
        cursor: app.cursor(Pane::Gaps),
        empty: "Every indicator is at or above its target.",
    }
    .render(row, list_area, buf, theme);
}
