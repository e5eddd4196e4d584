//! A dataset written back in the project's own schema.

use crate::model::Dataset;
use crate::read::indicators::schema::Column;

/// Full precision, so that loading the file again gives the same scores.
fn num(v: f64) -> String {
    crate::format::exact(v)
}

/// The dataset in the project's schema. The dataset keeps which sources its
/// file names, not which row named which, so every row gets them all (one,
/// for everything `import` reads: a Data360 database's attribution).
pub fn to_csv(ds: &Dataset) -> Vec<u8> {
    let source = ds.data_sources.join("; ");
    let header: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
    let rows = (0..ds.obs.len()).map(|i| {
        let country = &ds.countries[ds.obs.country[i] as usize];
        let ind = ds.indicator_of(i);
        [
            country.code.clone(),
            country.name.clone().unwrap_or_default(),
            country.region.clone().unwrap_or_default(),
            ds.years[ds.obs.year[i] as usize].to_string(),
            ds.pillars[ind.pillar as usize].clone(),
            ind.id.clone(),
            ind.name.clone(),
            ds.score(i).map(num).unwrap_or_default(),
            num(ds.max_score(i)),
            num(ds.weight(i)),
            num(ds.target(i)),
            ds.evidence(i).to_string(),
            ind.description.clone(),
            source.clone(),
        ]
    });
    super::csv::table(&header, rows).into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::load_reader;

    #[test]
    fn round_trip_keeps_every_value() {
        let text = "country,country_name,region,year,pillar,indicator_id,indicator,score,max_score,weight,target,evidence,description,source\n\
                    ZMB,Zambia,Africa,2024,Legal,L1,\"Law, with comma\",1.2345678901,4,2,3.5,\"multi\nline\",desc,\"Agency, 2024\"\n\
                    ZMB,Zambia,Africa,2024,Legal,L2,Two,,4,1,4,,,\"Agency, 2024\"\n";
        let a = load_reader("a.csv", text.as_bytes()).unwrap();
        let written = to_csv(&a);
        let b = load_reader("b.csv", &written[..]).unwrap();
        assert_eq!(a.countries, b.countries);
        assert_eq!(a.indicators, b.indicators);
        assert_eq!(
            a.obs.score.iter().map(|s| s.to_bits()).collect::<Vec<_>>(),
            b.obs.score.iter().map(|s| s.to_bits()).collect::<Vec<_>>()
        );
        for i in 0..a.obs.len() {
            assert_eq!(
                (a.max_score(i), a.weight(i), a.target(i)),
                (b.max_score(i), b.weight(i), b.target(i))
            );
        }
        assert_eq!(a.evidence(0), b.evidence(0));
        assert_eq!(b.data_sources, ["Agency, 2024"]);
        assert_eq!(b.rows_without_source, 0);
        assert_eq!(a.overall(0, 0), b.overall(0, 0));
    }
}
