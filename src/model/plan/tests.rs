//! The plan against hand-computed cases. Each case's arithmetic is in the
//! comment above it; `check_against_projection` recomputes every stated
//! index independently, through `project`.

use super::*;
use crate::model::scenario::project;
use crate::read::load_reader;

/// AAA: every weight 1, max 4. Per point, an indicator of a pillar with m
/// indicators adds 100 / (4m) to its pillar and half that to the index.
///   P: P1 2/4, P2 4/4            → 75   (6.25 index points per point)
///   Q: Q1 4, Q2 4, Q3 3, Q4 1 (target 3) → (1 + 1 + .75 + .25)/4 = 75
///                                        (3.125 per point)
///   overall 75, Tier 3.
/// BBB: everything at maximum → 100, Tier 1.
/// CCC: P: P1 2/4, P2 not assessed (target 1); Q: Q1 1/4; R: R1 not
///   assessed, max 1 → P 50, Q 25, R not scored: overall 37.5, Tier 4.
/// DDD: P: P1 1/4 weight 0, P2 2/4 weight 1 → 50; Q: Q1 not assessed
///   weight 0, Q2 0/4 weight 0 → not scored. Overall 50, Tier 4.
/// FFF: P: P1 4/8 → 50; Q: Q1 not assessed, max 1 → not scored. 50, Tier 4.
const CSV: &str = "country,year,pillar,indicator_id,score,max_score,weight,target
AAA,2024,P,P1,2,4,,
AAA,2024,P,P2,4,4,,
AAA,2024,Q,Q1,4,4,,
AAA,2024,Q,Q2,4,4,,
AAA,2024,Q,Q3,3,4,,
AAA,2024,Q,Q4,1,4,,3
BBB,2024,P,P1,4,4,,
BBB,2024,Q,Q1,4,4,,
CCC,2024,P,P1,2,4,,
CCC,2024,P,P2,,4,,1
CCC,2024,Q,Q1,1,4,,
CCC,2024,R,R1,,1,,
DDD,2024,P,P1,1,4,0,
DDD,2024,P,P2,2,4,1,
DDD,2024,Q,Q1,,4,0,
DDD,2024,Q,Q2,0,4,0,
EEE,2023,P,P1,1,4,,
FFF,2024,P,P1,4,8,,
FFF,2024,Q,Q1,,1,,
";

fn ds() -> Dataset {
    load_reader("t.csv", CSV.as_bytes()).unwrap()
}

fn country(ds: &Dataset, code: &str) -> CountryIx {
    ds.find_country(code).unwrap()
}

fn y2024(ds: &Dataset) -> YearIx {
    ds.year_ix(2024).unwrap()
}

fn make(ds: &Dataset, code: &str, target: Option<f64>) -> Plan {
    let p = plan(
        ds,
        &Scenario::default(),
        country(ds, code),
        y2024(ds),
        target,
    );
    check_against_projection(ds, &Scenario::default(), &p);
    p
}

fn ids(ds: &Dataset, p: &Plan) -> Vec<String> {
    p.steps
        .iter()
        .map(|s| ds.indicators[s.indicator as usize].id.clone())
        .collect()
}

#[track_caller]
fn close(a: f64, b: f64) {
    assert!((a - b).abs() < 1e-9, "{a} != {b}");
}

/// Every step's index and tier is what `project` gives for the base
/// scenario with that step and all before it made, and the gains add up.
#[track_caller]
fn check_against_projection(ds: &Dataset, base: &Scenario, p: &Plan) {
    let mut s = base.clone();
    let mut prev = project(ds, base, p.country, p.year).overall;
    assert_eq!(prev, p.start);
    for step in &p.steps {
        assert!(s.set(ds, step.obs, step.to));
        let proj = project(ds, &s, p.country, p.year);
        assert_eq!(proj.overall, Some(step.overall), "{step:?}");
        assert_eq!(proj.tier, Some(step.tier), "{step:?}");
        close(step.gain, step.overall - prev.unwrap_or(0.0));
        close(step.points, step.to - step.from.unwrap_or(0.0));
        assert!(step.points > 0.0 && step.gain > 0.0, "{step:?}");
        prev = Some(step.overall);
    }
    let total: f64 = p.steps.iter().map(|s| s.points).sum();
    close(p.points, total);
    if let Some(goal) = p.goal.score() {
        assert_eq!(p.reached, p.end().is_some_and(|e| e >= goal), "{p:?}");
    }
}

