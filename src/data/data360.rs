//! World Bank Data360 series files (the ITU GCI as published there).
//!
//! Each pillar series becomes one pillar with one indicator; the overall
//! series is not a pillar but a cross-check of the computed index. Records
//! are translated into the project's own schema and validated by the same
//! [`Builder`] as any indicator file, so every rule and every located error
//! still applies, with Data360's own column names in the messages.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::encoding;
use super::error::{LoadError, quote, short};
use super::load::{Builder, open_input, text_head};
use super::model::Dataset;
use super::records::{Record, RecordReader};
use super::schema::{Column, HeaderMap, normalize_header};

/// Columns a Data360 file must have (normalized, lower case).
const REQUIRED: [&str; 5] = [
    "ref_area",
    "indicator",
    "time_period",
    "obs_value",
    "unit_measure",
];

/// GCI pillar series by the code part of their indicator id, in the GCI's
/// own order, with the short names people use.
const GCI_PILLARS: [(&str, &str); 5] = [
    ("LEGL", "Legal"),
    ("TECH", "Technical"),
    ("ORG", "Organizational"),
    ("CDS", "Capacity Development"),
    ("COOP", "Cooperation"),
];

/// Published and computed overall may differ by rounding only.
const OVERALL_TOLERANCE: f64 = 0.01;

/// Whether a header row is a Data360 header.
pub fn is_data360_header<'a>(names: impl IntoIterator<Item = &'a str>) -> bool {
    let names: HashSet<String> = names.into_iter().map(normalize_header).collect();
    REQUIRED.iter().all(|r| names.contains(*r))
}

/// Reads the header of `path` and says whether it is a Data360 series.
/// Unreadable files answer `false`; the real load reports why. So do pipes
/// and other files that are not regular (`/dev/stdin`, `<(…)`, a FIFO),
/// without opening them: what this read would be gone for the load that
/// follows.
pub fn sniff(path: &Path) -> bool {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut reader = RecordReader::new(BufReader::new(file), b',');
    match reader.next_record() {
        Ok(Some(rec)) => is_data360_header(rec.iter().filter_map(|f| std::str::from_utf8(f).ok())),
        _ => false,
    }
}

/// The pillar a series belongs to: "Legal" for ITU_GCI_LEGL_SCRE, else its
/// label up to " Score", " - " or " (".
pub fn pillar_name(code: &str, label: &str) -> String {
    if let Some((_, name)) = GCI_PILLARS
        .iter()
        .find(|(k, _)| code.split('_').any(|part| part == *k))
    {
        return (*name).to_string();
    }
    let short = label.split(" (").next().unwrap_or(label);
    let short = short.split(" - ").next().unwrap_or(short).trim();
    let short = short.strip_suffix(" Score").unwrap_or(short).trim();
    if short.is_empty() {
        code.to_string()
    } else {
        short.to_string()
    }
}

fn is_overall(code: &str, label: &str) -> bool {
    code.split('_').any(|p| p == "OVRL") || label.to_lowercase().contains("overall")
}

/// The maximum of a scale code: `0_TO_20` → 20.
pub fn scale_max(unit: &str) -> Option<f64> {
    let (low, high) = unit.split_once("_TO_")?;
    let (low, high): (f64, f64) = (low.parse().ok()?, high.parse().ok()?);
    (low == 0.0 && high > 0.0 && high.is_finite()).then_some(high)
}

/// Position of the columns in one file.
struct Columns {
    ref_area: usize,
    ref_area_label: Option<usize>,
    indicator: usize,
    indicator_label: Option<usize>,
    time_period: usize,
    obs_value: usize,
    unit_measure: usize,
    database_id: Option<usize>,
    database_id_label: Option<usize>,
}

