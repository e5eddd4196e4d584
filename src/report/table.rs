//! The one table of the text and markdown reports: columns with a heading
//! and an alignment, filled row by row, laid out as aligned plain text for
//! a terminal or as a markdown pipe table.
//!
//! Cells are data text or figures as they are; the table makes them safe
//! for its layout (shown with [`visible`] in plain text, escaped with
//! [`markdown_escape`](super::markdown_escape) in markdown), so no report
//! can forget to. Headings are the program's own words and are written as
//! given: a heading that is data (a pillar name in `--all`) is escaped by
//! its caller.
//!
//! No table crate is used: comfy-table and tabled pad markdown cells to the
//! column's width and size columns to their content, where these reports
//! keep fixed plain-text widths (names cut with "…" as the dashboard cuts
//! them) and unpadded markdown cells.

use super::markdown_escape::escape_into;
use crate::sanitize::{fit, visible, width};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One column: its heading, how its cells line up, and in plain text how
/// many terminal columns it takes.
#[derive(Clone, Debug)]
pub struct Column {
    heading: String,
    align: Align,
    /// `None`: as wide as its text, for the last column of a row.
    width: Option<usize>,
}

impl Column {
    /// Names: left-aligned in `width` terminal columns, cut with "…" when
    /// longer (measured by unicode width, so CJK text lines up).
    pub fn left(heading: impl Into<String>, width: usize) -> Column {
        Column {
            heading: heading.into(),
            align: Align::Left,
            width: Some(width),
        }
    }

    /// Figures: right-aligned in `width` terminal columns, never cut (a
    /// figure cut short would be a wrong figure).
    pub fn right(heading: impl Into<String>, width: usize) -> Column {
        Column {
            heading: heading.into(),
            align: Align::Right,
            width: Some(width),
        }
    }

    /// The last column of a row, left-aligned and as long as its text:
    /// padding it would only leave trailing spaces.
    pub fn last(heading: impl Into<String>) -> Column {
        Column {
            heading: heading.into(),
            align: Align::Left,
            width: None,
        }
    }
}

/// How a table is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Aligned plain text: every line starts with `indent`, and `gap`
    /// separates the columns.
    Plain {
        indent: &'static str,
        gap: &'static str,
    },
    /// A GitHub-flavoured markdown pipe table: `---` left, `---:` right.
    Markdown,
}

impl Layout {
    /// `plain` in a terminal, `markdown` in a brief: a terminal has room
    /// for "Δ", a brief spells out "Change".
    pub fn pick<'a>(self, plain: &'a str, markdown: &'a str) -> &'a str {
        match self {
            Layout::Plain { .. } => plain,
            Layout::Markdown => markdown,
        }
    }

    /// An indicator as a table names it: "LEG-01 Cybercrime law" in a
    /// terminal, id first as the dashboard lists them (and still there when
    /// the name is cut), "Cybercrime law (LEG-01)" in a brief.
    pub fn indicator(self, id: &str, name: &str) -> String {
        match self {
            Layout::Plain { .. } => format!("{id} {name}"),
            Layout::Markdown => format!("{name} ({id})"),
        }
    }
}

/// Plain text from the left margin, two spaces between columns.
pub const PLAIN: Layout = Layout::Plain {
    indent: "",
    gap: "  ",
};

/// Plain text under a heading line: indented by two spaces.
pub const INDENTED: Layout = Layout::Plain {
    indent: "  ",
    gap: "  ",
};

/// A table being written: the heading is written when it is made, each row
/// as it is added, so a table of tens of thousands of rows (`--all`) is
/// never held twice.
pub struct TextTable {
    columns: Vec<Column>,
    layout: Layout,
    out: String,
}

impl TextTable {
    pub fn new(layout: Layout, columns: Vec<Column>) -> TextTable {
        let mut table = TextTable {
            columns,
            layout,
            out: String::new(),
        };
        table.heading();
        table
    }

    fn heading(&mut self) {
        let headings: Vec<String> = self.columns.iter().map(|c| c.heading.clone()).collect();
        match self.layout {
            Layout::Plain { .. } => self.plain_row(&headings),
            Layout::Markdown => {
                self.out.push_str("| ");
                self.out.push_str(&headings.join(" | "));
                self.out.push_str(" |\n|");
                for c in &self.columns {
                    self.out.push_str(match c.align {
                        Align::Left => "---|",
                        Align::Right => "---:|",
                    });
                }
                self.out.push('\n');
            }
        }
    }

    /// Adds a row: one cell per column, in order.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) {
        debug_assert_eq!(cells.len(), self.columns.len(), "one cell per column");
        match self.layout {
            Layout::Plain { .. } => self.plain_row(cells),
            Layout::Markdown => {
                self.out.push('|');
                for cell in cells {
                    self.out.push(' ');
                    escape_into(&mut self.out, cell.as_ref());
                    self.out.push_str(" |");
                }
                self.out.push('\n');
            }
        }
    }

    fn plain_row<S: AsRef<str>>(&mut self, cells: &[S]) {
        let Layout::Plain { indent, gap } = self.layout else {
            return;
        };
        self.out.push_str(indent);
        for (i, (column, cell)) in self.columns.iter().zip(cells).enumerate() {
            if i > 0 {
                self.out.push_str(gap);
            }
            let cell = cell.as_ref();
            match (column.align, column.width) {
                (Align::Left, Some(w)) => self.out.push_str(&fit(cell, w)),
                (Align::Left, None) => self.out.push_str(&visible(cell)),
                (Align::Right, w) => {
                    let shown = visible(cell);
                    let pad = w.unwrap_or(0).saturating_sub(width(&shown));
                    self.out.extend(std::iter::repeat_n(' ', pad));
                    self.out.push_str(&shown);
                }
            }
        }
        self.out.push('\n');
    }

    /// The table, heading and rows, every line ended by a newline.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
#[path = "table_tests.rs"]
mod tests;
