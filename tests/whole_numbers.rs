//! Every number the dashboard draws is a whole value from the model, never
//! a piece of one cut to fit. Every pane is rendered at random sizes from
//! 40×10 to 200×60, on the real ITU GCI data, on the bundled sample, and on
//! random data with long names, ids that share long prefixes, and scores
//! such as 17.62/20, 1234.5/2000 and not assessed; with and without a
//! what-if scenario. Each number on screen (a run of digits, with its
//! point, sign, slash or percent, not touching a letter) must be one the
//! model's figures format to.

mod screen;

use std::collections::HashSet;

use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::format;
use cyberindex::model::compare_year::{self, delta};
use cyberindex::model::{Dataset, PillarIx};
use cyberindex::read::load_reader;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use screen::{gci_data, sample_data};

/// Every way the UI writes the value `v`.
fn forms(v: f64, out: &mut HashSet<String>) {
    for s in [
        format!("{v:.2}"),
        format!("{v:+.2}"),
        format!("{:.2}", v.abs()),
        format!("{v:.0}"),
        format::points(v),
        format::points(v.abs()),
        format!("+{}", format::points(v)),
        format!("-{}", format::points(v.abs())),
        format::index(Some(v)),
    ] {
        out.insert(s);
    }
}

/// The numbers the model gives for what `app` shows: the figures of every
/// country-year (ranks, peers, trends), and everything about the selected
/// country, in the data as loaded and as the scenario projects it.
fn allowed(app: &App, size: (u16, u16)) -> HashSet<String> {
    let mut out = HashSet::new();
    for ds in [app.ds(), app.data()] {
        allowed_in(app, ds, &mut out);
    }
    for (i, v) in app.view().gains.iter().enumerate() {
        let _ = i;
        forms(*v, &mut out);
    }
    if let Some(plan) = &app.view().plan {
        for v in [plan.start, plan.end(), plan.best_reachable]
            .into_iter()
            .flatten()
        {
            forms(v, &mut out);
        }
        forms(plan.points, &mut out);
        let mut before = plan.start;
        for s in &plan.steps {
            if let Some(d) = format::index_delta(before, Some(s.overall)) {
                forms(d, &mut out);
            }
            before = Some(s.overall);
            for v in [s.gain, s.overall, s.to, s.points] {
                forms(v, &mut out);
            }
        }
        if let Some(n) = plan.needed() {
            forms(n, &mut out);
        }
    }
    // Counts, ranks, row numbers, percentages, axis labels, years.
    let n = 1000
        .max(app.ds().obs.len())
        .max(app.ds().countries.len())
        .max(size.0 as usize)
        .max(size.1 as usize);
    for k in 0..=n {
        out.insert(k.to_string());
        out.insert(format!("{k}%"));
    }
    for y in &app.ds().years {
        out.insert(y.to_string());
    }
    out
}

fn allowed_in(app: &App, ds: &Dataset, out: &mut HashSet<String>) {
    let c = app.country();
    for cc in 0..ds.countries.len() as u32 {
        for y in ds.years_with_data(cc) {
            for v in (0..ds.pillars.len() as PillarIx)
                .map(|p| ds.pillar_score(cc, y, p))
                .chain([ds.overall(cc, y)])
                .flatten()
            {
                forms(v, out);
            }
        }
    }
    let years: Vec<_> = ds.years_with_data(c).collect();
    for &y in &years {
        for &y0 in &years {
            for p in 0..ds.pillars.len() as PillarIx {
                let (a, b) = (ds.pillar_score(c, y0, p), ds.pillar_score(c, y, p));
                for d in [delta(a, b), format::shown_delta(a, b)]
                    .into_iter()
                    .flatten()
                {
                    forms(d, out);
                }
                forms(compare_year::pillar_gain(ds, c, y, p), out);
            }
            let (a, b) = (ds.overall(c, y0), ds.overall(c, y));
            for d in [delta(a, b), format::index_delta(a, b)]
                .into_iter()
                .flatten()
            {
                forms(d, out);
            }
            let (a, b) = (app.ds().overall(c, y), ds.overall(c, y));
            for d in [delta(a, b), format::index_delta(a, b)]
                .into_iter()
                .flatten()
            {
                forms(d, out);
            }
            let cmp = compare_year::compare(ds, c, y0, y);
            for ch in &cmp.indicators {
                let shown = format::shown_delta(
                    ch.from.and_then(|i| ds.score(i)),
                    ch.to.and_then(|i| ds.score(i)),
                );
                for d in [ch.delta, shown].into_iter().flatten() {
                    forms(d, out);
                }
            }
            for p in 0..ds.pillars.len() as PillarIx {
                let (a, b) = (app.ds().pillar_score(c, y, p), ds.pillar_score(c, y, p));
                for d in [delta(a, b), format::shown_delta(a, b)]
                    .into_iter()
                    .flatten()
                {
                    forms(d, out);
                }
            }
        }
        if let Some(t) = ds.tier(c, y).and_then(|t| t.next())
            && let Some(o) = ds.overall(c, y)
        {
            forms(t.threshold() - o, out);
            out.insert(format::needed(t.threshold(), o));
            out.insert(format!("+{}", format::needed(t.threshold(), o)));
        }
        for i in ds.rows(c, y) {
            let max = format::points(ds.max_score(i));
            out.insert(format!(
                "{}/{max}",
                ds.score(i).map_or(format::NONE.to_string(), format::points)
            ));
            for v in [
                ds.score(i),
                Some(ds.max_score(i)),
                Some(ds.target(i)),
                Some(ds.weight(i)),
                ds.gap(i),
                ds.attainment(i).map(|a| a * 100.0),
                Some(ds.gain(i)),
            ]
            .into_iter()
            .flatten()
            {
                forms(v, out);
            }
        }
    }
}

