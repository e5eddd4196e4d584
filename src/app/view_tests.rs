//! A view that keeps what it worked out for the same data and
//! country-year shows exactly what one made afresh would.

use super::*;
use crate::app::view_rows::{cmp_lower, contains_lowercase};
use crate::read::load_path;

#[test]
fn a_kept_order_and_kept_figures_give_what_a_fresh_view_gives() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let ds = load_path(&path).unwrap();
    let (c, y) = (0, ds.year_ix(2024).unwrap());
    let y0 = ds.year_ix(2023);
    let peers = [0];
    let pq = PeerQuery::default();
    let mut kept = View::default();
    for sort in Column::ALL {
        for descending in [false, true] {
            for search in ["", "a", "LEG", "law", "zz"] {
                for pillar in [None, Some(1)] {
                    let q = TableQuery {
                        sort,
                        descending,
                        pillar,
                        search: search.to_string(),
                    };
                    let fresh = View::build(View::default(), 1, &ds, c, y, y0, &q, &peers, &pq);
                    kept = View::build(kept, 1, &ds, c, y, y0, &q, &peers, &pq);
                    assert_eq!(kept.rows, fresh.rows, "{q:?}");
                    assert_eq!(kept.fix_first, fresh.fix_first);
                    assert_eq!(kept.gains, fresh.gains);
                    assert_eq!(kept.comparison, fresh.comparison);
                    assert_eq!(kept.weakest, fresh.weakest);
                }
            }
        }
    }
    // Another comparison year: the Δ order follows it.
    let q = TableQuery {
        sort: Column::Delta,
        ..TableQuery::default()
    };
    let y1 = ds.year_ix(2020);
    let fresh = View::build(View::default(), 1, &ds, c, y, y1, &q, &peers, &pq);
    kept = View::build(kept, 1, &ds, c, y, y1, &q, &peers, &pq);
    assert_eq!(kept.rows, fresh.rows);
    assert_eq!(kept.comparison, fresh.comparison);
}

#[test]
fn a_search_matches_in_any_case_in_any_script() {
    for (hay, needle, found) in [
        ("Cybercrime LAW", "law", true),
        ("Cybercrime LAW", "crime l", true),
        ("Cybercrime", "", true),
        ("Cybercrime", "cyberz", false),
        ("Loi sur la CYBERSÉCURITÉ", "sécurité", true),
        ("ÉTAT", "état", true),
        ("plain ascii", "é", false),
        ("K", "k", true),
    ] {
        assert_eq!(contains_lowercase(hay, needle), found, "{hay:?} {needle:?}");
    }
    assert_eq!(cmp_lower("abc", "ABD"), std::cmp::Ordering::Less);
    assert_eq!(cmp_lower("Été", "été"), std::cmp::Ordering::Equal);
}
