//! `update()` for what issue #11 asks of the dashboard: what-if figures
//! everywhere, reloads under a scenario, quitting with unsaved changes,
//! feedback for keys that cannot act, peers, sorting and the score input.

use super::action::Reload;
use super::*;
use crate::read::load_reader;

/// AAA 2023 and 2024, BBB and CCC 2024. AAA 2024: P (P1 2/4, up 2 points
/// or 50 percentage points; P2 1.5/2, up 1.5 points or 75), Q (Q1 3/4, Q2
/// not assessed of 2).
const CSV: &str = "country,country_name,year,pillar,indicator_id,indicator,score,max_score
AAA,Alphaland,2023,P,P1,Alpha law,0,4
AAA,Alphaland,2023,P,P2,Beta policy,0,2
AAA,Alphaland,2023,Q,Q1,Gamma CIRT,3,4
AAA,Alphaland,2024,P,P1,Alpha law,2,4
AAA,Alphaland,2024,P,P2,Beta policy,1.5,2
AAA,Alphaland,2024,Q,Q1,Gamma CIRT,3,4
AAA,Alphaland,2024,Q,Q2,Delta SOC,,2
BBB,Betaland,2024,P,P1,Alpha law,4,4
BBB,Betaland,2024,Q,Q1,Gamma CIRT,4,4
CCC,Gammaland,2024,P,P1,Alpha law,1,4
CCC,Gammaland,2024,Q,Q1,Gamma CIRT,1,4
";

fn app() -> App {
    App::new(
        load_reader("t.csv", CSV.as_bytes()).unwrap(),
        0,
        ThemeName::Dark,
    )
}

fn id_of(app: &App, i: usize) -> String {
    app.ds.indicator_of(i).id.clone()
}

fn select(app: &mut App, pane: Pane, id: &str) {
    app.update(Action::GoTo(pane));
    app.update(Action::Top);
    for _ in 0..20 {
        if app
            .selected_indicator()
            .map(|i| app.ds.indicators[i as usize].id.as_str())
            == Some(id)
        {
            return;
        }
        app.update(Action::Down);
    }
    panic!("{id} not in {pane:?}");
}

fn reloaded(csv: &str) -> Action {
    Action::Reloaded(Reload {
        result: Box::new(Ok(load_reader("t.csv", csv.as_bytes()).unwrap())),
        at: "09:30:00".into(),
    })
}

#[test]
fn a_what_if_shows_in_every_list_gain_and_plan() {
    let mut app = app();
    let fix_first =
        |app: &App| -> Vec<String> { app.view.fix_first.iter().map(|&i| id_of(app, i)).collect() };
    assert!(fix_first(&app).contains(&"P1".to_string()));
    let plan_before = app.view.plan.clone().unwrap();
    select(&mut app, Pane::Gaps, "P1");
    app.update(Action::ScoreToTarget);
    // P1 reached its target: nothing left to gain, so it leaves the list,
    // and every other gain is the projection's.
    assert!(
        !fix_first(&app).contains(&"P1".to_string()),
        "{:?}",
        fix_first(&app)
    );
    let shown = app.data();
    for &i in &app.view.fix_first {
        assert_eq!(app.view.gain(i), shown.gain(i));
    }
    let p1 = app.ds.find_obs(0, app.year, 0).unwrap();
    assert!(app.is_changed(p1));
    assert_eq!(app.data().score(p1), Some(4.0));
    assert_eq!(app.ds.score(p1), Some(2.0), "the data itself is untouched");
    // The Indicators rows read the projected score.
    assert_eq!(
        app.view.projection.as_ref().unwrap().overall,
        app.data().overall(0, app.year)
    );
    // The plan starts from the projection, not from the data.
    let plan = app.view.plan.clone().unwrap();
    assert_eq!(plan.start, app.data().overall(0, app.year));
    assert_ne!(plan.start, plan_before.start);
    assert!(plan.steps.iter().all(|s| id_of(&app, s.obs) != "P1"));
    // Undo brings every figure back.
    app.update(Action::UndoChange);
    assert!(!app.what_if());
    assert_eq!(app.data().overall(0, app.year), app.ds.overall(0, app.year));
    assert!(fix_first(&app).contains(&"P1".to_string()));
}

