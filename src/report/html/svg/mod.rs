//! The brief's three charts, drawn as inline SVG by hand: a chart crate
//! (plotters' SVG backend) writes no `<title>`/`<desc>` or ARIA roles and
//! no fill patterns, and each of those is what makes a chart readable
//! without sight or colour. Every chart is on the index's fixed 0–100
//! scale, so charts of two briefs compare at a glance. Every text from the
//! data passes through [`escape`]; figures arrive formatted, as the tables
//! beside the charts write them.
//!
//! Right to left (Arabic), each chart is mirrored: names on the right,
//! bars growing leftwards, years running leftwards, as the page around
//! it reads. Only x positions are mirrored; the SVG's `direction` flips
//! the meaning of `text-anchor`, so each label stays on its side of its
//! point.

use super::escape;

/// Width of every chart, in CSS pixels (an A4 column is about 680).
const W: f64 = 640.0;
/// Where the bars start: room for the pillar names on the left.
const BAR_X: f64 = 190.0;
/// Width of the line chart, which has its table beside it.
const TREND_W: f64 = 440.0;
/// Length of a bar at 100.
const BAR_W: f64 = 380.0;
/// Characters of a pillar name shown beside its bar; the table beside the
/// chart has the whole name.
const NAME_CHARS: usize = 28;
/// The tier thresholds, drawn as dashed lines, with the tier they open.
pub const THRESHOLDS: [(f64, u8); 4] = [(95.0, 1), (85.0, 2), (55.0, 3), (20.0, 4)];

/// What every chart is: its id (unique in the page, never from the data),
/// its accessible title and description, and its direction.
pub struct Chart<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    /// Mirrored, for a right-to-left page.
    pub rtl: bool,
}

impl Chart<'_> {
    fn open(&self, w: f64, h: f64) -> (String, Frame) {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" direction=\"{dir}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\"><title id=\"{id}-t\">{t}</title><desc id=\"{id}-d\">{d}</desc>",
            id = self.id,
            dir = if self.rtl { "rtl" } else { "ltr" },
            t = escape(self.title),
            d = escape(self.desc),
        );
        (svg, Frame { w, rtl: self.rtl })
    }
}

/// A chart's width and direction: where an x drawn left to right goes.
#[derive(Clone, Copy)]
struct Frame {
    w: f64,
    rtl: bool,
}

impl Frame {
    /// A point's x.
    fn x(self, x: f64) -> f64 {
        if self.rtl { self.w - x } else { x }
    }

    /// The left edge of a shape `width` wide that starts at `x`.
    fn left(self, x: f64, width: f64) -> f64 {
        if self.rtl { self.w - x - width } else { x }
    }
}

/// One pillar's bars: this year's score and the comparison year's, each a
/// position (0–100) and its figure as written.
pub struct Bar {
    pub name: String,
    pub now: Option<(f64, String)>,
    pub then: Option<(f64, String)>,
}

