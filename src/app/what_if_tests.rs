//! `update()` with a what-if scenario, as issue #11 asks: its figures in
//! every list, the gain and the plan; the score input; quitting with
//! unsaved changes; and keys that cannot act saying why.

use super::behaviour_fixture::{app, id_of, select};
use super::*;

#[test]
fn a_what_if_shows_in_every_list_gain_and_plan() {
    let mut app = app();
    let fix_first =
        |app: &App| -> Vec<String> { app.view.fix_first.iter().map(|&i| id_of(app, i)).collect() };
    assert!(fix_first(&app).contains(&"P1".to_string()));
    let plan_before = app.view.plan.clone().unwrap();
    select(&mut app, Pane::Gaps, "P1");
    app.update(Action::ScoreToTarget);
    // P1 reached its target: nothing left to gain, so it leaves the list,
    // and every other gain is the projection's.
    assert!(
        !fix_first(&app).contains(&"P1".to_string()),
        "{:?}",
        fix_first(&app)
    );
    let shown = app.data();
    for &i in &app.view.fix_first {
        assert_eq!(app.view.gain(i), shown.gain(i));
    }
    let p1 = app.ds.find_obs(0, app.year, 0).unwrap();
    assert!(app.is_changed(p1));
    assert_eq!(app.data().score(p1), Some(4.0));
    assert_eq!(app.ds.score(p1), Some(2.0), "the data itself is untouched");
    // The Indicators rows read the projected score.
    assert_eq!(
        app.view.projection.as_ref().unwrap().overall,
        app.data().overall(0, app.year)
    );
    // The plan starts from the projection, not from the data.
    let plan = app.view.plan.clone().unwrap();
    assert_eq!(plan.start, app.data().overall(0, app.year));
    assert_ne!(plan.start, plan_before.start);
    assert!(plan.steps.iter().all(|s| id_of(&app, s.obs) != "P1"));
    // Undo brings every figure back.
    app.update(Action::UndoChange);
    assert!(!app.what_if());
    assert_eq!(app.data().overall(0, app.year), app.ds.overall(0, app.year));
    assert!(fix_first(&app).contains(&"P1".to_string()));
}

#[test]
fn the_score_input_replaces_its_first_value() {
    let mut app = app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::EditScore);
    assert_eq!(app.score_input, "2");
    app.update(Action::ScoreInput('3'));
    assert_eq!(app.score_input, "3", "typing replaces the pre-filled 2");
    app.update(Action::ScoreInput('.'));
    app.update(Action::ScoreInput('5'));
    assert_eq!(app.score_input, "3.5");
    app.update(Action::ScoreInputAccept);
    assert_eq!(
        app.data().score(app.ds.find_obs(0, app.year, 0).unwrap()),
        Some(3.5)
    );
    // Enter on the pre-filled value changes nothing, even where that value
    // is the score rounded for display.
    let before = app.scenario.edits().len();
    app.update(Action::EditScore);
    app.update(Action::ScoreInputAccept);
    assert_eq!(app.scenario.edits().len(), before);
    assert_eq!(app.mode, Mode::Normal);
    // Backspace edits the pre-filled value instead.
    app.update(Action::EditScore);
    app.update(Action::ScoreInputBackspace);
    app.update(Action::ScoreInput('7'));
    assert_eq!(app.score_input, "3.7");
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::Quit);
    assert!(!app.quit);
    assert_eq!(app.mode, Mode::ConfirmQuit);
    app.update(Action::StayOpen);
    assert_eq!((app.mode, app.quit), (Mode::Normal, false));

    // w saves, and quits once the save is done.
    app.update(Action::Quit);
    app.update(Action::SaveAndQuit);
    assert_eq!(app.effects.len(), 1);
    assert!(!app.quit, "not before the file is written");
    app.effects.clear();
    app.update(Action::ScenarioSaved(Err("disk full".into())));
    assert!(!app.quit, "a failed save never quits");
    assert!(app.notice_text().contains("disk full"));
    app.update(Action::Quit);
    app.update(Action::SaveAndQuit);
    app.update(Action::ScenarioSaved(Ok("s.csv".into())));
    assert!(app.quit);

    // Saved, nothing to ask; and q in the question quits without saving.
    let mut app = self::app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::SaveScenario);
    app.update(Action::ScenarioSaved(Ok("s.csv".into())));
    app.update(Action::Quit);
    assert!(app.quit, "everything was saved");
    let mut app = self::app();
    select(&mut app, Pane::Indicators, "P1");
    app.update(Action::RaiseScore);
    app.update(Action::Quit);
    app.update(Action::QuitNow);
    assert!(app.quit);
}

#[test]
fn keys_that_cannot_act_say_why() {
    let mut app = app();
    app.update(Action::UndoChange);
    assert_eq!(app.notice_text(), "Nothing to undo");
    app.update(Action::ResetScenario);
    assert_eq!(app.notice_text(), "The scenario is empty: nothing to reset");
    select(&mut app, Pane::Indicators, "P2");
    app.update(Action::ScoreToMax);
    app.update(Action::ScoreToMax);
    assert_eq!(app.notice_text(), "P2 is already at its maximum (2)");
    app.update(Action::ScoreToTarget);
    assert_eq!(app.notice_text(), "P2 is already at its target (2)");
    app.update(Action::RaiseScore);
    assert_eq!(app.notice_text(), "P2 is already at its maximum (2)");
    select(&mut app, Pane::Indicators, "Q2");
    app.update(Action::LowerScore);
    assert_eq!(app.notice_text(), "Q2 is not assessed: nothing to lower");
    // A key bound on other panes only says where it works.
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    app.update(Action::GoTo(Pane::Overview));
    let plus = KeyEvent::new(KeyCode::Char('+'), KeyModifiers::NONE);
    let action = keymap::lookup(&plus, app.mode, app.pane).unwrap();
    app.update(action);
    assert_eq!(
        app.notice_text(),
        "+: scenario: raise the selected indicator's score a step, on Indicators, Compare, Gaps and Trends only"
    );
    app.update(Action::Down);
    assert_eq!(app.notice, None, "gone at the next key");
    // Inside a popup, a key that means nothing there says how to get out.
    app.update(Action::ToggleHelp);
    let w = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::NONE);
    let action = keymap::lookup(&w, app.mode, app.pane).unwrap();
    app.update(action);
    assert_eq!(app.notice_text(), "Esc closes the popup first");
}
