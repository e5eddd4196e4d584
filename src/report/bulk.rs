//! `report --all`: one row per (country, year) with the overall index, tier
//! and every pillar.

use serde::Serialize;

use super::Format;
use super::csv_out::{cell, num, write_rows};
use super::markdown::escape;
use crate::data::{Dataset, PillarIx, YearIx};
use crate::format;
use crate::text::fit;

#[derive(Serialize)]
struct BulkRow<'a> {
    country: &'a str,
    year: i32,
    overall: Option<f64>,
    tier: Option<u8>,
    pillars: serde_json::Map<String, serde_json::Value>,
}

/// Every (country, year) that has data, in country then year order.
fn cells(ds: &Dataset) -> impl Iterator<Item = (u32, YearIx)> + '_ {
    (0..ds.countries.len() as u32).flat_map(move |c| ds.years_with_data(c).map(move |y| (c, y)))
}

pub fn render(ds: &Dataset, fmt: Format) -> String {
    match fmt {
        Format::Csv => csv(ds),
        Format::Json => json(ds),
        Format::Text => table(ds, false),
        Format::Md => table(ds, true),
    }
}

fn csv(ds: &Dataset) -> String {
    let mut header = vec!["country", "year", "overall", "tier"];
    header.extend(ds.pillars.iter().map(String::as_str));
    let rows = cells(ds).map(|(c, y)| {
        let mut row = vec![
            cell(&ds.countries[c as usize].code),
            ds.years[y as usize].to_string(),
            num(ds.overall(c, y)),
            ds.tier(c, y)
                .map(|t| t.number().to_string())
                .unwrap_or_default(),
        ];
        row.extend((0..ds.pillars.len() as PillarIx).map(|p| num(ds.pillar_score(c, y, p))));
        row
    });
    // Pillar names are data: neutralise them in the header too.
    let header: Vec<String> = header.iter().map(|h| cell(h)).collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    write_rows(&header, rows)
}

fn json(ds: &Dataset) -> String {
    let rows: Vec<BulkRow> = cells(ds)
        .map(|(c, y)| BulkRow {
            country: &ds.countries[c as usize].code,
            year: ds.years[y as usize],
            overall: ds.overall(c, y).map(format::round4),
            tier: ds.tier(c, y).map(|t| t.number()),
            pillars: (0..ds.pillars.len() as PillarIx)
                .map(|p| {
                    let v = ds.pillar_score(c, y, p).map(format::round4);
                    (ds.pillars[p as usize].clone(), serde_json::json!(v))
                })
                .collect(),
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&rows).unwrap_or_default();
    s.push('\n');
    s
}

fn table(ds: &Dataset, markdown: bool) -> String {
    let mut out = String::new();
    let pillar_names: Vec<String> = ds
        .pillars
        .iter()
        .map(|p| {
            if markdown {
                escape(p)
            } else {
                fit(p, 12).trim_end().to_string()
            }
        })
        .collect();
    if markdown {
        out.push_str(&format!(
            "| Country | Year | Overall | Tier | {} |\n",
            pillar_names.join(" | ")
        ));
        out.push_str(&format!(
            "|---|---:|---:|---:|{}\n",
            "---:|".repeat(ds.pillars.len())
        ));
    } else {
        out.push_str(&format!(
            "{:<14} {:>4} {:>7} {:>4}",
            "Country", "Year", "Overall", "Tier"
        ));
        for name in &pillar_names {
            out.push_str(&format!(" {name:>12}"));
        }
        out.push('\n');
    }
    for (c, y) in cells(ds) {
        let code = &ds.countries[c as usize].code;
        let overall = format::score(ds.overall(c, y));
        let tier = ds
            .tier(c, y)
            .map(|t| t.number().to_string())
            .unwrap_or_default();
        let pillars =
            (0..ds.pillars.len() as PillarIx).map(|p| format::score(ds.pillar_score(c, y, p)));
        if markdown {
            let p: Vec<String> = pillars.collect();
            out.push_str(&format!(
                "| {} | {} | {overall} | {tier} | {} |\n",
                escape(code),
                ds.years[y as usize],
                p.join(" | ")
            ));
        } else {
            out.push_str(&format!(
                "{} {:>4} {overall:>7} {tier:>4}",
                fit(code, 14),
                ds.years[y as usize]
            ));
            for p in pillars {
                out.push_str(&format!(" {p:>12}"));
            }
            out.push('\n');
        }
    }
    out
}
