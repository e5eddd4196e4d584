//! Horizontal bars with eighth-cell precision, for pillar scores.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

const PARTIAL: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// Draws a bar of `value` out of `max` across `area` (one row).
pub fn bar(value: f64, max: f64, area: Rect, buf: &mut Buffer, style: Style) {
    if area.width == 0 || area.height == 0 || max <= 0.0 {
        return;
    }
    let frac = (value / max).clamp(0.0, 1.0);
    let eighths = (frac * area.width as f64 * 8.0).round() as u32;
    let (full, part) = ((eighths / 8) as u16, (eighths % 8) as usize);
    let mut s = "█".repeat(full as usize);
    s.push_str(PARTIAL[part]);
    buf.set_stringn(area.x, area.y, s, area.width as usize, style);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(value: f64, width: u16) -> String {
        let area = Rect::new(0, 0, width, 1);
        let mut buf = Buffer::empty(area);
        bar(value, 100.0, area, &mut buf, Style::new());
        buf.content.iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn bars_are_proportional_with_partial_cells() {
        assert_eq!(draw(100.0, 4), "████");
        assert_eq!(draw(50.0, 4), "██  ");
        assert_eq!(draw(56.25, 4), "██▎ ");
        assert_eq!(draw(0.0, 4), "    ");
        assert_eq!(draw(150.0, 2), "██");
    }
}
