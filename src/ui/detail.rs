//! Detail popup: everything about one indicator, across every year.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, popup_block};
use crate::app::{App, keymap};
use crate::format;
use crate::model::IndicatorIx;
use crate::sanitize::{shown, shown_multiline};

/// Everything about indicator `ind`: its name and description, its
/// figures in the selected year, and its history.
pub fn lines(app: &App, ind: IndicatorIx, theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let info = &ds.indicators[ind as usize];
    let mut lines = vec![
        Line::styled(shown(&info.name).into_owned(), theme.accent),
        Line::from(vec![
            Span::styled("Pillar ", theme.muted),
            Span::raw(shown(&ds.pillars[info.pillar as usize]).into_owned()),
            Span::styled("  ID ", theme.muted),
            Span::raw(shown(&info.id).into_owned()),
        ]),
        Line::raw(""),
    ];
    if !info.description.is_empty() {
        lines.push(Line::styled("Description", theme.header));
        lines.extend(
            shown_multiline(&info.description)
                .lines()
                .map(|l| Line::raw(l.to_string())),
        );
        lines.push(Line::raw(""));
    }
    lines.extend(year_lines(app, ind, theme));
    lines.extend(history_lines(app, ind, theme));
    lines
}

/// The indicator's figures in the selected year, the scenario's beside
/// them.
fn year_lines(app: &App, ind: IndicatorIx, theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let mut lines = Vec::new();
    if let Some(i) = ds.find_obs(app.country(), app.year(), ind) {
        let y = ds.years[app.year() as usize];
        lines.push(Line::styled(format!("In {y}"), theme.header));
        lines.push(Line::raw(format!(
            "Score {} of {} ({}), target {}, weight {}, gap {}",
            ds.score(i)
                .map_or_else(|| "not assessed".to_string(), format::points),
            format::points(ds.max_score(i)),
            ds.attainment(i).map_or_else(
                || format::NONE.to_string(),
                |a| format!("{}%", format::points(a * 100.0))
            ),
            format::points(ds.target(i)),
            format::points(ds.weight(i)),
            ds.gap(i)
                .map_or_else(|| format::NONE.to_string(), format::points),
        )));
        let shown = app.data();
        if app.is_changed(i) {
            lines.push(Line::from(vec![
                Span::styled(" SCENARIO ", theme.warning),
                Span::raw(format!(
                    " what-if score {}, gap {}",
                    shown
                        .score(i)
                        .map_or_else(|| "not assessed".to_string(), format::points),
                    shown
                        .gap(i)
                        .map_or_else(|| format::NONE.to_string(), format::points),
                )),
            ]));
        }
        lines.push(Line::raw(format!(
            "Index gain at target {:+.2} (index points)",
            app.view().gain(i)
        )));
        lines.push(Line::raw(""));
    }
    lines
}

/// The indicator's score in every year with data, with the change and the
/// evidence.
fn history_lines(app: &App, ind: IndicatorIx, theme: &Theme) -> Vec<Line<'static>> {
    let ds = app.ds();
    let mut lines = Vec::new();
    lines.push(Line::styled("History", theme.header));
    lines.push(Line::styled(
        format!(" {:<4} {:>8} {:>5} {:>8}", "Year", "Score", "%", "Δ pts"),
        theme.muted,
    ));
    let mut previous: Option<f64> = None;
    for y in ds.years_with_data(app.country()) {
        let Some(i) = ds.find_obs(app.country(), y, ind) else {
            continue;
        };
        let a = ds.attainment(i);
        // The change in score points since the last assessed year, as
        // every Δ pts column shows it.
        let d = format::shown_delta(previous, ds.score(i));
        if ds.score(i).is_some() {
            previous = ds.score(i);
        }
        let marker = if y == app.year() { "▶" } else { " " };
        lines.push(Line::from(vec![
            Span::raw(format!("{marker}{} ", ds.years[y as usize])),
            Span::raw(format!("{:>8} ", crate::ui::indicators::score_cell(ds, i))),
            Span::raw(format!(
                "{:>5} ",
                a.map_or_else(
                    || format::NONE.to_string(),
                    |a| format!("{}%", format::points(a * 100.0))
                )
            )),
            Span::styled(
                format!(
                    "{:>8}  ",
                    d.map_or_else(String::new, |d| format!(
                        "{}{}",
                        format::arrow(d),
                        format::points(d.abs())
                    ))
                ),
                theme.delta(d),
            ),
        ]));
        let evidence = ds.evidence(i);
        if !evidence.is_empty() {
            for (n, l) in shown_multiline(evidence).lines().enumerate() {
                let lead = if n == 0 {
                    "      evidence: "
                } else {
                    "                "
                };
                lines.push(Line::from(vec![
                    Span::styled(lead, theme.muted),
                    Span::raw(l.to_string()),
                ]));
            }
        }
    }
    lines
}

pub fn render(app: &App, ind: IndicatorIx, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let info = &app.ds().indicators[ind as usize];
    let title = Line::from(format!(
        " {} · {} closes · {}/{} scroll ",
        shown(&info.id),
        keymap::key_for(&crate::app::Action::ClosePopup),
        keymap::label_in(crate::app::Mode::Popup, &crate::app::Action::Down),
        keymap::label_in(crate::app::Mode::Popup, &crate::app::Action::Up),
    ));
    let inner = popup_block(title, area, buf, theme);
    Paragraph::new(lines(app, ind, theme))
        .wrap(Wrap { trim: false })
        .scroll((app.popup_scroll(), 0))
        .render(inner, buf);
}
