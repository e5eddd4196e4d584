//! A partial index: when a pillar of the year has no score, the overall
//! index is the mean of the others, and every format says so rather than
//! ranking it silently beside complete ones.

mod common;
mod screen;
use common::*;

/// The real GCI data with Kenya's 2024 Cooperation score left empty.
fn partial(dir: &Path) -> String {
    let gci = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv"),
    )
    .unwrap();
    let mut blanked = 0;
    let lines: Vec<String> = gci
        .lines()
        .map(|l| {
            if l.starts_with("KEN,") && l.contains(",2024,Cooperation,") {
                blanked += 1;
                // country,name,region,year,pillar,id,indicator,score,...
                let mut cells: Vec<&str> = l.splitn(9, ',').collect();
                let rest = cells.pop().unwrap();
                format!("{},,{rest}", cells[..7].join(","))
            } else {
                l.to_string()
            }
        })
        .collect();
    assert_eq!(blanked, 1, "the fixture must blank exactly one score");
    let path = dir.join("partial.csv");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path.to_string_lossy().into_owned()
}

fn report(file: &str, extra: &[&str]) -> String {
    let mut args = vec!["report", file, "--country", "KEN"];
    args.extend(extra);
    run(&args).ok().stdout
}

#[test]
fn every_format_says_the_index_covers_four_of_five_pillars() {
    let dir = tempfile::tempdir().unwrap();
    let file = partial(dir.path());
    let json: serde_json::Value =
        serde_json::from_str(&report(&file, &["--format", "json"])).unwrap();
    assert_eq!(json["pillars_scored"], 4);
    assert_eq!(json["pillars_total"], 5);
    // The index is the mean of the four scored pillars.
    let scores: Vec<f64> = json["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["score"].as_f64())
        .collect();
    assert_eq!(scores.len(), 4);
    let mean = scores.iter().sum::<f64>() / 4.0;
    assert!((json["overall"].as_f64().unwrap() - mean).abs() < 1e-3);

    let note = "The index is the mean of 4 of 5 pillars; not assessed: Cooperation.";
    assert!(report(&file, &[]).contains(&format!("Note     {note}\n")));
    assert!(report(&file, &["--format", "md"]).contains(&format!("_{note}_")));
    let html = report(&file, &["--format", "html"]);
    assert!(
        html.contains("<p class=\"coverage\">The index is the mean of 4 of 5 pillars; not assessed: <bdi>Cooperation</bdi>.</p>"),
        "{html}"
    );
    let fr = report(&file, &["--format", "md", "--lang", "fr"]);
    assert!(fr.contains("moyenne de 4 piliers sur 5"), "{fr}");
    let ar = report(&file, &["--format", "html", "--lang", "ar"]);
    assert!(ar.contains("متوسط 4 من أصل 5"), "{ar}");
}

#[test]
fn the_overview_says_the_index_is_partial_at_every_size() {
    use cyberindex::app::{App, ThemeName};
    let dir = tempfile::tempdir().unwrap();
    let ds = cyberindex::read::load_path(Path::new(&partial(dir.path()))).unwrap();
    let ken = ds.find_country("KEN").unwrap();
    for (w, h) in [(120, 40), (80, 24), (60, 20)] {
        let mut app = App::new(ds.clone(), ken, ThemeName::Mono);
        let terminal = screen::render(&mut app, w, h);
        let buf = screen::buffer(&terminal);
        assert!(screen::find(buf, "4 of 5 pillars").is_some(), "{w}×{h}");
        assert!(screen::find(buf, "98.24").is_some(), "{w}×{h}");
    }
    // Zambia's index, over every pillar, has no such line.
    let zmb = ds.find_country("ZMB").unwrap();
    let mut app = App::new(ds.clone(), zmb, ThemeName::Mono);
    let terminal = screen::render(&mut app, 80, 24);
    assert!(screen::find(screen::buffer(&terminal), "of 5 pillars").is_none());
}

#[test]
fn a_complete_index_has_no_note() {
    let gci = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/gci-2020-2024.csv")
        .to_string_lossy()
        .into_owned();
    let json: serde_json::Value =
        serde_json::from_str(&report(&gci, &["--format", "json"])).unwrap();
    assert_eq!(json["pillars_scored"], 5);
    assert_eq!(json["pillars_total"], 5);
    for format in ["text", "md", "html"] {
        let out = report(&gci, &["--format", format]);
        assert!(!out.contains("pillars; not assessed"), "{format}");
        assert!(!out.contains("coverage"), "{format}");
    }
}
