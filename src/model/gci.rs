//! What cyberindex knows about the ITU Global Cybersecurity Index as World
//! Bank Data360 publishes it: the pillar series and their names, whose data
//! it is, and the checks a set of series gets (all five pillars given; the
//! computed overall against the published one).

use std::collections::HashMap;

use super::dataset::Dataset;

/// GCI pillar series by the code part of their indicator id, in the GCI's
/// own order, with the short names people use.
pub(crate) const GCI_PILLARS: [(&str, &str); 5] = [
    ("LEGL", "Legal"),
    ("TECH", "Technical"),
    ("ORG", "Organizational"),
    ("CDS", "Capacity Development"),
    ("COOP", "Cooperation"),
];

/// Published and computed overall may differ by rounding only.
const OVERALL_TOLERANCE: f64 = 0.01;

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

pub(crate) fn is_overall(code: &str, label: &str) -> bool {
    code.split('_').any(|p| p == "OVRL") || label.to_lowercase().contains("overall")
}

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

/// A published overall value, kept to cross-check the computed one.
pub(crate) struct Published {
    pub(crate) value: f64,
    pub(crate) file: String,
    pub(crate) line: u64,
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
pub(crate) fn missing_gci_pillars(series: &HashMap<String, String>) -> Option<String> {
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

/// Warns where the computed overall differs from the published one.
pub(crate) fn cross_check(ds: &mut Dataset, published: &HashMap<(String, i32), Published>) {
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
}
