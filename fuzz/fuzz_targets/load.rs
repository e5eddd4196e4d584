//! Any bytes, as an indicator CSV: loading must give data or a located
//! error, never a panic; and data that loads must survive every report and
//! a frame of every pane, and the action plan.

#![no_main]

use cyberindex::app::{Action, App, ThemeName};
use cyberindex::data::scenario::Scenario;
use cyberindex::data::{load_reader, plan, scenario_file};
use cyberindex::report::{self, Format, Summary};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|bytes: &[u8]| {
    let ds = match load_reader("fuzz.csv", bytes) {
        Ok(ds) => ds,
        Err(e) => {
            // Every error renders, and names the file.
            assert!(e.render(50).contains("fuzz.csv"));
            return;
        }
    };
    let _ = report::bulk::render(&ds, Format::Csv);
    if let Ok(sel) = report::select(&ds, None, None, None) {
        // Everyone: a group that cannot be refused.
        let Ok(peers) = cyberindex::data::rank::peer_group_of(&ds, None, None, sel.country) else {
            return;
        };
        let summary = Summary::build(&ds, sel, 10, &peers);
        for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
            let _ = report::render(&summary, format);
        }
        // The plan, and the same bytes read as a scenario for this data.
        let empty = Scenario::default();
        let plan = plan::plan(&ds, &empty, sel.country, sel.year, None);
        let view = report::plan::PlanReport::build(&ds, &empty, &plan, None);
        for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
            let _ = report::plan::render(&view, format);
        }
        if let Ok(s) = scenario_file::read_scenario("s.csv", bytes, &ds) {
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
