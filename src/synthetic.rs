//! Deterministic synthetic indicator data in cyberindex's schema, for
//! benchmarks and the `gen` example: the same arguments always give the same
//! bytes.
//!
//! Shape, as in the performance goals: 16 years × 84 indicators in 8 pillars
//! per country (1,344 rows), as many countries as the row count needs, about
//! 3% of scores not assessed. [`write_one_slot_csv`] puts every row in one
//! country-year instead.

use std::io::Write;

const YEARS: u32 = 16;
const FIRST_YEAR: u32 = 2009;
const PILLARS: [(&str, &str); 8] = [
    ("LEG", "Legal"),
    ("POL", "Policy & Strategy"),
    ("TEC", "Technical"),
    ("ORG", "Organizational"),
    ("CAP", "Capacity Development"),
    ("COO", "Cooperation"),
    ("DID", "Digital ID & Trust"),
    ("INT", "Interoperability"),
];
const PER_PILLAR: u32 = 84 / 8 + 1; // 11, trimmed to 84 in total below
const INDICATORS: u32 = 84;
const REGIONS: [&str; 6] = [
    "Africa",
    "Americas",
    "Arab States",
    "Asia-Pacific",
    "CIS",
    "Europe",
];

/// splitmix64: tiny, fast, and identical on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Writes `rows` data rows (plus the header) to `out`; returns how many.
pub fn write_csv(rows: u64, out: &mut impl Write) -> std::io::Result<u64> {
    let mut rng = Rng(0x00C0_FFEE);
    let per_country = u64::from(YEARS * INDICATORS);
    let countries = rows.div_ceil(per_country);
    let mut written = 0u64;
    writeln!(
        out,
        "country,country_name,region,year,pillar,indicator_id,indicator,score,max_score,weight,target,evidence,description"
    )?;
    'outer: for c in 0..countries {
        // A country's level and pace set where its scores start and how fast they rise.
        let level = 0.15 + 0.6 * rng.unit();
        let pace = 0.01 + 0.04 * rng.unit();
        let region = REGIONS[(c % REGIONS.len() as u64) as usize];
        for y in 0..YEARS {
            for i in 0..INDICATORS {
                if written == rows {
                    break 'outer;
                }
                let (code, pillar) = PILLARS[(i / PER_PILLAR).min(7) as usize];
                let max = [2.0, 3.0, 4.0, 5.0][(i % 4) as usize];
                let drift = 0.2 * (rng.unit() - 0.5);
                let attainment = (level + pace * f64::from(y) + drift).clamp(0.0, 1.0);
                let score = (attainment * max * 2.0).round() / 2.0;
                let assessed = rng.unit() >= 0.03;
                let weight = if i % 7 == 0 { "2" } else { "1" };
                let target = if i % 5 == 0 {
                    format!("{}", max - 1.0)
                } else {
                    String::new()
                };
                write!(
                    out,
                    "C{c:04},Country {c:04},{region},{},{pillar},{code}-{i:02},",
                    FIRST_YEAR + y
                )?;
                write!(out, "\"{pillar} capability {i:02}, national review\",")?;
                if assessed {
                    write!(out, "{score}")?;
                }
                writeln!(
                    out,
                    ",{max},{weight},{target},Review {} r{c}-{i},",
                    FIRST_YEAR + y
                )?;
                written += 1;
            }
        }
    }
    out.flush()?;
    Ok(written)
}

/// Writes one country-year with `indicators` indicators spread over five
/// pillars (plus the header); returns how many rows. The shape a national
/// review never has but a hostile or generated file may: every row lands in
/// the same slot, so whatever is computed per country-year (the action plan,
/// the panes' lists) meets all of them at once. About 3% are not assessed,
/// weights are 1 or 2, maxima 2 to 5, scores on a half-point grid.
pub fn write_one_slot_csv(indicators: u64, out: &mut impl Write) -> std::io::Result<u64> {
    let mut rng = Rng(0x5107);
    writeln!(
        out,
        "country,year,pillar,indicator_id,score,max_score,weight"
    )?;
    for i in 0..indicators {
        let (code, pillar) = PILLARS[(i % 5) as usize];
        let max = [2u64, 3, 4, 5][(i % 4) as usize];
        let weight = if i % 7 == 0 { 2 } else { 1 };
        write!(out, "ZMB,2024,{pillar},{code}-{i:07},")?;
        if rng.unit() >= 0.03 {
            // 0, 0.5, …, max
            let halves = (rng.unit() * (2 * max + 1) as f64) as u64;
            write!(out, "{}", halves as f64 / 2.0)?;
        }
        writeln!(out, ",{max},{weight}")?;
    }
    out.flush()?;
    Ok(indicators)
}

/// The CSV `text` as a workbook with one sheet, "Indicators", as Excel
/// opens it: cells of the number columns that hold numbers become
/// numbers, every other cell text. `titles` rows of titles come first, as
/// people put them above a table.
pub fn csv_to_xlsx(text: &[u8], titles: u32) -> Result<Vec<u8>, String> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book
        .add_worksheet()
        .set_name("Indicators")
        .map_err(|e| e.to_string())?;
    for r in 0..titles {
        ws.write_string(r, 0, format!("Title line {}", r + 1))
            .map_err(|e| e.to_string())?;
    }
    let mut rd = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text);
    let mut numeric: Vec<bool> = Vec::new();
    for (r, rec) in rd.records().enumerate() {
        let rec = rec.map_err(|e| e.to_string())?;
        let row = u32::try_from(r).map_err(|e| e.to_string())? + titles;
        if r == 0 {
            numeric = rec
                .iter()
                .map(|h| ["year", "score", "max_score", "weight", "target"].contains(&h))
                .collect();
        }
        for (c, cell) in rec.iter().enumerate() {
            let col = u16::try_from(c).map_err(|e| e.to_string())?;
            let number = cell.parse::<f64>().ok().filter(|_| r > 0 && numeric[c]);
            let written = match number {
                _ if cell.is_empty() => Ok(&mut *ws),
                Some(n) => ws.write_number(row, col, n),
                None => ws.write_string(row, col, cell),
            };
            written.map_err(|e| e.to_string())?;
        }
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_arguments_same_bytes_and_it_loads() {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        assert_eq!(super::write_csv(3000, &mut a).unwrap(), 3000);
        super::write_csv(3000, &mut b).unwrap();
        assert_eq!(a, b);
        let ds = crate::read::load_reader("synthetic.csv", &a[..]).unwrap();
        assert_eq!(ds.obs.len(), 3000);
        assert_eq!(ds.pillars.len(), 8);
        assert_eq!(ds.countries.len(), 3);
        // About 3% not assessed.
        let share = ds.not_assessed() as f64 / 3000.0;
        assert!((0.01..0.06).contains(&share), "{share}");
    }

    #[test]
    fn one_slot_holds_every_row() {
        let mut a = Vec::new();
        assert_eq!(super::write_one_slot_csv(2000, &mut a).unwrap(), 2000);
        let ds = crate::read::load_reader("slot.csv", &a[..]).unwrap();
        assert_eq!((ds.countries.len(), ds.years.len()), (1, 1));
        assert_eq!((ds.rows(0, 0).len(), ds.pillars.len()), (2000, 5));
        let share = ds.not_assessed() as f64 / 2000.0;
        assert!((0.01..0.06).contains(&share), "{share}");
    }
}
