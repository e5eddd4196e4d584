//! Rendering the dashboard into a TestBackend, shared by the screen tests.

#![allow(dead_code)]

use cyberindex::app::{Action, App, ThemeName};
use cyberindex::data::load_path;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub fn sample(theme: ThemeName) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators.csv");
    let ds = load_path(&path).expect("bundled sample loads");
    App::new(ds, 0, theme)
}

pub fn render(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cyberindex::ui::draw(app, f)).unwrap();
    terminal
}

pub fn buffer(terminal: &Terminal<TestBackend>) -> &Buffer {
    terminal.backend().buffer()
}

/// Position of the first cell whose symbol starts `text` on a row.
pub fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in 0..area.height {
        let row: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = row.find(text) {
            let x = row[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

pub fn gci_zambia(theme: ThemeName) -> App {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/gci-2020-2024.csv");
    let ds = load_path(&path).expect("converted example loads");
    let zmb = ds.find_country("ZMB").expect("Zambia in the GCI data");
    App::new(ds, zmb, theme)
}
