//! The one scrolling table every list pane uses. Column widths come from
//! the cells themselves, so a number is never cut: when space runs out,
//! free text shrinks first (with an ellipsis), ids lose the prefix they all
//! share, and then whole low-priority columns are dropped.

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
use crate::sanitize::{fit, shown};

/// How a column gives way when the table is too wide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Numbers: as wide as the widest cell, never cut.
    Whole,
    /// Identifiers: whole if at all possible; otherwise the prefix every id
    /// in the column shares is shown as "…", so ids stay distinguishable.
    Id,
    /// Free text: shrinks down to `min` columns, with an ellipsis. Among
    /// text columns, a higher `grow` gets room first.
    Text { min: u16, grow: u8 },
}

#[derive(Clone, Debug)]
pub struct Col {
    pub title: String,
    pub fit: Fit,
    pub right: bool,
    /// Which columns go first when even the minimum widths do not fit:
    /// the lowest `keep` is dropped first; 0 is never dropped.
    pub keep: u8,
    /// For ids: a prefix known to be shared beyond the rows at hand (all
    /// ids of the country-year), to leave out when the column is narrow.
    pub shared: Option<String>,
}

impl Col {
    /// A number column, right-aligned.
    pub fn num(title: impl Into<String>, keep: u8) -> Col {
        Col {
            title: title.into(),
            fit: Fit::Whole,
            right: true,
            keep,
            shared: None,
        }
    }

    pub fn id(title: impl Into<String>, keep: u8) -> Col {
        Col {
            title: title.into(),
            fit: Fit::Id,
            right: false,
            keep,
            shared: None,
        }
    }

    pub fn text(title: impl Into<String>, min: u16, grow: u8, keep: u8) -> Col {
        Col {
            title: title.into(),
            fit: Fit::Text { min, grow },
            right: false,
            keep,
            shared: None,
        }
    }

    /// Short text that must stay whole (a status word, a tier), left-aligned.
    pub fn word(title: impl Into<String>, keep: u8) -> Col {
        Col {
            title: title.into(),
            fit: Fit::Whole,
            right: false,
            keep,
            shared: None,
        }
    }
}

impl Col {
    /// An id column that leaves out `shared` (when every row starts with
    /// it) before anything else when narrow.
    pub fn sharing(mut self, shared: String) -> Col {
        self.shared = Some(shared);
        self
    }
}

/// The prefix every string in `ids` shares, as shown (see [`Item::data`]),
/// backed off to a separator, for [`Col::sharing`]. One pass, holding only
/// the prefix so far: a country-year can have a million ids.
pub fn shared_prefix<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let mut prefix = String::new();
    let n = common_prefix_into(ids.map(shown), &mut prefix);
    prefix.truncate(n);
    prefix
}

/// One cell: its text (already safe to print) and style.
#[derive(Clone, Debug, Default)]
pub struct Item {
    pub text: String,
    pub style: Style,
}

impl Item {
    pub fn new(text: impl Into<String>, style: Style) -> Item {
        Item {
            text: text.into(),
            style,
        }
    }

    /// Text from the data, made visible, and cut to what a row can show so
    /// that measuring and fitting it costs no more for a name of megabytes.
    pub fn data(text: &str, style: Style) -> Item {
        Item::new(shown(text).into_owned(), style)
    }
}

/// Titles up to this wide get their room before free text does.
const SHORT_TITLE: u16 = 9;
/// Free text gets this much before long titles get theirs.
const COMFORTABLE: u16 = 16;

/// Measured character by character, as cells are drawn (see
/// [`crate::sanitize::width`]).
fn width(s: &str) -> u16 {
    crate::sanitize::width(s).min(u16::MAX as usize) as u16
}

/// Bytes of the prefix every string shares, backed off to just after a
/// separator (`_`, `-`, `.`, space) so the part left reads as a word, and
/// never the whole of any string.
fn common_prefix<'a>(items: impl Iterator<Item = &'a str>) -> usize {
    common_prefix_into(items, &mut String::new())
}

