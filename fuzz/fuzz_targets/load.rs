//! Any bytes, as an indicator CSV: loading must give data or a located
//! error, never a panic; and data that loads must survive every report (in
//! every format, JSON that parses) and a frame of every pane, and the
//! action plan. The same bytes are also read with small limits on a row and
//! a cell, so that the limits are reached and checked against the load
//! without them.

#![no_main]

use cyberindex::app::{Action, App, ThemeName};
use cyberindex::model::scenario::Scenario;
use cyberindex::model::{Dataset, plan};
use cyberindex::read::load_reader_limited;
use cyberindex::read::records::Limits;
use cyberindex::read::{LoadError, load_reader, scenario};
use cyberindex::report::{self, Summary, TextFormat as Format};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Limits small enough for the fuzzer's inputs to reach, varied with them.
fn small_limits(bytes: &[u8]) -> Limits {
    let cell = 4 + bytes.len() % 61;
    Limits {
        cell,
        row: cell + bytes.len() % 197,
    }
}

/// A load within `limits` is the load without them, or stops at a row or
/// a cell over them; what loads holds no cell over them.
fn check_limits(bytes: &[u8], limits: Limits, full: &Result<Dataset, LoadError>) {
    let limited = load_reader_limited("fuzz.csv", bytes, limits);
    match (&limited, full) {
        (Ok(small), Ok(ds)) => {
            assert_eq!(small.obs.len(), ds.obs.len());
            let texts = small
                .indicators
                .iter()
                .flat_map(|i| [&i.id, &i.name, &i.description])
                .chain(small.countries.iter().map(|c| &c.code))
                .chain(&small.pillars);
            for text in texts {
                assert!(text.len() <= limits.cell, "a cell of {} bytes", text.len());
            }
            for i in 0..small.obs.len() {
                assert!(small.evidence(i).len() <= limits.cell);
            }
        }
        // Checked first: data text can itself say ", the most one " (a
        // fuzzed cell echoed in a message), and then both loads agree.
        (Err(small), Err(e)) if small == e => {}
        (Err(e), _)
            if e.diagnostics
                .iter()
                .any(|d| d.message.contains(", the most one ")) =>
        {
            assert_eq!(e.total, 1, "{e}");
            assert!(e.diagnostics[0].line.is_some(), "{e}");
        }
        (Err(small), Err(e)) => panic!("with limits {small}\nwithout {e}"),
        (small, full) => panic!(
            "with limits {:?}, without {:?}",
            small.as_ref().err(),
            full.as_ref().err()
        ),
    }
}

fn json_parses(text: &str) {
    if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
        panic!("invalid JSON ({e}):\n{text}");
    }
}

fuzz_target!(|bytes: &[u8]| {
    let full = load_reader("fuzz.csv", bytes);
    check_limits(bytes, small_limits(bytes), &full);
    let ds = match full {
        Ok(ds) => ds,
        Err(e) => {
            // Every error renders, and names the file.
            assert!(e.render(50).contains("fuzz.csv"));
            return;
        }
    };
    for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
        let out = report::bulk::render(&ds, format);
        if format == Format::Json {
            json_parses(&out);
        }
    }
    let _ = report::xlsx::bulk(&ds, "2026-01-01");
    if let Ok(sel) = report::select(&ds, None, None, None) {
        // Everyone: a group that cannot be refused.
        let Ok(peers) = cyberindex::model::rank::peer_group_of(&ds, None, None, sel.country) else {
            return;
        };
        let summary = Summary::build(&ds, sel, 10, &peers);
        for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
            let out = report::render(&summary, format, cyberindex::i18n::Lang::En);
            if format == Format::Json {
                json_parses(&out);
            }
        }
        // The brief in every language: no message may fail on odd data.
        for (lang, _, _) in cyberindex::i18n::Lang::ALL {
            let out = report::render(&summary, Format::Md, lang);
            assert!(!out.contains(cyberindex::i18n::MISSING));
        }
        // The plan, and the same bytes read as a scenario for this data.
        let empty = Scenario::default();
        let plan = plan::plan(&ds, &empty, sel.country, sel.year, None);
        let view = report::plan::PlanReport::build(&ds, &empty, &plan, None);
        for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
            let out = report::plan_render::render(&view, format);
            if format == Format::Json {
                json_parses(&out);
            }
        }
        // The workbook of it all: any data makes one, or a clean error.
        let trends = report::xlsx::Trends::build(&ds, sel.country);
        let contents = report::xlsx::Contents {
            summary: &summary,
            plan: Some(&view),
            trends: &trends,
        };
        let _ = report::xlsx::workbook(&contents);
        if let Ok(s) = scenario::read_scenario("s.csv", bytes, &ds) {
            let _ = plan::plan(&ds, &s, sel.country, sel.year, Some(99.0));
        }
    }
    let mut app = App::new(ds, 0, ThemeName::Dark);
    // TestBackend cannot fail.
    let Ok(mut terminal) = Terminal::new(TestBackend::new(80, 24));
    app.update(Action::Resize(80, 24));
    for pane in app.panes() {
        app.update(Action::GoTo(pane));
        app.update(Action::OpenDetail);
        let _ = terminal.draw(|f| cyberindex::ui::draw(&app, f));
        app.update(Action::ClosePopup);
        app.update(Action::PrevYear);
        let _ = terminal.draw(|f| cyberindex::ui::draw(&app, f));
    }
});
