//! The few facts about the dashboard that decide which keys can act,
//! read from the App once per drawing.

use super::binding::Here;
use crate::app::App;
use crate::model::compare_year;

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
            what_if: app.what_if(),
        }
    }
}
