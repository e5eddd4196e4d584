//! Extreme but valid numbers: weights from 0 and 5e-324 to 1.8e308, and
//! maxima just as wide. The validator accepts every finite weight ≥ 0 and
//! maximum > 0, so scoring must be finite and right for all of them: a
//! pillar's score is 100 × Σ(w × attainment) / Σw whatever the scale of w.
//!
//! Before, a weight of 1e308 gave "Overall NaN", mixed huge weights a plan
//! reaching "inf / 100, Tier 1", and a weight of 5e-324 a half-met pillar
//! scored 0, with a 0-point step raising the index from 0 to 50.

mod common;
use common::run;

use cyberindex::model::plan::plan;
use cyberindex::model::scenario::{Scenario, project};
use cyberindex::model::{Dataset, Tier};
use cyberindex::read::load_reader;
use proptest::prelude::*;
use serde_json::Value;

/// Weights and maxima of every scale, the ends of the range included.
fn magnitude() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(5e-324),
        Just(1e-310),
        Just(1e-300),
        Just(1.0),
        Just(3.0),
        Just(1e300),
        Just(1e308),
        Just(f64::MAX),
        (-323i32..=308).prop_map(|e| format!("1e{e}").parse::<f64>().unwrap()),
        (-5.0f64..5.0).prop_map(|e| 10f64.powf(e)),
    ]
}

fn share() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(0.5), Just(1.0), 0.0f64..=1.0]
}

/// One row: pillar, weight (0 now and then), maximum, score and target as
/// shares of the maximum (`None`: empty cell).
type Row = (u8, f64, f64, Option<f64>, Option<f64>);

fn rows() -> impl Strategy<Value = Vec<Row>> {
    let weight = prop_oneof![1 => Just(0.0), 6 => magnitude()];
    proptest::collection::vec(
        (
            0u8..3,
            weight,
            magnitude(),
            proptest::option::weighted(0.85, share()),
            proptest::option::weighted(0.3, share()),
        ),
        1..10,
    )
}

/// `{:e}` writes the shortest digits that read back as the same double.
fn csv(rows: &[Row]) -> String {
    let mut out = String::from("country,year,pillar,indicator_id,score,max_score,weight,target\n");
    for (n, &(p, w, max, score, target)) in rows.iter().enumerate() {
        let cell = |share: Option<f64>| share.map_or(String::new(), |s| format!("{:e}", s * max));
        out.push_str(&format!(
            "A,2024,P{p},I{n},{},{max:e},{w:e},{}\n",
            cell(score),
            cell(target)
        ));
    }
    out
}

/// The pillar scores worked out another way: each weight divided by the
/// pillar's largest assessed one (so in [0, 1]), in a plain sum.
fn reference(ds: &Dataset) -> Vec<Option<f64>> {
    (0..ds.pillars.len() as u16)
        .map(|p| {
            let rows: Vec<usize> = ds.rows(0, 0).filter(|&i| ds.pillar_of(i) == p).collect();
            let largest = rows
                .iter()
                .filter(|&&i| ds.score(i).is_some())
                .map(|&i| ds.weight(i))
                .fold(0.0, f64::max);
            let (mut sum_w, mut sum_wa) = (0.0, 0.0);
            for &i in &rows {
                if let (Some(s), true) = (ds.score(i), largest > 0.0) {
                    let w = ds.weight(i) / largest;
                    sum_w += w;
                    sum_wa += w * (s / ds.max_score(i));
                }
            }
            (sum_w > 0.0).then(|| 100.0 * sum_wa / sum_w)
        })
        .collect()
}

