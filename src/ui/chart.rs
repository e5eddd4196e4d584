//! A line chart over years that puts each year at its true place on the x
//! axis, marks every data point with a shape, and labels only the years that
//! have data; a key that pairs each shape with its name; and the placement of
//! labels on a row, which drops a label rather than cut it.
//!
//! ratatui's `Chart` spreads its axis labels evenly whatever their values, so
//! 2020 and 2024 with nothing between would need labels for 2021–2023 to be
//! placed right. Here a `Canvas` draws the lines, and the axes, ticks, labels
//! and markers are drawn around it in the same cell geometry as the canvas
//! uses, so a label sits under the end of its line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as Segment};
use unicode_width::UnicodeWidthStr;

use crate::sanitize::fit;

/// Point markers, told apart by shape alone (no colour needed): filled and
/// hollow circle, square and diamond, a cross and a saltire. Each is one
/// column wide.
pub const SHAPES: [char; 8] = ['●', '■', '◆', '✚', '○', '□', '◇', '✕'];

/// How many series can have a marker of their own: the shapes, then A–Z.
pub const MARKERS: usize = SHAPES.len() + 26;

/// The marker of the n-th series: one of the eight shapes, then the letters
/// A–Z, so that no two series share one; `None` past that.
pub fn marker(n: usize) -> Option<char> {
    match n.checked_sub(SHAPES.len()) {
        None => Some(SHAPES[n]),
        Some(k) if k < 26 => Some(char::from(b'A' + k as u8)),
        Some(_) => None,
    }
}

/// Places labels on one row, between columns `left` (inclusive) and `right`
/// (exclusive), most important first. Each label is `(anchor, width)`: it is
/// centred on its anchor column where there is room, moved inwards at the
/// edges, and always covers its anchor. A label that would touch or overlap
/// one already placed, or that is wider than the row, is dropped, never cut.
/// Returns the start column of each label, or `None` if it was dropped.
pub fn place(labels: &[(u16, u16)], left: u16, right: u16) -> Vec<Option<u16>> {
    let mut placed: Vec<(u16, u16)> = Vec::new();
    labels
        .iter()
        .map(|&(anchor, width)| {
            if width == 0 || anchor < left || anchor >= right || width > right - left {
                return None;
            }
            let start = anchor
                .saturating_sub((width - 1) / 2)
                .clamp(left, right - width);
            let end = start + width;
            // One blank column between neighbours, so 2020 and 2024 never
            // read as 20202024.
            if placed.iter().any(|&(s, e)| start <= e && s <= end) {
                return None;
            }
            placed.push((start, end));
            Some(start)
        })
        .collect()
}

/// One line of the chart: a value (0–100) per year.
pub struct Series {
    pub marker: char,
    pub style: Style,
    /// (year, value), ascending by year.
    pub points: Vec<(i32, f64)>,
}

/// Lines over years on a 0–100 scale, with the y axis labelled 0, 50 and
/// 100 and the x axis labelled with `years` where they fit.
pub struct YearChart<'a> {
    /// Ascending; the first and last are the ends of the axis. Every one
    /// gets a tick, and a label where there is room.
    pub years: &'a [i32],
    pub series: &'a [Series],
    /// Braille lines (2×4 dots a cell), or plain dots for poor fonts.
    pub braille: bool,
    pub axis_style: Style,
    pub label_style: Style,
}

/// Width of the y labels, "100" being the widest.
const GUTTER: u16 = 3;

/// Where values and years fall on the screen: the same arithmetic as the
/// canvas's painter, so markers and labels land on the ends of the lines.
struct Geometry {
    plot: Rect,
    dots: (u16, u16),
    first: f64,
    span: f64,
}

impl Geometry {
    fn column(&self, year: i32) -> u16 {
        let res = f64::from(self.plot.width * self.dots.0) - 1.0;
        let dot = ((f64::from(year) - self.first) * res / self.span).round();
        self.plot.x + (dot.clamp(0.0, res) as u16) / self.dots.0
    }

    fn row(&self, value: f64) -> u16 {
        let res = f64::from(self.plot.height * self.dots.1) - 1.0;
        let dot = ((100.0 - value.clamp(0.0, 100.0)) * res / 100.0).round();
        self.plot.y + (dot.clamp(0.0, res) as u16) / self.dots.1
    }
}

impl YearChart<'_> {
    /// The plot area (inside the axes) that `area` leaves, if any.
    pub fn plot_area(area: Rect) -> Option<Rect> {
        (area.width > GUTTER + 1 && area.height > 2).then(|| Rect {
            x: area.x + GUTTER + 1,
            y: area.y,
            width: area.width - GUTTER - 1,
            height: area.height - 2,
        })
    }
}

