//! Located load errors: every problem names the file, the line and the
//! column, and a bad file reports all of its problems (up to a cap) at once.

use std::fmt;

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::sanitize::visible;

/// Diagnostics kept in memory by default; beyond this only the count grows.
pub const KEPT_ERRORS: usize = 1000;
/// Diagnostics printed by default before "… and N more".
pub const SHOWN_ERRORS: usize = 50;
/// The most diagnostics kept however many are asked for: each costs about
/// 300 bytes, so this is about 30 MB, where a hostile file could otherwise
/// make gigabytes of them. Past it, the output says where it stopped.
pub const MAX_KEPT_ERRORS: usize = 100_000;

/// Diagnostics kept from now on. A process-wide setting, so that every
/// reader honours `check --max-errors` without each load being told.
static KEEP: AtomicUsize = AtomicUsize::new(KEPT_ERRORS);

/// How many diagnostics a load keeps to show `n`.
fn keep_for(n: usize) -> usize {
    n.clamp(KEPT_ERRORS, MAX_KEPT_ERRORS)
}

/// Keeps enough diagnostics to show `n` of them, within [`MAX_KEPT_ERRORS`].
pub fn keep_at_least(n: usize) {
    KEEP.fetch_max(keep_for(n), Ordering::Relaxed);
}

fn kept_cap() -> usize {
    KEEP.load(Ordering::Relaxed)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    /// Set when a load reads several files and this one is not `LoadError::file`.
    pub file: Option<String>,
    /// In a workbook, the line is a sheet's row, and this is where the
    /// problem is as Excel names it (`Indicators!D7`, `Indicators row 7`).
    pub place: Option<String>,
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub file: String,
    /// Sorted by line; at most [`KEPT_ERRORS`], or what [`keep_at_least`] set.
    pub diagnostics: Vec<Diagnostic>,
    /// All problems found, including those not kept.
    pub total: usize,
}

impl LoadError {
    /// A problem with the file as a whole (cannot open it, not text, …).
    pub fn file_level(file: &str, message: impl Into<String>) -> LoadError {
        LoadError {
            file: file.to_string(),
            diagnostics: vec![Diagnostic {
                file: None,
                place: None,
                line: None,
                column: None,
                message: message.into(),
            }],
            total: 1,
        }
    }

    pub fn at(
        file: &str,
        line: u64,
        column: Option<&str>,
        message: impl Into<String>,
    ) -> LoadError {
        let mut errors = Errors::default();
        errors.push(line, column, message);
        errors.into_error(file)
    }

    /// `FILE:LINE: column: message`, one string per diagnostic.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.diagnostics.iter().map(|d| {
            let mut s = visible(d.file.as_deref().unwrap_or(&self.file)).into_owned();
            if let Some(place) = &d.place {
                s.push_str(": ");
                s.push_str(&visible(place));
            } else if let Some(line) = d.line {
                s.push_str(&format!(":{line}"));
            }
            s.push_str(": ");
            if let Some(col) = &d.column {
                s.push_str(&visible(col));
                s.push_str(": ");
            }
            s.push_str(&visible(&d.message));
            s
        })
    }

    /// The first `cap` lines, then a count of the rest, saying so when
    /// fewer than `cap` were kept to be shown.
    pub fn render(&self, cap: usize) -> String {
        let mut out: Vec<String> = self.lines().take(cap).collect();
        let shown = out.len();
        if self.total > shown {
            let kept = if shown < cap {
                format!("; only the first {shown} were kept")
            } else {
                String::new()
            };
            out.push(format!(
                "… and {} more error{} ({} in total{kept})",
                self.total - shown,
                if self.total - shown == 1 { "" } else { "s" },
                self.total
            ));
        }
        out.join("\n")
    }

    /// The first problem alone, for a one-line banner.
    pub fn first(&self) -> String {
        self.lines().next().unwrap_or_default()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(SHOWN_ERRORS))
    }
}

impl std::error::Error for LoadError {}

/// Collects diagnostics up to the cap while counting all of them.
#[derive(Debug, Default)]
pub struct Errors {
    kept: Vec<Diagnostic>,
    total: usize,
    /// File named by the diagnostics pushed from now on, when a load reads
    /// several files.
    pub file: Option<String>,
    /// Set when the rows are a workbook sheet's: lines are its rows, and
    /// each diagnostic names its cell.
    pub sheet: Option<std::sync::Arc<SheetPlace>>,
}

