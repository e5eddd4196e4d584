//! `report --format xlsx`: the workbook a regulator hands on. One sheet per
//! part of the report, each built from the view the other formats render
//! (the [`Summary`], the [`PlanReport`], the scenario's view), so every
//! figure is the one the text and JSON reports give: numbers stored as
//! numbers, shown with the decimals the screen shows.

mod bulk;
mod fix_first;
mod indicators;
mod pillars;
mod plan;
mod scenario;
mod summary;
pub mod trends;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, XlsxError};

use super::plan::PlanReport;
use super::summary::Summary;
use crate::write::sheet::Cell;
use crate::write::xlsx::{add_sheet, add_table_sheet};
pub use trends::Trends;

/// Everything a single-country workbook is made from.
pub struct Contents<'a> {
    pub summary: &'a Summary,
    /// With `--plan`.
    pub plan: Option<&'a PlanReport>,
    pub trends: &'a Trends,
}

impl Contents<'_> {
    /// The sheets, in order, as the workbook names them.
    pub fn sheet_names(&self) -> Vec<&'static str> {
        let mut names = vec![
            summary::NAME,
            pillars::NAME,
            indicators::NAME,
            fix_first::NAME,
        ];
        if self.plan.is_some() {
            names.push(plan::NAME);
        }
        if self.summary.scenario.is_some() {
            names.extend([scenario::NAME, scenario::CHANGES]);
        }
        names.push(trends::NAME);
        names
    }
}

/// The workbook of one country-year, as bytes for the atomic writer.
pub fn workbook(c: &Contents) -> Result<Vec<u8>, XlsxError> {
    let s = c.summary;
    let mut book = Workbook::new();
    let generated = s.provenance.as_ref().map(|p| p.generated.as_str());
    book.set_properties(&properties(
        &format!("{}: cybersecurity index {}", s.country_label(), s.year),
        generated,
    )?);
    add_sheet(book.add_worksheet(), &summary::sheet(c))?;
    pillars::add(book.add_worksheet(), s)?;
    add_table_sheet(
        book.add_worksheet(),
        &indicators::sheet(s),
        indicators::TABLE,
    )?;
    add_sheet(book.add_worksheet(), &fix_first::sheet(s))?;
    if let Some(p) = c.plan {
        add_sheet(book.add_worksheet(), &plan::sheet(p))?;
    }
    if let Some(sc) = &s.scenario {
        add_sheet(book.add_worksheet(), &scenario::sheet(&sc.view))?;
        add_sheet(book.add_worksheet(), &scenario::changes(&sc.view))?;
    }
    trends::add(book.add_worksheet(), c.trends)?;
    book.save_to_buffer()
}

/// `report --all --format xlsx`: the bulk table as one sheet.
pub fn bulk(ds: &crate::model::Dataset, generated: &str) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&properties(
        "Cybersecurity index: every country and year",
        Some(generated),
    )?);
    add_sheet(book.add_worksheet(), &bulk::sheet(ds))?;
    book.save_to_buffer()
}

/// The title, and the day the report was made as the workbook's creation
/// date, so that `SOURCE_DATE_EPOCH` makes the same bytes again (by
/// default the library stamps the current time).
fn properties(title: &str, generated: Option<&str>) -> Result<DocProperties, XlsxError> {
    let mut props = DocProperties::new().set_title(title);
    if let Some(day) = generated.and_then(ymd) {
        props = props.set_creation_datetime(&ExcelDateTime::from_ymd(day.0, day.1, day.2)?);
    }
    Ok(props)
}

/// "2026-11-30" as (2026, 11, 30).
fn ymd(s: &str) -> Option<(u16, u8, u8)> {
    let mut parts = s.splitn(3, '-');
    Some((
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    ))
}

/// A whole number: a year, a tier, a count.
pub fn whole(n: i64) -> Cell {
    Cell::Number {
        value: n as f64,
        decimals: 0,
    }
}

/// A score, or an empty cell where there is none (not assessed, no year).
pub fn score(v: Option<f64>) -> Cell {
    v.map_or(Cell::Empty, Cell::score)
}

/// A change between two figures: the difference of the two as shown (see
/// [`crate::format::shown_delta`]), as the text report writes it, so the
/// sheet's own columns add up to the last digit.
pub fn change(d: Option<f64>) -> Cell {
    // Rounded again: 92.58 − 68.88 is 23.700000000000003 in floating point.
    score(d.map(crate::format::shown))
}

/// An overall index: the exact value, shown with two decimals, or with as
/// many more as it takes not to round up onto a tier's threshold it does
/// not reach (94.9996 shows as 94.9996, never 95.00), as
/// [`crate::format::index`] never does either.
pub fn index_cell(v: f64) -> Cell {
    const MOST: u8 = 10;
    let crosses = |d: u8| {
        let shown: f64 = format!("{v:.*}", usize::from(d)).parse().unwrap_or(v);
        shown > v && shown.fract() == 0.0 && shown.floor() > v.floor()
    };
    match (2..=MOST).find(|&d| !crosses(d)) {
        Some(decimals) => Cell::Number { value: v, decimals },
        // Within 1e-10 of a threshold: stored cut, so even full precision
        // never reads as the threshold.
        None => Cell::Number {
            value: (v * 1e10).floor() / 1e10,
            decimals: MOST,
        },
    }
}

/// "yes" for a fact that holds, empty otherwise.
pub fn yes(b: bool) -> Cell {
    if b { Cell::text("yes") } else { Cell::Empty }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_index_never_shows_a_threshold_it_does_not_reach() {
        let shown = |c: Cell| c.shown();
        assert_eq!(shown(index_cell(92.581_627)), "92.58");
        assert_eq!(shown(index_cell(94.9996)), "94.9996");
        assert_eq!(shown(index_cell(94.999_999_6)), "94.9999996");
        assert_eq!(shown(index_cell(95.0)), "95.00");
        assert_eq!(shown(index_cell(0.0)), "0.00");
        let Cell::Number { value, .. } = index_cell(94.999_999_999_99) else {
            panic!("a number")
        };
        assert!(value < 95.0 && value > 94.999_999_999);
        assert_eq!(shown(index_cell(94.999_999_999_99)), "94.9999999999");
    }

    #[test]
    fn dates_are_read_as_written() {
        assert_eq!(ymd("2026-11-30"), Some((2026, 11, 30)));
        assert_eq!(ymd("nonsense"), None);
    }
}