impl Widget for &YearChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let (Some(plot), Some(&first), Some(&last)) = (
            YearChart::plot_area(area),
            self.years.first(),
            self.years.last(),
        ) else {
            return;
        };
        if last <= first {
            return;
        }
        let (marker, dots) = if self.braille {
            (Marker::Braille, (2, 4))
        } else {
            (Marker::Dot, (1, 1))
        };
        let geo = Geometry {
            plot,
            dots,
            first: f64::from(first),
            span: f64::from(last) - f64::from(first),
        };

        // The y axis: labels right-aligned in the gutter, each on a row of
        // its own (on a short plot 50 would share a row with 0 or 100).
        let axis_x = plot.x - 1;
        let axis_y = plot.bottom();
        for y in plot.y..plot.bottom() {
            buf[(axis_x, y)].set_symbol("│").set_style(self.axis_style);
        }
        let mut rows_used = Vec::new();
        for (value, label) in [(100.0, "100"), (0.0, "0"), (50.0, "50")] {
            let y = geo.row(value);
            if !rows_used.contains(&y) {
                rows_used.push(y);
                buf.set_string(
                    area.x + GUTTER - label.len() as u16,
                    y,
                    label,
                    self.label_style,
                );
            }
        }

        // The x axis, a tick at each year with data, and the years that fit.
        buf[(axis_x, axis_y)]
            .set_symbol("└")
            .set_style(self.axis_style);
        for x in plot.x..plot.right() {
            buf[(x, axis_y)].set_symbol("─").set_style(self.axis_style);
        }
        for &year in self.years {
            buf[(geo.column(year), axis_y)].set_symbol("┬");
        }
        // The ends first, so the range is always shown.
        let mut order: Vec<usize> = vec![0, self.years.len() - 1];
        order.extend(1..self.years.len() - 1);
        let texts: Vec<String> = order.iter().map(|&i| self.years[i].to_string()).collect();
        let labels: Vec<(u16, u16)> = order
            .iter()
            .zip(&texts)
            .map(|(&i, t)| (geo.column(self.years[i]), t.width() as u16))
            .collect();
        for (start, text) in place(&labels, area.x, area.right()).iter().zip(&texts) {
            if let Some(x) = start {
                buf.set_string(*x, axis_y + 1, text, self.label_style);
            }
        }

        // The lines, in each series' colour (mono: none).
        let in_range = |year: i32| (first..=last).contains(&year);
        Canvas::default()
            .marker(marker)
            .x_bounds([geo.first, f64::from(last)])
            .y_bounds([0.0, 100.0])
            .paint(|ctx| {
                for s in self.series {
                    let color = s.style.fg.unwrap_or(Color::Reset);
                    let pts: Vec<_> = s
                        .points
                        .iter()
                        .filter(|(y, v)| in_range(*y) && v.is_finite())
                        .collect();
                    for w in pts.windows(2) {
                        let ((y1, v1), (y2, v2)) = (*w[0], *w[1]);
                        ctx.draw(&Segment::new(
                            f64::from(y1),
                            v1.clamp(0.0, 100.0),
                            f64::from(y2),
                            v2.clamp(0.0, 100.0),
                            color,
                        ));
                    }
                }
            })
            .render(plot, buf);

        // A marker on every point. Where points of several series fall in
        // one cell, the later ones sit beside it rather than on top.
        let mut taken: Vec<(u16, u16)> = Vec::new();
        for s in self.series {
            for &(year, value) in &s.points {
                if !in_range(year) || !value.is_finite() {
                    continue;
                }
                let (x, y) = (geo.column(year), geo.row(value));
                let spot = [0i32, -1, 1, -2, 2, -3, 3]
                    .iter()
                    .filter_map(|&d| x.checked_add_signed(d as i16))
                    .filter(|x| (plot.x..plot.right()).contains(x))
                    .find(|&x| !taken.contains(&(x, y)));
                if let Some(x) = spot {
                    taken.push((x, y));
                    buf[(x, y)].set_char(s.marker).set_style(s.style);
                }
            }
        }
    }
}

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
    use unicode_width::UnicodeWidthChar;

    #[test]
    fn markers_are_distinct_and_one_column_wide() {
        let all: Vec<char> = (0..MARKERS).map(|n| marker(n).unwrap()).collect();
        for (i, a) in all.iter().enumerate() {
            assert_eq!(a.width(), Some(1), "{a}");
            assert!(!all[i + 1..].contains(a), "{a} used twice");
        }
        assert_eq!(&all[..8], &SHAPES);
        assert_eq!(marker(8), Some('A'));
        assert_eq!(marker(MARKERS - 1), Some('Z'));
        assert_eq!(marker(MARKERS), None);
    }

    #[test]
    fn labels_centre_on_their_anchor_and_stay_inside() {
        // "2022" centred on column 10 starts at 9; at the edges it moves in.
        assert_eq!(place(&[(10, 4)], 0, 20), vec![Some(9)]);
        assert_eq!(place(&[(0, 4)], 0, 20), vec![Some(0)]);
        assert_eq!(place(&[(19, 4)], 0, 20), vec![Some(16)]);
        assert_eq!(place(&[(5, 4)], 5, 20), vec![Some(5)]);
    }

    #[test]
    fn labels_that_would_collide_are_dropped_whole() {
        // Two years four columns apart cannot both have four-wide labels
        // with a space between; the first (more important) one stays.
        assert_eq!(place(&[(0, 4), (4, 4)], 0, 20), vec![Some(0), None]);
        assert_eq!(place(&[(0, 4), (6, 4)], 0, 20), vec![Some(0), Some(5)]);
        // Touching without a space counts as colliding.
        assert_eq!(place(&[(1, 4), (5, 4)], 0, 20), vec![Some(0), None]);
        // A label wider than the row, or anchored outside it, is dropped.
        assert_eq!(place(&[(1, 4)], 0, 3), vec![None]);
        assert_eq!(place(&[(30, 4)], 0, 20), vec![None]);
        assert_eq!(place(&[(3, 0)], 0, 20), vec![None]);
    }

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
