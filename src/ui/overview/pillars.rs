//! The Overview's pillar bars: each pillar's score in the year against the
//! comparison year, or under a scenario the projection against the actual
//! scores; on two lines a pillar where there is room, else with the other
//! year as a tick on the bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::App;
use crate::format;
use crate::model::PillarIx;
use crate::sanitize::fit;
use crate::ui::{Theme, bars, section};

/// What the pillar bars set against each other: the year against the
/// comparison year, or, under a scenario, the projection against the actual
/// scores. Scores are by pillar index.
struct Sides {
    now: Vec<Option<f64>>,
    /// With the label of its second line.
    before: Option<(String, Vec<Option<f64>>)>,
}

fn sides(app: &App, theme: &Theme) -> (Line<'static>, Sides) {
    let ds = app.data();
    let (c, y) = (app.country(), app.year());
    let year = ds.years[y as usize];
    let scores = |ds: &crate::model::Dataset, y| {
        (0..ds.pillars.len() as PillarIx)
            .map(|p| ds.pillar_score(c, y, p))
            .collect::<Vec<_>>()
    };
    if let Some(p) = &app.view().projection {
        let title = Line::from(vec![
            Span::raw(format!(" Pillars {year} ")),
            Span::styled(" SCENARIO ", theme.warning),
            Span::raw(" (bright) vs actual (dim) "),
        ]);
        let sides = Sides {
            now: p.pillars.clone(),
            before: Some(("actual".to_string(), scores(app.ds(), y))),
        };
        return (title, sides);
    }
    let mut title = vec![Span::raw(match app.compare_year() {
        Some(y0) => format!(
            " Pillars {year} (bright) vs {} (dim) ",
            ds.years[y0 as usize]
        ),
        None => format!(" Pillars {year} "),
    })];
    // A scenario in the comparison year shows here too: say so.
    if app.what_if() {
        title.push(Span::styled(" SCENARIO ", theme.warning));
        title.push(Span::raw(" "));
    }
    let sides = Sides {
        now: scores(ds, y),
        before: app
            .compare_year()
            .map(|y0| (ds.years[y0 as usize].to_string(), scores(ds, y0))),
    };
    (Line::from(title), sides)
}

pub(super) fn pillar_bars(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = app.ds();
    let (c, y) = (app.country(), app.year());
    let (mut title, sides) = sides(app, theme);
    // The scale, when the title has room for it whole.
    const SCALE: &str = "score 0–100 ";
    if title.width() + SCALE.len() < area.width.saturating_sub(2) as usize {
        title.spans.push(Span::styled(SCALE, theme.muted));
    }
    let comparing = sides.before.is_some();
    let pillars: Vec<PillarIx> = (0..ds.pillars.len() as PillarIx)
        .filter(|&p| ds.pillar_aggs(c, y)[p as usize].total > 0)
        .collect();
    let block = section(title, theme);
    let inner = block.inner(area);
    // One line a pillar at the least: say how many do not fit.
    let hidden = pillars.len().saturating_sub(inner.height as usize);
    let block = if hidden > 0 {
        block.title_bottom(Line::styled(format!(" {hidden} more ↓ "), theme.key))
    } else {
        block
    };
    block.render(area, buf);
    if pillars.is_empty() || inner.width < 20 {
        return;
    }
    let name_w = (inner.width / 4).clamp(8, 22);
    let tail_w: u16 = if comparing { 17 } else { 8 };
    let rows = BarRows {
        inner,
        name_w,
        bar_w: inner.width.saturating_sub(name_w + tail_w + 2),
        comparing,
        // The label of the second line, when a pillar gets two.
        second: sides
            .before
            .as_ref()
            .filter(|_| comparing && inner.height as usize >= pillars.len() * 2)
            .map(|(label, _)| label.as_str()),
    };
    let mut row = inner.y;
    for &p in &pillars {
        if row >= inner.bottom() {
            break;
        }
        let now = sides.now.get(p as usize).copied().flatten();
        let before = sides
            .before
            .as_ref()
            .and_then(|(_, v)| v.get(p as usize).copied().flatten());
        row = rows.draw(&ds.pillars[p as usize], now, before, row, buf, theme);
    }
}

/// Where the parts of a pillar's bar go: its name, the bar, the score and
/// the change.
struct BarRows<'a> {
    inner: Rect,
    name_w: u16,
    bar_w: u16,
    comparing: bool,
    /// With two lines a pillar, the label of the second.
    second: Option<&'a str>,
}

impl BarRows<'_> {
    /// Draws pillar `name` from `row`: `now` against `before`; returns the
    /// row after it.
    fn draw(
        &self,
        name: &str,
        now: Option<f64>,
        before: Option<f64>,
        mut row: u16,
        buf: &mut Buffer,
        theme: &Theme,
    ) -> u16 {
        let (inner, name_w, bar_w) = (self.inner, self.name_w, self.bar_w);
        let d = format::shown_delta(before, now);
        buf.set_stringn(
            inner.x,
            row,
            fit(name, name_w as usize),
            name_w as usize,
            theme.base,
        );
        let bar_area = Rect::new(inner.x + name_w + 1, row, bar_w, 1);
        match now {
            Some(v) => bars::bar(v, 100.0, bar_area, buf, theme.bar),
            None => {
                buf.set_stringn(bar_area.x, row, "not scored", bar_w as usize, theme.muted);
            }
        }
        let tail_x = bar_area.right() + 1;
        buf.set_stringn(
            tail_x,
            row,
            format!("{:>6}", format::score(now)),
            6,
            theme.accent,
        );
        if self.comparing {
            buf.set_stringn(
                tail_x + 7,
                row,
                format!("{:>9}", format::delta(d)),
                9,
                theme.delta(d),
            );
        }
        if let Some(label) = self.second {
            row += 1;
            if row >= inner.bottom() {
                return row;
            }
            let label = format!("{label:>w$}", w = name_w as usize);
            buf.set_stringn(inner.x, row, label, name_w as usize, theme.muted);
            if let Some(v) = before {
                bars::bar(
                    v,
                    100.0,
                    Rect::new(bar_area.x, row, bar_w, 1),
                    buf,
                    theme.bar_compare,
                );
            }
            buf.set_stringn(
                tail_x,
                row,
                format!("{:>6}", format::score(before)),
                6,
                theme.muted,
            );
        } else if let Some(b) = before {
            // One line per pillar: mark the comparison year on the bar.
            let x = bar_area.x
                + ((b / 100.0) * bar_w as f64)
                    .round()
                    .min(bar_w.saturating_sub(1) as f64) as u16;
            if bar_w > 0 {
                buf.set_string(x, row, "┃", theme.accent);
            }
        }
        row + 1
    }
}
