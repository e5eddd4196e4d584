//! Headless reports: one [`Summary`] rendered as text, markdown, JSON or CSV,
//! and the action plan ([`plan::PlanReport`]) in the same four formats; the
//! workbook ([`xlsx`]) holds them all, sheet by sheet, and the HTML brief
//! ([`html`]) shows them with charts.
//! Every table of the text and markdown formats is a [`table::TextTable`].

pub mod brief_words;
pub mod bulk;
pub mod changes;
pub mod csv_out;
pub mod html;
pub mod json;
pub mod markdown;
pub mod markdown_escape;
pub mod peers;
pub mod plan;
pub mod plan_render;
pub mod plan_words;
pub mod provenance;
pub mod scenario_view;
pub mod summary;
pub mod summary_tables;
pub mod table;
pub mod text;
pub mod xlsx;

use crate::i18n::{Lang, Messages};
use crate::model::compare_year;
use crate::model::{CountryIx, Dataset};
pub use summary::{Subject, Summary};

/// What `report --format` accepts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Text,
    #[value(alias = "markdown")]
    Md,
    Json,
    Csv,
    // Bytes, not text, made by `xlsx` from the summary, the plan and the
    // trends together. (A doc comment here would show in --help.)
    /// An Excel workbook, a sheet for each part of the report
    Xlsx,
    // Made by `html` from the summary, the plan and the trends together.
    /// A print-ready HTML brief with charts (one self-contained page)
    Html,
}

/// The formats rendered as text, each from one view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFormat {
    Text,
    Md,
    Json,
    Csv,
}

impl Format {
    /// The text format, or `None` for a workbook or a brief (each made
    /// from more than one view): the type keeps them from ever reaching a
    /// text renderer.
    pub fn text(self) -> Option<TextFormat> {
        match self {
            Format::Text => Some(TextFormat::Text),
            Format::Md => Some(TextFormat::Md),
            Format::Json => Some(TextFormat::Json),
            Format::Csv => Some(TextFormat::Csv),
            Format::Xlsx | Format::Html => None,
        }
    }
}

/// Resolves the user's choice of country and years against the data.
/// Defaults: the first country in the file, its latest year, and the latest
/// earlier year that has data.
pub fn select(
    ds: &Dataset,
    country: Option<&str>,
    year: Option<i32>,
    compare_year: Option<i32>,
) -> Result<Subject, String> {
    let c: CountryIx = match country {
        Some(q) => ds.find_country(q).ok_or_else(|| {
            let known: Vec<&str> = ds
                .countries
                .iter()
                .take(10)
                .map(|c| c.code.as_str())
                .collect();
            format!(
                "no country {} in the data (it has: {}{})",
                crate::sanitize::quote(q),
                known.join(", "),
                if ds.countries.len() > 10 { ", …" } else { "" }
            )
        })?,
        None => 0,
    };
    let label = ds.countries[c as usize].label().to_string();
    let with_data = |y: i32| ds.year_ix(y).filter(|&yi| ds.has_data(c, yi));
    let years_list = || {
        ds.years_with_data(c)
            .map(|y| ds.years[y as usize].to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let y = match year {
        Some(y) => with_data(y)
            .ok_or_else(|| format!("{label} has no data for {y} (years: {})", years_list()))?,
        None => compare_year::latest_year(ds, c).ok_or_else(|| format!("{label} has no data"))?,
    };
    let compare = match compare_year {
        Some(y0) => {
            let y0i = with_data(y0)
                .ok_or_else(|| format!("{label} has no data for {y0} (years: {})", years_list()))?;
            // A comparison runs forward in time: against a later year every
            // rise would read as a fall.
            if y0i >= y {
                return Err(format!(
                    "--compare {y0} is not before {}: compare with an earlier year ({label} has {})",
                    ds.years[y as usize],
                    years_list()
                ));
            }
            Some(y0i)
        }
        None => compare_year::previous_year(ds, c, y),
    };
    Ok(Subject {
        country: c,
        year: y,
        compare,
    })
}

/// Renders a single-country report; only the markdown brief is written
/// in `lang` (the CLI refuses another language with another format).
pub fn render(summary: &Summary, format: TextFormat, lang: Lang) -> String {
    match format {
        TextFormat::Text => text::render(summary),
        TextFormat::Md => markdown::render(summary, &Messages::new(lang)),
        TextFormat::Json => json::pretty(summary),
        TextFormat::Csv => csv_out::indicators(summary),
    }
}
