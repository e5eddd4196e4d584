//! Help overlay, generated from the keymap table: the keys that work on the
//! current pane with this data, and for keys limited to some panes, which.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::{Theme, popup_block};
use crate::app::keymap::{self, Here};
use crate::app::{Action, App, Mode};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let title = format!(
        " Keys on the {} pane · {} or {} closes ",
        app.pane().title(),
        keymap::label_in(Mode::Popup, &Action::ClosePopup),
        keymap::key_for(&Action::ToggleHelp)
    );
    let inner = popup_block(Line::from(title), area, buf, theme);
    let rows = keymap::help_rows_here(&Here::of(app));
    let key_w = rows
        .iter()
        .map(|r| r.keys.join(" ").chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    let mut lines = Vec::new();
    let mut section = None;
    for row in rows {
        if section != Some(row.section) {
            if section.is_some() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(row.section.title(), theme.header));
            section = Some(row.section);
        }
        let keys = format!("  {:<key_w$}  ", row.keys.join(" "));
        let mut spans = vec![Span::styled(keys, theme.key), Span::raw(row.help)];
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
