//! The data and helpers the tests of what issue #11 asks of the dashboard
//! share: `what_if_tests.rs`, `reload_changes_tests.rs` and
//! `lists_tests.rs`.

use super::action::Reload;
use super::*;
use crate::read::load_reader;

/// AAA 2023 and 2024, BBB and CCC 2024. AAA 2024: P (P1 2/4, up 2 points
/// or 50 percentage points; P2 1.5/2, up 1.5 points or 75), Q (Q1 3/4, Q2
/// not assessed of 2).
pub(super) const CSV: &str =
    "country,country_name,year,pillar,indicator_id,indicator,score,max_score
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

pub(super) fn app() -> App {
    App::new(
        load_reader("t.csv", CSV.as_bytes()).unwrap(),
        0,
        ThemeName::Dark,
    )
}

pub(super) fn id_of(app: &App, i: usize) -> String {
    app.ds.indicator_of(i).id.clone()
}

pub(super) fn select(app: &mut App, pane: Pane, id: &str) {
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

pub(super) fn reloaded(csv: &str) -> Action {
    Action::Reloaded(Reload {
        result: Box::new(Ok(load_reader("t.csv", csv.as_bytes()).unwrap())),
        at: "09:30:00".into(),
    })
}
