//! The brief in French, Portuguese and Arabic (issue 15, "Languages"): the
//! words change, the figures do not. Run on the bundled sample and on the
//! real ITU GCI data with peers.

mod common;
use common::*;

const LANGS: [&str; 4] = ["en", "fr", "pt", "ar"];
const PEERS: &str = "ZMB,KEN,RWA,NGA,GHA,ZAF,EGY,MAR,TZA,UGA,ETH,SEN,CIV,BEN,MUS,TUN";

fn repo(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

/// The markdown brief in `lang`, made on a fixed day.
fn brief(data: &[&str], lang: &str) -> String {
    let mut args = vec!["report"];
    args.extend(data);
    args.extend(["--format", "md", "--lang", lang]);
    let out = cyberindex(&args)
        .env("SOURCE_DATE_EPOCH", "1719748800")
        .out()
        .ok();
    out.stdout
}

/// The briefs each language test reads: the sample, the sample under a
/// scenario (written into `dir`: one change here, one in another year), and
/// Zambia among its African peers in the real data (ranks, ties, changes
/// since 2020).
fn cases(dir: &Path) -> Vec<Vec<String>> {
    let scenario = dir.join("what-if.csv");
    std::fs::write(
        &scenario,
        "country,year,indicator_id,score\nZMB,2024,CAP-03,2.51\nZMB,2023,CAP-03,3\n",
    )
    .unwrap();
    vec![
        vec![repo("indicators.csv")],
        vec![
            repo("indicators.csv"),
            "--scenario".into(),
            scenario.to_string_lossy().into_owned(),
        ],
        vec![
            repo("examples/gci-2020-2024.csv"),
            "--country".into(),
            "ZMB".into(),
            "--peers".into(),
            PEERS.into(),
        ],
    ]
}

/// Every figure of every language's brief is the English brief's, in the
/// same order: only words and separators differ.
#[test]
fn every_language_gives_the_english_figures() {
    let dir = tempfile::tempdir().unwrap();
    for case in cases(dir.path()) {
        let data: Vec<&str> = case.iter().map(String::as_str).collect();
        let en = numbers(&brief(&data, "en"), '.');
        assert!(en.len() > 50, "{en:?}");
        for lang in LANGS {
            let got = numbers(&brief(&data, lang), decimal_of(lang));
            assert_eq!(got, en, "{lang} on {data:?}");
        }
    }
}

#[test]
fn the_french_brief_has_french_headings_and_a_decimal_comma() {
    let sample = [repo("indicators.csv")];
    let data = [sample[0].as_str()];
    let en = brief(&data, "en");
    let fr = brief(&data, "fr");
    // The English headline's figure, written the French way.
    let headline = en
        .lines()
        .find(|l| l.starts_with("**Overall index: "))
        .unwrap();
    let index = headline
        .trim_start_matches("**Overall index: ")
        .split(' ')
        .next()
        .unwrap();
    assert!(index.contains('.'), "{headline}");
    let french = index.replace('.', ",");
    let line = fr
        .lines()
        .find(|l| l.starts_with("**Indice global\u{a0}: "))
        .unwrap_or_else(|| panic!("no French headline:\n{fr}"));
    assert!(
        line.starts_with(&format!("**Indice global\u{a0}: {french} / 100, niveau ")),
        "{line}"
    );
    assert!(line.contains("points depuis"), "{line}");
    for heading in [
        "## Piliers\n",
        "## Piliers les plus faibles\n",
        "## Priorités d’action\n",
        "## Évolutions depuis ",
    ] {
        assert!(fr.contains(heading), "{heading:?} not in\n{fr}");
    }
    for english in [
        "## Pillars",
        "Overall index",
        "What to fix first",
        " of the ",
    ] {
        assert!(!fr.contains(english), "{english:?} left in\n{fr}");
    }
    // Data text stays as the data has it.
    assert!(fr.contains("| Capacity Development |"), "{fr}");
}

#[test]
fn tiers_are_named_in_each_language() {
    let data = [repo("indicators.csv")];
    let data = [data[0].as_str()];
    // The sample is in tier 2 (Advancing).
    for (lang, words) in [
        ("en", "Tier 2 (Advancing)"),
        ("fr", "niveau 2 (En progression)"),
        ("pt", "nível 2 (Em progresso)"),
        ("ar", "المستوى 2 (متقدّم)"),
    ] {
        let b = brief(&data, lang);
        assert!(b.contains(words), "{lang}: {words:?} not in\n{b}");
    }
}

/// No message went unformatted and Fluent's bidi isolation marks, which
/// show as stray characters in markdown, are not there.
#[test]
fn no_missing_messages_nor_isolation_marks() {
    let dir = tempfile::tempdir().unwrap();
    for case in cases(dir.path()) {
        let data: Vec<&str> = case.iter().map(String::as_str).collect();
        for lang in LANGS {
            let b = brief(&data, lang);
            assert!(!b.contains('\u{27e6}'), "{lang}: a missing message in\n{b}");
            assert!(!b.contains('{'), "{lang}: an unfilled placeable in\n{b}");
            for mark in ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'] {
                assert!(!b.contains(mark), "{lang}: U+{:04X} in\n{b}", mark as u32);
            }
        }
    }
}

