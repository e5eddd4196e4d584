//! `update()` on the lists, as issue #11 asks: letting go of a kept search
//! and filter, sorting, the peer group's countries and ranking, and the
//! plan's steps scrolling.

use super::behaviour_fixture::{app, id_of};
use super::*;

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
