//! Scenario popup: every change in the what-if scenario, and what it does to
//! the pillars, the index and the tier of the selected country-year.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, popup_block};
use crate::app::keymap::{self, Section};
use crate::app::{Action, App, Mode};
use crate::format;
use crate::model::scenario::{Change, Projection};
use crate::sanitize::shown;

/// The scenario's lines: how to build one when it is empty; else what the
/// last reload changed under it, what it does to the selected
/// country-year, and every change.
pub fn lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let all = app.scenario().changes(ds);
    if all.is_empty() {
        return empty_lines(theme);
    }
    let mut lines = reload_lines(app, theme);
    if let Some(p) = &app.view().projection {
        lines.extend(projection_lines(app, p, theme));
    }
    lines.extend(change_lines(app, &all, theme));
    lines
}

/// How to build a scenario, and the keys that do.
fn empty_lines(theme: &Theme) -> Vec<Line<'static>> {
    // The keys come from the key table, like the help overlay's.
    let mut lines = vec![
        Line::styled("The scenario is empty.", theme.accent),
        Line::raw(""),
        Line::raw("On Indicators, Compare, Gaps or Trends, change the selected indicator;"),
        Line::raw("the header, Overview and Gaps then show the projection beside the"),
        Line::raw("actual scores."),
        Line::raw(""),
    ];
    for row in keymap::help_rows()
        .into_iter()
        .filter(|r| r.section == Section::Scenario)
    {
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<8}", row.keys.join(" ")), theme.key),
            Span::raw(row.help.trim_start_matches("scenario: ").to_string()),
        ]));
    }
    lines
}

/// The scores the file's last reload changed under the scenario.
fn reload_lines(app: &App, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if !app.reload_changes().is_empty() {
        lines.push(Line::styled(
            "The file's last reload changed scores the scenario changes:",
            theme.warning,
        ));
        lines.extend(
            app.reload_changes()
                .iter()
                .map(|c| Line::raw(format!("  {c}"))),
        );
        lines.push(Line::raw(""));
    }
    lines
}

/// The selected country-year, actual and under the scenario `p`: the
/// index, the tier and each pillar.
fn projection_lines(app: &App, p: &Projection, theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let mut lines = Vec::new();
    let actual = ds.overall(c, y);
    let d = format::index_delta(actual, p.overall);
    let mut first = vec![
        Span::raw(format!(
            "{} {}: ",
            shown(ds.countries[c as usize].label()),
            ds.years[y as usize]
        )),
        Span::raw(format!("actual {} ", format::index(actual))),
        Span::raw("→ "),
        Span::styled(
            format!("scenario {} ", format::index(p.overall)),
            theme.accent,
        ),
        Span::styled(format::delta(d), theme.delta(d)),
    ];
    if let (Some(a), Some(b)) = (ds.tier(c, y), p.tier) {
        first.push(Span::styled(
            format!("   Tier {} → Tier {} {}", a.number(), b.number(), b.label()),
            theme.tier(b),
        ));
    }
    lines.push(Line::from(first));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Pillar                        actual  scenario         Δ",
        theme.header,
    ));
    for (pi, name) in ds.pillars.iter().enumerate() {
        let now = ds.pillar_score(c, y, pi as u16);
        let then = p.pillars.get(pi).copied().flatten();
        if now.is_none() && then.is_none() {
            continue;
        }
        let d = format::shown_delta(now, then);
        lines.push(Line::from(vec![
            Span::raw(format!(
                "{:<28} {:>7} {:>9} ",
                crate::sanitize::fit(name, 28),
                format::score(now),
                format::score(then)
            )),
            Span::styled(format!("{:>9}", format::delta(d)), theme.delta(d)),
        ]));
    }
    lines.push(Line::raw(""));
    lines
}

/// Every change of the scenario, most recent last.
fn change_lines(app: &App, all: &[Change], theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let mut lines = Vec::new();
    lines.push(Line::styled(
        format!("Changes ({}, most recent last)", all.len()),
        theme.header,
    ));
    for ch in all {
        let ind = ds.indicator_of(ch.obs);
        let (cc, yy) = (ds.obs.country[ch.obs], ds.obs.year[ch.obs]);
        let here = cc == c && yy == y;
        let place = if here {
            String::new()
        } else {
            format!(
                " ({} {})",
                shown(&ds.countries[cc as usize].code),
                ds.years[yy as usize]
            )
        };
        let from = ch
            .from
            .map_or_else(|| "not assessed".to_string(), format::points);
        lines.push(Line::from(vec![
            Span::styled(format!("{:<8} ", shown(&ind.id)), theme.accent),
            Span::raw(format!(
                "{from} → {} of {}{place}  ",
                format::points(ch.to),
                format::points(ds.max_score(ch.obs))
            )),
            Span::styled(shown(&ind.name).into_owned(), theme.muted),
        ]));
    }
    lines
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let title = Line::from(vec![
        Span::styled(" SCENARIO ", theme.warning),
        Span::raw(format!(
            " what-if changes · {} closes · {}/{} scroll ",
            keymap::key_for(&Action::ClosePopup),
            keymap::label_in(Mode::Popup, &Action::Down),
            keymap::label_in(Mode::Popup, &Action::Up),
        )),
    ]);
    let inner = popup_block(title, area, buf, theme);
    Paragraph::new(lines(app, theme))
        .wrap(Wrap { trim: false })
        .scroll((app.popup_scroll(), 0))
        .render(inner, buf);
}