#[test]
fn a_reload_under_a_scenario_names_what_the_file_changed() {
    let mut app = app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore); // P1 2 → 2.5
    select(&mut app, Pane::Indicators, "Q1");
    app.update(Action::RaiseScore); // Q1 3 → 3.5
    // The file now says P1 is 3, and Q1 3.5, as the scenario has it.
    let edited = CSV
        .replace(
            "AAA,Alphaland,2024,P,P1,Alpha law,2,4",
            "AAA,Alphaland,2024,P,P1,Alpha law,3,4",
        )
        .replace(
            "AAA,Alphaland,2024,Q,Q1,Gamma CIRT,3,4",
            "AAA,Alphaland,2024,Q,Q1,Gamma CIRT,3.5,4",
        );
    app.update(reloaded(&edited));
    let notice = app.notice.clone().unwrap();
    assert!(notice.warn, "told as a warning");
    assert_eq!(
        notice.text,
        "Reloaded at 09:30:00: the file changed 2 scores the scenario changes; v lists them"
    );
    assert_eq!(
        app.reload_changes,
        [
            "P1 2 → 3 (scenario 2.5)",
            "Q1 3 → 3.5 (as in the scenario, which drops it)"
        ]
    );
    // Q1's entry says nothing the file does not: it is gone; P1's stays.
    let changes = app.scenario.changes(&app.ds);
    assert_eq!(changes.len(), 1);
    assert_eq!(id_of(&app, changes[0].obs), "P1");
    assert_eq!(changes[0].from, Some(3.0));
    assert_eq!(changes[0].to, 2.5);
    // The projection is made from the new data.
    assert_eq!(app.data().score(changes[0].obs), Some(2.5));

    // A reload that changes nothing under the scenario says when it was.
    app.update(reloaded(&edited));
    assert_eq!(app.notice_text(), "Reloaded t.csv at 09:30:00");
    assert!(!app.notice.as_ref().unwrap().warn);
    assert!(app.reload_changes.is_empty());
}

#[test]
fn a_peer_group_survives_a_reload_that_loses_one_of_its_countries() {
    let mut app = app().with_peers(vec![1, 2]);
    app.update(Action::NextCountry);
    assert_eq!(app.country, 1, "BBB");
    let without: String = CSV
        .lines()
        .filter(|l| !l.starts_with("BBB"))
        .map(|l| format!("{l}\n"))
        .collect();
    app.update(reloaded(&without));
    // CCC, a peer, stands in; the group is CCC alone while BBB is away.
    assert_eq!(app.ds.countries[app.country as usize].code, "CCC");
    app.update(reloaded(CSV));
    let codes: Vec<&str> = app
        .peers
        .iter()
        .map(|&c| app.ds.countries[c as usize].code.as_str())
        .collect();
    assert_eq!(codes, ["BBB", "CCC"], "BBB is back in the group");
    assert_eq!(app.ds.countries[app.country as usize].code, "BBB");
}

