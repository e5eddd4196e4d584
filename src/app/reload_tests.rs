//! `update()` with reloads: the user's place survives a new load of the
//! file, and a bad load keeps the old data under a banner.

use super::action::Reload;
use super::*;
use crate::read::{LoadError, load_reader};

/// Two countries; AAA has 2022–2024, BBB only 2023. Pillars P and Q.
const CSV: &str = "country,year,pillar,indicator_id,indicator,score,max_score
AAA,2022,P,P1,Alpha law,1,4
AAA,2022,Q,Q1,Gamma CIRT,1,2
AAA,2023,P,P1,Alpha law,2,4
AAA,2023,P,P2,Beta policy,2,4
AAA,2023,Q,Q1,Gamma CIRT,2,2
AAA,2024,P,P1,Alpha law,4,4
AAA,2024,P,P2,Beta policy,1,4
AAA,2024,Q,Q1,Gamma CIRT,,2
AAA,2024,Q,Q2,Delta SOC,1,2
BBB,2023,P,P1,Alpha law,3,4
BBB,2023,Q,Q1,Gamma CIRT,0,2
";

fn load(csv: &str) -> Dataset {
    load_reader("t.csv", csv.as_bytes()).unwrap()
}

fn reloaded(csv: &str) -> Action {
    Action::Reloaded(Reload {
        result: Box::new(Ok(load(csv))),
        at: "09:30:00".into(),
    })
}

fn failed(csv: &str) -> (Action, LoadError) {
    let err = load_reader("t.csv", csv.as_bytes()).unwrap_err();
    (
        Action::Reloaded(Reload {
            result: Box::new(Err(err.clone())),
            at: "09:30:00".into(),
        }),
        err,
    )
}

fn year(app: &App) -> i32 {
    app.ds.years[app.year as usize]
}

fn compare_year(app: &App) -> Option<i32> {
    app.compare.map(|y| app.ds.years[y as usize])
}

fn selected_id(app: &App) -> Option<String> {
    app.selected_indicator()
        .map(|i| app.ds.indicators[i as usize].id.clone())
}

fn code(app: &App) -> &str {
    &app.ds.countries[app.country as usize].code
}

#[test]
fn a_new_load_keeps_pane_country_years_filter_search_and_row() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    app.update(Action::PrevYear); // 2023 against 2022
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::NextPillarFilter); // P only
    app.update(Action::StartSearch);
    app.update(Action::SearchInput('a'));
    app.update(Action::SearchAccept);
    app.update(Action::Down);
    assert_eq!(selected_id(&app).as_deref(), Some("P2"));

    // A new country comes first and pillar Q first, which shifts every
    // index; a new score for P2 in 2023 shows the data really changed.
    let edited = format!(
        "country,year,pillar,indicator_id,indicator,score,max_score\n\
         CCC,2023,Q,Q1,Gamma CIRT,1,2\n{}",
        CSV.lines()
            .skip(1)
            .map(|l| {
                if l.starts_with("AAA,2023,P,P2") {
                    "AAA,2023,P,P2,Beta policy,3,4".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    );
    app.update(reloaded(&edited));
    assert_eq!(app.ds.countries.len(), 3, "the new data is in use");
    assert_eq!(code(&app), "AAA");
    assert_eq!((year(&app), compare_year(&app)), (2023, Some(2022)));
    assert_eq!(app.pane, Pane::Indicators);
    let pillar = app
        .query
        .pillar
        .map(|p| app.ds.pillars[p as usize].as_str());
    assert_eq!(pillar, Some("P"), "the filter follows the pillar by name");
    assert_eq!(app.query.search, "a");
    assert_eq!(selected_id(&app).as_deref(), Some("P2"));
    let row = app.selected_row().unwrap();
    assert_eq!(app.ds.score(row), Some(3.0));
    assert_eq!(app.banner, None);
}

#[test]
fn a_bad_load_keeps_the_data_and_shows_the_first_error_until_a_good_one() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    app.update(Action::GoTo(Pane::Gaps));
    let rows = app.ds.obs.len();
    let (action, err) = failed(
        "country,year,pillar,indicator_id,score,max_score\n\
         AAA,2024,P,P1,1,4\nAAA,2024,P,P2,9,4\nAAA,2024,P,P3,x,4\n",
    );
    app.update(action);
    let banner = app.banner.clone().expect("a banner after a bad load");
    assert_eq!(banner, err.first());
    assert!(banner.contains("t.csv:3: score:"), "{banner}");
    assert_eq!(app.ds.obs.len(), rows, "the last good data stays");
    assert_eq!(app.pane, Pane::Gaps);

    app.update(reloaded(CSV));
    assert_eq!(app.banner, None, "a good load clears the banner");
}

#[test]
fn what_is_gone_falls_back_sensibly() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    app.update(Action::NextCountry); // BBB
    app.update(Action::GoTo(Pane::Peers));
    assert_eq!(code(&app), "BBB");

    // BBB is gone, and with one country left so is the Peers pane; AAA
    // lost 2024 and indicator Q2.
    let only_aaa: String = CSV
        .lines()
        .filter(|l| !l.starts_with("BBB") && !l.starts_with("AAA,2024"))
        .map(|l| format!("{l}\n"))
        .collect();
    app.update(reloaded(&only_aaa));
    assert_eq!(code(&app), "AAA");
    assert_eq!(app.pane, Pane::Overview);
    assert_eq!((year(&app), compare_year(&app)), (2023, Some(2022)));
    assert_eq!(app.peers, vec![0]);
}

