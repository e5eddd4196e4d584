//! The header and footer lines, built from parts that give way on a narrow
//! screen (see `line_parts.rs`). The footer's keys come from the keymap:
//! those that act on this pane, in this mode, with this data.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Theme;
// The panes build their count lines from the same parts.
pub use super::line_parts::{Part, fit_parts};
use crate::app::keymap::{self, FooterHint, Here};
use crate::app::{Action, App, Mode, Pane};
use crate::format;
use crate::sanitize::shown;

/// The top line: who and when, the overall index with its tier and change,
/// and under a scenario what it projects.
pub fn header(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut parts = place_parts(app, theme);
    parts.extend(index_parts(app, theme));
    parts.extend(scenario_parts(app, theme));
    fit_parts(parts, area.width as usize).render(area, buf);
}

/// The program, the country and the years compared.
fn place_parts(app: &App, theme: &Theme) -> Vec<Part> {
    let ds = app.ds();
    let y = app.year();
    let country = &ds.countries[app.country() as usize];
    let mut parts = vec![
        Part::new(" ", Style::new(), 0),
        Part::joined(
            vec![
                ("cyberindex ".into(), theme.title),
                ("│ ".into(), Style::new()),
            ],
            1,
        ),
        Part::shrinking(shown(country.label()), theme.accent, 8),
    ];
    if country.name.is_some() && !country.code.is_empty() {
        parts.push(Part::new(
            format!(" ({})", shown(&country.code)),
            theme.muted,
            3,
        ));
    }
    parts.push(Part::new(
        format!(" │ {}", ds.years[y as usize]),
        Style::new(),
        0,
    ));
    if let Some(y0) = app.compare_year() {
        parts.push(Part::new(
            format!(" vs {}", ds.years[y0 as usize]),
            theme.muted,
            5,
        ));
    }
    parts
}

/// The actual figures, from the data as loaded.
fn index_parts(app: &App, theme: &Theme) -> Vec<Part> {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let overall = ds.overall(c, y);
    let mut parts = vec![
        Part::new(" │ Overall ", Style::new(), 0),
        Part::new(format::index(overall), theme.accent, 0),
    ];
    if let Some(tier) = ds.tier(c, y) {
        parts.push(Part::new(
            format!(" Tier {}", tier.number()),
            theme.tier(tier),
            8,
        ));
        parts.push(Part::new(format!(" {}", tier.label()), theme.tier(tier), 2));
    }
    if let Some(y0) = app.compare_year() {
        let d = format::index_delta(ds.overall(c, y0), overall);
        parts.push(Part::new(
            format!(" {}", format::delta(d)),
            theme.delta(d),
            6,
        ));
    }
    parts
}

/// What the scenario projects for this country-year, or that it changes
/// only other ones.
fn scenario_parts(app: &App, theme: &Theme) -> Vec<Part> {
    let mut parts = Vec::new();
    let overall = app.ds().overall(app.country(), app.year());
    if app.view().projection.is_none() && app.what_if() {
        // The scenario changes other years or countries, which comparisons
        // and ranks here read.
        parts.push(Part::new(" │ ", Style::new(), 7));
        parts.push(Part::new(" SCENARIO ", theme.warning, 7));
        parts.push(Part::new(" elsewhere", theme.muted, 3));
    }
    if let Some(p) = &app.view().projection {
        let d = format::index_delta(overall, p.overall);
        parts.push(Part::new(" │ ", Style::new(), 7));
        parts.push(Part::new(" SCENARIO ", theme.warning, 7));
        parts.push(Part::new(
            format!(" {}", format::index(p.overall)),
            theme.accent,
            7,
        ));
        parts.push(Part::new(
            format!(" {}", format::delta(d)),
            theme.delta(d),
            4,
        ));
        if let Some(tier) = p.tier {
            parts.push(Part::new(
                format!(" Tier {}", tier.number()),
                theme.tier(tier),
                4,
            ));
        }
    }
    parts
}