/// A value on the 0–100 scale, kept on the chart whatever the data says.
fn clamp(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(NAME_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The hatching that marks the comparison year in greyscale as in colour.
fn hatch(id: &str) -> String {
    format!(
        "<defs><pattern id=\"{id}-hatch\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#444\" stroke-width=\"2\"/></pattern></defs>"
    )
}

/// Pillar scores as horizontal bars: this year solid, the comparison year
/// hatched and outlined below it, each with its figure at its end.
/// `years`: this year's label, and the comparison year's when there is one.
pub fn pillar_bars(chart: &Chart, bars: &[Bar], years: (&str, Option<&str>)) -> String {
    let pair = years.1.is_some();
    let bar_h = 11.0;
    let row = if pair { 2.0 * bar_h + 9.0 } else { bar_h + 9.0 };
    let top = 26.0;
    let h = top + row * bars.len() as f64 + 18.0;
    let (mut s, f) = chart.open(W, h);
    s.push_str(&hatch(chart.id));
    // The legend: a swatch and its year, so the key is text, not colour.
    s.push_str(&format!(
        "<rect x=\"{}\" y=\"4\" width=\"14\" height=\"10\" class=\"now\"/><text x=\"{}\" y=\"13\">{}</text>",
        f.left(BAR_X, 14.0),
        f.x(BAR_X + 18.0),
        escape(years.0)
    ));
    if let Some(then) = years.1 {
        s.push_str(&format!(
            "<rect x=\"{}\" y=\"4\" width=\"14\" height=\"10\" fill=\"url(#{id}-hatch)\" class=\"then\"/><text x=\"{}\" y=\"13\">{}</text>",
            f.left(BAR_X + 80.0, 14.0),
            f.x(BAR_X + 98.0),
            escape(then),
            id = chart.id
        ));
    }
    for v in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = f.x(BAR_X + BAR_W * v / 100.0);
        s.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{y0}\" x2=\"{x}\" y2=\"{y1}\" class=\"grid\"/><text x=\"{x}\" y=\"{ty}\" text-anchor=\"middle\" class=\"axis\">{v}</text>",
            y0 = top - 4.0,
            y1 = h - 16.0,
            ty = h - 4.0
        ));
    }
    for (i, b) in bars.iter().enumerate() {
        let y = top + row * i as f64;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            f.x(BAR_X - 6.0),
            y + if pair { bar_h + 3.0 } else { bar_h - 2.0 },
            escape(&short(&b.name))
        ));
        let mut one = |value: &Option<(f64, String)>, y: f64, class: &str, fill: String| match value
        {
            Some((v, shown)) => {
                let w = BAR_W * clamp(*v) / 100.0;
                s.push_str(&format!(
                        "<rect x=\"{:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bar_h}\" class=\"{class}\"{fill}/><text x=\"{:.1}\" y=\"{}\" class=\"value\">{}</text>",
                        f.left(BAR_X, w),
                        f.x(BAR_X + w + 4.0),
                        y + bar_h - 2.0,
                        escape(shown)
                    ));
            }
            None => s.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" class=\"value\">{}</text>",
                f.x(BAR_X + 4.0),
                y + bar_h - 2.0,
                crate::format::NONE
            )),
        };
        one(&b.now, y, "now", String::new());
        if pair {
            let fill = format!(" fill=\"url(#{}-hatch)\"", chart.id);
            one(&b.then, y + bar_h + 1.0, "then", fill);
        }
    }
    s.push_str("</svg>");
    s
}

