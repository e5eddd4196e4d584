//! `update()` with reloads that change things under the user, as issue #11
//! asks: scores under the scenario, a peer group's country, the country or
//! the year shown; and what the user is told.

use super::behaviour_fixture::{CSV, app, id_of, reloaded, select};
use super::*;

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
fn a_reload_of_a_workbook_names_the_sheet_it_read() {
    let mut app = app();
    let mut ds = crate::read::load_reader("t.xlsx", CSV.as_bytes()).unwrap();
    ds.sheet = Some(("Data 2024".to_string(), 3));
    app.update(Action::Reloaded(crate::app::action::Reload {
        result: Box::new(Ok(ds)),
        at: "09:30:00".into(),
    }));
    assert_eq!(
        app.notice_text(),
        "Reloaded t.xlsx, sheet Data 2024 at 09:30:00"
    );
}
