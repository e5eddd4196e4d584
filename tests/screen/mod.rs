//! Rendering the dashboard into a TestBackend, shared by the screen tests.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cyberindex::app::{Action, App, ThemeName};
use cyberindex::model::Dataset;
use cyberindex::read::load_path;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

pub fn sample(theme: ThemeName) -> App {
    App::new(sample_data().clone(), 0, theme)
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
    let ds = gci_data();
    let zmb = ds.find_country("ZMB").expect("Zambia in the GCI data");
    App::new(ds.clone(), zmb, theme)
}

/// A file of the repository.
pub fn repo_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The real ITU GCI data, loaded once for the whole test binary.
pub fn gci_data() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| load_path(&repo_path("examples/gci-2020-2024.csv")).unwrap())
}

/// The bundled sample, loaded once for the whole test binary.
pub fn sample_data() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| load_path(&repo_path("indicators.csv")).unwrap())
}
