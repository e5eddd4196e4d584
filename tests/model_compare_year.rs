//! The model's compare year through its public API, on small CSV fixtures.

use cyberindex::model::PillarIx;
use cyberindex::model::compare_year::*;
use cyberindex::read::load_reader;

#[test]
fn weakest_with_gap_leaves_out_pillars_with_nothing_to_gain() {
    // Full: 100, nothing to gain. AtTarget: 50, but its one indicator is
    // at its target. Low: 25 and Mid: 75, both with room. Unscored: not
    // assessed, so not scored.
    let ds = load_reader(
        "t.csv",
        "year,pillar,indicator_id,score,max_score,target\n\
         2024,Full,F,4,4,\n\
         2024,AtTarget,A,2,4,2\n\
         2024,Mid,M,3,4,\n\
         2024,Low,L,1,4,\n\
         2024,Unscored,U,,4,\n"
            .as_bytes(),
    )
    .unwrap();
    let names = |v: Vec<(PillarIx, f64)>| -> Vec<(String, f64)> {
        v.into_iter()
            .map(|(p, s)| (ds.pillars[p as usize].clone(), s))
            .collect()
    };
    assert_eq!(
        names(weakest_with_gap(&ds, 0, 0)),
        [("Low".to_string(), 25.0), ("Mid".to_string(), 75.0)]
    );
    // The full ranking still has every pillar, unscored last.
    let all: Vec<PillarIx> = weak_pillars(&ds, 0, 0)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(all, [3, 1, 2, 0, 4]);
}
