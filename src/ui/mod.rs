//! Drawing. Every function here reads `&App` and writes only to the buffer.

pub mod bars;
pub mod chart;
pub mod compare;
pub mod contrast;
pub mod detail;
pub mod gaps;
pub mod help;
pub mod indicators;
pub mod layout;
pub mod loading;
pub mod overview;
pub mod peers;
pub mod scenario;
pub mod table;
pub mod theme;
pub mod trends;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

use crate::app::{App, Mode, Pane, Popup, keymap};
use crate::format;
use crate::text::visible;
pub use theme::Theme;

pub fn draw(app: &App, frame: &mut Frame) {
    render(app, frame.area(), frame.buffer_mut());
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::get(app.theme);
    buf.set_style(area, theme.base);
    if layout::too_small(area) {
        too_small(area, buf, &theme);
        return;
    }
    let fr = layout::frame(area);
    header(app, fr.header, buf, &theme);
    tabs(app, fr.tabs, buf, &theme);
    match app.pane {
        Pane::Overview => overview::render(app, fr.body, buf, &theme),
        Pane::Indicators => indicators::render(app, fr.body, buf, &theme),
        Pane::Compare => compare::render(app, fr.body, buf, &theme),
        Pane::Gaps => gaps::render(app, fr.body, buf, &theme),
        Pane::Trends => trends::render(app, fr.body, buf, &theme),
        Pane::Peers => peers::render(app, fr.body, buf, &theme),
    }
    footer(app, fr.footer, buf, &theme);
    match app.popup {
        Some(Popup::Help) => {
            let width = if area.width < 100 { 96 } else { 70 };
            help::render(app, popup_area(area, width, 90), buf, &theme);
        }
        Some(Popup::Detail(ind)) => detail::render(app, ind, popup_area(area, 90, 90), buf, &theme),
        Some(Popup::Scenario) => scenario::render(app, popup_area(area, 90, 80), buf, &theme),
        None => {}
    }
}

fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.title),
        Line::from(format!(
            "{}×{}, need {}×{}",
            area.width,
            area.height,
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        )),
        Line::from("Enlarge the window, or press q to quit."),
    ];
    // Room for the three lines plus wrapping on narrow screens.
    let height = 5.min(area.height);
    let [mid] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    Paragraph::new(text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(mid, buf);
}

/// A centered rectangle `pct_w`% × `pct_h`% of `area`.
pub fn popup_area(area: Rect, pct_w: u16, pct_h: u16) -> Rect {
    let [v] = area.layout(&Layout::vertical([Constraint::Percentage(pct_h)]).flex(Flex::Center));
    let [h] = v.layout(&Layout::horizontal([Constraint::Percentage(pct_w)]).flex(Flex::Center));
    h
}

/// A bordered popup frame, cleared underneath.
pub fn popup_block<'a>(title: Line<'a>, area: Rect, buf: &mut Buffer, theme: &Theme) -> Rect {
    Clear.render(area, buf);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.title)
        .title(title)
        .style(theme.base);
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A titled, bordered block for a pane section.
pub fn section<'a>(title: impl Into<Line<'a>>, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border)
        .title(title.into().style(theme.title))
}