#[test]
fn a_reload_that_loses_the_country_says_so_and_goes_back_when_it_returns() {
    let mut app = app();
    app.update(Action::NextCountry); // BBB
    let without = |prefix: &str| -> String {
        CSV.lines()
            .filter(|l| !l.starts_with(prefix))
            .map(|l| format!("{l}\n"))
            .collect()
    };
    app.update(reloaded(&without("BBB")));
    assert_eq!(app.ds.countries[app.country as usize].code, "AAA");
    assert!(app.notice.as_ref().unwrap().warn);
    assert_eq!(
        app.notice_text(),
        "Reloaded at 09:30:00. BBB is no longer in the file: showing Alphaland until it is back"
    );
    // Still away on the next reload; back once the file has it again.
    app.update(reloaded(&without("BBB")));
    assert_eq!(app.ds.countries[app.country as usize].code, "AAA");
    app.update(reloaded(CSV));
    assert_eq!(app.ds.countries[app.country as usize].code, "BBB");
    assert_eq!(app.notice_text(), "Reloaded t.csv at 09:30:00");
    // A year that goes and comes back, likewise.
    app.update(Action::NextCountry);
    app.update(Action::NextCountry); // AAA, 2024
    assert_eq!(app.country, 0);
    app.update(reloaded(&without("AAA,Alphaland,2024")));
    assert_eq!(app.ds.years[app.year as usize], 2023);
    assert!(
        app.notice_text()
            .contains("Alphaland has no data for 2024 any more: showing 2023"),
        "{}",
        app.notice_text()
    );
    app.update(reloaded(CSV));
    assert_eq!(app.ds.years[app.year as usize], 2024);
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::Quit);
    assert!(!app.quit);
    assert_eq!(app.mode, Mode::ConfirmQuit);
    app.update(Action::StayOpen);
    assert_eq!((app.mode, app.quit), (Mode::Normal, false));

    // w saves, and quits once the save is done.
    app.update(Action::Quit);
    app.update(Action::SaveAndQuit);
    assert_eq!(app.effects.len(), 1);
    assert!(!app.quit, "not before the file is written");
    app.effects.clear();
    app.update(Action::ScenarioSaved(Err("disk full".into())));
    assert!(!app.quit, "a failed save never quits");
    assert!(app.notice_text().contains("disk full"));
    app.update(Action::Quit);
    app.update(Action::SaveAndQuit);
    app.update(Action::ScenarioSaved(Ok("s.csv".into())));
    assert!(app.quit);

    // Saved, nothing to ask; and q in the question quits without saving.
    let mut app = self::app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::SaveScenario);
    app.update(Action::ScenarioSaved(Ok("s.csv".into())));
    app.update(Action::Quit);
    assert!(app.quit, "everything was saved");
    let mut app = self::app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::Quit);
    app.update(Action::QuitNow);
    assert!(app.quit);
}

#[test]
fn keys_that_cannot_act_say_why() {
    let mut app = app();
    app.update(Action::UndoChange);
    assert_eq!(app.notice_text(), "Nothing to undo");
    app.update(Action::ResetScenario);
    assert_eq!(app.notice_text(), "The scenario is empty: nothing to reset");
    select(&mut app, Pane::Indicators, "P2");
    app.update(Action::ScoreToMax);
    app.update(Action::ScoreToMax);
    assert_eq!(app.notice_text(), "P2 is already at its maximum (2)");
    app.update(Action::ScoreToTarget);
    assert_eq!(app.notice_text(), "P2 is already at its target (2)");
    app.update(Action::RaiseScore);
    assert_eq!(app.notice_text(), "P2 is already at its maximum (2)");
    select(&mut app, Pane::Indicators, "Q2");
    app.update(Action::LowerScore);
    assert_eq!(app.notice_text(), "Q2 is not assessed: nothing to lower");
    // A key bound on other panes only says where it works.
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.update(Action::GoTo(Pane::Overview));
    let plus = KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE);
    let action = keymap::lookup(&plus, app.mode, app.pane).unwrap();
    app.update(action);
    assert_eq!(
        app.notice_text(),
        "+: scenario: raise the selected indicator's score a step, on Indicators, Compare, Gaps and Trends only"
    );
    app.update(Action::Down);
    assert_eq!(app.notice, None, "gone at the next key");
    // Inside a popup, a key that means nothing there says how to get out.
    app.update(Action::ToggleHelp);
    let w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::NONE);
    let action = keymap::lookup(&w, app.mode, app.pane).unwrap();
    app.update(action);
    assert_eq!(app.notice_text(), "Esc closes the popup first");
}

#[test]
fn esc_lets_go_of_a_kept_search_and_the_pillar_filter() {
    let mut app = app();
    app.update(Action::ClearFilters);
    assert_eq!(app.notice_text(), "No search or pillar filter to clear");
    app.update(Action::StartSearch);
    for c in "zzz".chars() {
        app.update(Action::SearchInput(c));
    }
    app.update(Action::SearchAccept);
    app.update(Action::NextPillarFilter);
    assert!(app.view.rows.is_empty());
    app.update(Action::ClearFilters);
    assert_eq!((app.query.search.as_str(), app.query.pillar), ("", None));
    assert_eq!(app.view.rows.len(), 4);
}