/// The overall index over the years: a point per year with its figure,
/// joined where consecutive years both have one, over the tier thresholds
/// (`thresholds`: the label of each of [`THRESHOLDS`], "T2 ≥ 85").
pub fn trend_line(
    chart: &Chart,
    points: &[(i32, Option<(f64, String)>)],
    thresholds: &[String; 4],
) -> String {
    let h = 190.0;
    let (left, right, top, bottom) = (36.0, 60.0, 14.0, 22.0);
    let plot_w = TREND_W - left - right;
    let plot_h = h - top - bottom;
    let y_of = |v: f64| top + plot_h * (1.0 - clamp(v) / 100.0);
    let (mut s, f) = chart.open(TREND_W, h);
    // The first and last years sit inside the plot, so their figures
    // (centred on the point) never reach the threshold labels beside it.
    let inset = 24.0;
    let x_of = |i: usize| {
        f.x(match points.len() {
            0 | 1 => left + plot_w / 2.0,
            n => left + inset + (plot_w - 2.0 * inset) * i as f64 / (n - 1) as f64,
        })
    };
    let (x0, x1) = (f.x(left), f.x(left + plot_w));
    for v in [0.0, 100.0] {
        let y = y_of(v);
        s.push_str(&format!(
            "<line x1=\"{x0}\" y1=\"{y}\" x2=\"{x1}\" y2=\"{y}\" class=\"grid\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"axis\">{v}</text>",
            f.x(left - 4.0),
            y + 3.0
        ));
    }
    for ((v, _), label) in THRESHOLDS.iter().zip(thresholds) {
        let y = y_of(*v);
        s.push_str(&format!(
            "<line x1=\"{x0}\" y1=\"{y}\" x2=\"{x1}\" y2=\"{y}\" class=\"threshold\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"axis\">{v}</text><text x=\"{}\" y=\"{}\" class=\"axis\">{}</text>",
            f.x(left - 4.0),
            y + 3.0,
            f.x(left + plot_w + 6.0),
            y + 3.0,
            escape(label)
        ));
    }
    let mut path = String::new();
    let mut pen_down = false;
    for (i, (_, p)) in points.iter().enumerate() {
        match p {
            Some((v, _)) => {
                path.push_str(&format!(
                    "{}{:.1} {:.1} ",
                    if pen_down { "L" } else { "M" },
                    x_of(i),
                    y_of(*v)
                ));
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    if !path.is_empty() {
        s.push_str(&format!("<path d=\"{}\" class=\"line\"/>", path.trim_end()));
    }
    for (i, (year, p)) in points.iter().enumerate() {
        let x = x_of(i);
        s.push_str(&format!(
            "<text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\" class=\"axis\">{year}</text>",
            h - 6.0
        ));
        if let Some((v, shown)) = p {
            let y = y_of(*v);
            // The figure goes below a point near the top, so it stays in.
            let ty = if y < top + 14.0 { y + 16.0 } else { y - 7.0 };
            s.push_str(&format!(
                "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"4\" class=\"point\"/><text x=\"{x:.1}\" y=\"{ty:.1}\" text-anchor=\"middle\" class=\"value\">{}</text>",
                escape(shown)
            ));
        }
    }
    s.push_str("</svg>");
    s
}

/// The peers' overall indices as ticks on one 0–100 line, the country a
/// tall marker with its name and figure. `marked`: the country's index
/// (a position) and its label.
pub fn peer_strip(chart: &Chart, peers: &[f64], marked: Option<(f64, String)>) -> String {
    let h = 78.0;
    let (left, width, axis) = (20.0, W - 40.0, 52.0);
    let (mut s, f) = chart.open(W, h);
    let x_of = |v: f64| f.x(left + width * clamp(v) / 100.0);
    s.push_str(&format!(
        "<line x1=\"{}\" y1=\"{axis}\" x2=\"{}\" y2=\"{axis}\" class=\"grid\"/>",
        f.x(left),
        f.x(left + width)
    ));
    for v in [0.0, 20.0, 55.0, 85.0, 95.0, 100.0] {
        let x = x_of(v);
        s.push_str(&format!(
            "<line x1=\"{x}\" y1=\"{axis}\" x2=\"{x}\" y2=\"{}\" class=\"grid\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" class=\"axis\">{v}</text>",
            axis + 5.0,
            axis + 17.0
        ));
    }
    for &v in peers {
        let x = x_of(v);
        s.push_str(&format!(
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{axis}\" class=\"peer\"/>",
            axis - 12.0
        ));
    }
    if let Some((v, label)) = marked {
        // Near an end, the label runs inwards from the marker (the
        // anchor's start and end follow the chart's direction).
        let x = x_of(v);
        let from_start = if f.rtl { W - x } else { x };
        let anchor = if from_start < 80.0 {
            "start"
        } else if from_start > W - 80.0 {
            "end"
        } else {
            "middle"
        };
        s.push_str(&format!(
            "<path d=\"M{x:.1} {} l-6 -9 h12 z\" class=\"marker\"/><line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{axis}\" class=\"marker-line\"/><text x=\"{x:.1}\" y=\"11\" text-anchor=\"{anchor}\" class=\"value\">{}</text>",
            axis - 20.0,
            axis - 20.0,
            escape(&label)
        ));
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests;
