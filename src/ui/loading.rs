//! The loading screen: shown only when a file takes long enough to load
//! that a blank terminal would look frozen.

use std::sync::atomic::Ordering;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Widget};

use super::{Theme, section};
use crate::app::{Action, keymap};
use crate::read::Progress;
use crate::sanitize::shown;

/// "1,234,567".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub fn render(name: &str, progress: &Progress, area: Rect, buf: &mut Buffer, theme: &Theme) {
    buf.set_style(area, theme.base);
    let rows = progress.rows.load(Ordering::Relaxed);
    let expected = progress.expected.load(Ordering::Relaxed);
    let label = format!("{} rows read", grouped(rows));
    if area.width < 30 || area.height < 6 {
        Paragraph::new(format!("Loading… {label}")).render(area, buf);
        return;
    }
    let [v] = area.layout(&Layout::vertical([Constraint::Length(6)]).flex(Flex::Center));
    let [boxed] = v.layout(&Layout::horizontal([Constraint::Max(72)]).flex(Flex::Center));
    let block = section(" Loading ", theme);
    let inner = block.inner(boxed);
    block.render(boxed, buf);
    let [file, gauge, hint] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ]));
    Line::from(shown(name).into_owned()).render(file, buf);
    // The expected count is an estimate from the file size; never claim done.
    let ratio = if expected > 0 {
        (rows as f64 / expected as f64).min(0.99)
    } else {
        0.0
    };
    Gauge::default()
        .ratio(ratio)
        .label(label)
        .gauge_style(theme.bar)
        .use_unicode(true)
        .render(gauge, buf);
    let stop = format!(
        "{} or {} stops",
        keymap::key_for(&Action::Quit),
        keymap::key_for(&Action::QuitNow)
    );
    Line::styled(stop, theme.muted).render(hint, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(1234567), "1,234,567");
    }

    #[test]
    fn shows_rows_read_at_any_size() {
        let progress = Progress::default();
        progress.rows.store(452_000, Ordering::Relaxed);
        progress.expected.store(1_000_000, Ordering::Relaxed);
        for (w, h) in [(80, 24), (20, 3), (1, 1)] {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            render(
                "big.csv",
                &progress,
                area,
                &mut buf,
                &Theme::get(crate::app::ThemeName::Dark),
            );
            let text: String = buf.content().iter().map(|c| c.symbol()).collect();
            if w >= 30 {
                assert!(text.contains("452,000 rows read"), "{text}");
                assert!(text.contains("big.csv"));
            } else if w > 10 {
                assert!(text.contains("Loading"), "{text}");
            }
        }
    }
}
