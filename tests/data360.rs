//! The real ITU GCI series as published by World Bank Data360, read from
//! ../shared/data/gci-data360. If that folder is missing this test fails:
//! it must never pass by skipping.

mod common;
use common::*;

use std::path::PathBuf;

use cyberindex::model::Tier;
use cyberindex::read::load_paths;

fn series() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gci-data360");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the real Data360 files must be at {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        6,
        "expected the five pillar series and the overall series in {}",
        dir.display()
    );
    files
}

#[test]
fn zambia_matches_the_published_gci() {
    let ds = load_paths(&series()).expect("the published series load");
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
    assert_eq!(ds.countries.len(), 194);
    // The overall series agrees with the computed index everywhere.
    assert!(ds.warnings.is_empty(), "{:?}", ds.warnings);
    // Every row is attributed to its database and publisher.
    assert_eq!(
        ds.data_sources,
        [
            "International Telecommunication Union, Global Cybersecurity Index, via World Bank Data360 (ITU_GCI)"
        ]
    );
    assert_eq!(ds.rows_without_source, 0);

    let zmb = ds.find_country("ZMB").expect("Zambia is in the data");
    assert_eq!(ds.countries[zmb as usize].label(), "Zambia");
    let y2024 = ds.year_ix(2024).unwrap();
    let y2020 = ds.year_ix(2020).unwrap();
    let o2024 = ds.overall(zmb, y2024).unwrap();
    let o2020 = ds.overall(zmb, y2020).unwrap();
    assert_eq!(format!("{o2024:.2}"), "92.58");
    assert_eq!(format!("{o2020:.2}"), "68.88");
    assert_eq!(ds.tier(zmb, y2024), Some(Tier::Advancing));
    assert_eq!(ds.tier(zmb, y2020), Some(Tier::Establishing));
    // Capacity Development is the weakest pillar in both years.
    for y in [y2020, y2024] {
        let weakest = cyberindex::model::compare_year::weak_pillars(&ds, zmb, y)[0].0;
        assert_eq!(ds.pillars[weakest as usize], "Capacity Development");
    }
    // Each pillar is 0–20 in the source: 14.966 of 20 (published rounded to 14.97) is 74.83 of 100.
    let cds = ds.pillar_score(zmb, y2024, 3).unwrap();
    assert!((cds - 74.83).abs() < 0.01, "{cds}");
}

fn bin() -> Command {
    cyberindex::<&str>(&[]).command()
}

#[test]
fn import_writes_the_same_data_in_the_own_schema_and_never_onto_an_input() {
    let files = series();
    let before: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("gci.csv");
    let status = bin()
        .arg("import")
        .arg("data360")
        .args(&files)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );

    let direct = load_paths(&files).unwrap();
    let imported = load_paths(std::slice::from_ref(&out)).unwrap();
    assert_eq!(imported.pillars, direct.pillars);
    assert_eq!(imported.countries.len(), direct.countries.len());
    for c in 0..direct.countries.len() as u32 {
        for y in 0..direct.years.len() as u16 {
            assert_eq!(
                imported.overall(c, y),
                direct.overall(c, y),
                "country {c} year {y}"
            );
        }
    }

    // Writing onto an input is refused, and nothing is written.
    let refused = bin()
        .arg("import")
        .arg("data360")
        .args(&files)
        .arg("-o")
        .arg(&files[0])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("refusing to write"));
    let after: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    assert!(before == after, "input files changed");
}

