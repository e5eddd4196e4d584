//! The peer group's overall indices in the report's year, for the strip
//! chart: the model's own ranking, so the same countries with the same
//! scores and ranks as the rank the brief states.

use crate::model::rank::{PeerGroup, RankBy, ranking};
use crate::model::{CountryIx, Dataset, YearIx};

/// One ranked peer.
#[derive(Clone, Debug, PartialEq)]
pub struct PeerScore {
    pub code: String,
    pub overall: f64,
    pub rank: usize,
}

/// The ranked peers, best first; a peer without an index in the year is
/// not ranked, so not here either.
#[derive(Clone, Debug, PartialEq)]
pub struct PeerScores {
    pub scores: Vec<PeerScore>,
    /// Where the reported country is in `scores`.
    pub marked: Option<usize>,
}

impl PeerScores {
    pub fn build(ds: &Dataset, group: &PeerGroup, year: YearIx, country: CountryIx) -> PeerScores {
        let places = ranking(ds, &group.countries, year, RankBy::Overall);
        PeerScores {
            marked: places.iter().position(|p| p.country == country),
            scores: places
                .iter()
                .map(|p| {
                    let k = &ds.countries[p.country as usize];
                    let code = if k.code.is_empty() {
                        k.label().to_string()
                    } else {
                        k.code.clone()
                    };
                    PeerScore {
                        code,
                        overall: p.value,
                        rank: p.rank,
                    }
                })
                .collect(),
        }
    }
}
