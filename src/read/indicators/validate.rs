//! A row's cells checked against the rules of the indicator schema
//! (README "Data format"): required cells present, numbers that are
//! numbers, scores within 0..=max_score, a plausible year. Every problem is
//! recorded, located, and a row with any is not stored.

use super::builder::Builder;
use super::schema::Column;
use crate::read::cells::{parse_number, parse_year};
use crate::read::encoding::NOT_UTF8;
use crate::read::records::Record;
use crate::sanitize::{number, quote};

/// Cells of one row after validation.
pub(super) struct Row<'a> {
    pub(super) country: &'a [u8],
    pub(super) year: i32,
    pub(super) pillar: &'a [u8],
    pub(super) indicator_id: &'a [u8],
    pub(super) score: Option<f64>,
    pub(super) max_score: f64,
    pub(super) weight: f64,
    pub(super) target: f64,
}

/// A number cell as read: `Ok(None)` when empty, `Err` when it is not a
/// number (already recorded).
type Number = Result<Option<f64>, ()>;

impl Builder {
    /// The row's cells, if they keep every rule; otherwise `None`, each
    /// problem recorded. Cells are checked in the order of their columns in
    /// the schema, then the rules between them, so that one line's problems
    /// are always listed in the same order.
    pub(super) fn validate<'r>(&mut self, line: u64, record: &Record<'r>) -> Option<Row<'r>> {
        let country = if self.header.get(Column::Country).is_some() {
            self.required(line, record, Column::Country)
        } else {
            Some(&b""[..])
        };
        let year = self.year(line, record);
        let pillar = self.required(line, record, Column::Pillar);
        let indicator_id = self.required(line, record, Column::IndicatorId);
        let score = self.number(line, record, Column::Score);
        let max_score = self.number(line, record, Column::MaxScore);
        let weight = self.number(line, record, Column::Weight);
        let target = self.number(line, record, Column::Target);

        let max_score = self.max_score_rule(line, max_score);
        let score = self.score_rule(line, score, max_score);
        let weight = self.weight_rule(line, weight);
        let target = self.target_rule(line, target, max_score);
        Some(Row {
            country: country?,
            year: year?,
            pillar: pillar?,
            indicator_id: indicator_id?,
            score: score.ok()?,
            max_score: max_score?,
            weight: weight?,
            target: target?,
        })
    }

    /// Every indicator needs a maximum, and it is above 0.
    fn max_score_rule(&mut self, line: u64, max_score: Number) -> Option<f64> {
        match max_score {
            Ok(Some(m)) if m > 0.0 => Some(m),
            Ok(Some(m)) => {
                self.push_err(
                    line,
                    Column::MaxScore,
                    format!("must be greater than 0, found {}", number(m)),
                );
                None
            }
            Ok(None) => {
                self.push_err(
                    line,
                    Column::MaxScore,
                    "is empty; every indicator needs a maximum",
                );
                None
            }
            Err(()) => None,
        }
    }

    /// A score is within 0..=max_score; empty is "not assessed".
    fn score_rule(&mut self, line: u64, score: Number, max_score: Option<f64>) -> Number {
        match (score, max_score) {
            (Ok(Some(s)), _) if s < 0.0 => {
                self.push_err(
                    line,
                    Column::Score,
                    format!("must not be negative, found {}", number(s)),
                );
                Err(())
            }
            (Ok(Some(s)), Some(m)) if s > m => {
                self.push_err(
                    line,
                    Column::Score,
                    format!("{} is above max_score {}", number(s), number(m)),
                );
                Err(())
            }
            (other, _) => other,
        }
    }

    /// A weight is not negative; empty is 1.
    fn weight_rule(&mut self, line: u64, weight: Number) -> Option<f64> {
        match weight {
            Ok(Some(w)) if w < 0.0 => {
                self.push_err(
                    line,
                    Column::Weight,
                    format!("must not be negative, found {}", number(w)),
                );
                None
            }
            Ok(w) => Some(w.unwrap_or(1.0)),
            Err(()) => None,
        }
    }

    /// A target is within 0..=max_score; empty is the maximum.
    fn target_rule(&mut self, line: u64, target: Number, max_score: Option<f64>) -> Option<f64> {
        match (target, max_score) {
            (Ok(Some(t)), Some(m)) if !(0.0..=m).contains(&t) => {
                self.push_err(
                    line,
                    Column::Target,
                    format!(
                        "{} is outside 0..={} (0 to max_score)",
                        number(t),
                        number(m)
                    ),
                );
                None
            }
            (Ok(t), Some(m)) => Some(t.unwrap_or(m)),
            _ => None,
        }
    }

    /// The year cell: digits, within 1900..=2200.
    fn year(&mut self, line: u64, record: &Record<'_>) -> Option<i32> {
        let raw = self.required(line, record, Column::Year)?;
        match parse_year(raw) {
            Some(y) if (1900..=2200).contains(&y) => Some(y),
            Some(y) => {
                self.push_err(line, Column::Year, format!("{y} is not a plausible year"));
                None
            }
            None => {
                let text = String::from_utf8_lossy(raw);
                self.push_err(
                    line,
                    Column::Year,
                    format!("{} is not a year like 2024", quote(&text)),
                );
                None
            }
        }
    }

    /// A text cell, checked to be UTF-8.
    pub(super) fn text<'r>(
        &mut self,
        line: u64,
        record: &Record<'r>,
        col: Column,
    ) -> Option<&'r str> {
        let bytes = self.cell(record, col)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(_) => {
                let name = self.col_name(col);
                self.errors.push(line, Some(name), NOT_UTF8);
                None
            }
        }
    }

    /// A cell that must not be empty. Its UTF-8 is checked when it is first
    /// interned, not on every row.
    fn required<'r>(&mut self, line: u64, record: &Record<'r>, col: Column) -> Option<&'r [u8]> {
        let bytes = self.cell(record, col)?;
        if bytes.is_empty() {
            let name = self.col_name(col);
            self.errors.push(line, Some(name), "is empty");
            return None;
        }
        Some(bytes)
    }

    /// Checks that a new name is UTF-8 before it is kept.
    pub(super) fn new_name<'r>(
        &mut self,
        line: u64,
        col: Column,
        bytes: &'r [u8],
    ) -> Option<&'r str> {
        match std::str::from_utf8(bytes) {
            Ok(s) => Some(s),
            Err(_) => {
                self.push_err(line, col, NOT_UTF8);
                None
            }
        }
    }

    /// Parses a number cell; `None` for an empty cell.
    fn number(&mut self, line: u64, record: &Record<'_>, col: Column) -> Number {
        let Some(bytes) = self.cell(record, col) else {
            return Ok(None);
        };
        if bytes.is_empty() {
            return Ok(None);
        }
        match parse_number(bytes, self.decimal_comma) {
            Ok(v) => Ok(Some(v)),
            Err(msg) => {
                let name = self.col_name(col);
                self.errors.push(line, Some(name), msg);
                Err(())
            }
        }
    }
}
