//! Trends: every pillar over all years, and the selected indicator's
//! history.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::chart::{self, Series, YearChart};
use super::chart_key::{KeyEntry, KeyLayout};
use super::{Theme, layout, section};
use crate::app::{Action, App, keymap};
use crate::format;
use crate::model::dataset::Indicator;
use crate::model::{IndicatorIx, PillarIx, YearIx};
use crate::sanitize::shown;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let (chart_area, history_area) = layout::trends(area);
    pillar_chart(app, chart_area, buf, theme);
    history(app, history_area, buf, theme);
}

fn note(text: &str, title: impl Into<Line<'static>>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    Paragraph::new(Line::styled(text.to_string(), theme.muted))
        .block(section(title, theme))
        .render(area, buf);
}

fn pillar_chart(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let c = app.country();
    let years: Vec<YearIx> = ds.years_with_data(c).collect();
    let title = format!(
        " Pillar scores over time ({}: {}) ",
        keymap::key_for(&Action::ToggleBraille),
        if app.braille() {
            "plain dots"
        } else {
            "braille"
        }
    );
    if years.len() < 2 {
        note(
            "Trends need at least two years of data.",
            title,
            area,
            buf,
            theme,
        );
        return;
    }
    // Every pillar scored in at least one year, in the data's order. The
    // n-th gets the n-th colour and marker; past the last marker a pillar
    // is left out (and the key says how many) rather than share one.
    let mut series: Vec<Series> = Vec::new();
    let mut key: Vec<KeyEntry> = Vec::new();
    for p in 0..ds.pillars.len() as PillarIx {
        let points: Vec<(i32, f64)> = years
            .iter()
            .filter_map(|&y| ds.pillar_score(c, y, p).map(|s| (ds.years[y as usize], s)))
            .collect();
        if points.is_empty() {
            continue;
        }
        let n = key.len();
        let marker = chart::marker(n).unwrap_or('?');
        key.push(KeyEntry {
            marker,
            style: theme.series(n),
            name: ds.pillars[p as usize].clone(),
        });
        series.push(Series {
            marker,
            style: theme.series(n),
            points,
        });
    }
    if series.is_empty() {
        note("No pillar is scored in any year.", title, area, buf, theme);
        return;
    }
    let block = section(title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    // A key under the chart rather than ratatui's boxed legend, which hides
    // itself on small screens and covers lines on large ones. Names give
    // way before entries do; a series without a key entry is not drawn.
    let max_rows = inner.height.saturating_sub(3).clamp(1, 3);
    let key_layout = KeyLayout::new(&key, inner.width, max_rows);
    let [chart_area, key_area] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(key_layout.rows),
    ]));
    let year_values: Vec<i32> = years.iter().map(|&y| ds.years[y as usize]).collect();
    let shown = &series[..key_layout.shown];
    let chart = YearChart {
        years: &year_values,
        series: shown,
        braille: app.braille(),
        axis_style: theme.muted,
        label_style: theme.muted,
    };
    (&chart).render(chart_area, buf);
    key_layout.render(&key, key_area, buf, theme.muted);
}