#[test]
fn committed_example_is_the_converted_series() {
    let example = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let ds = load_paths(std::slice::from_ref(&example)).unwrap();
    let direct = load_paths(&series()).unwrap();
    assert_eq!(
        std::fs::read(&example).unwrap(),
        cyberindex::write::dataset_csv::to_csv(&direct),
        "regenerate with `cyberindex import data360 ../shared/data/gci-data360/*.csv -o examples/gci-2020-2024.csv`"
    );
    let zmb = ds.find_country("ZMB").unwrap();
    let out = bin()
        .arg("report")
        .arg(&example)
        .args(["--country", "ZMB", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // ITU_GCI_GCI_OVRL_SCRE.csv publishes 92.58162775966416 and 68.87660672544338.
    assert_eq!(json["overall"], 92.5816);
    assert_eq!(json["compare_overall"], 68.8766);
    assert_eq!(json["tier"], 2);
    assert_eq!(
        ds.tier(zmb, ds.year_ix(2024).unwrap()),
        Some(Tier::Advancing)
    );
}

#[test]
fn bulk_csv_and_ranked_json_on_data360_input() {
    let out = bin()
        .arg("report")
        .args(series())
        .args(["--all", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "country,year,overall,tier,Legal,Technical,Organizational,Capacity Development,Cooperation"
        )
    );
    // 194 countries × 2 years.
    assert_eq!(text.lines().count(), 1 + 194 * 2);
    // Pillars are 0–100 here: 17.61548499171412 of 20 is 88.0774.
    assert!(
        text.contains("\nZMB,2024,92.5816,2,100,88.0774,100,74.8307,100\n"),
        "{text}"
    );
    assert!(text.contains("\nZMB,2020,68.8766,3,100,69.1193,79.2811,40.3684,55.6142\n"));

    let peers = [
        "--peers",
        "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN",
    ];
    let out = bin()
        .arg("report")
        .args(series())
        .args(["--country", "ZMB", "--format", "json"])
        .args(peers)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Seven of the sixteen score higher in 2024, but ranks are as ITU gives
    // them: Mauritius and Egypt share 1st, Ghana and Tanzania (99.27 each)
    // 2nd, then Kenya, Rwanda, Morocco, so Zambia is 6th.
    assert_eq!(
        (
            json["rank"].as_u64(),
            json["of"].as_u64(),
            json["tied_with"].as_u64()
        ),
        (Some(6), Some(16), Some(0))
    );
    let legal = &json["pillars"][0];
    assert_eq!(legal["pillar"], "Legal");
    assert_eq!(
        (legal["rank"].as_u64(), legal["tied_with"].as_u64()),
        (Some(1), Some(8)),
        "nine of the sixteen have full Legal marks"
    );
    let tech = json["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pillar"] == "Technical")
        .unwrap();
    assert_eq!(
        (tech["rank"].as_u64(), tech["of"].as_u64()),
        (Some(11), Some(16))
    );

    // One country alone has no ranks to give.
    let out = bin()
        .arg("report")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("indicators.csv"))
        .args(["--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json.get("rank").is_none() && json.get("of").is_none());

    let out = bin()
        .arg("report")
        .args(series())
        .args(["--region", "Africa"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no region column; use --peers"));
}

/// ITU's published GCI 2020 ranks (Global Cybersecurity Index 2020, ITU,
/// 2021), which rank equal scores together and give the next score the
/// next rank. Computed here from the published overall scores.
#[test]
fn gci_2020_ranks_are_the_ones_itu_published() {
    use cyberindex::model::rank::{RankBy, ranking};
    let ds = load_paths(&series()).expect("the published series load");
    let y = ds.year_ix(2020).unwrap();
    let everyone: Vec<u32> = (0..ds.countries.len() as u32).collect();
    let ranks = ranking(&ds, &everyone, y, RankBy::Overall);
    let rank_of = |code: &str| {
        let c = ds.find_country(code).unwrap();
        ranks.iter().find(|p| p.country == c).map(|p| p.rank)
    };
    let published = [
        ("USA", 1),
        ("GBR", 2),
        ("SAU", 2),
        ("EST", 3),
        ("KOR", 4),
        ("SGP", 4),
        ("ESP", 4),
        ("RUS", 5),
        ("ARE", 5),
        ("MYS", 5),
        ("LTU", 6),
        ("JPN", 7),
        ("CAN", 8),
        ("FRA", 9),
        ("MUS", 17),
        ("EGY", 23),
        ("TZA", 37),
        ("GHA", 43),
        ("NGA", 47),
        ("MAR", 50),
        ("KEN", 51),
    ];
    for (code, rank) in published {
        assert_eq!(rank_of(code), Some(rank), "{code}");
    }
    let gbr = ranks.iter().find(|p| p.rank == 2).unwrap();
    assert_eq!(
        gbr.tied_with, 1,
        "the United Kingdom and Saudi Arabia share 2nd"
    );
}

/// Two of the five GCI pillars alone make an index that is not the GCI's:
/// ZMB 2024 would read "Overall 94.04, Tier 2" from Legal (20) and Technical
/// (17.62) alone. Importing or loading them says so, naming what is missing.
#[test]
fn a_partial_set_of_gci_pillars_warns_naming_the_missing_ones() {
    let files: Vec<PathBuf> = series()
        .into_iter()
        .filter(|f| {
            let name = f.file_name().unwrap().to_str().unwrap();
            name.contains("LEGL") || name.contains("TECH")
        })
        .collect();
    assert_eq!(files.len(), 2);
    let warning = "2 Data360 files: warning: only 2 of the 5 GCI pillar series given (Legal, Technical); \
                   missing: Organizational, Capacity Development, Cooperation. The overall index here is \
                   the mean of 2 pillars and will not match ITU's GCI overall\n";
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("partial.csv");
    let import = bin()
        .args(["import", "data360"])
        .args(&files)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(import.status.code(), Some(0));
    let stderr = String::from_utf8(import.stderr).unwrap();
    assert!(stderr.starts_with(warning), "{stderr}");
    // Loaded directly, the same.
    let report = bin()
        .arg("report")
        .args(&files)
        .args(["--country", "ZMB"])
        .output()
        .unwrap();
    assert_eq!(report.status.code(), Some(0));
    assert_eq!(String::from_utf8(report.stderr).unwrap(), warning);
    let text = String::from_utf8(report.stdout).unwrap();
    assert!(text.contains("Overall  94.04 / 100"), "{text}");
}
