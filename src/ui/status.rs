//! The header and footer lines. Both are built from parts with a priority,
//! and on a narrow screen whole parts give way, lowest priority first, so
//! no figure is ever cut.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use crate::app::{App, Mode, keymap};
use crate::format;
use crate::sanitize::{fit, shown};

/// One part of a line: spans that stay or go together.
pub struct Part {
    pub spans: Vec<(String, Style)>,
    /// Parts with the lowest `keep` go first; 0 is never dropped.
    pub keep: u8,
    /// Free text (a one-span part) that may shrink, with an ellipsis, down
    /// to this width.
    pub shrink_to: Option<usize>,
}

impl Part {
    pub fn new(text: impl Into<String>, style: Style, keep: u8) -> Part {
        Part {
            spans: vec![(text.into(), style)],
            keep,
            shrink_to: None,
        }
    }

    /// Text that may shrink down to `min` columns.
    pub fn shrinking(text: impl Into<String>, style: Style, min: usize) -> Part {
        Part {
            spans: vec![(text.into(), style)],
            keep: 0,
            shrink_to: Some(min),
        }
    }

    /// Spans that are only worth showing together (a key and what it does).
    pub fn joined(spans: Vec<(String, Style)>, keep: u8) -> Part {
        Part {
            spans,
            keep,
            shrink_to: None,
        }
    }

    fn width(&self) -> usize {
        self.spans
            .iter()
            .map(|(t, _)| UnicodeWidthStr::width(t.as_str()))
            .sum()
    }
}

/// The parts that fit in `width`, in their order: whole parts are dropped,
/// lowest `keep` first (the rightmost of equals first), then shrinkable
/// text gives way.
pub fn fit_parts(mut parts: Vec<Part>, width: usize) -> Line<'static> {
    let total = |parts: &[Part]| parts.iter().map(Part::width).sum::<usize>();
    let least = |parts: &[Part]| -> usize {
        parts
            .iter()
            .map(|p| p.shrink_to.map_or(p.width(), |m| m.min(p.width())))
            .sum()
    };
    while least(&parts) > width {
        let drop = (0..parts.len())
            .filter(|&i| parts[i].keep > 0)
            .min_by_key(|&i| (parts[i].keep, std::cmp::Reverse(i)));
        match drop {
            Some(i) => {
                parts.remove(i);
            }
            None => break,
        }
    }
    let mut over = total(&parts).saturating_sub(width);
    for p in parts.iter_mut() {
        if over == 0 {
            break;
        }
        if let (Some(min), [(text, _)]) = (p.shrink_to, p.spans.as_mut_slice()) {
            let w = UnicodeWidthStr::width(text.as_str());
            let to = w.saturating_sub(over).max(min.min(w));
            *text = fit_words(text, to);
            over = over.saturating_sub(w - UnicodeWidthStr::width(text.as_str()));
        }
    }
    Line::from(
        parts
            .into_iter()
            .flat_map(|p| p.spans)
            .map(|(t, s)| Span::styled(t, s))
            .collect::<Vec<_>>(),
    )
}

/// `text` in at most `width` columns: whole words and an ellipsis, so a
/// figure inside a message is shown whole or not at all; a single word
/// longer than that is cut.
fn fit_words(text: &str, width: usize) -> String {
    if UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_inclusive(' ') {
        let next = UnicodeWidthStr::width(out.as_str()) + UnicodeWidthStr::width(word.trim_end());
        if next + 1 > width {
            break;
        }
        out.push_str(word);
    }
    let kept = out.trim_end();
    if kept.trim().is_empty() {
        return fit(text, width).trim_end().to_string();
    }
    format!("{kept}…")
}

pub fn header(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let country = &ds.countries[c as usize];
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
    // The actual figures, from the data as loaded.
    let overall = ds.overall(c, y);
    parts.push(Part::new(" │ Overall ", Style::new(), 0));
    parts.push(Part::new(format::index(overall), theme.accent, 0));
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
    fit_parts(parts, area.width as usize).render(area, buf);
}

