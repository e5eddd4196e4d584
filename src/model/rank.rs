//! Peer groups and rankings: where a country stands among others.
//!
//! Ranks follow ITU's convention for the GCI: scores equal to the two
//! published decimals share a rank, and the next score takes the next rank
//! (USA 1, United Kingdom 2, Saudi Arabia 2, Estonia 3, …).

use super::dataset::{CountryIx, Dataset, PillarIx, YearIx};

/// What a ranking orders countries by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankBy {
    Overall,
    Pillar(PillarIx),
}

fn value(ds: &Dataset, c: CountryIx, y: YearIx, by: RankBy) -> Option<f64> {
    match by {
        RankBy::Overall => ds.overall(c, y),
        RankBy::Pillar(p) => ds.pillar_score(c, y, p),
    }
}

/// One place in a ranking.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub country: CountryIx,
    pub value: f64,
    /// 1-based, as ITU ranks the GCI: equal scores share a rank and the
    /// next score takes the next rank (1, 2, 2, 3).
    pub rank: usize,
    /// How many other countries share this rank.
    pub tied_with: usize,
}

/// Where one country stands in a ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    pub rank: usize,
    /// How many countries were ranked.
    pub of: usize,
    /// How many others share the rank.
    pub tied_with: usize,
    /// How many score higher: with ties ranked together, the rank alone
    /// can read better than it is (40th, with 56 countries ahead).
    pub ahead: usize,
}

impl Standing {
    /// "2nd of 194", with ", tied with 1" when others share the rank, and
    /// "; 56 score higher" when ties above make the rank read better than
    /// the place is.
    pub fn phrase(&self) -> String {
        let mut s = format!("{} of {}", ordinal(self.rank), self.of);
        if self.tied_with > 0 {
            s.push_str(&format!(", tied with {}", self.tied_with));
        }
        if self.ahead + 1 > self.rank {
            s.push_str(&format!("; {} score higher", self.ahead));
        }
        s
    }
}

/// Scores are equal when they read the same to the two decimals that are
/// published and shown.
fn shown(v: f64) -> f64 {
    (v * 100.0).round()
}

/// Peers with a value in year `y`, best first. Countries without a value
/// (no data that year, pillar not scored) are left out.
pub fn ranking(ds: &Dataset, peers: &[CountryIx], y: YearIx, by: RankBy) -> Vec<Place> {
    let mut v: Vec<(CountryIx, f64)> = peers
        .iter()
        .filter_map(|&c| value(ds, c, y, by).map(|v| (c, v)))
        .collect();
    v.sort_by(|a, b| shown(b.1).total_cmp(&shown(a.1)).then(a.0.cmp(&b.0)));
    let mut places: Vec<Place> = Vec::with_capacity(v.len());
    for &(country, value) in &v {
        let rank = match places.last() {
            Some(prev) if shown(prev.value) == shown(value) => prev.rank,
            Some(prev) => prev.rank + 1,
            None => 1,
        };
        places.push(Place {
            country,
            value,
            rank,
            tied_with: 0,
        });
    }
    // Ties are counted once the ranks are known: each group of a rank.
    let mut start = 0;
    while start < places.len() {
        let end = places[start..]
            .iter()
            .position(|p| p.rank != places[start].rank)
            .map_or(places.len(), |n| start + n);
        for p in &mut places[start..end] {
            p.tied_with = end - start - 1;
        }
        start = end;
    }
    places
}

/// Where `c` stands among `peers`, if it was ranked.
pub fn standing(
    ds: &Dataset,
    peers: &[CountryIx],
    y: YearIx,
    by: RankBy,
    c: CountryIx,
) -> Option<Standing> {
    let r = ranking(ds, peers, y, by);
    standing_in(&r, c)
}

/// Where `c` stands in a ranking already made.
pub fn standing_in(ranking: &[Place], c: CountryIx) -> Option<Standing> {
    let place = ranking.iter().find(|p| p.country == c)?;
    let ahead = ranking.iter().take_while(|p| p.rank < place.rank).count();
    Some(Standing {
        rank: place.rank,
        of: ranking.len(),
        tied_with: place.tied_with,
        ahead,
    })
}

/// "1st", "2nd", "3rd", "11th", "22nd".
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// How a peer group was chosen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerKind {
    /// Every country in the file.
    All,
    /// Countries named one by one (`--peers`).
    Named,
    /// The countries of a region, named as the data spells it.
    Region(String),
}

/// A peer group as the user chose it, so a report can say whom a rank is
/// among.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeerGroup {
    pub kind: PeerKind,
    /// In the order they were named (file order for a region or everyone),
    /// each once. The selected country is first when it had to be added.
    pub countries: Vec<CountryIx>,
    /// The selected country was not among those chosen and was added.
    pub added: bool,
}

/// The peer group: the countries named in `codes`, or those whose region
/// is `region`, or everyone. The selected country always belongs to it.
/// Sorted by country; [`peer_group_of`] keeps how it was chosen.
pub fn peer_group(
    ds: &Dataset,
    codes: Option<&[String]>,
    region: Option<&str>,
    selected: CountryIx,
) -> Result<Vec<CountryIx>, String> {
    let mut group = peer_group_of(ds, codes, region, selected)?.countries;
    group.sort_unstable();
    Ok(group)
}

/// [`peer_group`], saying how it was chosen.
pub fn peer_group_of(
    ds: &Dataset,
    codes: Option<&[String]>,
    region: Option<&str>,
    selected: CountryIx,
) -> Result<PeerGroup, String> {
    let mut kind = if codes.is_some() {
        PeerKind::Named
    } else {
        PeerKind::All
    };
    let mut group: Vec<CountryIx> = match (codes, region) {
        (Some(codes), _) => {
            let mut v = Vec::new();
            for code in codes.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
                let c = ds.find_country(code).ok_or_else(|| {
                    format!(
                        "--peers: no country {} in the data",
                        crate::sanitize::quote(code)
                    )
                })?;
                v.push(c);
            }
            v
        }
        (None, Some(region)) => {
            let want = region.trim().to_lowercase();
            let v: Vec<CountryIx> = (0..ds.countries.len() as CountryIx)
                .filter(|&c| {
                    ds.countries[c as usize]
                        .region
                        .as_deref()
                        .is_some_and(|r| r.to_lowercase() == want)
                })
                .collect();
            if let Some(&first) = v.first() {
                let spelled = ds.countries[first as usize].region.clone();
                kind = PeerKind::Region(spelled.unwrap_or_else(|| region.to_string()));
            } else {
                let mut regions: Vec<&str> = ds
                    .countries
                    .iter()
                    .filter_map(|c| c.region.as_deref())
                    .collect();
                regions.sort_unstable();
                regions.dedup();
                return Err(if regions.is_empty() {
                    "--region: the data has no region column; use --peers CODE,CODE,…".to_string()
                } else {
                    format!(
                        "--region: no country in region {} (regions: {})",
                        crate::sanitize::quote(region),
                        regions.join(", ")
                    )
                });
            }
            v
        }
        (None, None) => (0..ds.countries.len() as CountryIx).collect(),
    };
    let mut seen = vec![false; ds.countries.len()];
    group.retain(|&c| !std::mem::replace(&mut seen[c as usize], true));
    let added = !group.contains(&selected);
    if added {
        group.insert(0, selected);
    }
    Ok(PeerGroup {
        kind,
        countries: group,
        added,
    })
}
