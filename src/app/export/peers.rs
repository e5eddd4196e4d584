//! The Peers ranking: rank, country, overall, tier and every pillar, in
//! the order and with the search the pane shows.

use super::{figure, whole};
use crate::app::App;
use crate::format;
use crate::model::{PillarIx, Tier};
use crate::write::sheet::Cell;

pub(super) fn header(app: &App) -> Vec<String> {
    let mut h = ["#", "Code", "Country", "Overall", "Tier"]
        .map(String::from)
        .to_vec();
    h.extend(app.data().pillars.iter().cloned());
    h
}

pub(super) fn row(app: &App, k: usize) -> Option<Vec<Cell>> {
    let ds = app.data();
    let y = app.year();
    let place = app.view().peers.get(k)?;
    let c = place.country;
    let country = &ds.countries[c as usize];
    let overall = ds.overall(c, y);
    let mut row = vec![
        whole(place.rank),
        Cell::text(&country.code),
        Cell::text(country.label()),
        // As the pane writes an index: never rounded up into a tier.
        figure(overall.map(format::index_value)),
        overall.map_or(Cell::Empty, |v| {
            whole(usize::from(Tier::from_score(v).number()))
        }),
    ];
    row.extend((0..ds.pillars.len() as PillarIx).map(|p| figure(ds.pillar_score(c, y, p))));
    Some(row)
}
