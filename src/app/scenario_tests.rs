//! `update()` for scenario editing: raise, lower, type, target, maximum,
//! undo, reset and save, and what the view then shows.

use super::*;
use crate::read::load_reader;

/// One country, 2024: pillar P (P1 2/4 target 3, P2 1/2), pillar Q (Q1
/// not assessed, of 10).
const CSV: &str = "country,year,pillar,indicator_id,indicator,score,max_score,weight,target
AAA,2023,P,P1,Alpha law,1,4,1,3
AAA,2024,P,P1,Alpha law,2,4,1,3
AAA,2024,P,P2,Beta policy,1,2,1,
AAA,2024,Q,Q1,Gamma CIRT,,10,1,
";

fn app_on(id: &str) -> App {
    let ds = load_reader("t.csv", CSV.as_bytes()).unwrap();
    let mut app = App::new(ds, 0, ThemeName::Dark);
    app.update(Action::GoTo(Pane::Indicators));
    while app
        .selected_indicator()
        .map(|i| app.ds.indicators[i as usize].id.as_str())
        != Some(id)
    {
        let before = app.cursor(Pane::Indicators).selected;
        app.update(Action::Down);
        assert_ne!(
            app.cursor(Pane::Indicators).selected,
            before,
            "{id} not found"
        );
    }
    app
}

fn proposed(app: &App, id: &str) -> Option<f64> {
    let ind = app.ds.indicators.iter().position(|i| i.id == id).unwrap() as u32;
    let obs = app.ds.find_obs(app.country, app.year, ind).unwrap();
    app.scenario.proposed(obs)
}

fn projected(app: &App) -> Option<f64> {
    app.view.projection.as_ref().and_then(|p| p.overall)
}

#[test]
fn raise_and_lower_move_by_a_step_within_range() {
    let mut app = app_on("P1");
    assert_eq!(app.view.projection, None, "no scenario yet");
    app.update(Action::RaiseScore);
    assert_eq!(proposed(&app, "P1"), Some(2.5));
    // P = (2.5/4 + 1/2) / 2 = 56.25; Q not scored, so that is the index.
    assert!((projected(&app).unwrap() - 56.25).abs() < 1e-9);
    for _ in 0..10 {
        app.update(Action::RaiseScore);
    }
    assert_eq!(proposed(&app, "P1"), Some(4.0), "stops at the maximum");
    for _ in 0..20 {
        app.update(Action::LowerScore);
    }
    assert_eq!(proposed(&app, "P1"), Some(0.0), "stops at zero");
}

#[test]
fn not_assessed_starts_from_zero_going_up_and_changes_the_pillars_scored() {
    let mut app = app_on("Q1");
    app.update(Action::LowerScore);
    assert!(
        app.scenario.is_empty(),
        "lowering 'not assessed' does nothing"
    );
    app.update(Action::RaiseScore);
    assert_eq!(proposed(&app, "Q1"), Some(1.0), "a step of 1 out of 10");
    // P = 50, Q = 10: the index is their mean, 30.
    assert!((projected(&app).unwrap() - 30.0).abs() < 1e-9);
}

#[test]
fn target_maximum_and_typed_scores() {
    let mut app = app_on("P1");
    app.update(Action::ScoreToTarget);
    assert_eq!(proposed(&app, "P1"), Some(3.0));
    app.update(Action::ScoreToMax);
    assert_eq!(proposed(&app, "P1"), Some(4.0));

    app.update(Action::EditScore);
    assert_eq!(app.mode, Mode::ScoreInput);
    assert_eq!(
        app.score_input, "4",
        "starts from the current scenario score"
    );
    app.update(Action::ScoreInputBackspace);
    for c in "1,5x".chars() {
        app.update(Action::ScoreInput(c));
    }
    assert_eq!(
        app.score_input, "1,5",
        "only digits and separators are typed"
    );
    app.update(Action::ScoreInputAccept);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(proposed(&app, "P1"), Some(1.5), "a decimal comma is read");

    // Out of range: refused, and the input stays open to correct it.
    app.update(Action::EditScore);
    app.update(Action::ScoreInputBackspace);
    app.update(Action::ScoreInputBackspace);
    app.update(Action::ScoreInputBackspace);
    app.update(Action::ScoreInput('9'));
    app.update(Action::ScoreInputAccept);
    assert_eq!(app.mode, Mode::ScoreInput);
    assert!(app.notice_text().contains("0 to 4"));
    assert_eq!(proposed(&app, "P1"), Some(1.5));
    app.update(Action::ScoreInputCancel);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(proposed(&app, "P1"), Some(1.5));
}

#[test]
fn undo_reset_and_undo_of_the_reset() {
    let mut app = app_on("P1");
    app.update(Action::RaiseScore);
    app.update(Action::RaiseScore);
    app.update(Action::UndoChange);
    assert_eq!(proposed(&app, "P1"), Some(2.5));
    app.update(Action::ResetScenario);
    assert!(app.scenario.is_empty());
    assert_eq!(app.view.projection, None, "the view drops the projection");
    app.update(Action::UndoChange);
    assert_eq!(
        proposed(&app, "P1"),
        Some(2.5),
        "undo brings the reset back"
    );
    assert!(app.view.projection.is_some());
    app.update(Action::UndoChange);
    assert!(app.scenario.is_empty());
    app.update(Action::UndoChange);
    assert!(app.scenario.is_empty(), "nothing more to undo");
}

#[test]
fn the_projection_follows_the_selected_year() {
    let mut app = app_on("P1");
    app.update(Action::ScoreToMax);
    assert!(app.view.projection.is_some());
    app.update(Action::PrevYear);
    assert_eq!(app.view.projection, None, "2023 has no changes");
    app.update(Action::NextYear);
    assert!(app.view.projection.is_some());
    assert_eq!(app.view.changes.len(), 1);
}

#[test]
fn save_asks_the_loop_to_write_and_reports_back() {
    let mut app = app_on("P1");
    app.update(Action::SaveScenario);
    assert!(app.effects.is_empty(), "nothing to save");
    assert!(app.notice_text().contains("Nothing to save"));

    app.update(Action::ScoreToTarget);
    app.update(Action::SaveScenario);
    match app.effects.as_slice() {
        [Effect::SaveScenario { csv, country, year }] => {
            assert_eq!((country.as_str(), *year), ("AAA", 2024));
            assert!(csv.contains("AAA,2024,P1,3"), "{csv}");
        }
        other => panic!("expected one save, got {other:?}"),
    }
    app.update(Action::ScenarioSaved(Ok("t-scenario-AAA-2024.csv".into())));
    assert_eq!(
        app.notice_text(),
        "Scenario saved to t-scenario-AAA-2024.csv"
    );
    app.update(Action::Down);
    assert_eq!(app.notice, None, "the notice goes at the next key");
}

#[test]
fn typed_keys_reach_the_score_input() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    let five = KeyEvent::new(KeyCode::Char('5'), KeyModifiers::NONE);
    assert_eq!(
        keymap::lookup(&five, Mode::ScoreInput, Pane::Indicators),
        Some(Action::ScoreInput('5'))
    );
    assert_eq!(
        keymap::lookup(&q, Mode::ScoreInput, Pane::Indicators),
        Some(Action::ScoreInput('q')),
        "q is text here, not quit"
    );
}
