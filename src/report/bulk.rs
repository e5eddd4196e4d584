//! `report --all`: one row per (country, year) with the overall index, tier
//! and every pillar.

use serde::Serialize;

use super::Format;
use super::csv_out::{cell, num};
use super::markdown_escape::escape;
use crate::format;
use crate::model::{Dataset, PillarIx, Tier, YearIx};
use crate::sanitize::fit;
use crate::write::csv::table as write_rows;

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
    for (c, y) in cells(ds) {
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
    let rows: Vec<BulkRow> = cells(ds)
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
        let overall = format::index(ds.overall(c, y));
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
