//! A large country-year's plan is made on another thread: the app answers
//! keys meanwhile, and the plan it collects is the one made at once.

use super::super::*;
use crate::model::plan::plan;
use crate::model::scenario::Scenario;
use crate::read::load_reader;

/// One country-year just too large to plan at once.
fn large() -> App {
    let mut csv = Vec::new();
    crate::synthetic::write_one_slot_csv(plan_job::INLINE_ROWS as u64 + 500, &mut csv).unwrap();
    App::new(
        load_reader("slot.csv", &csv[..]).unwrap(),
        0,
        ThemeName::Dark,
    )
}

#[test]
fn the_plan_of_a_large_country_year_comes_from_another_thread() {
    let mut app = large();
    assert_eq!(app.plan_pending(), Some(plan_job::INLINE_ROWS + 500));
    assert!(app.view.plan.is_none());
    // Keys are answered, and those that need the plan say it is coming.
    app.update(Action::GoTo(Pane::Gaps));
    assert_eq!(app.pane, Pane::Gaps);
    app.update(Action::ApplyPlan);
    assert_eq!(app.notice_text(), PLAN_PENDING);
    app.update(Action::ScrollPlanDown);
    assert_eq!(app.notice_text(), PLAN_PENDING);
    assert!(app.scenario.is_empty());

    app.wait_for_plan();
    assert_eq!(app.plan_pending(), None);
    let made = app.view.plan.clone().unwrap();
    assert_eq!(made, plan(&app.ds, &Scenario::default(), 0, 0, None));
    assert!(made.reached && !made.steps.is_empty());
    app.update(Action::ApplyPlan);
    assert!(
        app.notice_text().starts_with("Plan applied as"),
        "{}",
        app.notice_text()
    );
}

#[test]
fn the_event_loop_collects_the_plan_when_it_is_done() {
    let mut app = large();
    let start = std::time::Instant::now();
    // A hang guard, not a timing: the plan takes a fraction of this.
    while !app.poll_work() {
        assert!(start.elapsed().as_secs() < 120, "no plan after two minutes");
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(app.view.plan.is_some());
    assert!(!app.poll_work(), "nothing more to collect");
}

#[test]
fn a_change_of_scenario_asks_for_a_new_plan() {
    let mut app = large();
    app.update(Action::GoTo(Pane::Gaps));
    app.update(Action::ScoreToTarget);
    assert_eq!(app.scenario.edits().len(), 1);
    assert!(app.plan_pending().is_some());
    app.wait_for_plan();
    // The plan starts from the scenario, not from the data.
    let p = app.view.plan.clone().unwrap();
    assert_eq!(p, plan(&app.ds, &app.scenario, 0, 0, None));
    assert_eq!(p.start, app.data().overall(0, 0));
    assert_ne!(p.start, app.ds.overall(0, 0));
}
