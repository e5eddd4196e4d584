//! The one scrolling table every list pane uses, and the small tables
//! without a cursor. Column widths come from the cells themselves, so a
//! number is never cut (`widths.rs`); each cell is shaped to its column's
//! width (`cells.rs`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{
    Cell, Paragraph, Row, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Table,
    TableState, Widget,
};

mod cells;
mod widths;

pub use cells::{Col, Fit, Item};
pub use widths::{shared_prefix, widths};

use super::{Theme, section};
use crate::app::Cursor;
use crate::sanitize::fit;
use cells::{fitted, width};
use widths::prefixes;

/// A list of at most this many rows sizes its columns from every row, so
/// that they keep their widths while it scrolls; a longer one from the rows
/// on screen, so that a frame costs what fits on the screen however long
/// the list (a country-year can have a million indicators).
pub const SIZED_BY_EVERY_ROW: usize = 1000;

/// The rows of a list of `len` to make cells for: every row of a short
/// one, the screenful from the cursor of a long one. `height` is the
/// table's whole area, never less than the rows it shows.
pub fn rows_to_draw(len: usize, cursor: Cursor, height: u16) -> std::ops::Range<usize> {
    if len <= SIZED_BY_EVERY_ROW {
        return 0..len;
    }
    let first = cursor.offset.min(len);
    first..(first + height as usize).min(len)
}

pub struct ListTable<'a> {
    pub title: Line<'a>,
    pub cols: Vec<Col>,
    /// The rows [`rows_to_draw`] names, from row `first` of `len`.
    pub rows: Vec<Vec<Item>>,
    pub first: usize,
    pub len: usize,
    pub cursor: Cursor,
    /// Shown instead of rows when the list is empty.
    pub empty: &'a str,
    /// A style for a whole row (the current country, say), as `rows`.
    pub row_style: Vec<Option<Style>>,
}

impl ListTable<'_> {
    pub fn render(self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let block = section(self.title, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        let len = self.len;
        if len == 0 {
            Paragraph::new(Line::styled(self.empty, theme.muted))
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(inner, buf);
            return;
        }
        draw_grid(
            &self.cols,
            &self.rows,
            &self.row_style,
            self.cursor.offset.saturating_sub(self.first),
            self.cursor.selected.checked_sub(self.first),
            inner,
            buf,
            theme,
        );
        let visible = inner.height.saturating_sub(1) as usize;
        if len > visible {
            let start = self.cursor.offset.min(len);
            let mut sb = ScrollbarState::new(len.saturating_sub(visible)).position(start);
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .style(theme.border)
                .render(
                    area.inner(Margin {
                        vertical: 1,
                        horizontal: 0,
                    }),
                    buf,
                    &mut sb,
                );
        }
    }
}

/// A bordered block holding a small table with no cursor. When not every
/// row fits, the bottom border says how many more there are, and row
/// `first_if_cut` (the one that matters most) is moved to the top.
#[allow(clippy::too_many_arguments)]
pub fn table_block(
    title: Line,
    cols: &[Col],
    mut rows: Vec<Vec<Item>>,
    first_if_cut: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let block = section(title, theme);
    let inner = block.inner(area);
    let hidden = rows
        .len()
        .saturating_sub(inner.height.saturating_sub(1) as usize);
    let block = if hidden > 0 {
        block.title_bottom(Line::styled(format!(" {hidden} more ↓ "), theme.key))
    } else {
        block
    };
    block.render(area, buf);
    if let Some(k) = first_if_cut.filter(|&k| hidden > 0 && k < rows.len()) {
        let row = rows.remove(k);
        rows.insert(0, row);
    }
    draw_grid(cols, &rows, &[], 0, None, inner, buf, theme);
}

/// A header row and the rows from `offset`, fitted to `area`, with row
/// `selected` highlighted. Widths come from every row, shown or not.
#[allow(clippy::too_many_arguments)]
pub fn draw_grid(
    cols: &[Col],
    rows: &[Vec<Item>],
    row_style: &[Option<Style>],
    offset: usize,
    selected: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let w = widths(cols, rows, area.width);
    let prefix = prefixes(cols, rows);
    // An id column narrower than its longest id shortens every id alike.
    let strip: Vec<bool> = (0..cols.len())
        .map(|c| {
            w[c].is_some_and(|w| {
                rows.iter()
                    .filter_map(|r| r.get(c))
                    .any(|i| width(&i.text) > w)
            })
        })
        .collect();
    let constraints: Vec<Constraint> = w.iter().flatten().map(|&w| Constraint::Length(w)).collect();
    let header: Vec<Cell> = cols
        .iter()
        .zip(&w)
        .filter_map(|(col, w)| {
            let w = (*w)?;
            let title = fit(&col.title, w as usize).trim_end().to_string();
            let line = Line::from(title);
            Some(Cell::from(if col.right {
                line.right_aligned()
            } else {
                line
            }))
        })
        .collect();
    let visible = area.height.saturating_sub(1) as usize;
    let start = offset.min(rows.len());
    let end = (start + visible).min(rows.len());
    let body: Vec<Row> = (start..end)
        .map(|k| {
            let row = Row::new(fitted(cols, &w, &rows[k], &prefix, &strip));
            match row_style.get(k).copied().flatten() {
                Some(s) => row.style(s),
                None => row,
            }
        })
        .collect();
    let table = Table::new(body, constraints)
        .header(Row::new(header).style(theme.header))
        .column_spacing(1)
        .row_highlight_style(theme.selected);
    let mut state = TableState::new().with_selected(selected.and_then(|s| s.checked_sub(start)));
    StatefulWidget::render(table, area, buf, &mut state);
}

#[cfg(test)]
mod tests;
