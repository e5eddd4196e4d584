//! A table of typed cells, as a view or a report hands it to a writer: the
//! dashboard's export and copy, and the workbook report's sheets. Numbers
//! stay numbers (a workbook gets the value, formatted to the decimals the
//! screen shows) and text stays text, whichever writer gets the table.

/// One cell of a [`Sheet`].
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// A number shown with `decimals` decimals; a workbook keeps `value`
    /// whole and formats it the same way.
    Number {
        value: f64,
        decimals: u8,
    },
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A figure as every pane and report writes it: two decimals.
    pub fn score(value: f64) -> Cell {
        Cell::Number { value, decimals: 2 }
    }

    /// The cell as shown, text a spreadsheet would run made inert.
    fn inert(&self) -> String {
        match self {
            Cell::Text(s) => super::csv::inert(s).into_owned(),
            other => other.shown(),
        }
    }

    /// The cell as the screen shows it; a number that is not finite (which
    /// no figure should be) is written as text rather than as a number.
    pub fn shown(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number { value, decimals } => format!("{value:.*}", usize::from(*decimals)),
            Cell::Empty => String::new(),
        }
    }
}

/// A named table: a header and rows of cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// The sheet's name in a workbook, and a hint for a file name.
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Sheet {
    /// The table as CSV, each cell as shown; text a spreadsheet would run
    /// as a formula is made inert ([`super::csv::inert`]), numbers never.
    pub fn to_csv(&self) -> String {
        let header: Vec<&str> = self.header.iter().map(String::as_str).collect();
        super::csv::table(
            &header,
            self.rows
                .iter()
                .map(|r| r.iter().map(Cell::inert).collect::<Vec<_>>()),
        )
    }

    /// The table as tab-separated text, as spreadsheets paste it: each cell
    /// as shown, with tabs and line breaks inside a cell made spaces (a
    /// paste has no quoting), each line ended by `\n`. A paste into a
    /// spreadsheet runs formulas as a CSV does, so text is made inert too.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        let line = |out: &mut String, cells: &mut dyn Iterator<Item = String>| {
            let cells: Vec<String> = cells.map(|c| c.replace(['\t', '\n', '\r'], " ")).collect();
            out.push_str(&cells.join("\t"));
            out.push('\n');
        };
        line(&mut out, &mut self.header.iter().cloned());
        for row in &self.rows {
            line(&mut out, &mut row.iter().map(Cell::inert));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Sheet {
        Sheet {
            name: "Pillars".into(),
            header: vec!["pillar".into(), "score".into()],
            rows: vec![
                vec![Cell::text("Legal, measures"), Cell::score(17.391)],
                vec![Cell::text("two\tcells\nhere"), Cell::Empty],
                vec![Cell::text("=HYPERLINK(\"x\")"), Cell::score(-3.2)],
            ],
        }
    }

    #[test]
    fn csv_writes_numbers_as_shown_and_quotes_what_needs_it() {
        assert_eq!(
            sample().to_csv(),
            "pillar,score\n\"Legal, measures\",17.39\n\"two\tcells\nhere\",\n\"'=HYPERLINK(\"\"x\"\")\",-3.20\n"
        );
    }

    #[test]
    fn tsv_has_one_line_per_row_whatever_the_cells_hold() {
        assert_eq!(
            sample().to_tsv(),
            "pillar\tscore\nLegal, measures\t17.39\ntwo cells here\t\n'=HYPERLINK(\"x\")\t-3.20\n"
        );
    }
}