fn within_0_100(v: f64) -> bool {
    v.is_finite() && (0.0..=100.0).contains(&v)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn scores_and_plans_stay_finite_and_right_at_every_scale(rows in rows()) {
        let text = csv(&rows);
        let ds = load_reader("extreme.csv", text.as_bytes());
        prop_assert!(ds.is_ok(), "the validator accepts it:\n{}", text);
        let ds = ds.unwrap();
        let expected = reference(&ds);
        let mut scored = Vec::new();
        for (p, want) in expected.iter().enumerate() {
            let got = ds.pillar_score(0, 0, p as u16);
            match (got, want) {
                (Some(g), Some(w)) => {
                    prop_assert!(within_0_100(g), "pillar {p}: {g}\n{text}");
                    prop_assert!((g - w).abs() < 1e-9, "pillar {p}: {g}, not {w}\n{text}");
                    scored.push(*w);
                }
                (None, None) => {}
                _ => prop_assert!(false, "pillar {p}: {got:?}, not {want:?}\n{text}"),
            }
        }
        let overall = ds.overall(0, 0);
        prop_assert_eq!(overall.is_some(), !scored.is_empty());
        if let Some(o) = overall {
            let mean = scored.iter().sum::<f64>() / scored.len() as f64;
            prop_assert!(within_0_100(o) && (o - mean).abs() < 1e-9, "{o} vs {mean}\n{text}");
            prop_assert_eq!(ds.tier(0, 0), Some(Tier::from_score(o)));
        }
        for i in ds.rows(0, 0) {
            prop_assert!(ds.gain(i).is_finite(), "gain of row {i}\n{text}");
        }

        let base = Scenario::default();
        for goal in [None, Some(100.0)] {
            let p = plan(&ds, &base, 0, 0, goal);
            prop_assert_eq!(p.start, overall);
            for v in [p.best_reachable, p.needed(), p.end()].into_iter().flatten() {
                prop_assert!(within_0_100(v), "{v} in {p:?}\n{text}");
            }
            let mut s = base.clone();
            let mut before = p.start.unwrap_or(0.0);
            for step in &p.steps {
                // Every step is work, and every step raises the index.
                prop_assert!(step.points > 0.0, "{step:?}\n{text}");
                prop_assert!(step.overall > before, "{step:?} from {before}\n{text}");
                prop_assert!(within_0_100(step.overall), "{step:?}\n{text}");
                prop_assert_eq!(step.tier, Tier::from_score(step.overall));
                s.set(&ds, step.obs, step.to);
                prop_assert_eq!(project(&ds, &s, 0, 0).overall, Some(step.overall));
                before = step.overall;
            }
        }
    }
}

fn report_json(csv: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("extreme.csv");
    std::fs::write(&path, csv).unwrap();
    run(&[
        "report",
        path.to_str().unwrap(),
        "--plan",
        "--format",
        "json",
    ])
    .json()
}

#[test]
fn the_reported_cases_score_as_by_hand() {
    // Two weights of 1e308 sum past the largest double: the pillar was
    // inf / inf. It is (0.25 + 0.75) / 2 = 50, a pillar of its own 75:
    // overall 62.5, Tier 3, 55 already met, so the goal is Tier 2 at 85.
    let p = report_json(
        "country,year,pillar,indicator_id,score,max_score,weight\n\
         A,2024,P,P1,1,4,1e308\n\
         A,2024,P,P2,3,4,1e308\n\
         A,2024,Q,Q1,3,4,1\n",
    );
    assert_eq!(p["start"]["overall"], 62.5);
    assert_eq!(p["start"]["tier"], 3);
    assert_eq!(p["needed"], 22.5);
    for step in p["steps"].as_array().unwrap() {
        let o = step["overall"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&o), "{step}");
        assert_eq!(step["tier"], Tier::from_score(o).number(), "{step}");
        assert!(step["points"].as_f64().unwrap() > 0.0, "{step}");
    }
    assert_eq!(p["reached"], true);
    assert!(p["end"]["overall"].as_f64().unwrap() >= 85.0);

    // A weight of 5e-324 on a half-met indicator: 50, not 0; the plan
    // raises it from 2 to 4 of 4 (two points) to reach 100 and Tier 1.
    let p = report_json(
        "country,year,pillar,indicator_id,score,max_score,weight\n\
         A,2024,P,P1,2,4,5e-324\n",
    );
    assert_eq!(p["start"]["overall"], 50.0);
    assert_eq!(p["start"]["tier"], 4);
    let steps = p["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1, "{p}");
    assert_eq!(steps[0]["from"], 2.0);
    assert_eq!(steps[0]["overall"], 55.0);
    assert!(steps[0]["points"].as_f64().unwrap() > 0.0);
}