impl Columns {
    fn from_header(file: &str, rec: &Record<'_>) -> Result<Columns, LoadError> {
        let names: Vec<String> = rec
            .iter()
            .map(|f| normalize_header(&String::from_utf8_lossy(f)))
            .collect();
        let find = |n: &str| names.iter().position(|x| x == n);
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|r| find(r).is_none())
            .collect();
        if let Some(first) = missing.first() {
            return Err(LoadError::at(
                file,
                rec.line,
                Some(&first.to_uppercase()),
                "required Data360 column is missing from the header",
            ));
        }
        Ok(Columns {
            ref_area: find("ref_area").unwrap_or(0),
            ref_area_label: find("ref_area_label"),
            indicator: find("indicator").unwrap_or(0),
            indicator_label: find("indicator_label"),
            time_period: find("time_period").unwrap_or(0),
            obs_value: find("obs_value").unwrap_or(0),
            unit_measure: find("unit_measure").unwrap_or(0),
            database_id: find("database_id"),
            database_id_label: find("database_id_label"),
        })
    }
}

/// The own-schema columns a Data360 record is translated into, and what
/// they are called in the Data360 file.
const TRANSLATED: [(Column, &str); 9] = [
    (Column::Country, "REF_AREA"),
    (Column::CountryName, "REF_AREA_LABEL"),
    (Column::Year, "TIME_PERIOD"),
    (Column::Pillar, "INDICATOR_LABEL"),
    (Column::IndicatorId, "INDICATOR"),
    (Column::Indicator, "INDICATOR_LABEL"),
    (Column::Score, "OBS_VALUE"),
    (Column::MaxScore, "UNIT_MEASURE"),
    (Column::Source, "DATABASE_ID"),
];

/// Publishers of Data360 databases, by the prefix of the database id: the
/// database label alone ("Global Cybersecurity Index") does not say whose
/// it is, and an attribution must.
const PUBLISHERS: [(&str, &str); 1] = [("ITU_", "International Telecommunication Union")];

/// The attribution of a row from its `DATABASE_ID` and `DATABASE_ID_LABEL`:
/// "International Telecommunication Union, Global Cybersecurity Index, via
/// World Bank Data360 (ITU_GCI)".
pub fn attribution(id: &str, label: &str) -> String {
    let (id, label) = (id.trim(), label.trim());
    let publisher = PUBLISHERS
        .iter()
        .find(|(prefix, _)| id.starts_with(prefix))
        .map(|(_, name)| *name);
    let what: Vec<&str> = publisher
        .into_iter()
        .chain(Some(label).filter(|l| !l.is_empty()))
        .collect();
    let via = if id.is_empty() {
        "World Bank Data360".to_string()
    } else {
        format!("World Bank Data360 ({id})")
    };
    if what.is_empty() {
        via
    } else {
        format!("{}, via {via}", what.join(", "))
    }
}

/// (REF_AREA, INDICATOR, TIME_PERIOD) as read.
type ObservationKey = (Vec<u8>, Vec<u8>, Vec<u8>);

/// A published overall value, kept to cross-check the computed one.
struct Published {
    value: f64,
    file: String,
    line: u64,
}

/// Loads one or more Data360 series files as one dataset. Series that
/// Excel saved again as Windows-1252 are decoded, as indicator files are.
pub fn load(paths: &[PathBuf]) -> Result<Dataset, LoadError> {
    match load_as(paths, false) {
        // Valid UTF-8, the published files, is read once, streaming.
        Err(e) if encoding::failed_on_encoding(&e) => load_as(paths, true),
        other => other,
    }
}

/// How the files that are not UTF-8 were read, by file name.
#[derive(Default)]
struct Encodings {
    decoded: Vec<String>,
    /// Why a file was left undecoded.
    not_cp1252: HashMap<String, &'static str>,
}

/// With `decode`, each file is read whole, and one that is not UTF-8 but
/// plausibly Windows-1252 is decoded.
fn load_as(paths: &[PathBuf], decode: bool) -> Result<Dataset, LoadError> {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let label = match names.as_slice() {
        [one] => one.clone(),
        _ => format!("{} Data360 files", names.len()),
    };
    let header = HeaderMap::from_names(TRANSLATED.iter().map(|(c, _)| c.name()));
    let mut builder = Builder::new(header, false);
    builder.rename_columns(&TRANSLATED);
    let mut published: HashMap<(String, i32), Published> = HashMap::new();
    let mut series_seen: HashMap<String, String> = HashMap::new();

    let mut encodings = Encodings::default();
    for (path, name) in ordered(paths, &names) {
        builder.set_file(name);
        let mut state = (&mut builder, &mut published, &mut series_seen);
        if decode {
            read_decoding(path, name, &mut state, &mut encodings)?;
        } else {
            read_file(path, name, &mut state)?;
        }
    }
    let mut ds = builder.finish(&label).map_err(|mut e| {
        for d in &mut e.diagnostics {
            let why = d.file.as_ref().and_then(|f| encodings.not_cp1252.get(f));
            if let (Some(why), true) = (why, d.message == encoding::NOT_UTF8) {
                d.message = why.to_string();
            }
        }
        e
    })?;
    for name in encodings.decoded.iter().rev() {
        let warning = if names.len() == 1 {
            encoding::DECODED.to_string()
        } else {
            format!("{name}: {}", encoding::DECODED)
        };
        ds.warnings.insert(0, warning);
    }
    match missing_gci_pillars(&series_seen) {
        Some(warning) => ds.warnings.push(warning),
        None => cross_check(&mut ds, &published),
    }
    Ok(ds)
}

