//! Screen geometry, shared by drawing, mouse hit-testing and paging so the
//! three always agree.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::app::Pane;

/// Below this the dashboard shows a "too small" notice instead.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;

pub struct Frame {
    pub header: Rect,
    pub tabs: Rect,
    pub body: Rect,
    pub footer: Rect,
}

pub fn frame(area: Rect) -> Frame {
    let [header, tabs, body, footer] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    Frame {
        header,
        tabs,
        body,
        footer,
    }
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Wide enough to put two blocks side by side.
pub fn wide(body: Rect) -> bool {
    body.width >= 100
}

/// Indicators pane: the table and, when there is room, a preview of the
/// selected row's full text.
pub fn indicators(body: Rect) -> (Rect, Option<Rect>) {
    if body.height >= 16 {
        let [table, preview] = body.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(5),
        ]));
        (table, Some(preview))
    } else {
        (body, None)
    }
}

/// Compare pane: counts line, pillar table, indicator table.
pub fn compare(body: Rect) -> (Rect, Rect, Rect) {
    let [counts, rest] = body.layout(&Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
    ]));
    if wide(rest) {
        let [pillars, indicators] = rest.layout(&Layout::horizontal([
            Constraint::Percentage(40),
            Constraint::Percentage(60),
        ]));
        (counts, pillars, indicators)
    } else {
        let [pillars, indicators] = rest.layout(&Layout::vertical([
            Constraint::Percentage(45),
            Constraint::Percentage(55),
        ]));
        (counts, pillars, indicators)
    }
}

/// Gaps pane: weakest pillars, then what to fix first.
pub fn gaps(body: Rect) -> (Rect, Rect) {
    if wide(body) {
        let [a, b] = body.layout(&Layout::horizontal([
            Constraint::Percentage(38),
            Constraint::Percentage(62),
        ]));
        (a, b)
    } else {
        let [a, b] = body.layout(&Layout::vertical([
            Constraint::Percentage(45),
            Constraint::Percentage(55),
        ]));
        (a, b)
    }
}

/// Gaps pane, first part: the pillar table above the action plan when
/// both fit (the plan keeps at least 7 rows); side by side when short and
/// wide, as at 80×24.
pub fn gaps_left(left: Rect, pillars: u16) -> (Rect, Rect) {
    let table = pillars + 3;
    if left.height < table + 7 && left.width >= 70 {
        let [a, b] = left.layout(&Layout::horizontal([
            Constraint::Percentage(50),
            Constraint::Percentage(50),
        ]));
        return (a, b);
    }
    let table = table
        .min(left.height.saturating_sub(7))
        .max(left.height.min(4));
    let [a, b] = left.layout(&Layout::vertical([
        Constraint::Length(table),
        Constraint::Fill(1),
    ]));
    (a, b)
}

/// Trends pane: pillar chart, then the selected indicator's history.
pub fn trends(body: Rect) -> (Rect, Rect) {
    let [a, b] = body.layout(&Layout::vertical([
        Constraint::Percentage(60),
        Constraint::Percentage(40),
    ]));
    (a, b)
}

/// Peers pane: the ranking, then the selected country's standing and the
/// distribution beside or below it.
pub fn peers(body: Rect, standing_rows: u16) -> (Rect, Rect, Rect) {
    if wide(body) {
        let [table, side] = body.layout(&Layout::horizontal([
            Constraint::Percentage(60),
            Constraint::Percentage(40),
        ]));
        let [standing, histogram] = side.layout(&Layout::vertical([
            Constraint::Length(standing_rows),
            Constraint::Fill(1),
        ]));
        (table, standing, histogram)
    } else {
        let [table, bottom] = body.layout(&Layout::vertical([
            Constraint::Percentage(50),
            Constraint::Percentage(50),
        ]));
        let [standing, histogram] = bottom.layout(&Layout::horizontal([
            Constraint::Percentage(50),
            Constraint::Percentage(50),
        ]));
        (table, standing, histogram)
    }
}

/// The bordered table (with its one header row) that holds a pane's list.
pub fn list_area(pane: Pane, body: Rect) -> Option<Rect> {
    match pane {
        Pane::Indicators => Some(indicators(body).0),
        Pane::Compare => Some(compare(body).2),
        Pane::Gaps => Some(gaps(body).1),
        Pane::Peers => Some(peers(body, 0).0),
        Pane::Overview | Pane::Trends => None,
    }
}

/// First data row of a table drawn in `area` with borders and a header.
pub fn first_row(area: Rect) -> u16 {
    area.y + 2
}

/// How many list rows fit on screen for `pane` at terminal `size`.
pub fn list_height(pane: Pane, size: (u16, u16)) -> usize {
    let area = Rect::new(0, 0, size.0, size.1);
    let body = frame(area).body;
    match list_area(pane, body) {
        Some(r) => r.height.saturating_sub(3).max(1) as usize,
        None => 10,
    }
}
