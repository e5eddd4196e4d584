//! `report --all`: one row per (country, year) with the overall index, tier
//! and every pillar.

use serde::Serialize;

use super::TextFormat;
use super::csv_out::{cell, num};
use super::markdown_escape::escape;
use super::table::{Column, Layout, TextTable};
use crate::format;
use crate::model::{Dataset, PillarIx, Tier, YearIx};
use crate::sanitize::fit;
use crate::write::csv::table as write_rows;

/// Plain text one space apart: a row per country-year with every pillar
/// has to fit a terminal.
const BULK_PLAIN: Layout = Layout::Plain {
    indent: "",
    gap: " ",
};

#[derive(Serialize)]
struct BulkRow<'a> {
    country: &'a str,
    year: i32,
    overall: Option<f64>,
    tier: Option<u8>,
    pillars: serde_json::Map<String, serde_json::Value>,
}

/// Every (country, year) that has data, in country then year order.
pub(crate) fn country_years(ds: &Dataset) -> impl Iterator<Item = (u32, YearIx)> + '_ {
    (0..ds.countries.len() as u32).flat_map(move |c| ds.years_with_data(c).map(move |y| (c, y)))
}

pub fn render(ds: &Dataset, fmt: TextFormat) -> String {
    match fmt {
        TextFormat::Csv => csv(ds),
        TextFormat::Json => json(ds),
        TextFormat::Text => table(ds, BULK_PLAIN),
        TextFormat::Md => table(ds, Layout::Markdown),
    }
}

/// Straight into one buffer: at a million rows there are tens of thousands
/// of country-years, and a `String` per cell showed in the profile.
fn csv(ds: &Dataset) -> String {
    use std::fmt::Write as _;
    let mut header = vec!["country", "year", "overall", "tier"];
    header.extend(ds.pillars.iter().map(String::as_str));
    // Pillar names are data: neutralise them in the header too.
    let header: Vec<String> = header.iter().map(|h| cell(h)).collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut out = write_rows(&header, std::iter::empty::<Vec<String>>());
    let codes: Vec<String> = ds
        .countries
        .iter()
        .map(|c| csv_field(&cell(&c.code)))
        .collect();
    for (c, y) in country_years(ds) {
        let overall = ds.overall(c, y);
        out.push_str(&codes[c as usize]);
        let _ = write!(out, ",{},", ds.years[y as usize]);
        push_num(&mut out, overall.map(format::index_value_at4));
        out.push(',');
        if let Some(o) = overall {
            let _ = write!(out, "{}", Tier::from_score(o).number());
        }
        for p in 0..ds.pillars.len() as PillarIx {
            out.push(',');
            push_num(&mut out, ds.pillar_score(c, y, p));
        }
        out.push('\n');
    }
    out
}

/// A CSV field, quoted only when it must be.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// What `num` writes — empty, or the value to four decimals with trailing
/// zeros dropped — without float formatting: the digits of the rounded
/// value are exactly the shortest form of the rounded double.
fn push_num(out: &mut String, v: Option<f64>) {
    use std::fmt::Write as _;
    let Some(v) = v else { return };
    let scaled = (v * 10_000.0).round();
    if !scaled.is_finite() || scaled.abs() >= 1e15 {
        out.push_str(&num(Some(v)));
        return;
    }
    let scaled = scaled as i64;
    if scaled < 0 {
        out.push('-');
    }
    let (int, frac) = (
        scaled.unsigned_abs() / 10_000,
        scaled.unsigned_abs() % 10_000,
    );
    let _ = write!(out, "{int}");
    if frac != 0 {
        let digits = format!("{frac:04}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

fn json(ds: &Dataset) -> String {
    let rows: Vec<BulkRow> = country_years(ds)
        .map(|(c, y)| BulkRow {
            country: &ds.countries[c as usize].code,
            year: ds.years[y as usize],
            overall: ds.overall(c, y).map(format::index4),
            tier: ds.tier(c, y).map(|t| t.number()),
            pillars: (0..ds.pillars.len() as PillarIx)
                .map(|p| {
                    let v = ds.pillar_score(c, y, p).map(format::round4);
                    (ds.pillars[p as usize].clone(), serde_json::json!(v))
                })
                .collect(),
        })
        .collect();
    super::json::pretty(&rows)
}

/// One row per country-year. The heading names the pillars, which are
/// data: cut to the column in a terminal, escaped in a brief.
fn table(ds: &Dataset, layout: Layout) -> String {
    let mut columns = vec![
        Column::left("Country", 14),
        Column::right("Year", 4),
        Column::right("Overall", 7),
        Column::right("Tier", 4),
    ];
    columns.extend(ds.pillars.iter().map(|p| {
        let heading = match layout {
            Layout::Plain { .. } => fit(p, 12).trim_end().to_string(),
            Layout::Markdown => escape(p),
        };
        Column::right(heading, 12)
    }));
    let mut t = TextTable::new(layout, columns);
    let mut cells = Vec::with_capacity(4 + ds.pillars.len());
    for (c, y) in country_years(ds) {
        cells.clear();
        cells.push(ds.countries[c as usize].code.clone());
        cells.push(ds.years[y as usize].to_string());
        cells.push(format::index(ds.overall(c, y)));
        cells.push(
            ds.tier(c, y)
                .map(|t| t.number().to_string())
                .unwrap_or_default(),
        );
        cells.extend(
            (0..ds.pillars.len() as PillarIx).map(|p| format::score(ds.pillar_score(c, y, p))),
        );
        t.row(&cells);
    }
    t.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_numbers_match_num() {
        for v in [
            0.0,
            100.0,
            92.58162775966416,
            68.87660672544338,
            0.00004,
            0.00005,
            12.5,
            33.333333,
            -1.25,
            99.99995,
            1e12 + 0.5,
            3e15,
        ] {
            let mut out = String::new();
            push_num(&mut out, Some(v));
            assert_eq!(out, num(Some(v)), "{v}");
        }
        let mut out = String::new();
        push_num(&mut out, None);
        assert_eq!(out, "");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("ZMB"), "ZMB");
        assert_eq!(csv_field("A,B"), "\"A,B\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