/// Whether a series is one of the GCI's pillars, and which: `ITU_GCI_TECH_SCORE`
/// is Technical. Only GCI series count, so another database's `TECH`
/// series does not make the GCI look partial.
fn gci_pillar(code: &str) -> Option<usize> {
    let parts: Vec<&str> = code.split('_').collect();
    if !parts.contains(&"GCI") {
        return None;
    }
    GCI_PILLARS.iter().position(|(k, _)| parts.contains(k))
}

/// A warning when some but not all five GCI pillar series were given: the
/// index is then the mean of fewer pillars than ITU's, and would be taken
/// for the GCI overall. The published overall is not compared then: every
/// country would differ, for this one reason.
fn missing_gci_pillars(series: &HashMap<String, String>) -> Option<String> {
    let mut given = [false; GCI_PILLARS.len()];
    for code in series.keys() {
        if let Some(i) = gci_pillar(code) {
            given[i] = true;
        }
    }
    let names = |want: bool| -> Vec<&str> {
        GCI_PILLARS
            .iter()
            .zip(given)
            .filter(|(_, g)| *g == want)
            .map(|((_, name), _)| *name)
            .collect()
    };
    let (present, missing) = (names(true), names(false));
    if present.is_empty() || missing.is_empty() {
        return None;
    }
    Some(format!(
        "only {} of the 5 GCI pillar series given ({}); missing: {}. The overall index here is the mean of {} pillar{} and will not match ITU's GCI overall{}",
        present.len(),
        present.join(", "),
        missing.join(", "),
        present.len(),
        if present.len() == 1 { "" } else { "s" },
        if series.keys().any(|c| is_overall(c, "")) {
            " (so it is not compared with the published one)"
        } else {
            ""
        }
    ))
}

/// GCI pillar files in the GCI's own order, whatever order the shell's glob
/// gave them in; other series keep their place after them.
fn ordered<'a>(paths: &'a [PathBuf], names: &'a [String]) -> Vec<(&'a PathBuf, &'a String)> {
    let rank = |name: &str| {
        let stem = Path::new(name)
            .file_stem()
            .map(|s| s.to_string_lossy().to_uppercase())
            .unwrap_or_default();
        GCI_PILLARS
            .iter()
            .position(|(k, _)| stem.split('_').any(|p| p == *k))
            .unwrap_or(GCI_PILLARS.len())
    };
    let mut v: Vec<_> = paths.iter().zip(names).collect();
    v.sort_by_key(|(_, n)| rank(n));
    v
}

/// What reading the files builds up: rows, published overall values, and
/// which file each series came from.
type State<'a> = (
    &'a mut Builder,
    &'a mut HashMap<(String, i32), Published>,
    &'a mut HashMap<String, String>,
);

fn read_file(path: &Path, name: &str, state: &mut State<'_>) -> Result<(), LoadError> {
    read_records(open_input(path, name)?, name, state)
}

/// Reads a file whole and decodes it if it is plausibly Windows-1252.
fn read_decoding(
    path: &Path,
    name: &str,
    state: &mut State<'_>,
    encodings: &mut Encodings,
) -> Result<(), LoadError> {
    let mut bytes = Vec::new();
    open_input(path, name)?
        .read_to_end(&mut bytes)
        .map_err(|e| LoadError::file_level(name, format!("cannot read: {e}")))?;
    if std::str::from_utf8(&bytes).is_ok() {
        return read_records(&bytes[..], name, state);
    }
    match encoding::not_cp1252(&bytes) {
        None => {
            encodings.decoded.push(name.to_string());
            read_records(encoding::decode_cp1252(&bytes).as_bytes(), name, state)
        }
        Some(why) => {
            encodings.not_cp1252.insert(name.to_string(), why);
            read_records(&bytes[..], name, state)
        }
    }
}