/// A number on screen, and whether free text was shortened (an ellipsis)
/// right before or after it.
#[derive(Debug, PartialEq)]
struct Token {
    text: String,
    cut_before: bool,
    cut_after: bool,
}

/// The numbers on screen: runs of digits with their point, sign, slash or
/// percent sign, skipping those that touch a letter (ids such as LEG-01,
/// tiers such as T2, ordinals such as 1st).
fn tokens(line: &str) -> Vec<Token> {
    let chars: Vec<char> = line.chars().collect();
    let part = |c: char| c.is_ascii_digit() || matches!(c, '.' | '/' | '%' | '+' | '-' | '—');
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !part(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && part(chars[i]) {
            i += 1;
        }
        let token: String = chars[start..i].iter().collect();
        // A sentence's full stop is not part of the number before it.
        let token = token.trim_end_matches('.').to_string();
        let touches = (start > 0 && word(chars[start - 1])) || (i < chars.len() && word(chars[i]));
        if !touches && token.chars().any(|c| c.is_ascii_digit()) {
            out.push(Token {
                text: token,
                cut_before: start > 0 && chars[start - 1] == '…',
                cut_after: i < chars.len() && chars[i] == '…',
            });
        }
    }
    out
}

fn numbers(line: &str) -> Vec<String> {
    tokens(line).into_iter().map(|t| t.text).collect()
}

/// Numbers written in the data's own text (names, evidence), which are
/// text: "24/7", "Act No. 2 of 2021".
fn text_numbers(ds: &Dataset) -> HashSet<String> {
    let mut texts: Vec<&str> = Vec::new();
    texts.extend(
        ds.indicators
            .iter()
            .flat_map(|i| [i.id.as_str(), i.name.as_str()]),
    );
    texts.extend(ds.pillars.iter().map(String::as_str));
    texts.extend(ds.countries.iter().map(|c| c.label()));
    texts.extend((0..ds.obs.len()).map(|i| ds.evidence(i)));
    texts.iter().flat_map(|t| numbers(t)).collect()
}

