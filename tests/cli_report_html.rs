//! `cyberindex report --format html`: the brief is one self-contained
//! page, its figures are `--format json`'s as the text report writes them,
//! and text from the data is shown as text, never as markup.

mod common;
use common::*;

use serde_json::Value;

fn gci() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/gci-2020-2024.csv")
        .to_string_lossy()
        .into_owned()
}

fn html(args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["--format", "html"]);
    let out = run(&all).ok();
    out.stdout
}

fn json(args: &[&str]) -> Value {
    let mut all = vec!["report"];
    all.extend(args);
    all.extend(["--format", "json"]);
    run(&all).ok().json()
}

/// Text with its tags taken out and the five escapes read back.
fn text(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The body rows of the table of class `class`, each cell as text.
fn rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let open = format!("<table class=\"{class}\">");
    let start = html
        .find(&open)
        .unwrap_or_else(|| panic!("no table {class}"));
    let table = &html[start..];
    let table = &table[..table.find("</table>").unwrap()];
    let body = &table[table.find("<tbody>").unwrap()..];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..];
                    text(&cell[..cell.find("</td>").unwrap()])
                })
                .collect()
        })
        .collect()
}

/// A figure of the JSON report as every brief writes it.
fn shown(v: &Value) -> String {
    match v.as_f64() {
        Some(x) => format!("{x:.2}"),
        None => "—".to_string(),
    }
}

fn assert_same_figures(args: &[&str]) {
    let page = html(args);
    let j = json(args);
    // Headline: the index, the tier by number and name.
    let overall = &page[page.find("id=\"overall\">").unwrap() + 13..];
    let overall = &overall[..overall.find(' ').unwrap()];
    assert_eq!(overall, shown(&j["overall"]), "{args:?}");
    let tier = format!(
        "Tier {} · {}",
        j["tier"].as_u64().unwrap(),
        j["tier_label"].as_str().unwrap()
    );
    assert!(
        page.contains(&format!(
            "<span class=\"tier tier-{}\">{tier}</span>",
            j["tier"]
        )),
        "{tier}"
    );
    // Every pillar, this year and the comparison year.
    let pillars = rows(&page, "pillars");
    let expected = j["pillars"].as_array().unwrap();
    assert_eq!(pillars.len(), expected.len());
    for (row, p) in pillars.iter().zip(expected) {
        assert_eq!(row[0], p["pillar"].as_str().unwrap());
        assert_eq!(row[1], shown(&p["score"]), "{}", row[0]);
        if j["compare_year"].is_i64() {
            assert_eq!(row[2], shown(&p["compare_score"]), "{}", row[0]);
        }
        // The bar's figure in the chart is the table's.
        assert!(page.contains(&format!("class=\"value\">{}</text>", row[1])));
    }
    // What to fix first: the same indicators, in order, with their gains.
    let gaps = rows(&page, "fix-first");
    let expected = j["top_gaps"].as_array().unwrap();
    assert!(!expected.is_empty());
    assert_eq!(gaps.len(), expected.len());
    for (row, g) in gaps.iter().zip(expected) {
        assert!(row[1].starts_with(g["indicator_id"].as_str().unwrap()));
        assert_eq!(row[5], format!("{:+.2}", g["gain"].as_f64().unwrap()));
    }
    // Weakest pillars: the JSON's list, in its order.
    for name in j["weakest_pillars"].as_array().unwrap() {
        let name = name.as_str().unwrap().replace('&', "&amp;");
        assert!(
            page.contains(&format!("<li><strong><bdi>{name}</bdi></strong>")),
            "{name}"
        );
    }
}

#[test]
fn the_brief_gives_the_json_reports_figures_on_the_sample() {
    assert_same_figures(&[&bundled()]);
}

#[test]
fn the_brief_gives_the_json_reports_figures_for_zambia_among_every_country() {
    let file = gci();
    assert_same_figures(&[&file, "--country", "ZMB"]);
    assert_same_figures(&[
        &file,
        "--country",
        "ZMB",
        "--year",
        "2024",
        "--compare",
        "2020",
    ]);
}