/// Where a workbook's table is, to name cells in messages.
#[derive(Debug, Default)]
pub struct SheetPlace {
    pub sheet: String,
    /// Column names as messages give them (normalised, "max_score") and
    /// their letters ("D").
    pub letters: Vec<(String, String)>,
}

impl SheetPlace {
    /// `Indicators!D7` for a named column, `Indicators row 7` otherwise; a
    /// sheet name Excel would quote is quoted as Excel does
    /// (`'GCI 2024'!D7`), so the cell can be pasted into its Name Box.
    pub fn name(&self, row: u64, column: Option<&str>) -> String {
        let letter = column.and_then(|c| self.letters.iter().find(|(n, _)| n == c));
        let plain = self
            .sheet
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
            && !self.sheet.starts_with(|c: char| c.is_ascii_digit());
        let sheet = if plain {
            self.sheet.clone()
        } else {
            format!("'{}'", self.sheet.replace('\'', "''"))
        };
        match letter {
            Some((_, l)) => format!("{sheet}!{l}{row}"),
            None => format!("{sheet} row {row}"),
        }
    }
}

impl Errors {
    /// Diagnostics for the rows of a workbook sheet, naming their cells.
    pub fn in_sheet(sheet: Option<std::sync::Arc<SheetPlace>>) -> Errors {
        Errors {
            sheet,
            ..Errors::default()
        }
    }

    pub fn push(&mut self, line: u64, column: Option<&str>, message: impl Into<String>) {
        self.total += 1;
        if self.kept.len() < kept_cap() {
            self.kept.push(Diagnostic {
                file: self.file.clone(),
                place: self.sheet.as_ref().map(|s| s.name(line, column)),
                line: Some(line),
                column: column.map(str::to_string),
                message: message.into(),
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Adds what another reader of a later part of the file found; its lines
    /// count from `line_offset + 1`.
    pub fn absorb(&mut self, other: Errors, line_offset: u64) {
        for mut d in other.kept {
            if self.kept.len() >= kept_cap() {
                break;
            }
            d.line = d.line.map(|l| l + line_offset);
            self.kept.push(d);
        }
        self.total += other.total;
    }

    pub fn total(&self) -> usize {
        self.total
    }

    pub fn into_error(mut self, file: &str) -> LoadError {
        self.kept
            .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        LoadError {
            file: file.to_string(),
            diagnostics: self.kept,
            total: self.total,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_name_file_line_and_column() {
        let e = LoadError::at("a.csv", 7, Some("score"), "\"x\" is not a number");
        assert_eq!(e.first(), "a.csv:7: score: \"x\" is not a number");
    }

    #[test]
    fn render_caps_and_counts_the_rest() {
        let mut errors = Errors::default();
        for line in (2..=6).rev() {
            errors.push(line, Some("year"), "bad");
        }
        let e = errors.into_error("f.csv");
        let text = e.render(2);
        assert_eq!(
            text,
            "f.csv:2: year: bad\nf.csv:3: year: bad\n… and 3 more errors (5 in total)"
        );
    }

    #[test]
    fn as_many_are_kept_as_asked_for_within_the_bounds() {
        assert_eq!(keep_for(0), KEPT_ERRORS);
        assert_eq!(keep_for(5000), 5000);
        assert_eq!(keep_for(usize::MAX), MAX_KEPT_ERRORS);
    }

    #[test]
    fn render_says_when_fewer_were_kept_than_asked_for() {
        let mut errors = Errors::default();
        errors.push(2, None, "bad");
        errors.total = 3;
        assert_eq!(
            errors.into_error("f.csv").render(5),
            "f.csv:2: bad\n… and 2 more errors (3 in total; only the first 1 were kept)"
        );
    }

    #[test]
    fn control_characters_in_messages_are_made_visible() {
        let e = LoadError::at("evil\x1b.csv", 2, Some("pillar"), "bad \x1b]0;x\x07");
        assert_eq!(e.first(), "evil␛.csv:2: pillar: bad ␛]0;x␇");
    }
}
