//! Trends: every pillar over all years, and the selected indicator's
//! history.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Bar, BarChart, Chart, Dataset as Series, GraphType, Paragraph, Widget, Wrap,
};

use super::{Theme, layout, section};
use crate::app::{App, ThemeName};
use crate::data::{PillarIx, YearIx};
use crate::format;
use crate::text::{fit, visible};

/// In mono every line has the same style, so shape tells them apart.
const MONO_MARKERS: [Marker; 4] = [Marker::Dot, Marker::Block, Marker::Bar, Marker::HalfBlock];
/// What each mono marker draws, for the key.
const MONO_SYMBOLS: [&str; 4] = ["••", "██", "▄▄", "▀▀"];

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let (chart_area, history_area) = layout::trends(area);
    pillar_chart(app, chart_area, buf, theme);
    history(app, history_area, buf, theme);
}

fn pillar_chart(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let c = app.country;
    let years: Vec<YearIx> = ds.years_with_data(c).collect();
    let points: Vec<(PillarIx, Vec<(f64, f64)>)> = (0..ds.pillars.len() as PillarIx)
        .map(|p| {
            let pts = years
                .iter()
                .filter_map(|&y| {
                    ds.pillar_score(c, y, p)
                        .map(|s| (ds.years[y as usize] as f64, s))
                })
                .collect();
            (p, pts)
        })
        .filter(|(_, pts): &(PillarIx, Vec<(f64, f64)>)| !pts.is_empty())
        .collect();
    let title = format!(
        " Pillar scores over time ({}) ",
        if app.braille {
            "b: plain dots"
        } else {
            "b: braille"
        }
    );
    if years.len() < 2 {
        Paragraph::new(Line::styled(
            "Trends need at least two years of data.",
            theme.muted,
        ))
        .block(section(title, theme))
        .render(area, buf);
        return;
    }
    let (first, last) = (
        ds.years[years[0] as usize],
        ds.years[years[years.len() - 1] as usize],
    );
    let names: Vec<String> = points
        .iter()
        .map(|(p, _)| fit(&ds.pillars[*p as usize], 22).trim_end().to_string())
        .collect();
    let series: Vec<Series> = points
        .iter()
        .enumerate()
        .map(|(n, (_, pts))| {
            let marker = match (app.theme, app.braille) {
                (ThemeName::Mono, _) => MONO_MARKERS[n % MONO_MARKERS.len()],
                (_, true) => Marker::Braille,
                (_, false) => Marker::Dot,
            };
            Series::default()
                .name(names[n].clone())
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(theme.series(n))
                .data(pts)
        })
        .collect();
    // Labels are spaced evenly, so they are only true when every year in
    // the range gets one; otherwise show just the ends.
    let span = (last - first) as usize + 1;
    let x_labels: Vec<String> = if span * 6 <= area.width as usize {
        (first..=last).map(|y| y.to_string()).collect()
    } else {
        vec![first.to_string(), last.to_string()]
    };
    let block = section(title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    // A key under the chart rather than ratatui's boxed legend, which hides
    // itself on small screens and covers lines on large ones.
    let key: Vec<Span> = names
        .iter()
        .enumerate()
        .flat_map(|(n, name)| {
            let swatch = match app.theme {
                ThemeName::Mono => MONO_SYMBOLS[n % MONO_SYMBOLS.len()],
                _ => "━━",
            };
            [
                Span::styled(swatch, theme.series(n)),
                Span::raw(format!(" {name}  ")),
            ]
        })
        .collect();
    let key_width: usize = key.iter().map(|s| s.width()).sum();
    let key_rows = key_width.div_ceil(inner.width.max(1) as usize).clamp(1, 3) as u16;
    let [chart_area, key_area] = inner.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(key_rows),
    ]));
    Chart::new(series)
        .x_axis(
            Axis::default()
                .bounds([first as f64, last as f64])
                .labels(x_labels)
                .style(theme.muted),
        )
        .y_axis(
            Axis::default()
                .bounds([0.0, 100.0])
                .labels(["0", "50", "100"])
                .style(theme.muted),
        )
        .legend_position(None)
        .render(chart_area, buf);
    Paragraph::new(Line::from(key))
        .wrap(Wrap { trim: true })
        .render(key_area, buf);
}

fn history(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let Some(ind) = app.selected_indicator() else {
        Paragraph::new(Line::styled("No indicator selected.", theme.muted))
            .block(section(" Indicator history ", theme))
            .render(area, buf);
        return;
    };
    let info = &ds.indicators[ind as usize];
    let title = Line::from(vec![
        Span::raw(" History: "),
        Span::styled(format!("{} ", visible(&info.id)), theme.key),
        Span::raw(format!("{} ", visible(&info.name))),
        Span::styled("(j/k choose, Enter details) ", theme.muted),
    ]);
    let block = section(title, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    let years: Vec<YearIx> = ds.years_with_data(app.country).collect();
    let n = years.len().max(1) as u16;
    let bar_width = (inner.width.saturating_sub(n - 1) / n).clamp(1, 8);
    let bars: Vec<Bar> = years
        .iter()
        .map(|&y| {
            let obs = ds.find_obs(app.country, y, ind);
            let (value, text, style) = match obs {
                Some(i) => match ds.attainment(i) {
                    Some(a) => (
                        (a * 1000.0).round() as u64,
                        crate::ui::indicators::score_cell(ds, i),
                        if y == app.year {
                            theme.bar
                        } else {
                            theme.bar_compare
                        },
                    ),
                    None => (0, "n/a".to_string(), theme.muted),
                },
                None => (0, format::NONE.to_string(), theme.muted),
            };
            Bar::with_label(ds.years[y as usize].to_string(), value)
                .text_value(text)
                .style(style)
                .value_style(if value > 0 {
                    style.reversed()
                } else {
                    Style::new()
                })
        })
        .collect();
    BarChart::vertical(bars)
        .bar_width(bar_width)
        .bar_gap(1)
        .max(1000)
        .label_style(theme.muted)
        .render(inner, buf);
}