#[test]
fn english_is_the_default_and_unchanged() {
    let data = repo("indicators.csv");
    let plain = cyberindex(&["report", &data, "--format", "md"])
        .env("SOURCE_DATE_EPOCH", "1719748800")
        .out()
        .ok();
    assert_eq!(plain.stdout, brief(&[&data], "en"));
}

#[test]
fn another_language_needs_the_markdown_brief() {
    let data = repo("indicators.csv");
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("brief.xlsx");
    let book = book.to_str().unwrap();
    for args in [
        vec!["--format", "json", "--lang", "fr"],
        vec!["--lang", "pt"],
        vec!["--format", "xlsx", "--lang", "ar", "-o", book],
        vec!["--all", "--format", "md", "--lang", "fr"],
        vec!["--plan", "--format", "json", "--lang", "fr"],
    ] {
        let mut all = vec!["report", data.as_str()];
        all.extend(&args);
        let out = run(&all);
        assert_eq!(out.code, Some(2), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("--lang applies to --format md"),
            "{}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
        assert!(!Path::new(book).exists(), "{args:?} wrote a workbook");
    }
    let out = run(&["report", &data, "--format", "md", "--lang", "de"]);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    // English with any format is as before.
    run(&["report", &data, "--format", "json", "--lang", "en"]).ok();
}

#[test]
fn the_scenario_section_is_translated_too() {
    let dir = tempfile::tempdir().unwrap();
    let case = &cases(dir.path())[1];
    let data: Vec<&str> = case.iter().map(String::as_str).collect();
    let en = brief(&data, "en");
    assert!(
        en.contains("## Scenario: what-if.csv (projected, not actual data)"),
        "{en}"
    );
    assert!(
        en.contains("1 more change in other countries or years is not"),
        "{en}"
    );
    let fr = brief(&data, "fr");
    assert!(
        fr.contains("## Scénario\u{a0}: what-if.csv (projection"),
        "{fr}"
    );
    assert!(fr.contains("| 2 / 3 | 2,51 / 3 |"), "{fr}");
    assert!(fr.contains("1 autre modification"), "{fr}");
    for english in ["Scenario", "Changed indicator", "Projected", "Tier "] {
        assert!(!fr.contains(english), "{english:?} left in\n{fr}");
    }
}

/// `report … --format md` with `extra` (e.g. `--plan`) in `lang`, made on
/// a fixed day.
fn brief_with(data: &[&str], extra: &[&str], lang: &str) -> String {
    let mut all: Vec<&str> = data.to_vec();
    all.extend(extra);
    brief(&all, lang)
}

/// The plans each plan test reads: every case of [`cases`], a goal
/// beyond reach (the sample's targets stop short of 99) and a country
/// already in the top tier.
fn plan_cases(dir: &Path) -> Vec<Vec<String>> {
    let mut all = cases(dir);
    all.push(vec![
        repo("indicators.csv"),
        "--target-score".into(),
        "99".into(),
    ]);
    all.push(vec![
        repo("examples/gci-2020-2024.csv"),
        "--country".into(),
        "DNK".into(),
    ]);
    all
}

/// The plan's headings, and the English ones it must not keep.
const PLAN_HEADINGS: [(&str, [&str; 4]); 4] = [
    (
        "en",
        [
            "## Where we stand\n",
            "## The goal\n",
            "## The steps\n",
            "## Expected result\n",
        ],
    ),
    (
        "fr",
        [
            "## Situation actuelle\n",
            "## L’objectif\n",
            "## Les étapes\n",
            "## Résultat attendu\n",
        ],
    ),
    (
        "pt",
        [
            "## Situação atual\n",
            "## O objetivo\n",
            "## Os passos\n",
            "## Resultado esperado\n",
        ],
    ),
    (
        "ar",
        [
            "## الوضع الحالي\n",
            "## الهدف\n",
            "## الخطوات\n",
            "## النتيجة المتوقعة\n",
        ],
    ),
];

/// `report --plan --format md --lang xx`: the same figures as the English
/// plan in the same order (decimal separator aside), under the language's
/// headings, and none of the English ones.
#[test]
fn the_plan_in_every_language_has_its_headings_and_the_english_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (_, english) = PLAN_HEADINGS[0];
    for case in plan_cases(dir.path()) {
        let data: Vec<&str> = case.iter().map(String::as_str).collect();
        let en_plan = brief_with(&data, &["--plan"], "en");
        let en = numbers(&en_plan, '.');
        assert!(en.len() > 10, "{en:?}");
        for (lang, headings) in PLAN_HEADINGS {
            let plan = brief_with(&data, &["--plan"], lang);
            assert_eq!(numbers(&plan, decimal_of(lang)), en, "{lang} on {data:?}");
            assert!(plan.contains(headings[0]), "{lang}: {plan}");
            assert!(plan.contains(headings[1]), "{lang}: {plan}");
            // Steps and a result only when there is a goal to work for.
            let steps = en_plan.contains(english[2]);
            assert_eq!(plan.contains(headings[2]), steps, "{lang}: {plan}");
            assert_eq!(plan.contains(headings[3]), steps, "{lang}: {plan}");
            if lang != "en" {
                for h in english {
                    assert!(!plan.contains(h), "{lang}: {h:?} left in\n{plan}");
                }
            }
        }
    }
}

