//! Drawing. Every function here reads `&App` and writes only to the buffer.

pub mod bars;
pub mod chart;
pub mod chart_key;
pub mod compare;
pub mod contrast;
pub mod detail;
pub mod gaps;
pub mod help;
pub mod indicators;
pub mod line_parts;

pub mod loading;
pub mod overview;
pub mod peers;
pub mod scenario;
pub mod status;
pub mod table;
pub mod theme;
pub mod trends;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};

pub use crate::app::geometry as layout;
use crate::app::{Action, App, Pane, Popup, keymap};
pub use theme::Theme;

pub fn draw(app: &App, frame: &mut Frame) {
    render(app, frame.area(), frame.buffer_mut());
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = Theme::get(app.theme());
    buf.set_style(area, theme.base);
    if layout::too_small(area) {
        too_small(area, buf, &theme);
        return;
    }
    let fr = layout::frame(area);
    status::header(app, fr.header, buf, &theme);
    tabs(app, fr.tabs, buf, &theme);
    match app.pane() {
        Pane::Overview => overview::render(app, fr.body, buf, &theme),
        Pane::Indicators => indicators::render(app, fr.body, buf, &theme),
        Pane::Compare => compare::render(app, fr.body, buf, &theme),
        Pane::Gaps => gaps::render(app, fr.body, buf, &theme),
        Pane::Trends => trends::render(app, fr.body, buf, &theme),
        Pane::Peers => peers::render(app, fr.body, buf, &theme),
    }
    status::footer(app, fr.footer, buf, &theme);
    match app.popup() {
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
        Line::from(format!(
            "Enlarge the window, or press {} to quit.",
            keymap::key_for(&Action::Quit)
        )),
    ];
    // Room for the three lines plus wrapping on narrow screens.
    let height = 5.min(area.height);
    let [mid] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    Paragraph::new(text)
        .centered()
        .wrap(Wrap { trim: true })
        .render(mid, buf);
}

/// Lines `text` takes when wrapped at spaces into `width` columns, as a
/// wrapping `Paragraph` lays it out (a word longer than the line is broken).
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1) as usize;
    let (mut lines, mut used) = (1usize, 0usize);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.width();
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else if used == 0 {
            lines += (w - 1) / width;
            used = w % width;
        } else {
            lines += 1 + w.saturating_sub(1) / width;
            used = if w > width { w % width } else { w };
        }
    }
    lines.min(u16::MAX as usize) as u16
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

/// Tab labels with their screen columns, for drawing and for mouse clicks.
/// Labels are " 2 Indicators "; where that does not fit, "2 Indicators",
/// and then the number alone, so that every pane keeps a tab.
pub fn tab_spans(panes: &[Pane], area: Rect) -> Vec<(Pane, Rect, String)> {
    let full = |p: Pane| format!(" {} {} ", p.index() + 1, p.title());
    let tight = |p: Pane| format!("{} {}", p.index() + 1, p.title());
    let bare = |p: Pane| format!(" {} ", p.index() + 1);
    let fits = |label: &dyn Fn(Pane) -> String| {
        let w: usize = panes.iter().map(|&p| label(p).chars().count() + 1).sum();
        w <= area.width as usize + 1
    };
    let label: &dyn Fn(Pane) -> String = if fits(&full) {
        &full
    } else if fits(&tight) {
        &tight
    } else {
        &bare
    };
    let mut x = area.x;
    panes
        .iter()
        .map(|&pane| {
            let label = label(pane);
            let w = (label.chars().count() as u16).min(area.right().saturating_sub(x));
            let rect = Rect::new(x, area.y, w, 1);
            x = x.saturating_add(w + 1);
            (pane, rect, label)
        })
        .collect()
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    for (pane, rect, label) in tab_spans(&app.panes(), area) {
        let style = if pane == app.pane() {
            theme.tab_active
        } else {
            theme.tab
        };
        Span::styled(label, style).render(rect, buf);
    }
}
