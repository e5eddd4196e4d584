//! Overview: the overall index and tier (`headline.rs`), change, pillar
//! bars for both years (`pillars.rs`), the trend over all years, and the
//! biggest movers (`movers.rs`).

mod headline;
mod movers;
mod pillars;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Bar, BarChart, Widget};

use super::{Theme, layout, section};
use crate::app::App;
use crate::format;
use crate::model::PillarIx;
use headline::headline;
use movers::movers_block;
use pillars::pillar_bars;

/// Rows the pillar block wants: two per pillar when comparing (this year
/// and the comparison year), plus borders.
fn pillar_rows(app: &App) -> u16 {
    let n = (0..app.ds().pillars.len() as PillarIx)
        .filter(|&p| app.ds().pillar_aggs(app.country(), app.year())[p as usize].total > 0)
        .count() as u16;
    let comparing = app.compare_year().is_some() || app.view().projection.is_some();
    n * if comparing { 2 } else { 1 } + 2
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if layout::wide(area) {
        let [left, right] = area.layout(&Layout::horizontal([
            Constraint::Percentage(38),
            Constraint::Fill(1),
        ]));
        let [score, trend] = left.layout(&Layout::vertical([
            Constraint::Length(8),
            Constraint::Fill(1),
        ]));
        // Movers take what the pillars leave, if that is enough to be useful.
        let movers_h = right.height.saturating_sub(pillar_rows(app));
        let movers_h = if movers_h >= 4 { movers_h } else { 0 };
        let [pillars, movers] = right.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(movers_h),
        ]));
        headline(app, score, buf, theme);
        trend_chart(app, trend, buf, theme);
        pillar_bars(app, pillars, buf, theme);
        movers_block(app, movers, buf, theme);
    } else {
        let rest = area.height.saturating_sub(8);
        // Narrow: one line per pillar, the comparison year as a tick.
        let one_line = pillar_rows(app).min(app.ds().pillars.len() as u16 + 2);
        let movers_h = rest.saturating_sub(one_line);
        let movers_h = if movers_h >= 4 { movers_h } else { 0 };
        let [top, pillars, movers] = area.layout(&Layout::vertical([
            Constraint::Length(8),
            Constraint::Fill(1),
            Constraint::Length(movers_h),
        ]));
        let [score, trend] = top.layout(&Layout::horizontal([
            Constraint::Percentage(50),
            Constraint::Fill(1),
        ]));
        headline(app, score, buf, theme);
        trend_chart(app, trend, buf, theme);
        pillar_bars(app, pillars, buf, theme);
        movers_block(app, movers, buf, theme);
    }
}

/// The overall index in every year with data, the selected year bright.
/// Bars are at least four columns wide so every year is written whole; when
/// not all fit, the latest do. A value is drawn in its bar only if it fits
/// there whole.
fn trend_chart(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let block = section(" Overall trend ", theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let years: Vec<_> = ds.years_with_data(app.country()).collect();
    if years.is_empty() || inner.width < 4 {
        return;
    }
    let fit = ((inner.width as usize + 1) / 5).max(1);
    let years = &years[years.len().saturating_sub(fit)..];
    let n = years.len() as u16;
    let bar_width = (inner.width.saturating_sub(n.saturating_sub(1)) / n).clamp(4, 7);
    let bars: Vec<Bar> = years
        .iter()
        .map(|&y| {
            let v = ds.overall(app.country(), y);
            let style = if y == app.year() {
                theme.bar
            } else if Some(y) == app.compare_year() {
                theme.accent
            } else {
                theme.bar_compare
            };
            Bar::with_label(
                ds.years[y as usize].to_string(),
                v.map_or(0, |v| (v * 100.0).round() as u64),
            )
            .text_value(format::index(v))
            .style(style)
            .value_style(style.reversed())
        })
        .collect();
    BarChart::vertical(bars)
        .bar_width(bar_width)
        .bar_gap(1)
        .max(10_000)
        .label_style(theme.muted)
        .render(inner, buf);
}