#[test]
fn an_open_detail_follows_its_indicator_or_closes() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::Bottom); // Q2
    app.update(Action::OpenDetail);
    assert_eq!(selected_id(&app).as_deref(), Some("Q2"));

    // A new indicator sorts first: Q2's index changes, the popup follows.
    let with_a0 = format!("{CSV}AAA,2024,A,A0,First,1,1\n");
    app.update(reloaded(&with_a0));
    match app.popup {
        Some(Popup::Detail(ind)) => assert_eq!(app.ds.indicators[ind as usize].id, "Q2"),
        other => panic!("detail closed or moved: {other:?}"),
    }
    assert_eq!(app.mode, Mode::Popup);

    let without_q2: String = CSV
        .lines()
        .filter(|l| !l.contains(",Q2,"))
        .map(|l| format!("{l}\n"))
        .collect();
    app.update(reloaded(&without_q2));
    assert_eq!(app.popup, None, "the indicator is gone, so is its popup");
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn a_chosen_peer_group_is_kept_by_country_code() {
    let three = format!("{CSV}CCC,2024,P,P1,Alpha law,1,4\n");
    let ds = load(&three);
    let mut app = App::new(ds, 0, ThemeName::Dark).with_peers(vec![0, 2]);
    // CCC moves to the front: the group is still AAA and CCC, not indexes 0 and 2.
    let reordered = format!(
        "country,year,pillar,indicator_id,indicator,score,max_score\n\
         CCC,2024,P,P1,Alpha law,1,4\n{}",
        CSV.lines()
            .skip(1)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    app.update(reloaded(&reordered));
    let mut codes: Vec<&str> = app
        .peers
        .iter()
        .map(|&c| app.ds.countries[c as usize].code.as_str())
        .collect();
    codes.sort_unstable();
    assert_eq!(codes, ["AAA", "CCC"]);
}

#[test]
fn the_scenario_follows_its_rows_and_drops_what_is_gone() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::ScoreToMax); // P1 of AAA 2024: 4 already, no change
    app.update(Action::Down);
    app.update(Action::ScoreToMax); // P2: 1 → 4
    app.update(Action::Bottom);
    app.update(Action::ScoreToMax); // Q2: 1 → 2
    assert_eq!(app.scenario.changes(&app.ds).len(), 2);

    // A row before them shifts every observation; Q2 disappears.
    let edited = format!(
        "country,year,pillar,indicator_id,indicator,score,max_score\n\
         AAA,2021,P,P1,Alpha law,1,4\n{}",
        CSV.lines()
            .skip(1)
            .filter(|l| !l.contains(",Q2,"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    );
    app.update(reloaded(&edited));
    let changes = app.scenario.changes(&app.ds);
    assert_eq!(changes.len(), 1, "{changes:?}");
    let ch = changes[0];
    assert_eq!(app.ds.indicator_of(ch.obs).id, "P2");
    assert_eq!(app.ds.years[app.ds.obs.year[ch.obs] as usize], 2024);
    assert_eq!((ch.from, ch.to), (Some(1.0), 4.0));
    assert!(
        app.view.projection.is_some(),
        "the projection is recomputed"
    );
}

#[test]
fn trouble_with_the_watch_is_a_warning_in_the_footer() {
    let mut app = App::new(load(CSV), 0, ThemeName::Dark);
    let why = "live reload is off: cannot watch /srv/data: Permission denied (os error 13)";
    app.update(Action::ReloadTrouble(why.into()));
    let shown = |app: &App| app.notice.as_ref().map(|n| (n.text.clone(), n.warn));
    assert_eq!(shown(&app), Some((why.to_string(), true)));
    // It comes with the first frame: the first resize must not wipe it.
    app.update(Action::Resize(100, 30));
    assert_eq!(shown(&app), Some((why.to_string(), true)));
    // It is a notice, not a banner: the data shown is still the file's.
    assert_eq!(app.banner, None);
}
