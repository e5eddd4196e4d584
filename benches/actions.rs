//! Every key action at a million rows, update plus render into a 120×40
//! TestBackend: each must fit in one 60 Hz frame (16 ms).
//! `cargo bench --bench actions`

use std::io::BufWriter;

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex::app::{Action, App, Mode, Pane, ThemeName};
use cyberindex::read::load_path;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn actions(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    let mut out = BufWriter::new(std::fs::File::create(&path).unwrap());
    cyberindex::synthetic::write_csv(1_000_000, &mut out).unwrap();
    drop(out);
    let ds = load_path(&path).unwrap();
    let mut app = App::new(ds, 0, ThemeName::Dark);
    app.update(Action::Resize(120, 40));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();

    let mut group = c.benchmark_group("action_at_1M_rows");
    group.sample_size(50);
    // Each case alternates so the state stays comparable run after run.
    let cases: Vec<(&str, Vec<Action>)> = vec![
        ("pane_switch", vec![Action::NextPane]),
        ("year_change", vec![Action::PrevYear, Action::NextYear]),
        ("sort", vec![Action::NextSortColumn]),
        ("country_switch", vec![Action::NextCountry]),
        (
            "peers_pane_country_switch",
            vec![Action::GoTo(Pane::Peers), Action::NextCountry],
        ),
        // A what-if edit recomputes the projection and the action plan.
        (
            "scenario_edit",
            vec![
                Action::GoTo(Pane::Gaps),
                Action::ScoreToTarget,
                Action::UndoChange,
            ],
        ),
    ];
    for (name, steps) in cases {
        let mut n = 0usize;
        group.bench_function(name, |b| {
            b.iter(|| {
                app.update(steps[n % steps.len()].clone());
                n += 1;
                terminal.draw(|f| cyberindex::ui::draw(&app, f)).unwrap();
            })
        });
    }
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::StartSearch);
    assert_eq!(app.mode(), Mode::Search);
    let mut n = 0usize;
    group.bench_function("search_keystroke", |b| {
        b.iter(|| {
            let action = if n.is_multiple_of(2) {
                Action::SearchInput('a')
            } else {
                Action::SearchBackspace
            };
            n += 1;
            app.update(action);
            terminal.draw(|f| cyberindex::ui::draw(&app, f)).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, actions);
criterion_main!(benches);
