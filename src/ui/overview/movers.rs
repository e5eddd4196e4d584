//! The Overview's biggest movers: the indicators that rose and fell most
//! since the comparison year.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::App;
use crate::format;
use crate::model::compare_year::IndicatorChange;
use crate::sanitize::{fit, shown};
use crate::ui::{Theme, section};

pub(super) fn movers_block(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let Some(cmp) = &app.view().comparison else {
        Paragraph::new(Line::styled(
            "No earlier year to compare with.",
            theme.muted,
        ))
        .block(section(" Biggest movers ", theme))
        .render(area, buf);
        return;
    };
    let [left, right] = area.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Percentage(50),
    ]));
    let y0 = app.ds().years[cmp.from as usize];
    mover_list(
        app,
        &cmp.risers(),
        &format!(" Risers since {y0} (Δ pts) "),
        left,
        buf,
        theme,
    );
    mover_list(
        app,
        &cmp.fallers(),
        &format!(" Fallers since {y0} (Δ pts) "),
        right,
        buf,
        theme,
    );
}

fn mover_list(
    app: &App,
    list: &[&IndicatorChange],
    title: &str,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let block = section(title.to_string(), theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if list.is_empty() {
        buf.set_stringn(inner.x, inner.y, "none", inner.width as usize, theme.muted);
        return;
    }
    for (row, ch) in list.iter().take(inner.height as usize).enumerate() {
        let ind = &app.ds().indicators[ch.indicator as usize];
        let change = crate::ui::indicators::shown_change(app.ds(), ch);
        let d = change.unwrap_or(0.0);
        let delta = format!(
            "{} {}{} ",
            format::arrow(d),
            sign(d),
            format::points(d.abs())
        );
        let y = inner.y + row as u16;
        let dw = UnicodeWidthStr::width(delta.as_str()) as u16;
        if dw > inner.width {
            break;
        }
        buf.set_string(inner.x, y, &delta, theme.delta(change));
        let rest = inner.width.saturating_sub(dw) as usize;
        let text = fit(&format!("{} {}", shown(&ind.id), shown(&ind.name)), rest);
        buf.set_stringn(inner.x + dw, y, text, rest, Style::new());
    }
}

fn sign(d: f64) -> &'static str {
    if d < 0.0 { "-" } else { "+" }
}