fn history(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let Some(ind) = app.selected_indicator() else {
        note(
            "No indicator selected.",
            " Indicator history ",
            area,
            buf,
            theme,
        );
        return;
    };
    let block = section(history_title(&ds.indicators[ind as usize], theme), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.is_empty() {
        return;
    }
    // As many of the latest years as have room for a bar of at least one
    // column and a one-column gap; up to eight columns a bar.
    let all: Vec<YearIx> = ds.years_with_data(app.country()).collect();
    let room = (inner.width as usize).div_ceil(2);
    let years = &all[all.len().saturating_sub(room)..];
    let n = years.len().max(1) as u16;
    let bar_width = ((inner.width + 1) / n).saturating_sub(1).clamp(1, 8);

    let data = year_bars(app, ind, years, theme);

    // Bars on top; under them a row of values and a row of years, each
    // shown whole where it fits and dropped where it does not (the selected
    // year's first). Bars carry no text of their own: a value wider than
    // its bar would be cut.
    let text_rows = inner.height.min(2);
    let [bars_area, values_row, years_row] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(text_rows.saturating_sub(1)),
        Constraint::Length(text_rows.min(1)),
    ]));
    let bars: Vec<Bar> = data
        .iter()
        .map(|d| Bar::default().value(d.value).text_value("").style(d.style))
        .collect();
    BarChart::vertical(bars)
        .bar_width(bar_width)
        .bar_gap(1)
        .max(1000)
        .render(bars_area, buf);

    let centre = |i: usize| inner.x + i as u16 * (bar_width + 1) + (bar_width - 1) / 2;
    let order = label_order(app, years);
    let values: Vec<(u16, &str, Style)> = order
        .iter()
        .map(|&i| (centre(i), data[i].text.as_str(), data[i].style))
        .collect();
    label_row(values_row, &values, buf);
    let labels: Vec<(u16, &str, Style)> = order
        .iter()
        .map(|&i| {
            let style = if years[i] == app.year() {
                theme.accent
            } else {
                theme.muted
            };
            (centre(i), data[i].label.as_str(), style)
        })
        .collect();
    label_row(years_row, &labels, buf);
}

/// The indicator's id and name, and the keys that choose another and open
/// its details.
fn history_title(info: &Indicator, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        Span::raw(" History: "),
        Span::styled(format!("{} ", shown(&info.id)), theme.key),
        Span::raw(format!("{} ", shown(&info.name))),
        Span::styled(
            format!(
                "({}/{} choose, {} details) ",
                keymap::key_for(&Action::Down),
                keymap::key_for(&Action::Up),
                keymap::key_for(&Action::OpenDetail)
            ),
            theme.muted,
        ),
    ])
}

/// One year's bar of an indicator's history.
struct YearBar {
    label: String,
    /// Attainment, in thousandths.
    value: u64,
    /// The score, as the value row shows it.
    text: String,
    style: Style,
}

/// The bars of indicator `ind` in `years`, the selected year bright.
fn year_bars(app: &App, ind: IndicatorIx, years: &[YearIx], theme: &Theme) -> Vec<YearBar> {
    let ds = app.ds();
    years
        .iter()
        .map(|&y| {
            let obs = ds.find_obs(app.country(), y, ind);
            let current = if y == app.year() {
                theme.bar
            } else {
                theme.bar_compare
            };
            let (value, text, style) = match obs.map(|i| (i, ds.attainment(i))) {
                Some((i, Some(a))) => (
                    (a.clamp(0.0, 1.0) * 1000.0).round() as u64,
                    crate::ui::indicators::score_cell(ds, i),
                    current,
                ),
                Some((_, None)) => (0, "n/a".to_string(), theme.muted),
                None => (0, format::NONE.to_string(), theme.muted),
            };
            YearBar {
                label: ds.years[y as usize].to_string(),
                value,
                text,
                style,
            }
        })
        .collect()
}

/// The order the labels of `years` are placed in, most important first:
/// the selected year, then the comparison year, then the latest.
fn label_order(app: &App, years: &[YearIx]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..years.len()).rev().collect();
    for y in [app.compare_year(), Some(app.year())].into_iter().flatten() {
        if let Some(i) = years.iter().position(|&v| v == y) {
            order.retain(|&j| j != i);
            order.insert(0, i);
        }
    }
    order
}

/// Texts centred on their columns, most important first: each drawn whole
/// or, where it would meet another, not at all.
fn label_row(area: Rect, items: &[(u16, &str, Style)], buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let slots: Vec<(u16, u16)> = items
        .iter()
        .map(|&(centre, text, _)| (centre, text.width() as u16))
        .collect();
    for (start, &(_, text, style)) in chart::place(&slots, area.x, area.right()).iter().zip(items) {
        if let Some(x) = start {
            buf.set_string(*x, area.y, text, style);
        }
    }
}