#[test]
fn next_tier_goal_with_a_partial_final_step() {
    let ds = ds();
    let p = make(&ds, "AAA", None);
    assert_eq!(p.start, Some(75.0));
    assert_eq!(p.start_tier, Some(Tier::Establishing));
    assert_eq!(p.goal, Goal::NextTier(Tier::Advancing));
    assert_eq!(p.needed(), Some(10.0));
    // P1 has the best gain per point (6.25). Fully raised it would give
    // 87.5, more than needed: 10 / 6.25 = 1.6 points, P1 2 → 3.6, and then
    // P = (0.9 + 1) / 2 = 95, overall (95 + 75) / 2 = 85.
    assert_eq!(ids(&ds, &p), ["P1"]);
    let s = &p.steps[0];
    assert_eq!(s.from, Some(2.0));
    close(s.to, 3.6);
    close(s.points, 1.6);
    assert!(s.partial);
    assert!(
        s.overall >= 85.0,
        "the goal is reached exactly, not 84.999…"
    );
    close(s.overall, 85.0);
    assert_eq!(s.tier, Tier::Advancing);
    assert!(p.reached);
    assert_eq!(p.end_tier(), Some(Tier::Advancing));
    // Everything at target: P 100, Q (1 + 1 + 1 + .75)/4 = 93.75 → 96.875.
    close(p.best_reachable.unwrap(), 96.875);
}

#[test]
fn user_target_orders_by_gain_per_point_and_breaks_ties_by_size() {
    let ds = ds();
    let p = make(&ds, "AAA", Some(95.0));
    assert_eq!(p.goal, Goal::Score(95.0));
    // P1 2 → 4: 2 points, +12.5 → 87.5.
    // Q4 (1 → 3, +6.25) and Q3 (3 → 4, +3.125) both give 3.125 per point;
    // the bigger step comes first: Q4 → 93.75.
    // Q3 needs (95 − 93.75) / 3.125 = 0.4 points: 3 → 3.4, overall 95.
    assert_eq!(ids(&ds, &p), ["P1", "Q4", "Q3"]);
    let [a, b, c] = &p.steps[..] else {
        panic!("{p:?}")
    };
    assert_eq!((a.to, a.points, a.partial), (4.0, 2.0, false));
    close(a.overall, 87.5);
    close(a.gain, 12.5);
    assert_eq!((b.from, b.to, b.points), (Some(1.0), 3.0, 2.0));
    close(b.overall, 93.75);
    close(c.to, 3.4);
    assert!(c.partial);
    close(c.overall, 95.0);
    assert!(c.overall >= 95.0);
    assert_eq!(c.tier, Tier::RoleModelling);
    close(p.points, 4.4);
    assert!(p.reached);
}

#[test]
fn unreachable_target_takes_every_step_and_states_the_best() {
    let ds = ds();
    // Best reachable 96.875 (see above) is short of 98.
    let p = make(&ds, "AAA", Some(98.0));
    assert!(!p.reached);
    assert_eq!(ids(&ds, &p), ["P1", "Q4", "Q3"]);
    assert!(p.steps.iter().all(|s| !s.partial));
    close(p.best_reachable.unwrap(), 96.875);
    assert_eq!(p.end(), p.best_reachable);
    close(p.points, 5.0);
    // Each capped at its target: Q4 stops at 3 of 4.
    assert_eq!(p.steps[1].to, 3.0);
}

#[test]
fn goal_already_met_or_top_tier_gives_an_empty_plan() {
    let ds = ds();
    let p = make(&ds, "AAA", Some(70.0));
    assert!(p.reached && p.already_met() && p.steps.is_empty());
    assert_eq!(p.needed(), Some(0.0));
    assert_eq!(p.points, 0.0);

    let p = make(&ds, "BBB", None);
    assert_eq!(p.start_tier, Some(Tier::RoleModelling));
    assert_eq!(p.goal, Goal::TopTier);
    assert!(p.reached && p.steps.is_empty());
    assert_eq!(p.needed(), None);
    assert_eq!(p.best_reachable, Some(100.0));
    // A target above what the data allows is simply unreachable.
    let p = make(&ds, "BBB", Some(100.5));
    assert!(!p.reached && p.steps.is_empty());
    assert_eq!(p.best_reachable, Some(100.0));
}

