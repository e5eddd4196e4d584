//! A line chart over years that puts each year at its true place on the x
//! axis, marks every data point with a shape, and labels only the years that
//! have data; and the placement of labels on a row, which drops a label
//! rather than cut it. The key that pairs each shape with its name is in
//! `chart_key.rs`.
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
        self.y_axis(&geo, area, buf);
        self.x_axis(&geo, area, buf);
        let in_range = |year: i32| (first..=last).contains(&year);
        self.lines(&geo, marker, f64::from(last), &in_range, buf);
        self.markers(&geo, &in_range, buf);
    }
}

impl YearChart<'_> {
    /// The y axis: labels right-aligned in the gutter, each on a row of
    /// its own (on a short plot 50 would share a row with 0 or 100).
    fn y_axis(&self, geo: &Geometry, area: Rect, buf: &mut Buffer) {
        let plot = geo.plot;
        let axis_x = plot.x - 1;
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
    }

    /// The x axis, a tick at each year with data, and the years that fit.
    fn x_axis(&self, geo: &Geometry, area: Rect, buf: &mut Buffer) {
        let plot = geo.plot;
        let axis_x = plot.x - 1;
        let axis_y = plot.bottom();
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
    }

    /// The lines, in each series' colour (mono: none), up to year `last`.
    fn lines(
        &self,
        geo: &Geometry,
        marker: Marker,
        last: f64,
        in_range: &dyn Fn(i32) -> bool,
        buf: &mut Buffer,
    ) {
        Canvas::default()
            .marker(marker)
            .x_bounds([geo.first, last])
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
            .render(geo.plot, buf);
    }

    /// A marker on every point. Where points of several series fall in
    /// one cell, the later ones sit beside it rather than on top.
    fn markers(&self, geo: &Geometry, in_range: &dyn Fn(i32) -> bool, buf: &mut Buffer) {
        let plot = geo.plot;
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
}
