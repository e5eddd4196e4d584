//! Whom a rank is among: "6th of 16 peers (ZMB, KEN, …)", "40th of the 194
//! countries in the file", "3rd of the 15 countries of region SADC". A rank
//! without its group says little: 8th of 16 could be near the top of the
//! world or the middle of a neighbourhood.

use serde::Serialize;

use crate::model::Dataset;
use crate::model::rank::{PeerGroup, PeerKind, Standing};

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

    /// The group in words, after "of": "16 peers (ZMB, KEN, …)". `of` is
    /// how many were ranked: those without a score in `year` are not.
    /// Names are made safe by `safe`.
    pub fn words(&self, of: usize, year: i32, safe: &dyn Fn(&str) -> String) -> String {
        let english = crate::i18n::Messages::new(crate::i18n::Lang::En);
        super::brief_words::group(&english, self, of, year, safe)
    }
}

/// "6th of 16 peers (ZMB, KEN, …)", with ", tied with 1" when others share
/// the rank; the ordinal made bold in markdown by `strong`.
pub fn standing_words(
    group: &PeerGroupView,
    place: Standing,
    year: i32,
    safe: &dyn Fn(&str) -> String,
    strong: &dyn Fn(String) -> String,
) -> String {
    let english = crate::i18n::Messages::new(crate::i18n::Lang::En);
    let words = super::brief_words::group(&english, group, place.of, year, safe);
    super::brief_words::standing(&english, place, words, strong)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(
        kind: &'static str,
        name: Option<&str>,
        n: usize,
        added: Option<&str>,
    ) -> PeerGroupView {
        PeerGroupView {
            kind,
            name: name.map(String::from),
            countries: (0..n).map(|i| format!("C{i:02}")).collect(),
            added: added.map(String::from),
        }
    }

    fn plain(s: &str) -> String {
        s.to_string()
    }

    #[test]
    fn groups_in_words() {
        let at = |rank: usize, of, tied_with| Standing {
            rank,
            of,
            tied_with,
            ahead: rank - 1,
        };
        let same = |s: String| s;
        let peers = view("peers", None, 3, None);
        assert_eq!(
            standing_words(&peers, at(2, 3, 0), 2024, &plain, &same),
            "2nd of 3 peers (C00, C01, C02)"
        );
        assert_eq!(
            standing_words(
                &view("all", None, 194, None),
                at(1, 194, 1),
                2024,
                &plain,
                &same
            ),
            "1st of the 194 countries in the file, tied with 1"
        );
        // Ties above: the rank reads better than the place is.
        let zambia = Standing {
            rank: 40,
            of: 194,
            tied_with: 0,
            ahead: 56,
        };
        assert_eq!(
            standing_words(&view("all", None, 194, None), zambia, 2024, &plain, &same),
            "40th of the 194 countries in the file; 56 score higher"
        );
        let sadc = view("region", Some("SADC"), 15, None);
        assert_eq!(
            sadc.words(15, 2024, &plain),
            "the 15 countries of region SADC"
        );
        assert_eq!(
            sadc.words(14, 2024, &plain),
            "14 with a 2024 score, among the 15 countries of region SADC"
        );
        let joined = view("region", Some("SADC"), 16, Some("C00"));
        assert_eq!(
            joined.words(16, 2024, &plain),
            "the 15 countries of region SADC and C00"
        );
        let many = view("peers", None, 23, None);
        assert!(many.words(23, 2024, &plain).ends_with(", C19 and 3 more)"));
        // Names are data: made safe for the format.
        let md = |s: &str| crate::report::markdown_escape::escape(s);
        assert_eq!(
            view("region", Some("*A*"), 2, None).words(2, 2024, &md),
            "the 2 countries of region \\*A\\*"
        );
    }
}
