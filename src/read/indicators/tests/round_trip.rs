//! Round trip: a random valid dataset, written as CSV by hand, loads back
//! with every row where it was written and the pillar scores and overall
//! index that the scoring rules (README "Scoring", ../shared/DESIGN.md)
//! give when computed directly here.

use std::collections::HashMap;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::*;

/// Names chosen to need quoting, escaping or non-ASCII handling.
const NAMES: [&str; 8] = [
    "Legal",
    "Capacity, Development",
    "Tech \"ops\"",
    "Two\nlines",
    "Crlf\r\ninside",
    "Côte d'Ivoire",
    "日本; 한국",
    "tab\there",
];

const EVIDENCE: [&str; 6] = [
    "",
    "Act 2021, s. 4",
    "say \"hi\"",
    "line one\nline two",
    "€ “smart” quotes",
    "https://example.org/a?b=1;c=2",
];

#[derive(Clone, Debug)]
struct Values {
    /// Share of the maximum; `None` is not assessed.
    score: Option<f64>,
    max: f64,
    /// `None` is an empty cell: weight 1.
    weight: Option<f64>,
    /// Share of the maximum; `None` is an empty cell: the maximum.
    target: Option<f64>,
    evidence: usize,
}

fn values() -> impl Strategy<Value = Values> {
    (
        proptest::option::weighted(0.8, 0.0f64..=1.0),
        prop_oneof![
            Just(1.0),
            Just(3.0),
            Just(20.0),
            Just(100.0),
            0.001f64..1000.0
        ],
        prop_oneof![Just(None), Just(Some(0.0)), (0.0f64..5.0).prop_map(Some)],
        proptest::option::of(0.0f64..=1.0),
        0..EVIDENCE.len(),
    )
        .prop_map(|(score, max, weight, target, evidence)| Values {
            score: score.map(|f| f * max),
            max,
            weight,
            target: target.map(|f| f * max),
            evidence,
        })
}

#[derive(Clone, Debug)]
struct Plan {
    countries: Vec<usize>,
    years: Vec<i32>,
    /// Name of each pillar, from `NAMES`.
    pillars: Vec<usize>,
    per_pillar: usize,
    /// One per (country, year, pillar, indicator); `None` leaves the row out.
    cells: Vec<Option<Values>>,
    /// Order in which the rows are written.
    order: Vec<usize>,
    /// Order of the columns in the file.
    columns: Vec<&'static str>,
    delimiter: char,
    line_end: &'static str,
    bom: bool,
    /// After each row: 0 nothing, 1 a blank line, 2 a row of separators.
    filler: Vec<u8>,
}

const COLUMNS: [&str; 11] = [
    "country",
    "country_name",
    "year",
    "pillar",
    "indicator_id",
    "indicator",
    "score",
    "max_score",
    "weight",
    "target",
    "evidence",
];

fn plan() -> impl Strategy<Value = Plan> {
    (
        vec(0..NAMES.len(), 1..=3),
        proptest::collection::btree_set(2015i32..=2024, 1..=3),
        vec(0..NAMES.len(), 1..=4),
        1usize..=3,
    )
        .prop_flat_map(|(countries, years, pillars, per_pillar)| {
            let years: Vec<i32> = years.into_iter().collect();
            let n = countries.len() * years.len() * pillars.len() * per_pillar;
            (
                Just(countries),
                Just(years),
                Just(pillars),
                Just(per_pillar),
                vec(proptest::option::weighted(0.85, values()), n),
                Just((0..n).collect::<Vec<_>>()).prop_shuffle(),
                Just(COLUMNS.to_vec()).prop_shuffle(),
                select(vec![',', ';', '\t']),
                select(vec!["\n", "\r\n"]),
                any::<bool>(),
                vec(0u8..3, n),
            )
        })
        .prop_map(
            |(
                countries,
                years,
                pillars,
                per_pillar,
                cells,
                order,
                columns,
                delimiter,
                line_end,
                bom,
                filler,
            )| Plan {
                countries,
                years,
                pillars,
                per_pillar,
                cells,
                order,
                columns,
                delimiter,
                line_end,
                bom,
                filler,
            },
        )
}