#[test]
fn not_assessed_indicators_are_whole_steps_at_their_target() {
    let ds = ds();
    // Start 37.5 (P 50, Q 25), goal Tier 3 at 55.
    //   R1 assessed at 1/1: R = 100, (50 + 25 + 100)/3 = 58.33: +20.83 for 1 point.
    //   P1 → 4: (100 + 25)/2 = 62.5: +25 for 2 points (12.5 per point).
    //   Q1 → 4: (50 + 100)/2 = 75: +37.5 for 3 points (12.5 per point).
    //   P2 at its target 1/4 would lower P to 37.5: never a step.
    // R1 is best per point and reaches 55 in one whole step.
    let p = make(&ds, "CCC", None);
    close(p.start.unwrap(), 37.5);
    assert_eq!(p.goal, Goal::NextTier(Tier::Establishing));
    assert_eq!(ids(&ds, &p), ["R1"]);
    let s = &p.steps[0];
    assert_eq!((s.from, s.to, s.points, s.partial), (None, 1.0, 1.0, false));
    close(s.overall, 175.0 / 3.0);
    assert_eq!(s.tier, Tier::Establishing);
    assert!(p.reached);

    // To 90, after R1 (58.33, three pillars scored): P1 → (100 + 25 + 100)/3
    // = 75 (+16.67, 2 points) and Q1 → (50 + 100 + 100)/3 = 83.33 (+25,
    // 3 points) tie at 8.33 per point; the bigger, Q1, first. Then P1 needs
    // 6.67 / 8.33 = 0.8 points: 2 → 2.8, overall 90.
    let p = make(&ds, "CCC", Some(90.0));
    assert_eq!(ids(&ds, &p), ["R1", "Q1", "P1"]);
    close(p.steps[1].overall, 250.0 / 3.0);
    close(p.steps[2].to, 2.8);
    assert!(p.steps[2].partial);
    close(p.steps[2].overall, 90.0);
    close(p.points, 1.0 + 3.0 + 0.8);
    // Everything that helps: 100; P2 is never assessed at its low target.
    close(p.best_reachable.unwrap(), 100.0);
    let all = make(&ds, "CCC", Some(100.5));
    assert_eq!(ids(&ds, &all), ["R1", "Q1", "P1"]);
}

#[test]
fn a_whole_step_that_overshoots_gives_way_to_a_cheaper_finish() {
    let ds = ds();
    // Goal 55 from 50. Q1 assessed at 1/1 gives (50 + 100)/2 = 75: +25 for
    // 1 point, the best per point (P1 gives +50 for 4 points, 12.5 each).
    // But it is a whole step, 1 point, where P1 needs only 5 / 12.5 = 0.4:
    // 4 → 4.4 makes P 55, the overall 55 (Q stays unscored).
    let p = make(&ds, "FFF", None);
    assert_eq!(ids(&ds, &p), ["P1"]);
    close(p.steps[0].to, 4.4);
    close(p.points, 0.4);
    close(p.steps[0].overall, 55.0);
    assert!(p.reached);
    // To 80 the crossing step is P1, so the greedy order stands: Q1 (1
    // point, 75), then P1 to (P + 100)/2 = 80, P = 60: 4 → 4.8. Total 1.8,
    // fewer than P1 alone (P = 80 needs 6.4: 2.4 points).
    let p = make(&ds, "FFF", Some(80.0));
    assert_eq!(ids(&ds, &p), ["Q1", "P1"]);
    close(p.steps[1].to, 4.8);
    close(p.points, 1.8);
    // To 99: Q1, then P1 to P = 98, 7.84 of 8: 1 + 3.84 points.
    let p = make(&ds, "FFF", Some(99.0));
    assert_eq!(ids(&ds, &p), ["Q1", "P1"]);
    close(p.points, 4.84);
}

#[test]
fn zero_weights_are_never_steps() {
    let ds = ds();
    // P = 100 × 0.5 / 1 = 50 (P1's weight is 0); Q has weight 0 only, so
    // it is not scored and assessing Q1 (weight 0) cannot change that.
    // P2 2 → 4 makes P 100: 25 per point; 55 needs 0.2 points: 2 → 2.2.
    let p = make(&ds, "DDD", None);
    close(p.start.unwrap(), 50.0);
    assert_eq!(ids(&ds, &p), ["P2"]);
    close(p.steps[0].to, 2.2);
    close(p.steps[0].overall, 55.0);
    let p = make(&ds, "DDD", Some(99.0));
    assert_eq!(ids(&ds, &p), ["P2"]);
    close(p.best_reachable.unwrap(), 100.0);
    assert!(p.reached);
}

