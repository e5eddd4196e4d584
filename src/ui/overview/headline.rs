//! The Overview's headline: the overall index (projected under a
//! scenario), its tier and the next, the change since the comparison year,
//! and the weakest pillar. On a narrow screen the words give way and the
//! figures stay whole.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::format;
use crate::model::Tier;
use crate::sanitize::shown;
use crate::ui::status::{Part, fit_parts};
use crate::ui::{Theme, section};

/// The headline figures, one line each; on a narrow screen the words give
/// way and the figures stay whole.
pub(super) fn headline(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
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
    // A mean of only some pillars is said at once, as the reports say it.
    let data = app.data();
    let scored = (0..data.pillars.len())
        .filter(|&p| data.pillar_score(c, y, p as _).is_some())
        .count();
    if scored > 0 && scored < data.pillars.len() {
        lines.push(vec![
            Part::new("Partial: ", theme.warning, 1),
            Part::new(
                format!("{scored} of {} pillars", data.pillars.len()),
                theme.warning,
                0,
            ),
        ]);
    }
    lines.extend(tier_lines(overall, theme));
    lines.extend(change_lines(app, overall, theme));
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

/// The tier of `overall` and what the next one needs.
fn tier_lines(overall: Option<f64>, theme: &Theme) -> Vec<Vec<Part>> {
    let mut out = Vec::new();
    match overall.map(Tier::from_score) {
        Some(tier) => {
            out.push(vec![
                Part::new(format!("Tier {}", tier.number()), theme.tier(tier), 0),
                Part::new(format!(" · {}", tier.label()), theme.tier(tier), 1),
            ]);
            out.push(match (tier.next(), overall) {
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
        None => out.push(vec![Part::shrinking(
            "No pillar is scored this year",
            theme.muted,
            8,
        )]),
    }
    out
}

/// The change since the comparison year, in the data as shown: under a
/// scenario, from the (projected) comparison year to the projection.
fn change_lines(app: &App, overall: Option<f64>, theme: &Theme) -> Vec<Vec<Part>> {
    let mut out = Vec::new();
    let (c, ds) = (app.country(), app.ds());
    if let Some(y0) = app.compare_year() {
        let before = app.data().overall(c, y0);
        let d = format::index_delta(before, overall);
        out.push(vec![
            Part::new(format::delta(d), theme.delta(d), 0),
            Part::new(format!(" vs {}", ds.years[y0 as usize]), theme.muted, 0),
            Part::new(format!(" ({})", format::index(before)), theme.muted, 1),
        ]);
        if let (Some(b), Some(a)) = (before.map(Tier::from_score), overall.map(Tier::from_score))
            && a != b
        {
            out.push(vec![Part::new(
                format!("Tier {} → Tier {}", b.number(), a.number()),
                theme.tier(a),
                0,
            )]);
        }
    }
    out
}