fn screen_lines(app: &mut App, w: u16, h: u16) -> Vec<String> {
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cyberindex::ui::draw(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

/// Renders `pane` at `w`×`h` and checks every number on it.
fn check(app: &mut App, pane: Pane, w: u16, h: u16) -> Result<(), TestCaseError> {
    app.update(Action::GoTo(pane));
    let lines = screen_lines(app, w, h);
    let ok = allowed(app, (w, h));
    let text = text_numbers(app.ds());
    for (row, line) in lines.iter().enumerate() {
        for t in tokens(line) {
            // Free text shortened with an ellipsis may end, or start, in
            // the middle of a number of its own; a figure never does.
            let fine = ok.contains(&t.text)
                || text.contains(&t.text)
                || (t.cut_after && text.iter().any(|n| n.starts_with(&t.text)))
                || (t.cut_before && text.iter().any(|n| n.ends_with(&t.text)));
            prop_assert!(
                fine,
                "{pane:?} at {w}×{h}, row {row}: {:?} is no figure of the model\n{}",
                t.text,
                lines.join("\n")
            );
        }
    }
    Ok(())
}

fn pane_of(k: usize) -> Pane {
    Pane::ALL[k % Pane::ALL.len()]
}

/// A what-if on the first indicators of the selected year, as a user makes
/// one on the Gaps pane.
fn with_what_if(app: &mut App, edits: usize) {
    app.update(Action::GoTo(Pane::Indicators));
    for _ in 0..edits {
        app.update(Action::ScoreToTarget);
        app.update(Action::RaiseScore);
        app.update(Action::Down);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn real_gci_data(w in 40u16..=200, h in 10u16..=60, pane in 0usize..6,
                     country in 0u32..194, edits in 0usize..3) {
        let mut app = App::new(gci_data().clone(), country, ThemeName::Dark);
        with_what_if(&mut app, edits);
        check(&mut app, pane_of(pane), w, h)?;
    }

    #[test]
    fn bundled_sample(w in 40u16..=200, h in 10u16..=60, pane in 0usize..6,
                      back in 0usize..6, edits in 0usize..4) {
        let mut app = App::new(sample_data().clone(), 0, ThemeName::Light);
        for _ in 0..back {
            app.update(Action::PrevYear);
        }
        with_what_if(&mut app, edits);
        check(&mut app, pane_of(pane), w, h)?;
    }

    #[test]
    fn random_data(csv in random_csv(), w in 40u16..=200, h in 10u16..=60,
                   pane in 0usize..6, edits in 0usize..3) {
        let ds = load_reader("random.csv", csv.as_bytes()).unwrap();
        let mut app = App::new(ds, 0, ThemeName::Mono);
        with_what_if(&mut app, edits);
        check(&mut app, pane_of(pane), w, h)?;
    }
}

/// Long country, pillar and indicator names; ids sharing a long prefix;
/// maxima of 3, 20 and 2000; scores with decimals, and not assessed.
fn random_csv() -> impl Strategy<Value = String> {
    let row = (
        0usize..3,
        0usize..3,
        0usize..5,
        0usize..4,
        prop_oneof![Just(None), (0u32..=2000).prop_map(Some)],
    );
    proptest::collection::vec(row, 1..40).prop_map(|rows| {
        let countries = [
            ("ZMB", "Zambia"),
            ("COD", "Democratic Republic of the Congo"),
            ("VCT", "Saint Vincent and the Grenadines"),
        ];
        let pillars = [
            "Legal",
            "Capacity Development and Awareness Raising",
            "Digital Identity and Trust Services",
            "Technical",
            "Organizational Measures",
        ];
        let years = [2019, 2020, 2022, 2024];
        let mut seen = HashSet::new();
        let mut out = String::from(
            "country,country_name,year,pillar,indicator_id,indicator,score,max_score\n",
        );
        for (c, y, p, k, score) in rows {
            // One indicator belongs to one pillar: the id carries both.
            let id = format!("NATIONAL_CYBERSECURITY_INDICATOR_{p}_{k}");
            if !seen.insert((c, y, id.clone())) {
                continue;
            }
            let max = [3.0, 20.0, 2000.0][(p + k) % 3];
            let score = score.map_or(String::new(), |s| {
                let v = (s as f64 / 2000.0 * max * 100.0).round() / 100.0;
                format::points(v.min(max))
            });
            out.push_str(&format!(
                "{},{},{},{},{id},Indicator {k} of {} measured in full detail,{score},{}\n",
                countries[c].0,
                countries[c].1,
                years[y],
                pillars[p],
                pillars[p],
                format::points(max)
            ));
        }
        out
    })
}

#[test]
fn the_token_reader_finds_numbers_and_skips_ids() {
    assert_eq!(
        numbers("│LEG-01 Cyber  17.62/20  88 ▲3.79 +2.38 T2 1st (+2.80) 92.58."),
        ["17.62/20", "88", "3.79", "+2.38", "+2.80", "92.58"]
    );
    // What the bug looked like: a score cut on the left.
    assert_eq!(numbers("│Technical  7.62/20"), ["7.62/20"]);
}

#[test]
fn a_cut_number_is_caught() {
    // 17.62/20 drawn as 7.62/20 is not a figure of the GCI data for Zambia.
    let zmb = gci_data().find_country("ZMB").unwrap();
    let app = App::new(gci_data().clone(), zmb, ThemeName::Dark);
    let ok = allowed(&app, (120, 40));
    assert!(ok.contains("17.62/20"));
    assert!(!ok.contains("7.62/20"));
    assert!(!ok.contains(".62/20"));
    assert!(ok.contains("92.58"));
    assert!(!ok.contains("92.5"));
}
