//! The row builder: rows of an indicator file, taken one at a time into
//! columns. What is done with a row is split by concern: its cells checked
//! (`validate.rs`), its names made ids and its values stored (`store.rs`),
//! the rows sorted and checked as a whole (`finish.rs`), and the rows of a
//! second half of the file taken in (`absorb.rs`).

use rustc_hash::FxHashMap;
use std::sync::Arc;

use super::interner::Interner;
use super::schema::{Column, HeaderMap};
use crate::model::dataset::{Country, Indicator, Observations};
use crate::read::error::{Errors, LoadError};
use crate::read::progress::Progress;
use crate::read::records::{ReadError, Record};
use crate::read::table::{reading_error, usable_record};

/// Rows between updates of [`Progress`].
const PROGRESS_EVERY: u64 = 4096;

/// Accumulates validated rows into columns.
pub(crate) struct Builder {
    pub(super) header: HeaderMap,
    /// How each column is named in messages: its header in the user's file.
    pub(super) column_names: [&'static str; Column::COUNT],
    pub(super) decimal_comma: bool,
    pub(super) errors: Errors,
    pub(super) countries: Vec<Country>,
    pub(super) country_ix: Interner,
    pub(super) pillars: Vec<String>,
    pub(super) pillar_ix: Interner,
    pub(super) indicators: Vec<Indicator>,
    /// Line where each indicator was first seen, for conflict messages.
    pub(super) indicator_line: Vec<u32>,
    pub(super) indicator_ix: Interner,
    /// (max, weight, target) bits to their index in `obs.specs`.
    pub(super) spec_ix: FxHashMap<[u64; 3], u32>,
    /// Each indicator's last (max, weight, target) and its spec id.
    pub(super) spec_of_indicator: Vec<Option<([u64; 3], u32)>>,
    /// Each indicator's display name has been found (not just its id).
    pub(super) named: Vec<bool>,
    pub(super) progress: Option<Arc<Progress>>,
    pub(super) rows_seen: u64,
    /// Years in order of first appearance; `obs.year` indexes this until
    /// `finish` remaps it to sorted order.
    pub(super) seen_years: Vec<i32>,
    /// Distinct `source` cells in order of first appearance. The interner
    /// compares a row's cell with the previous row's before hashing, and
    /// files repeat one source on every row, so this costs one comparison
    /// a row.
    pub(super) sources: Vec<String>,
    pub(super) source_ix: Interner,
    pub(super) rows_without_source: usize,
    pub(super) obs: Observations,
    pub(super) text: String,
}

impl Builder {
    pub(crate) fn new(header: HeaderMap, decimal_comma: bool) -> Builder {
        Builder {
            header,
            column_names: Column::ALL.map(Column::name),
            decimal_comma,
            errors: Errors::default(),
            countries: Vec::new(),
            country_ix: Interner::default(),
            pillars: Vec::new(),
            pillar_ix: Interner::default(),
            indicators: Vec::new(),
            indicator_line: Vec::new(),
            indicator_ix: Interner::default(),
            spec_ix: FxHashMap::default(),
            spec_of_indicator: Vec::new(),
            named: Vec::new(),
            progress: None,
            rows_seen: 0,
            seen_years: Vec::new(),
            sources: Vec::new(),
            source_ix: Interner::default(),
            rows_without_source: 0,
            obs: Observations::default(),
            text: String::new(),
        }
    }

    /// Reports rows read to `progress`, announcing about how many to expect.
    pub(crate) fn report_to(&mut self, progress: Option<Arc<Progress>>) {
        if let Some(p) = &progress {
            p.expected
                .store(self.capacity() as u64, std::sync::atomic::Ordering::Relaxed);
        }
        self.progress = progress;
    }

    /// Names columns in messages as another file format calls them.
    pub(crate) fn rename_columns(&mut self, names: &[(Column, &'static str)]) {
        for &(col, name) in names {
            self.column_names[col as usize] = name;
        }
    }

    /// Diagnostics from now on name `file`.
    pub(crate) fn set_file(&mut self, file: &str) {
        self.errors.file = Some(file.to_string());
    }

    pub(crate) fn errors_mut(&mut self) -> &mut Errors {
        &mut self.errors
    }

    /// The located error for what the reader refused in this builder's
    /// rows, naming the column as the file does.
    pub(crate) fn read_failure(&self, name: &str, e: ReadError) -> LoadError {
        reading_error(name, e, |i| {
            self.header
                .column_at(i)
                .map(|col| self.col_name(col).to_string())
        })
    }

    /// How the file names `col`.
    pub(super) fn col_name(&self, col: Column) -> &'static str {
        self.column_names[col as usize]
    }

    /// Records a problem with the cell of `col` on `line`.
    pub(super) fn push_err(&mut self, line: u64, col: Column, msg: impl Into<String>) {
        let name = self.col_name(col);
        self.errors.push(line, Some(name), msg);
    }

    /// Takes one data row: checked, and stored if it breaks no rule.
    pub(crate) fn row(&mut self, record: &Record<'_>) {
        self.rows_seen += 1;
        if self.rows_seen.is_multiple_of(PROGRESS_EVERY)
            && let Some(p) = &self.progress
        {
            p.rows
                .fetch_add(PROGRESS_EVERY, std::sync::atomic::Ordering::Relaxed);
        }
        let line = record.line;
        if !usable_record(record, self.header.field_count, &mut self.errors) {
            return;
        }
        // validate() yields None whenever it recorded a problem.
        if let Some(row) = self.validate(line, record) {
            self.push(line, record, row);
        }
    }

    /// The row's cell of `col`; `None` when the file has no such column.
    pub(super) fn cell<'r>(&self, record: &Record<'r>, col: Column) -> Option<&'r [u8]> {
        self.header.get(col).and_then(|i| record.get(i))
    }

    /// Makes room for about `rows` more rows, so the columns never move while
    /// growing; room that is never written costs no memory.
    /// If the room cannot be had, the columns simply grow as they go.
    pub(crate) fn reserve(&mut self, rows: usize) {
        let obs = &mut self.obs;
        let _ = obs.country.try_reserve(rows);
        let _ = obs.year.try_reserve(rows);
        let _ = obs.indicator.try_reserve(rows);
        let _ = obs.score.try_reserve(rows);
        let _ = obs.spec.try_reserve(rows);
        let _ = obs.evidence.try_reserve(rows);
        let _ = obs.line.try_reserve(rows);
    }

    pub(crate) fn capacity(&self) -> usize {
        self.obs.country.capacity()
    }

    /// A builder for rows later in the same file: same columns, no rows.
    pub(crate) fn sibling(&self) -> Builder {
        let mut b = Builder::new(self.header.clone(), self.decimal_comma);
        b.column_names = self.column_names;
        b.progress = self.progress.clone();
        b
    }
}