/// Every string the data gives a report (names, ids, sources, files), read
/// from the JSON report and plan of the same selection.
fn data_text(data: &[&str]) -> Vec<String> {
    const KEYS: [&str; 8] = [
        "country",
        "country_name",
        "pillar",
        "indicator",
        "indicator_id",
        "source",
        "data_files",
        "file",
    ];
    fn walk(v: &serde_json::Value, key: Option<&str>, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => m.iter().for_each(|(k, v)| walk(v, Some(k), out)),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, key, out)),
            serde_json::Value::String(s) if key.is_some_and(|k| KEYS.contains(&k)) => {
                out.push(s.clone())
            }
            _ => {}
        }
    }
    let mut out = vec![];
    for extra in [&[][..], &["--plan"][..]] {
        let mut args = vec!["report"];
        args.extend(data);
        args.extend(extra);
        args.extend(["--format", "json"]);
        walk(&cyberindex(&args).out().ok().json(), None, &mut out);
    }
    // The longest first, so a name inside another goes with it.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Words the program says in English; none is a word of French,
/// Portuguese or Arabic, so none may be left in a translated brief once
/// the data's own text is taken out.
const ENGLISH: [&str; 30] = [
    "Goal",
    "goal",
    "Step",
    "step",
    "score points",
    "points of",
    "tied",
    "higher",
    "Source:",
    "Made on",
    "improved",
    "Improved",
    "declined",
    "Declined",
    "Tier",
    "Overall",
    "overall",
    "Weakest",
    "Pillar",
    "Indicator",
    "Where we",
    "Expected",
    "Method",
    "improvement",
    "reached",
    "Ranked",
    "peers",
    "countries",
    " of ",
    " and ",
];

/// The Zambia brief of the real data among its peers, compared with 2020,
/// and its plan; the sample with a scenario, and its plan: in French,
/// Portuguese and Arabic not one English word of the program is left, and
/// no message is missing.
#[test]
fn a_translated_brief_and_plan_leave_no_english() {
    let dir = tempfile::tempdir().unwrap();
    let all = cases(dir.path());
    let mut zambia = all[2].clone();
    zambia.extend(["--compare".into(), "2020".into()]);
    for case in [zambia, all[1].clone()] {
        let data: Vec<&str> = case.iter().map(String::as_str).collect();
        let names = data_text(&data);
        assert!(
            names.iter().any(|n| n == "Capacity Development"),
            "{names:?}"
        );
        for lang in ["fr", "pt", "ar"] {
            for extra in [&[][..], &["--plan"][..]] {
                let b = brief_with(&data, extra, lang);
                assert!(!b.contains('\u{27e6}'), "{lang}: a missing message in\n{b}");
                // Markdown escapes aside, the data's own words taken out.
                let mut rest = b.replace('\\', "");
                for n in &names {
                    rest = rest.replace(n.as_str(), "");
                }
                for word in ENGLISH {
                    assert!(
                        !rest.contains(word),
                        "{lang} {extra:?}: {word:?} in\n{rest}"
                    );
                }
                // Portuguese and Arabic do not say "points" either.
                if lang != "fr" {
                    assert!(!rest.contains("points"), "{lang}: {rest}");
                }
            }
        }
    }
}