/// As [`common_prefix`], for strings that may be made on the fly (ids as
/// shown); the shared prefix is left in `prefix`.
fn common_prefix_into<S: AsRef<str>>(items: impl Iterator<Item = S>, prefix: &mut String) -> usize {
    let mut shortest = usize::MAX;
    let mut count = 0;
    for item in items {
        let s = item.as_ref();
        shortest = shortest.min(s.len());
        if count == 0 {
            prefix.push_str(s);
        } else {
            let n = prefix
                .char_indices()
                .zip(s.chars())
                .take_while(|((_, a), b)| a == b)
                .last()
                .map_or(0, |((i, a), _)| i + a.len_utf8());
            prefix.truncate(n);
        }
        count += 1;
    }
    // One id alone shares nothing with anything: cut it at its end.
    if count < 2 {
        return 0;
    }
    let p = if prefix.len() >= shortest {
        // Leave at least the last character of the shortest string.
        let cut = prefix.char_indices().last().map_or(0, |(i, _)| i);
        &prefix[..cut]
    } else {
        prefix.as_str()
    };
    match p.rfind(['_', '-', '.', ' ']) {
        Some(i) => i + 1,
        None => p.len(),
    }
}

/// Bytes each column's ids may leave out when narrow: the prefix they
/// share (the one given by [`Col::sharing`] where every row has it).
fn prefixes(cols: &[Col], cells: &[Vec<Item>]) -> Vec<usize> {
    (0..cols.len())
        .map(|c| {
            if cols[c].fit != Fit::Id {
                return 0;
            }
            let texts = || {
                cells
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|i| i.text.as_str())
            };
            match &cols[c].shared {
                Some(p)
                    if !p.is_empty()
                        && texts().all(|t| t.starts_with(p.as_str()) && t.len() > p.len()) =>
                {
                    p.len()
                }
                _ => common_prefix(texts()),
            }
        })
        .collect()
}

/// Widths for each column (`None`: dropped) so that the table fits `avail`
/// columns with one space between columns.
pub fn widths(cols: &[Col], cells: &[Vec<Item>], avail: u16) -> Vec<Option<u16>> {
    let content = |c: usize| {
        cells
            .iter()
            .filter_map(|r| r.get(c))
            .map(|i| width(&i.text))
            .max()
            .unwrap_or(0)
    };
    let naturals: Vec<u16> = (0..cols.len()).map(content).collect();
    let prefix = prefixes(cols, cells);
    // The least each column can take and still say what it must.
    let least: Vec<u16> = cols
        .iter()
        .enumerate()
        .map(|(c, col)| match col.fit {
            Fit::Whole => naturals[c].max(1),
            Fit::Id if prefix[c] > 0 => {
                let rest = cells
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|i| width(&i.text[prefix[c].min(i.text.len())..]))
                    .max()
                    .unwrap_or(0);
                (rest + 1).min(naturals[c]).max(1)
            }
            Fit::Id => naturals[c].max(1),
            Fit::Text { min, .. } => naturals[c].min(min).max(1),
        })
        .collect();
    // What each column would like: its content, or its title if wider.
    let wants: Vec<u16> = cols
        .iter()
        .enumerate()
        .map(|(c, col)| naturals[c].max(width(&col.title)).max(least[c]))
        .collect();
    let mut shown: Vec<bool> = vec![true; cols.len()];
    let need = |shown: &[bool]| -> u32 {
        let n = shown.iter().filter(|&&s| s).count() as u32;
        let sum: u32 = (0..cols.len())
            .filter(|&c| shown[c])
            .map(|c| least[c] as u32)
            .sum();
        sum + n.saturating_sub(1)
    };
    while need(&shown) > avail as u32 {
        // Lowest `keep` first; when only columns that should stay are
        // left, text goes, then the rightmost: a column is dropped whole
        // rather than have the table cut its cells.
        let is_text = |c: usize| matches!(cols[c].fit, Fit::Text { .. });
        let drop = (0..cols.len())
            .filter(|&c| shown[c] && cols[c].keep > 0)
            .min_by_key(|&c| (cols[c].keep, std::cmp::Reverse(c)))
            .or_else(|| (0..cols.len()).rev().find(|&c| shown[c] && is_text(c)))
            .or_else(|| (0..cols.len()).rev().find(|&c| shown[c]));
        match drop {
            Some(c) => shown[c] = false,
            None => break,
        }
    }
    let mut w: Vec<u16> = least.clone();
    let mut spare = (avail as u32).saturating_sub(need(&shown));
    let give = |c: usize, upto: u16, w: &mut Vec<u16>, spare: &mut u32| {
        let more = (upto.saturating_sub(w[c]) as u32).min(*spare);
        w[c] += more as u16;
        *spare -= more;
    };
    // Ids first; then short titles ("Target", "Overall"), read whole
    // before text grows; then text up to a comfortable width; then long
    // titles (a pillar's name); then text in full.
    for c in (0..cols.len()).filter(|&c| shown[c]) {
        if cols[c].fit == Fit::Id {
            give(c, wants[c], &mut w, &mut spare);
        }
    }
    let whole: Vec<usize> = (0..cols.len())
        .filter(|&c| shown[c] && cols[c].fit == Fit::Whole)
        .collect();
    let mut text: Vec<usize> = (0..cols.len())
        .filter(|&c| shown[c] && matches!(cols[c].fit, Fit::Text { .. }))
        .collect();
    text.sort_by_key(|&c| match cols[c].fit {
        Fit::Text { grow, .. } => std::cmp::Reverse(grow),
        _ => std::cmp::Reverse(0),
    });
    for &c in &whole {
        give(
            c,
            wants[c].min(least[c].max(SHORT_TITLE)),
            &mut w,
            &mut spare,
        );
    }
    for &c in &text {
        give(c, naturals[c].min(COMFORTABLE), &mut w, &mut spare);
    }
    for &c in &whole {
        give(c, wants[c], &mut w, &mut spare);
    }
    for &c in &text {
        give(c, naturals[c].max(least[c]), &mut w, &mut spare);
    }
    for &c in &text {
        give(c, wants[c], &mut w, &mut spare);
    }
    // What is left goes to the text that wants room most, so the table
    // spans its block.
    if let Some(&c) = text.first() {
        w[c] += spare.min(u16::MAX as u32) as u16;
    }
    (0..cols.len()).map(|c| shown[c].then_some(w[c])).collect()
}