#[test]
fn the_standing_among_peers_is_the_ranks_and_every_peer_is_on_the_strip() {
    let file = gci();
    let page = html(&[&file, "--country", "ZMB"]);
    let j = json(&[&file, "--country", "ZMB"]);
    let of = j["of"].as_u64().unwrap() as usize;
    assert!(of > 100, "{of}");
    assert!(page.contains(&format!("<strong>{}th</strong> of", j["rank"])));
    assert_eq!(page.matches("class=\"peer\"").count(), of);
    let zmb = format!("ZMB {}", shown(&j["overall"]));
    assert!(page.contains(&format!(">{zmb}</text>")), "{zmb}");
    // The strip's table: every ranked peer with its index, ZMB's rank.
    let peers = page.split("<section id=\"peers\">").nth(1).unwrap();
    let marked = format!("<td class=\"n\">{}</td><td><bdi>ZMB</bdi></td>", j["rank"]);
    assert!(peers.contains(&marked), "{marked}");
    // One country alone has no peers: no section, no strip.
    let alone = html(&[&bundled()]);
    assert!(!alone.contains("id=\"peers\""));
}

#[test]
fn the_trend_is_every_year_of_the_country() {
    let page = html(&[&bundled()]);
    let trend = rows(&page, "trend");
    let years: Vec<&str> = trend.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(years, ["2019", "2020", "2021", "2022", "2023", "2024"]);
    for year in 2019..=2024 {
        let j = json(&[&bundled(), "--year", &year.to_string()]);
        let row = trend.iter().find(|r| r[0] == year.to_string()).unwrap();
        assert_eq!(row[1], shown(&j["overall"]), "{year}");
        assert!(row[2].contains(j["tier_label"].as_str().unwrap()));
    }
}

#[test]
fn the_brief_is_self_contained_and_accessible() {
    let page = html(&[&gci(), "--country", "ZMB"]);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.ends_with("</html>\n"));
    for banned in [
        "<script", "<link", "<img", "@import", "src=", "href=", "https:",
    ] {
        assert!(!page.contains(banned), "{banned}");
    }
    // The only address is the SVG namespace; the only url() a pattern.
    assert_eq!(
        page.matches("http://").count(),
        page.matches("http://www.w3.org/2000/svg").count()
    );
    assert_eq!(page.matches("url(").count(), page.matches("url(#").count());
    assert!(page.contains("@page { size: A4"));
    // Three charts, each titled and described.
    assert_eq!(page.matches("<svg ").count(), 3);
    assert_eq!(page.matches("role=\"img\" aria-labelledby=").count(), 3);
    assert_eq!(page.matches("<title id=").count(), 3);
    assert_eq!(page.matches("<desc id=").count(), 3);
    // Source, date and method.
    assert!(page.contains("International Telecommunication Union"));
    assert!(page.contains("Made on"));
    assert!(page.contains("Overall index = mean of the scored pillars"));
}

#[test]
fn the_sample_is_marked_illustrative_only_when_the_data_states_no_source() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.csv");
    std::fs::write(
        &plain,
        "country,year,pillar,indicator_id,indicator,score,max_score\nAAA,2024,Legal,L1,Law,1,2\n",
    )
    .unwrap();
    let page = html(&[plain.to_str().unwrap()]);
    assert!(page.contains("illustrative, not official"));
    let page = html(&[&gci(), "--country", "ZMB"]);
    assert!(!page.contains("illustrative, not official"));
}

