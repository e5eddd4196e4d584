//! Export and copy: each pane's table as a [`Sheet`] of typed cells,
//! exactly as the pane lists it (filtered, sorted, with the same figures),
//! written to a new file (`x`, `X`) or copied to the clipboard (`y`, `Y`).
//! The app only builds the table; writing the file and handing the text to
//! the terminal are [`Effect`]s the event loop carries out.
//!
//! One file per pane builds its rows (`indicators.rs`, `compare.rs`,
//! `gaps.rs`, `trends.rs`, `peers.rs`, `overview.rs`), each from the same
//! view and accessors its renderer reads.

mod compare;
mod gaps;
mod indicators;
mod overview;
mod peers;
mod trends;

use super::action::{Effect, ExportFormat, Written};
use super::{Action, App, Pane};
use crate::write::sheet::{Cell, Sheet};

/// The most text a copy sends: its base64 form, which is what the terminal
/// receives, stays under 100 kB, past which many terminals drop an OSC 52
/// sequence without a word.
pub const COPY_LIMIT: usize = 74_000;

/// Why there is no table to export or copy here.
type Why = String;

impl App {
    pub(super) fn export_update(&mut self, action: Action) {
        match action {
            Action::Export(format) => self.export(format),
            Action::CopyRow => self.copy(selected(self)),
            Action::CopyTable => self.copy(table(self)),
            Action::Exported(Ok(Written { path, rows })) => {
                self.say(format!("Exported {} to {path}", rows_word(rows)));
            }
            Action::Exported(Err(why)) => self.warn(format!("Not exported: {why}")),
            Action::CopyFailed(why) => self.warn(format!("Not copied: {why}")),
            _ => {}
        }
    }

    fn export(&mut self, format: ExportFormat) {
        let sheet = match table(self) {
            Ok(sheet) => sheet,
            Err(why) => return self.say(format!("Nothing to export: {why}")),
        };
        let name = file_name(self);
        self.say(format!(
            "Exporting {} as {}…",
            rows_word(sheet.rows.len()),
            format.extension()
        ));
        self.effects.push(Effect::Export {
            sheet,
            format,
            name,
        });
    }

    fn copy(&mut self, sheet: Result<Sheet, Why>) {
        let sheet = match sheet {
            Ok(sheet) => sheet,
            Err(why) => return self.say(format!("Nothing to copy: {why}")),
        };
        let text = sheet.to_tsv();
        if text.len() > COPY_LIMIT {
            return self.warn(format!(
                "Not copied: {} is {} kB of text, more than terminals take through OSC 52 \
                 ({} kB); {} exports it to a file",
                rows_word(sheet.rows.len()),
                text.len().div_ceil(1000),
                COPY_LIMIT / 1000,
                super::keymap::key_for(&Action::Export(ExportFormat::Csv))
            ));
        }
        self.say(format!(
            "Copied {} to the clipboard (tab-separated, with the header)",
            rows_word(sheet.rows.len())
        ));
        self.effects.push(Effect::Copy { text });
    }
}

fn rows_word(n: usize) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

/// The current pane's whole table, as filtered and sorted on screen.
pub fn table(app: &App) -> Result<Sheet, Why> {
    let (header, rows) = match app.pane() {
        Pane::Overview => overview::table(app),
        Pane::Trends => trends::table(app),
        pane => {
            let header = list_header(app, pane)?;
            let rows = (0..list_len(app, pane))
                .filter_map(|k| list_row(app, pane, k))
                .collect();
            (header, rows)
        }
    };
    if rows.is_empty() {
        return Err(format!("the {} table has no rows", app.pane().title()));
    }
    Ok(Sheet {
        name: sheet_name(app),
        header,
        rows,
    })
}

/// The selected row of the current pane's list with its table's header;
/// on Trends, the selected indicator's history.
pub fn selected(app: &App) -> Result<Sheet, Why> {
    let pane = app.pane();
    let (header, row) = match pane {
        Pane::Overview => return Err("the Overview has no selected row".to_string()),
        Pane::Trends => trends::history(app).ok_or("no indicator is selected")?,
        _ => {
            let header = list_header(app, pane)?;
            let row = list_row(app, pane, app.cursor(pane).selected).ok_or("no row is selected")?;
            (header, row)
        }
    };
    Ok(Sheet {
        name: sheet_name(app),
        header,
        rows: vec![row],
    })
}

fn list_header(app: &App, pane: Pane) -> Result<Vec<String>, Why> {
    match pane {
        Pane::Indicators => Ok(indicators::header(app)),
        Pane::Compare => compare::header(app),
        Pane::Gaps => Ok(gaps::header(app)),
        Pane::Peers => Ok(peers::header(app)),
        Pane::Overview | Pane::Trends => Err("no list here".to_string()),
    }
}

fn list_len(app: &App, pane: Pane) -> usize {
    let view = app.view();
    match pane {
        Pane::Indicators => view.rows.len(),
        Pane::Compare => view.comparison.as_ref().map_or(0, |c| c.indicators.len()),
        Pane::Gaps => view.fix_first.len(),
        Pane::Peers => view.peers.len(),
        Pane::Overview | Pane::Trends => 0,
    }
}

/// Row `k` of `pane`'s list, as the pane shows it.
fn list_row(app: &App, pane: Pane, k: usize) -> Option<Vec<Cell>> {
    match pane {
        Pane::Indicators => indicators::row(app, k),
        Pane::Compare => compare::row(app, k),
        Pane::Gaps => gaps::row(app, k),
        Pane::Peers => peers::row(app, k),
        Pane::Overview | Pane::Trends => None,
    }
}

/// "Gaps ZMB 2024": the pane, the country and the year.
fn sheet_name(app: &App) -> String {
    let ds = app.data();
    format!(
        "{} {} {}",
        app.pane().title(),
        ds.countries[app.country() as usize].code,
        ds.years[app.year() as usize]
    )
}

/// What an export's file is named after the input's: "ZMB-2024-gaps".
/// The writer makes the country code safe for a file name.
fn file_name(app: &App) -> String {
    let ds = app.data();
    format!(
        "{}-{}-{}",
        ds.countries[app.country() as usize].code,
        ds.years[app.year() as usize],
        app.pane().title().to_lowercase()
    )
}

/// A count or a rank, shown whole.
fn whole(n: usize) -> Cell {
    Cell::Number {
        value: n as f64,
        decimals: 0,
    }
}

/// A figure that may not exist: empty where the pane shows "—" or "n/a".
fn figure(v: Option<f64>) -> Cell {
    v.map_or(Cell::Empty, Cell::score)
}

/// The column that marks a score the scenario changed, while one is laid
/// over the data (the pane's ✎).
const CHANGED: &str = "What-if";

fn changed(app: &App, i: usize) -> Cell {
    if app.is_changed(i) {
        Cell::text("changed")
    } else {
        Cell::Empty
    }
}

#[cfg(test)]
mod tests;
