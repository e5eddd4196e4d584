//! The model's scenario through its public API, on small CSV fixtures.

use cyberindex::model::scenario::*;
use cyberindex::model::{Dataset, Tier};
use cyberindex::read::load_reader;

/// Pillar P: P1 weight 1 (2 of 4), P2 weight 3 (1 of 2, target 2).
/// Pillar Q: Q1 not assessed (max 10), Q2 weight 0 (5 of 5).
const CSV: &str = "country,year,pillar,indicator_id,score,max_score,weight,target
AAA,2024,P,P1,2,4,1,
AAA,2024,P,P2,1,2,3,2
AAA,2024,Q,Q1,,10,1,
AAA,2024,Q,Q2,5,5,0,
AAA,2024,R,R1,3,4,1,
";

fn ds() -> Dataset {
    load_reader("t.csv", CSV.as_bytes()).unwrap()
}

fn obs(ds: &Dataset, id: &str) -> usize {
    ds.rows(0, 0)
        .find(|&i| ds.indicator_of(i).id == id)
        .unwrap()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn empty_scenario_projects_the_real_scores() {
    let ds = ds();
    let p = project(&ds, &Scenario::default(), 0, 0);
    for (pi, &s) in p.pillars.iter().enumerate() {
        assert_eq!(s, ds.pillar_score(0, 0, pi as u16), "pillar {pi}");
    }
    assert_eq!(p.overall, ds.overall(0, 0));
    assert_eq!(p.tier, ds.tier(0, 0));
}

#[test]
fn projection_by_hand() {
    let ds = ds();
    // Real: P = 100 × (1×0.5 + 3×0.5) / 4 = 50; Q: Q1 not assessed, Q2
    // weight 0, so not scored; R = 75. Overall = (50 + 75) / 2 = 62.5.
    assert!(close(ds.overall(0, 0), 62.5));
    let mut s = Scenario::default();
    assert!(s.set(&ds, obs(&ds, "P2"), 2.0));
    // P = 100 × (0.5 + 3) / 4 = 87.5; overall (87.5 + 75) / 2 = 81.25.
    let p = project(&ds, &s, 0, 0);
    assert!(close(p.pillars[0], 87.5));
    assert_eq!(p.pillars[1], None);
    assert!(close(p.overall, 81.25));
    assert_eq!(p.tier, Some(Tier::Establishing));

    // Assessing Q1 at 5/10 makes Q scored: 100 × (1×0.5 + 0×1) / 1 = 50.
    assert!(s.set(&ds, obs(&ds, "Q1"), 5.0));
    let p = project(&ds, &s, 0, 0);
    assert!(close(p.pillars[1], 50.0));
    assert!(close(p.overall, (87.5 + 50.0 + 75.0) / 3.0));
}

#[test]
fn applied_data_gives_the_projection_to_the_last_bit() {
    let ds = ds();
    let mut s = Scenario::default();
    s.set(&ds, obs(&ds, "P1"), 3.3);
    s.set(&ds, obs(&ds, "Q1"), 7.0);
    let applied = s.apply_to(&ds);
    let p = project(&ds, &s, 0, 0);
    for pi in 0..ds.pillars.len() {
        assert_eq!(
            applied.pillar_score(0, 0, pi as u16).map(f64::to_bits),
            p.pillars[pi].map(f64::to_bits)
        );
    }
    assert_eq!(
        applied.overall(0, 0).map(f64::to_bits),
        p.overall.map(f64::to_bits)
    );
    // Undoing one edit and updating only that row gives the same data
    // as applying the shorter scenario afresh.
    let mut kept = applied.clone();
    let undone = s.undo().unwrap();
    s.update(&ds, &mut kept, [undone.obs]);
    let fresh = s.apply_to(&ds);
    assert_eq!(
        kept.overall(0, 0).map(f64::to_bits),
        fresh.overall(0, 0).map(f64::to_bits)
    );
    assert_eq!(kept.score(undone.obs), ds.score(undone.obs));
}

#[test]
fn scores_are_clamped_and_nonsense_refused() {
    let ds = ds();
    let mut s = Scenario::default();
    let p1 = obs(&ds, "P1");
    assert!(s.set(&ds, p1, 99.0));
    assert_eq!(s.proposed(p1), Some(4.0), "clamped to max_score");
    assert!(s.set(&ds, p1, -3.0));
    assert_eq!(s.proposed(p1), Some(0.0));
    assert!(!s.set(&ds, p1, f64::NAN));
    assert!(!s.set(&ds, 999, 1.0));
    assert_eq!(s.edits().len(), 2);
}

#[test]
fn undo_reveals_the_earlier_edit_and_changes_are_net() {
    let ds = ds();
    let (p1, r1) = (obs(&ds, "P1"), obs(&ds, "R1"));
    let mut s = Scenario::default();
    s.set(&ds, p1, 3.0);
    s.set(&ds, r1, 4.0);
    s.set(&ds, p1, 4.0);
    let changes = s.changes(&ds);
    assert_eq!(
        changes,
        vec![
            Change {
                obs: p1,
                from: Some(2.0),
                to: 4.0
            },
            Change {
                obs: r1,
                from: Some(3.0),
                to: 4.0
            },
        ]
    );
    assert_eq!(
        s.undo(),
        Some(Edit {
            obs: p1,
            score: 4.0
        })
    );
    assert_eq!(s.proposed(p1), Some(3.0));
    // Setting a score back to the real one is no change at all.
    s.set(&ds, r1, 3.0);
    assert_eq!(s.changes(&ds).len(), 1);
    s.clear();
    assert!(s.is_empty());
    assert_eq!(s.undo(), None);
}
