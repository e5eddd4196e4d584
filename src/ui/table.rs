//! The one scrolling table every list pane uses: only the visible rows are
//! built, the selection is highlighted, and a scrollbar shows position.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{
    Cell, Paragraph, Row, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Table,
    TableState, Widget,
};

use super::{Theme, section};
use crate::app::Cursor;

/// A right-aligned cell, for numbers.
pub fn right(s: String, style: Style) -> Cell<'static> {
    Cell::from(Line::styled(s, style).right_aligned())
}

pub struct ListTable<'a> {
    pub title: Line<'a>,
    pub header: Row<'a>,
    pub widths: Vec<Constraint>,
    pub len: usize,
    pub cursor: Cursor,
    /// Shown instead of rows when the list is empty.
    pub empty: &'a str,
}

impl ListTable<'_> {
    pub fn render<'r>(
        self,
        row: impl Fn(usize) -> Row<'r>,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
    ) {
        let block = section(self.title, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if self.len == 0 {
            Paragraph::new(Line::styled(self.empty, theme.muted)).render(inner, buf);
            return;
        }
        let visible = inner.height.saturating_sub(1) as usize;
        let start = self.cursor.offset.min(self.len);
        let end = (start + visible).min(self.len);
        let rows: Vec<Row> = (start..end).map(row).collect();
        let table = Table::new(rows, self.widths)
            .header(self.header.style(theme.header))
            .column_spacing(1)
            .row_highlight_style(theme.selected);
        let mut state = TableState::new().with_selected(self.cursor.selected.checked_sub(start));
        StatefulWidget::render(table, inner, buf, &mut state);
        if self.len > visible {
            let mut sb = ScrollbarState::new(self.len.saturating_sub(visible)).position(start);
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