pub fn footer(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = area.width as usize;
    // A failed reload outranks the key hints (help still lists them), but
    // not the search being typed.
    if let Some(error) = app.banner()
        && app.mode() != Mode::Search
    {
        buf.set_style(area, theme.warning);
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
        let parts = vec![
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
        ];
        fit_parts(parts, width).render(area, buf);
        return;
    }
    let mut parts = Vec::new();
    if app.mode() == Mode::ScoreInput {
        let ind = app.selected_indicator();
        let what = ind
            .map(|i| app.ds().indicators[i as usize].id.as_str())
            .unwrap_or_default();
        let max = ind
            .and_then(|i| app.ds().find_obs(app.country(), app.year(), i))
            .map_or(0.0, |i| app.ds().max_score(i));
        parts.push(Part::shrinking(
            format!(" Score for {}", shown(what)),
            theme.key,
            12,
        ));
        parts.push(Part::new(
            format!(" (0–{}): ", format::points(max)),
            theme.key,
            0,
        ));
        parts.push(Part::new(app.score_input().to_string(), Style::new(), 0));
        parts.push(Part::new("█", theme.muted, 0));
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
            parts.push(Part::new(" /", theme.key, 0));
            parts.push(Part::shrinking(shown(app.search()), Style::new(), 4));
            parts.push(Part::new("█", theme.muted, 0));
            let n = if app.pane() == crate::app::Pane::Peers {
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
    // Under a scenario, where its changes are and whether they are saved.
    if app.mode() == Mode::Normal && app.what_if() {
        if app.unsaved() {
            parts.push(Part::new(" ✎ unsaved ", theme.warning, 8));
        }
        for (action, label) in [
            (crate::app::Action::ShowScenario, "changes"),
            (crate::app::Action::SaveScenario, "save"),
        ] {
            parts.push(Part::joined(
                vec![
                    (" ".into(), Style::new()),
                    (keymap::key_for(&action), theme.key),
                    (format!(" {label} "), Style::new()),
                ],
                7,
            ));
        }
    }
    // Hints keep their table order; the later ones give way first.
    let hints = keymap::hints(app.mode(), app.pane());
    let n = hints.len();
    for (k, (keys, label)) in hints.into_iter().enumerate() {
        if label == "country" && app.ds().countries.len() < 2 {
            continue;
        }
        let keep = (n - k).min(200) as u8;
        parts.push(Part::joined(
            vec![
                (" ".into(), Style::new()),
                (keys, theme.key),
                (format!(" {label} "), Style::new()),
            ],
            keep,
        ));
    }
    fit_parts(parts, width).render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn whole_parts_go_first_and_figures_stay_whole() {
        let parts = || {
            vec![
                Part::new("Zambia", Style::new(), 0),
                Part::new(" │ 2024", Style::new(), 0),
                Part::new(" vs 2020", Style::new(), 2),
                Part::new(" 92.58", Style::new(), 0),
                Part::new(" ▲ +23.71", Style::new(), 3),
            ]
        };
        assert_eq!(
            text(&fit_parts(parts(), 80)),
            "Zambia │ 2024 vs 2020 92.58 ▲ +23.71"
        );
        assert_eq!(
            text(&fit_parts(parts(), 30)),
            "Zambia │ 2024 92.58 ▲ +23.71"
        );
        assert_eq!(text(&fit_parts(parts(), 20)), "Zambia │ 2024 92.58");
    }

    #[test]
    fn free_text_shrinks_with_an_ellipsis() {
        let parts = vec![
            Part::shrinking("Democratic Republic of the Congo", Style::new(), 8),
            Part::new(" 92.58", Style::new(), 0),
        ];
        assert_eq!(text(&fit_parts(parts, 20)), "Democratic… 92.58");
    }

    #[test]
    fn a_message_shrinks_by_whole_words() {
        let parts = vec![Part::shrinking(
            "row has 13 fields but the header has 12",
            Style::new(),
            8,
        )];
        assert_eq!(
            text(&fit_parts(parts, 36)),
            "row has 13 fields but the header…"
        );
        let parts = vec![Part::shrinking("Supercalifragilistic", Style::new(), 4)];
        assert_eq!(text(&fit_parts(parts, 8)), "Superca…");
    }
}