#[test]
fn names_from_the_data_are_shown_as_text_never_as_markup() {
    let dir = tempfile::tempdir().unwrap();
    // A file name has no slash to close a tag with.
    let file = dir.path().join("<i>evil<script>.csv");
    std::fs::write(
        &file,
        "country,country_name,year,pillar,indicator_id,indicator,score,max_score,evidence,source\n\
         AAA,<script>alert(1)</script>,2023,</svg><b>P</b>,L1,\"<img src=x onerror=alert(2)>\",1,2,\"</td></table>\",\"<a href='x'>S</a>\"\n\
         AAA,<script>alert(1)</script>,2024,</svg><b>P</b>,L1,\"<img src=x onerror=alert(2)>\",1,4,\"</td></table>\",\"<a href='x'>S</a>\"\n\
         BBB,\"Q\"\"&amp;\",2024,</svg><b>P</b>,L1,x,2,4,,\n",
    )
    .unwrap();
    let page = html(&[file.to_str().unwrap()]);
    for raw in [
        "<script",
        "</script",
        "<img",
        "<b>",
        "<i>",
        "<a ",
        "onerror=alert(2)>",
    ] {
        assert!(!page.contains(raw), "{raw} reached the page raw");
    }
    assert_eq!(
        page.matches("</svg>").count(),
        page.matches("<svg ").count()
    );
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("&lt;/svg&gt;&lt;b&gt;P&lt;/b&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(page.contains("&lt;a href=&#39;x&#39;&gt;S&lt;/a&gt;"));
    assert!(page.contains("&lt;i&gt;evil&lt;script&gt;.csv"));
    // The pillar table still reads the name back as it is in the data.
    assert_eq!(rows(&page, "pillars")[0][0], "</svg><b>P</b>");
}

#[test]
fn the_plan_and_the_scenario_are_in_the_brief() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("plan.csv");
    let saved = saved.to_str().unwrap();
    let page = html(&[&bundled(), "--plan", "--save-plan", saved]);
    let j = json(&[&bundled(), "--plan"]);
    let steps = rows(&page, "plan");
    let expected = j["steps"].as_array().unwrap();
    assert!(!expected.is_empty());
    assert_eq!(steps.len(), expected.len());
    for (row, s) in steps.iter().zip(expected) {
        assert!(row[1].starts_with(s["indicator_id"].as_str().unwrap()));
        // The gain is the difference of the indices shown
        // (tests/cli_plan_gains.rs); the index is JSON's.
        assert!(row[4].starts_with('+'), "{row:?}");
        assert_eq!(row[5], shown(&s["overall"]));
    }
    // The saved plan as a scenario: projected beside actual.
    let page = html(&[&bundled(), "--scenario", saved]);
    let j = json(&[&bundled(), "--scenario", saved]);
    let sc = &j["scenario"];
    assert!(page.contains("id=\"scenario\""));
    let pillars = rows(&page, "scenario");
    for (row, p) in pillars.iter().zip(sc["pillars"].as_array().unwrap()) {
        assert_eq!(row[0], p["pillar"].as_str().unwrap());
        assert_eq!(row[1], shown(&p["actual"]));
        assert_eq!(row[2], shown(&p["projected"]));
    }
    assert!(page.contains(&shown(&sc["projected_overall"])));
}

