//! Whom a rank is among: "6th of 16 peers (ZMB, KEN, …)", "40th of the 194
//! countries in the file", "3rd of the 15 countries of region SADC". A rank
//! without its group says little: 8th of 16 could be near the top of the
//! world or the middle of a neighbourhood.

use serde::Serialize;

use crate::model::Dataset;
use crate::model::rank::{PeerGroup, PeerKind};

/// Countries named in text and markdown before "and N more".
pub(super) const LISTED: usize = 20;

/// A peer group as reports describe it (`peer_group` in JSON).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PeerGroupView {
    /// `peers` (named with --peers), `region` (--region) or `all`.
    pub kind: &'static str,
    /// The region, as the data spells it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Country codes, in the order given (file order for a region or all).
    pub countries: Vec<String>,
    /// The reported country, when it was not in the region and was added.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added: Option<String>,
}

impl PeerGroupView {
    pub fn new(ds: &Dataset, group: &PeerGroup) -> PeerGroupView {
        let code = |c: u32| {
            let country = &ds.countries[c as usize];
            if country.code.is_empty() {
                country.label().to_string()
            } else {
                country.code.clone()
            }
        };
        let (kind, name) = match &group.kind {
            PeerKind::All => ("all", None),
            PeerKind::Named => ("peers", None),
            PeerKind::Region(r) => ("region", Some(r.clone())),
        };
        PeerGroupView {
            kind,
            name,
            countries: group.countries.iter().map(|&c| code(c)).collect(),
            added: (group.added && kind == "region")
                .then(|| group.countries.first().map(|&c| code(c)))
                .flatten(),
        }
    }
}
