//! The few facts about the dashboard that decide which keys can act,
//! read from the App once per drawing.

use super::binding::Here;
use crate::app::App;
use crate::model::compare_year;

/// Whether `{` (back, -1) or `}` (forward, +1) would choose another
/// comparison year: among the years with data before the current one, as
/// the app moves through them; with none chosen, either key picks the
/// latest of them.
fn compare_can_move(app: &App, delta: isize) -> bool {
    let earlier: Vec<_> = app
        .ds
        .years_with_data(app.country)
        .filter(|&y| y < app.year)
        .collect();
    match app
        .compare
        .and_then(|c| earlier.iter().position(|&y| y == c))
    {
        Some(pos) => pos
            .checked_add_signed(delta)
            .is_some_and(|p| p < earlier.len()),
        None => !earlier.is_empty(),
    }
}

impl Here {
    pub fn of(app: &App) -> Here {
        let ds = &app.ds;
        Here {
            mode: app.mode,
            pane: app.pane,
            // As `c` and `C` choose them: the peer group when one was
            // chosen, otherwise every country.
            countries_to_cycle: if app.has_peer_group() {
                app.peers.len()
            } else {
                ds.countries.len()
            },
            countries: ds.countries.len(),
            years: ds.years_with_data(app.country).take(2).count(),
            earlier_year: compare_year::previous_year(ds, app.country, app.year).is_some(),
            later_year: ds.years_with_data(app.country).any(|y| y > app.year),
            compare_back: compare_can_move(app, -1),
            compare_forward: compare_can_move(app, 1),
            what_if: app.what_if(),
        }
    }
}
