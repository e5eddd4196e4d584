//! Each pane's table as `x` exports it and `y` copies it, against the pane
//! as drawn: every exported row that is on screen reads there with the
//! same figures, in the same order, on the real GCI data (Zambia) and on
//! the bundled sample.

mod screen;

use cyberindex::app::{Action, App, Pane, ThemeName, export};
use cyberindex::format::points;
use cyberindex::write::sheet::{Cell, Sheet};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use screen::{gci_zambia, sample};

/// The pane drawn at 200×60, where nothing has to give way.
fn lines(app: &mut App) -> Vec<String> {
    let (w, h) = (200, 60);
    app.update(Action::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| cyberindex::ui::draw(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}

/// A number cell as the pane writes it, without the arrow or sign that
/// goes before it: "2.5" for 2.50, "·" for a gain of nothing.
fn on_screen(column: &str, cell: &Cell) -> Option<String> {
    match cell {
        Cell::Number { value, .. } if column == "Gain" && value.abs() < 0.005 => {
            Some("·".to_string())
        }
        Cell::Number { value, .. } => Some(points(value.abs())),
        _ => None,
    }
}

/// Checks every row of `sheet` whose `key` column is on screen; returns
/// how many were. The figures before the key (a place, a rank) read in
/// order before it on the line, the rest in order after it; `skip`
/// columns are drawn elsewhere (the comparison year's bar on a line of
/// its own).
fn check(sheet: &Sheet, lines: &[String], key: &str, skip: &[&str]) -> usize {
    let k = sheet.header.iter().position(|h| h == key).unwrap();
    let figures = |row: &[Cell], range: std::ops::Range<usize>| -> Vec<String> {
        range
            .filter(|&c| !skip.contains(&sheet.header[c].as_str()))
            .filter_map(|c| on_screen(&sheet.header[c], &row[c]))
            .collect()
    };
    let mut seen = 0;
    for row in &sheet.rows {
        let name = row[k].shown();
        let (before, after) = (figures(row, 0..k), figures(row, k + 1..row.len()));
        let holders: Vec<&String> = lines
            .iter()
            .filter(|l| l.contains(&format!(" {name} ")) || l.contains(&format!("│{name} ")))
            .collect();
        if holders.is_empty() {
            continue;
        }
        seen += 1;
        let fits = |line: &str| {
            let at = line.find(&format!("{name} ")).unwrap();
            // A table beside this one on the same line is cut off at the
            // border before the key.
            let start = line[..at].rfind('│').map_or(0, |b| b + '│'.len_utf8());
            in_order(&line[start..at], &before) && in_order(&line[at + name.len()..], &after)
        };
        assert!(
            holders.iter().any(|l| fits(l)),
            "{} row {name}: {before:?} then {after:?} not in order on:\n{}",
            sheet.name,
            holders
                .iter()
                .map(|l| l.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    seen
}

/// Whether `figures` are in `text` in this order.
fn in_order(text: &str, figures: &[String]) -> bool {
    let mut rest = text;
    figures.iter().all(|f| match rest.find(f.as_str()) {
        Some(p) => {
            rest = &rest[p + f.len()..];
            true
        }
        None => false,
    })
}

fn pane(mut app: App, pane: Pane) -> (App, Vec<String>, Sheet) {
    app.update(Action::GoTo(pane));
    let lines = lines(&mut app);
    let sheet = export::table(&app).unwrap();
    (app, lines, sheet)
}

#[test]
fn every_exported_row_on_screen_reads_there_with_the_same_figures() {
    for (what, make) in [
        ("sample", sample as fn(ThemeName) -> App),
        ("GCI ZMB", gci_zambia),
    ] {
        let (_, l, s) = pane(make(ThemeName::Mono), Pane::Indicators);
        assert!(check(&s, &l, "ID", &[]) >= 5, "{what} Indicators");
        let (_, l, s) = pane(make(ThemeName::Mono), Pane::Compare);
        // Scores read "2.5/3"; the header's years are the columns'.
        assert!(check(&s, &l, "ID", &[]) >= 5, "{what} Compare");
        let (_, l, s) = pane(make(ThemeName::Mono), Pane::Gaps);
        assert!(check(&s, &l, "ID", &[]) >= 1, "{what} Gaps");
        // The comparison year's score is on a line of its own.
        let (_, l, s) = pane(make(ThemeName::Mono), Pane::Overview);
        let before = s.header[2].clone();
        assert!(check(&s, &l, "Pillar", &[&before]) >= 5, "{what} Overview");
    }
    let (_, l, s) = pane(gci_zambia(ThemeName::Mono), Pane::Peers);
    assert!(check(&s, &l, "Country", &[]) >= 20, "GCI Peers");
}

#[test]
fn a_sorted_and_filtered_table_is_exported_as_drawn() {
    let mut app = sample(ThemeName::Mono);
    app.update(Action::GoTo(Pane::Indicators));
    app.update(Action::NextSortColumn);
    app.update(Action::NextSortColumn);
    app.update(Action::ReverseSort);
    app.update(Action::NextPillarFilter);
    let drawn = lines(&mut app);
    let sheet = export::table(&app).unwrap();
    // The ids in the order the table draws them.
    let order: Vec<usize> = sheet
        .rows
        .iter()
        .map(|r| {
            let id = format!(" {} ", r[1].shown());
            drawn
                .iter()
                .position(|l| l.contains(&id))
                .unwrap_or_else(|| panic!("{id} not drawn"))
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(check(&sheet, &drawn, "ID", &[]) == sheet.rows.len());
}
