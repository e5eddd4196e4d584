//! What `Here::of` reads from the App agrees with what the keys then do:
//! a key it rules out does nothing but say why, one it allows acts.

use super::*;
use crate::app::{Action, App, ThemeName};
use crate::model::{CountryIx, Dataset, YearIx};
use crate::read::load_reader;

/// Two countries; AAA has 2022–2024, BBB only 2023.
const CSV: &str = "country,year,pillar,indicator_id,score,max_score
AAA,2022,P,P1,1,4
AAA,2023,P,P1,2,4
AAA,2024,P,P1,4,4
BBB,2023,P,P1,3,4
";

fn data() -> Dataset {
    load_reader("t.csv", CSV.as_bytes()).unwrap()
}

/// The country, year and comparison year, which the keys in question
/// change.
fn place(app: &App) -> (CountryIx, YearIx, Option<YearIx>) {
    (app.country, app.year, app.compare)
}

/// Whether `action` changed the place, or only said something.
fn acts(app: &mut App, action: Action) -> bool {
    let before = place(app);
    app.update(action);
    let moved = place(app) != before;
    assert!(
        moved || app.notice.is_some(),
        "a key that cannot act says why"
    );
    moved
}

#[test]
fn keys_left_out_are_the_keys_that_cannot_act() {
    let mut app = App::new(data(), 0, ThemeName::Dark);
    let here = Here::of(&app);
    assert_eq!((here.countries, here.countries_to_cycle), (2, 2));
    assert!(here.years > 1 && here.earlier_year);
    assert!(acts(&mut app, Action::NextCompareYear) || acts(&mut app, Action::PrevCompareYear));
    // AAA's first year has nothing before it.
    while acts(&mut app, Action::PrevYear) {}
    let here = Here::of(&app);
    assert!(!here.earlier_year);
    assert!(here.later_year);
    assert!(!here.compare_back && !here.compare_forward);
    assert!(!acts(&mut app, Action::PrevCompareYear));
    assert!(!acts(&mut app, Action::NextCompareYear));
    // At the latest year, only the way back through the years acts.
    while acts(&mut app, Action::NextYear) {}
    let here = Here::of(&app);
    assert!(!here.later_year && here.earlier_year);
    assert!(!acts(&mut app, Action::NextYear));
    // As the footer says: `{`/`}` act exactly when the Here says they can.
    for (back, action) in [
        (true, Action::PrevCompareYear),
        (false, Action::NextCompareYear),
    ] {
        let here = Here::of(&app);
        let can = if back {
            here.compare_back
        } else {
            here.compare_forward
        };
        assert_eq!(acts(&mut app, action.clone()), can, "{action:?}");
    }
    // BBB has one year only.
    assert!(acts(&mut app, Action::NextCountry));
    let here = Here::of(&app);
    assert_eq!((here.years, here.earlier_year), (1, false));
    assert!(!acts(&mut app, Action::PrevYear));
    assert!(!acts(&mut app, Action::NextYear));
}

#[test]
fn a_peer_group_of_one_has_no_country_to_move_to() {
    let mut app = App::new(data(), 0, ThemeName::Dark).with_peers(vec![0]);
    let here = Here::of(&app);
    assert_eq!((here.countries, here.countries_to_cycle), (2, 1));
    assert!(!acts(&mut app, Action::NextCountry));
    assert!(!acts(&mut app, Action::PrevCountry));
    assert!(!labels(&app).contains(&"country"));
    let mut app = App::new(data(), 0, ThemeName::Dark).with_peers(vec![0, 1]);
    assert!(labels(&app).contains(&"country"));
    assert!(acts(&mut app, Action::NextCountry));
}

fn labels(app: &App) -> Vec<&'static str> {
    footer(&Here::of(app))
        .hints
        .iter()
        .map(|(h, _)| h.label)
        .collect()
}

#[test]
fn the_scenario_is_read_from_the_app() {
    let mut app = App::new(data(), 0, ThemeName::Dark);
    assert!(!Here::of(&app).what_if);
    app.update(Action::GoTo(crate::app::Pane::Indicators));
    app.update(Action::LowerScore);
    assert!(Here::of(&app).what_if);
    assert_eq!(Here::of(&app).pane, crate::app::Pane::Indicators);
}
