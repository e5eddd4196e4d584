//! A table's columns and cells: how each column gives way when the table
//! is too narrow ([`Fit`], [`Col`]), the cells ([`Item`]), and each cell's
//! text shaped to the width its column gets.

use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Cell;

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

/// Measured character by character, as cells are drawn (see
/// [`crate::sanitize::width`]).
pub(super) fn width(s: &str) -> u16 {
    crate::sanitize::width(s).min(u16::MAX as usize) as u16
}

/// `text` made to fit `w` columns as a column of kind `fit` shows it; in a
/// narrowed id column (`strip`) every id leaves out the shared prefix, so
/// they read alike.
pub(super) fn shape(text: &str, fit_kind: Fit, w: u16, prefix: usize, strip: bool) -> String {
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
pub(super) fn fitted(
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
