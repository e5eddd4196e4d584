use super::*;

#[test]
fn scales_give_the_maximum() {
    assert_eq!(scale_max("0_TO_20"), Some(20.0));
    assert_eq!(scale_max("0_TO_100"), Some(100.0));
    assert_eq!(scale_max("PERCENT"), None);
    assert_eq!(scale_max("5_TO_20"), None);
    assert_eq!(scale_max("0_TO_inf"), None);
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
    assert_eq!(sniff(&path), Ok(true));
    std::fs::write(&path, "REF_AREA,INDICATOR,TIME_PERIOD,UNIT_MEASURE,OBS\n").unwrap();
    assert_eq!(sniff(&path), Ok(false));
}

#[test]
fn binary_data_is_refused_before_the_header_is_sniffed() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "a.csv",
        &["AAA,Aland,S1,One Score,0_TO_20,2024,5"],
    );
    // No line end for the sniff to stop at.
    let zeros = dir.path().join("zeros.csv");
    std::fs::write(&zeros, vec![0u8; 1 << 20]).unwrap();
    let z = zeros.display().to_string();
    let binary = format!("{z}:1: not CSV text: the file contains binary data (a NUL byte)");
    assert_eq!(sniff(&zeros).unwrap_err().first(), binary);
    let e = crate::read::load_paths(&[good, zeros]).unwrap_err();
    assert_eq!(e.lines().collect::<Vec<_>>(), [binary]);
}

#[test]
fn a_cell_over_the_limit_is_named_as_data360_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let long = "x".repeat((1 << 20) + 1);
    let path = write(
        dir.path(),
        "a.csv",
        &[&format!("AAA,{long},S1,One Score,0_TO_20,2024,5")],
    );
    let e = load(std::slice::from_ref(&path)).unwrap_err();
    assert_eq!(
        e.lines().collect::<Vec<_>>(),
        [format!(
            "{}:2: REF_AREA_LABEL: is longer than 1 MiB, the most one cell may hold",
            path.display()
        )]
    );
}

/// One file given twice is refused naming both names; one series in two
/// files names both files. Neither reports a row as a duplicate of itself.
#[test]
fn a_file_or_series_given_twice_names_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.csv",
        &["AAA,Aland,S1,One Score,0_TO_20,2024,5"],
    );
    let again = dir.path().join(".").join("a.csv");
    let e = load(&[a.clone(), again.clone()]).unwrap_err();
    assert_eq!(
        e.first(),
        format!(
            "{}: is the same file as {}; give each file once",
            again.display(),
            a.display()
        )
    );
    let copy = dir.path().join("copy.csv");
    std::fs::copy(&a, &copy).unwrap();
    let e = load(&[a.clone(), copy.clone()]).unwrap_err();
    assert_eq!(
        e.first(),
        format!(
            "{}:2: INDICATOR: series \"S1\" was already read from {}",
            copy.display(),
            a.display()
        )
    );
}