#[test]
fn a_plan_starts_from_the_scenario() {
    let ds = ds();
    let (c, y) = (country(&ds, "AAA"), y2024(&ds));
    let p1 = ds.find_obs(c, y, 0).unwrap();
    assert_eq!(ds.indicator_of(p1).id, "P1");
    let mut base = Scenario::default();
    base.set(&ds, p1, 4.0);
    // P1 already at 4 in the scenario: start 87.5, Tier 2, goal Tier 1 at 95:
    // Q4 (→ 93.75), then Q3 3 → 3.4 as above.
    let p = plan(&ds, &base, c, y, None);
    check_against_projection(&ds, &base, &p);
    close(p.start.unwrap(), 87.5);
    assert_eq!(p.goal, Goal::NextTier(Tier::RoleModelling));
    assert_eq!(ids(&ds, &p), ["Q4", "Q3"]);
    close(p.steps[1].to, 3.4);
    // The plan as a scenario keeps the base's change and adds the steps.
    let applied = p.apply(&ds, &base);
    assert_eq!(applied.changes(&ds).len(), 3);
    assert_eq!(
        project(&ds, &applied, c, y).overall,
        Some(p.steps[1].overall)
    );
}

#[test]
fn no_data_and_out_of_range_never_panic() {
    let ds = ds();
    // EEE has rows only in 2023.
    let p = make(&ds, "EEE", None);
    assert_eq!((p.start, p.best_reachable), (None, None));
    assert_eq!(p.goal, Goal::NextTier(Tier::Evolving));
    assert!(!p.reached && p.steps.is_empty());
    let p = plan(&ds, &Scenario::default(), 99, 99, Some(f64::NAN));
    assert!(p.steps.is_empty());
    assert_eq!(p.goal, Goal::NextTier(Tier::Evolving));
    let empty = Dataset::default();
    let p = plan(&empty, &Scenario::default(), 0, 0, Some(50.0));
    assert!(!p.reached && p.steps.is_empty());
}

#[test]
fn bundled_sample_reaches_tier_1_in_gain_per_point_order() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let ds = crate::read::load_path(&path).unwrap();
    let (c, y) = (0, ds.year_ix(2024).unwrap());
    let p = plan(&ds, &Scenario::default(), c, y, None);
    check_against_projection(&ds, &Scenario::default(), &p);
    assert_eq!(p.start_tier, Some(Tier::Advancing));
    assert_eq!(p.goal, Goal::NextTier(Tier::RoleModelling));
    assert!(p.reached);
    assert_eq!(p.end_tier(), Some(Tier::RoleModelling));
    // Gain per point never rises along the plan (all assessed: linear).
    let per_point: Vec<f64> = p.steps.iter().map(|s| s.gain / s.points).collect();
    assert!(
        per_point.windows(2).all(|w| w[0] >= w[1] - 1e-9),
        "{per_point:?}"
    );
    // Only the last step may stop short of its target.
    for s in &p.steps[..p.steps.len() - 1] {
        assert!(!s.partial && s.to == ds.target(s.obs), "{s:?}");
    }
}

/// The work a plan does grows with the number of indicators, not with its
/// square: candidates are valued about once per step, however many wait.
#[test]
fn work_grows_linearly_with_the_country_year() {
    let work = |n: u64| {
        let mut csv = Vec::new();
        crate::synthetic::write_one_slot_csv(n, &mut csv).unwrap();
        let ds = load_reader("slot.csv", &csv[..]).unwrap();
        let mut state = State::new(&ds, &Scenario::default(), ds.rows(0, 0));
        let run = super::run(&mut state, None, false, false, None);
        (run.work, ds.obs.len() as u64)
    };
    let (small, n) = work(4_000);
    let (large, m) = work(16_000);
    // About one valuation per step, a few more where a pillar's
    // not-assessed groups went out of date.
    assert!(small <= 3 * n, "{small} valuations for {n} indicators");
    assert!(large <= 3 * m, "{large} valuations for {m} indicators");
    assert!(
        large <= 5 * small,
        "{small} → {large} for 4× the indicators"
    );
}

#[test]
fn a_plan_no_longer_wanted_stops() {
    let ds = ds();
    let (c, y) = (country(&ds, "AAA"), y2024(&ds));
    let base = Scenario::default();
    let go_on = std::sync::atomic::AtomicBool::new(false);
    assert_eq!(
        plan_unless(&ds, &base, c, y, None, &go_on),
        Some(plan(&ds, &base, c, y, None))
    );
    let stop = std::sync::atomic::AtomicBool::new(true);
    assert_eq!(plan_unless(&ds, &base, c, y, None, &stop), None);
}

// The plan against slow oracles: brute force and the greedy done the
// slow way.
#[path = "oracle_tests.rs"]
mod oracle;
