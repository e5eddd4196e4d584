//! Any bytes, as an indicator CSV: loading must give data or a located
//! error, never a panic; and data that loads must survive every report and
//! a frame of every pane.

#![no_main]

use cyberindex::app::{Action, App, ThemeName};
use cyberindex::data::load_reader;
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
        let peers: Vec<u32> = (0..ds.countries.len() as u32).collect();
        let summary = Summary::build(&ds, sel, 10, &peers);
        for format in [Format::Text, Format::Md, Format::Json, Format::Csv] {
            let _ = report::render(&summary, format);
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
