//! The bulk table (`report --all --format xlsx`) as a workbook sheet.

use super::{index_cell, whole};
use crate::model::{Dataset, PillarIx};
use crate::report::bulk::country_years;
use crate::write::sheet::{Cell, Sheet};

/// The bulk table for a workbook: numbers as numbers, each overall index
/// as [`index_cell`] writes it, the pillars as the model has them.
pub fn sheet(ds: &Dataset) -> Sheet {
    let mut header = vec![
        "country".to_string(),
        "year".to_string(),
        "overall".to_string(),
        "tier".to_string(),
    ];
    header.extend(ds.pillars.iter().cloned());
    let rows = country_years(ds)
        .map(|(c, y)| {
            let mut row = Vec::with_capacity(4 + ds.pillars.len());
            row.push(Cell::text(ds.countries[c as usize].code.as_str()));
            row.push(whole(i64::from(ds.years[y as usize])));
            row.push(ds.overall(c, y).map_or(Cell::Empty, index_cell));
            row.push(
                ds.tier(c, y)
                    .map_or(Cell::Empty, |t| whole(i64::from(t.number()))),
            );
            row.extend(
                (0..ds.pillars.len() as PillarIx)
                    .map(|p| ds.pillar_score(c, y, p).map_or(Cell::Empty, Cell::score)),
            );
            row
        })
        .collect();
    Sheet {
        name: "All country-years".to_string(),
        header,
        rows,
    }
}
