use super::*;
use crate::read::load_reader;

/// Two countries; AAA has 2022–2024, BBB only 2023. Pillars P and Q.
const CSV: &str = "country,year,pillar,indicator_id,indicator,score,max_score,evidence
AAA,2022,P,P1,Alpha law,1,4,
AAA,2022,P,P2,Beta policy,2,4,
AAA,2022,Q,Q1,Gamma CIRT,1,2,
AAA,2023,P,P1,Alpha law,2,4,
AAA,2023,P,P2,Beta policy,2,4,
AAA,2023,Q,Q1,Gamma CIRT,2,2,
AAA,2024,P,P1,Alpha law,4,4,Cyber Act
AAA,2024,P,P2,Beta policy,1,4,
AAA,2024,Q,Q1,Gamma CIRT,,2,
AAA,2024,Q,Q2,Delta SOC,1,2,
BBB,2023,P,P1,Alpha law,3,4,
BBB,2023,Q,Q1,Gamma CIRT,0,2,
";

fn app() -> App {
    let ds = load_reader("t.csv", CSV.as_bytes()).unwrap();
    App::new(ds, 0, ThemeName::Dark)
}

fn year(app: &App) -> i32 {
    app.ds.years[app.year as usize]
}

fn compare_year(app: &App) -> Option<i32> {
    app.compare.map(|y| app.ds.years[y as usize])
}

fn ids(app: &App) -> Vec<String> {
    app.view
        .rows
        .iter()
        .map(|&i| app.ds.indicator_of(i).id.clone())
        .collect()
}

#[test]
fn starts_on_latest_year_against_the_one_before() {
    let app = app();
    assert_eq!((year(&app), compare_year(&app)), (2024, Some(2023)));
    assert_eq!(app.pane, Pane::Overview);
    assert_eq!(ids(&app), vec!["P1", "P2", "Q1", "Q2"]);
}

#[test]
fn year_changes_move_the_comparison_along_and_never_forward() {
    let mut app = app();
    app.update(Action::PrevYear);
    assert_eq!((year(&app), compare_year(&app)), (2023, Some(2022)));
    app.update(Action::PrevYear);
    // 2022 is the earliest: nothing before it to compare with, and never a
    // later year, where every rise would read as a fall.
    assert_eq!((year(&app), compare_year(&app)), (2022, None));
    assert!(app.view.comparison.is_none());
    app.update(Action::PrevYear);
    assert_eq!(year(&app), 2022, "stays at the first year");
    assert_eq!(
        app.notice_text(),
        "2022 is the first year with data for AAA"
    );
    app.update(Action::NextCompareYear);
    assert_eq!(compare_year(&app), None);
    assert_eq!(
        app.notice_text(),
        "Nothing to compare with: 2022 is the first year with data"
    );
    app.update(Action::NextYear);
    assert_eq!((year(&app), compare_year(&app)), (2023, Some(2022)));
    app.update(Action::NextYear);
    app.update(Action::NextYear);
    assert_eq!(year(&app), 2024, "stays at the last year");
    assert_eq!(
        app.notice_text(),
        "2024 is the latest year with data for AAA"
    );
}

#[test]
fn comparison_year_is_chosen_among_earlier_years() {
    let mut app = app();
    app.update(Action::PrevCompareYear);
    assert_eq!((year(&app), compare_year(&app)), (2024, Some(2022)));
    app.update(Action::PrevCompareYear);
    assert_eq!(compare_year(&app), Some(2022), "no earlier year");
    assert_eq!(
        app.notice_text(),
        "2022 is the earliest year to compare with"
    );
    app.update(Action::NextCompareYear);
    assert_eq!(compare_year(&app), Some(2023));
    app.update(Action::NextCompareYear);
    assert_eq!(compare_year(&app), Some(2023), "never the year itself");
    assert_eq!(app.notice_text(), "2023 is the latest year before 2024");
    let cmp = app.view.comparison.as_ref().unwrap();
    assert_eq!(app.ds.years[cmp.from as usize], 2023);
    // Going back to a year before the comparison year moves it earlier.
    app.update(Action::PrevYear);
    assert_eq!((year(&app), compare_year(&app)), (2023, Some(2022)));
}

