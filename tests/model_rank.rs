//! The model's rank through its public API, on small CSV fixtures.

use cyberindex::model::rank::*;
use cyberindex::model::{CountryIx, Dataset};
use cyberindex::read::load_reader;

fn ds() -> Dataset {
    let text = "country,region,year,pillar,indicator_id,score,max_score
AAA,North,2024,P,I,1,4
BBB,South,2024,P,I,3,4
CCC,South,2024,P,I,3,4
DDD,South,2024,P,I,,4
EEE,North,2023,P,I,4,4
";
    load_reader("t.csv", text.as_bytes()).unwrap()
}

#[test]
fn ties_share_a_rank_and_unscored_countries_are_left_out() {
    let ds = ds();
    let y = ds.year_ix(2024).unwrap();
    let all: Vec<CountryIx> = (0..5).collect();
    let r = ranking(&ds, &all, y, RankBy::Overall);
    let got: Vec<(&str, usize)> = r
        .iter()
        .map(|p| (ds.countries[p.country as usize].code.as_str(), p.rank))
        .collect();
    // As ITU ranks: the score after a tie takes the next rank.
    assert_eq!(got, vec![("BBB", 1), ("CCC", 1), ("AAA", 2)]);
    assert_eq!(r[0].tied_with, 1);
    assert_eq!(r[2].tied_with, 0);
    let aaa = standing(&ds, &all, y, RankBy::Pillar(0), 0).unwrap();
    assert_eq!((aaa.rank, aaa.of, aaa.tied_with, aaa.ahead), (2, 3, 0, 2));
    // Two share 1st, so AAA is 2nd with two ahead of it.
    assert_eq!(aaa.phrase(), "2nd of 3; 2 score higher");
    let bbb = standing(&ds, &all, y, RankBy::Overall, 1).unwrap();
    assert_eq!(bbb.phrase(), "1st of 3, tied with 1");
    assert_eq!(standing(&ds, &all, y, RankBy::Overall, 3), None);
}

#[test]
fn peer_groups_by_codes_region_or_everyone() {
    let ds = ds();
    assert_eq!(peer_group(&ds, None, None, 0).unwrap(), vec![0, 1, 2, 3, 4]);
    assert_eq!(
        peer_group(&ds, Some(&["ccc".into(), "BBB".into()]), None, 1).unwrap(),
        vec![1, 2]
    );
    // The selected country joins a group it is not in.
    assert_eq!(
        peer_group(&ds, None, Some("south"), 0).unwrap(),
        vec![0, 1, 2, 3]
    );
    assert!(
        peer_group(&ds, Some(&["ZZZ".into()]), None, 0)
            .unwrap_err()
            .contains("\"ZZZ\"")
    );
    assert!(
        peer_group(&ds, None, Some("West"), 0)
            .unwrap_err()
            .contains("regions: North, South")
    );
}

#[test]
fn a_group_says_how_it_was_chosen_in_the_order_given() {
    let ds = ds();
    let named = peer_group_of(
        &ds,
        Some(&["ccc".into(), "BBB".into(), "CCC".into()]),
        None,
        1,
    )
    .unwrap();
    assert_eq!(
        (named.kind, named.countries, named.added),
        (PeerKind::Named, vec![2, 1], false)
    );
    // The selected country joins a group it is not in, first.
    let region = peer_group_of(&ds, None, Some("SOUTH"), 0).unwrap();
    assert_eq!(
        (region.kind, region.countries, region.added),
        (PeerKind::Region("South".into()), vec![0, 1, 2, 3], true)
    );
    let all = peer_group_of(&ds, None, None, 4).unwrap();
    assert_eq!(
        (all.kind, all.countries.len(), all.added),
        (PeerKind::All, 5, false)
    );
}

#[test]
fn ordinals() {
    let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111]
        .iter()
        .map(|&n| ordinal(n))
        .collect();
    assert_eq!(
        got,
        [
            "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
            "111th"
        ]
    );
}