#[test]
fn the_score_input_replaces_its_first_value() {
    let mut app = app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::EditScore);
    assert_eq!(app.score_input, "2");
    app.update(Action::ScoreInput('3'));
    assert_eq!(app.score_input, "3", "typing replaces the pre-filled 2");
    app.update(Action::ScoreInput('.'));
    app.update(Action::ScoreInput('5'));
    assert_eq!(app.score_input, "3.5");
    app.update(Action::ScoreInputAccept);
    assert_eq!(
        app.data().score(app.ds.find_obs(0, app.year, 0).unwrap()),
        Some(3.5)
    );
    // Enter on the pre-filled value changes nothing, even where that value
    // is the score rounded for display.
    let before = app.scenario.edits().len();
    app.update(Action::EditScore);
    app.update(Action::ScoreInputAccept);
    assert_eq!(app.scenario.edits().len(), before);
    assert_eq!(app.mode, Mode::Normal);
    // Backspace edits the pre-filled value instead.
    app.update(Action::EditScore);
    app.update(Action::ScoreInputBackspace);
    app.update(Action::ScoreInput('7'));
    assert_eq!(app.score_input, "3.7");
}

#[test]
fn sorting_starts_at_the_top_and_sorts_by_what_is_shown() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::Bottom);
    assert_eq!(app.cursor(Pane::Indicators).selected, 3);
    app.update(Action::SortBy(Column::Delta));
    assert_eq!(
        app.cursor(Pane::Indicators),
        Cursor::default(),
        "back to the top"
    );
    // Δ in score points, as the column shows it, largest first: P1 +2,
    // P2 +1.5 (though +75 percentage points to P1's +50), Q1 0; Q2 is new.
    let ids: Vec<String> = app.view.rows.iter().map(|&i| id_of(&app, i)).collect();
    assert_eq!(ids, ["P1", "P2", "Q1", "Q2"]);
    app.update(Action::Down);
    app.update(Action::ReverseSort);
    assert_eq!(app.cursor(Pane::Indicators).selected, 0);
}

#[test]
fn peers_cycle_within_the_group_find_by_name_and_sort_by_pillar() {
    let mut app = app().with_peers(vec![0, 2]);
    assert!(app.has_peer_group());
    app.update(Action::NextCountry);
    assert_eq!(app.country, 2, "BBB is not in the group");
    app.update(Action::NextCountry);
    assert_eq!(app.country, 0);
    app.update(Action::PrevCountry);
    assert_eq!(app.country, 2);

    // Typing on Peers finds a country by code or name.
    app.update(Action::GoTo(Pane::Peers));
    app.update(Action::StartSearch);
    assert_eq!((app.mode, app.pane), (Mode::Search, Pane::Peers));
    for c in "alpha".chars() {
        app.update(Action::SearchInput(c));
    }
    let codes = |app: &App| -> Vec<String> {
        app.view
            .peers
            .iter()
            .map(|p| app.ds.countries[p.country as usize].code.clone())
            .collect()
    };
    assert_eq!(codes(&app), ["AAA"]);
    assert_eq!(app.query.search, "", "the indicator search is left alone");
    app.update(Action::SearchCancel);
    app.update(Action::SearchCancel);
    assert_eq!(codes(&app), ["AAA", "CCC"]);

    // Sorted by the pillar Q: CCC 25 below AAA 75.
    app.update(Action::NextSortColumn);
    assert_eq!(app.peer_query.key, PeerKey::Pillar(0));
    app.update(Action::NextSortColumn);
    assert_eq!(app.peer_query.key, PeerKey::Pillar(1));
    assert_eq!(codes(&app), ["AAA", "CCC"]);
    app.update(Action::ReverseSort);
    assert_eq!(codes(&app), ["CCC", "AAA"]);
    app.update(Action::NextSortColumn);
    assert_eq!(app.peer_query.key, PeerKey::Country);
    assert_eq!(codes(&app), ["AAA", "CCC"]);
}

#[test]
fn the_plan_scrolls_and_says_where_it_ends() {
    let mut app = app();
    app.update(Action::GoTo(Pane::Gaps));
    let steps = app.view.plan.as_ref().unwrap().steps.len();
    assert!(steps >= 2, "{steps}");
    for _ in 0..steps + 2 {
        app.update(Action::ScrollPlanDown);
    }
    assert_eq!(app.plan_scroll, steps - 1);
    assert_eq!(
        app.notice_text(),
        format!("Step {steps} is the plan's last")
    );
    app.update(Action::ScrollPlanUp);
    assert_eq!(app.plan_scroll, steps - 2);
}
