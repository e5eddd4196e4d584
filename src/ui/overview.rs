//! Overview: the overall index and tier, change, pillar bars for both years,
//! the trend over all years, and the biggest movers.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Paragraph, Widget};

use super::status::{Part, fit_parts};
use super::{Theme, bars, layout, section};
use crate::app::App;
use crate::format;
use crate::model::compare_year::IndicatorChange;
use crate::model::{PillarIx, Tier};
use crate::sanitize::{fit, shown};
use unicode_width::UnicodeWidthStr;

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

/// The headline figures, one line each; on a narrow screen the words give
/// way and the figures stay whole.
fn headline(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let actual = ds.overall(c, y);
    let projection = app.view().projection.as_ref();
    // Under a scenario the headline is the projected index, marked as such,
    // with the actual one beside it.
    let overall = projection.map_or(actual, |p| p.overall);
    let mut title = vec![Span::raw(format!(
        " Overall index {} ",
        ds.years[y as usize]
    ))];
    let mut lines: Vec<Vec<Part>> = Vec::new();
    let mut first = vec![
        Part::new(format::index(overall), theme.accent, 0),
        Part::new(" / 100", theme.muted, 2),
    ];
    if projection.is_some() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(" "));
        let d = format::index_delta(actual, overall);
        first.push(Part::new(
            format!("  {}", format::delta(d)),
            theme.delta(d),
            0,
        ));
        first.push(Part::new(" vs actual ", theme.muted, 1));
        first.push(Part::new(format::index(actual), theme.muted, 1));
    }
    lines.push(first);
    match overall.map(Tier::from_score) {
        Some(tier) => {
            lines.push(vec![
                Part::new(format!("Tier {}", tier.number()), theme.tier(tier), 0),
                Part::new(format!(" · {}", tier.label()), theme.tier(tier), 1),
            ]);
            lines.push(match (tier.next(), overall) {
                (Some(next), Some(o)) => vec![
                    Part::new("Next: ", theme.muted, 1),
                    Part::new(
                        format!("Tier {} at {:.0}", next.number(), next.threshold()),
                        theme.muted,
                        0,
                    ),
                    Part::new(
                        format!(" (+{}", format::needed(next.threshold(), o)),
                        theme.muted,
                        0,
                    ),
                    Part::new(" needed", theme.muted, 1),
                    Part::new(")", theme.muted, 0),
                ],
                _ => vec![Part::new("Top tier reached", theme.muted, 0)],
            });
        }
        None => lines.push(vec![Part::shrinking(
            "No pillar is scored this year",
            theme.muted,
            8,
        )]),
    }
    // The change since the comparison year, in the data as shown: under a
    // scenario, from the (projected) comparison year to the projection.
    if let Some(y0) = app.compare_year() {
        let before = app.data().overall(c, y0);
        let d = format::index_delta(before, overall);
        lines.push(vec![
            Part::new(format::delta(d), theme.delta(d), 0),
            Part::new(format!(" vs {}", ds.years[y0 as usize]), theme.muted, 0),
            Part::new(format!(" ({})", format::index(before)), theme.muted, 1),
        ]);
        if let (Some(b), Some(a)) = (before.map(Tier::from_score), overall.map(Tier::from_score))
            && a != b
        {
            lines.push(vec![Part::new(
                format!("Tier {} → Tier {}", b.number(), a.number()),
                theme.tier(a),
                0,
            )]);
        }
    }
    // The weakest pillar that still has something to gain, as the brief
    // names it.
    if let Some(&(p, s)) = app.view().weakest.first() {
        lines.push(vec![
            Part::new("Weakest: ", theme.muted, 1),
            Part::shrinking(shown(&ds.pillars[p as usize]), Style::new(), 6),
            Part::new(format!(" {}", format::score(Some(s))), Style::new(), 0),
        ]);
    }
    let block = section(Line::from(title), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    for (k, parts) in lines.into_iter().enumerate().take(inner.height as usize) {
        let row = Rect::new(inner.x, inner.y + k as u16, inner.width, 1);
        fit_parts(parts, inner.width as usize).render(row, buf);
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

/// What the pillar bars set against each other: the year against the
/// comparison year, or, under a scenario, the projection against the actual
/// scores. Scores are by pillar index.
struct Sides {
    now: Vec<Option<f64>>,
    /// With the label of its second line.
    before: Option<(String, Vec<Option<f64>>)>,
}

fn sides(app: &App, theme: &Theme) -> (Line<'static>, Sides) {
    let ds = app.data();
    let (c, y) = (app.country(), app.year());
    let year = ds.years[y as usize];
    let scores = |ds: &crate::model::Dataset, y| {
        (0..ds.pillars.len() as PillarIx)
            .map(|p| ds.pillar_score(c, y, p))
            .collect::<Vec<_>>()
    };
    if let Some(p) = &app.view().projection {
        let title = Line::from(vec![
            Span::raw(format!(" Pillars {year} ")),
            Span::styled(" SCENARIO ", theme.warning),
            Span::raw(" (bright) vs actual (dim) "),
        ]);
        let sides = Sides {
            now: p.pillars.clone(),
            before: Some(("actual".to_string(), scores(app.ds(), y))),
        };
        return (title, sides);
    }
    let mut title = vec![Span::raw(match app.compare_year() {
        Some(y0) => format!(
            " Pillars {year} (bright) vs {} (dim) ",
            ds.years[y0 as usize]
        ),
        None => format!(" Pillars {year} "),
    })];
    // A scenario in the comparison year shows here too: say so.
    if app.what_if() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(" "));
    }
    let sides = Sides {
        now: scores(ds, y),
        before: app
            .compare_year()
            .map(|y0| (ds.years[y0 as usize].to_string(), scores(ds, y0))),
    };
    (Line::from(title), sides)
}

