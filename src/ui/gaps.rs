//! Gaps: pillars weakest first, and indicators ranked by index gain — what
//! to fix first.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget};

use super::indicators::score_cell;
use super::table::{ListTable, right};
use super::{Theme, layout, section};
use crate::app::{App, Pane};
use crate::data::compare::{delta, pillar_gain};
use crate::data::plan::Goal;
use crate::format;
use crate::text::{fit, visible};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (left, list_area) = layout::gaps(area);
    let (pillars_area, plan_area) = layout::gaps_left(left, app.view.weak.len() as u16);
    weak_pillars(app, pillars_area, buf, theme);
    plan(app, plan_area, buf, theme);

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

/// Pillars weakest first; under a scenario, with the projected score and
/// its difference beside the actual one.
fn weak_pillars(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (c, y) = (app.country, app.year);
    let projection = app.view.projection.as_ref();
    // Side by side with the plan there is no room for everything: the
    // scenario's columns win over the gain.
    let with_gain = projection.is_none() || area.width >= 50;
    let rows: Vec<Row> = app
        .view
        .weak
        .iter()
        .enumerate()
        .map(|(n, &(p, score))| {
            let mut cells = vec![
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
            ];
            if let Some(proj) = projection {
                let then = proj.pillars.get(p as usize).copied().flatten();
                let d = delta(score, then);
                cells.push(right(format::score(then), theme.accent));
                cells.push(right(format::delta(d), theme.delta(d)));
            }
            if with_gain {
                cells.push(right(format!("+{:.2}", pillar_gain(ds, c, y, p)), theme.up));
            }
            Row::new(cells)
        })
        .collect();
    let mut header = vec![
        Cell::from("#"),
        Cell::from("Pillar"),
        right("Score".into(), Style::new()),
    ];
    let mut widths = vec![
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(6),
    ];
    let title = if projection.is_some() {
        header.push(right("What-if".into(), Style::new()));
        header.push(right("Δ".into(), Style::new()));
        widths.extend([Constraint::Length(7), Constraint::Length(7)]);
        Line::from(vec![
            Span::raw(" Weakest pillars "),
            Span::styled(" SCENARIO ", theme.warning),
            Span::raw(" "),
        ])
    } else {
        Line::from(" Weakest pillars (gain if all reach target) ")
    };
    if with_gain {
        header.push(right("Gain".into(), Style::new()));
        widths.push(Constraint::Length(6));
    }
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.header))
        .block(section(title, theme));
    Widget::render(table, area, buf);
}

/// The action plan: the fewest points that lift the index to the next tier.
fn plan(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height < 3 {
        return;
    }
    let ds = &app.ds;
    let Some(plan) = &app.view.plan else {
        return;
    };
    let title = match plan.goal {
        Goal::NextTier(t) => format!(" Plan to Tier {} ({:.0}) ", t.number(), t.threshold()),
        Goal::Score(s) => format!(" Plan to {s:.2} "),
        Goal::TopTier => " Plan ".to_string(),
    };
    let mut title = vec![Span::raw(title)];
    if !plan.steps.is_empty() {
        title.push(Span::styled("· A applies it ", theme.key));
    }
    let block = section(Line::from(title), theme);
    let inner = block.inner(area);
    block.render(area, buf);

    let mut lines = Vec::new();
    let from = if app.view.projection.is_some() {
        "the scenario's "
    } else {
        ""
    };
    if matches!(plan.goal, Goal::TopTier) {
        lines.push(Line::styled("Already in the top tier.", theme.muted));
    } else if plan.already_met() {
        lines.push(Line::styled("The goal is already met.", theme.muted));
    } else {
        let n = plan.steps.len();
        let summary = if plan.reached {
            format!(
                "From {from}{}: {n} step{}, {} points, to {}",
                format::score(plan.start),
                if n == 1 { "" } else { "s" },
                format::points(plan.points),
                format::score(plan.end())
            )
        } else {
            format!(
                "Out of reach within the targets: the best is {} after {n} step{}",
                format::score(plan.best_reachable),
                if n == 1 { "" } else { "s" }
            )
        };
        lines.push(Line::styled(
            summary,
            if plan.reached {
                theme.muted
            } else {
                theme.warning
            },
        ));
    }
    let id_w = plan
        .steps
        .iter()
        .map(|s| ds.indicators[s.indicator as usize].id.chars().count())
        .max()
        .unwrap_or(0)
        .min(10);
    for (n, step) in plan.steps.iter().enumerate() {
        let target = ds.target(step.obs);
        let from = step
            .from
            .map_or_else(|| format::NONE.to_string(), format::points);
        lines.push(Line::from(vec![
            Span::styled(format!("{:>2} ", n + 1), theme.muted),
            Span::raw(format!(
                "{} ",
                fit(&ds.indicators[step.indicator as usize].id, id_w)
            )),
            Span::raw(format!("{from}→{} ", format::points(step.shown_to(target)))),
            Span::styled(format!("+{:.2} ", step.gain), theme.up),
            Span::styled(format!("→ {:.2} ", step.overall), theme.accent),
            Span::styled(format!("T{}", step.tier.number()), theme.tier(step.tier)),
        ]));
    }
    Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(inner, buf);
}