fn header(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let ds = &app.ds;
    let (c, y) = (app.country, app.year);
    let country = &ds.countries[c as usize];
    let mut spans = vec![
        Span::styled(" cyberindex ", theme.title),
        Span::raw("│ "),
        Span::styled(visible(country.label()).into_owned(), theme.accent),
    ];
    if country.name.is_some() && !country.code.is_empty() {
        spans.push(Span::styled(
            format!(" ({})", visible(&country.code)),
            theme.muted,
        ));
    }
    spans.push(Span::raw(format!(" │ {}", ds.years[y as usize])));
    // On a narrow screen a scenario's projection matters more than the
    // comparison year and the change since it, which the Overview shows.
    let wide = area.width >= 100;
    let show_compare = wide || app.view.projection.is_none();
    if let Some(y0) = app.compare.filter(|_| show_compare) {
        spans.push(Span::styled(
            format!(" vs {}", ds.years[y0 as usize]),
            theme.muted,
        ));
    }
    let overall = ds.overall(c, y);
    spans.push(Span::raw(" │ Overall "));
    spans.push(Span::styled(format::score(overall), theme.accent));
    if let Some(tier) = ds.tier(c, y) {
        spans.push(Span::raw(" "));
        let label = if wide {
            format!("Tier {} {}", tier.number(), tier.label())
        } else {
            format!("Tier {}", tier.number())
        };
        spans.push(Span::styled(label, theme.tier(tier)));
    }
    // On a narrow screen a scenario's projection matters more than the
    // change since the comparison year, which the Overview still shows.
    if let Some(y0) = app
        .compare
        .filter(|_| wide || app.view.projection.is_none())
    {
        let d = crate::data::compare::delta(ds.overall(c, y0), overall);
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format::delta(d), theme.delta(d)));
    }
    if let Some(p) = &app.view.projection {
        let d = crate::data::compare::delta(overall, p.overall);
        spans.push(Span::raw(" │ "));
        spans.push(Span::styled(" SCENARIO ", theme.warning));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format::score(p.overall), theme.accent));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format::delta(d), theme.delta(d)));
        if let Some(tier) = p.tier {
            spans.push(Span::raw(" "));
            spans.push(Span::styled(
                format!("Tier {}", tier.number()),
                theme.tier(tier),
            ));
        }
    }
    if !wide {
        // The product name is the first thing to give up on a narrow screen.
        spans.drain(..2);
        spans.insert(0, Span::raw(" "));
    }
    Line::from(spans).render(area, buf);
}

/// Tab labels with their screen columns, for drawing and for mouse clicks.
pub fn tab_spans(panes: &[Pane], area: Rect) -> Vec<(Pane, Rect, String)> {
    let mut x = area.x;
    panes
        .iter()
        .map(|&pane| {
            let label = format!(" {} {} ", pane.index() + 1, pane.title());
            let w = (label.chars().count() as u16).min(area.right().saturating_sub(x));
            let rect = Rect::new(x, area.y, w, 1);
            x = x.saturating_add(w + 1);
            (pane, rect, label)
        })
        .collect()
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    for (pane, rect, label) in tab_spans(&app.panes(), area) {
        let style = if pane == app.pane {
            theme.tab_active
        } else {
            theme.tab
        };
        Span::styled(label, style).render(rect, buf);
    }
}

fn footer(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // A failed reload outranks the key hints (help still lists them), but
    // not the search being typed.
    if let Some(error) = &app.banner
        && app.mode != Mode::Search
    {
        // The error first: on a narrow screen the end is what gets cut.
        let text = format!(
            " ⚠ {} · not reloaded, showing the last good data ",
            visible(error)
        );
        buf.set_style(area, theme.warning);
        Line::styled(text, theme.warning).render(area, buf);
        return;
    }
    let mut spans = Vec::new();
    if app.mode == Mode::ScoreInput {
        let what = app
            .selected_indicator()
            .map(|i| app.ds.indicators[i as usize].id.as_str())
            .unwrap_or_default();
        let max = app
            .selected_indicator()
            .and_then(|i| app.ds.find_obs(app.country, app.year, i))
            .map_or(0.0, |i| app.ds.max_score(i));
        spans.push(Span::styled(
            format!(" Score for {} (0–{}): ", visible(what), format::points(max)),
            theme.key,
        ));
        spans.push(Span::raw(app.score_input.clone()));
        spans.push(Span::styled("█", theme.muted));
    }
    if let Some(notice) = &app.notice {
        // The notice replaces the hints, but a score being typed stays.
        spans.push(Span::styled(format!(" {} ", visible(notice)), theme.key));
        Line::from(spans).render(area, buf);
        return;
    }
    if app.mode == Mode::Search {
        spans.push(Span::styled(" /", theme.key));
        spans.push(Span::raw(visible(&app.query.search).into_owned()));
        spans.push(Span::styled("█", theme.muted));
        spans.push(Span::styled(
            format!("  {} matches ", app.view.rows.len()),
            theme.muted,
        ));
    }
    for (keys, label) in keymap::hints(app.mode, app.pane) {
        if label == "country" && app.ds.countries.len() < 2 {
            continue;
        }
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::raw(format!(" {label} ")));
    }
    Line::from(spans).render(area, buf);
}