fn read_records(source: impl Read, name: &str, state: &mut State<'_>) -> Result<(), LoadError> {
    let (builder, published, series_seen) = state;
    let mut buffered = BufReader::new(source);
    // Published series are always comma-separated: the delimiter found is
    // not needed, only the check that this is text.
    text_head(name, &mut buffered)?;
    let read_error = |e: std::io::Error| LoadError::file_level(name, format!("cannot read: {e}"));
    let mut reader = RecordReader::new(buffered, b',');
    let cols = match reader.next_record().map_err(read_error)? {
        Some(rec) => Columns::from_header(name, &rec)?,
        None => {
            return Err(LoadError::at(
                name,
                1,
                None,
                "the file is empty: expected a header row",
            ));
        }
    };
    let mut seen_here: HashMap<ObservationKey, u64> = HashMap::new();
    let (mut out, mut bounds) = (Vec::new(), Vec::new());
    while let Some(rec) = reader.next_record().map_err(read_error)? {
        let line = rec.line;
        let cell = |i: usize| rec.get(i).unwrap_or_default();
        let text = |i: Option<usize>| {
            i.map(|i| String::from_utf8_lossy(cell(i)).into_owned())
                .unwrap_or_default()
        };
        if rec.iter().all(<[u8]>::is_empty) {
            continue;
        }
        let code = String::from_utf8_lossy(cell(cols.indicator)).into_owned();
        let label = text(cols.indicator_label);
        if let Some(first) = series_seen.get(&code)
            && first != name
        {
            builder.errors_mut().push(
                line,
                Some("INDICATOR"),
                format!("series {} was already read from {first}", quote(&code)),
            );
            return Ok(());
        }
        series_seen.insert(code.clone(), name.to_string());

        let key = (
            cell(cols.ref_area).to_vec(),
            code.as_bytes().to_vec(),
            cell(cols.time_period).to_vec(),
        );
        if let Some(first) = seen_here.get(&key) {
            let msg = format!(
                "duplicate observation for ({}, {}, {}): already given at line {first}",
                short(&String::from_utf8_lossy(&key.0)),
                short(&String::from_utf8_lossy(&key.2)),
                short(&code)
            );
            builder.errors_mut().push(line, Some("TIME_PERIOD"), msg);
            continue;
        }
        seen_here.insert(key, line);

        if is_overall(&code, &label) {
            let country = String::from_utf8_lossy(cell(cols.ref_area)).into_owned();
            let year = std::str::from_utf8(cell(cols.time_period))
                .ok()
                .and_then(|y| y.parse().ok());
            let value = std::str::from_utf8(cell(cols.obs_value))
                .ok()
                .and_then(|v| v.parse::<f64>().ok());
            if let (Some(year), Some(value)) = (year, value) {
                published.insert(
                    (country, year),
                    Published {
                        value,
                        file: name.to_string(),
                        line,
                    },
                );
            }
            continue;
        }
        let unit = String::from_utf8_lossy(cell(cols.unit_measure)).into_owned();
        let Some(max) = scale_max(&unit) else {
            builder.errors_mut().push(
                line,
                Some("UNIT_MEASURE"),
                format!("{} is not a scale like 0_TO_20", quote(&unit)),
            );
            continue;
        };
        let pillar = pillar_name(&code, &label);
        let max = max.to_string();
        let source = attribution(&text(cols.database_id), &text(cols.database_id_label));
        let fields: [&[u8]; 9] = [
            cell(cols.ref_area),
            cols.ref_area_label.map(cell).unwrap_or_default(),
            cell(cols.time_period),
            pillar.as_bytes(),
            code.as_bytes(),
            label.as_bytes(),
            cell(cols.obs_value),
            max.as_bytes(),
            source.as_bytes(),
        ];
        out.clear();
        bounds.clear();
        for f in fields {
            bounds.push((out.len(), out.len() + f.len()));
            out.extend_from_slice(f);
        }
        builder.row(&Record::from_parts(line, &out, &bounds));
    }
    Ok(())
}