#[test]
fn sort_by_numeric_column_is_descending_first_and_not_assessed_last() {
    let mut app = app();
    app.update(Action::SortBy(Column::Attainment));
    // P1 4/4, Q2 1/2, P2 1/4, Q1 not assessed.
    assert_eq!(ids(&app), vec!["P1", "Q2", "P2", "Q1"]);
    app.update(Action::ReverseSort);
    assert_eq!(ids(&app), vec!["P2", "Q2", "P1", "Q1"]);
    app.update(Action::SortBy(Column::Name));
    assert_eq!(ids(&app), vec!["P1", "P2", "Q2", "Q1"]);
    assert!(!app.query.descending);
}

#[test]
fn sort_cycles_through_every_column() {
    let mut app = app();
    let mut seen = vec![app.query.sort];
    for _ in 0..Column::ALL.len() - 1 {
        app.update(Action::NextSortColumn);
        seen.push(app.query.sort);
    }
    assert_eq!(seen, Column::ALL.to_vec());
    app.update(Action::NextSortColumn);
    assert_eq!(app.query.sort, Column::Pillar);
}

#[test]
fn pillar_filter_cycles_through_pillars_then_all() {
    let mut app = app();
    app.update(Action::NextPillarFilter);
    assert_eq!(ids(&app), vec!["P1", "P2"]);
    app.update(Action::NextPillarFilter);
    assert_eq!(ids(&app), vec!["Q1", "Q2"]);
    app.update(Action::NextPillarFilter);
    assert_eq!(ids(&app).len(), 4);
    app.update(Action::PrevPillarFilter);
    assert_eq!(ids(&app), vec!["Q1", "Q2"]);
}

#[test]
fn search_filters_as_you_type_and_esc_clears() {
    let mut app = app();
    app.update(Action::StartSearch);
    assert_eq!((app.mode, app.pane), (Mode::Search, Pane::Indicators));
    for c in "soc".chars() {
        app.update(Action::SearchInput(c));
    }
    assert_eq!(ids(&app), vec!["Q2"]);
    app.update(Action::SearchBackspace);
    app.update(Action::SearchBackspace);
    // Of the ids, names, pillars and evidence, only "Delta SOC" has an "s".
    assert_eq!(ids(&app), vec!["Q2"]);
    app.update(Action::SearchAccept);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(app.query.search, "s");
    // A new search starts empty rather than adding to the kept one.
    app.update(Action::StartSearch);
    assert_eq!(app.query.search, "");
    app.update(Action::SearchInput('x'));
    assert!(ids(&app).is_empty());
    // Esc clears it, as the footer says.
    app.update(Action::SearchCancel);
    assert_eq!(app.query.search, "");
    assert_eq!(ids(&app).len(), 4);
}

#[test]
fn search_matches_evidence_case_insensitively() {
    let mut app = app();
    app.update(Action::StartSearch);
    for c in "CYBER ACT".chars() {
        app.update(Action::SearchInput(c));
    }
    assert_eq!(ids(&app), vec!["P1"]);
}

#[test]
fn panes_cycle_and_jump() {
    let mut app = app();
    app.update(Action::NextPane);
    assert_eq!(app.pane, Pane::Indicators);
    app.update(Action::PrevPane);
    app.update(Action::PrevPane);
    // Two countries: the Peers pane is part of the cycle.
    assert_eq!(app.pane, Pane::Peers);
    app.update(Action::PrevPane);
    assert_eq!(app.pane, Pane::Trends);
    app.update(Action::GoTo(Pane::Gaps));
    assert_eq!(app.pane, Pane::Gaps);
}

#[test]
fn one_country_has_no_peers_pane() {
    let text = "year,pillar,indicator_id,score,max_score\n2024,P,I,1,2\n";
    let mut app = App::new(
        load_reader("t.csv", text.as_bytes()).unwrap(),
        0,
        ThemeName::Dark,
    );
    assert!(!app.panes().contains(&Pane::Peers));
    app.update(Action::GoTo(Pane::Peers));
    assert_eq!(app.pane, Pane::Overview);
    app.update(Action::PrevPane);
    assert_eq!(app.pane, Pane::Trends);
}