fn pillar_bars(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let (mut title, sides) = sides(app, theme);
    // The scale, when the title has room for it whole.
    const SCALE: &str = "score 0–100 ";
    if title.width() + SCALE.len() < area.width.saturating_sub(2) as usize {
        title.spans.push(Span::styled(SCALE, theme.muted));
    }
    let comparing = sides.before.is_some();
    let pillars: Vec<PillarIx> = (0..ds.pillars.len() as PillarIx)
        .filter(|&p| ds.pillar_aggs(c, y)[p as usize].total > 0)
        .collect();
    let block = section(title, theme);
    let inner = block.inner(area);
    // One line a pillar at the least: say how many do not fit.
    let hidden = pillars.len().saturating_sub(inner.height as usize);
    let block = if hidden > 0 {
        block.title_bottom(Line::styled(format!(" {hidden} more ↓ "), theme.key))
    } else {
        block
    };
    block.render(area, buf);
    if pillars.is_empty() || inner.width < 20 {
        return;
    }
    let two_lines = comparing && inner.height as usize >= pillars.len() * 2;
    let name_w = (inner.width / 4).clamp(8, 22);
    let tail_w: u16 = if comparing { 17 } else { 8 };
    let bar_w = inner.width.saturating_sub(name_w + tail_w + 2);
    let mut row = inner.y;
    for &p in &pillars {
        if row >= inner.bottom() {
            break;
        }
        let now = sides.now.get(p as usize).copied().flatten();
        let before = sides
            .before
            .as_ref()
            .and_then(|(_, v)| v.get(p as usize).copied().flatten());
        let d = format::shown_delta(before, now);
        buf.set_stringn(
            inner.x,
            row,
            fit(&ds.pillars[p as usize], name_w as usize),
            name_w as usize,
            theme.base,
        );
        let bar_area = Rect::new(inner.x + name_w + 1, row, bar_w, 1);
        match now {
            Some(v) => bars::bar(v, 100.0, bar_area, buf, theme.bar),
            None => {
                buf.set_stringn(bar_area.x, row, "not scored", bar_w as usize, theme.muted);
            }
        }
        let tail_x = bar_area.right() + 1;
        buf.set_stringn(
            tail_x,
            row,
            format!("{:>6}", format::score(now)),
            6,
            theme.accent,
        );
        if comparing {
            buf.set_stringn(
                tail_x + 7,
                row,
                format!("{:>9}", format::delta(d)),
                9,
                theme.delta(d),
            );
        }
        if let (Some((label, _)), true) = (&sides.before, two_lines) {
            row += 1;
            if row >= inner.bottom() {
                break;
            }
            let label = format!("{label:>w$}", w = name_w as usize);
            buf.set_stringn(inner.x, row, label, name_w as usize, theme.muted);
            if let Some(v) = before {
                bars::bar(
                    v,
                    100.0,
                    Rect::new(bar_area.x, row, bar_w, 1),
                    buf,
                    theme.bar_compare,
                );
            }
            buf.set_stringn(
                tail_x,
                row,
                format!("{:>6}", format::score(before)),
                6,
                theme.muted,
            );
        } else if let Some(b) = before {
            // One line per pillar: mark the comparison year on the bar.
            let x = bar_area.x
                + ((b / 100.0) * bar_w as f64)
                    .round()
                    .min(bar_w.saturating_sub(1) as f64) as u16;
            if bar_w > 0 {
                buf.set_string(x, row, "┃", theme.accent);
            }
        }
        row += 1;
    }
}

fn movers_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let Some(cmp) = &app.view().comparison else {
        Paragraph::new(Line::styled(
            "No earlier year to compare with.",
            theme.muted,
        ))
        .block(section(" Biggest movers ", theme))
        .render(area, buf);
        return;
    };
    let [left, right] = area.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Percentage(50),
    ]));
    let y0 = app.ds().years[cmp.from as usize];
    mover_list(
        app,
        &cmp.risers(),
        &format!(" Risers since {y0} (Δ pts) "),
        left,
        buf,
        theme,
    );
    mover_list(
        app,
        &cmp.fallers(),
        &format!(" Fallers since {y0} (Δ pts) "),
        right,
        buf,
        theme,
    );
}

fn mover_list(
    app: &App,
    list: &[&IndicatorChange],
    title: &str,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let block = section(title.to_string(), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if list.is_empty() {
        buf.set_stringn(inner.x, inner.y, "none", inner.width as usize, theme.muted);
        return;
    }
    for (row, ch) in list.iter().take(inner.height as usize).enumerate() {
        let ind = &app.ds().indicators[ch.indicator as usize];
        let change = crate::ui::indicators::shown_change(app.ds(), ch);
        let d = change.unwrap_or(0.0);
        let delta = format!(
            "{} {}{} ",
            format::arrow(d),
            sign(d),
            format::points(d.abs())
        );
        let y = inner.y + row as u16;
        let dw = UnicodeWidthStr::width(delta.as_str()) as u16;
        if dw > inner.width {
            break;
        }
        buf.set_string(inner.x, y, &delta, theme.delta(change));
        let rest = inner.width.saturating_sub(dw) as usize;
        let text = fit(&format!("{} {}", shown(&ind.id), shown(&ind.name)), rest);
        buf.set_stringn(inner.x + dw, y, text, rest, Style::new());
    }
}

fn sign(d: f64) -> &'static str {
    if d < 0.0 { "-" } else { "+" }
}
