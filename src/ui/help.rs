//! Help overlay, generated from the keymap table: the keys that work on the
//! current pane with this data, and for keys limited to some panes, which.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

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
        let indent = keys.width();
        let on = row
            .panes
            .map(|panes| format!(" (on {})", keymap::pane_list(panes)))
            .unwrap_or_default();
        // Wrapped by hand, so a long description goes on under itself and
        // the keys column stays clear.
        let room = usize::from(inner.width).saturating_sub(indent).max(12);
        let mut start = 0;
        for (i, text) in wrap(&format!("{}{on}", row.help), room)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                Span::styled(keys.clone(), theme.key)
            } else {
                Span::raw(" ".repeat(indent))
            };
            // The pane list is muted, as before, wherever it falls: the
            // lines are the text's words rejoined by single spaces.
            let cut = row.help.len().saturating_sub(start).min(text.len());
            let cut = (0..=cut)
                .rev()
                .find(|&c| text.is_char_boundary(c))
                .unwrap_or(0);
            let (help, panes) = text.split_at(cut);
            start += text.len() + 1;
            lines.push(Line::from(vec![
                lead,
                Span::raw(help.to_string()),
                Span::styled(panes.to_string(), theme.muted),
            ]));
        }
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

/// `text` in lines of at most `width` columns, broken between words (a
/// word longer than a line stands alone).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines
}
