//! A line built from parts with a priority: on a narrow screen whole parts
//! give way, lowest priority first, so no figure is ever cut. The header,
//! the footer and the panes' count lines are built this way.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::sanitize::fit;

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
