//! The plan against slow oracles on random country-years: brute force over
//! every combination of raises, and the greedy done the slow way through
//! `project` at every step.

use super::*;

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// With every indicator assessed and scores on a half-point grid, no
    /// other choice of raises on that grid reaches the goal with fewer
    /// points than the plan (whose last step may stop between grid points).
    #[test]
    fn greedy_is_never_beaten_by_brute_force(
        rows in proptest::collection::vec((0u8..3, 0u8..=8, 1u8..=3), 1..6),
        goal in 1.0f64..100.0,
    ) {
        let mut csv = String::from("country,year,pillar,indicator_id,score,max_score,weight\n");
        for (n, (p, half_points, w)) in rows.iter().enumerate() {
            csv.push_str(&format!("A,2024,P{p},I{n},{},4,{w}\n", f64::from(*half_points) / 2.0));
        }
        let ds = load_reader("p.csv", csv.as_bytes()).unwrap();
        let base = Scenario::default();
        let p = plan(&ds, &base, 0, 0, Some(goal));
        check_against_projection(&ds, &base, &p);
        // Every combination of half-point raises.
        let range = ds.rows(0, 0);
        let gaps: Vec<u32> = range.clone().map(|i| ((4.0 - ds.score(i).unwrap()) * 2.0) as u32).collect();
        let mut best: Option<f64> = None;
        let mut raise = vec![0u32; gaps.len()];
        loop {
            let mut s = Scenario::default();
            for (k, i) in range.clone().enumerate() {
                s.set(&ds, i, ds.score(i).unwrap() + f64::from(raise[k]) / 2.0);
            }
            if project(&ds, &s, 0, 0).overall.is_some_and(|o| o >= goal) {
                let points = raise.iter().map(|&r| f64::from(r) / 2.0).sum::<f64>();
                best = Some(best.map_or(points, |b: f64| b.min(points)));
            }
            // Next combination, like an odometer.
            let mut k = 0;
            while k < raise.len() && raise[k] == gaps[k] {
                raise[k] = 0;
                k += 1;
            }
            if k == raise.len() {
                break;
            }
            raise[k] += 1;
        }
        proptest::prop_assert_eq!(p.reached, best.is_some(), "{:?}", p);
        if let Some(best) = best {
            proptest::prop_assert!(p.points <= best + 1e-9, "plan {} > brute force {}", p.points, best);
        }
    }
}

/// The greedy as its definition says, without any of the bookkeeping that
/// makes it fast: every candidate valued afresh through `project` at every
/// step, worths compared to nine digits as the plan compares them (they
/// carry rounding from two sums). `None` when two worths straddle that
/// precision, a tie the two sides may call differently, so that only clear
/// choices are compared.
fn reference_order(ds: &Dataset, c: CountryIx, y: YearIx) -> Option<Vec<(usize, f64)>> {
    use super::candidates::coarse as q;
    let mut s = Scenario::default();
    let mut out = Vec::new();
    loop {
        let now = project(ds, &s, c, y).overall;
        let mut found: Vec<(f64, f64, String, usize)> = Vec::new();
        for i in ds.rows(c, y) {
            let from = s.score(ds, i);
            let (w, target) = (ds.weight(i), ds.target(i));
            let points = target - from.unwrap_or(0.0);
            if w <= 0.0 || points <= 0.0 {
                continue;
            }
            let mut t = s.clone();
            t.set(ds, i, target);
            let gain = project(ds, &t, c, y).overall.unwrap_or(0.0) - now.unwrap_or(0.0);
            if gain > 1e-12 {
                found.push((gain / points, gain, ds.indicator_of(i).id.clone(), i));
            }
        }
        for a in &found {
            for b in &found {
                let near = |x: f64, y: f64| (x - y).abs() < 1e-7 * x.abs() && q(x) != q(y);
                if near(a.0, b.0) || (q(a.0) == q(b.0) && near(a.1, b.1)) {
                    return None;
                }
            }
        }
        let best = found
            .iter()
            .min_by(|a, b| (q(b.0), q(b.1), &a.2).cmp(&(q(a.0), q(a.1), &b.2)));
        let Some(&(_, _, _, i)) = best else {
            return Some(out);
        };
        s.set(ds, i, ds.target(i));
        out.push((i, project(ds, &s, c, y).overall.unwrap_or(0.0)));
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// With not-assessed indicators, pillars that are not scored yet and
    /// weights and targets of every kind, the plan takes the same steps in
    /// the same order as the greedy done the slow way, to the same indices.
    #[test]
    fn the_fast_order_is_the_greedy_order(
        rows in proptest::collection::vec(
            (0u8..4, proptest::option::of(0u8..=8), 0u8..=3, proptest::option::of(1u8..=8), 1u8..=2),
            1..12,
        ),
    ) {
        let mut csv = String::from("country,year,pillar,indicator_id,score,max_score,weight,target\n");
        for (n, (p, half_points, w, target, m)) in rows.iter().enumerate() {
            let max = 4 * u32::from(*m);
            let score = half_points.map_or(String::new(), |h| (f64::from(h) / 2.0 * f64::from(*m)).to_string());
            let target = target.map_or(String::new(), |t| (f64::from(t) / 2.0 * f64::from(*m)).to_string());
            csv.push_str(&format!("A,2024,P{p},I{:02},{score},{max},{w},{target}\n", 11 * n % 13));
        }
        let Ok(ds) = load_reader("p.csv", csv.as_bytes()) else {
            return Ok(());
        };
        let Some(expected) = reference_order(&ds, 0, 0) else {
            return Ok(());
        };
        let base = Scenario::default();
        // Out of reach: every step, none cut short.
        let p = plan(&ds, &base, 0, 0, Some(101.0));
        check_against_projection(&ds, &base, &p);
        let got: Vec<(usize, f64)> = p.steps.iter().map(|s| (s.obs, s.overall)).collect();
        proptest::prop_assert_eq!(got.len(), expected.len(), "{:?} vs {:?}", got, expected);
        for (g, e) in got.iter().zip(&expected) {
            proptest::prop_assert_eq!(g.0, e.0, "{:?} vs {:?}", got, expected);
            proptest::prop_assert!((g.1 - e.1).abs() < 1e-9);
        }
    }
}
