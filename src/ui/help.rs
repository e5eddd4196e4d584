//! Help overlay, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, popup_block};
use crate::app::{App, keymap};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let inner = popup_block(Line::from(" Keys · Esc or ? closes "), area, buf, theme);
    let rows = keymap::help_rows();
    let key_w = rows
        .iter()
        .map(|(_, k, _)| k.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let mut lines = Vec::new();
    let mut section = "";
    for (sect, keys, help) in rows {
        if sect != section {
            if !section.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(sect, theme.header));
            section = sect;
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {keys:<key_w$}  "), theme.key),
            Span::raw(help),
        ]));
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
        .scroll((app.popup_scroll, 0))
        .render(inner, buf);
}