pub fn footer(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = area.width as usize;
    // A failed reload outranks the key hints (help still lists them), but
    // not the search being typed.
    if let Some(error) = app.banner()
        && app.mode() != Mode::Search
    {
        buf.set_style(area, theme.warning);
        fit_parts(banner(app, error, theme), width).render(area, buf);
        return;
    }
    let mut parts = Vec::new();
    if app.mode() == Mode::ScoreInput {
        parts.extend(score_input(app, theme));
    }
    if let Some(notice) = app.notice() {
        // The notice replaces the hints, but a score being typed stays.
        let style = if notice.warn {
            theme.warning
        } else {
            theme.key
        };
        if notice.warn {
            buf.set_style(area, theme.warning);
        }
        parts.push(Part::shrinking(
            format!(" {} ", shown(&notice.text)),
            style,
            10,
        ));
        fit_parts(parts, width).render(area, buf);
        return;
    }
    match app.mode() {
        Mode::Search => {
            let slash = keymap::key_for(&Action::StartSearch);
            parts.push(Part::new(format!(" {slash}"), theme.key, 0));
            parts.push(Part::shrinking(shown(app.search()), Style::new(), 4));
            parts.push(Part::new("█", theme.muted, 0));
            let n = if app.pane() == Pane::Peers {
                app.view().peers.len()
            } else {
                app.view().rows.len()
            };
            let noun = if n == 1 { "match" } else { "matches" };
            parts.push(Part::new(format!("  {n} {noun} "), theme.muted, 9));
        }
        Mode::ConfirmQuit => {
            parts.push(Part::new(" Unsaved what-if changes. ", theme.warning, 9));
        }
        _ => {}
    }
    // Under a scenario, whether its changes are saved; the keymap adds
    // where they are and how to keep them.
    if app.mode() == Mode::Normal && app.what_if() && app.unsaved() {
        parts.push(Part::new(" ✎ unsaved ", theme.warning, 8));
    }
    let keys = keymap::footer(&Here::of(app));
    for hint in keys.what_if {
        parts.push(key_part(hint, 7, theme));
    }
    // Hints keep their table order; the later ones give way first.
    for (hint, from_end) in keys.hints {
        parts.push(key_part(hint, from_end.min(200) as u8, theme));
    }
    fit_parts(parts, width).render(area, buf);
}

/// A key and what it does, which only make sense together.
fn key_part(hint: FooterHint, keep: u8, theme: &Theme) -> Part {
    Part::joined(
        vec![
            (" ".into(), Style::new()),
            (hint.keys, theme.key),
            (format!(" {} ", hint.label), Style::new()),
        ],
        keep,
    )
}

/// Why the file on disk is not what is shown.
fn banner(app: &App, error: &str, theme: &Theme) -> Vec<Part> {
    // The error first: on a narrow screen the end is what gives way.
    // The file by its name: the folder it is in is known, and a long
    // path would push the line number and the message off the line.
    let source = &app.ds().source;
    let short = std::path::Path::new(source)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.clone());
    let error = match error.strip_prefix(source.as_str()) {
        Some(rest) => format!("{short}{rest}"),
        None => error.to_string(),
    };
    vec![
        // The place and message first; the reassurance goes before
        // they are cut.
        {
            let text = format!(" ⚠ {}", shown(&error));
            let min = UnicodeWidthStr::width(text.as_str()).min(40);
            Part::shrinking(text, theme.warning, min)
        },
        Part::new(
            " · not reloaded, showing the last good data ",
            theme.warning,
            1,
        ),
    ]
}

/// The score being typed, with the range it must be in.
fn score_input(app: &App, theme: &Theme) -> Vec<Part> {
    let ind = app.selected_indicator();
    let what = ind
        .map(|i| app.ds().indicators[i as usize].id.as_str())
        .unwrap_or_default();
    let max = ind
        .and_then(|i| app.ds().find_obs(app.country(), app.year(), i))
        .map_or(0.0, |i| app.ds().max_score(i));
    vec![
        Part::shrinking(format!(" Score for {}", shown(what)), theme.key, 12),
        Part::new(format!(" (0–{}): ", format::points(max)), theme.key, 0),
        Part::new(app.score_input().to_string(), Style::new(), 0),
        Part::new("█", theme.muted, 0),
    ]
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
