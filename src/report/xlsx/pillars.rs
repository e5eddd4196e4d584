//! The Pillars sheet: each pillar's score in the year and the comparison
//! year, the change, and a native Excel column chart (clustered bars) of
//! the one against the other.

use rust_xlsxwriter::{Chart, Worksheet, XlsxError};

use super::{change, score, whole};
use crate::format;
use crate::report::summary::Summary;
use crate::write::sheet::{Cell, Sheet};
use crate::write::xlsx::add_sheet;

pub const NAME: &str = "Pillars";

/// The table, the columns of the text report's pillar table: the year's
/// column comes second and the comparison year's third, where the chart
/// reads them.
pub fn sheet(s: &Summary) -> Sheet {
    let mut header = vec!["Pillar".to_string(), format!("Score {}", s.year)];
    if let Some(y0) = s.compare_year {
        header.extend([format!("Score {y0}"), format!("Change since {y0}")]);
    }
    header.extend(["Indicators", "Assessed", "Index gain at target"].map(String::from));
    let ranked = s.peer_group.is_some();
    if ranked {
        header.extend(["Rank", "Of"].map(String::from));
    }
    let rows = s
        .pillars
        .iter()
        .map(|p| {
            let mut row = vec![Cell::text(p.pillar.as_str()), score(p.score)];
            if s.compare_year.is_some() {
                row.push(score(p.compare_score));
                row.push(change(format::shown_delta(p.compare_score, p.score)));
            }
            row.extend([
                whole(i64::from(p.indicators)),
                whole(i64::from(p.assessed)),
                Cell::score(p.gain),
            ]);
            if ranked {
                let n = |v: Option<usize>| v.map_or(Cell::Empty, |n| whole(n as i64));
                row.extend([n(p.rank), n(p.of)]);
            }
            row
        })
        .collect();
    Sheet {
        name: NAME.to_string(),
        header,
        rows,
    }
}

/// The sheet, with its chart to the right of the table.
pub fn add(ws: &mut Worksheet, s: &Summary) -> Result<(), XlsxError> {
    let sheet = sheet(s);
    add_sheet(ws, &sheet)?;
    let Some(last) = u32::try_from(sheet.rows.len()).ok().filter(|&n| n > 0) else {
        return Ok(());
    };
    let mut chart = Chart::new_column();
    chart.title().set_name(&match s.compare_year {
        Some(y0) => format!("Pillar scores, {} against {y0}", s.year),
        None => format!("Pillar scores, {}", s.year),
    });
    // The earlier year first: each pair of bars reads left to right in time.
    let columns: &[u16] = if s.compare_year.is_some() {
        &[2, 1]
    } else {
        &[1]
    };
    for &c in columns {
        chart
            .add_series()
            .set_name((NAME, 0, c))
            .set_categories((NAME, 1, 0, last, 0))
            .set_values((NAME, 1, c, last, c));
    }
    // Scores are out of 100: a fixed axis does not magnify small gaps.
    chart.y_axis().set_min(0).set_max(100);
    chart.set_width(640).set_height(360);
    let at = u16::try_from(sheet.header.len() + 1).unwrap_or(u16::MAX);
    ws.insert_chart(1, at, &chart)?;
    Ok(())
}
