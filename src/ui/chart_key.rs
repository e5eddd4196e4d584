//! A chart's key: each series' marker beside its name, flowed into the
//! rows there are, names shortened before entries are left out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use super::chart::MARKERS;
use crate::sanitize::fit;

/// One entry of a chart key.
pub struct KeyEntry {
    pub marker: char,
    pub style: Style,
    /// As given in the data; made visible and fitted here.
    pub name: String,
}

/// How a key fits its area: every entry on `rows` rows with names cut to
/// `name_width`, or only the first `shown` and a note of how many more.
#[derive(Debug, PartialEq, Eq)]
pub struct KeyLayout {
    pub rows: u16,
    pub shown: usize,
    pub name_width: usize,
}

const KEY_NAME_MAX: usize = 22;
const KEY_NAME_MIN: usize = 3;
const KEY_GAP: usize = 2;

fn key_name(name: &str, width: usize) -> String {
    fit(name, width).trim_end().to_string()
}

/// Entry widths flowed into rows of `width`; `None` if one does not fit.
fn flow(widths: impl Iterator<Item = usize>, width: usize) -> Option<Vec<(usize, u16)>> {
    let (mut x, mut row) = (0, 0u16);
    let mut at = Vec::new();
    for w in widths {
        if w > width {
            return None;
        }
        if x > 0 && x + KEY_GAP + w <= width {
            x += KEY_GAP;
        } else if x > 0 {
            row += 1;
            x = 0;
        }
        at.push((x, row));
        x += w;
    }
    Some(at)
}

fn rows_of(at: &[(usize, u16)]) -> u16 {
    at.last().map_or(0, |&(_, r)| r + 1)
}

fn more_note(n: usize) -> String {
    format!("+{n} more")
}

impl KeyLayout {
    /// The widest names that let the key fit `width` × `max_rows`; failing
    /// that, as many entries as fit with the shortest names. Entries past
    /// the last marker are never shown.
    pub fn new(entries: &[KeyEntry], width: u16, max_rows: u16) -> KeyLayout {
        let width = width as usize;
        let limit = entries.len().min(MARKERS);
        let entry = |e: &KeyEntry, cap: usize| 2 + key_name(&e.name, cap).width();
        for cap in (KEY_NAME_MIN..=KEY_NAME_MAX)
            .rev()
            .filter(|_| limit == entries.len())
        {
            if let Some(at) = flow(entries.iter().map(|e| entry(e, cap)), width)
                && rows_of(&at) <= max_rows
            {
                return KeyLayout {
                    rows: rows_of(&at),
                    shown: entries.len(),
                    name_width: cap,
                };
            }
        }
        let cap = KEY_NAME_MIN;
        for shown in (0..=limit).rev().filter(|&n| n < entries.len()) {
            let widths = entries[..shown]
                .iter()
                .map(|e| entry(e, cap))
                .chain([more_note(entries.len() - shown).width()]);
            if let Some(at) = flow(widths, width)
                && rows_of(&at) <= max_rows
            {
                return KeyLayout {
                    rows: rows_of(&at),
                    shown,
                    name_width: cap,
                };
            }
        }
        KeyLayout {
            rows: 0,
            shown: 0,
            name_width: cap,
        }
    }

    /// Draws the key: each marker in its series' style beside its name.
    pub fn render(&self, entries: &[KeyEntry], area: Rect, buf: &mut Buffer, note_style: Style) {
        let area = area.intersection(buf.area);
        let shown = &entries[..self.shown.min(entries.len())];
        let mut texts: Vec<(Option<&KeyEntry>, String)> = shown
            .iter()
            .map(|e| (Some(e), key_name(&e.name, self.name_width)))
            .collect();
        if shown.len() < entries.len() {
            texts.push((None, more_note(entries.len() - shown.len())));
        }
        let widths = texts
            .iter()
            .map(|(e, t)| t.width() + if e.is_some() { 2 } else { 0 });
        let Some(at) = flow(widths, area.width as usize) else {
            return;
        };
        for ((entry, text), (x, row)) in texts.iter().zip(at) {
            if row >= area.height {
                break;
            }
            let (x, y) = (area.x + x as u16, area.y + row);
            match entry {
                Some(e) => {
                    buf[(x, y)].set_char(e.marker).set_style(e.style);
                    buf.set_string(x + 2, y, text, Style::new());
                }
                None => {
                    buf.set_string(x, y, text, note_style);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::chart::marker;

    fn entries(names: &[&str]) -> Vec<KeyEntry> {
        names
            .iter()
            .enumerate()
            .map(|(n, name)| KeyEntry {
                marker: marker(n).unwrap(),
                style: Style::new(),
                name: name.to_string(),
            })
            .collect()
    }

    #[test]
    fn key_shortens_names_before_dropping_entries() {
        let e = entries(&["Legal", "Technical", "Organizational"]);
        // "● Legal  ■ Technical  ◆ Organizational" is 38 wide.
        assert_eq!(
            KeyLayout::new(&e, 38, 1),
            KeyLayout {
                rows: 1,
                shown: 3,
                name_width: 22
            }
        );
        let narrow = KeyLayout::new(&e, 30, 1);
        assert_eq!((narrow.rows, narrow.shown), (1, 3));
        assert!(narrow.name_width < 14);
        // Two rows give the names their room back.
        assert_eq!(KeyLayout::new(&e, 30, 2).name_width, 22);
        // Too narrow for all three even at three columns a name.
        let few = KeyLayout::new(&e, 14, 1);
        assert_eq!(few.shown, 1);
    }

    #[test]
    fn key_draws_each_marker_beside_its_name() {
        let e = entries(&["Legal", "Tech\x1bnical", "Cooperation"]);
        let layout = KeyLayout::new(&e, 22, 3);
        assert_eq!((layout.rows, layout.shown, layout.name_width), (2, 3, 22));
        let mut buf = Buffer::empty(Rect::new(0, 0, 22, 3));
        layout.render(&e, buf.area, &mut buf, Style::new());
        let rows: Vec<String> = (0..3)
            .map(|y| (0..22).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        assert_eq!(
            rows,
            [
                "● Legal  ■ Tech␛nical ",
                "◆ Cooperation         ",
                "                      ",
            ]
        );
    }
}