#[test]
fn peers_rank_and_choosing_a_country_switches_to_it() {
    let mut app = app();
    app.update(Action::NextCountry);
    app.update(Action::GoTo(Pane::Peers));
    // It opens on the current country: BBB has only 2023, where it ranks
    // second (37.5 to AAA's 75).
    assert_eq!(app.cursor(Pane::Peers).selected, 1);
    app.update(Action::PrevCountry);
    app.update(Action::GoTo(Pane::Overview));
    app.update(Action::GoTo(Pane::Peers));
    // Back on AAA, still in 2023, where AAA leads.
    assert_eq!(year(&app), 2023);
    assert_eq!(app.cursor(Pane::Peers).selected, 0);
    // 2023: AAA P = 50, Q = 100 → 75; BBB P = 75, Q = 0 → 37.5.
    let order: Vec<&str> = app
        .view
        .peers
        .iter()
        .map(|p| app.ds.countries[p.country as usize].code.as_str())
        .collect();
    assert_eq!(order, vec!["AAA", "BBB"]);
    app.update(Action::Down);
    app.update(Action::ChooseCountry);
    assert_eq!(app.ds.countries[app.country as usize].code, "BBB");
    assert_eq!(year(&app), 2023);
    // The cursor stays on the chosen country.
    assert_eq!(app.cursor(Pane::Peers).selected, 1);
}

#[test]
fn selection_moves_and_follows_the_indicator_across_years() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::Down);
    assert_eq!(
        app.selected_indicator()
            .map(|i| app.ds.indicators[i as usize].id.clone()),
        Some("P2".into())
    );
    app.update(Action::Bottom);
    assert_eq!(app.cursor(Pane::Indicators).selected, 3);
    app.update(Action::Top);
    app.update(Action::Down);
    app.update(Action::PrevYear);
    assert_eq!(year(&app), 2023);
    assert_eq!(
        app.selected_indicator()
            .map(|i| app.ds.indicators[i as usize].id.clone()),
        Some("P2".into())
    );
}

#[test]
fn country_switch_keeps_year_when_possible() {
    let mut app = app();
    app.update(Action::NextCountry);
    assert_eq!(app.country, 1);
    // BBB has only 2023.
    assert_eq!((year(&app), compare_year(&app)), (2023, None));
    assert!(app.view.comparison.is_none());
    app.update(Action::NextCountry);
    assert_eq!(app.country, 0);
    assert_eq!(year(&app), 2023);
    app.update(Action::PrevCountry);
    assert_eq!(app.country, 1);
}

#[test]
fn detail_and_help_popups_open_and_close() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::OpenDetail);
    let p1 = app.ds.indicators.iter().position(|i| i.id == "P1").unwrap() as IndicatorIx;
    assert_eq!(app.popup, Some(Popup::Detail(p1)));
    assert_eq!(app.mode, Mode::Popup);
    app.update(Action::Down);
    assert_eq!(app.popup_scroll, 1);
    assert_eq!(
        app.cursor(Pane::Indicators).selected,
        0,
        "scrolling the popup leaves the table alone"
    );
    app.update(Action::ClosePopup);
    assert_eq!((app.popup, app.mode), (None, Mode::Normal));
    app.update(Action::ToggleHelp);
    assert_eq!(app.popup, Some(Popup::Help));
    app.update(Action::ToggleHelp);
    assert_eq!(app.popup, None);
}

#[test]
fn gaps_rank_by_index_gain() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Gaps));
    let ranked: Vec<String> = app
        .view
        .fix_first
        .iter()
        .map(|&i| app.ds.indicator_of(i).id.clone())
        .collect();
    // 2024: P = (1 + 0.25)/2 = 62.5, Q = 50 (Q1 not assessed). Overall 56.25.
    // P2 to 4/4: P = 100 → overall 75, gain 18.75.
    // Q2 to 2/2: Q = 100 → overall 81.25, gain 25.
    // Q1 assessed at 2/2: Q = 75 → overall 68.75, gain 12.5.
    assert_eq!(ranked, vec!["Q2", "P2", "Q1"]);
    assert!((app.view.gain(app.view.fix_first[0]) - 25.0).abs() < 1e-9);
}

#[test]
fn mouse_selection_and_resize_keep_cursor_in_bounds() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::Select(2));
    assert_eq!(app.cursor(Pane::Indicators).selected, 2);
    app.update(Action::Select(40));
    assert_eq!(
        app.cursor(Pane::Indicators).selected,
        2,
        "a click below the last row selects nothing"
    );
    app.update(Action::Resize(1, 1));
    app.update(Action::PageDown);
    assert!(app.cursor(Pane::Indicators).selected <= 3);
}

#[test]
fn theme_and_braille_toggle() {
    let mut app = app();
    app.update(Action::CycleTheme);
    assert_eq!(app.theme, ThemeName::Light);
    app.update(Action::CycleTheme);
    app.update(Action::CycleTheme);
    assert_eq!(app.theme, ThemeName::Dark);
    app.update(Action::ToggleBraille);
    assert!(!app.braille);
}

#[test]
fn quit() {
    let mut app = app();
    app.update(Action::Quit);
    assert!(app.quit);
}
