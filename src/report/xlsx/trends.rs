//! The Trends sheet: the overall index and each pillar in every year the
//! country has data, with a native Excel line chart over the years. The
//! figures are the model's, as `--all` and the dashboard's Trends pane
//! give them.

use rust_xlsxwriter::{Chart, ChartMarker, Worksheet, XlsxError};

use super::{index_cell, score, whole};
use crate::model::{CountryIx, Dataset, PillarIx};
use crate::write::sheet::{Cell, Sheet};
use crate::write::xlsx::add_sheet;

pub const NAME: &str = "Trends";

/// One country's figures over its years.
#[derive(Clone, Debug, PartialEq)]
pub struct Trends {
    /// Pillars scored in at least one of the years, in the data's order.
    pub pillars: Vec<String>,
    pub rows: Vec<TrendRow>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrendRow {
    pub year: i32,
    pub overall: Option<f64>,
    pub tier: Option<u8>,
    /// In the order of [`Trends::pillars`].
    pub pillars: Vec<Option<f64>>,
}

impl Trends {
    pub fn build(ds: &Dataset, c: CountryIx) -> Trends {
        let years: Vec<_> = ds.years_with_data(c).collect();
        let scored: Vec<PillarIx> = (0..ds.pillars.len() as PillarIx)
            .filter(|&p| years.iter().any(|&y| ds.pillar_score(c, y, p).is_some()))
            .collect();
        Trends {
            pillars: scored
                .iter()
                .map(|&p| ds.pillars[p as usize].clone())
                .collect(),
            rows: years
                .iter()
                .map(|&y| TrendRow {
                    year: ds.years[y as usize],
                    overall: ds.overall(c, y),
                    tier: ds.tier(c, y).map(|t| t.number()),
                    pillars: scored.iter().map(|&p| ds.pillar_score(c, y, p)).collect(),
                })
                .collect(),
        }
    }
}

/// Columns before the pillars: year, overall, tier.
const FIXED: usize = 3;

pub fn sheet(t: &Trends) -> Sheet {
    let mut header = vec![
        "Year".to_string(),
        "Overall index".to_string(),
        "Tier".to_string(),
    ];
    header.extend(t.pillars.iter().cloned());
    let rows = t
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![
                whole(i64::from(r.year)),
                r.overall.map_or(Cell::Empty, index_cell),
                r.tier.map_or(Cell::Empty, |n| whole(i64::from(n))),
            ];
            row.extend(r.pillars.iter().map(|&v| score(v)));
            row
        })
        .collect();
    Sheet {
        name: NAME.to_string(),
        header,
        rows,
    }
}

/// The sheet, with a line for the overall index and one per pillar.
pub fn add(ws: &mut Worksheet, t: &Trends) -> Result<(), XlsxError> {
    let sheet = sheet(t);
    add_sheet(ws, &sheet)?;
    let Some(last) = u32::try_from(sheet.rows.len()).ok().filter(|&n| n > 0) else {
        return Ok(());
    };
    let mut chart = Chart::new_line();
    chart
        .title()
        .set_name("Overall index and pillars over time");
    // Excel draws at most 255 series in a chart.
    let series = std::iter::once(1)
        .chain(FIXED..sheet.header.len())
        .take(255);
    for c in series {
        let c = u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)?;
        chart
            .add_series()
            .set_name((NAME, 0, c))
            .set_categories((NAME, 1, 0, last, 0))
            .set_values((NAME, 1, c, last, c))
            .set_marker(ChartMarker::new().set_automatic());
    }
    chart.y_axis().set_min(0).set_max(100);
    chart.set_width(720).set_height(400);
    let at = u16::try_from(sheet.header.len() + 1).unwrap_or(u16::MAX);
    ws.insert_chart(1, at, &chart)?;
    Ok(())
}
