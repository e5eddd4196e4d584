//! Help overlay, generated from the keymap table. Keys that do not work on
//! the current pane are dimmed and say where they do.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, popup_block};
use crate::app::{App, keymap};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let title = format!(
        " Keys on the {} pane · Esc or ? closes ",
        app.pane().title()
    );
    let inner = popup_block(Line::from(title), area, buf, theme);
    let rows = keymap::help_rows();
    let key_w = rows
        .iter()
        .map(|r| r.keys.join(" ").chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let mut lines = Vec::new();
    let mut section = "";
    for row in rows {
        if row.section != section {
            if !section.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(row.section, theme.header));
            section = row.section;
        }
        let here = row.panes.is_none_or(|p| p.contains(&app.pane()));
        let keys = format!("  {:<key_w$}  ", row.keys.join(" "));
        let mut spans = if here {
            vec![Span::styled(keys, theme.key), Span::raw(row.help)]
        } else {
            vec![
                Span::styled(keys, theme.muted),
                Span::styled(row.help, theme.muted),
            ]
        };
        if let Some(panes) = row.panes {
            spans.push(Span::styled(
                format!(" (on {})", keymap::pane_list(panes)),
                theme.muted,
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        "Search: type to filter; the table updates as you type.",
        theme.muted,
    ));
    lines.push(Line::styled(
        "Mouse: click a tab or a row, scroll with the wheel (--no-mouse turns it off).",
        theme.muted,
    ));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((app.popup_scroll(), 0))
        .render(inner, buf);
}