/// `text` made to fit `w` columns as a column of kind `fit` shows it; in a
/// narrowed id column (`strip`) every id leaves out the shared prefix, so
/// they read alike.
fn shape(text: &str, fit_kind: Fit, w: u16, prefix: usize, strip: bool) -> String {
    if fit_kind == Fit::Id && strip && prefix > 0 && prefix < text.len() {
        let rest = format!("…{}", &text[prefix..]);
        return fit(&rest, w as usize).trim_end().to_string();
    }
    if width(text) <= w {
        return text.to_string();
    }
    match fit_kind {
        // Only when even the row's own column is narrower than the number
        // (the table is wider than the terminal); the too-small check keeps
        // that from happening at the sizes the dashboard draws.
        Fit::Whole => text.to_string(),
        Fit::Id if prefix > 0 && prefix <= text.len() => {
            let rest = format!("…{}", &text[prefix..]);
            fit(&rest, w as usize).trim_end().to_string()
        }
        _ => fit(text, w as usize).trim_end().to_string(),
    }
}

/// Rows of fitted cells for drawing: each cell already fits its column.
fn fitted(
    cols: &[Col],
    widths: &[Option<u16>],
    row: &[Item],
    prefix: &[usize],
    strip: &[bool],
) -> Vec<Cell<'static>> {
    cols.iter()
        .enumerate()
        .filter_map(|(c, col)| {
            let w = widths[c]?;
            let item = row.get(c).cloned().unwrap_or_default();
            let text = shape(&item.text, col.fit, w, prefix[c], strip[c]);
            let line = Line::styled(text, item.style);
            Some(Cell::from(if col.right {
                line.right_aligned()
            } else {
                line
            }))
        })
        .collect()
}

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
mod tests {
    use super::*;

    fn items(rows: &[&[&str]]) -> Vec<Vec<Item>> {
        rows.iter()
            .map(|r| r.iter().map(|s| Item::new(*s, Style::new())).collect())
            .collect()
    }

    fn cols() -> Vec<Col> {
        vec![
            Col::text("Pillar", 6, 1, 2),
            Col::id("ID", 0),
            Col::text("Indicator", 8, 2, 0),
            Col::num("Score", 0),
            Col::num("Gain", 1),
        ]
    }