/// One row to write, with what it means.
struct Row {
    country: String,
    country_name: &'static str,
    year: i32,
    pillar: String,
    indicator_id: String,
    values: Values,
}

impl Plan {
    fn rows(&self) -> Vec<Row> {
        let (ny, np, ni) = (self.years.len(), self.pillars.len(), self.per_pillar);
        self.order
            .iter()
            .filter_map(|&k| {
                let values = self.cells[k].clone()?;
                let (c, rest) = (k / (ny * np * ni), k % (ny * np * ni));
                let (y, rest) = (rest / (np * ni), rest % (np * ni));
                let (p, i) = (rest / ni, rest % ni);
                Some(Row {
                    country: format!("C{c}"),
                    country_name: NAMES[self.countries[c]],
                    year: self.years[y],
                    // Numbered, as two pillars may draw the same name.
                    pillar: format!("{} {p}", NAMES[self.pillars[p]]),
                    indicator_id: format!("I,{p}.{i}"),
                    values,
                })
            })
            .collect()
    }

    fn field(&self, text: &str) -> String {
        let special = |c: char| c == self.delimiter || matches!(c, '"' | '\n' | '\r');
        if text.contains(special) {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text.to_string()
        }
    }

    fn number(&self, v: f64) -> String {
        let s = v.to_string();
        // Semicolon files are Excel's in comma-decimal locales.
        if self.delimiter == ';' {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// The file, and the line each row starts on.
    fn write(&self, rows: &[Row]) -> (String, Vec<u32>) {
        let d = self.delimiter.to_string();
        let mut text = String::new();
        if self.bom {
            text.push('\u{feff}');
        }
        text.push_str(&self.columns.join(&d));
        text.push_str(self.line_end);
        let mut lines = Vec::new();
        for (row, &filler) in rows.iter().zip(&self.filler) {
            lines.push(line_breaks(text.as_bytes()) as u32 + 1);
            let v = &row.values;
            let cells: Vec<String> = self
                .columns
                .iter()
                .map(|&col| match col {
                    "country" => self.field(&row.country),
                    "country_name" => self.field(row.country_name),
                    "year" => row.year.to_string(),
                    "pillar" => self.field(&row.pillar),
                    "indicator_id" => self.field(&row.indicator_id),
                    "indicator" => self.field(&format!("Name of {}", row.indicator_id)),
                    "score" => v.score.map(|s| self.number(s)).unwrap_or_default(),
                    "max_score" => self.number(v.max),
                    "weight" => v.weight.map(|w| self.number(w)).unwrap_or_default(),
                    "target" => v.target.map(|t| self.number(t)).unwrap_or_default(),
                    _ => self.field(EVIDENCE[v.evidence]),
                })
                .collect();
            text.push_str(&cells.join(&d));
            text.push_str(self.line_end);
            match filler {
                1 => text.push_str(self.line_end),
                2 => {
                    text.push_str(&d.repeat(COLUMNS.len() - 1));
                    text.push_str(self.line_end);
                }
                _ => {}
            }
        }
        (text, lines)
    }
}

/// One country-year's scores: the scored pillars by name, and the overall.
struct Expected {
    pillars: HashMap<String, f64>,
    overall: Option<f64>,
}

/// The scoring rules, applied directly: pillar = 100 × Σ(w × score/max) / Σw
/// over assessed indicators (not scored when none is assessed or Σw = 0);
/// overall = the mean of the scored pillars.
fn expected_scores(rows: &[Row]) -> HashMap<(String, i32), Expected> {
    let mut sums: HashMap<(String, i32), HashMap<String, (f64, f64)>> = HashMap::new();
    for r in rows {
        let pillar = sums
            .entry((r.country.clone(), r.year))
            .or_default()
            .entry(r.pillar.clone())
            .or_default();
        if let Some(s) = r.values.score {
            let w = r.values.weight.unwrap_or(1.0);
            pillar.0 += w;
            pillar.1 += w * s / r.values.max;
        }
    }
    sums.into_iter()
        .map(|(key, pillars)| {
            let scored: HashMap<String, f64> = pillars
                .into_iter()
                .filter(|(_, (sum_w, _))| *sum_w > 0.0)
                .map(|(p, (sum_w, sum_wa))| (p, 100.0 * sum_wa / sum_w))
                .collect();
            let overall =
                (!scored.is_empty()).then(|| scored.values().sum::<f64>() / scored.len() as f64);
            (
                key,
                Expected {
                    pillars: scored,
                    overall,
                },
            )
        })
        .collect()
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9,
        (None, None) => true,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn written_datasets_load_back_with_the_scores_of_the_rules(plan in plan()) {
        let rows = plan.rows();
        prop_assume!(!rows.is_empty());
        let (text, lines) = plan.write(&rows);
        let ds = match load_reader("rt.csv", text.as_bytes()) {
            Ok(ds) => ds,
            Err(e) => return Err(TestCaseError::fail(format!("{e}\n{text}"))),
        };
        prop_assert_eq!(ds.obs.len(), rows.len());
        prop_assert_eq!(ds.not_assessed(), rows.iter().filter(|r| r.values.score.is_none()).count());

        let mut first_seen: Vec<&str> = Vec::new();
        for r in &rows {
            if !first_seen.contains(&r.pillar.as_str()) {
                first_seen.push(&r.pillar);
            }
        }
        prop_assert_eq!(&ds.pillars, &first_seen);

        // Every row is where it was written, with its values and evidence.
        let by_key: HashMap<(&str, i32, &str), (usize, u32)> = rows
            .iter()
            .zip(&lines)
            .enumerate()
            .map(|(k, (r, &l))| ((r.country.as_str(), r.year, r.indicator_id.as_str()), (k, l)))
            .collect();
        for i in 0..ds.obs.len() {
            let key = (
                ds.countries[ds.obs.country[i] as usize].code.as_str(),
                ds.years[ds.obs.year[i] as usize],
                ds.indicator_of(i).id.as_str(),
            );
            let (k, line) = by_key[&key];
            let v = &rows[k].values;
            prop_assert_eq!(ds.obs.line[i], line);
            prop_assert_eq!(ds.score(i), v.score);
            prop_assert_eq!(ds.max_score(i), v.max);
            prop_assert_eq!(ds.weight(i), v.weight.unwrap_or(1.0));
            prop_assert_eq!(ds.target(i), v.target.unwrap_or(v.max));
            prop_assert_eq!(ds.evidence(i), EVIDENCE[v.evidence]);
        }

        let expected = expected_scores(&rows);
        let mut checked = 0;
        for ((country, year), Expected { pillars, overall }) in &expected {
            let c = ds.countries.iter().position(|k| &k.code == country).unwrap() as u32;
            let y = ds.year_ix(*year).unwrap();
            for (p, name) in ds.pillars.iter().enumerate() {
                let got = ds.pillar_score(c, y, p as u16);
                let want = pillars.get(name).copied();
                prop_assert!(close(got, want), "{} {} {}: {:?} vs {:?}", country, year, name, got, want);
            }
            let got = ds.overall(c, y);
            prop_assert!(close(got, *overall), "{} {}: overall {:?} vs {:?}", country, year, got, overall);
            checked += 1;
        }
        // Country-years without rows have nothing to score.
        let with_data = (0..ds.countries.len() as u32)
            .flat_map(|c| (0..ds.years.len() as u16).map(move |y| (c, y)))
            .filter(|&(c, y)| ds.has_data(c, y))
            .count();
        prop_assert_eq!(with_data, checked);
        for r in &rows {
            let c = ds.countries.iter().find(|k| k.code == r.country).unwrap();
            prop_assert_eq!(c.name.as_deref(), Some(r.country_name));
        }
    }
}