/// Warns where the computed overall differs from the published one.
fn cross_check(ds: &mut Dataset, published: &HashMap<(String, i32), Published>) {
    let mut found: Vec<(&String, u64, String)> = Vec::new();
    for ((country, year), p) in published {
        let (Some(c), Some(y)) = (
            ds.countries.iter().position(|k| &k.code == country),
            ds.year_ix(*year),
        ) else {
            continue;
        };
        let Some(computed) = ds.overall(c as u32, y) else {
            continue;
        };
        if (computed - p.value).abs() > OVERALL_TOLERANCE {
            found.push((
                &p.file,
                p.line,
                format!(
                    "{}:{}: {country} {year}: computed overall {computed:.2} differs from the published {:.2}",
                    p.file, p.line, p.value
                ),
            ));
        }
    }
    found.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    ds.warnings.extend(found.into_iter().map(|(_, _, w)| w));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gci_series_map_to_short_pillar_names() {
        assert_eq!(
            pillar_name("ITU_GCI_LEGL_SCRE", "Legal Score - LS (ITU GCI)"),
            "Legal"
        );
        assert_eq!(
            pillar_name("ITU_GCI_COOP_SCORE", "Cooperative Score - CS (ITU GCI)"),
            "Cooperation"
        );
        assert_eq!(pillar_name("ITU_GCI_CDS_SCORE", ""), "Capacity Development");
        assert_eq!(
            pillar_name("X_DIGID", "Digital ID Score - DI (Other)"),
            "Digital ID"
        );
        assert_eq!(pillar_name("X_Y", ""), "X_Y");
    }

    #[test]
    fn overall_series_is_recognised() {
        assert!(is_overall("ITU_GCI_GCI_OVRL_SCRE", ""));
        assert!(is_overall(
            "X",
            "Global Cybersecurity Index - Overall Score (ITU GCI)"
        ));
        assert!(!is_overall(
            "ITU_GCI_ORG_SCORE",
            "Organizational Score - OS (ITU GCI)"
        ));
    }

    #[test]
    fn scales_give_the_maximum() {
        assert_eq!(scale_max("0_TO_20"), Some(20.0));
        assert_eq!(scale_max("0_TO_100"), Some(100.0));
        assert_eq!(scale_max("PERCENT"), None);
        assert_eq!(scale_max("5_TO_20"), None);
        assert_eq!(scale_max("0_TO_inf"), None);
    }

    #[test]
    fn rows_are_attributed_to_their_database_and_its_publisher() {
        assert_eq!(
            attribution("ITU_GCI", "Global Cybersecurity Index"),
            "International Telecommunication Union, Global Cybersecurity Index, via World Bank Data360 (ITU_GCI)"
        );
        assert_eq!(
            attribution("WB_WDI", "World Development Indicators"),
            "World Development Indicators, via World Bank Data360 (WB_WDI)"
        );
        assert_eq!(attribution("X", ""), "World Bank Data360 (X)");
        // A file without the database columns is still from Data360.
        assert_eq!(attribution("", ""), "World Bank Data360");
    }

    #[test]
    fn headers_are_recognised() {
        assert!(is_data360_header([
            "STRUCTURE",
            "REF_AREA",
            "INDICATOR",
            "TIME_PERIOD",
            "OBS_VALUE",
            "UNIT_MEASURE"
        ]));
        assert!(!is_data360_header([
            "year",
            "pillar",
            "indicator_id",
            "score",
            "max_score"
        ]));
    }

    fn write(dir: &Path, name: &str, rows: &[&str]) -> PathBuf {
        let path = dir.join(name);
        let mut text = String::from(
            "REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\r\n",
        );
        for r in rows {
            text.push_str(r);
            text.push_str("\r\n");
        }
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn series_become_pillars_in_gci_order_and_overall_is_cross_checked() {
        let dir = tempfile::tempdir().unwrap();
        // AAA: Technical 10 of 20, everything else full; BBB: Legal not
        // assessed, everything else full.
        let series = |stem: &str, label: &str, aaa: &str, bbb: &str| {
            write(
                dir.path(),
                &format!("ITU_GCI_{stem}.csv"),
                &[
                    &format!("AAA,Aland,ITU_GCI_{stem},{label},0_TO_20,2024,{aaa}"),
                    &format!("BBB,Bland,ITU_GCI_{stem},{label},0_TO_20,2024,{bbb}"),
                ],
            )
        };
        let tech = series("TECH_SCORE", "Technical Score - TS (ITU GCI)", "10", "20");
        let legal = series("LEGL_SCRE", "Legal Score - LS (ITU GCI)", "20", "");
        let coop = series("COOP_SCORE", "Cooperative Score - CS (ITU GCI)", "20", "20");
        let org = series(
            "ORG_SCORE",
            "Organizational Score - OS (ITU GCI)",
            "20",
            "20",
        );
        let cds = series(
            "CDS_SCORE",
            "Capacity Development Score - CDS (ITU GCI)",
            "20",
            "20",
        );
        let overall = write(
            dir.path(),
            "ITU_GCI_GCI_OVRL_SCRE.csv",
            &[
                // AAA: (50 + 4 × 100) / 5 = 90, as published. BBB: 100
                // computed (Legal not scored), 90 published.
                "AAA,Aland,ITU_GCI_GCI_OVRL_SCRE,Global Cybersecurity Index - Overall Score (ITU GCI),0_TO_100,2024,90",
                "BBB,Bland,ITU_GCI_GCI_OVRL_SCRE,Global Cybersecurity Index - Overall Score (ITU GCI),0_TO_100,2024,90",
            ],
        );
        let ds = load(&[tech, coop, overall, org, legal, cds]).unwrap();
        assert_eq!(
            ds.pillars,
            [
                "Legal",
                "Technical",
                "Organizational",
                "Capacity Development",
                "Cooperation"
            ]
        );
        assert_eq!(ds.countries[0].label(), "Aland");
        assert_eq!(ds.overall(0, 0), Some(90.0));
        assert_eq!(ds.not_assessed(), 1);
        assert_eq!(ds.warnings.len(), 1, "{:?}", ds.warnings);
        assert!(ds.warnings[0].contains("ITU_GCI_GCI_OVRL_SCRE.csv:3: BBB 2024: computed overall 100.00 differs from the published 90.00"), "{}", ds.warnings[0]);
    }

    #[test]
    fn some_but_not_all_gci_pillars_give_one_warning_naming_the_missing() {
        let dir = tempfile::tempdir().unwrap();
        let legal = write(
            dir.path(),
            "ITU_GCI_LEGL_SCRE.csv",
            &["AAA,Aland,ITU_GCI_LEGL_SCRE,Legal Score - LS (ITU GCI),0_TO_20,2024,20"],
        );
        let coop = write(
            dir.path(),
            "ITU_GCI_COOP_SCORE.csv",
            &["AAA,Aland,ITU_GCI_COOP_SCORE,Cooperative Score - CS (ITU GCI),0_TO_20,2024,10"],
        );
        let overall = write(
            dir.path(),
            "ITU_GCI_GCI_OVRL_SCRE.csv",
            &[
                "AAA,Aland,ITU_GCI_GCI_OVRL_SCRE,Global Cybersecurity Index - Overall Score (ITU GCI),0_TO_100,2024,80",
            ],
        );
        let ds = load(&[coop.clone(), legal.clone(), overall]).unwrap();
        // (100 + 50) / 2 = 75, not the published 80: one warning says why,
        // not one per country-year.
        assert_eq!(
            ds.warnings,
            [
                "only 2 of the 5 GCI pillar series given (Legal, Cooperation); missing: Technical, Organizational, Capacity Development. \
              The overall index here is the mean of 2 pillars and will not match ITU's GCI overall (so it is not compared with the published one)"
            ]
        );
        let ds = load(std::slice::from_ref(&legal)).unwrap();
        assert!(ds.warnings[0].starts_with("only 1 of the 5 GCI pillar series given (Legal); missing: Technical, Organizational, Capacity Development, Cooperation. The overall index here is the mean of 1 pillar and will not match ITU's GCI overall"), "{:?}", ds.warnings);
        // Series of another database are not GCI pillars.
        let other = write(
            dir.path(),
            "x.csv",
            &["AAA,Aland,X_TECH,Tech Score,0_TO_20,2024,5"],
        );
        assert!(load(&[other]).unwrap().warnings.is_empty());
    }

    #[test]
    fn errors_name_the_data360_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let good = write(
            dir.path(),
            "a.csv",
            &["AAA,Aland,S1,One Score,0_TO_20,2024,5"],
        );
        let bad = write(
            dir.path(),
            "b.csv",
            &[
                "AAA,Aland,S2,Two Score,0_TO_20,2024,25",
                "AAA,Aland,S2,Two Score,PERCENT,2023,5",
                "AAA,Aland,S2,Two Score,0_TO_20,2024,5",
            ],
        );
        let e = load(&[good, bad.clone()]).unwrap_err();
        let lines: Vec<String> = e.lines().collect();
        let b = bad.display().to_string();
        assert_eq!(
            lines,
            vec![
                format!("{b}:2: OBS_VALUE: 25 is above max_score 20"),
                format!("{b}:3: UNIT_MEASURE: \"PERCENT\" is not a scale like 0_TO_20"),
                format!(
                    "{b}:4: TIME_PERIOD: duplicate observation for (AAA, 2024, S2): already given at line 2"
                ),
            ]
        );
    }

    #[test]
    fn a_series_saved_as_windows_1252_is_decoded_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let utf8 = write(
            dir.path(),
            "ITU_GCI_LEGL_SCRE.csv",
            &["CIV,Côte d'Ivoire,ITU_GCI_LEGL_SCRE,Legal Score,0_TO_20,2024,20"],
        );
        let cp1252 = dir.path().join("ITU_GCI_TECH_SCORE.csv");
        std::fs::write(
            &cp1252,
            b"REF_AREA,REF_AREA_LABEL,INDICATOR,INDICATOR_LABEL,UNIT_MEASURE,TIME_PERIOD,OBS_VALUE\r\n\
              CIV,C\xf4te d'Ivoire,ITU_GCI_TECH_SCORE,Technical Score,0_TO_20,2024,10\r\n\
              CUW,Cura\xe7ao,ITU_GCI_TECH_SCORE,Technical Score,0_TO_20,2024,x\r\n",
        )
        .unwrap();
        // The decoded file's errors keep its name and lines.
        let e = load(&[utf8.clone(), cp1252.clone()]).unwrap_err();
        let c = cp1252.display().to_string();
        assert_eq!(
            e.lines().collect::<Vec<_>>(),
            vec![format!("{c}:3: OBS_VALUE: \"x\" is not a number")]
        );
        let bytes = std::fs::read(&cp1252).unwrap();
        std::fs::write(&cp1252, &bytes[..bytes.len() - 3]).unwrap();
        let ds = load(&[utf8.clone(), cp1252.clone()]).unwrap();
        assert_eq!(ds.countries[0].label(), "Côte d'Ivoire");
        assert_eq!(ds.countries[1].label(), "Curaçao");
        assert_eq!(
            ds.warnings[0],
            format!(
                "{c}: decoded as Windows-1252 (the file is not UTF-8); save it as CSV UTF-8 to silence this"
            )
        );
        // Two of the GCI's five pillars, which is said too.
        assert_eq!(ds.warnings.len(), 2);
        assert!(ds.warnings[1].starts_with("only 2 of the 5 GCI pillar series given"));
        // A byte Windows-1252 leaves undefined: located, and named as such.
        std::fs::write(&cp1252, [&bytes[..bytes.len() - 3], b"\x81\r\n"].concat()).unwrap();
        let e = load(&[utf8, cp1252]).unwrap_err();
        assert_eq!(
            e.lines().collect::<Vec<_>>(),
            vec![format!(
                "{c}:3: OBS_VALUE: is neither UTF-8 nor Windows-1252 text; save the file as CSV UTF-8"
            )]
        );
    }

    #[test]
    fn missing_data360_column_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        std::fs::write(
            &path,
            "REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE\n",
        )
        .unwrap();
        assert!(sniff(&path));
        std::fs::write(&path, "REF_AREA,INDICATOR,TIME_PERIOD,UNIT_MEASURE,OBS\n").unwrap();
        assert!(!sniff(&path));
    }
}