    #[test]
    fn numbers_keep_their_width_and_text_gives_way() {
        let rows = items(&[
            &[
                "Capacity Development",
                "ITU_GCI_CDS_SCORE",
                "Capacity Development Score",
                "14.97/20",
                "+5.03",
            ],
            &[
                "Technical",
                "ITU_GCI_TECH_SCORE",
                "Technical Score",
                "17.62/20",
                "+2.38",
            ],
        ]);
        let w = widths(&cols(), &rows, 80);
        // Everything fits at 80: ids and numbers whole.
        assert_eq!(w[1], Some(18));
        assert_eq!(w[3], Some(8));
        assert_eq!(w.iter().flatten().sum::<u16>() + 4, 80);
        // At 50 the ids stay whole and the indicator name shrinks, but it
        // keeps more room than the pillar, which is at its minimum.
        let w = widths(&cols(), &rows, 50);
        assert_eq!((w[1], w[3], w[4]), (Some(18), Some(8), Some(5)));
        assert_eq!((w[0], w[2]), (Some(6), Some(9)));
        // At 42 the ids lose their shared prefix: "…TECH_SCORE".
        let w = widths(&cols(), &rows, 42);
        assert_eq!(w, vec![Some(6), Some(11), Some(8), Some(8), Some(5)]);
        assert_eq!(
            shape("ITU_GCI_TECH_SCORE", Fit::Id, 11, "ITU_GCI_".len(), true),
            "…TECH_SCORE"
        );
        // Narrower, whole columns go, lowest `keep` first: the gain, then
        // the pillar; the score never.
        let w = widths(&cols(), &rows, 41);
        assert_eq!((w[0], w[3], w[4]), (Some(6), Some(8), None));
        let w = widths(&cols(), &rows, 30);
        assert_eq!((w[0], w[2], w[3], w[4]), (None, Some(8), Some(8), None));
        assert!(w.iter().flatten().sum::<u16>() + 2 <= 30);
        // Too narrow even for the columns that should stay: text goes
        // whole, then the rightmost; no cell is ever wider than its column.
        let w = widths(&cols(), &rows, 20);
        assert_eq!(w, vec![None, Some(11), None, Some(8), None]);
        let w = widths(&cols(), &rows, 5);
        assert!(w.iter().all(Option::is_none), "{w:?}");
    }

    #[test]
    fn a_name_of_megabytes_makes_a_cell_of_a_row_at_most() {
        let huge = "N".repeat(20 << 20);
        let item = Item::data(&huge, Style::new());
        assert!(item.text.len() <= 4 * 1024, "{} bytes", item.text.len());
        assert!(item.text.ends_with('…'));
        let ids = [format!("ID_{huge}A"), format!("ID_{huge}B")];
        assert!(shared_prefix(ids.iter().map(String::as_str)).len() <= 4 * 1024);
        // Widths come from the cells, so they too are bounded.
        let rows = vec![vec![item.clone(), Item::new("1/2", Style::new())]];
        let w = widths(
            &[Col::text("Name", 8, 1, 0), Col::num("Score", 0)],
            &rows,
            80,
        );
        assert_eq!(w, vec![Some(74), Some(5)]);
    }

    #[test]
    fn the_shared_prefix_stops_at_a_separator_and_a_char_boundary() {
        let prefix = |ids: &[&str]| common_prefix(ids.iter().copied());
        assert_eq!(prefix(&["éa", "éb"]), "é".len());
        assert_eq!(prefix(&["aé", "aè"]), 1);
        // Back to the separator: "…CDS_SCORE" and "…COOP_SCORE", not
        // "…DS_SCORE" and "…OOP_SCORE".
        assert_eq!(
            prefix(&["ITU_GCI_CDS_SCORE", "ITU_GCI_COOP_SCORE"]),
            "ITU_GCI_".len()
        );
        // Never the whole of an id.
        assert_eq!(prefix(&["LEG", "LEG-01"]), 2);
        assert_eq!(prefix(&["same", "same"]), 3);
        assert_eq!(prefix(&[]), 0);
        assert_eq!(prefix(&["ITU_GCI_CDS_SCORE"]), 0);
    }
}
