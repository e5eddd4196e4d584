//! Lists longer than a screen by far (one country-year of thousands of
//! indicators): a frame makes cells for the rows in view only, and those
//! rows are the right ones, with the selection on the right one.

mod screen;

use cyberindex::app::{Action, App, Pane, ThemeName};
use cyberindex::read::load_reader;
use screen::{buffer, render};

fn long_app(rows: u64) -> App {
    let mut csv = Vec::new();
    cyberindex::synthetic::write_one_slot_csv(rows, &mut csv).unwrap();
    let mut app = App::new(
        load_reader("slot.csv", &csv[..]).unwrap(),
        0,
        ThemeName::Mono,
    );
    app.wait_for_plan();
    app
}

fn lines(app: &mut App) -> Vec<String> {
    let terminal = render(app, 120, 40);
    let buf = buffer(&terminal);
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

#[test]
fn a_long_list_shows_the_rows_at_its_cursor() {
    let mut app = long_app(5_000);
    app.update(Action::Resize(120, 40));
    app.update(Action::GoTo(Pane::Indicators));
    for _ in 0..100 {
        app.update(Action::PageDown);
    }
    let cursor = app.cursor(Pane::Indicators);
    assert!(cursor.offset > 1_000, "{cursor:?}");
    let screen = lines(&mut app);
    let ids: Vec<String> = app.view().rows[cursor.offset..cursor.offset + 20]
        .iter()
        .map(|&i| app.ds().indicator_of(i).id.clone())
        .collect();
    // Those rows, in order, one per line, and nothing from elsewhere.
    let at: Vec<usize> = ids
        .iter()
        .map(|id| {
            screen
                .iter()
                .position(|l| l.contains(id.as_str()))
                .unwrap_or_else(|| panic!("{id} not on screen:\n{}", screen.join("\n")))
        })
        .collect();
    assert!(at.windows(2).all(|w| w[1] == w[0] + 1), "{at:?}");
    let first = app.ds().indicator_of(app.view().rows[0]).id.clone();
    assert!(!screen.iter().any(|l| l.contains(first.as_str())));
    // Every score whole: "1.5/2", never cut.
    let row = &screen[at[0]];
    let i = app.view().rows[cursor.offset];
    let max = app.ds().max_score(i);
    assert!(row.contains(&format!("/{max}")), "{row}");
}

#[test]
fn a_long_plan_shows_the_steps_it_is_scrolled_to() {
    let mut app = long_app(5_000);
    app.update(Action::Resize(120, 40));
    app.update(Action::GoTo(Pane::Gaps));
    let steps = app.view().plan.as_ref().unwrap().steps.len();
    assert!(steps > 30, "{steps} steps");
    for _ in 0..25 {
        app.update(Action::ScrollPlanDown);
    }
    assert_eq!(app.plan_scroll(), 25);
    let screen = lines(&mut app).join("\n");
    assert!(
        screen.contains("steps 26–") && screen.contains(&format!(" of {steps} ")),
        "{screen}"
    );
    let step = &app.view().plan.as_ref().unwrap().steps[25];
    let id = &app.ds().indicators[step.indicator as usize].id;
    assert!(
        screen.contains(id.as_str()),
        "{id} not on screen:\n{screen}"
    );
}
