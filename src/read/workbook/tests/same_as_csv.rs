//! A workbook loads to exactly the dataset of the CSV Excel would save
//! from it: the bundled sample, the real GCI data, and random datasets.

use proptest::prelude::*;

use super::*;
use crate::write::dataset_csv::to_csv;

fn same_loads(csv_text: &str, above: u32) {
    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("data.csv");
    std::fs::write(&csv_path, csv_text).unwrap();
    let book = dir.path().join("data.xlsx");
    let bytes = crate::synthetic::csv_to_xlsx(csv_text.as_bytes(), above).unwrap();
    std::fs::write(&book, bytes).unwrap();
    let from_csv = load(&csv_path, None).map(content);
    let from_book = load(&book, None).map(content);
    match (from_csv, from_book) {
        (Ok(a), Ok(b)) => {
            assert_eq!(to_csv(&a), to_csv(&b));
            assert_eq!((&a.years, &a.warnings), (&b.years, &b.warnings));
        }
        (a, b) => panic!("csv: {:?}\nworkbook: {:?}", a.err(), b.err()),
    }
}

#[test]
fn the_sample_loads_the_same_from_a_workbook() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/indicators.csv")).unwrap();
    same_loads(&text, 3);
}

#[test]
fn the_gci_data_loads_the_same_from_a_workbook() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/gci-2020-2024.csv"
    ))
    .unwrap();
    same_loads(&text, 0);
}

/// A random valid dataset's CSV: a few countries, years and indicators,
/// with scores of any precision and names with commas, quotes and accents.
fn dataset() -> impl Strategy<Value = String> {
    let name = "[A-Za-zÀ-ÿ ,\"'()=+-]{1,12}";
    let row = (
        0..3usize,
        prop::sample::select(vec![2019, 2020, 2024]),
        0..6usize,
        0.0..=1.0f64,
        any::<bool>(),
        name,
    );
    prop::collection::vec(row, 1..30).prop_map(|rows| {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (c, year, ind, frac, weighted, evidence) in rows {
            if !seen.insert((c, year, ind)) {
                continue;
            }
            // An indicator's maximum and weight are the same on every row.
            let max = [1.0, 2.0, 3.0, 20.0, 0.5, 3.0][ind];
            let weight = (weighted && ind % 3 == 0).then_some(0.25 + ind as f64);
            out.push(vec![
                ["ZMB", "KEN", "CIV"][c].to_string(),
                ["Zambia", "Kenya", "Côte d'Ivoire"][c].to_string(),
                year.to_string(),
                ["Legal, measures", "Technical", "Co\"op"][ind % 3].to_string(),
                format!("IND-{ind}"),
                format!("Indicator {ind}"),
                crate::format::exact(frac * max),
                crate::format::exact(max),
                weight.map(crate::format::exact).unwrap_or_default(),
                evidence.clone(),
            ]);
        }
        crate::write::csv::table(
            &[
                "country",
                "country_name",
                "year",
                "pillar",
                "indicator_id",
                "indicator",
                "score",
                "max_score",
                "weight",
                "evidence",
            ],
            out,
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_datasets_load_the_same_from_csv_and_workbook(text in dataset(), above in 0u32..4) {
        same_loads(&text, above);
    }
}
