//! Gaps: pillars weakest first, the action plan to the next tier, and
//! indicators ranked by index gain: what to fix first. Under a what-if
//! scenario every figure is the projection's.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::indicators::{changed_col, changed_item, id_col, score_cell};
use super::table::{Col, Item, ListTable, draw_grid, rows_to_draw, table_block};
use super::{Theme, layout, section};
use crate::app::{Action, App, Pane, keymap};
use crate::format;
use crate::model::plan::{Goal, Plan};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.data();
    let (pillars_area, plan_area, list_area) = layout::gaps(area, app.pillar_rows(Pane::Gaps));
    weak_pillars(app, pillars_area, buf, theme);
    plan(app, plan_area, buf, theme);

    let mut cols = vec![Col::num("#", 0)];
    let marker = changed_col(app);
    let has_marker = marker.is_some();
    cols.extend(marker);
    cols.extend([
        id_col(app),
        Col::text("Indicator", 14, 2, 0),
        Col::text("Pillar", 6, 1, 1),
        Col::num("Score", 0),
        Col::num("Target", 3),
        Col::num("Gap", 2),
        Col::num("Gain", 0),
    ]);
    let cursor = app.cursor(Pane::Gaps);
    let shown = rows_to_draw(app.view().fix_first.len(), cursor, list_area.height);
    let rows: Vec<Vec<Item>> = app.view().fix_first[shown.clone()]
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let n = shown.start + n;
            let ind = ds.indicator_of(i);
            let mut row = vec![Item::new((n + 1).to_string(), theme.muted)];
            if has_marker {
                row.push(changed_item(app, i, theme));
            }
            row.extend([
                Item::data(&ind.id, Style::new()),
                Item::data(&ind.name, Style::new()),
                Item::data(&ds.pillars[ind.pillar as usize], Style::new()),
                Item::new(score_cell(ds, i), Style::new()),
                Item::new(format::points(ds.target(i)), Style::new()),
                Item::new(
                    ds.gap(i).map_or_else(|| "n/a".to_string(), format::points),
                    Style::new(),
                ),
                Item::new(format!("+{:.2}", app.view().gain(i)), theme.up),
            ]);
            row
        })
        .collect();
    let mut title = vec![Span::raw(" What to fix first: index gain at target ")];
    if app.what_if() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(" "));
    }
    ListTable {
        title: Line::from(title),
        cols,
        rows,
        first: shown.start,
        len: app.view().fix_first.len(),
        cursor,
        empty: "Every indicator is at or above its target.",
        row_style: Vec::new(),
    }
    .render(list_area, buf, theme);
}

/// Pillars weakest first; under a scenario, the actual score beside the
/// projected one.
fn weak_pillars(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let shown = app.data();
    let (c, y) = (app.country(), app.year());
    let what_if = app.view().projection.is_some();
    let rows: Vec<Vec<Item>> = app
        .view()
        .weak
        .iter()
        .enumerate()
        .map(|(n, &(p, score))| {
            let mut cells = vec![
                Item::new((n + 1).to_string(), theme.muted),
                Item::data(&shown.pillars[p as usize], Style::new()),
            ];
            if what_if {
                let actual = app.ds().pillar_score(c, y, p);
                let d = format::shown_delta(actual, score);
                cells.push(Item::new(format::score(actual), theme.muted));
                cells.push(Item::new(format::score(score), theme.accent));
                cells.push(Item::new(format::delta(d), theme.delta(d)));
            } else {
                cells.push(Item::new(format::score(score), Style::new()));
            }
            let gain = app
                .view()
                .pillar_gains
                .get(p as usize)
                .copied()
                .unwrap_or(0.0);
            cells.push(Item::new(format!("+{gain:.2}"), theme.up));
            cells
        })
        .collect();
    let mut cols = vec![Col::num("#", 0), Col::text("Pillar", 6, 1, 0)];
    let title = if what_if {
        cols.extend([
            Col::num("Actual", 0),
            Col::num("What-if", 0),
            Col::num("Δ", 2),
        ]);
        Line::from(vec![
            Span::raw(" Pillars, weakest first "),
            Span::styled(" SCENARIO ", theme.warning),
            Span::raw(" "),
        ])
    } else {
        cols.push(Col::num("Score", 0));
        Line::from(" Pillars, weakest first (score 0–100) ")
    };
    cols.push(Col::num("Gain", 1));
    table_block(title, &cols, rows, None, area, buf, theme);
}

