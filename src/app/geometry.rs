//! Screen geometry, shared by drawing, mouse hit-testing and paging so the
//! three always agree. It lives with the app because paging needs it; the
//! UI reads it from here.

use ratatui::layout::{Constraint, Layout, Rect};

use super::Pane;

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

/// Height of a bordered table with a header and `rows` rows, leaving at
/// least `keep` rows of `height` for what comes below it.
fn table_height(rows: u16, height: u16, keep: u16) -> u16 {
    (rows + 3)
        .min(height.saturating_sub(keep))
        .max(4.min(height))
}

/// Compare pane: the counts line, the pillar table (`pillars` rows with
/// the overall), and the indicator table. Side by side when wide; stacked,
/// with the pillar table whole where the height allows, when narrow.
pub fn compare(body: Rect, pillars: u16) -> (Rect, Rect, Rect) {
    if wide(body) {
        let [counts, rest] = body.layout(&Layout::vertical([
            Constraint::Length(3),
            Constraint::Fill(1),
        ]));
        let [left, right] = rest.layout(&Layout::horizontal([
            Constraint::Percentage(40),
            Constraint::Percentage(60),
        ]));
        return (counts, left, right);
    }
    // Narrow: the counts are one line without a frame.
    let [counts, rest] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let table = table_height(pillars, rest.height, 5);
    let [pillars, indicators] = rest.layout(&Layout::vertical([
        Constraint::Length(table),
        Constraint::Fill(1),
    ]));
    (counts, pillars, indicators)
}

/// Gaps pane: the weakest pillars (`pillars` rows), the action plan, and
/// what to fix first. Wide: pillars above the plan on the left, the list on
/// the right. Narrow: pillars and plan side by side above the list.
pub fn gaps(body: Rect, pillars: u16) -> (Rect, Rect, Rect) {
    if wide(body) {
        let [left, list] = body.layout(&Layout::horizontal([
            Constraint::Percentage(38),
            Constraint::Percentage(62),
        ]));
        let table = table_height(pillars, left.height, 6);
        let [table, plan] = left.layout(&Layout::vertical([
            Constraint::Length(table),
            Constraint::Fill(1),
        ]));
        return (table, plan, list);
    }
    let top = table_height(pillars, body.height, 5).max(7.min(body.height));
    let [top, list] = body.layout(&Layout::vertical([
        Constraint::Length(top),
        Constraint::Fill(1),
    ]));
    let [table, plan] = top.layout(&Layout::horizontal([
        Constraint::Percentage(50),
        Constraint::Percentage(50),
    ]));
    (table, plan, list)
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

/// The bordered table (with its one header row) that holds a pane's list;
/// `pillars` is how many rows the pane's pillar table has.
pub fn list_area(pane: Pane, body: Rect, pillars: u16) -> Option<Rect> {
    match pane {
        Pane::Indicators => Some(indicators(body).0),
        Pane::Compare => Some(compare(body, pillars).2),
        Pane::Gaps => Some(gaps(body, pillars).2),
        Pane::Peers => Some(peers(body, 0).0),
        Pane::Overview | Pane::Trends => None,
    }
}

/// First data row of a table drawn in `area` with borders and a header.
pub fn first_row(area: Rect) -> u16 {
    area.y + 2
}

/// How many list rows fit on screen for `pane` at terminal `size`.
pub fn list_height(pane: Pane, size: (u16, u16), pillars: u16) -> usize {
    let area = Rect::new(0, 0, size.0, size.1);
    let body = frame(area).body;
    match list_area(pane, body, pillars) {
        Some(r) => r.height.saturating_sub(3).max(1) as usize,
        None => 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seven_pillars_fit_whole_at_80x24() {
        let body = frame(Rect::new(0, 0, 80, 24)).body;
        // Seven pillars and the overall row, a header and two borders.
        let (_, pillars, list) = compare(body, 8);
        assert_eq!(pillars.height, 11);
        assert!(list.height >= 5);
        let (table, plan, list) = gaps(body, 7);
        assert_eq!(table.height, 10);
        assert_eq!(plan.height, 10);
        assert!(list.height >= 5);
    }
}
