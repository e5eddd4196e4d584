//! One truth: for the same country, year, comparison year, peer group and
//! scenario, every figure the panes show is the figure `report --format
//! json` gives. Checked for every country-year of the real GCI data and of
//! the bundled sample, with and without a what-if scenario, on the screen
//! as drawn; and the report binary's JSON is checked to be that summary.

mod common;
mod screen;

use common::run;
use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::format;
use cyberindex::model::Dataset;
use cyberindex::model::rank::{PeerGroup, PeerKind, ordinal};
use cyberindex::read::scenario::read_scenario;
use cyberindex::report::provenance::Provenance;
use cyberindex::report::{Subject, Summary};
use cyberindex::write::scenario_csv::to_csv;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use screen::{gci_data, repo_path, sample_data};

/// The pane drawn at 200×60, where nothing has to give way.
fn screen(app: &mut App, pane: Pane) -> Vec<String> {
    let (w, h) = (200, 60);
    app.update(Action::GoTo(pane));
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cyberindex::ui::draw(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// Some line holding `key` holds `figures` too, in that order.
fn expect(lines: &[String], key: &str, figures: &[String], what: &str) {
    let in_order = |line: &str| {
        let mut rest = line;
        figures.iter().all(|f| match rest.find(f.as_str()) {
            Some(at) => {
                rest = &rest[at + f.len()..];
                true
            }
            None => false,
        })
    };
    let candidates: Vec<&String> = lines.iter().filter(|l| l.contains(key)).collect();
    assert!(
        candidates.iter().any(|l| in_order(l)),
        "{what}: no line with {key:?} holds {figures:?} in order:\n{}",
        lines.join("\n")
    );
}

/// The dashboard at `c`, `y` (its default comparison year), with a
/// what-if scenario from the first `edits` rows of what to fix first.
fn dashboard(ds: &Dataset, c: u32, back: usize, edits: usize) -> App {
    let mut app = App::new(ds.clone(), c, ThemeName::Dark);
    for _ in 0..back {
        app.update(Action::PrevYear);
    }
    app.update(Action::GoTo(Pane::Gaps));
    for _ in 0..edits {
        app.update(Action::ScoreToTarget);
    }
    app
}

/// The dashboard's peer group, as the report takes it.
fn group(app: &App) -> PeerGroup {
    PeerGroup {
        kind: if app.has_peer_group() {
            PeerKind::Named
        } else {
            PeerKind::All
        },
        countries: app.peers().to_vec(),
        added: false,
    }
}

/// The report for what `app` shows, built as `report --format json`
/// builds it, with the scenario as a saved file would give it.
fn report(app: &App) -> Summary {
    let ds = app.ds();
    let sel = Subject {
        country: app.country(),
        year: app.year(),
        compare: app.compare_year(),
    };
    let top = usize::MAX;
    let summary = Summary::build(ds, sel, top, &group(app));
    if app.scenario().is_empty() {
        return summary;
    }
    let csv = to_csv(ds, app.scenario());
    let scenario = read_scenario("s.csv", csv.as_bytes(), ds).unwrap();
    summary.with_scenario(ds, sel, &scenario, "s.csv", top, &group(app))
}

fn score(v: Option<f64>) -> String {
    format::score(v)
}

/// Every figure of `s` that the panes show, found on the panes of `app`.
fn panes_agree(app: &mut App, what: &str) {
    let actual = report(app);
    let projected = actual
        .scenario
        .as_ref()
        .and_then(|s| s.projected.as_deref());
    let shown = projected.unwrap_or(&actual);

    // Header: the actual index, tier and change; the projection beside it.
    let overview = screen(app, Pane::Overview);
    // Indices are written never rounding up to a tier they miss, and
    // changes are the differences of the figures as written; JSON has the
    // exact values they are made from.
    let mut head = vec![format!("Overall {}", format::index(actual.overall))];
    if let Some(t) = actual.tier {
        head.push(format!("Tier {t}"));
    }
    if actual.compare_year.is_some() {
        head.push(format::delta(format::index_delta(
            actual.compare_overall,
            actual.overall,
        )));
    }
    let view = actual.scenario.as_ref().map(|s| &s.view);
    if let (Some(p), Some(sc)) = (projected, view) {
        head.push("SCENARIO".into());
        head.push(format::index(p.overall));
        head.push(format::delta(format::index_delta(
            sc.actual_overall,
            sc.projected_overall,
        )));
    }
    expect(&overview[..1], "Overall", &head, what);

    // Overview: each pillar's score, and its change (against the actual
    // score under a scenario, against the comparison year otherwise).
    for p in &actual.pillars {
        let row = match view {
            Some(sc) => {
                let sp = sc.pillars.iter().find(|x| x.pillar == p.pillar).unwrap();
                let d = format::shown_delta(sp.actual, sp.projected);
                vec![score(sp.projected), format::delta(d)]
            }
            None if actual.compare_year.is_some() => {
                let d = format::shown_delta(p.compare_score, p.score);
                vec![score(p.score), format::delta(d)]
            }
            None => vec![score(p.score)],
        };
        if p.score.is_some() {
            expect(&overview, &format!("│{} ", p.pillar), &row, what);
        }
    }

    // Compare: both years per pillar and the overall, with the change.
    if shown.compare_year.is_some() {
        let compare = screen(app, Pane::Compare);
        for p in shown.pillars.iter().filter(|p| p.score.is_some()) {
            let row = vec![
                score(p.compare_score),
                score(p.score),
                format::delta(format::shown_delta(p.compare_score, p.score)),
            ];
            expect(&compare, &format!("│{} ", p.pillar), &row, what);
        }
        let overall = vec![
            format::index(shown.compare_overall),
            format::index(shown.overall),
            format::delta(format::index_delta(shown.compare_overall, shown.overall)),
        ];
        expect(&compare, "│Overall ", &overall, what);
    }

    // Gaps: each pillar's gain, and the gain of every indicator to fix.
    let gaps = screen(app, Pane::Gaps);
    for p in shown.pillars.iter().filter(|p| p.score.is_some()) {
        expect(
            &gaps,
            &format!(" {} ", p.pillar),
            &[format!("+{:.2}", p.gain)],
            what,
        );
    }
    for g in &shown.top_gaps {
        expect(
            &gaps,
            &format!(" {} ", g.indicator_id),
            &[format!("+{:.2}", g.gain)],
            what,
        );
    }

    // Peers: the rank, of how many, and ties, overall and per pillar.
    if let (Some(rank), Some(of)) = (shown.rank, shown.of) {
        let peers = screen(app, Pane::Peers);
        let tied = |t: Option<usize>| match t {
            Some(t) if t > 0 => vec![t.to_string()],
            _ => Vec::new(),
        };
        let mut row = vec![ordinal(rank), of.to_string(), "Overall".into()];
        row.extend(tied(shown.tied_with));
        expect(&peers, " Overall ", &row, what);
        for p in &shown.pillars {
            let (Some(r), Some(of)) = (p.rank, p.of) else {
                continue;
            };
            let mut row = vec![ordinal(r), of.to_string(), p.pillar.clone()];
            row.extend(tied(p.tied_with));
            expect(&peers, &format!(" {} ", p.pillar), &row, what);
        }
    }
}

#[test]
fn every_country_year_of_the_gci_data() {
    let ds = gci_data();
    for c in 0..ds.countries.len() as u32 {
        for back in 0..2 {
            let mut app = dashboard(ds, c, back, 0);
            let what = format!(
                "{} {}",
                ds.countries[c as usize].code,
                ds.years[app.year() as usize]
            );
            panes_agree(&mut app, &what);
        }
    }
}

#[test]
fn gci_data_under_a_scenario() {
    let ds = gci_data();
    // Every twelfth country, each with one and two indicators at target.
    for c in (0..ds.countries.len() as u32).step_by(12) {
        for edits in 1..=2 {
            let mut app = dashboard(ds, c, 0, edits);
            let what = format!("{} with {edits} what-if", ds.countries[c as usize].code);
            panes_agree(&mut app, &what);
        }
    }
}

#[test]
fn every_year_of_the_sample_with_and_without_a_scenario() {
    let ds = sample_data();
    for back in 0..6 {
        for edits in [0, 1, 3] {
            let mut app = dashboard(ds, 0, back, edits);
            let what = format!(
                "sample {} with {edits} what-if",
                ds.years[app.year() as usize]
            );
            panes_agree(&mut app, &what);
        }
    }
}

/// The summary the panes were checked against is what the binary prints.
#[test]
fn the_report_binary_prints_that_summary() {
    let file = repo_path("examples/gci-2020-2024.csv");
    for (code, year) in [("ZMB", 2024), ("KEN", 2020), ("AFG", 2024)] {
        let year_arg = year.to_string();
        let printed = run(&[
            "report",
            file.to_str().unwrap(),
            "--country",
            code,
            "--year",
            &year_arg,
            "--format",
            "json",
            "--top",
            "1000",
        ])
        .json();
        let ds = gci_data();
        let c = ds.find_country(code).unwrap();
        let y = ds.year_ix(year).unwrap();
        let sel = Subject {
            country: c,
            year: y,
            compare: cyberindex::model::compare_year::previous_year(ds, c, y),
        };
        let everyone = PeerGroup {
            kind: PeerKind::All,
            countries: (0..ds.countries.len() as u32).collect(),
            added: false,
        };
        let date = printed["generated"].as_str().unwrap().parse().unwrap();
        let provenance = Provenance::new(ds, std::slice::from_ref(&file), date);
        let built = Summary::build(ds, sel, 1000, &everyone).with_provenance(provenance);
        let built = serde_json::to_value(built).unwrap();
        assert_eq!(printed, built, "{code} {year}");
    }
}