/// The action plan: the fewest points that lift the index to the next
/// tier, computed from the scenario's scores when there is one. Its steps
/// scroll with `<` and `>`.
fn plan(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height < 3 {
        return;
    }
    let Some(plan) = &app.view().plan else {
        return plan_pending(app, area, buf, theme);
    };
    let title = match plan.goal {
        Goal::NextTier(t) => format!(" Plan to Tier {} ({:.0}) ", t.number(), t.threshold()),
        Goal::Score(s) => format!(" Plan to {s:.2} "),
        Goal::TopTier => " Plan ".to_string(),
    };
    let mut title = vec![Span::raw(title)];
    if !plan.steps.is_empty() {
        title.push(Span::styled(
            format!("· {} applies it ", keymap::key_for(&Action::ApplyPlan)),
            theme.key,
        ));
    }
    let block = section(Line::from(title), theme);
    let inner = block.inner(area);

    let from = if app.view().projection.is_some() {
        "the scenario's "
    } else {
        ""
    };
    let n = plan.steps.len();
    let (summary, style) = summary(plan, from, theme);
    let summary_h = super::wrapped_height(&summary, inner.width).min(inner.height);
    let summary = Paragraph::new(Line::styled(summary, style)).wrap(Wrap { trim: true });
    let [top, steps_area] = inner.layout(&Layout::vertical([
        Constraint::Length(summary_h),
        Constraint::Fill(1),
    ]));
    let visible = steps_area.height.saturating_sub(1) as usize;
    let first = app.plan_scroll().min(n.saturating_sub(1));
    let block = if n > visible && visible > 0 {
        let last = (first + visible).min(n);
        block.title_bottom(Line::styled(
            format!(
                " steps {}–{last} of {n} · {} {} scroll ",
                first + 1,
                keymap::key_for(&Action::ScrollPlanUp),
                keymap::key_for(&Action::ScrollPlanDown)
            ),
            theme.key,
        ))
    } else {
        block
    };
    block.render(area, buf);
    summary.render(top, buf);
    if n == 0 {
        return;
    }
    step_table(app, plan, first, steps_area, buf, theme);
}

/// What the plan's block says while a large country-year's plan is being
/// made on another thread.
fn plan_pending(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if let Some(rows) = app.plan_pending() {
        let block = section(" Plan ", theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let text = format!("Working out the plan over {rows} indicators…");
        Paragraph::new(Line::styled(text, theme.muted))
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    }
}

/// The plan in a sentence, and its style: how far it goes and at what
/// cost, or why it goes nowhere. `from` names where it starts.
fn summary(plan: &Plan, from: &str, theme: &Theme) -> (String, Style) {
    let n = plan.steps.len();
    if matches!(plan.goal, Goal::TopTier) {
        ("Already in the top tier.".to_string(), theme.muted)
    } else if plan.already_met() {
        ("The goal is already met.".to_string(), theme.muted)
    } else if plan.reached {
        (
            format!(
                "From {from}{}: {n} step{}, {} points, to {}",
                format::index(plan.start),
                if n == 1 { "" } else { "s" },
                format::points(plan.points),
                format::index(plan.end())
            ),
            theme.muted,
        )
    } else {
        (
            format!(
                "Out of reach within the targets: the best is {} after {n} step{}",
                format::index(plan.best_reachable),
                if n == 1 { "" } else { "s" }
            ),
            theme.warning,
        )
    }
}

/// The plan's steps from step `first`, as many as fit `steps_area`.
fn step_table(
    app: &App,
    plan: &Plan,
    first: usize,
    steps_area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let ds = app.ds();
    let n = plan.steps.len();
    let cols = vec![
        Col::num("#", 1),
        id_col(app),
        Col::word("Score", 0),
        Col::num("Gain", 2),
        Col::num("Index", 4),
        Col::word("Tier", 3),
    ];
    let before = |k: usize| match k {
        0 => plan.start,
        _ => Some(plan.steps[k - 1].overall),
    };
    // A long plan makes cells for the steps on screen only.
    let cursor = crate::app::Cursor {
        selected: first,
        offset: first,
    };
    let shown = rows_to_draw(n, cursor, steps_area.height);
    let rows: Vec<Vec<Item>> = plan.steps[shown.clone()]
        .iter()
        .zip(shown.clone())
        .map(|(step, k)| {
            let from = step
                .from
                .map_or_else(|| format::NONE.to_string(), format::points);
            vec![
                Item::new((k + 1).to_string(), theme.muted),
                Item::data(&ds.indicators[step.indicator as usize].id, Style::new()),
                Item::new(format!("{from}→{}", format::points(step.to)), Style::new()),
                // The rise as the indices before and after read.
                Item::new(
                    format!(
                        "{:+.2}",
                        format::index_delta(before(k), Some(step.overall)).unwrap_or(step.gain)
                    ),
                    theme.up,
                ),
                Item::new(format::index(Some(step.overall)), theme.accent),
                Item::new(format!("T{}", step.tier.number()), theme.tier(step.tier)),
            ]
        })
        .collect();
    draw_grid(
        &cols,
        &rows,
        &[],
        first - shown.start,
        None,
        steps_area,
        buf,
        theme,
    );
}