#[test]
fn an_html_name_picks_the_brief_and_it_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["brief.html", "brief.HTM"] {
        let out = dir.path().join(name);
        let r = run(&["report", &bundled(), "-o", out.to_str().unwrap()]).ok();
        assert!(r.stderr.contains("the brief (HTML)"), "{}", r.stderr);
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.starts_with("<!DOCTYPE html>"));
    }
    // A contradicting --format is refused, as for every format.
    let out = dir.path().join("brief.html");
    let r = run(&[
        "report",
        &bundled(),
        "--format",
        "md",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    // The brief is one country's: --all is refused before anything is read.
    let r = run(&["report", "--all", "missing.csv", "--format", "html"]);
    assert_eq!(r.code, Some(2), "{}", r.stderr);
    assert!(r.stderr.contains("one country's brief"), "{}", r.stderr);
}

#[test]
fn the_same_day_makes_the_same_bytes() {
    let a = cyberindex(&["report", &bundled(), "--format", "html"])
        .env("SOURCE_DATE_EPOCH", "86400")
        .out();
    let b = cyberindex(&["report", &bundled(), "--format", "html"])
        .env("SOURCE_DATE_EPOCH", "86400")
        .out();
    assert_eq!(a.stdout, b.stdout);
    assert!(
        a.stdout
            .contains("Made on <span dir=\"ltr\">1970-01-02</span>")
    );
}

/// Every table of the brief in French, Portuguese and Arabic holds the
/// English brief's figures, in the same order: only the words and the
/// decimal separator change. On the sample under a scenario, and on Zambia
/// among every country with 2020 to compare.
#[test]
fn every_language_gives_the_english_figures_in_every_table() {
    let dir = tempfile::tempdir().unwrap();
    let scenario = dir.path().join("what-if.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nZMB,2024,CAP-03,2.51\n",
    )
    .unwrap();
    let (sample, gci) = (bundled(), gci());
    let cases: [Vec<&str>; 3] = [
        vec![&sample, "--scenario", scenario.to_str().unwrap()],
        vec![&sample, "--plan"],
        vec![&gci, "--country", "ZMB"],
    ];
    for args in cases {
        let en = html(&args);
        let mut tables = vec!["pillars", "trend", "fix-first"];
        if args.contains(&"--scenario") {
            tables.push("scenario");
        }
        if args.contains(&"--plan") {
            tables.push("plan");
        }
        for lang in ["fr", "pt", "ar"] {
            let mut all = args.clone();
            all.extend(["--lang", lang]);
            let page = html(&all);
            assert!(page.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
            assert!(!page.contains('\u{27e6}'), "{lang}: a message is missing");
            for class in &tables {
                let (a, b) = (rows(&en, class), rows(&page, class));
                assert_eq!(a.len(), b.len(), "{lang} {class}");
                for (a, b) in a.iter().zip(&b) {
                    let a = numbers(&a.join(" "), '.');
                    assert!(!a.is_empty());
                    assert_eq!(numbers(&b.join(" "), decimal_of(lang)), a, "{lang} {class}");
                }
            }
            let overall = |p: &str| {
                let o = &p[p.find("id=\"overall\">").unwrap() + 13..];
                o[..o.find(' ').unwrap()].to_string()
            };
            assert_eq!(
                overall(&page),
                overall(&en).replace('.', &decimal_of(lang).to_string()),
                "{lang}"
            );
        }
    }
}

/// French words and a decimal comma; the data's names stay as they are.
#[test]
fn the_french_brief_is_in_french() {
    let page = html(&[&gci(), "--country", "ZMB", "--lang", "fr", "--plan"]);
    for words in [
        "Plan d’action",
        "Objectif",
        "Piliers",
        "Priorités d’action",
        "Indice global",
        "Méthode",
        "Niveau 2 · En progression",
    ] {
        assert!(page.contains(words), "{words}");
    }
    for english in [
        "Pillars",
        "What to fix first",
        "Overall index",
        "Method",
        "Advancing",
        "Made on",
        "Action plan",
        "Goal",
        "steps",
    ] {
        assert!(!page.contains(english), "{english} in the French brief");
    }
    assert!(
        page.contains("Capacity Development"),
        "names stay as in the data"
    );
    assert!(page.contains(">92,58 <small>"));
}

/// Arabic: the page runs right to left, and so do the charts; figures are
/// set left to right wherever they are.
#[test]
fn the_arabic_brief_runs_right_to_left() {
    let page = html(&[&gci(), "--country", "ZMB", "--lang", "ar"]);
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert_eq!(
        page.matches("direction=\"rtl\"").count(),
        3,
        "three mirrored charts"
    );
    assert!(!page.contains("direction=\"ltr\""));
    assert!(page.contains("dir=\"ltr\" id=\"overall\">92.58 "));
    assert!(page.contains("<span dir=\"ltr\">▲ +23.70</span>"));
    let en = html(&[&gci(), "--country", "ZMB"]);
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert_eq!(en.matches("direction=\"ltr\"").count(), 3);
}
